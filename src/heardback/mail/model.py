"""Records passed between the stages of the mail pipeline (pure data, no I/O)."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime


class MailKind(enum.StrEnum):
    """What a message is about (the fixed contract in DESIGN.md)."""

    APPLIED = "applied"  # application received
    REJECTED = "rejected"  # not moving forward; position filled or cancelled for this candidate
    INTERVIEW = "interview"  # invitation, scheduling, availability request, confirmation
    ASSESSMENT = "assessment"  # coding test, take-home, questionnaire, async video interview
    OFFER = "offer"
    REFERENCE_CHECK = "reference_check"  # references or background check
    OUTREACH = "outreach"  # unsolicited recruiter contact
    UPDATE = "update"  # status news without a decision: still reviewing, delayed, on hold, freeze
    REQUEST = "request"  # information or documents asked for
    NOT_JOB = "not_job"


@dataclass(frozen=True, slots=True)
class MessageRef:
    """Where a message was read from, stable across runs (the ledger key with the content hash).

    ``source``: the file or folder path, or ``imap://account/folder``; ``key``: the byte offset in
    an mbox, the file name in a Maildir or .eml folder, or ``UIDVALIDITY:UID`` for IMAP.
    """

    source: str
    key: str


@dataclass(frozen=True, slots=True)
class Headers:
    """The headers the prefilter and classifier use, decoded (RFC 2047) and normalised."""

    message_id: str = ""
    date: datetime | None = None  # local wall-clock time (naive), like every heardback datetime
    from_name: str = ""
    from_addr: str = ""  # lower case
    reply_to: str = ""
    to: tuple[str, ...] = ()
    cc: tuple[str, ...] = ()
    subject: str = ""
    in_reply_to: str = ""
    references: tuple[str, ...] = ()
    list_unsubscribe: bool = False
    precedence: str = ""  # bulk, list, junk ...
    auto_submitted: str = ""
    content_type: str = ""
    #: other headers that carry meaning, lower-case names (x-linkedin-template, x-mailer ...)
    extra: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CalendarInvite:
    """A text/calendar part (an interview invitation, usually)."""

    method: str = ""  # REQUEST, CANCEL, REPLY
    summary: str = ""
    start: datetime | None = None  # local wall-clock
    end: datetime | None = None
    organizer: str = ""
    location: str = ""
    description: str = ""


@dataclass(frozen=True, slots=True)
class ParsedMail:
    ref: MessageRef
    headers: Headers
    #: the new text of the message: plain text (HTML converted), quoted history and signature
    #: removed, zero-width characters dropped
    text: str = ""
    #: the quoted history and forwarded parts that were removed (context only)
    quoted: str = ""
    signature: str = ""
    html_only: bool = False
    calendar: tuple[CalendarInvite, ...] = ()
    attachments: tuple[str, ...] = ()
    #: sha256 of the raw message bytes (ledger)
    content_hash: str = ""
    #: problems met while parsing (broken MIME, unknown charset ...), never fatal
    defects: tuple[str, ...] = ()
    #: http(s) link targets of the HTML part, in order (scheduling, assessment and portal links
    #: are evidence, and in HTML-only mail they appear nowhere else)
    links: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Reason:
    """One piece of evidence, shown to the user: ``code`` is stable, ``text`` is for people."""

    code: str
    text: str
    weight: float


@dataclass(frozen=True, slots=True)
class Classification:
    kind: MailKind
    confidence: float  # 0..1
    reasons: tuple[Reason, ...] = ()


@dataclass(frozen=True, slots=True)
class Extraction:
    company: str = ""  # the employer, never the ATS, job board, platform or a mail provider
    company_reasons: tuple[Reason, ...] = ()
    role: str = ""
    requisition: str = ""
    interview_at: datetime | None = None
    offer_deadline: date | None = None
    decision_date: date | None = None
    #: the human sender, when the message was written by a person (name, email)
    contact_name: str = ""
    contact_email: str = ""
    agency: bool = False  # sent by a staffing agency on behalf of an unnamed client
