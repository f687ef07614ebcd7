"""Mail: the processed-message ledger, the review queue, IMAP accounts and sync state, and the
link from an event back to the message it was read from.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("message_key", sa.String(300), nullable=True))
        batch.add_column(sa.Column("evidence", sa.Text, nullable=False, server_default=""))
    op.create_table(
        "mail_ledger",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("message_key", sa.String(300), nullable=False, unique=True),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("source", sa.Text, nullable=False, server_default=""),
        sa.Column("source_key", sa.String(300), nullable=False, server_default=""),
        sa.Column("received_at", sa.DateTime, nullable=True),
        sa.Column("sender", sa.String(320), nullable=False, server_default=""),
        sa.Column("subject", sa.Text, nullable=False, server_default=""),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("confidence", sa.Float, nullable=False, server_default="0"),
        sa.Column("outcome", sa.String(20), nullable=False),
        sa.Column("opportunity_id", sa.Integer, nullable=True),
        sa.Column("processed_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_mail_ledger_hash", "mail_ledger", ["content_hash"])
    op.create_table(
        "review_items",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("message_key", sa.String(300), nullable=False, unique=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("confidence", sa.Float, nullable=False, server_default="0"),
        sa.Column("why", sa.String(40), nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("status", sa.String(20), nullable=False, server_default="open"),
        sa.Column("resolution", sa.Text, nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("resolved_at", sa.DateTime, nullable=True),
    )
    op.create_index("ix_review_items_status", "review_items", ["status"])
    op.create_table(
        "mail_accounts",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(100), nullable=False, unique=True),
        sa.Column("host", sa.String(255), nullable=False),
        sa.Column("port", sa.Integer, nullable=False, server_default="993"),
        sa.Column("username", sa.String(320), nullable=False),
        sa.Column("security", sa.String(10), nullable=False, server_default="ssl"),
        sa.Column("folders", sa.Text, nullable=False, server_default="INBOX"),
        sa.Column("since", sa.Date, nullable=True),
    )
    op.create_table(
        "imap_folders",
        sa.Column("account", sa.String(100), primary_key=True),
        sa.Column("folder", sa.String(255), primary_key=True),
        sa.Column("uidvalidity", sa.BigInteger, nullable=False),
        sa.Column("last_uid", sa.BigInteger, nullable=False),
        sa.Column("synced_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("imap_folders")
    op.drop_table("mail_accounts")
    op.drop_index("ix_review_items_status", "review_items")
    op.drop_table("review_items")
    op.drop_index("ix_mail_ledger_hash", "mail_ledger")
    op.drop_table("mail_ledger")
    with op.batch_alter_table("events") as batch:
        batch.drop_column("evidence")
        batch.drop_column("message_key")
