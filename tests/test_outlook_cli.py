"""`heardback outlook` and the outlook in `show`, through the CLI on a real store."""

from __future__ import annotations

from cli_helpers import Session


def _search(db_url: str) -> Session:
    s = Session(db_url)
    s.run("add", "Northwind", "Data Engineer", "--applied", "2026-10-01", "--channel", "referral")
    s.run("log", "northwind", "interview", "--date", "2026-11-02", "--final")
    s.run("log", "northwind", "did-well", "--date", "2026-11-02")
    return s


def test_outlook_for_a_quiet_final_round(db_url: str) -> None:
    s = _search(db_url)
    early = s.json("outlook", "northwind", "--as-of", "2026-11-05")
    late = s.json("outlook", "northwind", "--as-of", "2026-12-10")
    assert early["stage"] == "final_round" and early["silent_days"] == 3
    assert 0 <= late["p_hear_back"] < early["p_hear_back"] <= 1
    assert late["p_offer"] <= late["p_hear_back"]
    assert early["reasons"][0]["code"] == "other_candidates"
    (did_well,) = [x for x in early["signals"] if x["signal"] == "did_well"]
    assert did_well["effect"] == "none" and "no weight" in did_well["why"].lower()
    assert early["sources"] and early["history_used"] == 0
    assert any("follow up" in a["title"].lower() for a in late["next"])

    text = s.run("outlook", "northwind", "--as-of", "2026-11-20").stdout
    assert "you are here (day 18)" in text
    assert "Chance you will still hear back" in text and "Sources:" in text
    shown = s.run("show", "northwind", "--as-of", "2026-11-20").stdout
    assert "chance of still hearing back" in shown


def test_a_promised_date_moves_the_window(db_url: str) -> None:
    s = _search(db_url)
    plain = s.json("outlook", "northwind", "--as-of", "2026-11-05")
    s.run("log", "northwind", "decision-date", "--date", "2026-11-02", "--by", "2026-11-30")
    promised = s.json("outlook", "northwind", "--as-of", "2026-11-05")
    assert promised["decision_date"] == "2026-11-30"
    assert promised["typical_days"]["p50"] > plain["typical_days"]["p50"]


def test_what_if_questions_and_their_errors(db_url: str) -> None:
    s = Session(db_url)
    data = s.json("outlook", "--stage", "applied", "--silent-days", "20", "--channel", "easy_apply")
    assert data["stage"] == "applied" and data["p_hear_back"] < 0.5
    bad = s.run("outlook", "--stage", "dormant", "--silent-days", "3", ok=False)
    assert bad.exit_code == 1 and bad.stderr.startswith("Error: ")
    none = s.run("outlook", ok=False)
    assert none.exit_code == 1 and "--stage and --silent-days" in none.stderr
    s.run("add", "Acme", "Engineer", "--applied", "2026-10-01")
    s.run("log", "acme", "rejected", "--date", "2026-10-10")
    closed = s.run("outlook", "acme", ok=False)
    assert closed.exit_code == 1 and "Acme" in closed.stderr
