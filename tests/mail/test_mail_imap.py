"""IMAP sync against a real Dovecot on loopback (fixtures in conftest.py / dovecot.py)."""

from __future__ import annotations

import functools
import logging
import socket
import traceback
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import keyring
import keyring.backend
import keyring.backends.fail
import keyring.errors
import pytest

from heardback.errors import UserError
from heardback.mail.credentials import (
    CredentialsError,
    env_var,
    get_password,
    store_password,
)
from heardback.mail.model import MessageRef
from heardback.mail.sources.imap import (
    FetchedBatch,
    FolderState,
    ImapAccount,
    MailSourceError,
    connect,
    fetch_new,
    list_folders,
)

OLD = datetime(2020, 3, 2, 9, 30)


def message(n: int, subject: str = "") -> bytes:
    return (
        f"From: Recruiting <jobs@acme.example>\r\n"
        f"To: alice@example.org\r\n"
        f"Subject: {subject or f'Your application #{n}'}\r\n"
        f"Message-ID: <m{n}@acme.example>\r\n"
        f"Date: Mon, 2 Mar 2020 09:30:00 +0000\r\n"
        f"\r\n"
        f"Thank you for applying ({n}).\r\n"
    ).encode()


def sync(account: ImapAccount, password: str, folder: str, state: FolderState | None, **kw: Any):
    """All batches of one run (the caller would commit each batch and its state together)."""
    return list(fetch_new(account, password, folder, state, **kw))


def flat(batches: list[FetchedBatch]) -> list[tuple[MessageRef, bytes]]:
    return [item for b in batches for item in b.messages]


def uidvalidity(dovecot: Any, folder: str = "INBOX") -> int:
    client = dovecot.client()
    try:
        return int(client.select_folder(folder, readonly=True)[b"UIDVALIDITY"])
    finally:
        client.logout()


# -- syncing -----------------------------------------------------------------------------------


def test_first_sync_reads_every_message_in_batches_with_stable_refs(dovecot: Any) -> None:
    sent = [message(n) for n in range(1, 6)]
    for raw in sent:
        dovecot.deliver(raw)
    account, password = dovecot.account(), dovecot.users["alice"]

    batches = sync(account, password, "INBOX", None, batch=2)

    validity = uidvalidity(dovecot)
    assert [len(b.messages) for b in batches] == [2, 2, 1]
    assert [b.state_after for b in batches] == [
        FolderState(validity, 2),
        FolderState(validity, 4),
        FolderState(validity, 5),
    ]
    assert not any(b.restarted for b in batches)
    assert [ref for ref, _ in flat(batches)] == [
        MessageRef("imap://work/INBOX", f"{validity}:{uid}") for uid in range(1, 6)
    ]
    assert [raw for _, raw in flat(batches)] == sent
    # the same message keeps its key on a later full read
    assert flat(sync(account, password, "INBOX", None)) == flat(batches)


def test_incremental_sync_reads_only_new_messages(dovecot: Any) -> None:
    for n in (1, 2, 3):
        dovecot.deliver(message(n))
    account, password = dovecot.account(), dovecot.users["alice"]
    state = sync(account, password, "INBOX", None)[-1].state_after

    dovecot.deliver(message(4))
    dovecot.deliver(message(5))
    batches = sync(account, password, "INBOX", state)
    assert [raw for _, raw in flat(batches)] == [message(4), message(5)]
    assert [ref.key.split(":")[1] for ref, _ in flat(batches)] == ["4", "5"]
    state = batches[-1].state_after
    assert state.last_uid == 5

    # nothing new: one empty batch that carries the state unchanged
    again = sync(account, password, "INBOX", state)
    assert [(b.messages, b.state_after) for b in again] == [([], state)]


def test_uid_range_star_quirk_is_filtered(dovecot: Any) -> None:
    """``UID SEARCH UID n:*`` matches the last message even when its UID is below n."""
    paths = [dovecot.deliver(message(n)) for n in range(1, 6)]
    account, password = dovecot.account(), dovecot.users["alice"]
    validity = sync(account, password, "INBOX", None)[-1].state_after.uidvalidity
    for path in paths[3:]:  # the user deletes the two newest messages in another client
        next(path.parent.parent.glob(f"*/{path.name}*")).unlink()

    batches = sync(account, password, "INBOX", FolderState(validity, 3))

    assert flat(batches) == []
    assert batches[-1].state_after == FolderState(validity, 3)


def test_since_narrows_the_search_on_the_server(dovecot: Any) -> None:
    for n in (1, 2):
        dovecot.deliver(message(n), received=OLD)
    for n in (3, 4):
        dovecot.deliver(message(n))
    password = dovecot.users["alice"]
    recent = date.today() - timedelta(days=30)

    by_argument = sync(dovecot.account(), password, "INBOX", None, since=recent)
    by_account = sync(dovecot.account(since=recent), password, "INBOX", None)

    for batches in (by_argument, by_account):
        assert [raw for _, raw in flat(batches)] == [message(3), message(4)]
        assert batches[-1].state_after.last_uid == 4
    everything = sync(dovecot.account(since=recent), password, "INBOX", None, since=OLD.date())
    assert len(flat(everything)) == 4


def test_uidvalidity_change_reads_the_folder_again(dovecot: Any) -> None:
    for n in (1, 2, 3):
        dovecot.deliver(message(n))
    account, password = dovecot.account(), dovecot.users["alice"]
    old = sync(account, password, "INBOX", None)[-1].state_after

    dovecot.reset_uidvalidity()
    dovecot.deliver(message(4))
    batches = sync(account, password, "INBOX", old, batch=3)

    new_validity = uidvalidity(dovecot)
    assert new_validity != old.uidvalidity
    assert all(b.restarted for b in batches)
    got = flat(batches)
    assert sorted(raw for _, raw in got) == sorted(message(n) for n in (1, 2, 3, 4))
    assert all(ref.key.startswith(f"{new_validity}:") for ref, _ in got)
    assert batches[-1].state_after == FolderState(new_validity, 4)
    # and then the new state is just a state
    assert not any(b.restarted for b in sync(account, password, "INBOX", batches[-1].state_after))


@pytest.mark.parametrize("how", ["kick", "stop"])
def test_dropped_connection_mid_sync_then_resume_loses_and_repeats_nothing(
    dovecot: Any, how: str
) -> None:
    for n in range(1, 8):
        dovecot.deliver(message(n))
    account, password = dovecot.account(), dovecot.users["alice"]
    committed: list[MessageRef] = []
    state: FolderState | None = None

    run = fetch_new(account, password, "INBOX", None, batch=3)
    first = next(run)
    committed += [ref for ref, _ in first.messages]  # one transaction: messages + state
    state = first.state_after
    if how == "kick":
        assert dovecot.kick()  # the server ends the session
    else:
        dovecot.stop()  # the server goes away
    with pytest.raises(MailSourceError) as caught:
        next(run)
    assert caught.value.retryable
    assert "was lost while reading folder 'INBOX'" in caught.value.message
    assert "run the sync again" in caught.value.message
    if how == "stop":
        with pytest.raises(MailSourceError, match="refused the connection"):
            sync(account, password, "INBOX", state)
        dovecot.start()

    for batch in fetch_new(account, password, "INBOX", state, batch=3):
        committed += [ref for ref, _ in batch.messages]
        state = batch.state_after

    validity = uidvalidity(dovecot)
    assert committed == [MessageRef("imap://work/INBOX", f"{validity}:{n}") for n in range(1, 8)]
    assert state == FolderState(validity, 7)


def test_sync_is_read_only_flags_stay_unchanged(dovecot: Any) -> None:
    for n in (1, 2, 3):
        dovecot.deliver(message(n))
    account, password = dovecot.account(), dovecot.users["alice"]
    client = dovecot.client()
    try:
        client.select_folder("INBOX")
        client.add_flags([2], [b"\\Flagged"])
        before = {uid: set(f) - {b"\\Recent"} for uid, f in client.get_flags([1, 2, 3]).items()}
    finally:
        client.logout()

    assert len(flat(sync(account, password, "INBOX", None))) == 3

    client = dovecot.client()
    try:
        client.select_folder("INBOX", readonly=True)
        after = {uid: set(f) - {b"\\Recent"} for uid, f in client.get_flags([1, 2, 3]).items()}
    finally:
        client.logout()
    assert after == before == {1: set(), 2: {b"\\Flagged"}, 3: set()}
    assert not any(b"\\Seen" in flags for flags in after.values())


def test_other_folders_and_list_folders(dovecot: Any) -> None:
    dovecot.create_folder("Jobs")
    dovecot.create_folder("Jobs.Archive")
    dovecot.deliver(message(1), folder="Jobs")
    account, password = dovecot.account(folders=("INBOX", "Jobs")), dovecot.users["alice"]

    assert sorted(list_folders(account, password)) == ["INBOX", "Jobs", "Jobs.Archive"]
    got = flat(sync(account, password, "Jobs", None))
    assert [(ref.source, raw) for ref, raw in got] == [("imap://work/Jobs", message(1))]


def test_starttls_and_a_custom_ssl_context(dovecot: Any) -> None:
    dovecot.deliver(message(1))
    password = dovecot.users["alice"]
    starttls = dovecot.account(port=dovecot.starttls_port, ssl=False, starttls=True)
    assert len(flat(sync(starttls, password, "INBOX", None))) == 1

    system_cas = dovecot.account(ca_file=None)
    factory = functools.partial(connect, ssl_context=dovecot.ssl_context())
    assert len(flat(sync(system_cas, password, "INBOX", None, client_factory=factory))) == 1


def test_non_ascii_password(dovecot: Any) -> None:
    dovecot.add_user("bob", "pässwörd-ü")
    dovecot.deliver(message(1), user="bob")
    account = dovecot.account(username="bob")
    assert len(flat(sync(account, "pässwörd-ü", "INBOX", None))) == 1
    with pytest.raises(MailSourceError, match="rejected the login"):
        sync(account, "pässwörd-x", "INBOX", None)


# -- errors ------------------------------------------------------------------------------------


def test_wrong_password_is_a_clear_error_that_never_shows_it(
    dovecot: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # imapclient logs the whole IMAP dialogue at DEBUG
    account, right, wrong = dovecot.account(), dovecot.users["alice"], "Wr0ng-but-Secret pass"
    # first a good login (Dovecot slows down logins from an address after a failed one)
    sync(account, right, "INBOX", None)
    assert any("LOGIN" in r.getMessage() for r in caplog.records)  # the dialogue is logged...
    assert right not in caplog.text  # ...without the password
    caplog.clear()

    with pytest.raises(MailSourceError) as caught:
        sync(account, wrong, "INBOX", None)

    error = caught.value
    assert isinstance(error, UserError)
    assert error.message.startswith(
        f"The IMAP server 127.0.0.1:{dovecot.port} rejected the login of 'alice' "
        "(mail account 'work')"
    )
    assert "app password" in error.message
    assert not error.retryable
    assert error.__cause__ is None and error.__suppress_context__
    assert wrong not in "".join(traceback.format_exception(error))
    assert wrong not in caplog.text
    assert all(wrong not in r.getMessage() for r in caplog.records)


def test_missing_folder(dovecot: Any) -> None:
    with pytest.raises(MailSourceError) as caught:
        sync(dovecot.account(), dovecot.users["alice"], "Applications", None)
    assert caught.value.message == (
        "Mail account 'work' has no folder 'Applications'; list its folders to see the exact names."
    )
    assert caught.value.folder == "Applications"


def test_untrusted_certificate(dovecot: Any) -> None:
    with pytest.raises(MailSourceError) as caught:
        sync(dovecot.account(ca_file=None), dovecot.users["alice"], "INBOX", None)
    assert "TLS certificate of the IMAP server" in caught.value.message
    assert "could not be verified (self-signed certificate" in caught.value.message


def test_tls_to_a_plain_text_port(dovecot: Any) -> None:
    account = dovecot.account(port=dovecot.starttls_port)  # implicit TLS to the STARTTLS port
    with pytest.raises(MailSourceError, match=r"TLS handshake .* failed .*993 expects TLS"):
        sync(account, dovecot.users["alice"], "INBOX", None)


def test_connection_refused(tmp_path: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # closed again: nobody listens there
    account = ImapAccount("work", "127.0.0.1", "alice", port=port)
    with pytest.raises(MailSourceError, match="refused the connection") as caught:
        sync(account, "pw", "INBOX", None)
    assert caught.value.retryable


def test_server_that_never_answers_times_out() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()  # accepts the TCP connection, never says a word
        account = ImapAccount("slow", "127.0.0.1", "alice", port=sock.getsockname()[1], timeout=0.3)
        with pytest.raises(MailSourceError, match=r"did not answer within 0\.3 s") as caught:
            sync(account, "pw", "INBOX", None)
    assert caught.value.retryable


def test_password_is_never_sent_unencrypted_to_another_machine() -> None:
    account = ImapAccount("work", "imap.example.com", "alice", port=143, ssl=False)
    with pytest.raises(MailSourceError, match="would send its password unencrypted"):
        sync(account, "pw", "INBOX", None)


def test_invalid_arguments() -> None:
    with pytest.raises(ValueError):
        ImapAccount("", "imap.example.com", "alice")
    with pytest.raises(ValueError):
        list(fetch_new(ImapAccount("a", "h", "u"), "pw", "INBOX", None, batch=0))


# -- credentials -------------------------------------------------------------------------------


class MemoryKeyring(keyring.backend.KeyringBackend):
    """Stands in for the OS keyring (macOS Keychain, Secret Service), which CI cannot run."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.items.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


@pytest.fixture
def use_keyring() -> Iterator[Any]:
    previous = keyring.get_keyring()

    def use(backend: keyring.backend.KeyringBackend) -> keyring.backend.KeyringBackend:
        keyring.set_keyring(backend)
        return backend

    try:
        yield use
    finally:
        keyring.set_keyring(previous)


def test_env_var_names() -> None:
    assert env_var("work") == "HEARDBACK_IMAP_PASSWORD_WORK"
    assert env_var("Gmail (me@x.org)") == "HEARDBACK_IMAP_PASSWORD_GMAIL__ME_X_ORG_"


def test_password_from_the_environment_account_first(
    monkeypatch: pytest.MonkeyPatch, use_keyring: Any
) -> None:
    use_keyring(keyring.backends.fail.Keyring())
    monkeypatch.setenv("HEARDBACK_IMAP_PASSWORD", "shared")
    assert get_password("work-mail") == "shared"
    monkeypatch.setenv("HEARDBACK_IMAP_PASSWORD_WORK_MAIL", "own")
    assert get_password("work-mail") == "own"
    assert get_password("other", environ={"HEARDBACK_IMAP_PASSWORD_OTHER": "given"}) == "given"


def test_no_keyring_and_no_variable_says_how_to_set_one(use_keyring: Any) -> None:
    use_keyring(keyring.backends.fail.Keyring())
    with pytest.raises(CredentialsError) as caught:
        get_password("work-mail")
    assert isinstance(caught.value, UserError)
    assert caught.value.message == (
        "No password for mail account 'work-mail': this system has no keyring, so set "
        "HEARDBACK_IMAP_PASSWORD_WORK_MAIL (or HEARDBACK_IMAP_PASSWORD) in the environment."
    )
    with pytest.raises(
        CredentialsError, match=r"has no keyring .*HEARDBACK_IMAP_PASSWORD_WORK_MAIL"
    ):
        store_password("work-mail", "s3cret!")


def test_keyring_round_trip_and_nothing_written_to_disk(use_keyring: Any, tmp_path: Path) -> None:
    backend = use_keyring(MemoryKeyring())
    with pytest.raises(CredentialsError, match="No password stored for mail account 'work'"):
        get_password("work")

    store_password("work", "app-pass-xyzw")

    assert backend.items == {("heardback", "work"): "app-pass-xyzw"}
    assert get_password("work") == "app-pass-xyzw"
    written = [p for p in tmp_path.rglob("*") if p.is_file() and b"app-pass-xyzw" in p.read_bytes()]
    assert written == []


def test_end_to_end_password_from_the_environment(
    dovecot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    dovecot.deliver(message(1))
    monkeypatch.setenv(env_var("work"), dovecot.users["alice"])
    account = dovecot.account()
    assert len(flat(sync(account, get_password(account.name), "INBOX", None))) == 1
