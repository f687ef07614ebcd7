"""Shared fixtures: a private heardback home per test, and the store to test against.

Set HEARDBACK_TEST_DB=postgresql to run the suite against the PostgreSQL server on this machine
(127.0.0.1:5432, database ``test``): each test then gets a schema of its own, dropped afterwards.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

PG_BASE = os.environ.get(
    "HEARDBACK_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
BACKEND = os.environ.get("HEARDBACK_TEST_DB", "sqlite")


@pytest.fixture(autouse=True)
def heardback_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Config, data and cache in a temporary folder; no setting leaks in from the environment."""
    home = tmp_path / "home"
    for key in list(os.environ):
        if key.startswith("HEARDBACK_") and not key.startswith("HEARDBACK_TEST"):
            monkeypatch.delenv(key)
    monkeypatch.setenv("HEARDBACK_HOME", str(home))
    return home


@pytest.fixture
def db_url(tmp_path: Path) -> Iterator[str]:
    """A fresh, empty store: a SQLite file, or a PostgreSQL schema of its own."""
    if BACKEND == "sqlite":
        yield f"sqlite:///{tmp_path / 'heardback.sqlite3'}"
        return
    import psycopg

    schema = f"t_{uuid.uuid4().hex[:12]}"
    plain = PG_BASE.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield f"{PG_BASE}?options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(plain, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')
