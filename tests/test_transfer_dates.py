"""Dates as people type them into spreadsheets and on the command line."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from heardback.errors import UserError
from heardback.transfer.dates import (
    DateError,
    default_order,
    infer_order,
    is_ambiguous,
    parse_date,
    parse_datetime,
)

MARCH_4 = date(2026, 3, 4)


@pytest.mark.parametrize(
    "text",
    [
        "2026-03-04",
        "2026/03/04",
        "2026.3.4",
        "20260304",
        "03/04/2026",
        "3/4/26",
        "3-4-2026",
        "04.03.2026",
        "4-Mar-2026",
        "4-mar-26",
        "March 4, 2026",
        "4 March 2026",
        "Mar 4 2026",
        "Mar. 4th, 2026",
        "Wednesday, March 4, 2026",
        "4th of March 2026",
        "Wed Mar 04 2026 10:30:00",
        "2026-03-04T10:30",
        "2026-03-04 10:30:15",
        "  2026-03-04  ",
        "March 4, 2026 at 3pm",
    ],
)
def test_common_spellings_of_march_4(text: str) -> None:
    assert parse_date(text, "MDY") == MARCH_4


def test_the_order_decides_how_numeric_dates_are_read() -> None:
    assert parse_date("03/04/2026", "MDY") == date(2026, 3, 4)
    assert parse_date("03/04/2026", "DMY") == date(2026, 4, 3)
    assert parse_date("26/03/04", "YMD") == date(2026, 3, 4)
    # the year written first or a month name leaves nothing to decide
    for order in ("MDY", "DMY", "YMD"):
        assert parse_date("2026-03-04", order) == MARCH_4
        assert parse_date("4 Mar 2026", order) == MARCH_4


def test_dotted_dates_are_day_first_whatever_the_order() -> None:
    assert parse_date("04.03.2026", "MDY") == MARCH_4
    assert parse_date("04.03.2026", "DMY") == MARCH_4


def test_year_last_dates_under_year_first_order_are_refused_as_ambiguous() -> None:
    with pytest.raises(DateError, match="ambiguous"):
        parse_date("03/04/2026", "YMD")


def test_two_digit_years_are_this_century() -> None:
    assert parse_date("3/4/26") == date(2026, 3, 4)
    assert parse_date("3/4/99") == date(1999, 3, 4)


def test_datetimes_keep_the_time_of_day() -> None:
    assert parse_datetime("2026-03-04T10:30") == datetime(2026, 3, 4, 10, 30)
    assert parse_datetime("2026-03-04 10:30:15") == datetime(2026, 3, 4, 10, 30, 15)
    assert parse_datetime("3/4/2026 2:05 PM") == datetime(2026, 3, 4, 14, 5)
    assert parse_datetime("4 March 2026 12:00 am") == datetime(2026, 3, 4, 0, 0)
    assert parse_datetime("March 4, 2026") == datetime(2026, 3, 4)


def test_a_time_with_a_zone_becomes_local_wall_clock_time() -> None:
    expected = datetime(2026, 3, 4, 10, 30, tzinfo=UTC).astimezone().replace(tzinfo=None)
    assert parse_datetime("2026-03-04T10:30:00Z") == expected
    assert parse_datetime("2026-03-04T12:30:00+02:00") == expected


@pytest.mark.parametrize(
    ("text", "order", "says"),
    [
        ("2026-02-30", "MDY", "February 2026 has 28 days"),
        ("2026-04-31", "MDY", "April 2026 has 30 days"),
        ("13/13/2026", "MDY", "no month 13"),
        ("13/13/2026", "DMY", "no month 13"),
        ("02/30/2026", "MDY", "February 2026 has 28 days"),
        ("32/01/2026", "DMY", "no day 32"),
        ("2026-13-01", "MDY", "no month 13"),
        ("2026-03-04 25:00", "MDY", "impossible time"),
        ("2026-03-04 13:00 pm", "MDY", "impossible time"),
    ],
)
def test_impossible_dates_say_what_is_wrong(text: str, order: str, says: str) -> None:
    with pytest.raises(DateError, match=says) as caught:
        parse_date(text, order)
    assert repr(text.strip()) in str(caught.value)


def test_leap_days_exist_in_leap_years() -> None:
    assert parse_date("2028-02-29") == date(2028, 2, 29)
    with pytest.raises(DateError, match="February 2027 has 28 days"):
        parse_date("2027-02-29")


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("soon", "is not a date; write dates like 2026-03-04"),
        ("last Tuesday", "is not a date"),
        ("", "empty"),
        ("   ", "empty"),
        ("2026-03", "is not a date"),
        ("1/2/3/4", "is not a date"),
        ("March 2026", "has no day"),
        ("Mar 4", "has no year"),
        ("4 Smarch 2026", "is not a date"),
        ("46085", "Excel serial number"),
    ],
)
def test_garbage_is_refused_with_a_readable_sentence(text: str, says: str) -> None:
    with pytest.raises(DateError, match=says):
        parse_date(text)


def test_date_errors_are_value_errors_and_user_errors() -> None:
    with pytest.raises(ValueError):
        parse_date("nope")
    with pytest.raises(UserError) as caught:
        parse_date("nope")
    assert caught.value.message.endswith(".")


def test_an_unknown_order_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="date order"):
        parse_date("2026-03-04", "auto")


def test_default_order_by_country() -> None:
    for country in ("US", "us", "PH", "FM", "MH", "PW"):
        assert default_order(country) == "MDY"
    for country in ("GB", "DE", "IN", "CA", "AU", "FR", "BR"):
        assert default_order(country) == "DMY"


def test_infer_order_from_an_unambiguous_value() -> None:
    assert infer_order(["03/04/2026", "25/03/2026", ""]) == "DMY"
    assert infer_order(["03/04/2026", "3/25/26"]) == "MDY"


def test_infer_order_is_none_when_nothing_tells() -> None:
    assert infer_order(["03/04/2026", "05/06/2026", "2026-03-25", "25 March 2026"]) is None
    assert infer_order([]) is None
    # dotted dates are always day-first, so they are no evidence about the slashed ones
    assert infer_order(["25.03.2026", "03/04/2026"]) is None
    # an impossible value is no evidence either (it is reported when its row is read)
    assert infer_order(["13/13/2026", "03/04/2026"]) is None


def test_infer_order_refuses_a_column_that_contradicts_itself() -> None:
    with pytest.raises(DateError) as caught:
        infer_order(["13/03/2026", "03/04/2026", "03/13/2026"])
    assert "13/03/2026" in str(caught.value)
    assert "03/13/2026" in str(caught.value)


def test_ambiguity_is_only_when_both_readings_differ() -> None:
    assert is_ambiguous("03/04/2026")
    assert not is_ambiguous("03/03/2026")
    assert not is_ambiguous("25/03/2026")
    assert not is_ambiguous("2026-03-04")
    assert not is_ambiguous("04.03.2026")


days = st.dates(min_value=date(1971, 1, 1), max_value=date(2069, 12, 31))


@given(days)
def test_every_date_survives_every_format(day: date) -> None:
    assert parse_date(day.isoformat()) == day
    assert parse_date(day.strftime("%Y/%m/%d")) == day
    assert parse_date(day.strftime("%m/%d/%Y"), "MDY") == day
    assert parse_date(f"{day.month}/{day.day}/{day:%y}", "MDY") == day
    assert parse_date(day.strftime("%d/%m/%Y"), "DMY") == day
    assert parse_date(day.strftime("%d.%m.%Y"), "MDY") == day
    assert parse_date(day.strftime("%d-%b-%Y")) == day
    assert parse_date(day.strftime("%B %d, %Y")) == day
    assert parse_date(day.strftime("%d %B %Y")) == day
    assert parse_date(day.strftime("%a, %b %d %Y")) == day


@given(st.lists(days, min_size=1, max_size=20))
def test_inference_never_contradicts_the_order_a_column_was_written_in(values: list[date]) -> None:
    assert infer_order([d.strftime("%m/%d/%Y") for d in values]) in ("MDY", None)
    assert infer_order([d.strftime("%d/%m/%Y") for d in values]) in ("DMY", None)
