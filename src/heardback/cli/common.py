"""Shared pieces of the CLI: opening the context, reading dates, printing JSON and tables."""

from __future__ import annotations

import json
import sys
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

import typer

from heardback.errors import UserError

if TYPE_CHECKING:
    from rich.console import Console

    from heardback.services import Context

AS_OF_HELP = "Answer as of this date (YYYY-MM-DD, today, yesterday) to reproduce a past view."
JSON_HELP = "Print machine-readable JSON instead of a table."


def context(overrides: dict[str, Any] | None = None) -> Context:
    """The store and settings for this command (``--db``), with settings ``overrides``."""
    from heardback.cli.main import GLOBAL
    from heardback.services import Context

    return Context.open(GLOBAL.get("db"), overrides)


def console(stderr: bool = False) -> Console:
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=False)


def parse_day(value: str | None, what: str = "date", *, default: date | None = None) -> date:
    """A date from the command line: ISO, today/yesterday/tomorrow, +N/-N days, or common forms."""
    if value is None or value == "":
        if default is None:
            raise UserError(f"Give a {what}.")
        return default
    text = value.strip().lower()
    today = date.today()
    named = {
        "today": today,
        "yesterday": today - timedelta(days=1),
        "tomorrow": today + timedelta(1),
    }
    if text in named:
        return named[text]
    if text[:1] in "+-" and text[1:].rstrip("d").isdigit():
        return today + timedelta(days=int(text.rstrip("d")))
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    from heardback.settings import Settings
    from heardback.transfer.dates import DateError, default_order, parse_date

    settings = Settings.load()
    order = settings["date_order"]
    if order == "auto":
        order = default_order(str(settings["country"]))
    try:
        return parse_date(value, order)
    except DateError as exc:
        raise UserError(f"Invalid {what} {value!r}: {exc}") from None


def parse_time(value: str | None) -> time | None:
    if not value:
        return None
    text = value.strip().lower().replace(".", ":")
    for fmt in ("%H:%M", "%H", "%I:%M%p", "%I%p", "%I:%M %p", "%I %p", "%H:%M:%S"):
        try:
            return datetime.strptime(text, fmt).time()
        except ValueError:
            continue
    raise UserError(f"Invalid time {value!r}; use 24-hour HH:MM, e.g. 14:30.")


def moment(day: date, at: time | None) -> datetime:
    """When something happened: the given time, now if it is today, else midday."""
    if at is not None:
        return datetime.combine(day, at)
    now = datetime.now().replace(microsecond=0)
    if day == now.date():
        return now
    return datetime.combine(day, time(12, 0))


def print_json(data: Any) -> None:
    """Indented for a person at a terminal; compact (and much faster) into a pipe or file."""
    indent = 2 if sys.stdout.isatty() else None
    sys.stdout.write(json.dumps(data, indent=indent, ensure_ascii=False, default=_default) + "\n")


def _default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if hasattr(value, "to_dict"):
        return value.to_dict()
    raise TypeError(f"cannot serialise {type(value).__name__}")


def fmt_day(day: date | None, as_of: date | None = None) -> str:
    if day is None:
        return "—"
    text = f"{day:%a} {day.day} {day:%b}"
    if as_of is not None and day.year != as_of.year:
        text += f" {day.year}"
    return text


_ANSI = {"bold": "1", "dim": "2", "red": "31", "yellow": "33", "cyan": "36", "green": "32"}


def paint(text: str, style: str) -> str:
    """ANSI styling for a colour terminal; plain text into pipes, files or with NO_COLOR."""
    import os

    if not style or not text or not sys.stdout.isatty() or os.environ.get("NO_COLOR"):
        return text
    codes = ";".join(_ANSI[word] for word in style.split())
    return f"\033[{codes}m{text}\033[0m"


def fail(message: str, code: int = 1) -> None:
    typer.echo(f"Error: {message}", err=True)
    raise typer.Exit(code)
