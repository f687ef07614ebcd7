"""A throwaway Dovecot IMAP server on loopback, for tests (``dovecot -c <conf>``, TLS required).

Everything lives in one temporary folder: config, self-signed certificate, passwd-file, sockets,
state, log and the users' Maildirs. Messages are delivered the way an MTA does (write into
``Maildir/tmp``, rename into ``new``); the file's mtime is the message's IMAP arrival date.

Run as root, Dovecot refuses root for its login processes and for mail access, so login runs as
``dovenull`` (or ``nobody``) and the mail as ``nobody``, and the folder is made reachable for them;
run as any other user, everything runs as that user with chroots off.
"""

from __future__ import annotations

import contextlib
import grp
import os
import pwd
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from heardback.mail.sources.imap import ImapAccount

USER = "alice"
PASSWORD = "correct horse 42"  # of the throwaway test server


def find_dovecot() -> str | None:
    return shutil.which("dovecot") or next(
        (p for p in ("/usr/sbin/dovecot", "/usr/local/sbin/dovecot") if os.access(p, os.X_OK)),
        None,
    )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def make_certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 / localhost: (cert.pem, key.pem)."""
    folder.mkdir(parents=True, exist_ok=True)
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
            "-nodes", "-keyout", str(key), "-out", str(cert), "-days", "2",
            "-subj", "/CN=heardback test IMAP",
            "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return cert, key


@dataclass
class Dovecot:
    """One Dovecot instance; ``start()`` it, ``close()`` it (stops it and removes its folder)."""

    binary: str
    cert: Path
    key: Path
    root: Path = field(init=False)
    port: int = field(init=False, default=0)  # implicit TLS
    starttls_port: int = field(init=False, default=0)  # plain text, STARTTLS before login
    users: dict[str, str] = field(default_factory=lambda: {USER: PASSWORD})

    def __post_init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="heardback-dovecot-"))
        self.root.chmod(0o755)
        self.as_root = os.geteuid() == 0
        if self.as_root:
            nobody = pwd.getpwnam("nobody")
            self.mail_uid, self.mail_gid = nobody.pw_uid, nobody.pw_gid
            self.login_user = _first_user("dovenull", "nobody")
            self.internal_user = "root"
        else:
            self.mail_uid, self.mail_gid = os.getuid(), os.getgid()
            self.login_user = self.internal_user = pwd.getpwuid(os.getuid()).pw_name
        self.ca_file = self.root / "ca.pem"
        shutil.copy(self.cert, self.ca_file)
        for sub in ("run", "state", "mail"):
            (self.root / sub).mkdir()
        self._chown(self.root / "mail")
        for user in self.users:
            self.create_folder("INBOX", user)
        self._write_config()

    # -- lifecycle ----------------------------------------------------------------------------
    @property
    def config(self) -> Path:
        return self.root / "dovecot.conf"

    @property
    def log_path(self) -> Path:
        return self.root / "dovecot.log"

    def start(self) -> None:
        """Start the server (on its previous port after a ``stop()``, else on a free one) and
        wait until it accepts connections."""
        fresh = self.port == 0
        for _attempt in range(5):
            if fresh:
                self.port, self.starttls_port = free_port(), free_port()
            self._write_config()
            errors = self.root / "startup.err"
            with errors.open("wb") as err:  # not a pipe: the daemon keeps it open
                code = subprocess.call(
                    [self.binary, "-c", str(self.config)], stdout=err, stderr=err
                )
            if code == 0 and self._wait_listening():
                return
            self.stop()
            if not fresh:
                break
        raise RuntimeError(
            f"dovecot did not start (exit {code}): {errors.read_text()}\n{self.log()}"
        )

    def stop(self) -> None:
        """Stop the server at once, every IMAP session with it (clients see the connection drop).

        Dovecot's master is a session leader, so its process group is the whole server; a
        graceful SIGTERM takes seconds, which tests don't need."""
        try:
            pid = int((self.root / "run" / "master.pid").read_text().strip())
            pgid = os.getpgid(pid)
        except (OSError, ValueError):
            return
        if pgid != pid:  # not the group leader we expect: stop the master alone
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        else:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(pgid, signal.SIGKILL)
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and (_alive(pid) or self._accepts()):
            time.sleep(0.01)
        (self.root / "run" / "master.pid").unlink(missing_ok=True)

    def kick(self, user: str = USER) -> set[int]:
        """End the user's IMAP sessions (``doveadm kick``) with the server staying up; return once
        their processes are gone, so a client's next command fails for certain."""
        pids = self.session_pids(user)
        result = self._doveadm("kick", user)
        if result.returncode not in (0, 68):  # 68: the user had no session to kick
            raise RuntimeError(f"doveadm kick failed ({result.returncode}): {result.stderr}")
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and any(_alive(pid) for pid in pids):
            time.sleep(0.01)
        return pids

    def session_pids(self, user: str = USER) -> set[int]:
        """The pids of the user's IMAP processes (``doveadm who -1``)."""
        result = self._doveadm("who", "-1", user)
        pids = set()
        for line in result.stdout.splitlines()[1:]:
            fields = line.split()
            if len(fields) >= 3 and fields[0] == user and fields[2].isdigit():
                pids.add(int(fields[2]))
        return pids

    def _doveadm(self, *args: str) -> subprocess.CompletedProcess[str]:
        doveadm = shutil.which("doveadm") or str(Path(self.binary).with_name("doveadm"))
        return subprocess.run(
            [doveadm, "-c", str(self.config), *args], capture_output=True, text=True
        )

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    def log(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")
        except OSError:
            return ""

    def add_user(self, user: str, password: str) -> None:
        """A new mailbox; Dovecot rereads the passwd-file when it changes."""
        self.users[user] = password
        self.create_folder("INBOX", user)
        self._write_passwd()

    # -- client side --------------------------------------------------------------------------
    def ssl_context(self) -> ssl.SSLContext:
        """Verifies the server against this instance's own CA (host name checked too)."""
        return ssl.create_default_context(cafile=str(self.ca_file))

    def account(self, name: str = "work", **fields: Any) -> ImapAccount:
        """An ``ImapAccount`` for this server (implicit TLS, trusting its CA)."""
        from heardback.mail.sources.imap import ImapAccount

        values: dict[str, Any] = {
            "host": "127.0.0.1",
            "username": USER,
            "port": self.port,
            "ca_file": str(self.ca_file),
            "timeout": 5.0,
        }
        values.update(fields)
        return ImapAccount(name, **values)

    def client(self, user: str = USER) -> Any:
        """A logged-in ``imapclient.IMAPClient`` to look at the mailbox from the outside."""
        import imapclient  # type: ignore[import-untyped]

        client = imapclient.IMAPClient(
            "127.0.0.1", self.port, ssl_context=self.ssl_context(), timeout=5
        )
        client.login(user, self.users[user])
        return client

    # -- mailboxes ----------------------------------------------------------------------------
    def home(self, user: str = USER) -> Path:
        return self.root / "mail" / user

    def maildir(self, folder: str = "INBOX", user: str = USER) -> Path:
        base = self.home(user) / "Maildir"
        return base if folder == "INBOX" else base / f".{folder}"

    def create_folder(self, folder: str, user: str = USER) -> Path:
        path = self.maildir(folder, user)
        for part in (
            self.home(user),
            self.home(user) / "Maildir",
            path,
            path / "cur",
            path / "new",
            path / "tmp",
        ):
            part.mkdir(exist_ok=True)
            self._chown(part)
        if folder != "INBOX":
            (path / "maildirfolder").touch()
            self._chown(path / "maildirfolder")
        return path

    def deliver(
        self,
        raw: bytes,
        *,
        folder: str = "INBOX",
        received: datetime | None = None,
        user: str = USER,
    ) -> Path:
        """Drop a message into the Maildir like an MTA; ``received`` becomes its arrival date."""
        path = self.maildir(folder, user)
        if not (path / "new").is_dir():
            self.create_folder(folder, user)
        name = f"{time.time_ns()}.{uuid.uuid4().hex[:12]}.heardback-test"
        tmp = path / "tmp" / name
        tmp.write_bytes(raw)
        if received is not None:
            stamp = received.timestamp()
            os.utime(tmp, (stamp, stamp))
        self._chown(tmp)
        final = path / "new" / name
        tmp.rename(final)
        return final

    def reset_uidvalidity(self, folder: str = "INBOX", user: str = USER) -> None:
        """Forget the folder's UID list and indexes: Dovecot numbers its messages again, under
        a new UIDVALIDITY (what happens when a mailbox is restored or rebuilt)."""
        path = self.maildir(folder, user)
        for item in path.iterdir():
            if item.name == "dovecot-uidlist" or item.name.startswith("dovecot.index"):
                item.unlink()

    # -- internals ----------------------------------------------------------------------------
    def _chown(self, path: Path) -> None:
        if self.as_root:
            os.chown(path, self.mail_uid, self.mail_gid)

    def _write_passwd(self) -> Path:
        passwd = self.root / "passwd"
        lines = [
            f"{user}:{{PLAIN}}{password}:{self.mail_uid}:{self.mail_gid}::{self.home(user)}::\n"
            for user, password in self.users.items()
        ]
        passwd.write_text("".join(lines), encoding="utf-8")
        return passwd

    def _write_config(self) -> None:
        passwd = self._write_passwd()
        chroot = "" if self.as_root else "  chroot =\n"
        no_chroot = "" if self.as_root else "\n".join(
            f"service {name} {{\n  chroot =\n}}" for name in ("anvil", "imap-urlauth-login")
        )  # fmt: skip
        self.config.write_text(
            f"""\
protocols = imap
listen = 127.0.0.1
base_dir = {self.root / "run"}
state_dir = {self.root / "state"}
instance_name = heardback-test-{self.root.name}
log_path = {self.log_path}
info_log_path = {self.log_path}
default_internal_user = {self.internal_user}
default_internal_group = {grp.getgrgid(pwd.getpwnam(self.internal_user).pw_gid).gr_name}
default_login_user = {self.login_user}
first_valid_uid = 1
first_valid_gid = 1
ssl = required
ssl_cert = <{self.cert}
ssl_key = <{self.key}
auth_mechanisms = plain login
auth_failure_delay = 0  # answer a wrong password at once (tests only)
mail_location = maildir:~/Maildir
shutdown_clients = yes
passdb {{
  driver = passwd-file
  args = scheme=PLAIN {passwd}
}}
userdb {{
  driver = passwd-file
  args = {passwd}
}}
service imap-login {{
{chroot}  inet_listener imap {{
    port = {self.starttls_port}
  }}
  inet_listener imaps {{
    port = {self.port}
    ssl = yes
  }}
}}
{no_chroot}
""",
            encoding="utf-8",
        )

    def _accepts(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                return True
        except OSError:
            return False

    def _wait_listening(self, seconds: float = 10) -> bool:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self._accepts():
                return True
            time.sleep(0.02)
        return False


def _alive(pid: int) -> bool:
    """Running (a zombie waiting for a parent that never reaps it counts as gone)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True
    return stat.rpartition(")")[2].split()[0] != "Z"


def _first_user(*names: str) -> str:
    for name in names:
        try:
            pwd.getpwnam(name)
        except KeyError:
            continue
        return name
    raise RuntimeError(f"none of the users {names} exists")
