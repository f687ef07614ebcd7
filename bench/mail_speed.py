"""Mailbox scan speed and memory: heardback's streaming scan against a plain line scan.

    .venv/bin/python bench/mail_speed.py                    # 50k and 200k realistic + 200k small
    .venv/bin/python bench/mail_speed.py --sizes 20000 --small 20000 --no-naive   # quick look

Generates deterministic mbox files (seeded; cached in --workdir and reused): realistic sizes
(mostly 2-20 KB personal mail and notifications, 30-80 KB HTML newsletters, ~4% with 50-500 KB
base64 attachments, ~1% job mail from ATS relays, recruiters and hiring managers in seven
languages, calendar invitations) and a "small" variant (~1 KB messages). For each file it
reports, in a markdown table:

- a plain Python line scan (``for line in f: pass``, binary mode), the yardstick;
- heardback's scan (prefilter + full parse of candidates, 2 worker processes), whole process
  (interpreter start and imports included) with peak RSS of the main process and of the workers;
- the naive path: a full parse of every message (``full_parse_all=True``);
- job messages found by each path with the same simple job test on the parsed messages (they must
  be identical), against the generator's own labels.

Every scan runs in a fresh subprocess (``_scan`` sub-command) so RSS and start-up are real; the
line scan and the scan alternate ``--repeat`` times and the best of each is kept (on a shared,
virtualised 2-core machine single runs vary by 20% or more). "CPU s" is user + system time of the
scan process and its workers: the steadier figure (~80 us of worker CPU a realistic message).
The job test runs after the scan and is not timed.

The peer tool ``inbox-report`` (``pip install inbox-report``; reads an mbox with Python's
``mailbox`` module, one process) runs on the mailboxes of up to ``--peer-max`` messages (default
20,000, plus a 20,000-message realistic mailbox added for it): it reads about 60 messages a
second, so the 200,000-message file would take close to an hour. Its row counts the messages it
listed as application-related.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import random
import re
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
GENERATOR_VERSION = 4

# --------------------------------------------------------------------------------------------
# The mailbox generator
# --------------------------------------------------------------------------------------------

_SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ne",
    "ru",
    "sa",
    "te",
    "vo",
    "bi",
    "da",
    "fe",
    "gu",
    "ho",
    "ji",
    "ku",
    "la",
    "ma",
    "no",
    "pe",
    "qui",
    "ra",
    "si",
    "to",
    "un",
    "ve",
    "wa",
    "xe",
    "yo",
    "za",
]
_PERSONAL_SUBJECTS = [
    "Re: dinner friday",
    "Photos from the weekend",
    "Re: Re: plans for the summer",
    "Fwd: recipe",
    "Quick favour",
    "Re: the boat trip",
    "Book club notes",
    "Re: moving day",
    "Birthday present ideas",
    "Re: garden",
]
_NOTIFY = [
    ("GitHub", "notifications@github.com", "[octo/widget] Fix flaky test in parser (PR #{n})"),
    ("Bank of Nowhere", "alerts@bank-nowhere.com", "Your statement is ready"),
    ("Social", "no-reply@social.example", "{n} people viewed your photo"),
    ("Cloud", "no-reply@cloud.example", "Your invoice #{n} is available"),
    ("Shop", "orders@shop.example", "Your order #{n} has shipped"),
    ("Security", "security@account.example", "New sign-in to your account"),
]
_NEWSLETTERS = [  # (weight, display name, sender, subject)
    (25, "Example Shop", "deals@news.example-shop.com", "Spring sale: up to {n}% off everything"),
    (15, "Example Shop", "deals@news.example-shop.com", "Special offer just for you: {n}% off"),
    (10, "Travel Deals", "news@travel.example", "Last chance: flight deals from $ {n}"),
    (15, "Python Weekly", "editor@pyweekly.example", "Python Weekly - Issue {n}"),
    (
        3,
        "Tech Digest",
        "digest@techdigest.example",
        "This week in tech: interview with the founders",
    ),
    (12, "Medium Daily", "noreply@medium.example", "Your daily digest: {n} stories for you"),
    (
        8,
        "LinkedIn Job Alerts",
        "jobalerts-noreply@linkedin.com",
        "{n} new jobs for 'python developer'",
    ),
    (12, "Contoso News", "news@contoso.example", "Contoso quarterly update"),
]
_COMPANIES = [
    ("Acme", "acme.com"),
    ("Globex", "globex.io"),
    ("Initech", "initech.com"),
    ("Umbrella", "umbrella-corp.com"),
    ("Hooli", "hooli.xyz"),
    ("Vandelay", "vandelay.com"),
    ("Cyberdyne", "cyberdyne.ai"),
    ("Soylent", "soylent.co"),
]
_ROLES = ["Senior Software Engineer", "Data Scientist", "Product Manager", "Backend Engineer"]
_ATS = [  # (display, address); {t} = tenant
    ("{co} Hiring Team", "no-reply@us.greenhouse-mail.io"),
    ("{co}", "no-reply@hire.lever.co"),
    ("Workday @ {co}", "{t}@myworkday.com"),
    ("{co} @ icims", "{t}+autoreply@talent.icims.com"),
    ("{co} Hiring Team", "no-reply@ashbyhq.com"),
    ("{co}", "notification@smartrecruiters.com"),
    ("{co} Recruiting", "ekhe.fa.sender@workflow.mail.em2.oraclecloud.com"),
    ("{co} Recruiting Team", "notification@jobvite.com"),
    ("{co}", "notifications@app.bamboohr.com"),
    ("Workable", "noreply@candidates.workablemail.com"),
    ("{co}", "{t}@{t}.teamtailor-mail.com"),
]
# (subject, first sentence) per language for acknowledgements and rejections
_ACK = {
    "en": ("Thank you for applying to {co}", "Thank you for applying for the {role} position."),
    "de": ("Ihre Bewerbung bei {co}", "vielen Dank für Ihre Bewerbung als {role}."),
    "fr": ("Votre candidature chez {co}", "Merci pour votre candidature au poste de {role}."),
    "es": ("Tu candidatura en {co}", "Gracias por tu candidatura al puesto de {role}."),
    "pt": ("Sua candidatura na {co}", "Obrigado pela sua candidatura à vaga de {role}."),
    "nl": ("Je sollicitatie bij {co}", "Bedankt voor je sollicitatie voor de functie {role}."),
    "it": ("La tua candidatura presso {co}", "Grazie per la tua candidatura per la posizione."),
}
_REJECT = {
    "en": "Unfortunately we have decided to move forward with other candidates.",
    "de": "Leider müssen wir Ihnen mitteilen, dass wir uns für andere Bewerber entschieden haben.",
    "fr": "Nous avons le regret de vous informer que votre candidature n'a pas été retenue.",
    "es": "Lamentablemente hemos decidido continuar con otros candidatos.",
    "pt": "Infelizmente decidimos seguir com outros candidatos.",
    "nl": "Helaas hebben we besloten om verder te gaan met andere kandidaten.",
    "it": "Purtroppo abbiamo deciso di proseguire con altri candidati.",
}
_INTERVIEW = {
    "en": "Interview invitation: {role} at {co}",
    "de": "Einladung zum Vorstellungsgespräch - {co}",
    "fr": "Invitation à un entretien - {co}",
    "es": "Invitación a entrevista - {co}",
    "pt": "Convite para entrevista - {co}",
    "nl": "Uitnodiging sollicitatiegesprek - {co}",
    "it": "Invito a colloquio - {co}",
}


class Generator:
    """Deterministic mailbox messages. ``profile``: "realistic" or "small"."""

    def __init__(self, seed: int, profile: str) -> None:
        self.rng = random.Random(seed)
        self.profile = profile
        rng = self.rng
        words = ["".join(rng.choices(_SYLLABLES, k=rng.randint(1, 4))) for _ in range(3000)]
        words += ["the", "and", "of", "to", "a", "in", "is", "it", "you", "that", "was", "for"] * 40
        self.paragraphs = [self._paragraph(words) for _ in range(2000)]
        self.html_blocks = [self._html_block(p) for p in self.paragraphs[:600]]
        blob = base64.encodebytes(rng.randbytes(700_000))
        self.b64 = blob
        self.tokens = [base64.b64encode(rng.randbytes(48)).decode() for _ in range(500)]
        self.when = datetime(2019, 1, 1, 8, 0)

    def _paragraph(self, words: list[str]) -> bytes:
        rng = self.rng
        text = " ".join(rng.choices(words, k=rng.randint(40, 140)))
        lines, line = [], ""
        for word in text.split():
            if len(line) + len(word) > 72:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word.capitalize()
        lines.append(line + ".")
        if rng.random() < 0.05:
            lines.insert(1, ">From the archives, quoted as mboxrd does")
        return ("\n".join(lines) + "\n\n").encode()

    def _html_block(self, paragraph: bytes) -> bytes:
        text = paragraph.decode().replace("\n", " ").replace(">From", "From")
        n = self.rng.randint(1, 999)
        block = (
            '<tr><td style="padding:0 24px 16px;font-family:Arial,Helvetica,sans-serif;'
            f'font-size:15px;line-height:22px;color:#333333">{text} '
            f'<a href="https://click.example.com/ls/click?upn={n}&amp;u=abc" '
            'style="color:#1a73e8;text-decoration:underline">Read more &raquo;</a></td></tr>\n'
        )
        return block.encode()

    def _body(self, size: int) -> bytes:
        out, total = [], 0
        while total < size:
            p = self.rng.choice(self.paragraphs)
            out.append(p)
            total += len(p)
        return b"".join(out)

    def _headers(self, sender: str, name: str, subject: str, extra: list[str]) -> list[str]:
        rng = self.rng
        self.when += timedelta(seconds=rng.randint(60, 900))
        tok = self.tokens
        domain = sender.rsplit("@", 1)[-1]
        zone = timezone(timedelta(minutes=rng.choice((-480, -300, 0, 60, 120, 330))))
        date = format_datetime(self.when.replace(tzinfo=UTC).astimezone(zone))
        head = []
        if self.profile == "realistic":
            head = [
                f"X-GM-THRID: {rng.getrandbits(62)}",
                "X-Gmail-Labels: Inbox,Opened",
                "Delivered-To: alex.doe@gmail.com",
                f"Received: by 2002:a05:6a10:9e8c with SMTP id {tok[rng.randrange(500)][:12]};",
                f"        {date}",
                f"X-Google-Smtp-Source: {tok[rng.randrange(500)]}",
                f"ARC-Seal: i=1; a=rsa-sha256; t={rng.getrandbits(31)}; cv=none; d=google.com;",
                f"        b={tok[rng.randrange(500)]}",
                f"         {tok[rng.randrange(500)]}",
                "ARC-Authentication-Results: i=1; mx.google.com;",
                f"       dkim=pass header.i=@{domain} header.s=s1;",
                f"       spf=pass smtp.mailfrom=bounces@{domain}",
                f"Return-Path: <bounces@{domain}>",
                f"Received: from mail.{domain} (mail.{domain}. [203.0.113.{rng.randrange(255)}])",
                f"        by mx.google.com with ESMTPS id {tok[rng.randrange(500)][:20]}",
                "        for <alex.doe@gmail.com>;",
                f"        {date}",
                f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={domain};",
                "\th=content-type:from:mime-version:subject:to:date:message-id;",
                f"\ts=s1; bh={tok[rng.randrange(500)][:44]};",
                f"\tb={tok[rng.randrange(500)]}",
                f"\t {tok[rng.randrange(500)]}",
            ]
        head += [
            f"Date: {date}",
            f"From: {name} <{sender}>" if name else f"From: {sender}",
            "To: Alex Doe <alex.doe@gmail.com>",
            f"Subject: {subject}",
            f"Message-ID: <{rng.getrandbits(64):x}.{rng.getrandbits(32)}@{domain}>",
            "MIME-Version: 1.0",
            *extra,
        ]
        return head

    def message(self, index: int) -> tuple[bytes, bool]:
        """``(message bytes without the envelope line, is job mail)``."""
        rng = self.rng
        if self.profile == "small":
            return self._small(index)
        r = rng.random()
        if r < 0.010:
            return self._job(index), True
        if r < 0.015:
            return self._personal_invite(), False
        if r < 0.055:
            return self._attachment(), False
        if r < 0.205:
            return self._newsletter(index), False
        if r < 0.505:
            return self._notification(index), False
        return self._personal(), False

    def _assemble(self, head: list[str], body: bytes) -> bytes:
        return ("\n".join(head) + "\n\n").encode() + body

    def _personal(self) -> bytes:
        rng = self.rng
        first = rng.choice(["sam", "jo", "max", "kim", "lee", "ana", "tom"])
        head = self._headers(
            f"{first}.{rng.randrange(99)}@gmail.com",
            first.capitalize(),
            rng.choice(_PERSONAL_SUBJECTS),
            ["Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 8bit"],
        )
        return self._assemble(head, self._body(rng.randint(1500, 19000)))

    def _notification(self, n: int) -> bytes:
        rng = self.rng
        name, sender, subject = rng.choice(_NOTIFY)
        plain = self._body(rng.randint(800, 6000))
        html = b"<html><body><table>" + b"".join(
            rng.choices(self.html_blocks, k=rng.randint(2, 12))
        )
        html += b"</table></body></html>\n"
        head = self._headers(
            sender,
            name,
            subject.format(n=n),
            ['Content-Type: multipart/alternative; boundary="b1"', f"List-Id: <{name}.list>"],
        )
        body = (
            b'--b1\nContent-Type: text/plain; charset="UTF-8"\n\n'
            + plain
            + b'\n--b1\nContent-Type: text/html; charset="UTF-8"\n\n'
            + html
            + b"\n--b1--\n"
        )
        return self._assemble(head, body)

    def _newsletter(self, n: int) -> bytes:
        rng = self.rng
        _, name, sender, subject = rng.choices(_NEWSLETTERS, [w for w, *_ in _NEWSLETTERS])[0]
        blocks = rng.choices(self.html_blocks, k=rng.randint(45, 120))
        html = b'<html><head><style>td{padding:0}</style></head><body><table width="100%">\n'
        html += b"".join(blocks) + b"</table></body></html>\n"
        b64 = rng.random() < 0.2
        encoded = base64.encodebytes(html) if b64 else html
        head = self._headers(
            sender,
            name,
            subject.format(n=rng.randint(2, 70)),
            [
                'Content-Type: multipart/alternative; boundary="nl"',
                f"List-Unsubscribe: <mailto:unsub@{sender.split('@')[1]}>",
                "Precedence: bulk",
                f"Feedback-ID: {rng.randrange(9999)}:newsletter",
            ],
        )
        cte = "base64" if b64 else "8bit"
        body = (
            b'--nl\nContent-Type: text/plain; charset="UTF-8"\n\nView this email in your browser.\n'
            + b'--nl\nContent-Type: text/html; charset="UTF-8"\n'
            + f"Content-Transfer-Encoding: {cte}\n\n".encode()
            + encoded
            + b"\n--nl--\n"
        )
        return self._assemble(head, body)

    def _attachment(self) -> bytes:
        rng = self.rng
        size = int(50_000 * 10 ** rng.random())  # 50-500 KB, log-uniform
        start = rng.randrange(0, len(self.b64) - size - 100)
        start = self.b64.index(b"\n", start) + 1
        data = self.b64[start : start + size]
        data = data[: data.rindex(b"\n") + 1]
        first = rng.choice(["sam", "jo", "max", "kim"])
        kind = rng.choice([("application/pdf", "statement.pdf"), ("image/jpeg", "IMG_2041.jpg")])
        head = self._headers(
            f"{first}@gmail.com",
            first.capitalize(),
            rng.choice(["Photos", "The document", "Scan", "Fwd: invoice"]),
            ['Content-Type: multipart/mixed; boundary="mx"'],
        )
        body = (
            b"--mx\nContent-Type: text/plain; charset=UTF-8\n\n"
            + self._body(rng.randint(300, 3000))
            + f'--mx\nContent-Type: {kind[0]}; name="{kind[1]}"\n'.encode()
            + f'Content-Disposition: attachment; filename="{kind[1]}"\n'.encode()
            + b"Content-Transfer-Encoding: base64\n\n"
            + data
            + b"--mx--\n"
        )
        return self._assemble(head, body)

    def _calendar(self, summary: str, organizer: str, tz: str) -> bytes:
        start = (self.when + timedelta(days=3)).replace(minute=0, second=0)
        return (
            "BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\n"
            "METHOD:REQUEST\nBEGIN:VEVENT\n"
            f"DTSTART;TZID={tz}:{start:%Y%m%dT%H%M%S}\n"
            f"DTEND;TZID={tz}:{start + timedelta(minutes=45):%Y%m%dT%H%M%S}\n"
            f"DTSTAMP:{start:%Y%m%dT%H%M%S}Z\nORGANIZER;CN=Organizer:mailto:{organizer}\n"
            f"UID:{self.rng.getrandbits(64):x}@google.com\nSUMMARY:{summary}\n"
            "LOCATION:https://meet.example.com/abc-defg-hij\nEND:VEVENT\nEND:VCALENDAR\n"
        ).encode()

    def _invite(self, head: list[str], text: str, ics: bytes) -> bytes:
        body = (
            b"--inv\nContent-Type: text/plain; charset=UTF-8\n\n"
            + text.encode()
            + b"\n\n"
            + self._body(400)
            + b"--inv\nContent-Type: text/calendar; charset=UTF-8; method=REQUEST\n\n"
            + ics
            + b"--inv--\n"
        )
        return self._assemble(head, body)

    def _personal_invite(self) -> bytes:
        head = self._headers(
            "calendar-notification@google.com",
            "Google Calendar",
            "Invitation: Dinner with Sam @ Fri 7pm",
            ['Content-Type: multipart/mixed; boundary="inv"'],
        )
        return self._invite(
            head, "Dinner with Sam", self._calendar("Dinner", "sam@gmail.com", "UTC")
        )

    def _job(self, n: int) -> bytes:
        rng = self.rng
        co, domain = rng.choice(_COMPANIES)
        role = rng.choice(_ROLES)
        lang = rng.choice(list(_ACK))
        tenant = co.lower()
        kind = rng.choice(
            ["ack", "ack", "ack_bulk", "reject", "reject_neutral", "interview", "invite_cal",
             "assessment", "offer", "docusign", "outreach", "manager", "linkedin"]
        )  # fmt: skip
        extra = ['Content-Type: text/plain; charset="UTF-8"', "Content-Transfer-Encoding: 8bit"]
        body_lines: list[str] = []
        if kind in ("ack", "ack_bulk", "reject", "reject_neutral", "linkedin"):
            display, sender = rng.choice(_ATS)
            subject, sentence = _ACK[lang]
            body_lines = ["Hi Alex,", "", sentence.format(role=role, co=co)]
            if kind.startswith("reject"):
                body_lines.append(_REJECT[lang])
            if kind == "reject_neutral":
                subject = "Thank you for your interest in {co}"
            if kind == "ack_bulk":
                extra += [
                    f"List-Unsubscribe: <mailto:u@{sender.split('@')[1]}>",
                    "Precedence: bulk",
                ]
            if kind == "linkedin":
                display, sender = "LinkedIn", "jobs-noreply@linkedin.com"
                subject = f"Your application was sent to {co}"
                extra.append("X-LinkedIn-Template: jobs_applicant_applied")
        elif kind == "interview":
            display, sender = "Dana Lee", f"dana.lee@{domain}"
            subject = _INTERVIEW[lang]
            body_lines = ["Hi Alex,", "", f"We would like to invite you to interview for {role}."]
        elif kind == "invite_cal":
            display, sender = "Dana Lee", f"dana.lee@{domain}"
            head = self._headers(
                sender,
                display,
                f"{co} / Alex - chat",
                ['Content-Type: multipart/mixed; boundary="inv"'],
            )
            ics = self._calendar(f"Interview: {role} ({co})", sender, "Europe/Berlin")
            return self._invite(head, f"Your interview for the {role} role at {co}.", ics)
        elif kind == "assessment":
            display, sender = "HackerRank", "support@hackerrankforwork.com"
            subject = f"{co} has invited you to a coding assessment"
            body_lines = [f"{co} invites you to take the {role} assessment for your application."]
        elif kind in ("offer", "docusign"):
            display, sender = "Dana Lee", f"dana.lee@{domain}"
            subject = f"Offer letter - {role}"
            body_lines = ["Hi Alex,", "", f"We are pleased to offer you the {role} position."]
            if kind == "docusign":
                display, sender = f"{co} via DocuSign", "dse_na2@docusign.net"
                subject = f"Please DocuSign: {co} Offer Letter"
        elif kind == "outreach":
            display, sender = "Sam Recruiter", f"sam.r@{domain}"
            subject = rng.choice([f"Hello from {co}", "Quick question", f"{co} + Alex"])
            body_lines = ["Hi Alex,", "", f"I'm a recruiter at {co}; the {role} role fits you."]
        else:  # a hiring manager from a personal address, neutral subject
            display, sender = "Chris", f"chris.{tenant}@gmail.com"
            subject = rng.choice(["Coffee next week?", "Quick chat", "Following up"])
            body_lines = ["Hey Alex,", "", f"About the {role} position at {co}: can we talk?"]
        body = ("\n".join(body_lines) + "\n\n").encode() + self._body(rng.randint(800, 6000))
        head = self._headers(
            sender.format(t=tenant),
            display.format(co=co),
            subject.format(co=co, role=role),
            extra,
        )
        return self._assemble(head, body)

    def _small(self, index: int) -> tuple[bytes, bool]:
        rng = self.rng
        if rng.random() < 0.01:
            co, _ = rng.choice(_COMPANIES)
            subject, sentence = _ACK[rng.choice(list(_ACK))]
            head = self._headers(
                "no-reply@us.greenhouse-mail.io",
                f"{co} Hiring Team",
                subject.format(co=co),
                ["Content-Type: text/plain; charset=UTF-8"],
            )
            return self._assemble(
                head, (sentence.format(role="Engineer", co=co) + "\n").encode()
            ), True
        first = rng.choice(["sam", "jo", "max", "kim", "lee", "ana", "tom"])
        head = self._headers(
            f"{first}@example.org",
            first.capitalize(),
            rng.choice(_PERSONAL_SUBJECTS),
            ["Content-Type: text/plain; charset=UTF-8"],
        )
        body = rng.choice(self.paragraphs)[: rng.randint(400, 700)]
        return self._assemble(head, body.rstrip(b"\n") + b"\n"), False


def generate(path: Path, count: int, seed: int, profile: str) -> dict[str, Any]:
    """Write the mbox (or reuse it); returns its metadata (size, job message offsets)."""
    meta_path = path.with_suffix(".json")
    if path.exists() and meta_path.exists():
        meta = json.loads(meta_path.read_text())
        if meta.get("version") == GENERATOR_VERSION and meta.get("count") == count:
            return dict(meta)
    gen = Generator(seed, profile)
    jobs: list[int] = []
    offset = 0
    t0 = time.perf_counter()
    with open(path, "wb", buffering=8 * 1024 * 1024) as f:
        for i in range(count):
            raw, job = gen.message(i)
            envelope = f"From sender@example.com {gen.when:%a %b %d %H:%M:%S %Y}\n".encode()
            if job:
                jobs.append(offset)
            chunk = envelope + raw + (b"\n" if raw.endswith(b"\n") else b"\n\n")
            f.write(chunk)
            offset += len(chunk)
    meta = {
        "version": GENERATOR_VERSION,
        "count": count,
        "bytes": offset,
        "jobs": jobs,
        "generate_s": round(time.perf_counter() - t0, 1),
    }
    meta_path.write_text(json.dumps(meta))
    return meta


# --------------------------------------------------------------------------------------------
# The simple job test (the same for both paths): sender or candidate-directed phrases
# --------------------------------------------------------------------------------------------

_JOB_SENDERS = re.compile(
    r"(?:greenhouse-mail\.io|lever\.co|myworkday\.com|icims\.com|ashbyhq\.com|smartrecruiters\.com"
    r"|oraclecloud\.com|jobvite\.com|bamboohr\.com|workablemail\.com|teamtailor-mail\.com"
    r"|hackerrankforwork\.com|docusign\.net|calendly\.com)$|^jobs-noreply@linkedin\.com$"
)
_JOB_PHRASES = re.compile(
    r"thank you for applying|your application|invite you to interview|interview for"
    r"|other candidates|pleased to offer|offer letter|the (?:\S+ ){1,4}(?:position|role)\b"
    r"|recruiter at|ihre bewerbung|vorstellungsgespr|votre candidature|entretien|tu candidatura"
    r"|entrevista|sua candidatura|sollicitatie|la tua candidatura|colloquio|coding assessment"
)


def is_job(record: dict[str, Any]) -> bool:
    """The bench's stand-in for the classifier, on a parsed message's record (subject and the
    first 3,000 characters of the text): a job sender, or
    candidate-directed phrases in the subject and text, or a calendar invitation about one."""
    if _JOB_SENDERS.search(record["from"]):
        return True
    if _JOB_PHRASES.search(record["text"].lower()):
        return True
    return any(
        _JOB_PHRASES.search(event.lower()) or "interview" in event.lower()
        for event in record["calendar"]
    )


# --------------------------------------------------------------------------------------------
# Measurements
# --------------------------------------------------------------------------------------------


def line_scan(path: Path) -> float:
    """Seconds for ``for line in f: pass`` over the file (binary mode), in this process."""
    t0 = time.perf_counter()
    with open(path, "rb") as f:
        for _line in f:
            pass
    return time.perf_counter() - t0


def _peak_rss_kb() -> int:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def _scan_main(path: str, mode: str, workers: int) -> None:
    """In a fresh process: scan, print JSON with counts, job keys, times and peak RSS.

    The job test runs after the scan, on a compact record of each parsed message streamed to a
    temporary file: judging during the scan would overlap with the workers' progress (and its
    time could not be told apart), keeping the messages would break the memory figures.
    """
    import resource
    import tempfile

    t0 = time.perf_counter()
    from heardback.mail.prefilter import load_prefilter
    from heardback.mail.scan import scan

    prefilter = load_prefilter()
    result = scan(path, prefilter, workers=workers, full_parse_all=(mode == "full"))
    with tempfile.TemporaryFile("w+", encoding="utf-8") as records:
        for mail in result:
            record = {
                "key": mail.ref.key,
                "from": mail.headers.from_addr,
                "text": f"{mail.headers.subject}\n{mail.text[:3000]}",
                "calendar": [f"{c.summary} {c.description}" for c in mail.calendar],
            }
            records.write(json.dumps(record) + "\n")
        elapsed = time.perf_counter() - t0
        me = resource.getrusage(resource.RUSAGE_SELF)
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        t1 = time.perf_counter()
        records.seek(0)
        jobs = [int(r["key"]) for r in map(json.loads, records) if is_job(r)]
        judging = time.perf_counter() - t1
    stats = result.stats
    print(
        json.dumps(
            {
                "elapsed": elapsed,
                "judging": judging,
                "cpu": me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime,
                "read": stats.read,
                "candidates": stats.candidates,
                "parsed": stats.parsed,
                "defects": stats.defects,
                "reasons": stats.reasons,
                "jobs": jobs,
                "rss_main_kb": _peak_rss_kb(),
                "rss_workers_kb": children.ru_maxrss,
            }
        )
    )


def run_scan(path: Path, mode: str, workers: int) -> dict[str, Any]:
    """The whole process, timed from outside (interpreter start and imports included); the
    bench's own job test is subtracted."""
    t0 = time.perf_counter()
    out = subprocess.run(
        [sys.executable, str(HERE / "mail_speed.py"), "_scan", str(path), mode, str(workers)],
        check=True,
        capture_output=True,
        text=True,
    )
    wall = time.perf_counter() - t0
    data: dict[str, Any] = json.loads(out.stdout)
    data["wall"] = wall - float(data["judging"])
    return data


def run_import(path: Path) -> dict[str, Any]:
    """The whole ``heardback mail import`` (scan, classify, extract, link, write) into a new
    SQLite file, as a user runs it, timed from a fresh helper process; then the same import
    again (it must add nothing)."""
    out = subprocess.run(
        [sys.executable, str(HERE / "mail_speed.py"), "_import", str(path)],
        check=True,
        capture_output=True,
        text=True,
    )
    data: dict[str, Any] = json.loads(out.stdout)
    return data


def _import_main(mbox: str) -> None:
    import resource
    import tempfile

    exe = str(Path(sys.executable).parent / "heardback")
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "XDG_DATA_HOME": tmp, "XDG_CONFIG_HOME": tmp, "XDG_CACHE_HOME": tmp}
        cmd = [exe, "--db", str(Path(tmp) / "bench.sqlite3"), "mail", "import", mbox, "--json"]
        runs = []
        for _ in range(2):
            t0 = time.perf_counter()
            done = subprocess.run(cmd, capture_output=True, text=True, env=env, check=True)
            runs.append((time.perf_counter() - t0, json.loads(done.stdout)))
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    (first, stats), (again, stats_again) = runs
    print(
        json.dumps(
            {
                "wall": first,
                "wall_again": again,
                "rss_main_kb": usage.ru_maxrss,
                "rss_workers_kb": 0,
                "cpu": usage.ru_utime + usage.ru_stime,
                "stats": stats,
                "stats_again": stats_again,
            }
        )
    )


def run_inbox_report(path: Path) -> dict[str, Any] | None:
    """The peer tool ``inbox-report`` (``pip install inbox-report``) on the same mbox, timed as a
    whole process from a fresh helper process (so its peak RSS is its own); None when it is not
    installed or fails. Returns wall seconds, peak RSS and how many rows (messages it judged
    application-related) it wrote."""
    import shutil

    exe = shutil.which("inbox-report") or str(Path(sys.executable).parent / "inbox-report")
    if not Path(exe).exists():
        print("(inbox-report is not installed: pip install inbox-report)", file=sys.stderr)
        return None
    out = subprocess.run(
        [sys.executable, str(HERE / "mail_speed.py"), "_peer", exe, str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    if out.returncode != 0:
        print(f"(inbox-report failed: {out.stderr.strip()[-300:]})", file=sys.stderr)
        return None
    data: dict[str, Any] = json.loads(out.stdout)
    return data


def _peer_main(exe: str, mbox: str) -> None:
    import csv
    import resource
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "details.csv"
        t0 = time.perf_counter()
        done = subprocess.run(
            [exe, mbox, "--out", str(report), "--no-pdf", "--quiet"], capture_output=True
        )
        wall = time.perf_counter() - t0
        if done.returncode != 0 or not report.exists():
            sys.stderr.write(done.stderr.decode("utf-8", "replace"))
            raise SystemExit(1)
        with report.open(encoding="utf-8-sig") as fh:
            rows = sum(1 for _ in csv.DictReader(fh))
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(
        json.dumps(
            {
                "wall": wall,
                "rss_main_kb": usage.ru_maxrss,
                "rss_workers_kb": 0,
                "cpu": usage.ru_utime + usage.ru_stime,
                "rows": rows,
            }
        )
    )


def _row(label: str, what: str, seconds: float, count: int, size_mb: float, extra: str) -> str:
    return (
        f"| {label} | {what} | {seconds:.2f} | {count / seconds:,.0f} | {size_mb / seconds:,.0f}"
        f" | {extra} |"
    )


def _rss(run: dict[str, Any]) -> str:
    return f"{run['rss_main_kb'] / 1024:.0f} / {run['rss_workers_kb'] / 1024:.0f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="50000,200000", help="realistic mailbox sizes")
    parser.add_argument("--small", type=int, default=200_000, help="small-message mailbox size")
    parser.add_argument("--workdir", default="/tmp/heardback-mailbench")
    parser.add_argument("--seed", type=int, default=20261122)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3, help="best of N (line scan and scan)")
    parser.add_argument("--no-naive", action="store_true", help="skip the full parse of all")
    parser.add_argument(
        "--no-import", action="store_true", help="skip the whole `mail import` (and re-import)"
    )
    parser.add_argument(
        "--peer",
        type=int,
        default=20_000,
        help="also a realistic mailbox of this size, where inbox-report runs too (0: none)",
    )
    parser.add_argument(
        "--peer-max",
        type=int,
        default=20_000,
        help="run inbox-report on mailboxes up to this size (it reads ~60 messages/s)",
    )
    args = parser.parse_args(argv)
    work = Path(args.workdir)
    work.mkdir(parents=True, exist_ok=True)
    runs = [("realistic", int(n)) for n in args.sizes.split(",") if n]
    if args.peer and ("realistic", args.peer) not in runs:
        runs.insert(0, ("realistic", args.peer))
    if args.small:
        runs.append(("small", args.small))
    rows = []
    checks = []
    for profile, count in runs:
        path = work / f"{profile}-{count}-{args.seed}.mbox"
        meta = generate(path, count, args.seed, profile)
        size_mb = int(meta["bytes"]) / 1e6
        label = f"{profile} {count:,} msgs, {size_mb:,.0f} MB"
        lines: list[float] = []
        ours: list[dict[str, Any]] = []
        for _ in range(max(1, args.repeat)):  # alternate, so both meet the same conditions
            lines.append(line_scan(path))
            ours.append(run_scan(path, "prefilter", args.workers))
        best = min(ours, key=lambda r: float(r["wall"]))
        wall = float(best["wall"])
        rows.append(_row(label, "line scan (`for line in f`)", min(lines), count, size_mb, "— | —"))
        rows.append(
            _row(
                label,
                f"heardback scan, {args.workers} workers",
                wall,
                count,
                size_mb,
                f"{_rss(best)} | {best['cpu']:.1f} | {best['candidates']:,}",
            )
        )
        truth = set(meta["jobs"])
        found = set(best["jobs"])
        check: dict[str, Any] = {
            "file": label,
            "scan_to_line_scan_speed": round(min(lines) / wall, 2),
            "line_scan_runs": [round(x, 2) for x in lines],
            "scan_runs": [round(float(r["wall"]), 2) for r in ours],
            "generated_job_messages": len(truth),
            "found_by_prefilter_path": len(found),
            "generated_but_not_found": len(truth - found),
        }
        if not args.no_import:
            imp = run_import(path)
            st = imp["stats"]
            rows.append(
                _row(
                    label,
                    "heardback `mail import` (whole: scan, classify, extract, link, write)",
                    float(imp["wall"]),
                    count,
                    size_mb,
                    f"{imp['rss_main_kb'] / 1024:.0f} (largest process) | "
                    f"{imp['cpu']:.1f} (both runs) | {st.get('candidates', 0):,}",
                )
            )
            check |= {
                "import_to_line_scan_speed": round(min(lines) / float(imp["wall"]), 2),
                "import_job_messages": st.get("job"),
                "import_events": st.get("events"),
                "import_review": st.get("review"),
                "reimport_seconds": round(float(imp["wall_again"]), 2),
                "reimport_new_events": imp["stats_again"].get("events"),
            }
        if not args.no_naive:
            naive = run_scan(path, "full", args.workers)
            rows.append(
                _row(
                    label,
                    f"naive full parse, {args.workers} workers",
                    float(naive["wall"]),
                    count,
                    size_mb,
                    f"{_rss(naive)} | {naive['cpu']:.1f} | {naive['candidates']:,}",
                )
            )
            full = set(naive["jobs"])
            check |= {
                "found_by_full_parse": len(full),
                "only_full_parse": sorted(full - found)[:20],
                "only_prefilter": sorted(found - full)[:20],
                "identical": full == found,
            }
        if count <= args.peer_max:
            report = run_inbox_report(path)
            if report is not None:
                rows.append(
                    _row(
                        label,
                        "inbox-report (peer, 1 process)",
                        report["wall"],
                        count,
                        size_mb,
                        f"{report['rss_main_kb'] / 1024:.0f} / — | {report['cpu']:.1f} | "
                        f"{report['rows']:,} rows",
                    )
                )
                check["inbox_report_rows"] = report["rows"]
        checks.append(check)
    print(
        "| mailbox | what | seconds | messages/s | MB/s | peak RSS MB (main / worker) "
        "| CPU s | parsed |"
    )
    print("|---|---|---|---|---|---|---|---|")
    print("\n".join(rows))
    print()
    for check in checks:
        print(json.dumps(check))
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "_peer":
        _peer_main(sys.argv[2], sys.argv[3])
    elif len(sys.argv) > 1 and sys.argv[1] == "_import":
        _import_main(sys.argv[2])
    elif len(sys.argv) > 1 and sys.argv[1] == "_scan":
        sys.path.insert(0, str(HERE.parent / "src"))
        _scan_main(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    else:
        raise SystemExit(main())
