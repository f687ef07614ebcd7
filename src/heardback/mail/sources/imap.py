"""Read new messages from an IMAP mailbox, read-only and resumable.

``fetch_new`` yields the new messages of one folder in batches; each batch carries the folder state
*after* it, so the caller commits the messages and the state in one transaction per batch and a
crash or a dropped connection loses nothing and duplicates nothing: the next run starts from the
last committed state.

The folder is opened with EXAMINE and bodies are read with ``BODY.PEEK[]``, so no flag ever changes
(a message stays unread). Messages are keyed ``UIDVALIDITY:UID``; when the server's UIDVALIDITY
differs from the stored one, every UID may mean another message, so the folder is read again from
the start and the caller dedupes by Message-ID and content hash in its ledger.

Connections use TLS with certificate verification (implicit TLS, or STARTTLS); the password is
sent only over TLS, or in plain text to a server on this machine (a local bridge). Every failure
becomes a ``MailSourceError`` with one clear sentence that never contains the password.
"""

from __future__ import annotations

import functools
import ipaddress
import logging
import socket
import ssl
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from heardback.errors import UserError
from heardback.mail.model import MessageRef

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 30.0  # seconds, to connect and for each read from the server
DEFAULT_BATCH = 200
_BODY = b"BODY[]"


class MailSourceError(UserError):
    """An IMAP account cannot be read: bad login, unreachable server, TLS failure, lost connection.

    ``retryable`` is true when running the sync again later may succeed unchanged (the server was
    unreachable, timed out or dropped the connection).
    """

    def __init__(
        self, message: str, *, account: str = "", folder: str = "", retryable: bool = False
    ) -> None:
        super().__init__(message)
        self.account = account
        self.folder = folder
        self.retryable = retryable


@dataclass(frozen=True, slots=True)
class ImapAccount:
    """How to reach one mailbox. The password is never part of it (see ``credentials``).

    ``ssl``: implicit TLS (port 993). ``starttls``: connect in plain text and upgrade with STARTTLS
    before logging in (usually port 143); it takes precedence over ``ssl``. With neither, the
    connection is unencrypted, which is allowed only to a server on this machine.
    ``since``: skip messages that arrived before this day (by the server's arrival date), so the
    first sync of a big mailbox does not download all of it.
    ``ca_file``: trust this CA certificate (PEM) instead of the system's, e.g. for a self-signed
    local bridge.
    """

    name: str
    host: str
    username: str
    port: int = 993
    ssl: bool = True
    starttls: bool = False
    folders: tuple[str, ...] = ("INBOX",)
    since: date | None = None
    ca_file: str | None = None
    timeout: float = DEFAULT_TIMEOUT

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ValueError("an IMAP account needs a name")
        if not self.host.strip():
            raise ValueError(f"IMAP account {self.name!r} needs a host")
        if not 0 < self.port < 65536:
            raise ValueError(f"IMAP account {self.name!r}: invalid port {self.port}")
        if self.timeout <= 0:
            raise ValueError(f"IMAP account {self.name!r}: the timeout must be positive")

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"

    def source(self, folder: str) -> str:
        """The ``MessageRef.source`` of the messages read from ``folder``."""
        return f"imap://{self.name}/{folder}"


@dataclass(frozen=True, slots=True)
class FolderState:
    """How far a folder has been read: every message with a UID up to ``last_uid`` is done."""

    uidvalidity: int
    last_uid: int


@dataclass(frozen=True, slots=True)
class FetchedBatch:
    """Messages read from one folder, in UID order, and the folder state once they are stored.

    ``restarted``: the server's UIDVALIDITY differed from the stored state, so the folder is being
    read again from its first message (the same on every batch of that run).
    """

    folder: str
    messages: list[tuple[MessageRef, bytes]]
    state_after: FolderState
    restarted: bool = False


class ImapConnection(Protocol):
    """The part of ``imapclient.IMAPClient`` this module uses (an open, not yet logged-in link)."""

    def login(self, username: str, password: str) -> Any: ...
    def plain_login(self, identity: str, password: str) -> Any: ...
    def list_folders(self) -> list[tuple[tuple[bytes, ...], bytes | None, str]]: ...
    def select_folder(self, folder: str, readonly: bool = False) -> dict[bytes, Any]: ...
    def search(self, criteria: Any) -> list[int]: ...
    def fetch(
        self, messages: Sequence[int], data: Sequence[bytes]
    ) -> dict[int, dict[bytes, Any]]: ...
    def logout(self) -> Any: ...
    def shutdown(self) -> None: ...


ClientFactory = Callable[[ImapAccount], ImapConnection]


def tls_context(account: ImapAccount) -> ssl.SSLContext:
    """Certificate and host name verification, against ``account.ca_file`` or the system's CAs."""
    try:
        return ssl.create_default_context(cafile=account.ca_file)
    except (OSError, ssl.SSLError) as exc:
        raise MailSourceError(
            f"Cannot read the CA file {account.ca_file} of mail account {account.name!r} "
            f"({_reason(exc)}).",
            account=account.name,
        ) from None


def connect(account: ImapAccount, *, ssl_context: ssl.SSLContext | None = None) -> ImapConnection:
    """Open a connection to the account's server, TLS established, not logged in."""
    client_class = _client_class()
    context = ssl_context or tls_context(account)
    if account.starttls:
        client = client_class(account.host, account.port, ssl=False, timeout=account.timeout)
        try:
            if b"STARTTLS" not in client.capabilities():
                raise MailSourceError(
                    f"The IMAP server {account.address} of mail account {account.name!r} does not "
                    "offer STARTTLS; use its TLS port (usually 993) instead.",
                    account=account.name,
                )
            client.starttls(context)
        except BaseException:
            _close(client)
            raise
        return client  # type: ignore[no-any-return]
    if account.ssl:
        return client_class(  # type: ignore[no-any-return]
            account.host, account.port, ssl=True, ssl_context=context, timeout=account.timeout
        )
    if not _is_loopback(account.host):
        raise MailSourceError(
            f"Mail account {account.name!r} would send its password unencrypted to "
            f"{account.host}; use TLS (port 993) or STARTTLS (port 143).",
            account=account.name,
        )
    return client_class(  # type: ignore[no-any-return]
        account.host, account.port, ssl=False, timeout=account.timeout
    )


@functools.cache
def _client_class() -> Any:
    """``IMAPClient``, with the connect timeout applied to TLS connections too.

    imapclient 3.1.0 drops it there (mjs/imapclient#646, fixed by #664 after that release), so the
    TLS handshake and the greeting could wait forever on a server that accepts and stays silent.
    """
    from imapclient import IMAPClient  # type: ignore[import-untyped]
    from imapclient.tls import IMAP4_TLS  # type: ignore[import-untyped]

    class TimedTLS(IMAP4_TLS):  # type: ignore[misc]
        def _create_socket(self, timeout: float | None) -> socket.socket:
            sock: socket.socket = super()._create_socket(
                self._timeout if timeout is None else timeout
            )
            return sock

    class Client(IMAPClient):  # type: ignore[misc]
        def _create_IMAP4(self) -> Any:
            if self.ssl and not self.stream:
                return TimedTLS(self.host, self.port, self.ssl_context, self._timeout.connect)
            return super()._create_IMAP4()

    return Client


def list_folders(
    account: ImapAccount, password: str, *, client_factory: ClientFactory = connect
) -> list[str]:
    """The names of the account's folders that can be opened, in the server's order."""
    with (
        _session(account, password, client_factory) as client,
        _errors(account, password, "listing the folders"),
    ):
        listing = client.list_folders()
    names = []
    for flags, _delimiter, name in listing:
        lowered = {f.lower() for f in flags}
        if b"\\noselect" in lowered or b"\\nonexistent" in lowered:
            continue
        names.append(str(name))
    return names


def fetch_new(
    account: ImapAccount,
    password: str,
    folder: str,
    state: FolderState | None,
    *,
    since: date | None = None,
    batch: int = DEFAULT_BATCH,
    client_factory: ClientFactory = connect,
) -> Iterator[FetchedBatch]:
    """Yield the messages of ``folder`` that arrived after ``state``, ``batch`` at a time.

    Always yields at least one batch (maybe empty), so the caller can store the folder's state on
    the first sync. ``since`` (else ``account.since``) narrows the search on the server to
    messages received on or after that day (IMAP SINCE, by the server's arrival date).
    """
    if batch < 1:
        raise ValueError("batch must be at least 1")
    since = since if since is not None else account.since
    source = account.source(folder)
    with _session(account, password, client_factory) as client:
        with _errors(account, password, f"opening folder {folder!r}", folder=folder):
            info = client.select_folder(folder, readonly=True)  # EXAMINE: flags stay as they are
        uidvalidity = _int(info.get(b"UIDVALIDITY"))
        if uidvalidity is None:
            raise MailSourceError(
                f"The IMAP server {account.address} did not report the UIDVALIDITY of folder "
                f"{folder!r} (mail account {account.name!r}), so it cannot be synced safely.",
                account=account.name,
                folder=folder,
            )
        restarted = state is not None and state.uidvalidity != uidvalidity
        last_uid = state.last_uid if state is not None and not restarted else 0
        if restarted:
            log.info(
                "%s: UIDVALIDITY changed from %s to %s; reading the folder again",
                source,
                state.uidvalidity if state else None,
                uidvalidity,
            )
        uids: list[int] = []
        uidnext = _int(info.get(b"UIDNEXT"))
        if uidnext is None or uidnext > last_uid + 1:
            criteria: list[Any] = ["UID", f"{last_uid + 1}:*"]
            if since is not None:
                criteria += ["SINCE", since]
            with _errors(account, password, f"searching folder {folder!r}", folder=folder):
                found = client.search(criteria)
            # "n:*" always matches the last message, even when its UID is below n
            uids = sorted(uid for uid in set(found) if uid > last_uid)
        log.debug("%s: %d new message(s) after UID %d", source, len(uids), last_uid)
        if not uids:
            yield FetchedBatch(folder, [], FolderState(uidvalidity, last_uid), restarted)
            return
        for start in range(0, len(uids), batch):
            chunk = uids[start : start + batch]
            with _errors(account, password, f"reading folder {folder!r}", folder=folder):
                response = client.fetch(chunk, [b"BODY.PEEK[]"])
            messages = []
            for uid in chunk:
                raw = response.get(uid, {}).get(_BODY)
                if raw is None:  # expunged since the search: gone for good
                    continue
                messages.append((MessageRef(source, f"{uidvalidity}:{uid}"), bytes(raw)))
            yield FetchedBatch(folder, messages, FolderState(uidvalidity, chunk[-1]), restarted)


# -- connection, login and errors ---------------------------------------------------------------


@contextmanager
def _session(
    account: ImapAccount, password: str, client_factory: ClientFactory
) -> Iterator[ImapConnection]:
    """A logged-in connection, logged out at the end (just closed after a failure: a dropped or
    silent connection would only make LOGOUT fail or wait for the timeout)."""
    with _errors(account, password, "connecting"):
        client = client_factory(account)
    try:
        with _errors(account, password, "logging in"):
            if password.isascii():
                client.login(account.username, password)
            else:  # LOGIN is ASCII-only; SASL PLAIN carries UTF-8
                client.plain_login(account.username, password)
        yield client
    except Exception:
        with suppress(Exception):
            client.shutdown()
        raise
    except BaseException:  # the caller stopped reading (GeneratorExit), Ctrl-C
        _close(client)
        raise
    else:
        _close(client)


def _close(client: ImapConnection) -> None:
    try:
        client.logout()
    except Exception:
        with suppress(Exception):
            client.shutdown()


@contextmanager
def _errors(account: ImapAccount, password: str, doing: str, *, folder: str = "") -> Iterator[None]:
    """Turn what the network, TLS and the server raise into one clear ``MailSourceError``."""
    try:
        yield
    except MailSourceError:
        raise
    except Exception as exc:
        error = _translate(exc, account, password, doing, folder)
        if error is None:
            raise
        log.debug("%s while %s: %s", type(exc).__name__, doing, error.message)
        raise error from None  # the cause may quote the server or the command: keep it out


def _translate(
    exc: Exception, account: ImapAccount, password: str, doing: str, folder: str
) -> MailSourceError | None:
    from imapclient.exceptions import (  # type: ignore[import-untyped]
        CapabilityError,
        IMAPClientAbortError,
        IMAPClientError,
        LoginError,
    )

    name, where = account.name, account.address

    def fail(message: str, retryable: bool = False) -> MailSourceError:
        return MailSourceError(message, account=name, folder=folder, retryable=retryable)

    if isinstance(exc, LoginError):
        said = _server_text(exc, password)
        return fail(
            f"The IMAP server {where} rejected the login of {account.username!r} "
            f"(mail account {name!r}){': ' + said if said else ''}; check the user name and the "
            "password (many providers need an app password)."
        )
    if isinstance(exc, ssl.SSLCertVerificationError):
        return fail(
            f"The TLS certificate of the IMAP server {where} (mail account {name!r}) could not be "
            f"verified ({exc.verify_message or _reason(exc)}); check the host name, or give the "
            "server's CA file if it uses its own certificate."
        )
    if isinstance(exc, ssl.SSLError):
        return fail(
            f"The TLS handshake with the IMAP server {where} (mail account {name!r}) failed "
            f"({_reason(exc)}); check the port: 993 expects TLS, 143 expects STARTTLS."
        )
    if isinstance(exc, socket.gaierror):
        return fail(
            f"Cannot find the IMAP server {account.host} (mail account {name!r}); check the host "
            "name and the network connection.",
            retryable=True,
        )
    if isinstance(exc, ConnectionRefusedError):
        return fail(
            f"The IMAP server {where} (mail account {name!r}) refused the connection; check the "
            "host and the port, and that the server is running.",
            retryable=True,
        )
    if isinstance(exc, TimeoutError):
        return fail(
            f"The IMAP server {where} (mail account {name!r}) did not answer within "
            f"{account.timeout:g} s while {doing}; try again later.",
            retryable=True,
        )
    if isinstance(exc, OSError) and not isinstance(exc, ConnectionError) and doing == "connecting":
        return fail(
            f"Cannot connect to the IMAP server {where} (mail account {name!r}): {_reason(exc)}.",
            retryable=True,
        )
    if isinstance(exc, IMAPClientAbortError | OSError | EOFError):
        return fail(
            f"The connection to the IMAP server {where} (mail account {name!r}) was lost while "
            f"{doing}; run the sync again to continue where it stopped.",
            retryable=True,
        )
    if isinstance(exc, CapabilityError):
        return fail(
            f"The IMAP server {where} (mail account {name!r}) cannot do what heardback needs "
            f"({_server_text(exc, password)})."
        )
    if isinstance(exc, IMAPClientError):
        said = _server_text(exc, password)
        if folder and ("NONEXISTENT" in said.upper() or "doesn't exist" in said.lower()):
            return fail(
                f"Mail account {name!r} has no folder {folder!r}; list its folders to see the "
                "exact names."
            )
        return fail(f"The IMAP server {where} (mail account {name!r}) refused {doing}: {said}.")
    return None


def _server_text(exc: BaseException, password: str) -> str:
    """What the server said, readable, short, and never containing the password."""
    text = str(exc).strip()
    if len(text) >= 3 and text[0] == "b" and text[1] in "'\"" and text[-1] == text[1]:
        text = text[2:-1]  # imapclient wraps the server's bytes in str()
    if password:
        text = text.replace(password, "***")
    return text[:200].rstrip(". ")


def _reason(exc: BaseException) -> str:
    reason = getattr(exc, "reason", None) or getattr(exc, "strerror", None) or str(exc)
    return str(reason).strip().rstrip(".") or type(exc).__name__


def _int(value: Any) -> int | None:
    try:
        return int(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def _is_loopback(host: str) -> bool:
    if host.lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
