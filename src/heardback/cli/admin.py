"""Commands about heardback itself: settings, demo."""

from __future__ import annotations

import typer

from heardback.cli.common import JSON_HELP


def register(app: typer.Typer) -> None:
    app.command("settings")(settings)
    app.command("demo")(demo)


def settings(
    name: str = typer.Argument(None, help="A setting to show or change."),
    value: str = typer.Argument(None, help="New value (written to the config file)."),
    unset: bool = typer.Option(False, "--unset", help="Remove the setting from the config file."),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Show settings with their values and where each comes from, or change one."""
    from heardback.cli.common import console, print_json
    from heardback.errors import UserError
    from heardback.settings import BY_NAME, SETTINGS, Settings, config_file, write_setting

    if name is not None and name not in BY_NAME:
        raise UserError(f"Unknown setting {name!r}; run 'heardback settings' to list them.")
    if unset or value is not None:
        if name is None:
            raise UserError("Name the setting to change.")
        path = write_setting(name, None if unset else value)
        Settings.load()  # fail now, not later, if the file no longer loads
        typer.echo(f"{'Removed' if unset else 'Set'} {name} in {path}.")
        return
    loaded = Settings.load()
    chosen = [BY_NAME[name]] if name else list(SETTINGS)
    rows = [
        {
            "name": s.name,
            "value": loaded.database_url if s.name == "database_url" else loaded[s.name],
            "origin": loaded.origin(s.name),
            "env": s.env,
            "help": s.help,
        }
        for s in chosen
    ]
    if as_json:
        print_json(rows if name is None else rows[0])
        return
    if name is not None:
        typer.echo(rows[0]["value"])
        return
    from rich.table import Table

    table = Table(box=None, header_style="bold", pad_edge=False)
    for col in ("Setting", "Value", "From", "What it does"):
        table.add_column(col, overflow="fold")
    for row in rows:
        table.add_row(row["name"], str(row["value"]), row["origin"], row["help"])
    out = console()
    out.print(table)
    out.print(f"\nConfig file: {config_file()}", markup=False, highlight=False)


def demo(
    reset: bool = typer.Option(False, "--reset", help="Rebuild the demo around today's date."),
    path_only: bool = typer.Option(False, "--path", help="Print the demo database path and exit."),
) -> None:
    """Create a realistic demo workspace in its own database and show its agenda."""
    from datetime import date

    from heardback import demo as demo_data
    from heardback import services
    from heardback.cli.agenda import _render_today
    from heardback.cli.main import GLOBAL
    from heardback.settings import data_dir
    from heardback.store.db import Database

    target = GLOBAL.get("db") or str(data_dir() / "demo.sqlite3")
    if path_only:
        typer.echo(target)
        return
    ctx = services.Context.open(target)
    db: Database = ctx.db
    if reset and db.is_sqlite:
        db.dispose()
        for suffix in ("", "-wal", "-shm"):
            db.sqlite_path.with_name(db.sqlite_path.name + suffix).unlink(missing_ok=True)
    elif reset:
        from heardback.errors import UserError

        raise UserError("--reset only works on a SQLite demo file; drop the database yourself.")
    db.ensure_schema()
    with db.begin() as conn:
        empty = ctx.repo(conn).count_opportunities() == 0
    if empty:
        count = demo_data.build(db, date.today())
        typer.echo(f"Created a demo workspace with {count} opportunities in {db.label}.")
    typer.echo(f"This is invented data. Explore it with: heardback --db {target} list\n")
    _render_today(services.agenda(ctx), show_all=False)
