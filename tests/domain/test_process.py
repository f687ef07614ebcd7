"""The stage always follows from the event log, and never moves backwards."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from heardback.domain.process import derive
from heardback.domain.records import Event, EventKind, Signal, Stage


def ev(kind: EventKind, day: str, hour: int = 10, eid: int = 0, **kw: object) -> Event:
    at = datetime.fromisoformat(day).replace(hour=hour)
    return Event(kind, at, id=eid or None, **kw)  # type: ignore[arg-type]


def test_stage_follows_the_process_forward() -> None:
    log = [ev(EventKind.APPLIED, "2026-10-01")]
    assert derive(log).stage is Stage.APPLIED
    log.append(ev(EventKind.SCREEN, "2026-10-06"))
    assert derive(log).stage is Stage.SCREENING
    log.append(ev(EventKind.INTERVIEW, "2026-10-12", round=2))
    assert derive(log).stage is Stage.INTERVIEWING
    log.append(ev(EventKind.INTERVIEW, "2026-10-20", final=True))
    assert derive(log).stage is Stage.FINAL_ROUND
    log.append(ev(EventKind.SIGNAL, "2026-10-22", signal=Signal.REFERENCES_CONTACTED))
    assert derive(log).stage is Stage.REFERENCES
    log.append(ev(EventKind.OFFER, "2026-10-28", due=date(2026, 11, 4)))
    state = derive(log)
    assert state.stage is Stage.OFFER
    assert state.offer is not None and state.offer.due == date(2026, 11, 4)
    log.append(ev(EventKind.ACCEPTED, "2026-10-30"))
    assert derive(log).stage is Stage.ACCEPTED


def test_late_acknowledgement_does_not_reset_an_interview() -> None:
    log = [
        ev(EventKind.APPLIED, "2026-10-01"),
        ev(EventKind.INTERVIEW, "2026-10-08"),
        # the ATS confirmation arrives (or is imported) after the interview
        ev(EventKind.APPLIED, "2026-10-09"),
        ev(EventKind.APPLIED, "2026-10-09"),
    ]
    state = derive(log)
    assert state.stage is Stage.INTERVIEWING
    assert state.applied_at == datetime(2026, 10, 1, 10)
    # the acknowledgement is employer contact? no: it is the candidate's application
    assert state.last_employer_contact == datetime(2026, 10, 8, 10)


def test_rejection_closes_and_only_real_progress_reopens() -> None:
    log = [
        ev(EventKind.APPLIED, "2026-10-01"),
        ev(EventKind.REJECTED, "2026-10-10"),
        ev(EventKind.APPLIED, "2026-10-11"),  # duplicate confirmation after the rejection
        ev(EventKind.UPDATE, "2026-10-12"),
    ]
    assert derive(log).stage is Stage.REJECTED
    log.append(ev(EventKind.INTERVIEW, "2026-11-02"))  # they came back
    assert derive(log).stage is Stage.INTERVIEWING


def test_dormant_sleeps_and_any_later_event_wakes_it_at_the_same_stage() -> None:
    log = [
        ev(EventKind.APPLIED, "2026-09-01"),
        ev(EventKind.SCREEN, "2026-09-05"),
        ev(EventKind.DORMANT, "2026-10-20"),
    ]
    state = derive(log)
    assert state.stage is Stage.DORMANT and not state.is_open
    log.append(ev(EventKind.NOTE, "2026-10-25"))
    assert derive(log).stage is Stage.DORMANT  # a note of your own wakes nothing
    log.append(ev(EventKind.UPDATE, "2026-11-15"))
    assert derive(log).stage is Stage.SCREENING


def test_as_of_sees_the_past_and_lists_what_is_scheduled() -> None:
    log = [
        ev(EventKind.APPLIED, "2026-10-01"),
        ev(EventKind.INTERVIEW, "2026-10-20", hour=14),
    ]
    before = derive(log, datetime(2026, 10, 19, 23, 59))
    assert before.stage is Stage.APPLIED
    assert [e.day for e in before.upcoming] == [date(2026, 10, 20)]
    assert derive(log, datetime(2026, 10, 20, 23, 59)).stage is Stage.INTERVIEWING


def test_employer_reply_ends_the_silence_and_resets_follow_ups() -> None:
    log = [
        ev(EventKind.APPLIED, "2026-10-01"),
        ev(EventKind.FOLLOW_UP, "2026-10-12"),
        ev(EventKind.FOLLOW_UP, "2026-10-19"),
    ]
    assert len(derive(log).follow_ups) == 2
    log.append(ev(EventKind.UPDATE, "2026-10-21", text="still reviewing"))
    state = derive(log)
    assert state.follow_ups == []
    assert state.last_employer_contact == datetime(2026, 10, 21, 10)


def test_decision_date_is_kept_until_a_new_round() -> None:
    log = [
        ev(EventKind.INTERVIEW, "2026-10-05"),
        ev(EventKind.SIGNAL, "2026-10-05", signal=Signal.DECISION_DATE, due=date(2026, 10, 16)),
    ]
    assert derive(log).decision_date == date(2026, 10, 16)
    log.append(ev(EventKind.INTERVIEW, "2026-10-14", final=True))
    assert derive(log).decision_date is None


KINDS = [k for k in EventKind if k is not EventKind.SIGNAL]


@st.composite
def event_logs(draw: st.DrawFn) -> list[Event]:
    start = datetime(2026, 9, 1, 9)
    n = draw(st.integers(min_value=0, max_value=12))
    return [
        Event(
            draw(st.sampled_from(KINDS)),
            start + timedelta(hours=draw(st.integers(0, 24 * 90))),
            id=i + 1,
            final=draw(st.booleans()),
        )
        for i in range(n)
    ]


@given(event_logs(), st.randoms())
def test_the_order_events_are_given_in_does_not_matter(log: list[Event], rnd: object) -> None:
    shuffled = list(log)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert derive(shuffled).stage is derive(log).stage


@given(event_logs())
def test_acknowledgements_never_move_an_open_process_backwards(log: list[Event]) -> None:
    from heardback.domain.records import RANK

    before = derive(log)
    last = max((e.at for e in log), default=datetime(2026, 9, 1))
    after = derive([*log, Event(EventKind.APPLIED, last + timedelta(hours=1), id=999)])
    if before.stage in RANK and after.stage in RANK:
        assert RANK[after.stage] >= RANK[before.stage]
    if before.stage in (Stage.REJECTED, Stage.WITHDRAWN, Stage.ACCEPTED):
        assert after.stage is before.stage
