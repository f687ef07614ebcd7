"""A mailbox import end to end: real parsing, classification, linking and a real store."""

from __future__ import annotations

import json
import mailbox
from email.message import EmailMessage
from pathlib import Path

import pytest

from cli_helpers import Session
from heardback.mail.ingest import Recorder


def _message(
    sender: str, subject: str, body: str, date: str, msgid: str, **headers: str
) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "sam.candidate@example.org"
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = f"<{msgid}>"
    for key, value in headers.items():
        msg[key.replace("_", "-")] = value
    msg.set_content(body)
    return msg


def _calendar_invite() -> EmailMessage:
    msg = _message(
        "Dana Smith <dana.smith@acme-robotics.example>",
        "Invitation: Acme Robotics interview - Data Engineer @ Tue Nov 10, 2026 2pm",
        "Looking forward to speaking with you about the Data Engineer role.",
        "Tue, 03 Nov 2026 09:12:00 -0000",
        "invite-1@acme-robotics.example",
    )
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nMETHOD:REQUEST\r\n"
        "BEGIN:VEVENT\r\nUID:abc-123\r\nDTSTAMP:20261103T091200Z\r\n"
        "DTSTART:20261110T140000\r\nDTEND:20261110T150000\r\n"
        "SUMMARY:Acme Robotics interview - Data Engineer\r\n"
        "ORGANIZER:mailto:dana.smith@acme-robotics.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    msg.add_attachment(ics.encode(), maintype="text", subtype="calendar", filename="invite.ics")
    return msg


MESSAGES = [
    _message(
        "Acme Robotics Hiring Team <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Acme Robotics",
        "Hi Sam,\n\nThank you for applying for the Data Engineer position at Acme Robotics. "
        "Our team will review your application and reach out if your experience is a match. "
        "If you are not selected for this position, we will keep your resume on file.\n\n"
        "Best,\nAcme Robotics Recruiting",
        "Mon, 02 Nov 2026 10:00:00 -0000",
        "ack-1@greenhouse.example",
    ),
    _calendar_invite(),
    _message(
        "Weekly Deals <deals@shop.example>",
        "Unfortunately, your cart is about to expire",
        "Unfortunately the items in your cart will expire soon. Shop now and save 20%.",
        "Wed, 04 Nov 2026 08:00:00 -0000",
        "deal-1@shop.example",
        List_Unsubscribe="<mailto:unsubscribe@shop.example>",
    ),
    _message(
        "Acme Robotics Hiring Team <no-reply@us.greenhouse-mail.io>",
        "Your application to Acme Robotics",
        "Hi Sam,\n\nThank you for taking the time to interview with us for the Data Engineer "
        "role. After careful consideration, we have decided to move forward with other "
        "candidates whose experience more closely matches our needs.\n\nWe wish you the best.\n"
        "Acme Robotics Recruiting",
        "Fri, 20 Nov 2026 16:00:00 -0000",
        "reject-1@greenhouse.example",
    ),
]


@pytest.fixture
def mbox_file(tmp_path: Path) -> Path:
    path = tmp_path / "takeout.mbox"
    box = mailbox.mbox(path)
    for msg in MESSAGES:
        box.add(msg)
    box.flush()
    box.close()
    return path


def test_a_mailbox_builds_the_board_and_reimporting_adds_nothing(
    db_url: str, mbox_file: Path
) -> None:
    s = Session(db_url)
    stats = s.json("mail", "import", str(mbox_file))
    assert stats["read"] == 4 and stats["opportunities"] == 1
    (acme,) = s.json("list", "--archived")
    assert acme["company"] == "Acme Robotics"
    shown = s.json("show", str(acme["id"]), "--as-of", "2026-11-21")
    assert shown["stage"] == "rejected"
    kinds = [e["kind"] for e in shown["events"]]
    assert kinds[0] == "applied" and "interview" in kinds and kinds[-1] == "rejected"
    interview = next(e for e in shown["events"] if e["kind"] == "interview")
    assert interview["at"].startswith("2026-11-10")
    assert all(e["source"] == "mail" for e in shown["events"])
    # while the interview was ahead, the agenda showed it
    before = s.today("2026-11-09")
    assert any(a["kind"] == "interview" for a in before["actions"])

    again = s.json("mail", "import", str(mbox_file))
    assert again["events"] == 0 and again["duplicates"] == stats["candidates"] >= 3
    assert len(s.json("show", str(acme["id"]))["events"]) == len(shown["events"])


def test_a_crash_mid_import_then_a_rerun_gives_what_a_clean_run_gives(
    db_url: str, tmp_path: Path, mbox_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clean = Session(f"sqlite:///{tmp_path / 'clean.sqlite3'}")
    clean.run("mail", "import", str(mbox_file))

    s = Session(db_url)
    original = Recorder._record_one
    calls = {"n": 0}

    def crash_on_third(self: Recorder, *args: object) -> None:
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        original(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(Recorder, "_record_one", crash_on_third)
    monkeypatch.setattr("heardback.mail.ingest.BATCH", 1)
    monkeypatch.setattr(Recorder, "__init__", _small_batches(Recorder.__init__))
    crashed = s.run("mail", "import", str(mbox_file), ok=False)
    assert crashed.exit_code != 0
    monkeypatch.undo()
    s.run("mail", "import", str(mbox_file))

    def events(session: Session) -> list[tuple[str, str]]:
        (opp,) = session.json("list", "--archived")
        return [(e["kind"], e["at"]) for e in session.json("show", str(opp["id"]))["events"]]

    assert events(s) == events(clean)


def _small_batches(init):  # type: ignore[no-untyped-def]
    def wrapped(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        kwargs["batch"] = 1
        init(self, *args, **kwargs)

    return wrapped


def test_classify_is_a_dry_run_with_reasons(
    mbox_file: Path, heardback_home: Path, tmp_path: Path
) -> None:
    s = Session(f"sqlite:///{tmp_path / 'never.sqlite3'}")
    out = s.run("mail", "classify", str(mbox_file)).stdout
    rows = [json.loads(line) for line in out.splitlines()]
    assert {r["message_id"] for r in rows} >= {
        "ack-1@greenhouse.example",
        "reject-1@greenhouse.example",
    }
    by_id = {r["message_id"]: r for r in rows}
    assert by_id["ack-1@greenhouse.example"]["kind"] == "applied"
    assert by_id["reject-1@greenhouse.example"]["kind"] == "rejected"
    assert by_id["ack-1@greenhouse.example"]["company"] == "Acme Robotics"
    assert all(r["reasons"] for r in rows)
    assert "deal-1@shop.example" not in by_id
    everything = s.run("mail", "classify", str(mbox_file), "--all").stdout
    assert any(json.loads(x)["kind"] == "not_job" for x in everything.splitlines())
    assert not (tmp_path / "never.sqlite3").exists()


def test_review_queue_decisions(db_url: str, tmp_path: Path) -> None:
    s = Session(db_url)
    s.run("add", "Globex", "Backend Engineer", "--applied", "2026-10-01")
    s.run("add", "Globex", "Data Engineer", "--applied", "2026-10-02")
    path = tmp_path / "one.mbox"
    box = mailbox.mbox(path)
    box.add(
        _message(
            "Globex Recruiting <jobs@globex.example>",
            "Update on your application",
            "Dear Sam,\n\nThank you for your interest in Globex. Unfortunately, we have decided "
            "not to move forward with your application at this time.\n\nGlobex Talent Team",
            "Mon, 02 Nov 2026 10:00:00 -0000",
            "globex-1@globex.example",
        )
    )
    box.close()
    stats = s.json("mail", "import", str(path))
    assert stats["review"] == 1
    (item,) = s.json("review")
    assert item["why"] == "ambiguous_link" and len(item["ranking"]) == 2
    listed = {o["role"]: o["id"] for o in s.json("list")}
    done = s.run("review", str(item["id"]), "--link", str(listed["Data Engineer"])).stdout
    assert "rejected" in done
    assert s.json("show", str(listed["Data Engineer"]))["stage"] == "rejected"
    assert s.json("show", str(listed["Backend Engineer"]))["stage"] == "applied"
    assert s.json("review") == []
    again = s.run("review", str(item["id"]), "--ignore", ok=False)
    assert again.exit_code == 1 and "already decided" in again.stderr


def test_an_outdated_retrained_model_is_named_and_not_used(
    db_url: str, mbox_file: Path, heardback_home: Path
) -> None:
    from heardback.mail.service import user_model_dir

    s = Session(db_url)
    plain = s.run("mail", "import", str(mbox_file)).stdout
    assert "mail retrain" not in plain
    old = user_model_dir()
    old.mkdir(parents=True)
    (old / "manifest.json").write_text('{"format_version": 1, "features_version": 1}')
    again = s.run("mail", "import", str(mbox_file)).stdout
    assert "older heardback" in again and "heardback mail retrain" in again


def test_workers_classify_and_extract_with_the_same_result(
    tmp_path: Path, mbox_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Large mailboxes are split between worker processes, which also classify and extract;
    the board they build is the one the main process builds alone."""
    from heardback.mail import scan as scan_module
    from heardback.mail.sources import mbox as mbox_module

    serial = Session(f"sqlite:///{tmp_path / 'serial.sqlite3'}")
    one = serial.json("mail", "import", str(mbox_file))
    monkeypatch.setattr(scan_module, "PARALLEL_MIN_BYTES", 0)  # split even this small file
    monkeypatch.setattr(mbox_module, "SPLIT_CHUNK", 256)
    parallel = Session(f"sqlite:///{tmp_path / 'parallel.sqlite3'}")
    two = parallel.json("mail", "import", str(mbox_file))
    assert {k: v for k, v in one.items() if k != "seconds"} == {
        k: v for k, v in two.items() if k != "seconds"
    }
    assert serial.json("list", "--archived") == parallel.json("list", "--archived")
    again = parallel.json("mail", "import", str(mbox_file))
    assert again["events"] == 0 and again["opportunities"] == 0


def test_the_workers_do_the_classifying(mbox_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from heardback.mail.scan import scan
    from heardback.mail.service import Analyser, Pipeline
    from heardback.mail.sources import mbox as mbox_module

    monkeypatch.setattr(mbox_module, "SPLIT_CHUNK", 256)  # split even this small file
    with scan(mbox_file, workers=2, parallel_min_bytes=0, analyse=Analyser(Pipeline())) as found:
        mails = list(found)
        analysed = dict(found.analysis)
    assert mails and set(analysed) == {m.ref for m in mails}
    kinds = {cls.kind.value for cls, _ext in analysed.values()}
    assert "applied" in kinds or "interview" in kinds
