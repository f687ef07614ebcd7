"""The agenda timed by the outlook, through the CLI: the country and the user's own finished
processes move the first follow-up (and the agenda says why), every waiting action carries the
chance of still hearing back, and the cached personal fits never change an answer."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from cli_helpers import Session


def follow_up(s: Session, day: str, company: str) -> dict:
    items = [
        a
        for a in s.json("today", "--as-of", day, "--all")["actions"]
        if a["kind"] == "follow_up" and a["company"] == company
    ]
    assert len(items) == 1, items
    return items[0]


def test_a_slower_country_moves_the_follow_up_and_says_why(
    db_url: str, heardback_home: Path
) -> None:
    s = Session(db_url)
    s.run("settings", "agenda_horizon_days", "30")  # see the due dates from the interview on
    s.run("add", "Acme", "Engineer", "--applied", "2026-10-05")
    s.run("log", "acme", "interview", "--date", "2026-11-02")
    us = follow_up(s, "2026-11-03", "Acme")
    assert us["due"] == "2026-11-17"  # 10 business days, Veterans Day skipped
    assert 0 < us["outlook"]["p_hear_back"] < 1 and us["outlook"]["pace_because"] == ""
    s.run("settings", "country", "DE")  # Glassdoor: German processes take longer than US ones
    de = follow_up(s, "2026-11-03", "Acme")
    assert de["due"] > "2026-11-17"
    assert "hiring in DE" in de["reason"] and "instead of 10" in de["reason"]
    text = s.run("today", "--as-of", "2026-11-03", "--all").stdout
    assert "hiring in DE" in " ".join(text.split())
    assert "chance of still hearing back" in text
    s.run("settings", "timing_from_outlook", "false")
    fixed = follow_up(s, "2026-11-03", "Acme")
    assert "outlook" not in fixed and "hiring in DE" not in fixed["reason"]


def test_your_own_finished_processes_time_the_follow_up(db_url: str, heardback_home: Path) -> None:
    s = Session(db_url)
    s.run("settings", "agenda_horizon_days", "30")  # see the due dates from the interview on
    s.run("add", "Acme", "Engineer", "--applied", "2026-10-05")
    s.run("log", "acme", "interview", "--date", "2026-11-02")
    before = follow_up(s, "2026-11-03", "Acme")
    # twelve earlier processes where the answer after an interview took five to six weeks
    for i in range(12):
        name = f"Past{i:02d}"
        s.run("add", name, "Engineer", "--applied", "2025-01-06")
        s.run("log", name.lower(), "interview", "--date", "2025-01-20")
        s.run("log", name.lower(), "rejected", "--date", f"2025-03-{2 + i:02d}")
    after = follow_up(s, "2026-11-03", "Acme")
    assert after["due"] > before["due"]
    assert "your own 12 earlier waits" in after["reason"]
    assert after["outlook"]["history_used"] == 12
    shown = s.json("show", "acme", "--as-of", "2026-11-03")["actions"]
    assert [a["outlook"]["history_used"] for a in shown if a["kind"] == "follow_up"] == [12]
    # the open process does not count as its own history; the outlook page agrees with today
    page = s.json("outlook", "acme", "--as-of", "2026-11-03")
    assert page["history_used"] == 12
    assert [n["due"] for n in page["next"] if "Follow up" in n["title"]] == [after["due"]]


def test_cached_fits_give_the_same_agenda_and_follow_changes(
    db_url: str, heardback_home: Path
) -> None:
    """Today's agenda (the cache follows finished processes only; past dates follow all)."""
    s = Session(db_url)
    s.run("settings", "agenda_horizon_days", "30")  # see the due dates from the interview on
    today = date.today()
    for i in range(6):
        s.run("add", f"Past{i}", "Engineer", "--applied", "2025-01-06")
        s.run("log", f"past{i}", "interview", "--date", "2025-01-20")
        s.run("log", f"past{i}", "rejected", "--date", "2025-02-25")
    s.run("add", "Acme", "Engineer", "--applied", str(today - timedelta(days=30)))
    s.run("log", "acme", "interview", "--date", str(today - timedelta(days=1)))
    first = s.json("today")
    caches = list((heardback_home / "cache").glob("outlook-fits-*.json"))
    assert len(caches) == 1
    assert s.json("today") == first  # from the cache
    key = json.loads(caches[0].read_text())["key"]
    caches[0].unlink()
    assert s.json("today") == first  # recomputed: the same
    # logging on the open process changes no one's history: the cached fits stay valid
    s.run("log", "acme", "note", "--date", str(today - timedelta(days=1)), "--note", "portfolio")
    s.json("today")
    assert json.loads(caches[0].read_text())["key"] == key
    # another finished process changes the history, and the cache notices
    s.run("add", "Past6", "Engineer", "--applied", "2025-01-06")
    s.run("log", "past6", "interview", "--date", "2025-01-20")
    s.run("log", "past6", "rejected", "--date", "2025-02-25")
    assert json.loads(caches[0].read_text())["key"] == key  # not read yet
    items = [a for a in s.json("today")["actions"] if a["kind"] == "follow_up"]
    assert json.loads(caches[0].read_text())["key"] != key
    assert items and "your own 7 earlier waits" in items[0]["reason"]


def test_withdrawing_with_an_interview_still_scheduled_refreshes_the_history(
    db_url: str, heardback_home: Path
) -> None:
    """A process with future events can finish without its cached stage changing."""
    s = Session(db_url)
    s.run("settings", "agenda_horizon_days", "30")
    today = date.today()
    for i in range(3):
        s.run("add", f"Past{i}", "Engineer", "--applied", "2025-01-06")
        s.run("log", f"past{i}", "interview", "--date", "2025-01-20")
        s.run("log", f"past{i}", "rejected", "--date", "2025-02-25")
    s.run("add", "Acme", "Engineer", "--applied", str(today - timedelta(days=30)))
    s.run("log", "acme", "interview", "--date", str(today - timedelta(days=1)))
    s.run("add", "Wex", "Engineer", "--applied", str(today - timedelta(days=60)))
    s.run("log", "wex", "interview", "--date", str(today - timedelta(days=50)))
    s.run("log", "wex", "interview", "--date", str(today + timedelta(days=3)))

    def acme() -> str:
        items = [a for a in s.json("today")["actions"] if a["company"] == "Acme"]
        return next(a["reason"] for a in items if a["kind"] == "follow_up")

    assert "your own 3 earlier waits" in acme()
    s.run("log", "wex", "withdrawn", "--date", str(today))
    assert "your own 4 earlier waits" in acme()


def test_outlook_leaves_out_the_archived_process_it_explains(
    db_url: str, heardback_home: Path
) -> None:
    s = Session(db_url)
    s.run("add", "Acme", "Engineer", "--applied", "2026-10-01")
    s.run("log", "acme", "interview", "--date", "2026-10-20")
    before = s.json("outlook", "acme", "--as-of", "2026-11-03")
    s.run("archive", "acme")
    after = s.json("outlook", "acme", "--as-of", "2026-11-03")
    assert before["history_used"] == after["history_used"] == 0
    assert after["p_hear_back"] == before["p_hear_back"]


def test_a_damaged_cache_file_is_recomputed(db_url: str, heardback_home: Path) -> None:
    s = Session(db_url)
    s.run("add", "Acme", "Engineer", "--applied", str(date.today() - timedelta(days=3)))
    first = s.json("today")
    for junk in ("null", "[1]", "{not json"):
        for cache in (heardback_home / "cache").glob("outlook-fits-*.json"):
            cache.write_text(junk)
        assert s.json("today") == first
