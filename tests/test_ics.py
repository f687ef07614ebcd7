"""Calendar export: parsed back with icalendar, as a calendar app would read it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import icalendar
import pytest

from heardback.domain.playbook import Action, ActionKind, Urgency
from heardback.domain.records import (
    Contact,
    ContactRole,
    Dossier,
    Event,
    EventKind,
    Opportunity,
)
from heardback.errors import UserError
from heardback.ics import build_calendar
from heardback.settings import Settings

AS_OF = date(2026, 3, 4)


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HEARDBACK_HOME", str(tmp_path))
    return tmp_path


def settings(**values: str) -> Settings:
    return Settings(file_values=values, env={}, overrides=None)


DANA = Contact("Dana Smith", id=10, email="dana@acme.example")
LEE = Contact("Lee Wong", id=11, email="lee@acme.example")


def acme(*extra: Event) -> Dossier:
    return Dossier(
        Opportunity("Acme", "Data Engineer", id=1),
        (
            Event(EventKind.APPLIED, datetime(2026, 2, 9, 18, 30), id=1, uid="app-1"),
            Event(
                EventKind.SCREEN,
                datetime(2026, 2, 16, 14, 0),
                id=2,
                uid="screen-2",
                interview_type="phone",
            ),
            Event(
                EventKind.INTERVIEW,
                datetime(2026, 3, 10, 10, 30),
                id=3,
                uid="int-3",
                round=2,
                interview_type="video",
                duration_minutes=45,
                contact_ids=(10, 11),
                text="Join: https://meet.example.com/abc-defg-hij\nBring the case study.",
            ),
            *extra,
        ),
        ((DANA, ContactRole.INTERVIEWER), (LEE, ContactRole.INTERVIEWER)),
    )


def globex() -> Dossier:
    return Dossier(
        Opportunity("Globex", "Platform Engineer", id=2),
        (
            Event(
                EventKind.INTERVIEW,
                datetime(2026, 3, 12, 15, 0),
                id=20,
                uid="int-20",
                final=True,
            ),
        ),
    )


FOLLOW_UP = Action(
    ActionKind.FOLLOW_UP,
    opportunity_id=2,
    due=date(2026, 3, 6),
    urgency=Urgency.UPCOMING,
    reason="Two weeks have passed since your last contact with Globex.",
    title="Follow up with Globex",
    template="follow_up",
    key="follow_up:2:1",
)


def events(data: bytes) -> dict[str, icalendar.Event]:
    cal = icalendar.Calendar.from_ical(data)
    found = {str(e["uid"]): e for e in cal.walk("VEVENT")}
    assert len(found) == len(cal.walk("VEVENT")), "UIDs must be unique"
    return found


def test_calendar_header() -> None:
    cal = icalendar.Calendar.from_ical(build_calendar([acme()], as_of=AS_OF, settings=settings()))
    assert str(cal["version"]) == "2.0"
    assert "heardback" in str(cal["prodid"])
    assert str(cal["x-wr-calname"]) == "heardback"


def test_interview_at_the_right_time_with_a_stable_uid() -> None:
    data = build_calendar([acme()], [], as_of=AS_OF, settings=settings())
    found = events(data)
    interview = found["interview-int-3@heardback"]

    assert interview.decoded("dtstart") == datetime(2026, 3, 10, 10, 30)  # floating local time
    assert interview.decoded("dtstart").tzinfo is None
    assert interview.decoded("duration") == timedelta(minutes=45)
    assert str(interview["summary"]) == "Interview: Acme — Data Engineer (round 2)"
    description = str(interview["description"])
    assert "Dana Smith" in description and "Lee Wong" in description
    assert "video" in description
    assert str(interview["location"]) == "https://meet.example.com/abc-defg-hij"
    assert interview.decoded("dtstamp") == datetime(2026, 3, 4, tzinfo=UTC)


def test_screen_gets_the_default_hour() -> None:
    screen = events(build_calendar([acme()], as_of=AS_OF, settings=settings()))[
        "interview-screen-2@heardback"
    ]
    assert screen.decoded("dtstart") == datetime(2026, 2, 16, 14, 0)
    assert screen.decoded("duration") == timedelta(hours=1)
    assert "Acme — Data Engineer" in str(screen["summary"])
    assert "location" not in screen


def test_application_is_not_a_calendar_event() -> None:
    found = events(build_calendar([acme()], as_of=AS_OF, settings=settings()))
    assert set(found) == {"interview-screen-2@heardback", "interview-int-3@heardback"}


def test_action_is_an_all_day_event_with_a_morning_reminder() -> None:
    data = build_calendar([acme(), globex()], [FOLLOW_UP], as_of=AS_OF, settings=settings())
    action = events(data)["action-follow_up:2:1@heardback"]

    start = action.decoded("dtstart")
    assert start == date(2026, 3, 6) and not isinstance(start, datetime)
    assert str(action["summary"]) == "Follow up with Globex"
    assert "Two weeks have passed" in str(action["description"])
    assert "Globex — Platform Engineer" in str(action["description"])
    (alarm,) = action.walk("VALARM")
    assert str(alarm["action"]) == "DISPLAY"
    assert alarm.decoded("trigger") == timedelta(hours=9)


def test_final_round_summary() -> None:
    found = events(build_calendar([globex()], as_of=AS_OF, settings=settings()))
    assert str(found["interview-int-20@heardback"]["summary"]).endswith("(final round)")


def test_exporting_again_keeps_uids_stable() -> None:
    first = build_calendar([acme(), globex()], [FOLLOW_UP], as_of=AS_OF, settings=settings())
    again = build_calendar([acme(), globex()], [FOLLOW_UP], as_of=AS_OF, settings=settings())
    assert first == again  # same input, same bytes

    round3 = Event(
        EventKind.INTERVIEW,
        datetime(2026, 3, 17, 9, 0),
        id=4,
        uid="int-4",
        round=3,
        final=True,
        contact_ids=(10,),
    )
    later = build_calendar(
        [acme(round3), globex()], [FOLLOW_UP], as_of=date(2026, 3, 11), settings=settings()
    )
    before, after = events(first), events(later)
    assert set(before) < set(after)
    assert set(after) - set(before) == {"interview-int-4@heardback"}
    for uid, event in before.items():
        assert after[uid].decoded("dtstart") == event.decoded("dtstart")
    assert str(after["interview-int-4@heardback"]["summary"]).endswith("(round 3, final)")


def test_events_without_uid_still_get_stable_uids() -> None:
    bare = Dossier(
        Opportunity("Initech", "Analyst", id=5),
        (Event(EventKind.INTERVIEW, datetime(2026, 3, 9, 11, 0), id=50),),
    )
    undated = Action(ActionKind.THANK_YOU, 5, date(2026, 3, 10), Urgency.DUE, "r", "t", event_id=50)
    one = events(build_calendar([bare], [undated], as_of=AS_OF, settings=settings()))
    two = events(build_calendar([bare], [undated], as_of=AS_OF, settings=settings()))
    assert set(one) == set(two) and len(one) == 2


def test_interview_action_does_not_duplicate_the_interview() -> None:
    prepare = Action(
        ActionKind.INTERVIEW,
        1,
        date(2026, 3, 10),
        Urgency.UPCOMING,
        "Round 2.",
        "Interview",
        event_id=3,
        key="interview:1:3",
    )
    found = events(build_calendar([acme()], [prepare], as_of=AS_OF, settings=settings()))
    assert "action-interview:1:3@heardback" not in found
    assert "interview-int-3@heardback" in found


def test_timezone_setting_gives_tzid() -> None:
    data = build_calendar(
        [acme()], [FOLLOW_UP], as_of=AS_OF, settings=settings(timezone="Europe/Berlin")
    )
    assert b"DTSTART;TZID=Europe/Berlin:20260310T103000" in data
    cal = icalendar.Calendar.from_ical(data)
    (vtimezone,) = cal.walk("VTIMEZONE")
    assert str(vtimezone["tzid"]) == "Europe/Berlin"
    interview = events(data)["interview-int-3@heardback"]
    start = interview.decoded("dtstart")
    assert start.replace(tzinfo=None) == datetime(2026, 3, 10, 10, 30)
    assert start.utcoffset() == timedelta(hours=1)
    # all-day actions stay dates
    assert events(data)["action-follow_up:2:1@heardback"].decoded("dtstart") == date(2026, 3, 6)


def test_unknown_timezone_is_a_user_error() -> None:
    with pytest.raises(UserError, match="Mars/Olympus"):
        build_calendar([acme()], as_of=AS_OF, settings=settings(timezone="Mars/Olympus"))
