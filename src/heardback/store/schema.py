"""Tables (SQLAlchemy Core). Alembic migrations in ``migrations/`` create and evolve them.

``opportunities.stage`` and ``opportunities.last_event_at`` are a cache of what
``domain.process.derive`` computes from all the events (``ProcessState.stage`` and
``.last_event_at``, which ignores notes); only ``repo.refresh_stage`` writes them, in
the same transaction as the event change, so they cannot drift from the history. They let
``heardback today`` skip the events of closed and long-quiet processes.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    false,
)

from heardback.store.schema_version import HEAD_REVISION

__all__ = [
    "HEAD_REVISION",
    "contacts",
    "events",
    "imap_folders",
    "mail_accounts",
    "mail_ledger",
    "metadata",
    "opportunities",
    "review_items",
]

metadata = MetaData()

opportunities = Table(
    "opportunities",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("uid", String(64), nullable=False, unique=True),
    Column("company", String(200), nullable=False),
    Column("role", String(200), nullable=False, server_default=""),
    Column("location", String(200), nullable=False, server_default=""),
    Column("url", Text, nullable=False, server_default=""),
    Column("channel", String(20), nullable=True),
    Column("requisition", String(100), nullable=False, server_default=""),
    Column("salary_min", Integer, nullable=True),
    Column("salary_max", Integer, nullable=True),
    Column("currency", String(8), nullable=False, server_default=""),
    Column("notes", Text, nullable=False, server_default=""),
    Column("archived", Boolean, nullable=False, server_default=false()),
    Column("created_at", DateTime, nullable=False),
    Column("stage", String(20), nullable=False, server_default="saved"),
    Column("last_event_at", DateTime, nullable=True),
    #: random, rewritten on every change to the opportunity or its events (see reader.fingerprint)
    Column("change_token", BigInteger, nullable=False, server_default="0"),
)

contacts = Table(
    "contacts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("uid", String(64), nullable=False, unique=True),
    Column("name", String(200), nullable=False),
    Column("email", String(320), nullable=False, server_default=""),
    Column("company", String(200), nullable=False, server_default=""),
    Column("role", String(20), nullable=False, server_default="other"),
    Column("agency", Boolean, nullable=False, server_default=false()),
    Column("phone", String(50), nullable=False, server_default=""),
    Column("notes", Text, nullable=False, server_default=""),
)
Index("ix_contacts_email", contacts.c.email)

opportunity_contacts = Table(
    "opportunity_contacts",
    metadata,
    Column(
        "opportunity_id",
        Integer,
        ForeignKey("opportunities.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("contact_id", Integer, ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True),
    Column("role", String(20), nullable=False, server_default="other"),
)

events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("uid", String(64), nullable=False, unique=True),
    Column(
        "opportunity_id",
        Integer,
        ForeignKey("opportunities.id", ondelete="CASCADE"),
        nullable=True,
    ),
    Column("kind", String(20), nullable=False),
    Column("at", DateTime, nullable=False),
    Column("round", Integer, nullable=True),
    Column("final", Boolean, nullable=False, server_default=false()),
    Column("interview_type", String(30), nullable=False, server_default=""),
    Column("duration_minutes", Integer, nullable=True),
    Column("signal", String(30), nullable=True),
    Column("due", Date, nullable=True),
    Column("purpose", String(20), nullable=True),
    #: contact ids, comma separated ("3,7"): interviewers, recipients
    Column("contact_ids", String(200), nullable=False, server_default=""),
    Column("text", Text, nullable=False, server_default=""),
    Column("source", String(20), nullable=False, server_default="manual"),
    Column("recorded_at", DateTime, nullable=False),
    #: the message an event was read from (mail_ledger.message_key), and why (JSON: reasons)
    Column("message_key", String(300), nullable=True),
    Column("evidence", Text, nullable=False, server_default=""),
)
Index("ix_events_opportunity_at", events.c.opportunity_id, events.c.at)
Index("ix_events_kind_at", events.c.kind, events.c.at)

#: every message the mail pipeline has processed (the idempotency ledger)
mail_ledger = Table(
    "mail_ledger",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    #: Message-ID, or "sha256:<content hash>" when a message has none
    Column("message_key", String(300), nullable=False, unique=True),
    Column("content_hash", String(64), nullable=False),
    Column("source", Text, nullable=False, server_default=""),
    Column("source_key", String(300), nullable=False, server_default=""),
    Column("received_at", DateTime, nullable=True),
    Column("sender", String(320), nullable=False, server_default=""),
    Column("subject", Text, nullable=False, server_default=""),
    Column("kind", String(20), nullable=False),
    Column("confidence", Float, nullable=False, server_default="0"),
    #: event (an event was recorded), review (waiting in the review queue), ignored, not_job
    Column("outcome", String(20), nullable=False),
    Column("opportunity_id", Integer, nullable=True),
    Column("processed_at", DateTime, nullable=False),
)
Index("ix_mail_ledger_hash", mail_ledger.c.content_hash)

#: what the mail pipeline was unsure about, for the user to decide
review_items = Table(
    "review_items",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("message_key", String(300), nullable=False, unique=True),
    Column("kind", String(20), nullable=False),
    Column("confidence", Float, nullable=False, server_default="0"),
    Column("why", String(40), nullable=False),  # low_confidence, ambiguous_link, no_match
    #: JSON: the message summary, classification reasons, extraction and link candidates
    Column("payload", Text, nullable=False),
    Column("status", String(20), nullable=False, server_default="open"),
    Column("resolution", Text, nullable=False, server_default=""),
    Column("created_at", DateTime, nullable=False),
    Column("resolved_at", DateTime, nullable=True),
)
Index("ix_review_items_status", review_items.c.status)

#: IMAP accounts (never their passwords: those live in the OS keyring or the environment)
mail_accounts = Table(
    "mail_accounts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(100), nullable=False, unique=True),
    Column("host", String(255), nullable=False),
    Column("port", Integer, nullable=False, server_default="993"),
    Column("username", String(320), nullable=False),
    Column("security", String(10), nullable=False, server_default="ssl"),  # ssl, starttls
    Column("folders", Text, nullable=False, server_default="INBOX"),  # comma separated
    Column("since", Date, nullable=True),
)

#: how far each IMAP folder has been read
imap_folders = Table(
    "imap_folders",
    metadata,
    Column("account", String(100), primary_key=True),
    Column("folder", String(255), primary_key=True),
    Column("uidvalidity", BigInteger, nullable=False),
    Column("last_uid", BigInteger, nullable=False),
    Column("synced_at", DateTime, nullable=False),
)
