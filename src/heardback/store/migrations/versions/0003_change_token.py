"""A change token per opportunity: a random number rewritten by every change to the opportunity
or its events, so caches derived from the whole history (the outlook's personal fits) can tell
cheaply whether anything changed (the sum of the tokens changes).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("opportunities") as batch:
        batch.add_column(
            sa.Column("change_token", sa.BigInteger, nullable=False, server_default="0")
        )


def downgrade() -> None:
    with op.batch_alter_table("opportunities") as batch:
        batch.drop_column("change_token")
