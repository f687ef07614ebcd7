"""A realistic two-month search driven through the CLI, checked at several --as-of dates.

Runs on a real SQLite file, and on PostgreSQL with HEARDBACK_TEST_DB=postgresql.
"""

from __future__ import annotations

from cli_helpers import Session, titles


def test_two_month_search(db_url: str) -> None:
    s = Session(db_url)
    s.run("add", "Acme", "Data Engineer", "--applied", "2026-09-07", "--channel", "job_board")
    s.run(
        "add", "Globex", "Backend Engineer", "--applied", "2026-09-08",
        "--referrer", "Priya Raman <priya@example.org>", "--location", "Chicago",
        "--salary", "$150k-170k",
    )  # fmt: skip
    s.run("add", "Initech", "Platform Engineer", "--applied", "2026-09-09", "--channel",
          "easy-apply")  # fmt: skip

    globex = s.json("show", "globex")
    assert globex["channel"] == "referral"  # a referrer makes it a referral
    assert globex["salary_min"] == 150000 and globex["salary_max"] == 170000
    assert [c["name"] for c in globex["contacts"]] == ["Priya Raman"]

    s.run(
        "log",
        "globex",
        "screen",
        "--date",
        "2026-09-15",
        "--with",
        "Tom Becker <tom@globex.example>",
    )
    s.run(
        "log", "globex", "interview", "--date", "2026-09-22", "--time", "14:00", "--round", "2",
        "--with", "Dana Smith <dana@globex.example>", "--with", "Lee Chen <lee@globex.example>",
    )  # fmt: skip
    s.run("log", "globex", "decision-date", "--by", "2026-10-02", "--date", "2026-09-22")

    day = s.today("2026-09-22")
    thanks = titles(day, "thank_you")
    assert thanks == ["Send a thank-you note to Dana Smith", "Send a thank-you note to Lee Chen"]
    # Acme: applied on Labor Day, 7 business days later is Wed 16 Sep; overdue by the 22nd
    acme = [a for a in day["actions"] if a["kind"] == "follow_up" and a["company"] == "Acme"]
    assert [(a["due"], a["urgency"]) for a in acme] == [("2026-09-16", "overdue")]

    s.run("log", "globex", "thank-you", "--date", "2026-09-23", "--with", "dana@globex.example")
    s.run("log", "acme", "follow-up", "--date", "2026-09-23")
    assert titles(s.today("2026-09-23"), "thank_you") == ["Send a thank-you note to Lee Chen"]
    s.run("log", "globex", "thank-you", "--date", "2026-09-23", "--with", "Lee Chen")
    s.run("log", "acme", "rejected", "--date", "2026-09-25")

    # the decision was promised for Fri 2 Oct: follow up Monday 5 Oct, not before
    early = s.today("2026-10-01")["actions"]
    assert [(a["kind"], a["urgency"]) for a in early if a["company"] == "Globex"] == [
        ("follow_up", "upcoming")
    ]
    monday = [a for a in s.today("2026-10-05")["actions"] if a["company"] == "Globex"]
    assert [(a["kind"], a["urgency"]) for a in monday] == [("follow_up", "due")]
    assert "decide by" in monday[0]["reason"]

    s.run("log", "globex", "follow-up", "--date", "2026-10-05")
    # invited on the 8th to a final round on the 14th: nothing to chase while it is scheduled
    s.run("log", "globex", "interview", "--date", "2026-10-14", "--time", "10:00", "--final",
          "--with", "Dana Smith")  # fmt: skip
    oct9 = s.today("2026-10-09")
    assert [a["kind"] for a in oct9["actions"] if a["company"] == "Globex"] == ["interview"]

    s.run("add", "Hooli", "Data Engineer", "--applied", "2026-10-05", "--channel", "direct")
    s.run("log", "hooli", "interview", "--date", "2026-10-15")
    s.run("log", "hooli", "offer", "--date", "2026-10-21", "--deadline", "2026-10-28",
          "--note", "140k base")  # fmt: skip
    oct21 = s.today("2026-10-21")
    expedite = [a for a in oct21["actions"] if a["kind"] == "expedite"]
    assert [a["company"] for a in expedite] == ["Globex"]  # Initech only applied: not asked
    assert any(a["kind"] == "offer_deadline" and a["company"] == "Hooli" for a in oct21["actions"])
    warnings = " ".join(oct21["health"]["warnings"])
    assert "eggs in one basket" in warnings

    s.run("log", "globex", "expedite", "--date", "2026-10-21", "--with", "Tom Becker")
    assert not [a for a in s.today("2026-10-22")["actions"] if a["kind"] == "expedite"]

    s.run("log", "globex", "references-contacted", "--date", "2026-10-23")
    s.run("log", "globex", "offer", "--date", "2026-10-27", "--deadline", "2026-11-06")
    s.run("log", "hooli", "withdrawn", "--date", "2026-10-28", "--note", "declined the offer")
    s.run("log", "globex", "accepted", "--date", "2026-10-30")

    # history as it was: each past view is reproducible
    then = {o["company"]: o["stage"] for o in s.json("list", "--as-of", "2026-10-01")}
    assert then == {"Acme": "rejected", "Globex": "interviewing", "Initech": "applied"}
    now = {o["company"]: o["stage"] for o in s.json("list", "--as-of", "2026-11-02")}
    assert now == {"Acme": "rejected", "Globex": "accepted", "Initech": "applied",
                   "Hooli": "withdrawn"}  # fmt: skip
    assert s.json("show", "globex", "--as-of", "2026-10-15")["stage"] == "final_round"

    # Initech never answered: 60 quiet days after 9 Sep, rest it rather than chase it
    nov = s.today("2026-11-09")
    assert [(a["kind"], a["company"]) for a in nov["actions"]] == [("mark_dormant", "Initech")]
    s.run("log", "initech", "dormant", "--date", "2026-11-09")
    assert s.today("2026-11-10")["actions"] == []
    health = s.today("2026-11-10")["health"]
    assert health["active"] == 0 and health["by_stage"]["dormant"] == 1

    timeline = s.run("show", "globex", "--as-of", "2026-11-02").stdout
    assert "Thank-you sent to Dana Smith" in timeline
    assert "Offer (deadline 2026-11-06)" in timeline
