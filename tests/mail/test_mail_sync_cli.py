"""`heardback mail sync` against a real Dovecot on loopback, through the CLI and the store."""

from __future__ import annotations

from pathlib import Path

import pytest
from dovecot import PASSWORD, USER, Dovecot
from test_mail_ingest import MESSAGES

from cli_helpers import Session


@pytest.fixture
def synced(db_url: str, dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch) -> Session:
    monkeypatch.setenv("HEARDBACK_IMAP_PASSWORD_WORK", PASSWORD)
    monkeypatch.setenv("HEARDBACK_IMAP_CA_FILE", str(dovecot.ca_file))
    s = Session(db_url)
    out = s.run(
        "mail", "account", "add", "work", "--host", "127.0.0.1", "--port", str(dovecot.port),
        "--user", USER,
    ).stdout  # fmt: skip
    assert "HEARDBACK_IMAP_PASSWORD_WORK" in out  # says where the password goes
    return s


def test_first_incremental_and_renumbered_syncs(synced: Session, dovecot: Dovecot) -> None:
    s = synced
    for msg in MESSAGES[:2]:
        dovecot.deliver(msg.as_bytes())
    first = s.json("mail", "sync")
    assert first["read"] == 2 and first["opportunities"] == 1
    (acme,) = s.json("list")
    events_after_first = len(s.json("show", str(acme["id"]))["events"])

    assert s.json("mail", "sync")["read"] == 0  # nothing new: nothing downloaded

    for msg in MESSAGES[2:]:
        dovecot.deliver(msg.as_bytes())
    second = s.json("mail", "sync")
    assert second["read"] == 2  # only what arrived since
    assert s.json("show", str(acme["id"]), "--as-of", "2026-11-21")["stage"] == "rejected"
    total = len(s.json("show", str(acme["id"]))["events"])
    assert total > events_after_first

    dovecot.reset_uidvalidity()
    again = s.json("mail", "sync")
    assert again["read"] == 4 and again["events"] == 0  # read again, recorded nothing twice
    assert len(s.json("show", str(acme["id"]))["events"]) == total
    (account,) = s.json("mail", "account", "list")
    assert account["folders"][0]["last_uid"] is not None


def test_wrong_password_is_one_sentence_without_the_secret(
    synced: Session, monkeypatch: pytest.MonkeyPatch, dovecot: Dovecot
) -> None:
    monkeypatch.setenv("HEARDBACK_IMAP_PASSWORD_WORK", "not-the-Secret-123")
    result = synced.run("mail", "sync", ok=False)
    assert result.exit_code == 1 and result.stderr.startswith("Error: ")
    assert "not-the-Secret-123" not in result.output
    assert "Traceback" not in result.output


def test_missing_password_says_how_to_give_it(
    db_url: str, dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("HEARDBACK_IMAP_PASSWORD", raising=False)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    s = Session(db_url)
    s.run("mail", "account", "add", "home", "--host", "127.0.0.1", "--user", USER)
    result = s.run("mail", "sync", "home", ok=False)
    assert result.exit_code == 1 and "HEARDBACK_IMAP_PASSWORD_HOME" in result.stderr
