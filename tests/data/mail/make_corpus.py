#!/usr/bin/env python3
"""Write the labelled recruiting-mail corpus (corpus/*.eml, labels.jsonl, README table).

    python tests/data/mail/make_corpus.py           # (re)write the files
    python tests/data/mail/make_corpus.py --check   # exit 1 if the files on disk differ

Every message is invented for heardback's tests (see README.md). The output is deterministic:
no clock, no environment, every random choice seeded from a stable key.
"""

from __future__ import annotations

import argparse
import email
import email.policy
import hashlib
import html
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus_en  # noqa: E402
import corpus_intl  # noqa: E402
import corpus_notjob  # noqa: E402
import corpus_people  # noqa: E402
import corpus_threads  # noqa: E402
from mailkit import KINDS, Corpus, Mail, render  # noqa: E402

CORPUS = HERE / "corpus"
LABELS = HERE / "labels.jsonl"
README = HERE / "README.md"
TABLE_START = "<!-- distribution:start (written by make_corpus.py) -->"
TABLE_END = "<!-- distribution:end -->"
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u034f\u00ad"


def collect() -> list[Mail]:
    c = Corpus()
    for module in (corpus_en, corpus_people, corpus_intl, corpus_notjob, corpus_threads):
        module.build(c)
    c.finish()
    # A mailbox is read in arrival order; ties keep the order they were written in.
    order = sorted(range(len(c.mails)), key=lambda i: (c.mails[i].sort_key, i))
    return [c.mails[i] for i in order]


def mime_tags(raw: bytes) -> list[str]:
    """Tags that describe the message's form, read back from the bytes written."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    tags: list[str] = []
    types, ctes, charsets, text = [], set(), [], ""
    attachment = False
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if part.get_content_disposition() == "attachment":
            attachment = True
            continue
        types.append(ct)
        if ct.startswith("text/"):
            ctes.add(part.get("Content-Transfer-Encoding", "7bit").lower())
            cs = (part.get_content_charset() or "us-ascii").lower()
            if cs not in ("utf-8", "us-ascii") and cs not in charsets:
                charsets.append(cs)
            if ct in ("text/plain", "text/html"):
                text += part.get_content()
    if "text/html" in types and "text/plain" not in types:
        tags.append("html_only")
    if "text/calendar" in types:
        tags.append("calendar")
    if attachment:
        tags.append("attachment")
    if "quoted-printable" in ctes:
        tags.append("qp")
    if "base64" in ctes:
        tags.append("base64")
    tags += [f"charset:{cs}" for cs in charsets]
    head = raw.split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0]
    if b"=?" in head:
        tags.append("rfc2047")
    if any(ch in text for ch in ZERO_WIDTH):
        tags.append("zero_width")
    if msg.get("List-Unsubscribe") or (msg.get("Precedence") or "").lower() == "bulk":
        tags.append("bulk_headers")
    if b"\r\n" in raw:
        tags.append("crlf")
    return tags


def visible_text(raw: bytes) -> str:
    """Subject, display names and the text of the body parts (HTML tags dropped)."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    out = [str(msg.get("Subject", ""))]
    for name in ("From", "Sender", "Reply-To"):
        for a in getattr(msg.get(name), "addresses", ()):
            out.append(a.display_name)
    for part in msg.walk():
        if (
            part.get_content_type() in ("text/plain", "text/html")
            and part.get_content_disposition() != "attachment"
        ):
            text = part.get_content()
            if part.get_content_type() == "text/html":
                text = html.unescape(re.sub(r"<[^>]+>", " ", text))
            out.append(text)
    return "\n".join(out)


def generate() -> dict[str, bytes]:
    """File name (relative to this folder) -> bytes, for everything the script owns."""
    out: dict[str, bytes] = {}
    rows = []
    for i, mail in enumerate(collect(), 1):
        name = f"{i:04d}.eml"
        raw = render(mail, mail.bstyle)
        out[f"corpus/{name}"] = raw
        tags = list(mail.tags)
        tags += [t for t in mime_tags(raw) if t not in tags]
        if mail.company and mail.company.lower() not in visible_text(raw).lower():
            tags.append("hard:company_not_in_text")
        rows.append(
            {
                "file": name,
                "kind": mail.kind,
                "company": mail.company,
                "role": mail.role,
                "requisition": mail.requisition,
                "language": mail.language,
                "tags": tags,
            }
        )
    out["labels.jsonl"] = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode(
        "utf-8"
    )
    out["README.md"] = readme_with_table(rows).encode("utf-8")
    return out


def readme_with_table(rows: list[dict]) -> str:
    text = (
        README.read_text(encoding="utf-8") if README.exists() else f"{TABLE_START}\n{TABLE_END}\n"
    )
    langs = [lang for lang, _ in Counter(r["language"] for r in rows).most_common()]
    langs.sort(key=lambda lang: (lang != "en", -sum(r["language"] == lang for r in rows), lang))
    count = Counter((r["kind"], r["language"]) for r in rows)
    lines = ["| kind | " + " | ".join(langs) + " | total |", "|---|" + "---:|" * (len(langs) + 1)]
    for kind in KINDS:
        cells = [str(count[kind, lang]) for lang in langs]
        total = sum(count[kind, lang] for lang in langs)
        lines.append(f"| {kind} | " + " | ".join(cells) + f" | {total} |")
    totals = [str(sum(count[k, lang] for k in KINDS)) for lang in langs]
    lines.append("| **total** | " + " | ".join(totals) + f" | **{len(rows)}** |")
    tag_count = Counter(t for r in rows for t in r["tags"])
    hard = sorted(t for t in tag_count if t.startswith("hard:"))
    ats = sorted(t for t in tag_count if t.startswith(("ats:", "tool:", "platform:")))
    form = [
        "html_only",
        "calendar",
        "attachment",
        "qp",
        "base64",
        "rfc2047",
        "zero_width",
        "bulk_headers",
        "reply",
        "forward",
        "own_sent",
        "crlf",
        "agency",
        "employer_domain",
    ]
    form += sorted(t for t in tag_count if t.startswith("charset:"))

    def listing(names: list[str]) -> str:
        return ", ".join(f"`{t}` {tag_count[t]}" for t in names if tag_count[t])

    lines += [
        "",
        f"Hard cases: {listing(hard)}.",
        "",
        f"Senders: {listing(ats)}.",
        "",
        f"Form: {listing(form)}.",
    ]
    table = "\n".join(lines)
    head, rest = text.split(TABLE_START, 1)
    _, tail = rest.split(TABLE_END, 1)
    return f"{head}{TABLE_START}\n{table}\n{TABLE_END}{tail}"


def digest_of(files: dict[str, bytes]) -> str:
    h = hashlib.sha256()
    for name in sorted(files):
        h.update(name.encode() + b"\0" + files[name] + b"\0")
    return h.hexdigest()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="compare with the files on disk")
    args = ap.parse_args(argv)
    files = generate()
    on_disk = {f"corpus/{p.name}" for p in CORPUS.glob("*.eml")} if CORPUS.exists() else set()
    if args.check:
        bad = sorted(
            n
            for n, data in files.items()
            if not (HERE / n).exists() or (HERE / n).read_bytes() != data
        )
        extra = sorted(on_disk - set(files))
        for n in bad:
            print(f"differs or missing: {n}")
        for n in extra:
            print(f"not generated: {n}")
        if bad or extra:
            print("run: python tests/data/mail/make_corpus.py")
            return 1
        print(f"ok: {len(files) - 2} messages, digest {digest_of(files)[:16]}")
        return 0
    CORPUS.mkdir(exist_ok=True)
    for n in sorted(on_disk - set(files)):
        (HERE / n).unlink()
    for n, data in files.items():
        path = HERE / n
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)
    kinds = Counter(
        json.loads(line)["kind"] for line in files["labels.jsonl"].decode().splitlines()
    )
    print(f"wrote {len(files) - 2} messages: " + ", ".join(f"{k} {kinds[k]}" for k in KINDS))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
