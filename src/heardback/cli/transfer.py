"""Commands that move data in and out: import, export, backup."""

from __future__ import annotations

import typer

from heardback.cli.common import JSON_HELP


def register(app: typer.Typer) -> None:
    app.command("import")(import_)
    app.command("export")(export)
    app.command("backup")(backup)


def import_(
    path: str = typer.Argument(..., help="A .csv spreadsheet of applications, or a .json export."),
    map_: list[str] = typer.Option(
        [], "--map", help="Column mapping 'Header=field' (repeatable), e.g. 'Employer=company'."
    ),
    skip_bad: bool = typer.Option(
        False,
        "--skip-bad",
        help="Import the good rows and skip bad ones (default: change nothing).",
    ),
    dry_run: bool = typer.Option(
        False, "--dry-run", help="Check the file and report; save nothing."
    ),
    date_order: str = typer.Option(
        None, "--date-order", help="Read ambiguous dates as MDY, DMY or YMD (default: setting)."
    ),
    as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
) -> None:
    """Import past applications from a spreadsheet (CSV) or a heardback JSON export.

    An import with any bad row changes nothing unless --skip-bad is given. Importing the same file
    twice adds nothing the second time.
    """
    from pathlib import Path

    from heardback import importer
    from heardback.cli.common import console, context, print_json
    from heardback.errors import UserError

    file = Path(path).expanduser()
    if not file.is_file():
        raise UserError(f"There is no file {file}.")
    ctx = context()
    mapping: dict[str, str] = {}
    for item in map_:
        header, sep, fld = item.partition("=")
        if not sep or not header.strip() or not fld.strip():
            raise UserError(f"--map {item!r} should look like 'Column header=field'.")
        mapping[header.strip()] = fld.strip()
    if file.suffix.lower() == ".json":
        if mapping or date_order:
            raise UserError("--map and --date-order apply to CSV files only.")
        report = importer.import_json(ctx, file, dry_run=dry_run)
    else:
        report = importer.import_csv(
            ctx, file, mapping=mapping, skip_bad=skip_bad, dry_run=dry_run, date_order=date_order
        )
    if as_json:
        print_json(report.to_dict())
        if report.failed:
            raise typer.Exit(1)
        return
    out = console(stderr=report.failed)
    for line in report.lines():
        out.print(line, markup=False, highlight=False)
    if report.failed:
        raise typer.Exit(1)


def export(
    fmt: str = typer.Option(
        "json", "--format", "-f", help="json (everything) or csv (one row per opportunity)."
    ),
    output: str = typer.Option(None, "--output", "-o", help="Write here (default: print it)."),
) -> None:
    """Export everything as JSON (re-importable) or the opportunities as CSV."""
    import json
    from datetime import date
    from pathlib import Path

    from heardback import services
    from heardback.cli.common import context
    from heardback.errors import UserError

    ctx = context()
    kind = fmt.strip().lower()
    if kind == "json":
        text = json.dumps(services.export_json(ctx), indent=2, ensure_ascii=False) + "\n"
    elif kind == "csv":
        from heardback.transfer.csv_export import export_csv

        text = export_csv(services.dossiers(ctx, include_archived=True), as_of=date.today())
    else:
        raise UserError(f"Unknown format {fmt!r}; use json or csv.")
    if output is None:
        typer.echo(text, nl=False)
        return
    target = Path(output).expanduser()
    services.write_text(target, text)
    typer.echo(f"Wrote {target}.", err=True)


def backup(
    target: str = typer.Argument(
        None, help="File or folder for the copy (default: the 'backups' folder in the data dir)."
    ),
) -> None:
    """Make a consistent copy of the database, safe while heardback is in use."""
    from pathlib import Path

    from heardback import services
    from heardback.cli.common import context
    from heardback.settings import data_dir

    ctx = context()
    where = Path(target) if target else data_dir() / "backups"
    if target is None:
        where.mkdir(parents=True, exist_ok=True)
    path = services.backup(ctx, where)
    typer.echo(f"Backed up {ctx.db.label} to {path}.")
