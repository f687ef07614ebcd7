"""Read the dates people type into spreadsheets.

Accepted: ISO (``2026-03-04``, ``2026/03/04``, ``2026-03-04T10:30``), numeric day/month orders
(``03/04/2026``, ``3/4/26``) read by an explicit order, dotted dates (``04.03.2026``, always
day-first as everywhere they are written), and dates with month names
(``4-Mar-2026``, ``March 4, 2026``, ``4 March 2026``, ``Mar 4 2026``, ``Wed, Mar 4th 2026``), each
optionally followed by a time (``10:30``, ``10:30:15``, ``10:30 AM``). Excel serial numbers are not
dates here: the user is told to format the column as dates.

Everything returned is a naive local wall-clock value; a time with a zone (``...Z``,
``+02:00``) is converted to the local zone of this machine.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta, timezone

from heardback.errors import UserError

ORDERS: tuple[str, ...] = ("MDY", "DMY", "YMD")
#: countries that write the month first (03/04/2026 is March 4)
MONTH_FIRST_COUNTRIES: frozenset[str] = frozenset({"US", "PH", "FM", "MH", "PW"})

_EXAMPLE = "write dates like 2026-03-04"


class DateError(UserError, ValueError):
    """A value that is not a date, or not a real one. The message is one readable sentence."""


def default_order(country: str) -> str:
    """How a country writes numeric dates: ``MDY`` for the US and a few others, else ``DMY``."""
    return "MDY" if country.strip().upper() in MONTH_FIRST_COUNTRIES else "DMY"


_MONTHS: dict[str, int] = {}
for _i in range(1, 13):
    _MONTHS[calendar.month_name[_i].lower()] = _i
    _MONTHS[calendar.month_abbr[_i].lower()] = _i
_MONTHS["sept"] = 9
_WEEKDAYS = frozenset(
    [calendar.day_name[i].lower() for i in range(7)]
    + [calendar.day_abbr[i].lower() for i in range(7)]
    + ["tues", "wednes", "thur", "thurs"]
)
_FILLER = frozenset({"of", "the", "on"})

_TIME = (
    r"(?P<hour>\d{1,2})(?::(?P<minute>\d{2})(?::(?P<second>\d{2})(?:[.,](?P<fraction>\d{1,6})\d*)?)?)?"
    r"\s*(?P<ampm>[ap]\.?\s?m\.?)?"
    r"\s*(?P<tz>z|utc|gmt|[+-]\d{2}(?::?\d{2})?)?"
)
_TIME_TAIL = re.compile(r"(?:^|[\sT,]+)(?:at\s+)?" + _TIME + r"$", re.IGNORECASE)
_ISO = re.compile(r"(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})")
_COMPACT = re.compile(r"(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})")
_NUMERIC = re.compile(r"(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{4}|\d{2})\.?")
_SERIAL = re.compile(r"\d{5}(?:\.\d+)?")
_TOKEN = re.compile(r"[^\W\d_]+\.?|\d+(?:st|nd|rd|th)?", re.IGNORECASE)


def _check_order(order: str) -> str:
    normalized = order.strip().upper()
    if normalized not in ORDERS:
        raise ValueError(f"date order must be one of {', '.join(ORDERS)}, got {order!r}")
    return normalized


def _year(text: str) -> int:
    value = int(text)
    if len(text) <= 2:
        return 2000 + value if value < 70 else 1900 + value
    return value


def _make_date(text: str, year: int, month: int, day: int, reading: str = "") -> date:
    how = f" (read as {reading})" if reading else ""
    if not 1 <= year <= 9999:
        raise DateError(f"{text!r} is not a real date: the year {year} is out of range.")
    if not 1 <= month <= 12:
        raise DateError(f"{text!r} is not a real date: there is no month {month}{how}.")
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        if day == 0 or day > 31:
            raise DateError(f"{text!r} is not a real date: there is no day {day}{how}.")
        name = calendar.month_name[month]
        raise DateError(f"{text!r} is not a real date: {name} {year} has {last} days{how}.")
    return date(year, month, day)


def _numeric(text: str, a: str, b: str, c: str, order: str) -> date:
    """``a/b/c`` where ``c`` is the year (2 or 4 digits), or all three are 2-digit in YMD order."""
    if order == "YMD":
        if len(c) == 4:
            raise DateError(
                f"{text!r} is ambiguous: it ends with the year but the date order is YMD; "
                "set the date order to MDY or DMY."
            )
        return _make_date(text, _year(a), int(b), int(c), "year/month/day")
    if order == "MDY":
        return _make_date(text, _year(c), int(a), int(b), "month/day/year")
    return _make_date(text, _year(c), int(b), int(a), "day/month/year")


def _textual(text: str, body: str) -> date | None:
    """A date written with a month name, or ``None`` if ``body`` has no month name at all."""
    tokens = list(_TOKEN.finditer(body))
    leftover = _TOKEN.sub("", body)
    if leftover.strip(" ,-/.'"):
        return None
    month: int | None = None
    numbers: list[tuple[str, bool]] = []  # (digits, had an ordinal suffix)
    for match in tokens:
        token = match.group().lower().rstrip(".")
        if token[0].isdigit():
            digits = token.rstrip("stndrh")
            numbers.append((digits, digits != token))
        elif token in _MONTHS:
            if month is not None:
                return None
            month = _MONTHS[token]
        elif token in _WEEKDAYS or token in _FILLER:
            continue
        else:
            return None
    if month is None:
        return None
    years = [n for n, ordinal in numbers if len(n) == 4 and not ordinal]
    days = [n for n in numbers if n[0] not in years]
    if len(numbers) == 1:
        if years:
            raise DateError(f"{text!r} has no day of the month; {_EXAMPLE}.")
        raise DateError(f"{text!r} has no year; {_EXAMPLE}.")
    if len(numbers) != 2:
        return None
    if len(years) == 1 and len(days) == 1:
        year_text, day_text = years[0], days[0][0]
    elif not years:
        # two short numbers: the one with an ordinal suffix, else the first, is the day
        (first, first_ordinal), (second, second_ordinal) = numbers
        if second_ordinal and not first_ordinal:
            day_text, year_text = second, first
        else:
            day_text, year_text = first, second
    else:
        return None
    if len(day_text) > 2:
        return None
    return _make_date(text, _year(year_text), month, int(day_text))


def _split_time(text: str) -> tuple[str, time | None, timezone | None]:
    match = _TIME_TAIL.search(text)
    if match is None:
        return text, None, None
    body = text[: match.start()]
    # a lone trailing number is part of the date ("Mar 4 2026"), not an hour
    if not body.strip() or (match.group("minute") is None and match.group("ampm") is None):
        return text, None, None
    hour = int(match.group("hour"))
    minute = int(match.group("minute") or 0)
    second = int(match.group("second") or 0)
    fraction = match.group("fraction") or ""
    micro = int(fraction.ljust(6, "0")) if fraction else 0
    ampm = (match.group("ampm") or "").lower().replace(".", "").replace(" ", "")
    if ampm:
        if not 1 <= hour <= 12:
            raise DateError(f"{text!r} has an impossible time: {hour} {ampm.upper()}.")
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    if hour > 23 or minute > 59 or second > 59:
        raise DateError(f"{text!r} has an impossible time of day.")
    zone: timezone | None = None
    tz = (match.group("tz") or "").lower()
    if tz in ("z", "utc", "gmt"):
        zone = UTC
    elif tz:
        sign = -1 if tz[0] == "-" else 1
        digits = tz[1:].replace(":", "")
        offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:] or 0))
        zone = timezone(sign * offset)
    return body.rstrip(" ,T"), time(hour, minute, second, micro), zone


def _parse(text: str, order: str) -> tuple[date, time | None, timezone | None]:
    order = _check_order(order)
    raw = text
    text = text.strip()
    if not text:
        raise DateError(f"The date is empty; {_EXAMPLE}.")
    body, clock, zone = _split_time(text)
    body = body.strip()
    if (match := _ISO.fullmatch(body)) or (match := _COMPACT.fullmatch(body)):
        found = _make_date(raw.strip(), int(match["y"]), int(match["m"]), int(match["d"]))
    elif match := _NUMERIC.fullmatch(body):
        # dotted dates (04.03.2026) are written day-first wherever they are used
        dotted = match["sep"] == "." and len(match["c"]) == 4
        found = _numeric(
            raw.strip(), match["a"], match["b"], match["c"], "DMY" if dotted else order
        )
    elif _SERIAL.fullmatch(body) and clock is None:
        raise DateError(
            f"{text!r} looks like an Excel serial number, not a date; format the column as dates "
            "(e.g. 2026-03-04) before exporting."
        )
    else:
        textual = _textual(text, body)
        if textual is None:
            raise DateError(f"{text!r} is not a date; {_EXAMPLE}.")
        found = textual
    return found, clock, zone


def parse_date(text: str, order: str = "MDY") -> date:
    """The calendar date in ``text`` (a time after it is allowed and ignored).

    ``order`` says how to read all-numeric dates whose year is not first: ``MDY`` (03/04/2026 is
    March 4), ``DMY`` (April 3) or ``YMD`` (26/03/04 is 2026-03-04). Raises :class:`DateError`.
    """
    found, clock, zone = _parse(text, order)
    if clock is not None and zone is not None:
        return _to_local(found, clock, zone).date()
    return found


def parse_datetime(text: str, order: str = "MDY") -> datetime:
    """Date and optional time of day (midnight when absent), as naive local wall-clock time."""
    found, clock, zone = _parse(text, order)
    if clock is None:
        return datetime.combine(found, time())
    if zone is not None:
        return _to_local(found, clock, zone)
    return datetime.combine(found, clock)


def _to_local(day: date, clock: time, zone: timezone) -> datetime:
    return datetime.combine(day, clock, tzinfo=zone).astimezone().replace(tzinfo=None)


def _numeric_fields(value: str) -> tuple[int, int] | None:
    """The first two fields of an all-numeric date with the year last, e.g. (3, 4) for 3/4/26."""
    body = _split_time(value.strip())[0].strip()
    match = _NUMERIC.fullmatch(body)
    if match is None or (match["sep"] == "." and len(match["c"]) == 4):
        return None
    return int(match["a"]), int(match["b"])


def is_ambiguous(value: str) -> bool:
    """Whether reading ``value`` month-first or day-first gives two different real dates."""
    fields = _numeric_fields(value)
    if fields is None:
        return False
    a, b = fields
    return a != b and 1 <= a <= 12 and 1 <= b <= 12


def infer_order(values: Iterable[str]) -> str | None:
    """``MDY`` or ``DMY`` as the values of a column show it, or ``None`` if none of them tells.

    A value whose first field is over 12 (25/03/2026) is day-first; one whose second field is over
    12 (03/25/2026) is month-first. Raises :class:`DateError` when the column shows both.
    """
    day_first: str | None = None
    month_first: str | None = None
    for value in values:
        fields = _numeric_fields(value)
        if fields is None:
            continue
        a, b = fields
        if 12 < a <= 31 and 1 <= b <= 12 and day_first is None:
            day_first = value.strip()
        elif 12 < b <= 31 and 1 <= a <= 12 and month_first is None:
            month_first = value.strip()
    if day_first is not None and month_first is not None:
        raise DateError(
            f"The dates mix day-first ({day_first}) and month-first ({month_first}) order, so "
            "they cannot all be read one way."
        )
    if day_first is not None:
        return "DMY"
    if month_first is not None:
        return "MDY"
    return None
