"""Derive where a process stands from its event log.

The stage is never stored as an independent field: it is always computed here from the events, so
it cannot disagree with the history. Rules:

* Progress events (applied, screen, interview, assessment, reference check, offer) move the stage
  forward only: a late or duplicate acknowledgement after an interview does not reset it to
  ``applied``.
* ``rejected``, ``withdrawn`` and ``accepted`` close the process. After a close, only real news of
  progress dated later (a new interview, an offer, a reference check...) reopens it; a late
  acknowledgement or a status update does not.
* ``dormant`` puts an open process to sleep; any later event other than a note wakes it up at the
  stage it had.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

from heardback.domain.records import (
    EMPLOYER_CONTACT,
    RANK,
    TERMINAL,
    Event,
    EventKind,
    FollowUpPurpose,
    Signal,
    Stage,
)

_PROGRESS_STAGE: dict[EventKind, Stage] = {
    EventKind.APPLIED: Stage.APPLIED,
    EventKind.SCREEN: Stage.SCREENING,
    EventKind.INVITATION: Stage.INTERVIEWING,
    EventKind.ASSESSMENT: Stage.SCREENING,
    EventKind.INTERVIEW: Stage.INTERVIEWING,
    EventKind.REFERENCE_CHECK: Stage.REFERENCES,
    EventKind.OFFER: Stage.OFFER,
}
_CLOSING_STAGE: dict[EventKind, Stage] = {
    EventKind.REJECTED: Stage.REJECTED,
    EventKind.WITHDRAWN: Stage.WITHDRAWN,
    EventKind.ACCEPTED: Stage.ACCEPTED,
}


def event_stage(event: Event) -> Stage | None:
    """The stage a progress event implies, or ``None`` for events that imply no stage."""
    if event.kind is EventKind.INTERVIEW and event.final:
        return Stage.FINAL_ROUND
    if event.kind is EventKind.SIGNAL and event.signal is Signal.REFERENCES_CONTACTED:
        return Stage.REFERENCES
    return _PROGRESS_STAGE.get(event.kind)


def sort_key(event: Event) -> tuple[datetime, int]:
    return (event.at, event.id if event.id is not None else 0)


@dataclass(slots=True)
class ProcessState:
    """What the event log says, as of a moment."""

    stage: Stage = Stage.SAVED
    #: the open stage reached, kept while dormant or closed
    reached: Stage = Stage.SAVED
    applied_at: datetime | None = None
    #: last time the employer said or did anything (or the application, if they never did)
    last_employer_contact: datetime | None = None
    last_event_at: datetime | None = None
    closed_at: datetime | None = None
    dormant_since: datetime | None = None
    #: promised decision date, if given after the last round
    decision_date: date | None = None
    decision_given: date | None = None
    #: the latest offer, while the process is at offer stage
    offer: Event | None = None
    interviews: list[Event] = field(default_factory=list)
    #: follow-ups sent since the employer last made contact (one "silence")
    follow_ups: list[Event] = field(default_factory=list)
    thank_yous: list[Event] = field(default_factory=list)
    #: expedite requests sent (offer elsewhere); not counted as status follow-ups
    expedites: list[Event] = field(default_factory=list)
    signals: list[Event] = field(default_factory=list)
    #: scheduled events dated after the as-of moment (interviews to come)
    upcoming: list[Event] = field(default_factory=list)

    @property
    def is_open(self) -> bool:
        return self.stage not in TERMINAL and self.stage is not Stage.DORMANT

    @property
    def silence_start(self) -> datetime | None:
        return self.last_employer_contact


def derive(events: Iterable[Event], as_of: datetime | None = None) -> ProcessState:
    """Fold an opportunity's events (any order) into its state as of ``as_of`` (default: all)."""
    state = ProcessState()
    ordered = sorted(events, key=sort_key)
    for event in ordered:
        if as_of is not None and event.at > as_of:
            if event.kind in (EventKind.INTERVIEW, EventKind.SCREEN, EventKind.ASSESSMENT):
                state.upcoming.append(event)
            continue
        _apply(state, event)
    return state


def _apply(state: ProcessState, event: Event) -> None:
    kind = event.kind
    if kind is not EventKind.NOTE:
        state.last_event_at = event.at
    if kind is EventKind.NETWORKING or kind is EventKind.NOTE:
        return

    # dormancy: any later event other than a note wakes the process up
    if state.stage is Stage.DORMANT and kind is not EventKind.DORMANT:
        state.stage = state.reached
        state.dormant_since = None

    target = event_stage(event)
    closed = state.stage in TERMINAL
    if kind in _CLOSING_STAGE:
        state.stage = _CLOSING_STAGE[kind]
        state.closed_at = event.at
        state.offer = None if kind is not EventKind.ACCEPTED else state.offer
    elif target is not None:
        reopen = closed and target is not Stage.APPLIED and kind is not EventKind.ASSESSMENT
        if RANK[target] > RANK[state.reached]:
            state.reached = target
        if not closed or reopen:
            if closed:
                state.closed_at = None
            state.stage = state.reached
    elif kind is EventKind.DORMANT and not closed:
        state.stage = Stage.DORMANT
        state.dormant_since = event.at

    if kind is EventKind.APPLIED and state.applied_at is None:
        state.applied_at = event.at
        if state.last_employer_contact is None:
            state.last_employer_contact = event.at
    if kind in EMPLOYER_CONTACT:
        state.last_employer_contact = event.at
        state.follow_ups = []
    if kind is EventKind.INTERVIEW or kind is EventKind.SCREEN:
        state.interviews.append(event)
        # a promise made before a new round is superseded (one made the same day is about it)
        if state.decision_given is not None and event.day > state.decision_given:
            state.decision_date = state.decision_given = None
    elif kind is EventKind.OFFER:
        state.offer = event
    elif kind is EventKind.THANK_YOU:
        state.thank_yous.append(event)
    elif kind is EventKind.FOLLOW_UP and event.purpose is FollowUpPurpose.EXPEDITE:
        state.expedites.append(event)
    elif kind is EventKind.FOLLOW_UP:
        state.follow_ups.append(event)
        if state.last_employer_contact is None:
            state.last_employer_contact = event.at
    elif kind is EventKind.SIGNAL:
        state.signals.append(event)
        if event.signal is Signal.DECISION_DATE and event.due is not None:
            state.decision_date = event.due
            state.decision_given = event.day


def expedite_sent_since(state: ProcessState, since: datetime) -> bool:
    return any(e.at >= since for e in state.expedites)
