"""Quick commands stay quick: what `heardback --help` and `heardback today` import."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = """
import json, sys
sys.argv = ["heardback", *json.loads(sys.argv[1])]
from heardback.cli.main import app
try:
    app()
except SystemExit:
    pass
sys.stderr.write("\\nMODULES=" + json.dumps(sorted(sys.modules)))
"""
HEAVY = ("sqlalchemy", "alembic", "jinja2", "icalendar", "sklearn", "fastapi", "yaml",
         "holidays", "rapidfuzz", "heardback.mail", "heardback.web")  # fmt: skip


def _imported(args: list[str], home: Path) -> set[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HEARDBACK_")}
    env["HEARDBACK_HOME"] = str(home)
    done = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(args)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return set(json.loads(done.stderr.rsplit("MODULES=", 1)[1]))


def _heavy(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if m.split(".")[0] in HEAVY or m.startswith(HEAVY))


def test_help_imports_nothing_heavy(heardback_home: Path) -> None:
    assert _heavy(_imported(["--help"], heardback_home)) == []


def test_today_on_sqlite_imports_nothing_heavy_once_set_up(
    heardback_home: Path, tmp_path: Path
) -> None:
    db = str(tmp_path / "store.sqlite3")
    _imported(["--db", db, "add", "Acme", "--applied", "today"], heardback_home)
    _imported(["--db", db, "today"], heardback_home)  # first run fills the caches
    modules = _imported(["--db", db, "today"], heardback_home)
    if "sqlite3" not in modules:
        pytest.fail("today did not read the store")
    assert _heavy(modules) == []
