"""The Alembic revision this code expects (no SQLAlchemy import: read on the fast path).

A test keeps it equal to the head of ``migrations/versions``.
"""

HEAD_REVISION = "0003"
