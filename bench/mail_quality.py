"""Quality of the mail classifier and extractor on the labelled corpus, next to inbox-report.

    .venv/bin/python bench/mail_quality.py [--corpus DIR] [--no-peer] [--rules-only]

Reads ``corpus/*.eml`` and ``labels.jsonl`` (one JSON object per line: file, kind, company, role,
requisition, language), parses each message with ``heardback.mail.parse.parse_message`` (or a
minimal stdlib parser when that module is missing), classifies and extracts, and prints per-kind
precision/recall/F1, macro-F1, employer accuracy (case- and punctuation-insensitive; "" must match
"" for not_job), role and requisition accuracy, a confusion matrix and the worst errors.

The user's own address is taken as the most common To: address of the corpus (a mailbox's owner
is its most frequent recipient), as the importer would do without configuration.

The peer, inbox-report (``pip install inbox-report``; a CLI reading .eml folders or mbox files and
writing a CSV of the messages it judges application-related), runs on the same folder. It has no
file column, so its rows are matched back to messages by sender address, subject and date. Its
statuses map to our kinds as follows (a message it does not list is ``not_job``):

    submitted_or_received -> applied      under_review       -> update
    possible_application  -> applied      action_required    -> request
    interview             -> interview    offer_or_accepted  -> offer
    start_or_onboarding   -> offer        rejected, closed_or_full, ineligible -> rejected

It has no kind for outreach, assessment or reference checks. Its ``organization_guess`` is
compared as its employer.
"""

from __future__ import annotations

import argparse
import csv
import email
import email.header
import email.policy
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from email.utils import getaddresses, parseaddr, parsedate_to_datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from heardback.mail.classify import classify_many  # noqa: E402
from heardback.mail.extract import extract  # noqa: E402
from heardback.mail.model import Headers, MailKind, MessageRef, ParsedMail  # noqa: E402

KINDS = [k.value for k in MailKind]
PEER_MAP = {
    "submitted_or_received": "applied",
    "possible_application": "applied",
    "under_review": "update",
    "action_required": "request",
    "interview": "interview",
    "offer_or_accepted": "offer",
    "start_or_onboarding": "offer",
    "rejected": "rejected",
    "closed_or_full": "rejected",
    "ineligible": "rejected",
}


def norm(text: str) -> str:
    return re.sub(r"[\W_]+", " ", (text or "").casefold()).strip()


_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ø": "o", "æ": "ae", "å": "a"})


def lenient_match(a: str, b: str) -> bool:
    """The same employer as a tracker would link it: equal after folding accents, or one name is
    the other's leading or trailing words ("Søndervig" / "Søndervig Data"). A secondary figure:
    the headline employer accuracy is the strict comparison."""
    import unicodedata

    def fold(text: str) -> list[str]:
        text = norm(text).translate(_FOLD)
        text = unicodedata.normalize("NFKD", text)
        return "".join(c for c in text if not unicodedata.combining(c)).split()

    x, y = fold(a), fold(b)
    if x == y:
        return True
    if not x or not y:
        return False
    short, long = sorted((x, y), key=len)
    return long[: len(short)] == short or long[-len(short) :] == short


# -- parsing --------------------------------------------------------------------------------------
def _fallback_parse(ref: MessageRef, raw: bytes) -> ParsedMail:
    """A minimal stdlib parse, for when heardback.mail.parse is not there yet."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    name, addr = parseaddr(str(msg.get("From", "")))
    try:
        date = parsedate_to_datetime(str(msg.get("Date"))).replace(tzinfo=None)
    except (TypeError, ValueError):
        date = None
    part = msg.get_body(preferencelist=("plain", "html"))
    text = part.get_content() if part is not None else ""
    if part is not None and part.get_content_type() == "text/html":
        text = re.sub(r"<[^>]+>", " ", text)
    headers = Headers(
        subject=str(msg.get("Subject", "")),
        from_name=name,
        from_addr=addr.lower(),
        reply_to=parseaddr(str(msg.get("Reply-To", "")))[1].lower(),
        to=tuple(a.lower() for _, a in getaddresses([str(msg.get("To", ""))])),
        date=date,
        list_unsubscribe="List-Unsubscribe" in msg,
    )
    return ParsedMail(ref=ref, headers=headers, text=text)


def parser() -> Callable[[MessageRef, bytes], ParsedMail]:
    try:
        from heardback.mail.parse import parse_message
    except ImportError:
        print("(heardback.mail.parse not found: using the stdlib fallback parser)")
        return _fallback_parse
    return parse_message


# -- scoring --------------------------------------------------------------------------------------
def report(name: str, gold: list[str], pred: list[str], companies: list[tuple[str, str]]) -> float:
    print(f"\n=== {name} ===")
    print(f"{'kind':16} {'prec':>6} {'recall':>6} {'F1':>6} {'n':>5}")
    f1s = []
    for k in KINDS:
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == k and p == k)
        fp = sum(1 for g, p in zip(gold, pred, strict=True) if g != k and p == k)
        fn = sum(1 for g, p in zip(gold, pred, strict=True) if g == k and p != k)
        n = tp + fn
        if n == 0 and fp == 0:
            continue
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / n if n else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        if n:
            f1s.append(f1)
        print(f"{k:16} {prec:6.3f} {rec:6.3f} {f1:6.3f} {n:5d}")
    macro = sum(f1s) / len(f1s) if f1s else 0.0
    acc = sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold)
    emp = sum(norm(a) == norm(b) for a, b in companies) / len(companies)
    loose = sum(lenient_match(a, b) for a, b in companies) / len(companies)
    print(f"macro-F1 {macro:.3f}   accuracy {acc:.3f}   employer accuracy {emp:.3f}")
    print(f"employer accuracy, lenient (accents folded, leading/trailing words) {loose:.3f}")
    return macro


def confusion(gold: list[str], pred: list[str]) -> None:
    short = {k: k[:6] for k in KINDS}
    print("\nconfusion (rows: label, columns: predicted)")
    print(" " * 16 + " ".join(f"{short[k]:>6}" for k in KINDS))
    for g in KINDS:
        row = [sum(1 for a, b in zip(gold, pred, strict=True) if a == g and b == p) for p in KINDS]
        if sum(row):
            print(f"{g:16}" + " ".join(f"{x:6d}" for x in row))


# -- the peer -------------------------------------------------------------------------------------
def board_companies(corpus: Path, mails: list[ParsedMail], owner: str) -> list[str] | None:
    """Import the labelled folder as a user would (``heardback mail import`` into a fresh
    SQLite file, the owner's address set) and return, per message, the company of the
    opportunity its event went to: what the board shows. "" when the message recorded no event
    (not job mail, or waiting in review). None when heardback's importer is not available."""
    try:
        from heardback.mail.record import message_key
    except ImportError:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "HEARDBACK_HOME": tmp, "HEARDBACK_YOUR_EMAIL": owner}
        db = Path(tmp) / "quality.sqlite3"
        subprocess.run(
            [sys.executable, "-m", "heardback", "--db", str(db), "mail", "import", str(corpus)],
            env=env,
            check=True,
            capture_output=True,
        )
        with sqlite3.connect(db) as con:
            linked = dict(
                con.execute(
                    "SELECT l.message_key, o.company FROM mail_ledger l"
                    " JOIN opportunities o ON o.id = l.opportunity_id"
                )
            )
    return [linked.get(message_key(m)) or "" for m in mails]


def run_peer(
    corpus: Path, mails: list[ParsedMail], raws: list[bytes]
) -> list[tuple[str, str]] | None:
    exe = shutil.which("inbox-report") or str(Path(sys.executable).parent / "inbox-report")
    if not Path(exe).exists():
        print("\n(inbox-report is not installed: pip install inbox-report)")
        return None
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "details.csv"
        cmd = [exe, str(corpus), "--out", str(out), "--no-pdf", "--quiet"]
        t0 = time.perf_counter()
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
        took = time.perf_counter() - t0
        if done.returncode != 0 or not out.exists():
            print(f"\n(inbox-report failed: {done.stderr.strip()[:300]})")
            return None
        with out.open(encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
    print(f"\ninbox-report: {len(rows)} rows in {took:.2f} s")
    pool: dict[tuple[str, str], list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        pool[(row["sender_email"].lower(), norm(row["subject"]))].append(row)
    result = []
    matched = 0
    for mail, raw in zip(mails, raws, strict=True):
        msg = email.message_from_bytes(raw, policy=email.policy.compat32)
        subject = str(email.header.make_header(email.header.decode_header(msg.get("Subject", ""))))
        key = (mail.headers.from_addr.lower(), norm(subject))
        hits = pool.get(key)
        if hits:
            row = hits.pop(0)
            matched += 1
            result.append((PEER_MAP.get(row["status"], "applied"), row["organization_guess"]))
        else:
            result.append(("not_job", ""))
    print(f"inbox-report rows matched to messages: {matched} of {len(rows)}")
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=ROOT / "tests/data/mail/corpus")
    ap.add_argument("--labels", type=Path, default=None)
    ap.add_argument("--no-peer", action="store_true")
    ap.add_argument("--rules-only", action="store_true", help="without the text model")
    ap.add_argument("--worst", type=int, default=15)
    args = ap.parse_args(argv)
    labels_path = args.labels or args.corpus.parent / "labels.jsonl"
    if not args.corpus.is_dir() or not labels_path.exists():
        print(f"no corpus at {args.corpus} (with {labels_path.name}); nothing to measure")
        return 0
    labels = [
        json.loads(line)
        for line in labels_path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    parse = parser()
    raws = [(args.corpus / row["file"]).read_bytes() for row in labels]
    mails = [
        parse(MessageRef(str(args.corpus), row["file"]), raw)
        for row, raw in zip(labels, raws, strict=True)
    ]
    owner = Counter(a for m in mails for a in m.headers.to).most_common(1)
    users = [owner[0][0]] if owner else []
    model: object = None if args.rules_only else "default"
    classify_many(mails[:2], user_addresses=users, model=model)  # type: ignore[arg-type]  # warm up
    extract(mails[0])
    t0 = time.perf_counter()
    results = classify_many(mails, user_addresses=users, model=model)  # type: ignore[arg-type]
    took_c = time.perf_counter() - t0
    t0 = time.perf_counter()
    extracted = [extract(m, c) for m, c in zip(mails, results, strict=True)]
    took_e = time.perf_counter() - t0
    gold = [row["kind"] for row in labels]
    pred = [c.kind.value for c in results]
    ours = ["" if p == "not_job" else e.company for p, e in zip(pred, extracted, strict=True)]
    gold_co = [row.get("company") or "" for row in labels]
    print(
        f"{len(mails)} messages; owner address {users[0] if users else '?'}; "
        f"classify {len(mails) / took_c:.0f} msg/s, extract {len(mails) / took_e:.0f}"
        f" msg/s"
    )
    report("heardback", gold, pred, list(zip(ours, gold_co, strict=True)))
    job = [i for i, g in enumerate(gold) if g != "not_job"]
    for field in ("role", "requisition"):
        rows = [i for i in job if labels[i].get(field)]
        if rows:
            ok = sum(norm(getattr(extracted[i], field)) == norm(labels[i][field]) for i in rows)
            print(f"{field} accuracy {ok / len(rows):.3f} (on {len(rows)} labelled)")
    board = board_companies(args.corpus, mails, users[0] if users else "")
    if board is not None:
        job_rows = [i for i, g in enumerate(gold) if g != "not_job"]
        strict = sum(norm(board[i]) == norm(gold_co[i]) for i in job_rows)
        loose = sum(lenient_match(board[i], gold_co[i]) for i in job_rows)
        recorded = [i for i in job_rows if board[i]]
        right = sum(norm(board[i]) == norm(gold_co[i]) for i in recorded)
        print(
            f"employer on the board after importing the whole set ({len(job_rows)} job"
            f" messages): {strict / len(job_rows):.3f} strict, {loose / len(job_rows):.3f}"
            f" lenient; {len(recorded)} recorded an event, {right / max(1, len(recorded)):.3f}"
            f" of them on an opportunity with the labelled employer; the other"
            f" {len(job_rows) - len(recorded)} wait in review or were read as not job"
        )
    confusion(gold, pred)
    by_lang: dict[str, list[bool]] = defaultdict(list)
    for row, p in zip(labels, pred, strict=True):
        by_lang[row.get("language", "?")].append(row["kind"] == p)
    print(
        "\naccuracy by language: "
        + ", ".join(f"{k} {sum(v) / len(v):.2f} ({len(v)})" for k, v in sorted(by_lang.items()))
    )
    errors = [
        (c.confidence, row, c, e)
        for row, c, e, o in zip(labels, results, extracted, ours, strict=True)
        if c.kind.value != row["kind"] or norm(o) != norm(row.get("company") or "")
    ]
    print(
        f"\nworst errors ({len(errors)} messages with a wrong kind or employer; most confident"
        f" first)"
    )
    for conf, row, c, e in sorted(errors, key=lambda x: -x[0])[: args.worst]:
        print(
            f"- {row['file']} [{row.get('language')}] label"
            f" {row['kind']}/{row.get('company')!r} -> "
            f"{c.kind.value} {conf:.2f}/{e.company!r};"
            f" {'; '.join(r.text for r in c.reasons[:3])}"
        )
    if not args.no_peer:
        peer = run_peer(args.corpus, mails, raws)
        if peer is not None:
            ppred = [p for p, _ in peer]
            pco = [("" if p == "not_job" else o) for p, o in peer]
            report("inbox-report (mapped)", gold, ppred, list(zip(pco, gold_co, strict=True)))
            confusion(gold, ppred)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
