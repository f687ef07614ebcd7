"""Bad input: one clear sentence, a non-zero exit code, no traceback, and no data changed."""

from __future__ import annotations

import pytest

from cli_helpers import Session


@pytest.fixture
def s(db_url: str) -> Session:
    session = Session(db_url)
    session.run("add", "Acme", "Data Engineer", "--applied", "2026-11-02")
    session.run("add", "Acme", "Staff Engineer", "--applied", "2026-11-03")
    session.run("add", "Globex", "Backend Engineer", "--applied", "2026-11-04")
    return session


def snapshot(s: Session) -> list[dict[str, object]]:
    return [s.json("show", str(o["id"])) for o in s.json("list", "--archived")]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("show", "Initrode"), "No opportunity matches 'Initrode'"),
        (("show", "Globx"), "Did you mean #3 Globex"),
        (("show", "99"), "There is no opportunity #99"),
        (("log", "acme", "interview"), "'acme' matches 2 opportunities"),
        (("log", "globex", "interview", "--date", "2026-02-30"), "Invalid date '2026-02-30'"),
        (("log", "globex", "interview", "--date", "soon"), "Invalid date 'soon'"),
        (("log", "globex", "interview", "--time", "25:99"), "Invalid time '25:99'"),
        (("log", "globex", "party"), "Unknown event 'party'"),
        (
            ("log", "globex", "offer", "--date", "2026-11-20", "--deadline", "2026-11-10"),
            "deadline 2026-11-10 is before the offer date",
        ),
        (("log", "globex", "decision-date"), "Give the date they promised with --by"),
        (("log", "globex", "applied", "--round", "2"), "describe an interview"),
        (("log", "-", "interview"), "Only a networking touch"),
        (("add", "Initech", "--channel", "carrier-pigeon"), "Unknown channel 'carrier-pigeon'"),
        (("add", "Initech", "--applied", "2026-13-01"), "Invalid application date"),
        (("add", " "), "needs a company name"),
        (("list", "--stage", "limbo"), "Unknown stage 'limbo'"),
        (("list", "--as-of", "31/31/2026"), "Invalid --as-of date"),
        (("edit", "globex"), "Nothing to change"),
        (("edit", "globex", "--salary", "lots"), "Cannot read the salary 'lots'"),
        (("delete", "--event", "12345", "--yes"), "There is no event #12345"),
        (("draft", "globex", "love-letter"), "love_letter"),
        (("settings", "colour"), "Unknown setting 'colour'"),
        (("settings", "target_active", "many"), "expects a whole number"),
        (("export", "--format", "xml"), "Unknown format 'xml'"),
        (("import", "/nonexistent/file.csv"), "There is no file"),
    ],
)
def test_user_errors_are_one_sentence_and_change_nothing(
    s: Session, args: tuple[str, ...], message: str
) -> None:
    before = snapshot(s)
    result = s.run(*args, ok=False)
    assert result.exit_code == 1, result.output
    assert message in result.stderr
    assert result.stderr.startswith("Error: ")
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output
    assert snapshot(s) == before


def test_delete_asks_first_and_keeps_data_when_declined(s: Session) -> None:
    result = s.run("delete", "globex", input="n\n", ok=False)
    assert result.exit_code == 1 and "Nothing deleted" in result.stdout
    assert len(s.json("list")) == 3
    s.run("delete", "globex", input="y\n")
    assert [o["company"] for o in s.json("list")] == ["Acme", "Acme"]


def test_archive_hides_and_restores(s: Session) -> None:
    s.run("archive", "globex")
    assert "Globex" not in [o["company"] for o in s.json("list")]
    assert "Globex" in [o["company"] for o in s.json("list", "--archived")]
    s.run("archive", "globex", "--undo")
    assert "Globex" in [o["company"] for o in s.json("list")]


def test_bad_config_file_is_named_in_the_error(s: Session, heardback_home) -> None:  # type: ignore[no-untyped-def]
    config = heardback_home / "config" / "config.toml"
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text("country = \n")
    result = s.run("today", ok=False)
    assert result.exit_code == 1
    assert "is not valid TOML" in result.stderr and str(config) in result.stderr
    config.write_text('country = "ZZ"\n')
    result = s.run("today", ok=False)
    assert "Unknown country code 'ZZ'" in result.stderr
