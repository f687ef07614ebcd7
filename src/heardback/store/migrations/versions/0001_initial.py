"""Opportunities, contacts and their event logs.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "opportunities",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("uid", sa.String(64), nullable=False, unique=True),
        sa.Column("company", sa.String(200), nullable=False),
        sa.Column("role", sa.String(200), nullable=False, server_default=""),
        sa.Column("location", sa.String(200), nullable=False, server_default=""),
        sa.Column("url", sa.Text, nullable=False, server_default=""),
        sa.Column("channel", sa.String(20), nullable=True),
        sa.Column("requisition", sa.String(100), nullable=False, server_default=""),
        sa.Column("salary_min", sa.Integer, nullable=True),
        sa.Column("salary_max", sa.Integer, nullable=True),
        sa.Column("currency", sa.String(8), nullable=False, server_default=""),
        sa.Column("notes", sa.Text, nullable=False, server_default=""),
        sa.Column("archived", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("stage", sa.String(20), nullable=False, server_default="saved"),
        sa.Column("last_event_at", sa.DateTime, nullable=True),
    )
    op.create_table(
        "contacts",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("uid", sa.String(64), nullable=False, unique=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("email", sa.String(320), nullable=False, server_default=""),
        sa.Column("company", sa.String(200), nullable=False, server_default=""),
        sa.Column("role", sa.String(20), nullable=False, server_default="other"),
        sa.Column("agency", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("phone", sa.String(50), nullable=False, server_default=""),
        sa.Column("notes", sa.Text, nullable=False, server_default=""),
    )
    op.create_index("ix_contacts_email", "contacts", ["email"])
    op.create_table(
        "opportunity_contacts",
        sa.Column(
            "opportunity_id",
            sa.Integer,
            sa.ForeignKey("opportunities.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "contact_id",
            sa.Integer,
            sa.ForeignKey("contacts.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("role", sa.String(20), nullable=False, server_default="other"),
    )
    op.create_table(
        "events",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("uid", sa.String(64), nullable=False, unique=True),
        sa.Column(
            "opportunity_id",
            sa.Integer,
            sa.ForeignKey("opportunities.id", ondelete="CASCADE"),
            nullable=True,
        ),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.Column("round", sa.Integer, nullable=True),
        sa.Column("final", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("interview_type", sa.String(30), nullable=False, server_default=""),
        sa.Column("duration_minutes", sa.Integer, nullable=True),
        sa.Column("signal", sa.String(30), nullable=True),
        sa.Column("due", sa.Date, nullable=True),
        sa.Column("purpose", sa.String(20), nullable=True),
        sa.Column("contact_ids", sa.String(200), nullable=False, server_default=""),
        sa.Column("text", sa.Text, nullable=False, server_default=""),
        sa.Column("source", sa.String(20), nullable=False, server_default="manual"),
        sa.Column("recorded_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_events_opportunity_at", "events", ["opportunity_id", "at"])
    op.create_index("ix_events_kind_at", "events", ["kind", "at"])


def downgrade() -> None:
    op.drop_table("events")
    op.drop_table("opportunity_contacts")
    op.drop_table("contacts")
    op.drop_table("opportunities")
