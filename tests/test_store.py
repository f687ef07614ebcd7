"""The store: migrations, the stage cache, and failures that must lose nothing."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from cli_helpers import Session
from heardback.domain.records import Event, EventKind, Opportunity
from heardback.errors import StoreUnavailable
from heardback.store.db import Database
from heardback.store.repo import Repo
from heardback.store.schema_version import HEAD_REVISION


def test_schema_is_created_by_migrations_and_matches_the_tables(db_url: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from alembic.script import ScriptDirectory

    from heardback.store.schema import metadata

    db = Database(db_url)
    db.ensure_schema()
    assert db.current_revision() == HEAD_REVISION
    folder = Path(__file__).parents[1] / "src/heardback/store/migrations"
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(folder))
    assert ScriptDirectory.from_config(cfg).get_current_head() == HEAD_REVISION
    with db.engine().connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []
    db.dispose()


def test_stage_cache_follows_every_event_change(db_url: str) -> None:
    db = Database(db_url)
    with db.begin() as conn:
        repo = Repo(conn)
        oid = repo.add_opportunity(Opportunity("Acme", "Engineer"))
        repo.add_event(Event(EventKind.APPLIED, datetime(2026, 10, 1, 9), opportunity_id=oid))
        rejected = repo.add_event(
            Event(EventKind.REJECTED, datetime(2026, 10, 9, 9), opportunity_id=oid)
        )
    with db.dbapi() as (conn, _style):
        cur = conn.cursor()
        cur.execute(f"SELECT stage FROM opportunities WHERE id = {oid}")
        assert cur.fetchone()[0] == "rejected"
    with db.begin() as conn:
        Repo(conn).delete_event(rejected)
    with db.dbapi() as (conn, _style):
        cur = conn.cursor()
        cur.execute(f"SELECT stage FROM opportunities WHERE id = {oid}")
        assert cur.fetchone()[0] == "applied"
    db.dispose()


def test_a_failed_transaction_leaves_nothing_behind(db_url: str) -> None:
    db = Database(db_url)
    with pytest.raises(RuntimeError), db.begin() as conn:
        Repo(conn).add_opportunity(Opportunity("Half-written", ""))
        raise RuntimeError("crash in the middle")
    with db.begin() as conn:
        assert Repo(conn).count_opportunities() == 0
    db.dispose()


def _sqlite_only(db_url: str) -> Path:
    if not db_url.startswith("sqlite:///"):
        pytest.skip("SQLite file behaviour")
    return Path(db_url.removeprefix("sqlite:///"))


def test_locked_database_gives_a_clear_error_and_changes_nothing(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _sqlite_only(db_url)
    s = Session(db_url)
    s.run("add", "Acme", "Engineer", "--applied", "2026-11-02")
    monkeypatch.setenv("HEARDBACK_BUSY_TIMEOUT_MS", "200")
    other = sqlite3.connect(path)
    other.execute("BEGIN EXCLUSIVE")
    try:
        result = s.run("log", "acme", "interview", "--date", "2026-11-10", ok=False)
    finally:
        other.rollback()
        other.close()
    assert result.exit_code == 3
    assert "locked by another program" in result.stderr
    assert "Traceback" not in result.output
    events = s.json("show", "acme")["events"]
    assert [e["kind"] for e in events] == ["applied"]


def test_unwritable_database_path_is_reported(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    s = Session(str(blocker / "sub" / "heardback.sqlite3"))
    result = s.run("list", ok=False)
    assert result.exit_code == 3
    assert "Cannot create the folder" in result.stderr


def test_database_from_a_newer_version_is_refused(db_url: str) -> None:
    path = _sqlite_only(db_url)
    Session(db_url).run("list")
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(StoreUnavailable, match="newer heardback"):
        Database(db_url).ensure_schema()


def test_backup_while_in_use_is_a_consistent_copy(db_url: str, tmp_path: Path) -> None:
    path = _sqlite_only(db_url)
    s = Session(db_url)
    s.run("add", "Acme", "Engineer", "--applied", "2026-11-02")
    reader = sqlite3.connect(path)
    reader.execute("BEGIN")  # another program is reading the file right now
    reader.execute("SELECT count(*) FROM events").fetchone()
    try:
        out = s.run("backup", str(tmp_path / "copy.sqlite3")).stdout
    finally:
        reader.close()
    assert "Backed up" in out
    copy = Session(str(tmp_path / "copy.sqlite3"))
    assert [o["company"] for o in copy.json("list")] == ["Acme"]
    again = s.run("backup", str(tmp_path / "copy.sqlite3"), ok=False)
    assert again.exit_code == 1 and "already exists" in again.stderr


def test_upgrading_an_older_database_keeps_its_data(db_url: str) -> None:
    from alembic import command
    from alembic.config import Config

    db = Database(db_url)
    cfg = Config()
    cfg.set_main_option(
        "script_location", str(Path(__file__).parents[1] / "src/heardback/store/migrations")
    )
    with db.engine().begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    with db.engine().begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO opportunities (uid, company, role, created_at, stage) "
            "VALUES ('u1', 'Acme', 'Engineer', '2026-10-01 09:00:00', 'applied')"
        )
    db.dispose()
    assert Database(db_url).current_revision() == "0001"
    s = Session(db_url)
    assert [o["company"] for o in s.json("list")] == ["Acme"]  # upgraded on first use
    assert Database(db_url).current_revision() == HEAD_REVISION
    s.run("log", "acme", "interview", "--date", "2026-10-05")
    assert s.json("show", "acme")["stage"] == "interviewing"
