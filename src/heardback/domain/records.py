"""Plain records of the domain: opportunities, contacts and the events that make up their history.

No I/O and no framework imports here. Datetimes are *floating local wall-clock times* (naive
``datetime``): a job seeker's interview at 10:00 is at 10:00 where they live, and every rule in the
playbook works on local calendar days. The timezone, when one is needed (calendar export), is a
setting.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime


class Stage(enum.StrEnum):
    SAVED = "saved"
    APPLIED = "applied"
    SCREENING = "screening"
    INTERVIEWING = "interviewing"
    FINAL_ROUND = "final_round"
    REFERENCES = "references"
    OFFER = "offer"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    DORMANT = "dormant"


#: Stages of an open process, in the order a process moves through them.
PROGRESS: tuple[Stage, ...] = (
    Stage.SAVED,
    Stage.APPLIED,
    Stage.SCREENING,
    Stage.INTERVIEWING,
    Stage.FINAL_ROUND,
    Stage.REFERENCES,
    Stage.OFFER,
)
RANK: dict[Stage, int] = {stage: i for i, stage in enumerate(PROGRESS)}
TERMINAL: frozenset[Stage] = frozenset({Stage.ACCEPTED, Stage.REJECTED, Stage.WITHDRAWN})
#: Stages at which the employer has met the candidate ("interview stage or later").
LATE: frozenset[Stage] = frozenset(
    {Stage.INTERVIEWING, Stage.FINAL_ROUND, Stage.REFERENCES, Stage.OFFER}
)
#: Stages counted as an active process in pipeline health.
ACTIVE: frozenset[Stage] = frozenset(PROGRESS) - {Stage.SAVED}


class Channel(enum.StrEnum):
    DIRECT = "direct"
    REFERRAL = "referral"
    RECRUITER = "recruiter"
    JOB_BOARD = "job_board"
    EASY_APPLY = "easy_apply"


class EventKind(enum.StrEnum):
    # the employer's side of the process
    APPLIED = "applied"
    SCREEN = "screen"
    #: invited to interview, time not fixed yet (the interview itself is a separate event)
    INVITATION = "invitation"
    INTERVIEW = "interview"
    ASSESSMENT = "assessment"
    REFERENCE_CHECK = "reference_check"
    OFFER = "offer"
    REJECTED = "rejected"
    UPDATE = "update"
    REQUEST = "request"
    OUTREACH = "outreach"
    # the candidate's decisions
    WITHDRAWN = "withdrawn"
    ACCEPTED = "accepted"
    # the candidate's actions and notes
    THANK_YOU = "thank_you"
    FOLLOW_UP = "follow_up"
    NETWORKING = "networking"
    NOTE = "note"
    SIGNAL = "signal"
    DORMANT = "dormant"


#: Events that mean the employer said or did something (they end a silence).
EMPLOYER_CONTACT: frozenset[EventKind] = frozenset(
    {
        EventKind.SCREEN,
        EventKind.INVITATION,
        EventKind.INTERVIEW,
        EventKind.ASSESSMENT,
        EventKind.REFERENCE_CHECK,
        EventKind.OFFER,
        EventKind.REJECTED,
        EventKind.UPDATE,
        EventKind.REQUEST,
        EventKind.OUTREACH,
        EventKind.SIGNAL,
    }
)


class Signal(enum.StrEnum):
    """Things the employer said or did that people read meaning into."""

    DID_WELL = "did_well"  # "you did well" -- carries no weight, see the outlook docs
    START_DATE_ASKED = "start_date_asked"
    SALARY_ASKED = "salary_asked"
    REFERENCES_CONTACTED = "references_contacted"
    MET_TEAM = "met_team"
    DECISION_DATE = "decision_date"  # they said when they would decide (``Event.due``)
    HIRING_FREEZE = "hiring_freeze"


class ContactRole(enum.StrEnum):
    RECRUITER = "recruiter"
    HIRING_MANAGER = "hiring_manager"
    INTERVIEWER = "interviewer"
    REFERRER = "referrer"
    OTHER = "other"


class FollowUpPurpose(enum.StrEnum):
    STATUS = "status"  # still interested, where do things stand
    EXPEDITE = "expedite"  # I have an offer with a deadline


@dataclass(frozen=True, slots=True)
class Opportunity:
    company: str
    role: str
    id: int | None = None
    uid: str = ""
    location: str = ""
    url: str = ""
    channel: Channel | None = None
    requisition: str = ""
    salary_min: int | None = None
    salary_max: int | None = None
    currency: str = ""
    notes: str = ""
    archived: bool = False
    created_at: datetime | None = None

    @property
    def label(self) -> str:
        return f"{self.company} — {self.role}" if self.role else self.company


@dataclass(frozen=True, slots=True)
class Contact:
    name: str
    id: int | None = None
    uid: str = ""
    email: str = ""
    company: str = ""
    role: ContactRole = ContactRole.OTHER
    agency: bool = False
    phone: str = ""
    notes: str = ""

    @property
    def first_name(self) -> str:
        return self.name.split()[0] if self.name.strip() else ""


@dataclass(frozen=True, slots=True)
class Event:
    kind: EventKind
    at: datetime
    id: int | None = None
    uid: str = ""
    opportunity_id: int | None = None
    #: interview round number and whether it is the final round
    round: int | None = None
    final: bool = False
    #: phone, video, onsite, panel, technical, behavioral ...
    interview_type: str = ""
    duration_minutes: int | None = None
    signal: Signal | None = None
    #: offer deadline, or the date the employer promised a decision by
    due: date | None = None
    #: contacts involved: interviewers, the recipient of a note, ...
    contact_ids: tuple[int, ...] = ()
    purpose: FollowUpPurpose | None = None
    text: str = ""
    #: where the event came from: manual, csv, json, demo, mail
    source: str = "manual"
    #: for events read from mail: the message (its Message-ID or content hash) and the evidence
    #: shown to the user (JSON: sender, subject, reasons)
    message_key: str = ""
    evidence: str = ""

    @property
    def day(self) -> date:
        return self.at.date()


@dataclass(frozen=True, slots=True)
class Dossier:
    """An opportunity with everything known about it: the unit the playbook works on."""

    opportunity: Opportunity
    events: Sequence[Event] = ()
    contacts: Sequence[tuple[Contact, ContactRole]] = field(default_factory=tuple)

    def contact(self, contact_id: int) -> Contact | None:
        for contact, _role in self.contacts:
            if contact.id == contact_id:
                return contact
        return None
