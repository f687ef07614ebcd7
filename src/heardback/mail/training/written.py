"""Hand-written training mail: ``written/*.jsonl`` beside this file.

The synthetic generator (``generate.py``) recombines heardback's own phrase banks, so the text
model trained on it mostly learns what the phrase rules already know. These messages were
written for training by authors who never saw the classifier, its rules or any evaluation
corpus: many senders, tones, lengths and languages, and hard non-job mail. One JSON object per
line: ``kind``, ``language``, ``from_name``, ``from_addr``, ``subject``, ``body``.

Each message goes through the parser's own text steps (quoted history and signature split
off, invisible characters dropped), so the model sees it as it sees real mail.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from heardback.mail.model import Headers, MailKind, MessageRef, ParsedMail
from heardback.mail.text import clean_text, split_quoted, split_signature

WRITTEN_DIR = Path(__file__).with_name("written")
_KINDS = frozenset(k.value for k in MailKind)


class WrittenError(ValueError):
    """A line of the written training mail is not a usable example."""


def written(directory: Path = WRITTEN_DIR) -> list[tuple[ParsedMail, str]]:
    """The written examples as (mail, kind), in file and line order."""
    out: list[tuple[ParsedMail, str]] = []
    for path in sorted(directory.glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                kind = str(rec["kind"])
                if kind not in _KINDS:
                    raise WrittenError(f"unknown kind {kind!r}")
                out.append((_mail(rec, f"{path.stem}:{n}"), kind))
            except (ValueError, KeyError, TypeError) as exc:
                raise WrittenError(f"{path.name} line {n}: {exc}") from exc
    return out


def _mail(rec: dict[str, object], key: str) -> ParsedMail:
    text, quoted = split_quoted(clean_text(str(rec["body"])))
    text, signature = split_signature(text)
    headers = Headers(
        subject=str(rec["subject"]),
        from_addr=str(rec.get("from_addr", "")).lower(),
        from_name=str(rec.get("from_name", "")),
        date=datetime(2025, 3, 3, 9),
    )
    return ParsedMail(
        ref=MessageRef("written", key),
        headers=headers,
        text=text,
        quoted=quoted,
        signature=signature,
    )
