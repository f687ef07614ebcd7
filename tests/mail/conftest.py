"""Fixtures for the mail tests: a real Dovecot IMAP server on loopback (see ``dovecot.py``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

try:  # tests/mail on sys.path: pytest's default "prepend" import mode, no __init__.py here
    from dovecot import Dovecot, find_dovecot, make_certificate
except ImportError:  # tests/mail is a package
    from .dovecot import Dovecot, find_dovecot, make_certificate


@pytest.fixture(scope="session")
def dovecot_binary() -> str:
    binary = find_dovecot()
    if binary is None:
        pytest.skip("Dovecot is not installed (apt-get install dovecot-imapd)")
    return binary


@pytest.fixture(scope="session")
def dovecot_cert(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return make_certificate(tmp_path_factory.mktemp("dovecot-tls"))


@pytest.fixture
def dovecot(dovecot_binary: str, dovecot_cert: tuple[Path, Path]) -> Iterator[Dovecot]:
    """A running Dovecot of its own (TLS required, user ``alice``), removed afterwards."""
    server = Dovecot(dovecot_binary, *dovecot_cert)
    try:
        server.start()
        yield server
    finally:
        print(f"--- {server.log_path} ---\n{server.log()}")  # pytest shows it if the test failed
        server.close()
