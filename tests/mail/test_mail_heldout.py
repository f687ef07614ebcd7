"""The blind corpora (tests/data/mail/heldout, blind2 and blind3), written by people who
had not seen the classifier: these checks keep them intact and well-formed; bench/mail_quality.py
scores heardback on them (see bench/README.md for which were later tuned on)."""

from __future__ import annotations

import json
import subprocess
import sys
from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest

from heardback.mail.model import MailKind

MAIL = Path(__file__).resolve().parents[1] / "data" / "mail"
SETS = [
    (MAIL / "heldout", "make_heldout.py"),
    (MAIL / "blind2", "make_blind2.py"),
    (MAIL / "blind3", "make_blind3.py"),
]


@pytest.mark.parametrize(("folder", "generator"), SETS)
def test_generator_reproduces_the_committed_files(folder: Path, generator: str) -> None:
    done = subprocess.run(
        [sys.executable, str(folder / generator), "--check"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize(("folder", "generator"), SETS)
def test_every_message_is_labelled_with_a_known_kind_and_parses(
    folder: Path, generator: str
) -> None:
    rows = [json.loads(line) for line in (folder / "labels.jsonl").read_text().splitlines()]
    files = sorted(p.name for p in (folder / "corpus").glob("*.eml"))
    assert sorted(r["file"] for r in rows) == files and len(files) >= 120
    kinds = {k.value for k in MailKind}
    assert {r["kind"] for r in rows} <= kinds
    for name in files:
        msg = BytesParser(policy=policy.default).parsebytes((folder / "corpus" / name).read_bytes())
        assert msg["Message-ID"] and msg["From"], name
