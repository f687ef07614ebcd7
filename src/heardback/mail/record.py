"""Turning a classified, extracted message into events (pure: no I/O).

Every event read from mail carries the key of its message and the evidence (sender, subject,
date, the classifier's and the linker's reasons) so the user can see why it was recorded.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from datetime import datetime, time

from heardback.domain.records import Event, EventKind, Signal
from heardback.mail.model import Classification, Extraction, MailKind, ParsedMail, Reason

UID_NAMESPACE = uuid.UUID("5b0f7d0e-6a1c-4f8e-9d55-0b7f1c2e6a01")

KIND_TO_EVENT: dict[MailKind, EventKind] = {
    MailKind.APPLIED: EventKind.APPLIED,
    MailKind.REJECTED: EventKind.REJECTED,
    MailKind.INTERVIEW: EventKind.INVITATION,  # a timed interview becomes INTERVIEW below
    MailKind.ASSESSMENT: EventKind.ASSESSMENT,
    MailKind.OFFER: EventKind.OFFER,
    MailKind.REFERENCE_CHECK: EventKind.REFERENCE_CHECK,
    MailKind.OUTREACH: EventKind.OUTREACH,
    MailKind.UPDATE: EventKind.UPDATE,
    MailKind.REQUEST: EventKind.REQUEST,
}


def message_key(mail: ParsedMail) -> str:
    """The ledger key: the Message-ID, or the content hash for a message without one."""
    message_id = mail.headers.message_id.strip().strip("<>")
    return message_id if message_id else f"sha256:{mail.content_hash}"


def received_at(mail: ParsedMail) -> datetime:
    if mail.headers.date is not None:
        return mail.headers.date.replace(microsecond=0)
    return datetime.combine(datetime.now().date(), time(12, 0))


def _reason(r: Reason) -> dict[str, object]:
    return {"code": r.code, "text": r.text, "weight": r.weight}


def evidence(
    mail: ParsedMail, classification: Classification, link_reasons: Sequence[Reason] = ()
) -> str:
    h = mail.headers
    sender = f"{h.from_name} <{h.from_addr}>" if h.from_name else h.from_addr
    data = {
        "sender": sender,
        "subject": h.subject,
        "date": h.date.isoformat() if h.date else None,
        "kind": classification.kind.value,
        "confidence": round(classification.confidence, 3),
        "reasons": [_reason(r) for r in classification.reasons],
        "link": [_reason(r) for r in link_reasons],
        "source": mail.ref.source,
    }
    return json.dumps(data, ensure_ascii=False)


def events_for(
    mail: ParsedMail,
    classification: Classification,
    extraction: Extraction,
    *,
    link_reasons: Sequence[Reason] = (),
) -> list[Event]:
    """The events a message records (none for not_job)."""
    kind = KIND_TO_EVENT.get(classification.kind)
    if kind is None:
        return []
    key = message_key(mail)
    at = received_at(mail)
    why = evidence(mail, classification, link_reasons)
    subject = mail.headers.subject.strip()

    def make(index: int, event_kind: EventKind, when: datetime, **extra: object) -> Event:
        uid = uuid.uuid5(UID_NAMESPACE, f"{key}#{index}").hex
        return Event(
            event_kind,
            when,
            uid=uid,
            text=str(extra.pop("text", subject)),
            source="mail",
            message_key=key,
            evidence=why,
            **extra,  # type: ignore[arg-type]
        )

    events: list[Event] = []
    if classification.kind is MailKind.INTERVIEW and extraction.interview_at is not None:
        events.append(make(0, EventKind.INVITATION, at))
        events.append(make(1, EventKind.INTERVIEW, extraction.interview_at))
    elif classification.kind is MailKind.OFFER:
        events.append(make(0, EventKind.OFFER, at, due=extraction.offer_deadline))
    else:
        events.append(make(0, kind, at))
    if extraction.decision_date is not None and extraction.decision_date >= at.date():
        events.append(
            make(
                2,
                EventKind.SIGNAL,
                at,
                signal=Signal.DECISION_DATE,
                due=extraction.decision_date,
                text=f"Decision promised by {extraction.decision_date.isoformat()}",
            )
        )
    return events
