"""The daily playbook: what to do today, and when, for every opportunity.

Pure: takes dossiers, a clock (``as_of``), a business calendar and the rules (settings), and returns
actions with their due dates and the reason for each. See ``data/priors.yaml`` for the source of
every default.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime, time, timedelta
from typing import Any

from heardback.domain.calendar import BusinessCalendar
from heardback.domain.process import ProcessState, derive, expedite_sent_since
from heardback.domain.records import (
    ACTIVE,
    LATE,
    TERMINAL,
    ContactRole,
    Dossier,
    Event,
    EventKind,
    Stage,
)


class ActionKind(enum.StrEnum):
    THANK_YOU = "thank_you"
    FOLLOW_UP = "follow_up"
    EXPEDITE = "expedite"
    MARK_DORMANT = "mark_dormant"
    OFFER_DEADLINE = "offer_deadline"
    INTERVIEW = "interview"


class Urgency(enum.StrEnum):
    OVERDUE = "overdue"
    DUE = "due"
    UPCOMING = "upcoming"


@dataclass(frozen=True, slots=True)
class Action:
    kind: ActionKind
    opportunity_id: int
    due: date
    urgency: Urgency
    #: one plain-language sentence saying why this action is on the agenda
    reason: str
    #: what to do, short ("Send a thank-you note to Dana Smith")
    title: str
    #: the person to write to, when there is one
    contact_id: int | None = None
    #: message template to draft this action with (``heardback draft``), if any
    template: str | None = None
    #: the event the action is about (the interview to thank for, the offer ...)
    event_id: int | None = None
    #: stable key: the same action on another day has the same key (calendar UIDs, reminders)
    key: str = ""


@dataclass(frozen=True, slots=True)
class Rules:
    """The playbook's timings (settings; defaults and their sources in ``data/priors.yaml``)."""

    thank_you_within_business_days: int
    thank_you_expiry_days: int
    followup_after_application_business_days: int
    followup_after_interview_business_days: int
    followup_after_decision_date_business_days: int
    followup_gap_business_days: int
    max_followups_per_silence: int
    dormant_after_last_followup_business_days: int
    dormant_after_silence_days: int
    agenda_horizon_days: int
    followup_min_business_days: int
    followup_max_business_days: int
    dormant_below_chance_percent: int

    @classmethod
    def from_settings(cls, settings: Mapping[str, Any]) -> Rules:
        return cls(**{f.name: int(settings[f.name]) for f in fields(cls)})


@dataclass(frozen=True, slots=True)
class Timing:
    """What the outlook says about one process's silence, for timing its actions.

    Made by ``outlook_process.timing``; the playbook works without it (fixed day counts).
    """

    #: typical reply time here relative to the published figure for the stage (1.0 = the same)
    pace: float
    #: what changed the pace, as phrases ("hiring in DE; your own 12 earlier waits at this stage")
    pace_because: str
    #: days of silence after which the chance of still hearing back is under ``quiet_below``
    #: (None: not within a year)
    quiet_after_days: float | None
    quiet_below: float
    #: the chance of still hearing back now, in numbers and calibrated words ("unlikely")
    p_hear_back: float
    phrase: str
    history_used: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "p_hear_back": round(self.p_hear_back, 4),
            "phrase": self.phrase,
            "pace": round(self.pace, 3),
            "pace_because": self.pace_because,
            "quiet_after_days": None
            if self.quiet_after_days is None
            else round(self.quiet_after_days, 1),
            "history_used": self.history_used,
        }


_URGENCY_ORDER = {Urgency.OVERDUE: 0, Urgency.DUE: 1, Urgency.UPCOMING: 2}
_SCHEDULED = (EventKind.INTERVIEW, EventKind.SCREEN)


def end_of(day: date) -> datetime:
    return datetime.combine(day, time.max)


def _fmt(day: date) -> str:
    return f"{day:%a} {day.day} {day:%b}"


def _urgency(due: date, as_of: date) -> Urgency:
    if due < as_of:
        return Urgency.OVERDUE
    if due == as_of:
        return Urgency.DUE
    return Urgency.UPCOMING


def plan(
    dossiers: Iterable[Dossier],
    as_of: date,
    calendar: BusinessCalendar,
    rules: Rules,
    states: Mapping[int, ProcessState] | None = None,
    timings: Mapping[int, Timing] | None = None,
) -> list[Action]:
    """Everything to do on ``as_of``: overdue, due today, and coming up within the horizon.

    ``states`` may carry already derived states (by opportunity id) to avoid deriving twice.
    ``timings`` (by opportunity id) lets the outlook time follow-ups and the dormant suggestion
    where it knows more than the fixed day counts (see ``_follow_up_or_rest``).
    """
    moment = end_of(as_of)
    horizon = as_of + timedelta(days=rules.agenda_horizon_days)
    items: list[tuple[Dossier, ProcessState]] = []
    for dossier in dossiers:
        if dossier.opportunity.archived or dossier.opportunity.id is None:
            continue
        state = states.get(dossier.opportunity.id) if states is not None else None
        if state is None:
            state = derive(dossier.events, moment)
        items.append((dossier, state))

    actions: list[Action] = []
    offers = [
        (d, s.offer)
        for d, s in items
        if s.stage is Stage.OFFER
        and s.offer is not None
        and s.offer.due is not None
        and s.offer.due >= as_of
    ]
    for dossier, state in items:
        if is_long_quiet(state, as_of, rules):
            # nothing for two months: the only advice is to let it rest (nothing else applies)
            actions.append(_rest_after_silence(dossier, state, as_of, rules))
            continue
        actions.extend(_interviews(dossier, state, as_of, horizon))
        if not state.is_open:
            continue
        actions.extend(_thank_yous(dossier, state, as_of, calendar, rules))
        actions.extend(_offer_deadline(dossier, state, as_of))
        actions.extend(_expedite(dossier, state, offers, as_of, calendar))
        timing = timings.get(_oid(dossier)) if timings is not None else None
        actions.extend(_follow_up_or_rest(dossier, state, as_of, calendar, rules, timing))
    return sorted(
        (a for a in actions if a.due <= horizon),
        key=lambda a: (_URGENCY_ORDER[a.urgency], a.due, a.kind, a.opportunity_id, a.key),
    )


def is_long_quiet(state: ProcessState, as_of: date, rules: Rules) -> bool:
    """An open process (short of an offer) where nothing at all happened for the dormancy
    period. Only ``stage`` and ``last_event_at`` decide it, so a stored summary is enough."""
    if state.stage not in ACTIVE or state.stage is Stage.OFFER or state.last_event_at is None:
        return False
    return (as_of - state.last_event_at.date()).days >= rules.dormant_after_silence_days


def _rest_after_silence(dossier: Dossier, state: ProcessState, as_of: date, rules: Rules) -> Action:
    assert state.last_event_at is not None
    last_event = state.last_event_at.date()
    quiet_days = (as_of - last_event).days
    due = last_event + timedelta(days=rules.dormant_after_silence_days)
    ident = dossier.opportunity.uid or str(_oid(dossier))
    return Action(
        kind=ActionKind.MARK_DORMANT,
        opportunity_id=_oid(dossier),
        due=due,
        urgency=_urgency(due, as_of),
        title=f"Mark {dossier.opportunity.company} dormant",
        reason=f"Nothing has happened for {quiet_days} days. Let it rest rather than chase: "
        "a dormant process is not deleted, and any later message wakes it up.",
        key=f"dormant-{ident}-{last_event.isoformat()}",
    )


def _oid(dossier: Dossier) -> int:
    assert dossier.opportunity.id is not None
    return dossier.opportunity.id


def _interviews(
    dossier: Dossier, state: ProcessState, as_of: date, horizon: date
) -> Iterator[Action]:
    if state.stage in TERMINAL:
        return
    today = [e for e in state.interviews if e.day == as_of]
    for event in [*today, *state.upcoming]:
        if event.kind not in _SCHEDULED or event.day > horizon:
            continue
        names = [c.name for cid in event.contact_ids if (c := dossier.contact(cid))]
        with_whom = f" with {', '.join(names)}" if names else ""
        what = "Phone screen" if event.kind is EventKind.SCREEN else _round_name(event)
        yield Action(
            kind=ActionKind.INTERVIEW,
            opportunity_id=_oid(dossier),
            due=event.day,
            urgency=_urgency(event.day, as_of),
            title=f"{what} at {dossier.opportunity.company}{with_whom}, {event.at:%H:%M}",
            reason=f"Scheduled for {_fmt(event.day)} at {event.at:%H:%M}; a thank-you note "
            "is due within a day after it.",
            event_id=event.id,
            key=f"interview-{event.uid or event.id}",
        )


def _round_name(event: Event) -> str:
    if event.final:
        return "Final-round interview"
    if event.round:
        return f"Interview (round {event.round})"
    return "Interview"


def _thank_yous(
    dossier: Dossier, state: ProcessState, as_of: date, calendar: BusinessCalendar, rules: Rules
) -> Iterator[Action]:
    company = dossier.opportunity.company
    for interview in state.interviews:
        # a recruiter's phone screen needs no formal note; every interview round does
        if interview.kind is not EventKind.INTERVIEW:
            continue
        if (as_of - interview.day).days > rules.thank_you_expiry_days:
            continue
        later = [t for t in state.thank_yous if t.at >= interview.at or t.day == interview.day]
        general_note_sent = any(not t.contact_ids for t in later)
        thanked = {cid for t in later for cid in t.contact_ids}
        recipients: list[int | None] = list(interview.contact_ids) or [None]
        due = calendar.add(interview.day, rules.thank_you_within_business_days)
        for cid in recipients:
            if general_note_sent or (cid is not None and cid in thanked):
                continue
            contact = dossier.contact(cid) if cid is not None else None
            who = contact.name if contact else f"your interviewer(s) at {company}"
            yield Action(
                kind=ActionKind.THANK_YOU,
                opportunity_id=_oid(dossier),
                due=due,
                # the note can (and should) be written as soon as the interview is over
                urgency=Urgency.OVERDUE if as_of > due else Urgency.DUE,
                title=f"Send a thank-you note to {who}",
                reason=f"You interviewed on {_fmt(interview.day)}; a short thank-you within "
                "a day is what most hiring managers expect.",
                contact_id=cid,
                template="thank_you",
                event_id=interview.id,
                key=f"thank-you-{interview.uid or interview.id}-{cid or 0}",
            )


def _offer_deadline(dossier: Dossier, state: ProcessState, as_of: date) -> Iterator[Action]:
    offer = state.offer
    if state.stage is not Stage.OFFER or offer is None or offer.due is None:
        return
    passed = offer.due < as_of
    yield Action(
        kind=ActionKind.OFFER_DEADLINE,
        opportunity_id=_oid(dossier),
        due=offer.due,
        urgency=_urgency(offer.due, as_of),
        title=f"Decide on the offer from {dossier.opportunity.company} by {_fmt(offer.due)}",
        reason=(
            f"The deadline ({_fmt(offer.due)}) has passed: reply today, or ask for more time."
            if passed
            else f"Offer received {_fmt(offer.day)}; answer by {_fmt(offer.due)}. "
            "Nothing is final until it is signed."
        ),
        template="accept",
        event_id=offer.id,
        key=f"offer-{offer.uid or offer.id}",
    )


def _expedite(
    dossier: Dossier,
    state: ProcessState,
    offers: Sequence[tuple[Dossier, Event]],
    as_of: date,
    calendar: BusinessCalendar,
) -> Iterator[Action]:
    if state.stage not in LATE:
        return
    others = [(d, o) for d, o in offers if d.opportunity.id != dossier.opportunity.id]
    if not others:
        return
    other, offer = min(others, key=lambda pair: (pair[1].due or as_of, pair[1].at))
    if expedite_sent_since(state, offer.at):
        return
    assert offer.due is not None
    due = offer.day
    urgency = Urgency.DUE if as_of <= calendar.add(offer.day, 1) else Urgency.OVERDUE
    yield Action(
        kind=ActionKind.EXPEDITE,
        opportunity_id=_oid(dossier),
        due=due,
        urgency=urgency,
        title=f"Ask {dossier.opportunity.company} whether they can speed up their decision",
        reason=f"You have an offer from {other.opportunity.company} that expires "
        f"{_fmt(offer.due)}; an employer still interested in you will often move faster "
        "when it knows.",
        template="expedite",
        event_id=offer.id,
        key=f"expedite-{dossier.opportunity.uid or dossier.opportunity.id}-{offer.uid or offer.id}",
    )


def _follow_up_or_rest(
    dossier: Dossier,
    state: ProcessState,
    as_of: date,
    calendar: BusinessCalendar,
    rules: Rules,
    timing: Timing | None = None,
) -> Iterator[Action]:
    """One polite follow-up at the right time, a second one, then "let it rest".

    The fixed day counts come from surveys of what employers find reasonable. With a ``timing``
    from the outlook, the first follow-up moves with how long replies typically take here (the
    country, the user's own history, a hiring freeze), within the surveyed range; and after the
    last follow-up, "mark it dormant" comes when the chance of still hearing back has fallen under
    the threshold rather than after a fixed two weeks.
    """
    if state.stage not in ACTIVE or state.stage is Stage.OFFER:
        return
    if state.upcoming or state.last_employer_contact is None:
        return  # an interview is scheduled: they are in touch
    if any(e.day == as_of for e in state.interviews):
        return
    company = dossier.opportunity.company
    oid = _oid(dossier)
    silence = state.last_employer_contact.date()
    ident = dossier.opportunity.uid or str(oid)

    sent = state.follow_ups
    if len(sent) >= rules.max_followups_per_silence:
        last = sent[-1].day if sent else silence  # no follow-ups allowed: from the silence
        due = calendar.add(last, rules.dormant_after_last_followup_business_days)
        tried = (
            f"You have followed up {len(sent)} times since {_fmt(silence)} without a reply"
            if sent
            else f"No reply since {_fmt(silence)}, and you chose not to send follow-ups"
        )
        reason = f"{tried}. More messages won't help; if they come back later, it wakes up."
        if timing is not None and timing.quiet_after_days is not None:
            quiet = silence + timedelta(days=math.ceil(timing.quiet_after_days))
            due = max(
                calendar.add(last, rules.followup_gap_business_days), calendar.roll_forward(quiet)
            )
            reason = (
                f"{tried}, and by {_fmt(due)} the chance of still hearing back is under "
                f"{round(100 * timing.quiet_below)}% (heardback's outlook; the cut-off is a "
                "heuristic). More messages won't help; if they come back later, it wakes up."
            )
        yield Action(
            kind=ActionKind.MARK_DORMANT,
            opportunity_id=oid,
            due=due,
            urgency=_urgency(due, as_of),
            title=f"Don't follow up again with {company}; mark it dormant",
            reason=reason,
            key=f"dormant-{ident}-{silence.isoformat()}",
        )
        return

    if sent:
        last = sent[-1].day
        due = calendar.add(last, rules.followup_gap_business_days)
        reason = (
            f"Your follow-up on {_fmt(last)} went unanswered. One more polite check-in is "
            "reasonable, then let it rest."
        )
    elif state.decision_date is not None and state.decision_date >= silence:
        due = calendar.add(state.decision_date, rules.followup_after_decision_date_business_days)
        reason = (
            f"They said they would decide by {_fmt(state.decision_date)}. A day or so after "
            "that date, one polite note asking where things stand is expected."
        )
    else:
        applied = (
            state.stage is Stage.APPLIED
            and state.applied_at is not None
            and state.last_employer_contact == state.applied_at
        )
        if applied:
            days = rules.followup_after_application_business_days
            reason = (
                f"You applied on {_fmt(silence)} and have heard nothing. After one to two weeks "
                "a short note saying you are still interested is reasonable."
            )
        else:
            days = rules.followup_after_interview_business_days
            reason = (
                f"Last heard from them on {_fmt(silence)}. Decisions often take one to three "
                "weeks; about two weeks in, one polite check-in is the norm."
            )
        paced = _paced(days, timing, rules)
        if paced != days and timing is not None:
            slower = paced > days
            reason += (
                f" Replies typically take {'longer' if slower else 'less time'} here "
                f"({timing.pace_because}), so heardback suggests {paced} business days "
                f"instead of {days}."
            )
        due = calendar.add(silence, paced)
    number = len(sent) + 1
    yield Action(
        kind=ActionKind.FOLLOW_UP,
        opportunity_id=oid,
        due=due,
        urgency=_urgency(due, as_of),
        title=f"Follow up with {company}"
        + (f" (last one: {number} of {rules.max_followups_per_silence})" if sent else ""),
        reason=reason,
        contact_id=_best_contact(dossier),
        template="follow_up",
        key=f"follow-up-{ident}-{silence.isoformat()}-{number}",
    )


def _paced(days: int, timing: Timing | None, rules: Rules) -> int:
    """The follow-up rule stretched or shortened by the outlook's pace, within the surveyed
    range (never outside it unless the user's own setting already is)."""
    if timing is None or not timing.pace_because:
        return days
    low = min(days, rules.followup_min_business_days)
    high = max(days, rules.followup_max_business_days)
    return max(low, min(high, round(days * timing.pace)))


def _best_contact(dossier: Dossier) -> int | None:
    preference = (ContactRole.RECRUITER, ContactRole.HIRING_MANAGER, ContactRole.INTERVIEWER)
    for role in preference:
        for contact, link_role in dossier.contacts:
            if link_role is role and contact.email:
                return contact.id
    for contact, _role in dossier.contacts:
        if contact.email:
            return contact.id
    return None
