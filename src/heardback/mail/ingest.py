"""Recording what the mailbox says: classify, extract, link, then write events, the ledger and
the review queue, one transaction per batch.

Crash safety: a batch's ledger rows and its events are committed together, and event uids are
derived from the message, so re-running after a crash (or re-importing the same mailbox) skips
what was recorded and records exactly what was not.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime
from typing import Any

from heardback.domain.records import Channel, Contact, ContactRole, Opportunity, Stage
from heardback.mail.link import Candidate, LinkAction, LinkDecision, link
from heardback.mail.model import (
    Classification,
    Extraction,
    Headers,
    MailKind,
    MessageRef,
    ParsedMail,
    Reason,
)
from heardback.mail.record import UID_NAMESPACE, events_for, message_key, received_at
from heardback.services import Context

#: classifies a batch of messages at once (the text model vectorises a batch faster)
Classifier = Callable[[Sequence[ParsedMail]], list[Classification]]
Extractor = Callable[[ParsedMail, Classification], Extraction]

BATCH = 200
EASY_APPLY_DOMAINS = ("linkedin.com", "indeed.com", "indeedemail.com")


@dataclass
class IngestStats:
    read: int = 0
    candidates: int = 0
    job: int = 0
    events: int = 0
    opportunities: int = 0
    review: int = 0
    duplicates: int = 0
    not_job: int = 0
    defects: int = 0
    skipped: int = 0
    problems: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _summary(mail: ParsedMail) -> dict[str, Any]:
    h = mail.headers
    return {
        "message_id": h.message_id,
        "date": h.date.isoformat() if h.date else None,
        "from_name": h.from_name,
        "from_addr": h.from_addr,
        "subject": h.subject,
        "in_reply_to": h.in_reply_to,
        "references": list(h.references),
        "source": mail.ref.source,
        "source_key": mail.ref.key,
        "content_hash": mail.content_hash,
        "snippet": mail.text[:600],
    }


def mail_from_summary(data: dict[str, Any]) -> ParsedMail:
    """The headers-only message kept in a review item (enough to record its events later)."""
    headers = Headers(
        message_id=data.get("message_id", ""),
        date=datetime.fromisoformat(data["date"]) if data.get("date") else None,
        from_name=data.get("from_name", ""),
        from_addr=data.get("from_addr", ""),
        subject=data.get("subject", ""),
        in_reply_to=data.get("in_reply_to", ""),
        references=tuple(data.get("references", ())),
    )
    return ParsedMail(
        MessageRef(data.get("source", ""), data.get("source_key", "")),
        headers,
        text=data.get("snippet", ""),
        content_hash=data.get("content_hash", ""),
    )


def _reasons(items: Iterable[Reason]) -> list[dict[str, Any]]:
    return [{"code": r.code, "text": r.text, "weight": r.weight} for r in items]


def classification_from(data: dict[str, Any]) -> Classification:
    return Classification(
        MailKind(data["kind"]),
        float(data["confidence"]),
        tuple(Reason(r["code"], r["text"], r["weight"]) for r in data.get("reasons", ())),
    )


def extraction_dict(ext: Extraction) -> dict[str, Any]:
    data = asdict(ext)
    data["company_reasons"] = _reasons(ext.company_reasons)
    for key in ("interview_at", "offer_deadline", "decision_date"):
        value = data[key]
        data[key] = value.isoformat() if value is not None else None
    return data


def extraction_from(data: dict[str, Any]) -> Extraction:
    return Extraction(
        company=data.get("company", ""),
        role=data.get("role", ""),
        requisition=data.get("requisition", ""),
        interview_at=(
            datetime.fromisoformat(data["interview_at"]) if data.get("interview_at") else None
        ),
        offer_deadline=(
            date.fromisoformat(data["offer_deadline"]) if data.get("offer_deadline") else None
        ),
        decision_date=(
            date.fromisoformat(data["decision_date"]) if data.get("decision_date") else None
        ),
        contact_name=data.get("contact_name", ""),
        contact_email=data.get("contact_email", ""),
        agency=bool(data.get("agency", False)),
    )


class Recorder:
    """Feeds parsed messages through classification, extraction and linking into the store."""

    def __init__(
        self,
        ctx: Context,
        classify: Classifier,
        extract: Extractor,
        *,
        batch: int = BATCH,
        progress: Callable[[IngestStats], None] | None = None,
    ) -> None:
        self.ctx = ctx
        self.classify = classify
        self.extract = extract
        self.batch = batch
        self.progress = progress
        self.stats = IngestStats()
        self._candidates: dict[int, Candidate] | None = None

    def feed(self, mails: Iterable[ParsedMail]) -> IngestStats:
        for chunk in _chunks(mails, self.batch):
            self.record(chunk)
        return self.stats

    def record(self, chunk: list[ParsedMail], also: Callable[[Any], None] | None = None) -> None:
        """Record one batch in one transaction; ``also(conn)`` runs in the same transaction
        (an IMAP sync saves how far it has read there, so both commit or neither does)."""
        self._record_batch(chunk, also)
        if self.progress is not None:
            self.progress(self.stats)

    # -- one transaction per batch ------------------------------------------------------------
    def _record_batch(
        self, chunk: list[ParsedMail], also: Callable[[Any], None] | None = None
    ) -> None:
        from heardback.store.mail_repo import MailRepo

        with self.ctx.db.begin() as conn:
            repo = self.ctx.repo(conn)
            mail_repo = MailRepo(conn)
            if self._candidates is None:
                self._candidates = {row["id"]: _candidate(row) for row in mail_repo.link_data()}
            candidates = dict(self._candidates)
            keys = [message_key(m) for m in chunk]
            seen = mail_repo.seen(keys)
            fresh: list[tuple[ParsedMail, str]] = []
            for mail, key in zip(chunk, keys, strict=True):
                if key in seen:
                    self.stats.duplicates += 1
                    continue
                seen.add(key)
                fresh.append((mail, key))
            verdicts = self.classify([m for m, _k in fresh]) if fresh else []
            for (mail, key), cls in zip(fresh, verdicts, strict=True):
                self._record_one(repo, mail_repo, mail, key, cls, candidates)
            if also is not None:
                also(conn)
        self._candidates = candidates  # only once the batch is committed

    def _record_one(
        self,
        repo: Any,
        mail_repo: Any,
        mail: ParsedMail,
        key: str,
        cls: Classification,
        candidates: dict[int, Candidate],
    ) -> None:
        from heardback.store.mail_repo import LedgerRow

        ext = self.extract(mail, cls) if cls.kind is not MailKind.NOT_JOB else Extraction()
        decision = link(mail, cls, ext, list(candidates.values()))
        h = mail.headers
        row = LedgerRow(
            message_key=key,
            content_hash=mail.content_hash,
            source=mail.ref.source,
            source_key=mail.ref.key,
            received_at=h.date,
            sender=h.from_addr,
            subject=h.subject[:1000],
            kind=cls.kind.value,
            confidence=cls.confidence,
            outcome="not_job",
        )
        if decision.action is LinkAction.IGNORE:
            self.stats.not_job += 1
            mail_repo.record(row)
            return
        self.stats.job += 1
        if decision.action is LinkAction.REVIEW:
            mail_repo.add_review(
                key,
                cls.kind.value,
                cls.confidence,
                decision.why,
                review_payload(mail, cls, ext, decision, candidates),
            )
            mail_repo.record(replace(row, outcome="review"))
            self.stats.review += 1
            return
        oid = apply(repo, mail, cls, ext, decision, candidates)
        self.stats.events += len(events_for(mail, cls, ext))
        if decision.action is LinkAction.CREATE:
            self.stats.opportunities += 1
        mail_repo.record(replace(row, outcome="event", opportunity_id=oid))


def review_payload(
    mail: ParsedMail,
    cls: Classification,
    ext: Extraction,
    decision: LinkDecision,
    candidates: dict[int, Candidate],
) -> dict[str, Any]:
    return {
        "mail": _summary(mail),
        "classification": {
            "kind": cls.kind.value,
            "confidence": cls.confidence,
            "reasons": _reasons(cls.reasons),
        },
        "extraction": extraction_dict(ext),
        "suggested": decision.opportunity_id,
        "link_reasons": _reasons(decision.reasons),
        "ranking": [
            {
                "opportunity_id": oid,
                "score": s,
                "label": f"{candidates[oid].company} — {candidates[oid].role}".strip(" —"),
            }
            for oid, s in decision.ranking
            if oid in candidates
        ],
    }


def apply(
    repo: Any,
    mail: ParsedMail,
    cls: Classification,
    ext: Extraction,
    decision: LinkDecision,
    candidates: dict[int, Candidate],
) -> int:
    """Record a message's events on the decided opportunity (creating it if needed)."""
    key = message_key(mail)
    if decision.action is LinkAction.CREATE or decision.opportunity_id is None:
        oid = repo.add_opportunity(
            Opportunity(
                company=ext.company or "(unknown company)",
                role=ext.role,
                requisition=ext.requisition,
                channel=_channel(mail),
                uid=uuid.uuid5(UID_NAMESPACE, f"opportunity:{key}").hex,
                created_at=received_at(mail),
                notes="Created from mail",
            )
        )
        candidates[oid] = Candidate(oid, ext.company, ext.role, ext.requisition, Stage.SAVED)
    else:
        oid = decision.opportunity_id
    contact_ids: tuple[int, ...] = ()
    if ext.contact_email or ext.contact_name:
        cid, _created = repo.ensure_contact(
            Contact(
                name=ext.contact_name or ext.contact_email.split("@")[0],
                email=ext.contact_email.lower(),
                company="" if ext.agency else ext.company,
                role=ContactRole.RECRUITER,
                agency=ext.agency,
            )
        )
        repo.link_contact(oid, cid, ContactRole.RECRUITER)
        contact_ids = (cid,)
    events = [
        replace(e, opportunity_id=oid, contact_ids=contact_ids)
        for e in events_for(mail, cls, ext, link_reasons=decision.reasons)
    ]
    fresh = [e for e in events if not repo.event_uid_exists(e.uid)]
    repo.add_events(fresh)
    repo.refresh_stage(oid)
    old = candidates.get(oid)
    if old is not None:
        emails = old.contact_emails | ({ext.contact_email.lower()} if ext.contact_email else set())
        candidates[oid] = replace(
            old,
            message_keys=old.message_keys | {key},
            contact_emails=frozenset(emails),
            requisition=old.requisition or ext.requisition,
        )
    return int(oid)


def _candidate(row: dict[str, Any]) -> Candidate:
    return Candidate(
        opportunity_id=row["id"],
        company=row["company"],
        role=row["role"],
        requisition=row["requisition"],
        stage=Stage(row["stage"]),
        message_keys=frozenset(row["message_keys"]),
        contact_emails=frozenset(row["emails"]),
        domains=frozenset(
            e.rsplit("@", 1)[-1] for e in row["emails"] if "@" in e and not _personal(e)
        ),
    )


def _personal(email: str) -> bool:
    from heardback.mail.catalog import load_catalog

    return bool(load_catalog().is_personal_domain(email.rsplit("@", 1)[-1]))


def _channel(mail: ParsedMail) -> Channel | None:
    domain = mail.headers.from_addr.rsplit("@", 1)[-1].lower()
    if any(domain == d or domain.endswith("." + d) for d in EASY_APPLY_DOMAINS):
        return Channel.EASY_APPLY
    return None


def _chunks(items: Iterable[ParsedMail], size: int) -> Iterator[list[ParsedMail]]:
    chunk: list[ParsedMail] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
