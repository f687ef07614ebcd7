"""Calendar export (.ics): interviews as timed events, agenda actions as all-day events.

UIDs are stable -- ``interview-<event uid>@heardback`` and ``action-<action key>@heardback`` -- so
importing or subscribing again later updates the events already in the calendar instead of
duplicating them. The output depends only on the records, the actions, ``as_of`` (which gives
DTSTAMP) and the settings, so the same input always gives the same bytes.

Times are floating local times (no time zone) unless the ``timezone`` setting names an IANA zone;
then they carry a TZID and the calendar includes the matching VTIMEZONE.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

import icalendar

from heardback import __version__
from heardback.domain.playbook import Action, ActionKind
from heardback.domain.records import Dossier, Event, EventKind
from heardback.errors import UserError

PRODID = f"-//heardback//heardback {__version__}//EN"
CALENDAR_NAME = "heardback"
DEFAULT_DURATION = timedelta(minutes=60)
#: reminder for an all-day action: this long after the start of its day (the morning of)
ACTION_REMINDER = timedelta(hours=9)
#: reminder before an interview
INTERVIEW_REMINDER = timedelta(hours=1)

_URL = re.compile(r"https?://[^\s<>\"')\]]+", re.I)


def build_calendar(
    dossiers: Iterable[Dossier],
    actions: Sequence[Action] = (),
    *,
    as_of: date,
    settings: Mapping[str, Any],
) -> bytes:
    """An iCalendar file with every interview and screen in ``dossiers`` and every action.

    ``actions`` are the agenda's actions (their opportunities should be among ``dossiers``, whose
    labels then appear in the description). An ``interview`` action about an interview that is
    already exported is left out, so the interview is not in the calendar twice.
    """
    zone = _zone(str(settings.get("timezone") or "").strip())
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", CALENDAR_NAME)
    if zone is not None:
        cal.add("x-wr-timezone", str(zone))
    stamp = datetime(as_of.year, as_of.month, as_of.day, tzinfo=UTC)

    by_id: dict[int, Dossier] = {}
    interviews: list[tuple[Dossier, Event]] = []
    for dossier in dossiers:
        if dossier.opportunity.id is not None:
            by_id[dossier.opportunity.id] = dossier
        for event in dossier.events:
            if event.kind in (EventKind.INTERVIEW, EventKind.SCREEN):
                interviews.append((dossier, event))
    interviews.sort(key=lambda pair: (pair[1].at, interview_uid(*pair)))

    exported: set[tuple[int | None, int]] = set()
    days: list[date] = []
    for dossier, event in interviews:
        cal.add_component(_interview_event(dossier, event, stamp, zone))
        days.append(event.day)
        if event.id is not None:
            exported.add((dossier.opportunity.id, event.id))

    for action in sorted(actions, key=lambda a: (a.due, action_uid(a))):
        if (
            action.kind is ActionKind.INTERVIEW
            and action.event_id is not None
            and (action.opportunity_id, action.event_id) in exported
        ):
            continue
        cal.add_component(_action_event(action, by_id.get(action.opportunity_id), stamp))

    if zone is not None and days and hasattr(icalendar.Timezone, "from_tzid"):
        first = date(min(days).year, 1, 1)
        last = date(max(days).year + 1, 1, 1)
        vtimezone = icalendar.Timezone.from_tzid(str(zone), first_date=first, last_date=last)
        cal.subcomponents.insert(0, vtimezone)
    data: bytes = cal.to_ical()
    return data


def interview_uid(dossier: Dossier, event: Event) -> str:
    """The stable calendar UID of an interview or screen."""
    if event.uid:
        return f"interview-{event.uid}@heardback"
    opp = dossier.opportunity
    if event.id is not None:
        return f"interview-{opp.uid or opp.id}-{event.id}@heardback"
    seed = "\x1f".join((opp.uid, opp.company, opp.role, event.kind.value, event.at.isoformat()))
    return f"interview-{hashlib.sha1(seed.encode()).hexdigest()[:16]}@heardback"


def action_uid(action: Action) -> str:
    """The stable calendar UID of an agenda action (from its key)."""
    if action.key:
        return f"action-{action.key}@heardback"
    about = action.event_id if action.event_id is not None else action.contact_id
    return f"action-{action.kind.value}-{action.opportunity_id}-{about}@heardback"


def _zone(name: str) -> tzinfo | None:
    if not name:
        return None
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise UserError(
            f"Setting timezone is {name!r}, which is not a known IANA time zone "
            "(for example Europe/Berlin or America/New_York)."
        ) from None


def _interview_event(
    dossier: Dossier, event: Event, stamp: datetime, zone: tzinfo | None
) -> icalendar.Event:
    opp = dossier.opportunity
    start = (
        event.at.replace(tzinfo=zone) if zone is not None and event.at.tzinfo is None else event.at
    )
    if event.kind is EventKind.SCREEN:
        summary = f"Screening call: {opp.label}"
    else:
        summary = f"Interview: {opp.label}"
    if event.round is not None:
        summary += f" (round {event.round}, final)" if event.final else f" (round {event.round})"
    elif event.final:
        summary += " (final round)"

    lines: list[str] = []
    if event.interview_type:
        lines.append(f"Type: {event.interview_type}")
    people = []
    for cid in dict.fromkeys(event.contact_ids):
        contact = dossier.contact(cid)
        if contact is not None and contact.name.strip():
            people.append(contact.name.strip())
    if people:
        lines.append(f"Interviewers: {', '.join(people)}")
    if event.text.strip():
        lines.append(event.text.strip())
    if opp.url:
        lines.append(f"Job posting: {opp.url}")

    vevent = icalendar.Event()
    vevent.add("uid", interview_uid(dossier, event))
    vevent.add("dtstamp", stamp)
    vevent.add("dtstart", start)
    vevent.add("duration", timedelta(minutes=event.duration_minutes or 0) or DEFAULT_DURATION)
    vevent.add("summary", summary)
    if lines:
        vevent.add("description", "\n".join(lines))
    url = _URL.search(event.text)
    if url:
        vevent.add("location", url.group(0).rstrip(".,;"))
    vevent.add("categories", ["heardback", "interview"])
    vevent.add_component(_alarm(-INTERVIEW_REMINDER, summary))
    return vevent


def _action_event(action: Action, dossier: Dossier | None, stamp: datetime) -> icalendar.Event:
    lines = [action.reason.strip()] if action.reason.strip() else []
    if dossier is not None:
        lines.append(dossier.opportunity.label)
    vevent = icalendar.Event()
    vevent.add("uid", action_uid(action))
    vevent.add("dtstamp", stamp)
    vevent.add("dtstart", action.due)
    vevent.add("dtend", action.due + timedelta(days=1))
    vevent.add("summary", action.title)
    if lines:
        vevent.add("description", "\n".join(lines))
    vevent.add("transp", "TRANSPARENT")
    vevent.add("categories", ["heardback", action.kind.value])
    vevent.add_component(_alarm(ACTION_REMINDER, action.title))
    return vevent


def _alarm(trigger: timedelta, text: str) -> icalendar.Alarm:
    alarm = icalendar.Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("trigger", trigger)
    alarm.add("description", text)
    return alarm
