"""The playbook on a fixed clock, real dates and real public holidays.

2026 US holidays that matter here: Veterans Day (Wed 11 Nov), Thanksgiving (Thu 26 Nov),
Christmas (Fri 25 Dec).
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from heardback.domain.calendar import BusinessCalendar
from heardback.domain.playbook import Action, ActionKind, Rules, Urgency, plan
from heardback.domain.records import (
    Contact,
    ContactRole,
    Dossier,
    Event,
    EventKind,
    FollowUpPurpose,
    Opportunity,
    Signal,
)
from heardback.services import holiday_dates
from heardback.settings import Settings

US = BusinessCalendar.of(holiday_dates("US", None, [2026, 2027]))
RULES = Rules.from_settings(Settings(file_values={}, env={}))

DANA = Contact("Dana Smith", id=1, email="dana@acme.example", role=ContactRole.HIRING_MANAGER)
LEE = Contact("Lee Chen", id=2, email="lee@acme.example", role=ContactRole.INTERVIEWER)
TOM = Contact("Tom Becker", id=3, email="tom@acme.example", role=ContactRole.RECRUITER)


def at(text: str, hour: int = 10) -> datetime:
    return datetime.fromisoformat(text).replace(hour=hour)


def dossier(oid: int, events: list[Event], company: str = "Acme") -> Dossier:
    contacts = ((DANA, ContactRole.HIRING_MANAGER), (LEE, ContactRole.INTERVIEWER))
    return Dossier(
        Opportunity(company, "Data Engineer", id=oid, uid=f"opp{oid}"),
        tuple(Event(e.kind, e.at, **_rest(e, i, oid)) for i, e in enumerate(events, 1)),
        (*contacts, (TOM, ContactRole.RECRUITER)),
    )


def _rest(e: Event, i: int, oid: int) -> dict[str, object]:
    return {
        "id": oid * 100 + i,
        "uid": f"e{oid}-{i}",
        "opportunity_id": oid,
        "round": e.round,
        "final": e.final,
        "signal": e.signal,
        "due": e.due,
        "contact_ids": e.contact_ids,
        "purpose": e.purpose,
    }


def agenda(dossiers: list[Dossier], day: str) -> list[Action]:
    return plan(dossiers, date.fromisoformat(day), US, RULES)


def only(actions: list[Action], kind: ActionKind) -> list[Action]:
    return [a for a in actions if a.kind is kind]


def test_the_calendar_knows_us_holidays() -> None:
    assert not US.is_business_day(date(2026, 11, 26))  # Thanksgiving
    assert not US.is_business_day(date(2026, 11, 11))  # Veterans Day
    assert US.is_business_day(date(2026, 11, 27))


def test_thank_you_per_interviewer_due_next_business_day_across_thanksgiving() -> None:
    d = dossier(1, [Event(EventKind.INTERVIEW, at("2026-11-25", 14), contact_ids=(1, 2))])
    actions = only(agenda([d], "2026-11-25"), ActionKind.THANK_YOU)
    assert {a.contact_id for a in actions} == {1, 2}
    # Wednesday's interview: Thursday is Thanksgiving, so the note is due Friday
    assert {a.due for a in actions} == {date(2026, 11, 27)}
    assert all(a.urgency is Urgency.DUE for a in actions)
    assert "Dana Smith" in " ".join(a.title for a in actions)
    late = only(agenda([d], "2026-11-30"), ActionKind.THANK_YOU)
    assert {a.urgency for a in late} == {Urgency.OVERDUE}


def test_thank_you_sent_to_one_interviewer_leaves_the_other() -> None:
    d = dossier(
        1,
        [
            Event(EventKind.INTERVIEW, at("2026-11-16", 9), contact_ids=(1, 2)),
            Event(EventKind.THANK_YOU, at("2026-11-16", 18), contact_ids=(1,)),
        ],
    )
    actions = only(agenda([d], "2026-11-17"), ActionKind.THANK_YOU)
    assert [a.contact_id for a in actions] == [2]


def test_thank_you_is_not_suggested_a_week_later() -> None:
    d = dossier(1, [Event(EventKind.INTERVIEW, at("2026-11-02"))])
    assert only(agenda([d], "2026-11-09"), ActionKind.THANK_YOU)
    assert not only(agenda([d], "2026-11-10"), ActionKind.THANK_YOU)


def test_follow_up_on_a_silent_application_skips_veterans_day() -> None:
    d = dossier(1, [Event(EventKind.APPLIED, at("2026-11-02"))])
    # 7 business days after Mon 2 Nov, not counting Wed 11 Nov: Thu 12 Nov
    upcoming = only(agenda([d], "2026-11-09"), ActionKind.FOLLOW_UP)
    assert [(a.due, a.urgency) for a in upcoming] == [(date(2026, 11, 12), Urgency.UPCOMING)]
    assert only(agenda([d], "2026-11-12"), ActionKind.FOLLOW_UP)[0].urgency is Urgency.DUE
    overdue = only(agenda([d], "2026-11-16"), ActionKind.FOLLOW_UP)[0]
    assert overdue.urgency is Urgency.OVERDUE
    assert "applied on" in overdue.reason


def test_follow_up_after_a_promised_decision_date() -> None:
    d = dossier(
        1,
        [
            Event(EventKind.APPLIED, at("2026-10-01")),
            Event(EventKind.INTERVIEW, at("2026-11-10"), final=True),
            Event(
                EventKind.SIGNAL,
                at("2026-11-10", 16),
                signal=Signal.DECISION_DATE,
                due=date(2026, 11, 20),
            ),
        ],
    )
    # decision promised Fri 20 Nov: follow up one business day later, Mon 23 Nov
    action = only(agenda([d], "2026-11-23"), ActionKind.FOLLOW_UP)[0]
    assert action.due == date(2026, 11, 23) and action.urgency is Urgency.DUE
    assert "decide by" in action.reason
    assert action.contact_id == 3  # the recruiter, who has an email


def test_follow_up_two_weeks_after_an_interview_without_a_date() -> None:
    d = dossier(
        1,
        [Event(EventKind.APPLIED, at("2026-11-02")), Event(EventKind.INTERVIEW, at("2026-11-13"))],
    )
    # 10 business days after Fri 13 Nov, skipping Thanksgiving: Mon 30 Nov
    (action,) = only(agenda([d], "2026-11-24"), ActionKind.FOLLOW_UP)
    assert action.due == date(2026, 11, 30)
    # more than a week ahead, it is not on the agenda yet
    assert not only(agenda([d], "2026-11-20"), ActionKind.FOLLOW_UP)


def test_at_most_two_follow_ups_a_week_apart_then_rest() -> None:
    events = [
        Event(EventKind.APPLIED, at("2026-10-01")),
        Event(EventKind.INTERVIEW, at("2026-10-05")),
        Event(EventKind.FOLLOW_UP, at("2026-10-19")),
    ]
    (second,) = only(agenda([dossier(1, events)], "2026-10-20"), ActionKind.FOLLOW_UP)
    assert second.due == date(2026, 10, 26)  # five business days (a week) after the first
    assert "2 of 2" in second.title
    events.append(Event(EventKind.FOLLOW_UP, at("2026-10-26")))
    assert not only(agenda([dossier(1, events)], "2026-10-27"), ActionKind.FOLLOW_UP)
    actions = agenda([dossier(1, events)], "2026-11-03")
    assert not only(actions, ActionKind.FOLLOW_UP), "never a third follow-up"
    (rest,) = only(actions, ActionKind.MARK_DORMANT)
    assert "Don't follow up again" in rest.title
    assert rest.due == date(2026, 11, 9)  # ten business days after the last follow-up


def test_a_reply_starts_a_new_silence_with_fresh_follow_ups() -> None:
    events = [
        Event(EventKind.APPLIED, at("2026-10-01")),
        Event(EventKind.FOLLOW_UP, at("2026-10-13")),
        Event(EventKind.FOLLOW_UP, at("2026-10-20")),
        Event(EventKind.UPDATE, at("2026-10-22")),
    ]
    (action,) = only(agenda([dossier(1, events)], "2026-10-30"), ActionKind.FOLLOW_UP)
    assert action.due == date(2026, 11, 5)  # ten business days after the update
    assert "2 of" not in action.title


def test_no_follow_up_while_an_interview_is_scheduled() -> None:
    events = [
        Event(EventKind.APPLIED, at("2026-10-01")),
        Event(EventKind.INTERVIEW, at("2026-11-30", 11)),
    ]
    actions = agenda([dossier(1, events)], "2026-11-24")
    assert not only(actions, ActionKind.FOLLOW_UP)
    (interview,) = only(actions, ActionKind.INTERVIEW)
    assert interview.due == date(2026, 11, 30) and interview.urgency is Urgency.UPCOMING


def test_offer_deadline_asks_the_others_at_interview_stage_to_expedite() -> None:
    offer = dossier(
        1,
        [
            Event(EventKind.APPLIED, at("2026-10-01")),
            Event(EventKind.INTERVIEW, at("2026-10-15")),
            Event(EventKind.OFFER, at("2026-11-16"), due=date(2026, 11, 23)),
        ],
        company="Fernway",
    )
    interviewing = dossier(
        2,
        [Event(EventKind.APPLIED, at("2026-10-05")), Event(EventKind.INTERVIEW, at("2026-11-10"))],
        company="Northwind",
    )
    applied_only = dossier(3, [Event(EventKind.APPLIED, at("2026-11-09"))], company="Quanta")
    actions = agenda([offer, interviewing, applied_only], "2026-11-17")
    expedite = only(actions, ActionKind.EXPEDITE)
    assert [a.opportunity_id for a in expedite] == [2]
    assert "Fernway" in expedite[0].reason and "Mon 23 Nov" in expedite[0].reason
    (deadline,) = only(actions, ActionKind.OFFER_DEADLINE)
    assert deadline.opportunity_id == 1 and deadline.due == date(2026, 11, 23)

    sent = Event(EventKind.FOLLOW_UP, at("2026-11-17", 15), purpose=FollowUpPurpose.EXPEDITE)
    interviewing = dossier(2, [*interviewing.events, sent], company="Northwind")
    assert not only(agenda([offer, interviewing], "2026-11-18"), ActionKind.EXPEDITE)
    # once the deadline has passed, nobody is asked to hurry
    assert not only(agenda([offer, dossier(2, [])], "2026-11-24"), ActionKind.EXPEDITE)


def test_long_silence_suggests_dormant_and_dormant_processes_rest() -> None:
    events = [Event(EventKind.APPLIED, at("2026-09-01"))]
    (rest,) = only(agenda([dossier(1, events)], "2026-11-02"), ActionKind.MARK_DORMANT)
    assert rest.due == date(2026, 10, 31)
    assert not only(agenda([dossier(1, events)], "2026-11-02"), ActionKind.FOLLOW_UP)
    events.append(Event(EventKind.DORMANT, at("2026-11-02")))
    assert agenda([dossier(1, events)], "2026-11-03") == []
    events.append(Event(EventKind.INTERVIEW, at("2026-11-20")))  # they came back
    assert only(agenda([dossier(1, events)], "2026-11-20"), ActionKind.THANK_YOU)


@pytest.mark.parametrize("closing", [EventKind.REJECTED, EventKind.WITHDRAWN, EventKind.ACCEPTED])
def test_closed_processes_ask_for_nothing(closing: EventKind) -> None:
    events = [
        Event(EventKind.APPLIED, at("2026-10-01")),
        Event(EventKind.INTERVIEW, at("2026-11-16")),
        Event(closing, at("2026-11-17")),
    ]
    assert agenda([dossier(1, events)], "2026-11-18") == []


def test_archived_opportunities_are_left_alone() -> None:
    d = dossier(1, [Event(EventKind.APPLIED, at("2026-11-02"))])
    archived = Dossier(
        Opportunity("Acme", "x", id=1, uid="opp1", archived=True), d.events, d.contacts
    )
    assert agenda([archived], "2026-11-20") == []


def test_country_changes_the_business_days() -> None:
    gb = BusinessCalendar.of(holiday_dates("GB", None, [2026, 2027]))
    d = dossier(1, [Event(EventKind.INTERVIEW, at("2026-12-24"))])
    us_due = only(plan([d], date(2026, 12, 24), US, RULES), ActionKind.THANK_YOU)[0].due
    gb_due = only(plan([d], date(2026, 12, 24), gb, RULES), ActionKind.THANK_YOU)[0].due
    assert us_due == date(2026, 12, 28)  # Christmas Friday, then the weekend
    assert gb_due == date(2026, 12, 29)  # and Boxing Day (observed Monday 28th) in the UK
