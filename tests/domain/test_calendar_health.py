"""Business-day arithmetic (property tests) and pipeline health."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from heardback.domain.calendar import BusinessCalendar
from heardback.domain.health import Goals, assess
from heardback.domain.process import derive
from heardback.domain.records import Event, EventKind
from heardback.services import holiday_dates

US = BusinessCalendar.of(holiday_dates("US", None, range(2024, 2031)))
days = st.dates(min_value=date(2025, 1, 1), max_value=date(2029, 12, 31))
GOALS = Goals(target_active=5, weekly_applications=5, weekly_networking=3, stale_search_days=7)


@given(days, st.integers(min_value=1, max_value=60))
def test_adding_business_days_lands_on_a_business_day(day: date, n: int) -> None:
    result = US.add(day, n)
    assert result > day
    assert US.is_business_day(result)
    assert US.between(day, result) == n


@given(days, st.integers(min_value=0, max_value=60))
def test_adding_then_subtracting_returns_to_a_business_day(day: date, n: int) -> None:
    start = US.roll_forward(day)
    assert US.add(US.add(start, n), -n) == start


@given(days, days)
def test_between_is_antisymmetric(a: date, b: date) -> None:
    assert US.between(a, b) == -US.between(b, a)
    assert abs(US.between(a, b)) <= abs((b - a).days)


def test_weekends_and_holidays_are_skipped() -> None:
    # Fri 3 Jul 2026 is Independence Day observed; Thu 2 Jul + 1 business day is Mon 6 Jul
    assert US.add(date(2026, 7, 2), 1) == date(2026, 7, 6)
    assert US.roll_forward(date(2026, 12, 25)) == date(2026, 12, 28)


def _applied(oid: int, day: date, *more: EventKind) -> list[Event]:
    at = datetime.combine(day, datetime.min.time()).replace(hour=10)
    out = [Event(EventKind.APPLIED, at, id=oid * 10, opportunity_id=oid)]
    for i, kind in enumerate(more, 1):
        out.append(
            Event(kind, at + timedelta(days=i), id=oid * 10 + i, opportunity_id=oid, final=True)
        )
    return out


def test_one_final_round_with_few_others_is_a_basket_warning() -> None:
    today = date(2026, 11, 20)
    logs = {
        1: _applied(1, date(2026, 10, 1), EventKind.INTERVIEW),  # final round
        2: _applied(2, date(2026, 11, 16)),
        3: _applied(3, date(2026, 11, 17)),
    }
    states = {oid: derive(log) for oid, log in logs.items()}
    activity = [e for log in logs.values() for e in log if e.kind is EventKind.APPLIED]
    net = Event(EventKind.NETWORKING, datetime(2026, 11, 18, 12))
    health = assess(states, {1: "Northwind"}, [*activity, net], today, GOALS)
    assert health.active == 3
    assert health.applications_7d == 2 and health.networking_7d == 1
    assert health.days_since_last_application == 3
    assert health.close_to_decision == ((1, "final_round"),)
    basket = health.warnings[0]
    assert "eggs in one basket" in basket and "Northwind" in basket
    assert "only 2 other active processes" in basket
    assert any("2 of 5 applications" in w for w in health.warnings)


def test_a_healthy_search_has_no_warnings() -> None:
    today = date(2026, 11, 20)
    logs = {i: _applied(i, today - timedelta(days=i % 6)) for i in range(1, 8)}
    logs[1] = _applied(1, today - timedelta(days=1), EventKind.INTERVIEW)
    states = {oid: derive(log) for oid, log in logs.items()}
    activity = [e for log in logs.values() for e in log if e.kind is EventKind.APPLIED]
    nets = [Event(EventKind.NETWORKING, datetime(2026, 11, d, 9)) for d in (16, 17, 19)]
    health = assess(states, {}, [*activity, *nets], today, GOALS)
    assert health.warnings == () and health.ok


def test_a_stalled_search_is_nudged() -> None:
    today = date(2026, 11, 20)
    logs = {1: _applied(1, date(2026, 10, 20))}
    states = {1: derive(logs[1])}
    health = assess(states, {}, logs[1], today, GOALS)
    assert "31 days since your last new application" in " ".join(health.warnings)
    assert "1 active process, below your target of 5" in health.warnings[0]
