"""The text model's training mail: the hand-written part loads as the parser would read it, a
broken line is reported with its place, and the shipped model is trained on exactly this mail."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from heardback.mail import learned
from heardback.mail.model import MailKind
from heardback.mail.training import examples
from heardback.mail.training.written import WRITTEN_DIR, WrittenError, written


def test_written_mail_covers_every_kind_in_many_languages() -> None:
    found = written()
    assert len(found) >= 600
    assert {kind for _m, kind in found} == {k.value for k in MailKind}
    langs = {
        json.loads(line)["language"]
        for path in WRITTEN_DIR.glob("*.jsonl")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
    assert len(langs) >= 10
    assert all(m.text.strip() for m, _k in found)


def test_written_mail_is_read_like_parsed_mail(tmp_path: Path) -> None:
    body = (
        "Hi Sam,\n\nAre you free Thursday at 3pm for a call?\n\nBest,\nLea\n\n"
        "On Mon, 3 Mar 2025, Sam wrote:\n> I applied for the analyst role last week.\n"
    )
    row = {"kind": "interview", "language": "en", "from_name": "Lea", "from_addr": "Lea@X.io"}
    (tmp_path / "t.jsonl").write_text(
        json.dumps(row | {"subject": "Re: Analyst", "body": body}) + "\n", encoding="utf-8"
    )
    [(mail, kind)] = written(tmp_path)
    assert kind == "interview"
    assert "Thursday at 3pm" in mail.text
    assert "applied for the analyst role" not in mail.text
    assert "applied for the analyst role" in mail.quoted
    assert mail.headers.from_addr == "lea@x.io"


@pytest.mark.parametrize(
    "line",
    [
        '{"kind": "hired", "subject": "s", "body": "b"}',
        '{"kind": "offer", "body": "no subject"}',
        "not json at all",
    ],
)
def test_a_broken_line_is_reported_with_file_and_line(tmp_path: Path, line: str) -> None:
    good = json.dumps({"kind": "offer", "subject": "Offer", "body": "We are happy to offer..."})
    (tmp_path / "x.jsonl").write_text(f"{good}\n{line}\n", encoding="utf-8")
    with pytest.raises(WrittenError, match=r"x\.jsonl line 2"):
        written(tmp_path)


def test_the_shipped_model_is_trained_on_the_current_training_mail() -> None:
    """Change the training mail and forget to run `python -m heardback.mail.learned --train`,
    and this fails."""
    manifest = json.loads((learned.MODEL_DIR / "manifest.json").read_text(encoding="utf-8"))
    mails, weights = examples(learned.SEED)
    assert manifest["n_examples"] == len(mails) == len(weights)
    assert "hand-written" in manifest["trained_on"]
