"""The ``heardback`` command. Modules here import only Typer at the top; each command imports
what it needs when it runs, so ``heardback --help`` stays fast."""

from __future__ import annotations

from typing import Any

import typer
from typer.core import TyperGroup

from heardback import __version__
from heardback.errors import UserError


class Group(TyperGroup):
    """Prints user errors as one sentence with a non-zero exit code, never a traceback."""

    def invoke(self, ctx: typer.Context) -> Any:  # type: ignore[override]
        try:
            return super().invoke(ctx)
        except UserError as exc:
            typer.echo(f"Error: {exc.message}", err=True)
            raise typer.Exit(exc.exit_code) from None


app = typer.Typer(
    cls=Group,
    name="heardback",
    help="Track job opportunities as event logs, see what to do today, and keep the search alive.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

#: options given before the command (``heardback --db FILE today``)
GLOBAL: dict[str, Any] = {"db": None}


def _version(value: bool) -> None:
    if value:
        typer.echo(f"heardback {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    db: str = typer.Option(
        None,
        "--db",
        metavar="PATH|URL",
        help="Database to use: a SQLite file path or a SQLAlchemy URL "
        "(default: setting database_url, HEARDBACK_DATABASE_URL).",
    ),
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Show the version and exit."
    ),
) -> None:
    """heardback: a local-first job-search companion."""
    GLOBAL["db"] = db


def _register() -> None:
    from heardback.cli import admin, agenda, mail, opportunities, outlook, transfer

    for module in (opportunities, agenda, outlook, mail, transfer, admin):
        module.register(app)


_register()


def run() -> None:
    app()
