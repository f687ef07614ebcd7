"""Mail tables: the processed-message ledger, the review queue, IMAP accounts and sync state."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection

from heardback.errors import NotFound, UserError
from heardback.store.schema import (
    contacts,
    events,
    imap_folders,
    mail_accounts,
    mail_ledger,
    opportunities,
    opportunity_contacts,
    review_items,
)


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


@dataclass(frozen=True, slots=True)
class LedgerRow:
    message_key: str
    content_hash: str
    source: str
    source_key: str
    received_at: datetime | None
    sender: str
    subject: str
    kind: str
    confidence: float
    outcome: str  # event, review, ignored, not_job
    opportunity_id: int | None = None


@dataclass(frozen=True, slots=True)
class ReviewItem:
    id: int
    message_key: str
    kind: str
    confidence: float
    why: str
    payload: dict[str, Any]
    status: str
    created_at: datetime
    resolution: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Account:
    name: str
    host: str
    username: str
    port: int = 993
    security: str = "ssl"
    folders: tuple[str, ...] = ("INBOX",)
    since: date | None = None


class MailRepo:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    # -- ledger -------------------------------------------------------------------------------
    def all_keys(self) -> frozenset[str]:
        """Every message key in the ledger (a few bytes each; for the scan's workers)."""
        return frozenset(r[0] for r in self.conn.execute(select(mail_ledger.c.message_key)))

    def seen(self, keys: Iterable[str]) -> set[str]:
        wanted = list(dict.fromkeys(keys))
        found: set[str] = set()
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            rows = self.conn.execute(
                select(mail_ledger.c.message_key).where(mail_ledger.c.message_key.in_(chunk))
            )
            found.update(r[0] for r in rows)
        return found

    def record(self, row: LedgerRow) -> None:
        values = {k: getattr(row, k) for k in row.__dataclass_fields__}
        values["processed_at"] = _now()
        self.conn.execute(insert(mail_ledger), values)  # one cached statement for every row

    def ledger_counts(self) -> dict[str, int]:
        rows = self.conn.execute(select(mail_ledger.c.outcome, mail_ledger.c.id)).all()
        counts: dict[str, int] = {}
        for outcome, _id in rows:
            counts[outcome] = counts.get(outcome, 0) + 1
        return counts

    def ledger_row(self, key: str) -> dict[str, Any] | None:
        row = self.conn.execute(select(mail_ledger).where(mail_ledger.c.message_key == key)).first()
        return dict(row._mapping) if row else None

    def set_outcome(self, key: str, outcome: str, opportunity_id: int | None, kind: str) -> None:
        self.conn.execute(
            update(mail_ledger)
            .where(mail_ledger.c.message_key == key)
            .values(outcome=outcome, opportunity_id=opportunity_id, kind=kind)
        )

    # -- matching data ------------------------------------------------------------------------
    def link_data(self) -> list[dict[str, Any]]:
        """Per non-archived opportunity: fields, linked message keys and contact emails."""
        opps = self.conn.execute(
            select(
                opportunities.c.id,
                opportunities.c.company,
                opportunities.c.role,
                opportunities.c.requisition,
                opportunities.c.stage,
            ).where(opportunities.c.archived.is_(False))
        ).all()
        keys: dict[int, set[str]] = {}
        for oid, key in self.conn.execute(
            select(events.c.opportunity_id, events.c.message_key).where(
                events.c.message_key.is_not(None)
            )
        ):
            keys.setdefault(oid, set()).add(key)
        emails: dict[int, set[str]] = {}
        for oid, email in self.conn.execute(
            select(opportunity_contacts.c.opportunity_id, contacts.c.email).join(
                contacts, contacts.c.id == opportunity_contacts.c.contact_id
            )
        ):
            if email:
                emails.setdefault(oid, set()).add(email.lower())
        return [
            {
                "id": oid,
                "company": company,
                "role": role,
                "requisition": req,
                "stage": stage,
                "message_keys": keys.get(oid, set()),
                "emails": emails.get(oid, set()),
            }
            for oid, company, role, req, stage in opps
        ]

    # -- review queue -------------------------------------------------------------------------
    def add_review(
        self, key: str, kind: str, confidence: float, why: str, payload: dict[str, Any]
    ) -> int:
        result = self.conn.execute(
            insert(review_items).values(
                message_key=key,
                kind=kind,
                confidence=confidence,
                why=why,
                payload=json.dumps(payload, ensure_ascii=False, default=str),
                status="open",
                created_at=_now(),
            )
        )
        assert result.inserted_primary_key is not None
        return int(result.inserted_primary_key[0])

    def reviews(self, status: str | None = "open") -> list[ReviewItem]:
        query = select(review_items).order_by(review_items.c.id)
        if status is not None:
            query = query.where(review_items.c.status == status)
        return [_review(r) for r in self.conn.execute(query)]

    def review(self, item_id: int) -> ReviewItem:
        row = self.conn.execute(select(review_items).where(review_items.c.id == item_id)).first()
        if row is None:
            raise NotFound(f"There is no review item #{item_id}.")
        return _review(row)

    def resolve_review(self, item_id: int, status: str, resolution: dict[str, Any]) -> None:
        self.conn.execute(
            update(review_items)
            .where(review_items.c.id == item_id)
            .values(status=status, resolution=json.dumps(resolution), resolved_at=_now())
        )

    # -- IMAP accounts and folder state -------------------------------------------------------
    def add_account(self, account: Account) -> None:
        exists = self.conn.execute(
            select(mail_accounts.c.id).where(mail_accounts.c.name == account.name)
        ).first()
        if exists is not None:
            raise UserError(f"There is already a mail account called {account.name!r}.")
        self.conn.execute(
            insert(mail_accounts).values(
                name=account.name,
                host=account.host,
                port=account.port,
                username=account.username,
                security=account.security,
                folders=",".join(account.folders),
                since=account.since,
            )
        )

    def accounts(self) -> list[Account]:
        rows = self.conn.execute(select(mail_accounts).order_by(mail_accounts.c.name))
        return [
            Account(
                name=r.name,
                host=r.host,
                username=r.username,
                port=r.port,
                security=r.security,
                folders=tuple(f for f in r.folders.split(",") if f),
                since=r.since,
            )
            for r in rows
        ]

    def remove_account(self, name: str) -> None:
        result = self.conn.execute(delete(mail_accounts).where(mail_accounts.c.name == name))
        if result.rowcount == 0:
            raise NotFound(f"There is no mail account called {name!r}.")
        self.conn.execute(delete(imap_folders).where(imap_folders.c.account == name))

    def folder_state(self, account: str, folder: str) -> tuple[int, int] | None:
        row = self.conn.execute(
            select(imap_folders.c.uidvalidity, imap_folders.c.last_uid).where(
                imap_folders.c.account == account, imap_folders.c.folder == folder
            )
        ).first()
        return (int(row[0]), int(row[1])) if row else None

    def save_folder_state(self, account: str, folder: str, uidvalidity: int, last_uid: int) -> None:
        self.conn.execute(
            delete(imap_folders).where(
                imap_folders.c.account == account, imap_folders.c.folder == folder
            )
        )
        self.conn.execute(
            insert(imap_folders).values(
                account=account,
                folder=folder,
                uidvalidity=uidvalidity,
                last_uid=last_uid,
                synced_at=_now(),
            )
        )


def _review(row: Any) -> ReviewItem:
    return ReviewItem(
        id=row.id,
        message_key=row.message_key,
        kind=row.kind,
        confidence=row.confidence,
        why=row.why,
        payload=json.loads(row.payload),
        status=row.status,
        created_at=row.created_at,
        resolution=json.loads(row.resolution) if row.resolution else {},
    )
