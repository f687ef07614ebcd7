"""The held-out corpus (tests/data/mail/heldout): written blind, never tuned on. These checks keep
it intact and well-formed; bench/mail_quality.py scores heardback on it."""

from __future__ import annotations

import json
import subprocess
import sys
from email import policy
from email.parser import BytesParser
from pathlib import Path

from heardback.mail.model import MailKind

HELDOUT = Path(__file__).resolve().parents[1] / "data" / "mail" / "heldout"


def test_generator_reproduces_the_committed_files() -> None:
    done = subprocess.run(
        [sys.executable, str(HELDOUT / "make_heldout.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_message_is_labelled_with_a_known_kind_and_parses() -> None:
    rows = [json.loads(line) for line in (HELDOUT / "labels.jsonl").read_text().splitlines()]
    files = sorted(p.name for p in (HELDOUT / "corpus").glob("*.eml"))
    assert sorted(r["file"] for r in rows) == files and len(files) >= 150
    kinds = {k.value for k in MailKind}
    assert {r["kind"] for r in rows} <= kinds
    for name in files:
        msg = BytesParser(policy=policy.default).parsebytes(
            (HELDOUT / "corpus" / name).read_bytes()
        )
        assert msg["Message-ID"] and msg["From"], name
