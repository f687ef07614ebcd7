"""Opening the store: SQLite (default, a file in the data directory) or PostgreSQL.

SQLite runs in WAL mode with a busy timeout so the CLI and a running server can share one file.
The schema is created and upgraded by Alembic. Reads on the hot path (``heardback today``) go
through the plain DB-API connection (``sqlite3`` for SQLite) so that a quick command does not pay
for importing SQLAlchemy; writes and everything else use SQLAlchemy Core.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from heardback.errors import StoreUnavailable, UserError
from heardback.store.schema_version import HEAD_REVISION

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine

SQLITE_PREFIX = "sqlite:///"


def url_for(value: str) -> str:
    """A ``--db`` value: a SQLAlchemy URL, or a path to a SQLite file."""
    if "://" in value:
        if value.startswith("postgres://") or value.startswith("postgresql://"):
            return "postgresql+psycopg://" + value.split("://", 1)[1]
        return value
    return SQLITE_PREFIX + str(Path(value).expanduser().resolve())


def describe(url: str) -> str:
    """The URL without its password, for messages and logs."""
    if url.startswith("sqlite"):
        return url[len(SQLITE_PREFIX) :] if url.startswith(SQLITE_PREFIX) else url
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


class Database:
    def __init__(self, url: str, busy_timeout_ms: int = 5000) -> None:
        if url.startswith("sqlite") and not url.startswith(SQLITE_PREFIX):
            raise UserError(f"Use a SQLite URL with a file path (sqlite:///path), got {url!r}.")
        if url.startswith(SQLITE_PREFIX) and url[len(SQLITE_PREFIX) :] in ("", ":memory:"):
            raise UserError("An in-memory SQLite database would lose everything; give a file.")
        self.url = url
        self.busy_timeout_ms = busy_timeout_ms
        self._engine: Engine | None = None
        self._schema_checked = False

    @property
    def is_sqlite(self) -> bool:
        return self.url.startswith(SQLITE_PREFIX)

    @property
    def sqlite_path(self) -> Path:
        return Path(self.url[len(SQLITE_PREFIX) :])

    @property
    def label(self) -> str:
        return describe(self.url)

    # -- SQLAlchemy ---------------------------------------------------------------------------
    def engine(self) -> Engine:
        if self._engine is None:
            from sqlalchemy import create_engine, event

            if self.is_sqlite:
                self._prepare_sqlite_file()
                engine = create_engine(
                    self.url, connect_args={"timeout": self.busy_timeout_ms / 1000}
                )
                timeout = self.busy_timeout_ms

                @event.listens_for(engine, "connect")
                def _pragmas(dbapi_conn: Any, _record: Any) -> None:
                    cursor = dbapi_conn.cursor()
                    cursor.execute(f"PRAGMA busy_timeout = {int(timeout)}")
                    cursor.execute("PRAGMA journal_mode = WAL")
                    cursor.execute("PRAGMA synchronous = NORMAL")
                    cursor.execute("PRAGMA foreign_keys = ON")
                    cursor.close()

            else:
                engine = create_engine(self.url, pool_pre_ping=True)
            self._engine = engine
        return self._engine

    def _prepare_sqlite_file(self) -> None:
        path = self.sqlite_path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreUnavailable(
                f"Cannot create the folder {path.parent} for the database: {exc.strerror}."
            ) from None
        if path.is_dir():
            raise StoreUnavailable(f"The database path {path} is a folder, not a file.")

    @contextmanager
    def begin(self) -> Iterator[Connection]:
        """A transaction: everything in it is committed together or not at all."""
        self.ensure_schema()
        with translate_errors(self), self.engine().begin() as conn:
            yield conn

    def ensure_schema(self) -> None:
        """Create or upgrade the schema if it is not at the revision this code expects."""
        if self._schema_checked:
            return
        revision = self.current_revision()
        if revision != HEAD_REVISION:
            if revision is not None and not _known_revision(revision):
                raise StoreUnavailable(
                    f"The database {self.label} was written by a newer heardback "
                    f"(schema {revision}); upgrade heardback to use it."
                )
            self.migrate()
        self._schema_checked = True

    def current_revision(self) -> str | None:
        with self.dbapi() as (conn, _style):
            cursor = conn.cursor()
            try:
                cursor.execute("SELECT version_num FROM alembic_version")
                row = cursor.fetchone()
            except Exception as exc:
                if _missing_table(exc):
                    conn.rollback()
                    return None
                raise
            finally:
                cursor.close()
        return str(row[0]) if row else None

    def migrate(self) -> None:
        from alembic import command
        from alembic.config import Config

        cfg = Config()
        cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
        with translate_errors(self), self.engine().begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")

    # -- plain DB-API (hot read path) -----------------------------------------------------------
    @contextmanager
    def dbapi(self) -> Iterator[tuple[Any, str]]:
        """A DB-API connection and its parameter style ('qmark' or 'format')."""
        with translate_errors(self):
            if self.is_sqlite:
                path = self.sqlite_path
                if not path.exists():
                    self._prepare_sqlite_file()
                conn = sqlite3.connect(path, timeout=self.busy_timeout_ms / 1000)
                try:
                    conn.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout_ms)}")
                    yield conn, "qmark"
                finally:
                    conn.close()
            else:
                raw = self.engine().raw_connection()
                try:
                    yield raw, "format"
                finally:
                    raw.close()

    def dispose(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None


def _known_revision(revision: str) -> bool:
    folder = Path(__file__).parent / "migrations" / "versions"
    return any(p.name.startswith(revision + "_") for p in folder.glob("*.py"))


def _missing_table(exc: Exception) -> bool:
    text = str(exc).lower()
    return "no such table" in text or ("relation" in text and "does not exist" in text)


@contextmanager
def translate_errors(db: Database) -> Iterator[None]:
    """Turn driver errors about the store itself into one readable sentence."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        raise _unavailable(db, exc) from None
    except Exception as exc:
        sa_exc = sys.modules.get("sqlalchemy.exc")
        if sa_exc is not None and isinstance(exc, sa_exc.OperationalError):
            raise _unavailable(db, exc.orig if exc.orig is not None else exc) from None
        raise


def _unavailable(db: Database, exc: BaseException) -> StoreUnavailable:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    low = text.lower()
    if "locked" in low or "busy" in low:
        return StoreUnavailable(
            f"The database {db.label} is locked by another program (another heardback "
            "command or the server); try again in a moment."
        )
    if "unable to open" in low or "readonly" in low or "read-only" in low:
        return StoreUnavailable(f"Cannot open the database {db.label} for writing: {text}.")
    if not db.is_sqlite:
        return StoreUnavailable(f"Cannot use the database {db.label}: {text}.")
    return StoreUnavailable(f"The database {db.label} failed: {text}.")
