"""`heardback mail ...` and `heardback review`: read the mailbox offline, decide what it was
unsure about."""

from __future__ import annotations

from typing import Any

import typer

from heardback.cli.common import JSON_HELP

KINDS = (
    "applied, rejected, interview, assessment, offer, reference_check, outreach, update, "
    "request, not_job"
)


def register(app: typer.Typer) -> None:
    mail_app = typer.Typer(help="Read your mailbox offline and record hiring events by themselves.")
    mail_app.command("import")(mail_import)
    mail_app.command("classify")(mail_classify)
    mail_app.command("retrain")(mail_retrain)
    from heardback.cli import mail_sync

    mail_sync.register(mail_app)
    app.add_typer(mail_app, name="mail")
    app.command("review")(review)


def mail_import(
    path: str = typer.Argument(
        ..., help="An mbox (Google Takeout), Apple Mail .mbox, Maildir or a folder of .eml files."
    ),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Import a mailbox export: applications, rejections, interviews, offers… are recorded.

    Only messages that look job-related are fully read; nothing leaves this machine. Importing
    the same mailbox again adds nothing.
    """
    import sys
    from pathlib import Path

    from heardback.cli.common import context, print_json
    from heardback.errors import UserError
    from heardback.mail.service import import_mailbox

    file = Path(path).expanduser()
    if not file.exists():
        raise UserError(f"There is no file or folder {file}.")
    ctx = context()
    live = sys.stderr.isatty() and not as_json
    if live:
        from rich.progress import Progress, SpinnerColumn, TextColumn

        with Progress(SpinnerColumn(), TextColumn("{task.description}"), transient=True) as bar:
            task = bar.add_task("Reading…")

            def show(stats: Any) -> None:
                bar.update(task, description=_counts(stats))

            stats = import_mailbox(ctx, file, progress=show)
    else:
        stats = import_mailbox(ctx, file)
    if as_json:
        print_json(stats.to_dict())
        return
    typer.echo(_counts(stats) + ".")
    if stats.problems:
        typer.echo(f"{stats.defects} problem(s) were skipped, for example: {stats.problems[0]}")
    if stats.review:
        typer.echo("Decide what heardback was unsure about with: heardback review")
    _note_outdated_model()


def _note_outdated_model() -> None:
    from heardback.mail.learned import is_outdated
    from heardback.mail.service import user_model_dir

    if is_outdated(user_model_dir()):
        typer.echo(
            "Your retrained mail model comes from an older heardback and was not used; "
            "rebuild it from your review decisions with: heardback mail retrain"
        )


def _counts(stats: Any) -> str:
    return (
        f"Read {stats.read:,} messages · {stats.job:,} job-related · {stats.events:,} new "
        f"events · {stats.opportunities:,} new opportunities · {stats.review:,} need review"
        + (f" · {stats.duplicates:,} already imported" if stats.duplicates else "")
    )


def mail_classify(
    path: str = typer.Argument(..., help="A mailbox export or a folder of .eml files."),
    everything: bool = typer.Option(
        False, "--all", help="Also print messages judged not job-related (every message is read)."
    ),
    as_json: bool = typer.Option(
        True, "--json/--table", help="One JSON object per line (default), or a table."
    ),
) -> None:
    """Classify messages without storing anything (a dry run)."""
    import json
    import sys
    from pathlib import Path

    from heardback.errors import UserError
    from heardback.mail.service import classify_path

    file = Path(path).expanduser()
    if not file.exists():
        raise UserError(f"There is no file or folder {file}.")
    rows = classify_path(file, everything=everything)
    if as_json:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    for row in rows:
        company = row["company"] or "?"
        typer.echo(f"{row['kind']:<16} {row['confidence']:.2f}  {company:<28} {row['subject']}")


def mail_retrain() -> None:
    """Learn from your review decisions: later imports classify mail like you did."""
    from heardback.cli.common import context
    from heardback.mail.service import retrain

    count, path = retrain(context())
    typer.echo(f"Retrained with {count} of your corrections; model saved in {path}.")


def review(
    item: int = typer.Argument(None, help="Decide this item (by #) instead of going through all."),
    accept: bool = typer.Option(False, "--accept", help="Do what heardback suggests."),
    link: str = typer.Option(None, "--link", help="Record it on this opportunity (number/name)."),
    label: str = typer.Option(None, "--label", help=f"It is this kind instead: {KINDS}."),
    ignore: bool = typer.Option(False, "--ignore", help="Not worth recording."),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Go through what the mail import was unsure about: one key per decision."""
    from heardback import services
    from heardback.cli.common import context, print_json
    from heardback.errors import UserError
    from heardback.mail import review as queue

    ctx = context()
    chosen = [accept, link is not None, label is not None, ignore]
    if item is not None:
        if sum(chosen) != 1:
            raise UserError("Give one of --accept, --link OPP, --label KIND or --ignore.")
        decision = _decision(ctx, accept, link, label, ignore)
        typer.echo(queue.resolve(ctx, item, decision))
        return
    if any(chosen):
        raise UserError("Name the review item (its #) to decide it from the command line.")
    items = queue.open_items(ctx)
    if as_json:
        print_json(
            [
                {
                    "id": i.id,
                    "kind": i.kind,
                    "confidence": i.confidence,
                    "why": i.why,
                    "suggestion": queue.suggestion(i),
                    **i.payload,
                }
                for i in items
            ]
        )
        return
    if not items:
        typer.echo("Nothing to review.")
        return
    typer.echo(
        f"{len(items)} message(s) to review. Keys: [a]ccept [l]ink [k]ind [i]gnore [s]kip [q]uit"
    )
    for i in items:
        _show(i, queue.suggestion(i))
        while True:
            key = _key()
            if key == "q":
                return
            if key == "s":
                break
            try:
                if key == "a":
                    decision = queue.Decision(queue.Choice.ACCEPT)
                elif key == "l":
                    ref = typer.prompt("Opportunity (number or name)")
                    decision = queue.Decision(queue.Choice.LINK, services.resolve(ctx, ref))
                elif key == "k":
                    decision = _decision(ctx, False, None, typer.prompt(f"Kind ({KINDS})"), False)
                elif key == "i":
                    decision = queue.Decision(queue.Choice.IGNORE)
                else:
                    typer.echo("Press a, l, k, i, s or q.")
                    continue
                typer.echo(queue.resolve(ctx, i.id, decision))
                break
            except UserError as exc:
                typer.echo(f"Error: {exc.message}", err=True)


def _key() -> str:
    """One keystroke at a terminal; a line (scripted answers, pipes) otherwise."""
    import sys

    if sys.stdin.isatty():
        typer.echo("Decision [a/l/k/i/s/q]: ", nl=False)
        key = typer.getchar()
        typer.echo(key)
        return key.strip().lower()[:1] or "s"
    return str(typer.prompt("Decision", default="s")).strip().lower()[:1]


def _decision(ctx: Any, accept: bool, link: str | None, label: str | None, ignore: bool) -> Any:
    from heardback import services
    from heardback.errors import UserError
    from heardback.mail import review as queue
    from heardback.mail.model import MailKind

    if accept:
        return queue.Decision(queue.Choice.ACCEPT)
    if ignore:
        return queue.Decision(queue.Choice.IGNORE)
    if link is not None:
        return queue.Decision(queue.Choice.LINK, services.resolve(ctx, link))
    assert label is not None
    try:
        kind = MailKind(label.strip().lower().replace("-", "_"))
    except ValueError:
        raise UserError(f"Unknown kind {label!r}; use one of: {KINDS}.") from None
    return queue.Decision(queue.Choice.LABEL, kind=kind)


def _show(item: Any, suggestion: str) -> None:
    mail = item.payload.get("mail", {})
    why = {
        "low_confidence": "not sure what kind of message this is",
        "ambiguous_link": "not sure which opportunity it belongs to",
        "no_match": "it matches no tracked opportunity",
    }.get(item.why, item.why)
    typer.echo("")
    typer.echo(f"#{item.id}  {mail.get('date', '')}  {mail.get('from_addr', '')}")
    typer.echo(f"    Subject: {mail.get('subject', '')}")
    typer.echo(f"    Looks like: {item.kind} ({item.confidence:.0%}); {why}.")
    reasons = item.payload.get("classification", {}).get("reasons", [])[:3]
    for r in reasons:
        typer.echo(f"      - {r['text']}")
    for r in item.payload.get("ranking", [])[:3]:
        typer.echo(f"    Candidate: #{r['opportunity_id']} {r['label']} (score {r['score']:.2f})")
    typer.echo(f"    Accept would {suggestion}.")
