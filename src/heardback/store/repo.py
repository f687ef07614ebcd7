"""Writes and lookups inside one SQLAlchemy transaction (``Database.begin()``).

Reads of whole dossiers go through ``reader`` on the same connection, so there is one way to turn
rows into records.
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Iterable
from dataclasses import asdict
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.engine import Connection

from heardback.domain.process import derive
from heardback.domain.records import Contact, ContactRole, Dossier, Event, Opportunity
from heardback.errors import NotFound
from heardback.store import reader
from heardback.store.schema import contacts, events, opportunities, opportunity_contacts


def new_uid() -> str:
    return uuid.uuid4().hex


def change_token() -> int:
    """A fresh random token: the sum over all opportunities changes whenever one is rewritten."""
    return secrets.randbits(40)  # a million opportunities still sum within 64 bits


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


class Repo:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.style = "qmark" if conn.dialect.name == "sqlite" else "format"

    @property
    def dbapi(self) -> Any:
        return self.conn.connection.driver_connection

    # -- opportunities ----------------------------------------------------------------------
    def add_opportunity(self, opp: Opportunity) -> int:
        values = asdict(opp)
        values.pop("id")
        values["uid"] = opp.uid or new_uid()
        values["channel"] = opp.channel.value if opp.channel else None
        values["created_at"] = opp.created_at or _now()
        values["stage"] = "saved"
        values["change_token"] = change_token()
        result = self.conn.execute(insert(opportunities).values(**values))
        key = result.inserted_primary_key
        assert key is not None
        return int(key[0])

    def update_opportunity(self, opp_id: int, **changes: Any) -> None:
        if "channel" in changes and changes["channel"] is not None:
            changes["channel"] = str(changes["channel"])
        result = self.conn.execute(
            update(opportunities)
            .where(opportunities.c.id == opp_id)
            .values(**changes, change_token=change_token())
        )
        if result.rowcount == 0:
            raise NotFound(f"There is no opportunity #{opp_id}.")

    def delete_opportunity(self, opp_id: int) -> None:
        # explicit deletes: SQLite only cascades with PRAGMA foreign_keys, keep it obvious
        self.conn.execute(delete(events).where(events.c.opportunity_id == opp_id))
        self.conn.execute(
            delete(opportunity_contacts).where(opportunity_contacts.c.opportunity_id == opp_id)
        )
        result = self.conn.execute(delete(opportunities).where(opportunities.c.id == opp_id))
        if result.rowcount == 0:
            raise NotFound(f"There is no opportunity #{opp_id}.")

    def uid_exists(self, uid: str) -> bool:
        found = self.conn.execute(
            select(opportunities.c.id).where(opportunities.c.uid == uid)
        ).first()
        return found is not None

    def dossiers(
        self, ids: Iterable[int] | None = None, *, include_archived: bool = True
    ) -> list[Dossier]:
        return reader.load_dossiers(
            self.dbapi, self.style, ids=ids, include_archived=include_archived
        )

    def dossier(self, opp_id: int) -> Dossier:
        found = self.dossiers([opp_id])
        if not found:
            raise NotFound(f"There is no opportunity #{opp_id}.")
        return found[0]

    def count_opportunities(self) -> int:
        return int(self.conn.execute(select(func.count()).select_from(opportunities)).scalar_one())

    # -- events -----------------------------------------------------------------------------
    def add_event(self, event: Event, *, refresh: bool = True) -> int:
        values = _event_values(event)
        result = self.conn.execute(insert(events), values)  # a cached statement: imports add many
        key = result.inserted_primary_key
        assert key is not None
        if refresh and event.opportunity_id is not None:
            self.refresh_stage(event.opportunity_id)
        return int(key[0])

    def add_events(self, batch: Iterable[Event]) -> None:
        """Insert many events at once (no stage refresh: call ``refresh_stage`` after)."""
        rows = [_event_values(e) for e in batch]
        if rows:
            self.conn.execute(insert(events), rows)

    def delete_event(self, event_id: int) -> int | None:
        row = self.conn.execute(
            select(events.c.opportunity_id).where(events.c.id == event_id)
        ).first()
        if row is None:
            raise NotFound(f"There is no event #{event_id}.")
        self.conn.execute(delete(events).where(events.c.id == event_id))
        if row[0] is not None:
            self.refresh_stage(int(row[0]))
        return int(row[0]) if row[0] is not None else None

    def refresh_stage(self, opp_id: int) -> None:
        """Recompute the cached stage from the event log (the only writer of the cache)."""
        evs = reader.events_of(self.dbapi, self.style, opp_id)
        state = derive(evs)
        self.conn.execute(
            update(opportunities)
            .where(opportunities.c.id == opp_id)
            .values(
                stage=state.stage.value,
                last_event_at=state.last_event_at,
                change_token=change_token(),
            )
        )

    # -- contacts ---------------------------------------------------------------------------
    def add_contact(self, contact: Contact) -> int:
        values = asdict(contact)
        values.pop("id")
        values["uid"] = contact.uid or new_uid()
        values["role"] = contact.role.value
        result = self.conn.execute(insert(contacts).values(**values))
        key = result.inserted_primary_key
        assert key is not None
        return int(key[0])

    def find_contact(self, *, email: str = "", name: str = "") -> Contact | None:
        query = select(contacts)
        if email:
            query = query.where(func.lower(contacts.c.email) == email.lower())
        elif name:
            query = query.where(func.lower(contacts.c.name) == name.lower())
        else:
            return None
        row = self.conn.execute(query.order_by(contacts.c.id)).first()
        if row is None:
            return None
        return reader.contact_from_row(tuple(row))

    def get_or_add_contact(self, contact: Contact) -> int:
        return self.ensure_contact(contact)[0]

    def ensure_contact(self, contact: Contact) -> tuple[int, bool]:
        """The id of this person (same email, or same name and company when there is no
        email), adding them if new; and whether they were added."""
        found = self.find_contact(email=contact.email) if contact.email else None
        if found is None and not contact.email:
            found = self.find_contact(name=contact.name)
            if (
                found is not None
                and found.company
                and contact.company
                and found.company.lower() != contact.company.lower()
            ):
                found = None
        if found is not None:
            assert found.id is not None
            return found.id, False
        return self.add_contact(contact), True

    def contact_id_by_uid(self, uid: str) -> int | None:
        row = self.conn.execute(select(contacts.c.id).where(contacts.c.uid == uid)).first()
        return int(row[0]) if row else None

    def event_uid_exists(self, uid: str) -> bool:
        return self.conn.execute(select(events.c.id).where(events.c.uid == uid)).first() is not None

    def link_contact(self, opp_id: int, contact_id: int, role: ContactRole) -> None:
        exists = self.conn.execute(
            select(opportunity_contacts.c.role).where(
                opportunity_contacts.c.opportunity_id == opp_id,
                opportunity_contacts.c.contact_id == contact_id,
            )
        ).first()
        if exists is None:
            self.conn.execute(
                insert(opportunity_contacts).values(
                    opportunity_id=opp_id, contact_id=contact_id, role=role.value
                )
            )

    def contacts(self) -> list[Contact]:
        return reader.all_contacts(self.dbapi, self.style)

    def unattached_events(self) -> list[Event]:
        return reader.unattached_events(self.dbapi, self.style)


def _event_values(event: Event) -> dict[str, Any]:
    return {
        "uid": event.uid or new_uid(),
        "opportunity_id": event.opportunity_id,
        "kind": event.kind.value,
        "at": event.at,
        "round": event.round,
        "final": event.final,
        "interview_type": event.interview_type,
        "duration_minutes": event.duration_minutes,
        "signal": event.signal.value if event.signal else None,
        "due": event.due,
        "purpose": event.purpose.value if event.purpose else None,
        "contact_ids": ",".join(str(c) for c in event.contact_ids),
        "text": event.text,
        "source": event.source,
        "recorded_at": _now(),
        "message_key": event.message_key or None,
        "evidence": event.evidence,
    }
