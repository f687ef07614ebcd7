"""`heardback mail account ...`, `mail password` and `mail sync`: IMAP, incrementally."""

from __future__ import annotations

import typer

from heardback.cli.common import JSON_HELP


def register(mail_app: typer.Typer) -> None:
    account_app = typer.Typer(help="IMAP accounts (their passwords stay in the OS keyring).")
    account_app.command("add")(account_add)
    account_app.command("list")(account_list)
    account_app.command("remove")(account_remove)
    mail_app.add_typer(account_app, name="account")
    mail_app.command("password")(password)
    mail_app.command("sync")(sync)


def account_add(
    name: str = typer.Argument(..., help="A short name for the account, e.g. 'gmail'."),
    host: str = typer.Option(..., help="IMAP server, e.g. imap.gmail.com."),
    user: str = typer.Option(..., "--user", help="Login name (usually your address)."),
    port: int = typer.Option(None, help="Port (default 993, or 143 with --starttls)."),
    starttls: bool = typer.Option(False, "--starttls", help="Upgrade a plain connection."),
    folder: list[str] = typer.Option(["INBOX"], "--folder", help="Folder to read (repeatable)."),
    since: str = typer.Option(None, help="On the first sync, skip mail older than this date."),
) -> None:
    """Add an IMAP account (no password here: see 'heardback mail password')."""
    from heardback.cli.common import context, parse_day
    from heardback.mail.credentials import env_var
    from heardback.store.mail_repo import Account, MailRepo

    ctx = context()
    account = Account(
        name=name.strip(),
        host=host.strip(),
        username=user.strip(),
        port=port or (143 if starttls else 993),
        security="starttls" if starttls else "ssl",
        folders=tuple(f.strip() for f in folder if f.strip()) or ("INBOX",),
        since=parse_day(since, "--since date") if since else None,
    )
    with ctx.db.begin() as conn:
        MailRepo(conn).add_account(account)
    typer.echo(
        f"Added {name}. Give its password (an app password for Gmail/Outlook) with "
        f"'heardback mail password {name}', or set {env_var(name)}."
    )


def account_list(as_json: bool = typer.Option(False, "--json", help=JSON_HELP)) -> None:
    """List IMAP accounts and how far each folder has been read."""
    from dataclasses import asdict

    from heardback.cli.common import context, print_json
    from heardback.store.mail_repo import MailRepo

    ctx = context()
    with ctx.db.begin() as conn:
        repo = MailRepo(conn)
        rows = []
        for acc in repo.accounts():
            data = asdict(acc)
            data["folders"] = [
                {"folder": f, "last_uid": (repo.folder_state(acc.name, f) or (None, None))[1]}
                for f in acc.folders
            ]
            rows.append(data)
    if as_json:
        print_json(rows)
        return
    if not rows:
        typer.echo(
            "No mail accounts. Add one with: heardback mail account add NAME --host … --user …"
        )
    for r in rows:
        folders = ", ".join(f["folder"] for f in r["folders"])
        typer.echo(f"{r['name']}: {r['username']} at {r['host']}:{r['port']} ({folders})")


def account_remove(name: str = typer.Argument(..., help="The account to remove.")) -> None:
    """Remove an IMAP account and forget its sync position (recorded events stay)."""
    from heardback.cli.common import context
    from heardback.mail.credentials import delete_password
    from heardback.store.mail_repo import MailRepo

    ctx = context()
    with ctx.db.begin() as conn:
        MailRepo(conn).remove_account(name)
    forgot = delete_password(name)
    typer.echo(f"Removed {name}" + (" and its saved password." if forgot else "."))


def password(name: str = typer.Argument(..., help="The account.")) -> None:
    """Save an account's password in the OS keyring (asked for, never echoed or stored here)."""
    from heardback.mail.credentials import store_password

    secret = typer.prompt(f"Password for {name}", hide_input=True)
    store_password(name, secret)
    typer.echo(f"Saved the password for {name} in the system keyring.")


def sync(
    name: str = typer.Argument(None, help="Only this account (default: all)."),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Read new mail from your IMAP account(s); only what arrived since the last sync."""
    from heardback.cli.common import context, print_json
    from heardback.cli.mail import _counts, _note_outdated_model
    from heardback.mail.service import sync as run

    stats = run(context(), name)
    if as_json:
        print_json(stats.to_dict())
        return
    typer.echo(_counts(stats) + ".")
    if stats.review:
        typer.echo("Decide what heardback was unsure about with: heardback review")
    _note_outdated_model()
