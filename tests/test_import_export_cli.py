"""Importing and exporting through the CLI, on a real store (SQLite, or PostgreSQL)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from cli_helpers import Session
from heardback.domain.records import Event, EventKind
from heardback.store.db import Database
from heardback.store.repo import Repo

CSV = Path(__file__).parent / "data" / "csv"


def test_spreadsheet_import_builds_a_board_and_is_idempotent(db_url: str) -> None:
    s = Session(db_url)
    report = s.json("import", str(CSV / "google_sheets.csv"))
    assert report["imported"] and report["errors"] == []
    created = report["opportunities_created"]
    assert created >= 15
    board = {o["company"]: o for o in s.json("list", "--archived")}
    assert board["Northwind Analytics"]["stage"] == "rejected"
    assert board["Northwind Analytics"]["channel"] == "easy_apply"
    assert board["Bluefin Health"]["channel"] == "referral"
    assert board["Helix Robotics"]["stage"] == "interviewing"
    bluefin = s.json("show", str(board["Bluefin Health"]["id"]))
    assert "Dana Whitfield" in [c["name"] for c in bluefin["contacts"]]
    assert bluefin["applied"] == "2026-01-08"

    again = s.json("import", str(CSV / "google_sheets.csv"))
    assert again["opportunities_created"] == 0
    assert again["duplicates_skipped"] == created
    assert len(s.json("list", "--archived")) == len(board)


def test_one_bad_row_imports_nothing_unless_skipped(db_url: str) -> None:
    s = Session(db_url)
    result = s.run("import", str(CSV / "bad_rows.csv"), ok=False)
    assert result.exit_code == 1
    assert "Row 2" in result.stderr and "2026-02-30" in result.stderr
    assert "Nothing was imported" in result.stderr
    assert s.json("list", "--archived") == []

    dry = s.json("import", str(CSV / "bad_rows.csv"), "--skip-bad", "--dry-run")
    assert dry["dry_run"] and not dry["imported"] and dry["opportunities_created"] > 0
    assert s.json("list", "--archived") == []

    report = s.json("import", str(CSV / "bad_rows.csv"), "--skip-bad")
    assert report["bad_rows_skipped"] == len({e.split(",")[0] for e in report["errors"]})
    companies = {o["company"] for o in s.json("list", "--archived")}
    assert "Umbrella Health" in companies and "Acme Corp" not in companies


def test_column_mapping_and_unknown_columns(db_url: str, tmp_path: Path) -> None:
    sheet = tmp_path / "mine.csv"
    sheet.write_text("Employer Name;Position;Sent\nAcme;Data Engineer;04.03.2026\n", "utf-8")
    s = Session(db_url)
    missing = s.run("import", str(sheet), "--map", "Employer=company", ok=False)
    assert missing.exit_code == 1 and "Employer" in missing.stderr
    s.run("import", str(sheet), "--map", "Employer Name=company", "--map", "Sent=applied")
    (acme,) = s.json("list")
    assert (acme["company"], acme["role"], acme["applied"]) == (
        "Acme",
        "Data Engineer",
        "2026-03-04",
    )


def test_not_a_spreadsheet_is_refused_cleanly(db_url: str, tmp_path: Path) -> None:
    junk = tmp_path / "photo.csv"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    s = Session(db_url)
    result = s.run("import", str(junk), ok=False)
    assert result.exit_code == 1 and result.stderr.startswith("Error: ")
    assert "Traceback" not in result.output


def test_json_export_then_import_into_an_empty_store_reproduces_everything(
    db_url: str, tmp_path: Path
) -> None:
    s = Session(db_url)
    s.run("demo")  # a rich workspace: contacts, interviews, signals, offers, networking
    exported = s.run("export", "--format", "json").stdout
    data = json.loads(exported)
    assert data["format"] == "heardback"
    (tmp_path / "all.json").write_text(exported, "utf-8")

    fresh = Session(f"sqlite:///{tmp_path / 'fresh.sqlite3'}")
    report = fresh.json("import", str(tmp_path / "all.json"))
    assert report["imported"] and report["opportunities_created"] == len(data["opportunities"])
    again = json.loads(fresh.run("export", "--format", "json").stdout)
    for blob in (data, again):
        blob.pop("exported_at")
    assert again == data

    def views(session: Session) -> list[object]:
        return [
            session.json("show", str(o["id"]), "--as-of", "2026-11-22")
            for o in session.json("list", "--archived")
        ]

    assert views(fresh) == views(s)
    assert fresh.today("2026-11-22") == s.today("2026-11-22")
    # importing the same export again adds nothing
    assert fresh.json("import", str(tmp_path / "all.json"))["opportunities_created"] == 0


def test_a_crash_mid_import_leaves_nothing_and_a_rerun_completes(
    db_url: str, tmp_path: Path
) -> None:
    s = Session(db_url)
    s.run("import", str(CSV / "google_sheets.csv"))
    (tmp_path / "all.json").write_text(s.run("export").stdout, "utf-8")
    target = f"sqlite:///{tmp_path / 'target.sqlite3'}"
    db = Database(target)

    class Crash(Exception):
        pass

    original = Repo.add_events
    calls = {"n": 0}

    def crashing(self: Repo, batch: object) -> None:
        calls["n"] += 1
        if calls["n"] == 5:
            raise Crash("power cut")
        original(self, batch)  # type: ignore[arg-type]

    from heardback import importer
    from heardback.services import Context
    from heardback.settings import Settings

    ctx = Context(Settings(env={}, file_values={}), db)
    Repo.add_events = crashing  # type: ignore[method-assign]
    try:
        try:
            importer.import_json(ctx, tmp_path / "all.json")
        except Crash:
            pass
        else:
            raise AssertionError("the import should have crashed")
    finally:
        Repo.add_events = original  # type: ignore[method-assign]
    assert Session(target).json("list", "--archived") == []
    importer.import_json(ctx, tmp_path / "all.json")
    db.dispose()
    assert len(Session(target).json("list", "--archived")) == len(s.json("list", "--archived"))


def test_csv_export_reimports_to_the_same_board(db_url: str, tmp_path: Path) -> None:
    s = Session(db_url)
    s.run("import", str(CSV / "google_sheets.csv"))
    out = tmp_path / "board.csv"
    s.run("export", "--format", "csv", "--output", str(out))
    fresh = Session(f"sqlite:///{tmp_path / 'fresh.sqlite3'}")
    fresh.run("import", str(out))

    def board(session: Session) -> list[tuple[object, ...]]:
        return sorted(
            (o["company"], o["role"], o["stage"], o["channel"], o["applied"])
            for o in session.json("list", "--archived")
        )

    assert board(fresh) == board(s)


def test_backup_on_postgresql_is_a_json_export(db_url: str, tmp_path: Path) -> None:
    s = Session(db_url)
    s.run("add", "Acme", "Engineer", "--applied", "2026-11-02")
    s.run("backup", str(tmp_path / "copy"))
    copy = tmp_path / "copy"
    if db_url.startswith("sqlite"):
        assert Session(str(copy)).json("list")[0]["company"] == "Acme"
    else:
        data = json.loads(copy.read_text("utf-8"))
        assert [o["company"] for o in data["opportunities"]] == ["Acme"]
    shutil.rmtree(tmp_path / "nothing", ignore_errors=True)


def test_networking_without_an_opportunity_survives_a_round_trip(
    db_url: str, tmp_path: Path
) -> None:
    s = Session(db_url)
    s.run("log", "-", "networking", "--date", "2026-11-20", "--note", "coffee with Sam")
    (tmp_path / "x.json").write_text(s.run("export").stdout, "utf-8")
    fresh_db = Database(f"sqlite:///{tmp_path / 'fresh.sqlite3'}")
    Session(fresh_db.url).run("import", str(tmp_path / "x.json"))
    with fresh_db.begin() as conn:
        loose = Repo(conn).unattached_events()
    fresh_db.dispose()
    assert [(e.kind, e.text) for e in loose] == [(EventKind.NETWORKING, "coffee with Sam")]
    assert isinstance(loose[0], Event)
