#!/usr/bin/env python3
"""Write the held-out recruiting-mail corpus (corpus/*.eml and labels.jsonl).

    python tests/data/mail/heldout/make_heldout.py           # (re)write the files
    python tests/data/mail/heldout/make_heldout.py --check   # exit 1 if the files differ

A blind test set: written independently of heardback's classifier and extractor and never
tuned against them (see README.md). Standard library only; the output is deterministic (no
clock, no environment, no randomness: every id and boundary is a hash of a fixed key).
"""

from __future__ import annotations

import argparse
import email
import email.policy
import hashlib
import html
import json
import re
import textwrap
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from email.charset import BASE64, QP, Charset
from email.header import Header
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
LABELS = HERE / "labels.jsonl"

KINDS = (
    "applied",
    "rejected",
    "interview",
    "assessment",
    "offer",
    "reference_check",
    "outreach",
    "update",
    "request",
    "not_job",
)

# The mailbox owner: a data analyst living in Rotterdam, applying in several countries.
ME_NAME = "Ines Halvorsen"
ME_ADDR = "ines.halvorsen@mailbox.org"
ME = f"{ME_NAME} <{ME_ADDR}>"

POLICY = email.policy.default.clone(max_line_length=78)


# -- time ------------------------------------------------------------------------------------


def _last_sunday(year: int, month: int) -> date:
    d = date(year, month + 1, 1) - timedelta(days=1) if month < 12 else date(year, 12, 31)
    return d - timedelta(days=(d.weekday() + 1) % 7)


def _nth_sunday(year: int, month: int, n: int) -> date:
    d = date(year, month, 1)
    d += timedelta(days=(6 - d.weekday()) % 7)
    return d + timedelta(weeks=n - 1)


def utc_offset(zone: str, local: datetime) -> int:
    """Minutes east of UTC for a few hand-written zones (summer time by the 2025/26 rules)."""
    d = local.date()
    if zone in ("CET", "UK"):
        base = 60 if zone == "CET" else 0
        summer = _last_sunday(d.year, 3) <= d < _last_sunday(d.year, 10)
        return base + (60 if summer else 0)
    if zone in ("ET", "PT"):
        base = -300 if zone == "ET" else -480
        summer = _nth_sunday(d.year, 3, 2) <= d < _nth_sunday(d.year, 11, 1)
        return base + (60 if summer else 0)
    return {"UTC": 0, "BRT": -180}[zone]


def when(stamp: str, zone: str) -> datetime:
    local = datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    return local.replace(tzinfo=timezone(timedelta(minutes=utc_offset(zone, local))))


# -- ids -------------------------------------------------------------------------------------


def h(*parts: str, n: int = 16) -> str:
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:n]


def b32(*parts: str, n: int = 20) -> str:
    raw = hashlib.sha256("\0".join(parts).encode()).digest()
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    return "".join(alphabet[b % 32] for b in raw)[:n]


def message_id(key: str, domain: str, style: str) -> str:
    if style == "gmail":
        return f"<CA+{b32(key, 'g', n=28)}{h(key, n=6)}@mail.gmail.com>"
    if style == "outlook":
        box = b32(key, "box", n=4)
        digit = int(h(key, "d", n=4), 16) % 9 + 1
        return (
            f"<AM{b32(key, 'o1', n=4)}PR0{digit}MB{box}"
            f"{b32(key, 'o2', n=24)}@AM{b32(key, 'o1', n=4)}PR0{digit}MB{box}.eurprd0{digit}"
            ".prod.outlook.com>"
        )
    if style == "java":
        return f"<{int(h(key, n=12), 16)}.{int(h(key, 'j', n=6), 16)}.JavaMail.root@{domain}>"
    if style == "apple":
        return f"<{h(key, 'a', n=8).upper()}-{h(key, 'b', n=4).upper()}@{domain}>"
    if style == "sg":
        return f"<{b32(key, 'sg', n=22)}@geopod-ismtpd-{int(h(key, n=2), 16) % 40}>"
    return (
        f"<{h(key, 'u1', n=8)}-{h(key, 'u2', n=4)}-{h(key, 'u3', n=4)}-{h(key, 'u4', n=4)}-"
        f"{h(key, 'u5', n=12)}@{domain}>"
    )


# -- text helpers ----------------------------------------------------------------------------


def T(s: str) -> str:
    """Dedent a triple-quoted body and drop the first newline; keep one final newline."""
    return textwrap.dedent(s).lstrip("\n").rstrip() + "\n"


_URL = re.compile(r"https?://[^\s<>\"')\]]+")


def inline(s: str) -> str:
    out, last = [], 0
    for m in _URL.finditer(s):
        out.append(html.escape(s[last : m.start()], quote=False))
        url = m.group(0).rstrip(".,;")
        out.append(f'<a href="{html.escape(url)}">{html.escape(url, quote=False)}</a>')
        last = m.start() + len(url)
    out.append(html.escape(s[last:], quote=False))
    return "".join(out)


def paras(text: str, p: str = "<p>", end: str = "</p>") -> str:
    blocks = [b for b in text.strip("\n").split("\n\n") if b.strip()]
    return "\n".join(p + "<br>\n".join(inline(ln) for ln in b.split("\n")) + end for b in blocks)


def html_plain(text: str) -> str:
    """What a webmail client sends as the HTML twin of a typed message."""
    body = paras(text, "<div>", "</div><div><br></div>")
    return f'<div dir="ltr">\n{body}\n</div>\n'


def html_outlook(text: str, lang: str = "en-GB") -> str:
    body = paras(text, '<p class="MsoNormal">', "<o:p></o:p></p>\n<p>&nbsp;</p>")
    return (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",'
        "sans-serif;} --></style>\n</head>\n"
        f'<body lang="{lang}" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
        f"{body}\n</div>\n</body>\n</html>\n"
    )


def html_card(
    text: str,
    *,
    brand: str,
    color: str = "#1f3a5f",
    button: tuple[str, str] | None = None,
    footer: str = "",
    preheader: str = "",
    lang: str = "en",
) -> str:
    """A templated ATS / platform mail: one centred table, a brand bar, maybe a button."""
    pre = (
        f'<div style="display:none;max-height:0;overflow:hidden">{html.escape(preheader)}</div>\n'
        if preheader
        else ""
    )
    btn = ""
    if button:
        btn = (
            '<tr><td align="center" style="padding:8px 0 24px">'
            f'<a href="{html.escape(button[1])}" style="background:{color};color:#ffffff;'
            'padding:12px 22px;border-radius:4px;text-decoration:none;font-weight:bold">'
            f"{html.escape(button[0])}</a></td></tr>\n"
        )
    foot = ""
    if footer:
        small = paras(footer, '<p style="margin:0 0 6px">')
        foot = f'<tr><td style="padding:16px 32px;font-size:11px;color:#888888">{small}</td></tr>\n'
    body = paras(text, '<p style="margin:0 0 14px;line-height:1.5">')
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width"></head>\n'
        '<body style="margin:0;background:#f4f5f7;font-family:Helvetica,Arial,sans-serif">\n'
        f"{pre}"
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
        '<tr><td align="center">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff">\n'
        f'<tr><td style="background:{color};color:#ffffff;padding:18px 32px;font-size:18px">'
        f"{html.escape(brand)}</td></tr>\n"
        f'<tr><td style="padding:28px 32px;font-size:14px;color:#222222">\n{body}\n</td></tr>\n'
        f"{btn}{foot}</table>\n</td></tr></table>\n</body>\n</html>\n"
    )


def quote_reply(text: str, attribution: str) -> str:
    lines = text.rstrip("\n").split("\n")
    return attribution + "\n" + "\n".join(("> " + ln) if ln else ">" for ln in lines) + "\n"


# -- calendar --------------------------------------------------------------------------------


def _ics_text(s: str) -> str:
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> list[str]:
    out, cur = [], ""
    for ch in line:
        limit = 75 if not out else 74
        if len((cur + ch).encode()) > limit:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return [out[0]] + [" " + x for x in out[1:]]


def ics(
    *,
    uid: str,
    start: datetime,
    minutes: int,
    summary: str,
    organizer: tuple[str, str],
    attendees: list[tuple[str, str]],
    description: str = "",
    location: str = "",
    method: str = "REQUEST",
    prodid: str = "-//Google Inc//Google Calendar 70.9054//EN",
    stamp: datetime | None = None,
    sequence: int = 0,
) -> str:
    fmt = "%Y%m%dT%H%M%SZ"
    s = start.astimezone(UTC)
    e = s + timedelta(minutes=minutes)
    st = (stamp or start - timedelta(days=3)).astimezone(UTC)
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{prodid}",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"DTSTART:{s.strftime(fmt)}",
        f"DTEND:{e.strftime(fmt)}",
        f"DTSTAMP:{st.strftime(fmt)}",
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
        f"UID:{uid}",
    ]
    for name, mail in attendees:
        lines.append(
            "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
            f"RSVP=TRUE;CN={name};X-NUM-GUESTS=0:mailto:{mail}"
        )
    if description:
        lines.append(f"DESCRIPTION:{_ics_text(description)}")
    if location:
        lines.append(f"LOCATION:{_ics_text(location)}")
    lines += [
        f"SEQUENCE:{sequence}",
        "STATUS:CONFIRMED",
        f"SUMMARY:{_ics_text(summary)}",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(x for ln in lines for x in _fold(ln)) + "\r\n"


# -- attachments -----------------------------------------------------------------------------


def pdf(title: str, lines: list[str]) -> bytes:
    """A tiny, valid-looking one-page PDF with the given text lines."""
    text = " ".join(f"({ln.replace('(', '[').replace(')', ']')}) Tj T*" for ln in [title, *lines])
    stream = f"BT /F1 11 Tf 14 TL 56 780 Td {text} ET".encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


# -- one message -----------------------------------------------------------------------------


@dataclass
class Mail:
    key: str  # stable, unique: seeds the Message-ID and MIME boundaries
    at: datetime
    frm: str
    subject: str
    kind: str
    company: str = ""
    role: str = ""
    req: str = ""
    lang: str = "en"
    tags: list[str] = field(default_factory=list)
    text: str | None = None
    html: str | None = None
    cal: str | None = None
    cal_method: str = "REQUEST"
    attach: list[tuple[str, str, bytes]] = field(default_factory=list)
    to: str = ME
    cc: str = ""
    reply_to: str = ""
    sender: str = ""
    headers: list[tuple[str, str]] = field(default_factory=list)
    parent: str = ""  # key of the message this one replies to
    mid_style: str = "uuid"
    crlf: bool = False
    charset: str = "utf-8"
    text_cte: str | None = None
    html_cte: str | None = None


MAILS: list[Mail] = []


def add(key: str, stamp: str, zone: str, frm: str, subject: str, kind: str, **kw: object) -> None:
    if any(m.key == key for m in MAILS):
        raise ValueError(f"duplicate key {key}")
    MAILS.append(Mail(key, when(stamp, zone), frm, subject, kind, **kw))  # type: ignore[arg-type]


def _domain(frm: str) -> str:
    return frm.rsplit("@", 1)[1].rstrip(">").strip()


def _set_text(part: EmailMessage, text: str, subtype: str, charset: str, cte: str | None) -> None:
    kw: dict[str, object] = {"subtype": subtype, "charset": charset}
    if cte:
        kw["cte"] = cte
    part.set_content(text, **kw)  # type: ignore[arg-type]


_ADDR = re.compile(r"^(.*?)\s*<([^<>]+)>$")


def _charset(qp: bool) -> Charset:
    cs = Charset("utf-8")
    cs.header_encoding = QP if qp else BASE64
    return cs


def enc_addr(value: str, qp: bool) -> str:
    """One address as a mail client writes it: specials quoted, non-ASCII names encoded."""
    m = _ADDR.match(value)
    if not m:
        return value
    name, address = m.group(1).strip(), m.group(2)
    if not name:
        return address
    if name.isascii():
        return formataddr((name, address))
    return formataddr((name, address), charset=_charset(qp))


def fold_header(name: str, value: str, linesep: str, qp: bool) -> str:
    """The header line(s), folded at 78 columns; ASCII values folded at white space."""
    if name in ("From", "To", "Cc", "Reply-To", "Sender"):
        line = f"{name}: {enc_addr(value, qp)}"
        if len(line) > 78 and " <" in line:
            line = line.replace(" <", linesep + " <", 1)
        return line + linesep
    if value.isascii():
        hd = Header(value, "us-ascii", maxlinelen=78, header_name=name)
    else:
        hd = Header(value, _charset(qp), maxlinelen=78, header_name=name)
    return f"{name}: {hd.encode(linesep=linesep)}{linesep}"


def build(m: Mail, mids: dict[str, str]) -> bytes:
    linesep = "\r\n" if m.crlf else "\n"
    qp = m.mid_style in ("gmail", "apple", "uuid", "sg")
    head: list[tuple[str, str]] = [("Date", format_datetime(m.at)), ("From", m.frm)]
    if m.sender:
        head.append(("Sender", m.sender))
    if m.reply_to:
        head.append(("Reply-To", m.reply_to))
    if m.to:
        head.append(("To", m.to))
    if m.cc:
        head.append(("Cc", m.cc))
    head += [("Subject", m.subject), ("Message-ID", mids[m.key])]
    if m.parent:
        head += [("In-Reply-To", mids[m.parent]), ("References", mids[m.parent])]
    head += m.headers
    top = "".join(fold_header(k, v, linesep, qp) for k, v in head)

    # The MIME structure is built by the email package; the envelope headers above are
    # written by hand (the package can fold a long encoded display name into the address).
    msg = EmailMessage(policy=POLICY)
    text_cte = m.text_cte or ("8bit" if m.mid_style == "java" else None)
    if m.text is not None:
        _set_text(msg, m.text, "plain", m.charset, text_cte)
        if m.html is not None:
            alt = EmailMessage(policy=POLICY)
            _set_text(alt, m.html, "html", m.charset, m.html_cte)
            msg.make_alternative()
            msg.attach(alt)
    elif m.html is not None:
        _set_text(msg, m.html, "html", m.charset, m.html_cte)
    else:
        raise ValueError(f"{m.key}: no body")
    if m.cal is not None:
        if not msg.is_multipart():
            msg.make_alternative()
        cal = EmailMessage(policy=POLICY)
        cal.set_content(m.cal, subtype="calendar", charset="utf-8", params={"method": m.cal_method})
        msg.attach(cal)
    for name, ctype, data in m.attach:
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    for part in msg.walk():
        if part is not msg:
            del part["MIME-Version"]  # only the top level carries it in real mail
    for i, part in enumerate(p for p in msg.walk() if p.is_multipart()):
        part.set_boundary(f"----=_Part_{h(m.key, str(i), n=10)}_{i}")
    return top.encode("ascii") + msg.as_bytes(policy=POLICY.clone(linesep=linesep))


# -- derived tags ----------------------------------------------------------------------------

ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"


def form_tags(raw: bytes) -> list[str]:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    types, ctes, charsets, text, attachment = [], set(), [], "", False
    for part in msg.walk():
        if part.is_multipart():
            continue
        if part.get_content_disposition() == "attachment":
            attachment = True
            continue
        ct = part.get_content_type()
        types.append(ct)
        ctes.add(str(part.get("Content-Transfer-Encoding", "7bit")).lower())
        cs = (part.get_content_charset() or "us-ascii").lower()
        if cs not in ("utf-8", "us-ascii") and f"charset:{cs}" not in charsets:
            charsets.append(f"charset:{cs}")
        if ct in ("text/plain", "text/html"):
            text += part.get_content()
    tags = []
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
    tags += charsets
    head = raw.replace(b"\r\n", b"\n").split(b"\n\n", 1)[0]
    if b"=?" in head:
        tags.append("rfc2047")
    if any(ch in text for ch in ZERO_WIDTH):
        tags.append("zero_width")
    if msg.get("List-Unsubscribe") or str(msg.get("Precedence", "")).lower() == "bulk":
        tags.append("bulk_headers")
    if b"\r\n" in raw:
        tags.append("crlf")
    return tags


def visible_text(raw: bytes) -> str:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    out = [str(msg.get("Subject", ""))]
    for name in ("From", "Sender", "Reply-To"):
        for a in getattr(msg.get(name), "addresses", ()):
            out.append(a.display_name)
    for part in msg.walk():
        ct = part.get_content_type()
        if ct in ("text/plain", "text/html") and part.get_content_disposition() != "attachment":
            t = part.get_content()
            if ct == "text/html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            out.append(t)
    return "\n".join(out)


AUTO = [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]


def bulk(domain: str, token: str) -> list[tuple[str, str]]:
    return [
        (
            "List-Unsubscribe",
            f"<https://{domain}/u/{h(token, n=24)}>, <mailto:unsubscribe-{h(token, n=8)}@{domain}>",
        ),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]


# =============================================================================================
# Osprey & Vale (London consultancy, Greenhouse EU): applied -> interviews -> take-home ->
# references -> offer -> accepted.
# =============================================================================================


def osprey() -> None:
    co, role = "Osprey & Vale", "Analytics Engineer"
    gh = "Osprey & Vale Recruiting <no-reply@eu.greenhouse.io>"
    harriet = "Harriet Oduya <harriet.oduya@ospreyvale.com>"
    sig = T(
        """
        Harriet Oduya
        Talent Partner | Osprey & Vale
        20 Cowcross Street, London EC1M 6DR
        """
    )
    body = T(
        """
        Hi Ines,

        Thanks for applying for the Analytics Engineer role in our Data & Decision Science
        practice. We've got your application and a member of the team will read it properly:
        no keyword robots, a person.

        What happens next: if your background lines up with what the practice needs, a
        recruiter will get in touch to set up a first conversation. If not, we'll email you
        either way, usually within three weeks.

        Curious how we interview? We've written it all down here:
        https://ospreyvale.com/careers/how-we-hire

        Best wishes,
        The Osprey & Vale Talent Team
        """
    )
    foot = "Osprey & Vale Consulting LLP is registered in England and Wales (OC412877)."
    add(
        "osprey-ack",
        "2025-10-06 14:12",
        "UK",
        gh,
        "Thank you for applying to Osprey & Vale",
        "applied",
        company=co,
        role=role,
        tags=["ats:greenhouse", "hard:boilerplate_interview"],
        text=body + "\n--\n" + foot + "\n",
        html=html_card(body, brand="Osprey & Vale", color="#0b4f4a", footer=foot),
        headers=AUTO,
        mid_style="sg",
        to=ME_ADDR,
    )
    add(
        "osprey-invite",
        "2025-10-21 10:05",
        "UK",
        harriet,
        "Osprey & Vale - next steps for Analytics Engineer",
        "interview",
        company=co,
        role=role,
        tags=["employer_domain", "hard:self_schedule"],
        text=T(
            """
            Hi Ines,

            I hope you're well. I've had a read through your application for the Analytics
            Engineer position and I'd love to set up a first conversation with Tom Ashdown,
            who leads our analytics engineering team. It's 45 minutes over video and very much
            a two-way chat about your work so far and the kind of client work we do.

            You can pick a time that suits you here:
            https://app.eu.greenhouse.io/scheduling/self/4f1c9ae2b7d04c55?token=Jq8Vw2

            The link shows Tom's free slots over the next two weeks. If none of them work,
            just reply and I'll find something else.

            Speak soon,
            """
        )
        + sig,
        html=html_plain(
            "Hi Ines,\n\nI hope you're well. I've had a read through your application for the "
            "Analytics Engineer position and I'd love to set up a first conversation with Tom "
            "Ashdown, who leads our analytics engineering team. It's 45 minutes over video and "
            "very much a two-way chat about your work so far and the kind of client work we "
            "do.\n\nYou can pick a time that suits you here:\n"
            "https://app.eu.greenhouse.io/scheduling/self/4f1c9ae2b7d04c55?token=Jq8Vw2\n\n"
            "The link shows Tom's free slots over the next two weeks. If none of them work, "
            "just reply and I'll find something else.\n\nSpeak soon,\n" + sig
        ),
        mid_style="sg",
    )
    start = when("2025-10-28 11:00", "UK")
    conf = T(
        """
        Hi Ines,

        You're booked in. Here are the details of your interview with Osprey & Vale:

        Role: Analytics Engineer
        When: Tuesday 28 October 2025, 11:00-11:45 (London time)
        With: Tom Ashdown, Head of Analytics Engineering
        Where: Google Meet - https://meet.google.com/wqx-hbtr-ose

        Need to change the time? Reply to this email and Harriet will sort it out.

        The Osprey & Vale Talent Team
        """
    )
    add(
        "osprey-confirm",
        "2025-10-22 16:40",
        "UK",
        gh,
        "Interview confirmed: Analytics Engineer, Tuesday 28 October",
        "interview",
        company=co,
        role=role,
        tags=["ats:greenhouse"],
        text=conf,
        html=html_card(conf, brand="Osprey & Vale", color="#0b4f4a", footer=foot),
        cal=ics(
            uid="gh-int-88213407@ospreyvale.com",
            start=start,
            minutes=45,
            summary="Osprey & Vale: Ines Halvorsen / Tom Ashdown (Analytics Engineer)",
            organizer=("Harriet Oduya", "harriet.oduya@ospreyvale.com"),
            attendees=[(ME_NAME, ME_ADDR), ("Tom Ashdown", "tom.ashdown@ospreyvale.com")],
            location="https://meet.google.com/wqx-hbtr-ose",
            prodid="-//Greenhouse Software//Interview Scheduler//EN",
            stamp=when("2025-10-22 16:40", "UK"),
        ),
        reply_to=harriet,
        headers=AUTO,
        mid_style="sg",
        to=ME_ADDR,
    )
    add(
        "osprey-thanks",
        "2025-10-28 15:22",
        "CET",
        ME,
        "Thank you - Analytics Engineer conversation",
        "not_job",
        tags=["own_sent", "hard:thank_you_note", "hard:boilerplate_interview"],
        text=T(
            """
            Hi Tom,

            Thanks for taking the time to talk this morning. I really enjoyed hearing about the
            warehouse migration for the insurance client and how the team splits modelling work
            between engagements. It made me even keener on the role.

            I'm happy to share the dbt project I mentioned if that's useful before the next
            interview round.

            Best regards,
            Ines
            """
        ),
        html=html_plain(
            "Hi Tom,\n\nThanks for taking the time to talk this morning. I really enjoyed "
            "hearing about the warehouse migration for the insurance client and how the team "
            "splits modelling work between engagements. It made me even keener on the role.\n\n"
            "I'm happy to share the dbt project I mentioned if that's useful before the next "
            "interview round.\n\nBest regards,\nInes"
        ),
        to="Tom Ashdown <tom.ashdown@ospreyvale.com>",
        cc=harriet,
        mid_style="uuid",
    )
    add(
        "osprey-takehome",
        "2025-11-04 09:30",
        "UK",
        harriet,
        "Osprey & Vale: take-home exercise (Analytics Engineer)",
        "assessment",
        company=co,
        role=role,
        tags=["employer_domain", "hard:boilerplate_interview"],
        text=T(
            """
            Hi Ines,

            Good news from Tom: he enjoyed your conversation and we'd like you to move on to
            the next stage, which is a short take-home exercise.

            The brief is attached. You'll get a small, deliberately messy dataset from a
            fictional retailer and we ask you to model it and answer three questions. Most
            people spend three to four hours on it; please don't spend more than that.

            Could you send your work back by Tuesday 11 November? After that we'll review it
            together and, if all goes well, invite you to a final panel where you'd walk us
            through your approach.

            Any questions about the brief, just ask.

            Best,
            """
        )
        + sig,
        attach=[
            (
                "OV_take_home_brief.pdf",
                "application/pdf",
                pdf(
                    "Osprey & Vale - Analytics Engineer take-home",
                    ["Dataset: orders.csv, customers.csv, returns.csv", "Time box: 4 hours"],
                ),
            )
        ],
        mid_style="sg",
    )
    panel = when("2025-12-09 14:00", "UK")
    add(
        "osprey-panel",
        "2025-12-02 12:18",
        "UK",
        "Harriet Oduya <harriet.oduya@ospreyvale.com>",
        "Invitation: Final panel - Ines Halvorsen (Analytics Engineer) @ Tue 9 Dec 2025 "
        "14:00 - 15:30 (GMT) (ines.halvorsen@mailbox.org)",
        "interview",
        company=co,
        role=role,
        tags=["employer_domain", "tool:google_calendar"],
        sender="Google Calendar <calendar-notification@google.com>",
        text=T(
            """
            You have been invited to the following event.

            Final panel - Ines Halvorsen (Analytics Engineer)
            When: Tuesday 9 Dec 2025 14:00 - 15:30 (Greenwich Mean Time - London)
            Where: Osprey & Vale, 20 Cowcross Street, London EC1M 6DR
            Calendar: ines.halvorsen@mailbox.org
            Who:
              * harriet.oduya@ospreyvale.com - organiser
              * tom.ashdown@ospreyvale.com
              * priya.lennox@ospreyvale.com
              * ines.halvorsen@mailbox.org

            20 min presentation of your take-home, then Q&A with Tom and Priya.
            Ask for Harriet at reception.

            Going (ines.halvorsen@mailbox.org)? Yes - Maybe - No
            https://calendar.google.com/calendar/event?action=RESPOND&eid=X2Y4b3BhbmVs

            Invitation from Google Calendar
            """
        ),
        cal=ics(
            uid="7u2p0sq1vdb0g8tq3mj8f7ab4c@google.com",
            start=panel,
            minutes=90,
            summary="Final panel - Ines Halvorsen (Analytics Engineer)",
            organizer=("Harriet Oduya", "harriet.oduya@ospreyvale.com"),
            attendees=[
                ("tom.ashdown@ospreyvale.com", "tom.ashdown@ospreyvale.com"),
                ("priya.lennox@ospreyvale.com", "priya.lennox@ospreyvale.com"),
                (ME_ADDR, ME_ADDR),
            ],
            description="20 min presentation of your take-home, then Q&A with Tom and Priya.",
            location="Osprey & Vale, 20 Cowcross Street, London EC1M 6DR",
            stamp=when("2025-12-02 12:18", "UK"),
        ),
        to=ME_ADDR,
        mid_style="gmail",
    )
    cq = T(
        """
        Hi Ines,

        Osprey & Vale has asked Crosschq to collect references as part of your application
        for Analytics Engineer.

        Please add at least two people who have managed you or worked closely with you. We
        will send each of them a short survey; it takes about ten minutes and their answers
        are confidential.

        Add your references: https://app.crosschq.com/candidate/r/5TQ8MZ2K

        The request expires on 19 December 2025.

        Crosschq, on behalf of Osprey & Vale
        """
    )
    add(
        "osprey-refs",
        "2025-12-15 08:02",
        "UTC",
        "Crosschq <no-reply@crosschq.com>",
        "Action needed: Osprey & Vale has requested your references",
        "reference_check",
        company=co,
        role=role,
        tags=["platform:crosschq"],
        text=cq,
        html=html_card(
            cq,
            brand="Crosschq",
            color="#4e2bd9",
            button=("Add references", "https://app.crosschq.com/candidate/r/5TQ8MZ2K"),
        ),
        headers=AUTO,
        to=ME_ADDR,
    )
    offer = T(
        """
        Dear Ines,

        I'm really pleased to confirm what Tom told you on the phone this afternoon: we would
        like to offer you the role of Analytics Engineer at Osprey & Vale.

        Your offer letter is attached. In short:
          - Base salary GBP 68,000 per year, reviewed each April
          - Discretionary bonus of up to 10%
          - Hybrid, two days a week at Cowcross Street; we'll cover two trips a month from
            Rotterdam for the first quarter while you relocate
          - Start date to be agreed, ideally early March 2026

        The offer is made by Osprey & Vale Consulting LLP and is subject to references and
        right-to-work checks. We'd be grateful for your answer by Wednesday 21 January; I'll
        then send the contract for e-signature.

        Call me any time if you'd like to talk anything through.

        Warm regards,
        """
    )
    add(
        "osprey-offer",
        "2026-01-14 17:05",
        "UK",
        harriet,
        "Your offer from Osprey & Vale",
        "offer",
        company=co,
        role=role,
        tags=["employer_domain", "attachment"],
        text=offer + sig,
        html=html_plain(offer + sig),
        attach=[
            (
                "Offer_Letter_Ines_Halvorsen.pdf",
                "application/pdf",
                pdf(
                    "Osprey & Vale Consulting LLP - Offer of employment",
                    ["Candidate: Ines Halvorsen", "Position: Analytics Engineer"],
                ),
            )
        ],
        mid_style="sg",
    )
    accept = T(
        """
        Hi Harriet,

        Thank you, and thank Tom again for the call. I'm delighted to accept the offer for
        the Analytics Engineer role. A start date of Monday 2 March works well for me.

        Please send the contract over whenever it's ready.

        Best,
        Ines
        """
    )
    add(
        "osprey-accept",
        "2026-01-26 09:41",
        "CET",
        ME,
        "Re: Your offer from Osprey & Vale",
        "not_job",
        tags=["own_sent", "reply", "hard:accepting_offer", "hard:quoted_offer"],
        text=accept
        + "\n"
        + quote_reply(offer + sig, "On Wed, 14 Jan 2026 at 18:05, Harriet Oduya wrote:"),
        to=harriet,
        parent="osprey-offer",
        mid_style="apple",
    )
    ds = T(
        """
        Harriet Oduya sent you a document to review and sign.

        Osprey & Vale - Statement of Main Terms - Ines Halvorsen

        Hi Ines, here's your contract for the Analytics Engineer role. Please sign by
        30 January. Welcome aboard! Harriet

        REVIEW DOCUMENT: https://eu.docusign.net/Signing/EmailStart.aspx?a=8c1f2e7a-55d0

        Do not share this email. It contains a secure link to DocuSign.
        """
    )
    add(
        "osprey-docusign",
        "2026-01-26 14:03",
        "UTC",
        "Harriet Oduya via DocuSign <dse@eumail.docusign.net>",
        "Complete with DocuSign: Osprey & Vale - Statement of Main Terms - Ines Halvorsen",
        "offer",
        company=co,
        role=role,
        tags=["platform:docusign"],
        text=ds,
        html=html_card(
            ds,
            brand="DocuSign",
            color="#1e1e6e",
            button=(
                "REVIEW DOCUMENT",
                "https://eu.docusign.net/Signing/EmailStart.aspx?a=8c1f2e7a-55d0",
            ),
        ),
        reply_to=harriet,
        headers=AUTO,
    )


# =============================================================================================
# Hearth and Harrow (US home goods, Lever): two roles; one rejected, one withdrawn.
# =============================================================================================


def hearth() -> None:
    co = "Hearth and Harrow"
    lever = "Hearth and Harrow <no-reply@hire.lever.co>"
    dana = "Dana Whitcombe <dana.whitcombe@hearthandharrow.com>"

    def ack(role: str) -> str:
        return T(
            f"""
            Hi Ines,

            Thank you for your interest in the {role} position at Hearth and Harrow. We've
            received your application and our team is reviewing it now.

            We read every application ourselves, so it can take us a couple of weeks. If we
            don't think there's a match this time around, we'll still write to let you know,
            so you're never left guessing.

            In the meantime, you can get to know us at https://hearthandharrow.com/about.

            Warmly,
            The Hearth and Harrow People Team
            """
        )

    for key, stamp, role in (
        ("hh-ack-pa", "2025-09-16 13:27", "Product Analyst"),
        ("hh-ack-spa", "2025-09-30 09:02", "Senior Product Analyst"),
    ):
        extra = ["hard:two_roles", "hard:same_subject"] if role.startswith("Senior") else []
        add(
            key,
            stamp,
            "ET",
            lever,
            "Thanks for applying to Hearth and Harrow",
            "applied",
            company=co,
            role=role,
            tags=["ats:lever", "hard:conditional_rejection", *extra],
            text=ack(role),
            html=html_card(ack(role), brand="Hearth and Harrow", color="#8a4b2a"),
            headers=AUTO,
        )
    rej = T(
        """
        Hi Ines,

        Thank you for giving us the chance to learn about you for the Product Analyst role.
        After reviewing your background against the needs of the team, we've decided not to
        move forward with your application for this position.

        This doesn't affect your application for Senior Product Analyst, which is still with
        the hiring team; you'll hear from us about that one separately.

        Wishing you all the best,
        The Hearth and Harrow People Team
        """
    )
    add(
        "hh-rej-pa",
        "2025-10-14 16:50",
        "ET",
        lever,
        "Your application for Product Analyst",
        "rejected",
        company=co,
        role="Product Analyst",
        tags=["ats:lever", "hard:two_roles"],
        text=rej,
        html=html_card(rej, brand="Hearth and Harrow", color="#8a4b2a"),
        headers=AUTO,
    )
    start = when("2025-10-23 11:30", "ET")
    cal_text = T(
        """
        Hi Ines Halvorsen,

        A new event has been scheduled.

        Event Type:
        Hearth and Harrow - Recruiter Screen (Senior Product Analyst)

        Invitee:
        Ines Halvorsen
        ines.halvorsen@mailbox.org

        Event Date/Time:
        11:30am - 12:00pm (Eastern Time - US & Canada), Thursday, October 23, 2025

        Location:
        This is a Zoom web conference.
        https://hearthandharrow.zoom.us/j/81920457731

        Need to make changes to this event?
        Cancel: https://calendly.com/cancellations/9a2c7f31-dw
        Reschedule: https://calendly.com/reschedulings/9a2c7f31-dw

        Powered by Calendly.com
        """
    )
    add(
        "hh-calendly",
        "2025-10-20 08:14",
        "ET",
        "Calendly <notifications@calendly.com>",
        "Confirmed: Hearth and Harrow - Recruiter Screen (Senior Product Analyst) with Dana "
        "Whitcombe on Thursday, October 23, 2025",
        "interview",
        company=co,
        role="Senior Product Analyst",
        tags=["tool:calendly"],
        text=cal_text,
        html=html_card(cal_text, brand="Calendly", color="#006bff"),
        cal=ics(
            uid="9a2c7f31-dw-calendly@calendly.com",
            start=start,
            minutes=30,
            summary="Hearth and Harrow - Recruiter Screen (Senior Product Analyst)",
            organizer=("Dana Whitcombe", "dana.whitcombe@hearthandharrow.com"),
            attendees=[(ME_NAME, ME_ADDR)],
            location="https://hearthandharrow.zoom.us/j/81920457731",
            prodid="-//Calendly//Calendly//EN",
            stamp=when("2025-10-20 08:14", "ET"),
        ),
        reply_to=dana,
        headers=AUTO,
    )
    add(
        "hh-update",
        "2025-11-12 15:33",
        "ET",
        dana,
        "Senior Product Analyst - where things stand",
        "update",
        company=co,
        role="Senior Product Analyst",
        tags=["employer_domain", "hard:decision_date"],
        text=T(
            """
            Hi Ines,

            I wanted to give you a quick update rather than leave you hanging. The hiring team
            is still finishing first conversations for the Senior Product Analyst role, and a
            couple of them slipped because of our holiday planning season.

            We expect to decide who moves on to the hiring-manager round by November 26, and
            I'll be in touch either way by then.

            Thanks for your patience,
            Dana

            Dana Whitcombe | Senior Recruiter
            Hearth and Harrow
            """
        ),
        mid_style="gmail",
    )
    add(
        "hh-resched",
        "2025-12-01 18:05",
        "ET",
        dana,
        "Need to move tomorrow's interview",
        "interview",
        company=co,
        role="",
        tags=["employer_domain", "hard:unfortunately_non_rejection", "hard:reschedule"],
        text=T(
            """
            Hi Ines,

            Unfortunately Priyanka, our Director of Analytics, has been pulled into an all-day
            planning offsite tomorrow, so we need to cancel your 10:00am interview with her.
            I'm really sorry for the late notice.

            She'd still very much like to meet you. Could you choose a new time from her
            calendar here? https://calendly.com/hearthandharrow-priyanka/hiring-manager-45

            Thanks for being flexible,
            Dana
            """
        ),
        mid_style="gmail",
    )
    still = T(
        """
        Hi Ines,

        Happy new year! Things went quiet over the holidays, so I wanted to check in before
        we plan the final round for Senior Product Analyst.

        Are you still interested in the role? And has anything changed on your side that we
        should know about, such as other processes or your timing? If you could let me know
        by Friday, that would be a great help.

        Thanks,
        Dana
        """
    )
    add(
        "hh-still",
        "2026-01-12 10:20",
        "ET",
        dana,
        "Checking in - Senior Product Analyst",
        "request",
        company=co,
        role="Senior Product Analyst",
        tags=["employer_domain", "hard:still_interested"],
        text=still,
        mid_style="gmail",
    )
    add(
        "hh-withdraw",
        "2026-01-27 16:12",
        "CET",
        ME,
        "Re: Checking in - Senior Product Analyst",
        "not_job",
        tags=["own_sent", "reply", "hard:withdrawal"],
        text=T(
            """
            Hi Dana,

            Thank you for checking in, and for being so clear and kind throughout. I've just
            accepted an offer elsewhere, so I'd like to withdraw from the Senior Product
            Analyst process.

            I really enjoyed my conversations with the team and hope our paths cross again.

            All the best,
            Ines
            """
        )
        + "\n"
        + quote_reply(still, "On Mon, Jan 12, 2026 at 4:20 PM Dana Whitcombe wrote:"),
        to=dana,
        parent="hh-still",
        mid_style="apple",
    )


# =============================================================================================
# Quayside Mutual (UK insurer, Workday): two requisitions, one rejected, one interviewing.
# =============================================================================================


def quayside() -> None:
    co = "Quayside Mutual"
    wd = "Quayside Mutual Careers <quaysidemutual@myworkday.com>"
    legal = (
        "Quayside Mutual is a trading name of Quayside Mutual Insurance Society Limited, "
        "authorised by the Prudential Regulation Authority."
    )

    def wd_html(text: str, title: str) -> str:
        return html_card(
            text,
            brand="Quayside Mutual",
            color="#00594f",
            footer=legal + "\n\nThis is an automated message from our recruitment system.",
            preheader=title,
        )

    a1 = T(
        """
        Dear Ines,

        Thank you for applying for Senior Data Analyst, Claims (R-0048213) at Quayside Mutual.

        Your application has been submitted successfully. Our Talent Acquisition team will
        review it against the requirements of the role and contact you if you are selected
        for the next stage. Due to the number of applications we receive we may not be able
        to give individual feedback at this stage, but we will keep your details on file.

        You can follow the progress of your application at any time in our Candidate Home:
        https://wd3.myworkdaysite.com/recruiting/quaysidemutual/Careers/userHome

        Kind regards,
        Talent Acquisition
        Quayside Mutual
        """
    )
    add(
        "qm-ack-1",
        "2025-09-08 21:47",
        "UK",
        wd,
        "Application received: Senior Data Analyst, Claims (R-0048213)",
        "applied",
        company=co,
        role="Senior Data Analyst, Claims",
        req="R-0048213",
        tags=["ats:workday", "hard:keep_on_file"],
        html=wd_html(a1, "Thank you for your application"),
        html_cte="quoted-printable",
        headers=AUTO,
        mid_style="java",
        to=ME_ADDR,
    )
    a2 = T(
        """
        Dear Ines,

        We have received your application for the role below. Thank you for your interest in
        a career with us.

        Position: Analytics Engineer - Pricing
        Reference: R-0049102
        Location: Bristol (Hybrid)

        What to expect: we aim to review all applications within 10 working days of the
        advert closing. If your application is successful you will be contacted by a member
        of our Talent Acquisition team.

        Kind regards,
        Quayside Mutual Talent Acquisition
        """
    )
    add(
        "qm-ack-2",
        "2025-09-19 07:55",
        "UK",
        wd,
        "We've received your application - R-0049102",
        "applied",
        company=co,
        role="Analytics Engineer - Pricing",
        req="R-0049102",
        tags=["ats:workday", "hard:two_roles"],
        text=a2 + "\n" + legal + "\n",
        html=wd_html(a2, "We've received your application"),
        headers=AUTO,
        mid_style="java",
        to=ME_ADDR,
    )
    pw = T(
        """
        Hello,

        A request was made to reset the password for your candidate account
        (ines.halvorsen@mailbox.org) on the Quayside Mutual careers site.

        To choose a new password, use this link within 24 hours:
        https://wd3.myworkdaysite.com/recruiting/quaysidemutual/Careers/passwordreset?t=8JX2

        If you didn't ask for this, you can ignore this email; your password won't change.
        """
    )
    add(
        "qm-password",
        "2025-09-19 07:41",
        "UK",
        wd,
        "Reset your password",
        "not_job",
        tags=["ats:workday", "account", "hard:ats_sender_not_event"],
        html=wd_html(pw, "Password reset"),
        html_cte="quoted-printable",
        headers=AUTO,
        mid_style="java",
        to=ME_ADDR,
    )
    st = T(
        """
        Dear Ines,

        The status of your application has changed.

        Job: Analytics Engineer - Pricing (R-0049102)
        New status: In review with the hiring manager

        No action is needed from you. We'll be in touch about next steps.

        Quayside Mutual Talent Acquisition
        """
    )
    add(
        "qm-status",
        "2025-10-01 12:00",
        "UK",
        wd,
        "Your application status has been updated",
        "update",
        company=co,
        role="Analytics Engineer - Pricing",
        req="R-0049102",
        tags=["ats:workday", "hard:moved_to_hiring_manager"],
        html=wd_html(st, "Application update"),
        html_cte="base64",
        headers=AUTO,
        mid_style="java",
        to=ME_ADDR,
    )
    gp = T(
        """
        Hi Ines,

        Unfortunately I need to move our call on Wednesday (15th) as I've been asked to cover
        a panel that afternoon - apologies for the shuffle.

        Could you do either of these instead?
          - Thursday 16 October, 14:00 UK time
          - Friday 17 October, 10:00 UK time

        Same Teams link as before. Just reply with whichever suits and I'll update the invite.

        Many thanks,
        Gareth

        Gareth Pennock
        Talent Acquisition Partner - Data & Technology
        Quayside Mutual | Harbour House, Temple Quay, Bristol BS1 6EG
        """
    )
    add(
        "qm-resched",
        "2025-10-13 16:22",
        "UK",
        "Gareth Pennock <Gareth.Pennock@quaysidemutual.co.uk>",
        "Analytics Engineer - Pricing: moving our call",
        "interview",
        company=co,
        role="Analytics Engineer - Pricing",
        tags=["employer_domain", "hard:unfortunately_non_rejection", "hard:reschedule"],
        text=gp,
        html=html_outlook(gp),
        crlf=True,
        mid_style="outlook",
        headers=[
            ("Thread-Topic", "Analytics Engineer - Pricing: moving our call"),
            ("Thread-Index", "AdxAb3Kq9f2mZr1TSpOq7YlW0c8nVw=="),
            ("Content-Language", "en-GB"),
            ("X-MS-Has-Attach", ""),
        ],
    )
    r = T(
        """
        Dear Ines,

        Thank you for your interest in the Senior Data Analyst, Claims role (R-0048213) and
        for the time you spent on your application.

        We have now reviewed all applications and regret to inform you that we will not be
        progressing yours further on this occasion.

        Please note this decision relates to this vacancy only. Any other applications you
        have with Quayside Mutual are unaffected and remain under consideration.

        Kind regards,
        Quayside Mutual Talent Acquisition
        """
    )
    add(
        "qm-rej-1",
        "2025-10-21 09:10",
        "UK",
        wd,
        "Senior Data Analyst, Claims (R-0048213)",
        "rejected",
        company=co,
        role="Senior Data Analyst, Claims",
        req="R-0048213",
        tags=["ats:workday", "hard:two_roles"],
        html=wd_html(r, "An update on your application"),
        html_cte="quoted-printable",
        headers=AUTO,
        mid_style="java",
        to=ME_ADDR,
    )


# =============================================================================================
# Tallowfield Bank (iCIMS): ack, duplicate ack, HireVue, filled.
# =============================================================================================


def tallowfield() -> None:
    co, role, req = "Tallowfield Bank", "BI Developer", "2025-18842"
    ic = "Tallowfield Bank @ icims <tallowfield+autoreply@talent.icims.com>"
    ack = T(
        """
        Dear Ines Halvorsen,

        Thank you for submitting your application for the position of BI Developer
        (Job ID 2025-18842) at Tallowfield Bank.

        Our recruiting team will review your qualifications. Should your skills and
        experience be a fit for the position, a member of the team will contact you to
        discuss next steps.

        You can review your application or update your profile at any time through our
        career portal: https://careers-tallowfield.icims.com/jobs/candidate

        Regards,

        Talent Acquisition
        Tallowfield Bank plc

        ******************************************************************
        This mailbox is not monitored. Please do not reply to this message.
        ******************************************************************
        """
    )
    for key, stamp, extra in (
        ("tf-ack", "2025-09-10 19:31", []),
        ("tf-ack-dup", "2025-09-10 19:33", ["hard:duplicate"]),
    ):
        add(
            key,
            stamp,
            "UK",
            ic,
            "Tallowfield Bank - Thank you for applying: BI Developer",
            "applied",
            company=co,
            role=role,
            req=req,
            tags=["ats:icims", *extra],
            text=ack,
            headers=AUTO,
            mid_style="java",
        )
    hv = T(
        """
        Hello Ines,

        Tallowfield Bank would like you to complete an on-demand video interview for the
        BI Developer position.

        There is no one on the other end: you'll see five questions, one at a time, and have
        up to three minutes to record each answer. You can practise as often as you like
        before you start.

        Please complete your interview by Thursday 2 October 2025, 23:59 BST.

        Start your interview: https://app.hirevue.com/interviews/tallowfield/Rk3vPq8x

        Best of luck!
        Tallowfield Bank Talent Acquisition
        """
    )
    add(
        "tf-hirevue",
        "2025-09-25 13:15",
        "UTC",
        "Tallowfield Bank <noreply@hirevue.com>",
        "Your on-demand video interview with Tallowfield Bank",
        "assessment",
        company=co,
        role=role,
        tags=["platform:hirevue", "hard:async_video"],
        text=hv,
        html=html_card(
            hv,
            brand="Tallowfield Bank",
            color="#2d2a6e",
            button=("Start interview", "https://app.hirevue.com/interviews/tallowfield/Rk3vPq8x"),
        ),
        headers=AUTO,
    )
    add(
        "tf-filled",
        "2025-10-20 11:02",
        "UK",
        ic,
        "Update regarding your application - BI Developer (2025-18842)",
        "rejected",
        company=co,
        role=role,
        req=req,
        tags=["ats:icims", "hard:position_filled", "hard:polite_rejection"],
        text=T(
            """
            Dear Ines Halvorsen,

            Thank you for your interest in the BI Developer position at Tallowfield Bank and
            for completing the video interview.

            We would like to let you know that this position has now been filled. We
            appreciate the time you invested in your application and encourage you to keep
            an eye on our careers site for future roles that match your experience.

            Kind regards,

            Talent Acquisition
            Tallowfield Bank plc
            """
        ),
        headers=AUTO,
        mid_style="java",
    )


# =============================================================================================
# Kittiwake Studios (Edinburgh game studio, Ashby "KWS"): same subject for ack and no.
# =============================================================================================


def kittiwake() -> None:
    co, role = "Kittiwake Studios", "Data Analyst, Player Insights"
    ash = "KWS Hiring Team <no-reply@ashbyhq.com>"
    morven = "Morven Baird <morven@kittiwakestudios.com>"
    ack = T(
        """
        Hi Ines,

        Thanks so much for applying for Data Analyst, Player Insights - it genuinely makes
        our day when people want to come and build games with us.

        Someone from the team will look at your application over the next two weeks. We know
        waiting is the worst part, so we'll always close the loop with you.

        Cheers,
        The Kittiwake crew
        """
    )
    add(
        "kws-ack",
        "2025-09-11 22:40",
        "UK",
        ash,
        "Your application to Kittiwake Studios",
        "applied",
        company=co,
        role=role,
        tags=["ats:ashby", "hard:abbrev_display", "hard:same_subject"],
        text=ack,
        html=html_card(ack, brand="KWS", color="#11323f"),
        reply_to="no-reply@ashbyhq.com",
        headers=AUTO,
    )
    add(
        "kws-sample",
        "2025-09-29 11:48",
        "UK",
        morven,
        "Quick ask about your application",
        "request",
        company=co,
        role=role,
        tags=["employer_domain", "hard:portfolio"],
        text=T(
            """
            Hi Ines,

            Morven here, I look after recruiting for our data team at Kittiwake. Your CV
            caught our eye for the Data Analyst, Player Insights role.

            Before we go further, would you be able to share an example of your work? A
            dashboard, a notebook or a write-up of an analysis would all be great. Anything
            confidential can of course be anonymised or described in words instead.

            A link or attachment by the end of next week would be perfect.

            Thanks!
            Morven
            --
            Morven Baird, Talent Partner
            Kittiwake Studios, 14 Quayside Mills, Leith, Edinburgh
            """
        ),
        mid_style="gmail",
    )
    no = T(
        """
        Hi Ines,

        Thank you for the time you've spent with us on Data Analyst, Player Insights, and for
        sharing your churn analysis; the team really enjoyed reading it.

        We've now looked closely at all the applications, and we've chosen to go ahead with
        people whose experience sits closer to live-ops analytics for free-to-play games.

        We'd love to stay in touch, and we hope you'll think of us again.

        All the best,
        The Kittiwake crew
        """
    )
    add(
        "kws-rej",
        "2025-10-09 17:05",
        "UK",
        ash,
        "Your application to Kittiwake Studios",
        "rejected",
        company=co,
        role=role,
        tags=[
            "ats:ashby",
            "hard:abbrev_display",
            "hard:same_subject",
            "hard:neutral_subject",
            "hard:polite_rejection",
        ],
        text=no,
        html=html_card(no, brand="KWS", color="#11323f"),
        headers=AUTO,
    )
    nl = T(
        """
        THE KITTIWAKE DISPATCH - November 2025

        Stormbound 1.4 is out!
        Tide pools, a new rival captain and a much friendlier crafting screen. Patch notes:
        https://kittiwakestudios.com/news/stormbound-1-4

        Meet the crew
        This month we sat down with Aila from audio, who recorded an actual Leith seagull for
        the new harbour level (no seagulls were harmed).

        We're hiring
        Senior Gameplay Engineer, Lead Producer and a Data Analyst for Monetisation.
        Know someone brilliant? https://jobs.ashbyhq.com/kittiwake

        See you on the high seas,
        Kittiwake Studios

        You're receiving this because you signed up at kittiwakestudios.com.
        Unsubscribe: https://kittiwakestudios.com/newsletter/unsubscribe
        """
    )
    add(
        "kws-newsletter",
        "2025-11-20 17:00",
        "UK",
        "Kittiwake Studios <news@kittiwakestudios.com>",
        "The Kittiwake Dispatch: Stormbound 1.4, seagulls and we're hiring",
        "not_job",
        tags=["newsletter", "hard:employer_newsletter"],
        text=nl,
        html=html_card(nl, brand="The Kittiwake Dispatch", color="#11323f"),
        headers=bulk("kittiwakestudios.com", "kws-nl"),
    )
    add(
        "kws-reapproach",
        "2026-05-05 10:12",
        "UK",
        morven,
        "Senior Data Analyst, Monetisation at Kittiwake?",
        "outreach",
        company=co,
        role="Senior Data Analyst, Monetisation",
        tags=["employer_domain", "hard:reapproach"],
        text=T(
            """
            Hi Ines,

            Hope you're well! We spoke last autumn when you applied for Player Insights, and
            your churn write-up has stuck with me (and with Euan, our Head of Data).

            We've just opened a Senior Data Analyst, Monetisation role and I immediately
            thought of you. It's more senior than the one you applied for and sits closer to
            product decisions. Remote within the UK or hybrid in Leith.

            I know you may well have settled into something new, but if you're open to a
            chat, I'd love to tell you more.

            Morven
            """
        ),
        mid_style="gmail",
    )


# =============================================================================================
# Wolds Veterinary Partners (SmartRecruiters, HTML only): ack with padding, role cancelled.
# =============================================================================================


def wolds() -> None:
    co, role = "Wolds Veterinary Partners", "Data Analyst"
    sr = "Wolds Veterinary Partners <notification@smartrecruiters.com>"
    pad = "\u200c\u00a0" * 24 + "\u200b" * 8

    def page(inner: str, pre: str) -> str:
        return (
            '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Wolds Veterinary '
            "Partners</title></head>\n<body style=\"margin:0;font-family:'Open Sans',Arial\">\n"
            f'<span style="display:none;font-size:1px;color:#fff">{pre}{pad}</span>\n'
            '<table width="100%" cellpadding="0" cellspacing="0" style="background:#eef3ee">'
            '<tr><td align="center" style="padding:24px">\n'
            '<table width="560" cellpadding="0" cellspacing="0" style="background:#fff">\n'
            '<tr><td style="padding:20px 30px;border-bottom:3px solid #3c7d3a">'
            '<img src="https://c.smartrecruiters.com/sr-company-logo/wolds-vets.png" '
            'alt="Wolds Veterinary Partners" width="160"></td></tr>\n'
            f'<tr><td style="padding:24px 30px;font-size:14px;line-height:22px">{inner}'
            "</td></tr>\n"
            '<tr><td style="padding:12px 30px;font-size:11px;color:#777">Wolds Veterinary '
            "Partners Ltd, Malton Road, York YO32 9TL. Powered by SmartRecruiters.</td></tr>\n"
            "</table></td></tr></table>\n</body></html>\n"
        )

    add(
        "wolds-ack",
        "2025-09-12 08:36",
        "UK",
        sr,
        "Thanks for applying to Wolds Veterinary Partners",
        "applied",
        company=co,
        role=role,
        tags=["ats:smartrecruiters", "hard:zero_width"],
        html=page(
            "<p>Hello Ines,</p>\n<p>Thank you for applying for the <b>Data Analyst</b> "
            "position at Wolds Veterinary Partners. We have safely received your application "
            "and our recruitment team will be in touch as soon as they have reviewed it.</p>\n"
            "<p>Our 46 practices across Yorkshire and the North East rely on good data to "
            "give pets and farm animals the best care, and we're excited you'd like to be a "
            "part of that.</p>\n"
            '<p>You can check your application status in <a href="https://my.smartrecruiters'
            '.com/">My SmartRecruiters</a>.</p>\n'
            "<p>Best wishes,<br>People Team<br>Wolds Veterinary Partners</p>",
            "We've received your application",
        ),
        html_cte="quoted-printable",
        headers=AUTO,
    )
    add(
        "wolds-cancel",
        "2025-10-16 14:58",
        "UK",
        sr,
        "Data Analyst vacancy - an update from Wolds Veterinary Partners",
        "rejected",
        company=co,
        role=role,
        tags=["ats:smartrecruiters", "hard:role_cancelled"],
        html=page(
            "<p>Dear Ines,</p>\n<p>Thank you for your interest in the Data Analyst position "
            "with Wolds Veterinary Partners.</p>\n"
            "<p>Following a review of our central support functions, we have taken the "
            "decision not to fill this vacancy at present. As a result the recruitment "
            "process has been closed and we will not be taking any applications forward.</p>\n"
            "<p>We're sorry for any disappointment this causes and thank you for the time you "
            "put into applying.</p>\n<p>Kind regards,<br>People Team</p>",
            "An update on the Data Analyst vacancy",
        ),
        html_cte="base64",
        headers=AUTO,
    )


# =============================================================================================
# Tollgate Haulage (Taleo, text only): ack, hiring freeze.
# =============================================================================================


def tollgate() -> None:
    co, role, req = "Tollgate Haulage", "Transport Data Analyst", "TH-25-0412"
    tl = "Tollgate Haulage Recruitment <noreply@tollgatehaulage.taleo.net>"
    add(
        "tg-ack",
        "2025-09-15 12:04",
        "UK",
        tl,
        "Application Acknowledgement - Transport Data Analyst - TH-25-0412",
        "applied",
        company=co,
        role=role,
        req=req,
        tags=["ats:taleo", "hard:cannot_respond_individually", "hard:unfortunately_ack"],
        text=T(
            """
            Dear Ines Halvorsen,

            Re: Transport Data Analyst - Requisition TH-25-0412

            Thank you for your application for the above position, which has been received.

            All applications will be assessed against the essential criteria in the job
            profile once the advert closes on 26 September 2025. Unfortunately, due to the
            high volume of applications we receive, we are unable to respond to each
            applicant individually. If you have not heard from us within four weeks of the
            closing date, please assume that your application has not been successful on
            this occasion.

            Yours sincerely,

            Recruitment Team
            Tollgate Haulage Limited
            Unit 4, Hams Hall Distribution Park, Coleshill B46 1AL
            """
        ),
        headers=AUTO,
        mid_style="java",
    )
    add(
        "tg-freeze",
        "2025-11-05 15:40",
        "UK",
        tl,
        "Transport Data Analyst - TH-25-0412 - recruitment paused",
        "update",
        company=co,
        role=role,
        req=req,
        tags=[
            "ats:taleo",
            "hard:hiring_freeze",
            "hard:on_hold",
            "hard:unfortunately_non_rejection",
        ],
        text=T(
            """
            Dear Ines Halvorsen,

            We are writing to everyone who applied for the Transport Data Analyst role
            (TH-25-0412).

            Tollgate Haulage has introduced a temporary pause on external recruitment while
            we complete our budget planning for 2026. This vacancy is therefore on hold. Your
            application has not been rejected and remains on file; if the role is re-opened
            we will contact you before taking any other action.

            Unfortunately we cannot yet say when this will be, but we expect to update
            applicants by the end of January.

            Thank you for your patience.

            Recruitment Team
            Tollgate Haulage Limited
            """
        ),
        headers=AUTO,
        mid_style="java",
    )


# =============================================================================================
# Cairnstone Energy (SuccessFactors): ack, sponsorship knock-out.
# =============================================================================================


def cairnstone() -> None:
    co, role, req = "Cairnstone Energy", "Data Engineer - Trading", "31077"
    sf = "Cairnstone Energy Recruitment <noreply@successfactors.eu>"
    a = T(
        """
        Dear Ines,

        Thank you for applying for the following position:

        Requisition ID: 31077
        Job title: Data Engineer - Trading
        Location: Aberdeen, GB

        We will review your application and contact you should your profile match the
        requirements of the role.

        You can check the status of your application at any time by signing in to our
        careers site: https://career5.successfactors.eu/career?company=cairnstone

        With kind regards
        Cairnstone Energy Talent Acquisition
        """
    )
    add(
        "ce-ack",
        "2025-09-17 06:15",
        "UK",
        sf,
        "Cairnstone Energy: application received (Requisition ID 31077)",
        "applied",
        company=co,
        role=role,
        req=req,
        tags=["ats:successfactors"],
        text=a,
        html=html_card(a, brand="Cairnstone Energy", color="#c2410c"),
        headers=AUTO,
        mid_style="java",
        to=ME_ADDR,
    )
    b = T(
        """
        Dear Ines,

        Thank you for your application for Data Engineer - Trading (Requisition ID 31077).

        In your application you indicated that you would require sponsorship for a Skilled
        Worker visa to take up employment in the United Kingdom. We are not able to offer
        sponsorship for this position, and so we are unable to take your application further.

        We appreciate your interest in Cairnstone Energy and wish you every success.

        With kind regards
        Cairnstone Energy Talent Acquisition
        """
    )
    add(
        "ce-rej",
        "2025-09-24 10:30",
        "UK",
        sf,
        "Your application for Data Engineer - Trading",
        "rejected",
        company=co,
        role=role,
        req=req,
        tags=["ats:successfactors", "hard:sponsorship", "hard:knockout"],
        text=b,
        html=html_card(b, brand="Cairnstone Energy", color="#c2410c"),
        headers=AUTO,
        mid_style="java",
        to=ME_ADDR,
    )


# =============================================================================================
# Bramblecote Foods (Recruitee): ack echoing the form, TestGorilla, interview, offered to
# someone else.
# =============================================================================================


def bramblecote() -> None:
    co, role = "Bramblecote Foods", "Commercial Insights Analyst"
    rc = "Bramblecote Foods <notifications@recruitee.com>"
    reply = "job.commercial-insights.k81d2@bramblecote.recruitee.com"
    ack = T(
        """
        Hi Ines,

        Thanks for applying for Commercial Insights Analyst at Bramblecote Foods! This email
        confirms we've received your application. Here's a copy of what you sent us:

        Name: Ines Halvorsen
        Email: ines.halvorsen@mailbox.org
        CV: Ines_Halvorsen_CV_2025.pdf
        Do you have the right to work in the UK? No - I would need a visa
        What is your notice period? One month
        Salary expectations: GBP 52,000 - 56,000
        How did you hear about us? LinkedIn
        Have you previously interviewed with Bramblecote? No

        We'll review your application and be in touch soon.

        The Bramblecote team
        """
    )
    add(
        "bf-ack",
        "2025-09-18 20:11",
        "UK",
        rc,
        "We've received your application for Commercial Insights Analyst",
        "applied",
        company=co,
        role=role,
        tags=["ats:recruitee", "hard:form_echo", "hard:interviewed_word"],
        text=ack,
        html=html_card(ack, brand="Bramblecote Foods", color="#6b8e23"),
        reply_to=reply,
        headers=AUTO,
    )
    tg = T(
        """
        Hi Ines,

        Bramblecote Foods has invited you to complete an assessment for the Commercial
        Insights Analyst role.

        The assessment contains 4 tests and takes around 48 minutes:
          - Numerical reasoning (10 min)
          - Critical thinking (10 min)
          - Microsoft Excel, intermediate (10 min)
          - Culture add (18 min)

        Make sure you're somewhere quiet with a stable connection. Once you start a test the
        timer can't be paused.

        Start assessment: https://app.testgorilla.com/s/7h2k9xq1

        Please complete it by 3 October 2025.

        Good luck!
        TestGorilla, on behalf of Bramblecote Foods
        """
    )
    add(
        "bf-testgorilla",
        "2025-09-26 09:00",
        "UTC",
        "Bramblecote Foods via TestGorilla <no-reply@testgorilla.com>",
        "Bramblecote Foods invited you to an assessment",
        "assessment",
        company=co,
        role=role,
        tags=["platform:testgorilla"],
        text=tg,
        html=html_card(
            tg,
            brand="TestGorilla",
            color="#46a997",
            button=("Start assessment", "https://app.testgorilla.com/s/7h2k9xq1"),
        ),
        headers=AUTO,
    )
    add(
        "bf-interview",
        "2025-10-08 14:26",
        "UK",
        "Rhiannon Pask <rhiannon.pask@bramblecote.co.uk>",
        "Congratulations - next stage for Commercial Insights Analyst",
        "interview",
        company=co,
        role=role,
        tags=["employer_domain", "hard:congratulations_not_offer"],
        text=T(
            """
            Hi Ines,

            Congratulations! You did really well in the online assessments and we'd love you
            to come and meet the Commercial Insights team.

            The interview would be at our head office in Leamington Spa and last about an
            hour and a half: a conversation with Laura Feeney (Head of Commercial Insights)
            and a short exercise with a sample of our sales data. We're holding interviews on
            Tuesday 21 and Wednesday 22 October. Which day would suit you, and would morning
            or afternoon be better?

            If travelling from Rotterdam makes that difficult, let me know and we can look at
            doing the first part on Teams.

            Kind regards,
            Rhiannon

            Rhiannon Pask | Recruitment Coordinator
            Bramblecote Foods Ltd | Tachbrook Park, Leamington Spa CV34 6RH
            """
        ),
        html=html_outlook(
            "Hi Ines,\n\nCongratulations! You did really well in the online assessments and "
            "we'd love you to come and meet the Commercial Insights team.\n\nThe interview "
            "would be at our head office in Leamington Spa and last about an hour and a half: "
            "a conversation with Laura Feeney (Head of Commercial Insights) and a short "
            "exercise with a sample of our sales data. We're holding interviews on Tuesday 21 "
            "and Wednesday 22 October. Which day would suit you, and would morning or "
            "afternoon be better?\n\nIf travelling from Rotterdam makes that difficult, let me "
            "know and we can look at doing the first part on Teams.\n\nKind regards,\n"
            "Rhiannon\n\nRhiannon Pask | Recruitment Coordinator\nBramblecote Foods Ltd | "
            "Tachbrook Park, Leamington Spa CV34 6RH"
        ),
        crlf=True,
        mid_style="outlook",
    )
    add(
        "bf-rej",
        "2025-10-29 11:51",
        "UK",
        "Rhiannon Pask <rhiannon.pask@bramblecote.co.uk>",
        "Commercial Insights Analyst - outcome",
        "rejected",
        company=co,
        role=role,
        tags=["employer_domain", "hard:boilerplate_offer", "hard:polite_rejection"],
        text=T(
            """
            Hi Ines,

            Thank you for coming over to Leamington last week; Laura and the team enjoyed
            meeting you and really appreciated the effort of the trip.

            It was a close decision, but we have now offered the position to another
            candidate, who has accepted. Laura asked me to pass on that your sales-data
            exercise was one of the strongest we saw, and that the deciding factor was
            previous FMCG experience.

            Thank you again, and best of luck with your search.

            Kind regards,
            Rhiannon
            """
        ),
        crlf=True,
        mid_style="outlook",
    )


# =============================================================================================
# Peregrine Ledger (Workable, generic display name): ack, Codility, reminder, no.
# =============================================================================================


def peregrine() -> None:
    co, role = "Peregrine Ledger", "Analytics Engineer"
    wk = "Workable <noreply@candidates.workablemail.com>"
    ack = T(
        """
        Hi Ines,

        Your application for the Analytics Engineer job at Peregrine Ledger was submitted
        successfully.

        Peregrine Ledger will review your application and get back to you if there is a
        match. You can follow up on your application status here:
        https://apply.workable.com/peregrine-ledger/j/4A1E7C93D2/status

        Good luck!
        """
    )
    add(
        "pl-ack",
        "2025-09-19 15:44",
        "UTC",
        wk,
        "Peregrine Ledger - Application received",
        "applied",
        company=co,
        role=role,
        tags=["ats:workable", "hard:generic_display", "hard:bulk_headers"],
        text=ack,
        html=html_card(ack, brand="Peregrine Ledger", color="#263238"),
        reply_to="Peregrine Ledger <peregrine-ledger@jobs.workablemail.com>",
        headers=AUTO + bulk("candidates.workablemail.com", "pl-ack"),
    )
    inv = T(
        """
        Dear Ines Halvorsen,

        You have been invited by Peregrine Ledger to take the test "Analytics Engineer -
        SQL & Python (90 min)".

        Test duration: 90 minutes
        Programming languages: SQL (PostgreSQL), Python 3
        Deadline: 7 October 2025, 23:59 CEST

        Before you begin, we suggest trying the demo test to get familiar with the
        interface. Once you start, the timer runs without pausing.

        Start the test: https://app.codility.com/c/run/PLD7W2-QXZ/

        Good luck,
        Codility, on behalf of Peregrine Ledger
        """
    )
    add(
        "pl-codility",
        "2025-09-30 08:22",
        "UTC",
        "Codility <no-reply@codility.com>",
        "Peregrine Ledger invites you to take a test",
        "assessment",
        company=co,
        role=role,
        tags=["platform:codility"],
        text=inv,
        html=html_card(inv, brand="Codility", color="#2c2d6d"),
        reply_to="Peregrine Ledger <talent@peregrineledger.com>",
        headers=AUTO,
    )
    rem = T(
        """
        Dear Ines Halvorsen,

        This is a friendly reminder that your test for Peregrine Ledger, "Analytics
        Engineer - SQL & Python (90 min)", expires in 48 hours (7 October 2025, 23:59 CEST).

        Start the test: https://app.codility.com/c/run/PLD7W2-QXZ/

        If you have already completed it, please ignore this message.

        Codility
        """
    )
    add(
        "pl-codility-reminder",
        "2025-10-05 22:00",
        "UTC",
        "Codility <no-reply@codility.com>",
        "Reminder: your Peregrine Ledger test expires in 48 hours",
        "assessment",
        company=co,
        role=role,
        tags=["platform:codility", "hard:reminder"],
        text=rem,
        html=html_card(rem, brand="Codility", color="#2c2d6d"),
        headers=AUTO,
    )
    no = T(
        """
        Hi Ines,

        Thank you for taking the time to complete our technical test for the Analytics
        Engineer position.

        We've reviewed your results alongside your application, and we will not be moving
        forward with your candidacy at this time. We know that isn't the news you were
        hoping for.

        Thanks again for your interest in Peregrine Ledger.

        Kind regards,
        Hiring Team at Peregrine Ledger
        """
    )
    add(
        "pl-rej",
        "2025-10-15 13:07",
        "UTC",
        wk,
        "Your application for Analytics Engineer at Peregrine Ledger",
        "rejected",
        company=co,
        role=role,
        tags=["ats:workable", "hard:generic_display"],
        text=no,
        html=html_card(no, brand="Peregrine Ledger", color="#263238"),
        reply_to="Peregrine Ledger <peregrine-ledger@jobs.workablemail.com>",
        headers=AUTO,
    )


# =============================================================================================
# Vireo Robotics (Lever): ack, work authorisation question, HackerRank, no.
# =============================================================================================


def vireo() -> None:
    co, role = "Vireo Robotics", "Data Engineer, Fleet Telemetry"
    lever = "Vireo Robotics <no-reply@hire.lever.co>"
    ack = T(
        """
        Hey Ines,

        We got your application for Data Engineer, Fleet Telemetry. Thanks for thinking of
        Vireo!

        Our robots mow, sweep and inspect about 4,000 hectares of solar parks every week, and
        the telemetry they send back is what this team turns into something people can act
        on. We'll look at your application carefully and reach out if it looks like a fit.

        Team Vireo
        Vireo Robotics GmbH, Lohmühlenstraße 65, 12435 Berlin
        """
    )
    add(
        "vr-ack",
        "2025-09-22 11:19",
        "CET",
        lever,
        "Vireo Robotics - application received",
        "applied",
        company=co,
        role=role,
        tags=["ats:lever"],
        text=ack,
        html=html_card(ack, brand="VIREO", color="#1b5e20"),
        headers=AUTO,
    )
    add(
        "vr-workauth",
        "2025-09-29 14:02",
        "CET",
        "Jakob Wenzel <jakob.wenzel@vireorobotics.com>",
        "Data Engineer, Fleet Telemetry - quick question",
        "request",
        company=co,
        role=role,
        tags=["employer_domain", "hard:work_authorization"],
        text=T(
            """
            Hi Ines,

            Thanks for applying! Before I pass your profile on to the hiring manager, one
            practical question: the role is based in our Berlin office (three days a week).
            Do you already have the right to work in Germany, or would you need us to
            support a visa? From your CV I couldn't tell whether you hold an EU/EEA passport.

            A one-line answer is fine.

            Cheers,
            Jakob
            Talent Acquisition, Vireo Robotics
            """
        ),
        mid_style="gmail",
    )
    hr = T(
        """
        Hi Ines,

        Thank you for your interest in Vireo Robotics. As the next step for the
        Data Engineer, Fleet Telemetry position, we'd like you to complete a coding challenge.

        Challenge: Vireo - Data Engineering (streaming & SQL)
        Duration: 75 minutes
        Expires: 10 October 2025

        Please use a desktop browser. You may use the documentation of the languages you
        choose, but not other people.

        Start challenge: https://www.hackerrank.com/test/6ak2c91f3d7/login?b=eyJ1c2VybmFtZSI6

        Best,
        Vireo Robotics Hiring Team
        """
    )
    add(
        "vr-hackerrank",
        "2025-10-03 09:45",
        "UTC",
        "Vireo Robotics Hiring Team <no-reply@hackerrankforwork.com>",
        "Invitation to the Vireo - Data Engineering challenge",
        "assessment",
        company=co,
        role=role,
        tags=["platform:hackerrank"],
        text=hr,
        html=html_card(hr, brand="HackerRank", color="#0e141e"),
        reply_to="jakob.wenzel@vireorobotics.com",
        headers=AUTO,
    )
    no = T(
        """
        Hi Ines,

        Thanks again for your time on the coding challenge and for your interest in Vireo.

        We've had a lot of strong applicants for Data Engineer, Fleet Telemetry, and after
        a careful look we've decided to move ahead with candidates whose experience more
        closely matches what the team needs right now, especially around streaming systems
        on the edge.

        We'll hold on to your details and will reach out if something opens up that fits
        your background better.

        Best,
        Team Vireo
        """
    )
    add(
        "vr-rej",
        "2025-10-17 16:31",
        "CET",
        lever,
        "Update on your Vireo Robotics application",
        "rejected",
        company=co,
        role=role,
        tags=["ats:lever", "hard:polite_rejection", "hard:keep_on_file"],
        text=no,
        html=html_card(no, brand="VIREO", color="#1b5e20"),
        headers=AUTO,
    )


# =============================================================================================
# Søndervig Data (Copenhagen, Teamtailor; writes in English): ack, GoodTime, reminder,
# referees, "can we talk about an offer".
# =============================================================================================


def sondervig() -> None:
    co, role = "Søndervig Data", "Senior Analytics Engineer"
    tt = "Søndervig Data <no-reply@sondervigdata.teamtailor-mail.com>"
    freja = "Freja Kjærgaard <freja.kjaergaard@sondervig.dk>"
    ack = T(
        """
        Hi Ines,

        Thank you for applying for the position as Senior Analytics Engineer at Søndervig
        Data ApS. We have received your application and will review it as soon as possible.

        The application deadline is 19 October, and we evaluate applications continuously,
        so you can expect to hear from us within a few weeks.

        Best regards,
        Freja Kjærgaard
        People & Culture, Søndervig Data
        """
    )
    add(
        "sv-ack",
        "2025-10-02 13:38",
        "CET",
        tt,
        "Thank you for your application",
        "applied",
        company=co,
        role=role,
        tags=["ats:teamtailor", "hard:neutral_subject"],
        text=ack,
        html=html_card(ack, brand="Søndervig Data", color="#0a3d62"),
        reply_to=freja,
        headers=AUTO,
    )
    gt = T(
        """
        Hi Ines,

        Søndervig Data would like to schedule your interviews for the Senior Analytics
        Engineer position:

          1. Technical deep-dive with Mads Riis (60 min)
          2. Team conversation with Signe Holm and Oliver Dahl (45 min)

        Please share all the times you are available during the next two weeks, and we will
        find a slot that works for everyone. All interviews take place on Microsoft Teams.

        Share your availability: https://app.goodtime.io/availability/sondervig/c8a1b47e

        Thank you!
        Søndervig Data Recruiting
        """
    )
    add(
        "sv-goodtime",
        "2025-10-14 09:10",
        "CET",
        "Søndervig Data Recruiting <scheduling@goodtime.io>",
        "Please share your availability: Senior Analytics Engineer interviews",
        "interview",
        company=co,
        role=role,
        tags=["tool:goodtime", "hard:availability_request"],
        text=gt,
        html=html_card(gt, brand="Søndervig Data", color="#0a3d62"),
        reply_to=freja,
        headers=AUTO,
    )
    add(
        "sv-reminder",
        "2025-11-24 15:00",
        "CET",
        freja,
        "See you tomorrow - final interview at Søndervig Data",
        "interview",
        company=co,
        role="",
        tags=["employer_domain", "hard:reminder"],
        text=T(
            """
            Hi Ines,

            Just a reminder that we're looking forward to seeing you tomorrow, Tuesday
            25 November, at 13:00 for your final interview.

            Address: Søndervig Data ApS, Islands Brygge 43, 2300 København S. Take the lift to
            the 4th floor and ask for me at the front desk. We'll start with lunch with the
            team, then a 60-minute conversation with Anders (CTO) and me.

            Have a good trip over!
            Freja
            """
        ),
        html=html_plain(
            "Hi Ines,\n\nJust a reminder that we're looking forward to seeing you tomorrow, "
            "Tuesday 25 November, at 13:00 for your final interview.\n\nAddress: Søndervig "
            "Data ApS, Islands Brygge 43, 2300 København S. Take the lift to the 4th floor and "
            "ask for me at the front desk. We'll start with lunch with the team, then a "
            "60-minute conversation with Anders (CTO) and me.\n\nHave a good trip over!\nFreja"
        ),
        mid_style="apple",
    )
    add(
        "sv-referees",
        "2025-12-03 10:44",
        "CET",
        freja,
        "References",
        "reference_check",
        company=co,
        role="",
        tags=["employer_domain", "hard:neutral_subject"],
        text=T(
            """
            Hi Ines,

            Thank you again for coming to Copenhagen last week - everyone enjoyed meeting you.

            As the last step in our process we'd like to speak to two references, ideally a
            current or former manager and one other person you've worked closely with. Could
            you send me their names, phone numbers and email addresses, and tell me how you
            know them? We'll only contact them after you've given me the go-ahead.

            Best regards,
            Freja
            """
        ),
        mid_style="apple",
    )
    add(
        "sv-goodnews",
        "2026-01-09 16:27",
        "CET",
        "Anders Vestergaard <anders@sondervig.dk>",
        "Good news",
        "offer",
        company=co,
        role=role,
        tags=["employer_domain", "hard:offer_call", "hard:neutral_subject"],
        text=T(
            """
            Hi Ines,

            Sorry for how long this took - the holidays and a board meeting got in the way.

            I'm happy to say that we would like you to join us as Senior Analytics Engineer.
            I'd love to go through the offer with you personally: salary, the relocation
            package and the start date. Do you have 30 minutes on Monday or Tuesday for a
            call? Freja will send the written offer right after we've spoken.

            All the best,
            Anders

            Anders Vestergaard
            CTO, Søndervig Data
            """
        ),
        mid_style="apple",
    )


# =============================================================================================
# Mosswood (brand of Mosswood Group plc; Workday tenant mosswoodgroup).
# =============================================================================================


def mosswood() -> None:
    co, role, req = "Mosswood", "Pricing Analyst", "JR104577"
    wd = "Mosswood Careers <mosswoodgroup@myworkday.com>"
    foot = "Mosswood Group plc, Registered in England No. 01827734."
    a = T(
        """
        Hello Ines,

        Thank you for applying for the role of Pricing Analyst (JR104577).

        Your application is with our Talent team and the hiring manager. We look at every
        application against the role profile and aim to come back to everyone within 15
        working days. If you are shortlisted, we'll invite you to an informal first
        interview with the hiring manager.

        While you wait, why not see what it's like to work in our garden centres and support
        office: https://careers.mosswood.co.uk/life-at-mosswood

        Best wishes,
        The Mosswood Talent Team
        """
    )
    add(
        "mw-ack",
        "2025-10-20 19:03",
        "UK",
        wd,
        "Pricing Analyst - thanks for applying",
        "applied",
        company=co,
        role=role,
        req=req,
        tags=["ats:workday", "hard:boilerplate_interview", "hard:brand_vs_legal"],
        text=a + "\n" + foot + "\n",
        html=html_card(a, brand="Mosswood", color="#2f5d3a", footer=foot),
        headers=AUTO,
        mid_style="java",
        to=ME_ADDR,
    )
    start = when("2025-11-18 10:00", "UK")
    add(
        "mw-gcal",
        "2025-11-12 09:12",
        "UK",
        "Fraser Liddell <fraser.liddell@mosswood.co.uk>",
        "Invitation: Ines Halvorsen / Fraser Liddell @ Tue 18 Nov 2025 10:00 - 10:45 (GMT) "
        "(ines.halvorsen@mailbox.org)",
        "interview",
        company=co,
        role="",
        tags=["employer_domain", "tool:google_calendar", "hard:empty_body"],
        sender="Google Calendar <calendar-notification@google.com>",
        text=T(
            """
            You have been invited to the following event.

            Ines Halvorsen / Fraser Liddell
            When: Tuesday 18 Nov 2025 10:00 - 10:45 (Greenwich Mean Time - London)
            Joining info: Join with Google Meet
            https://meet.google.com/pzd-ktvn-mwd

            Who:
              * fraser.liddell@mosswood.co.uk - organiser
              * ines.halvorsen@mailbox.org

            Going (ines.halvorsen@mailbox.org)? Yes - Maybe - No

            Invitation from Google Calendar
            """
        ),
        cal=ics(
            uid="4tq0n8r1s2k7v3bq5p9e1m6d2h@google.com",
            start=start,
            minutes=45,
            summary="Ines Halvorsen / Fraser Liddell",
            organizer=("Fraser Liddell", "fraser.liddell@mosswood.co.uk"),
            attendees=[(ME_ADDR, ME_ADDR)],
            location="https://meet.google.com/pzd-ktvn-mwd",
            stamp=when("2025-11-12 09:12", "UK"),
        ),
        to=ME_ADDR,
        mid_style="gmail",
    )
    r = T(
        """
        Hello Ines,

        Thank you for meeting Fraser to talk about the Pricing Analyst role (JR104577). He
        really enjoyed the conversation.

        We were lucky to meet several excellent people, and on this occasion we've decided to
        continue with a candidate whose retail pricing experience is a particularly close
        match for what the team needs right now.

        We'd like to keep you in mind for future opportunities in our Data & Insight team,
        and hope you'll consider us again.

        Best wishes,
        The Mosswood Talent Team
        """
    )
    add(
        "mw-rej",
        "2025-12-02 12:30",
        "UK",
        wd,
        "Pricing Analyst (JR104577) - your application",
        "rejected",
        company=co,
        role=role,
        req=req,
        tags=["ats:workday", "hard:polite_rejection", "hard:keep_in_mind"],
        html=html_card(r, brand="Mosswood", color="#2f5d3a", footer=foot),
        html_cte="quoted-printable",
        headers=AUTO,
        mid_style="java",
        to=ME_ADDR,
    )


# =============================================================================================
# Orrin Health (Boston; Orrin Medical Technologies, Inc.; Greenhouse US).
# =============================================================================================


def orrin() -> None:
    co, role = "Orrin Health", "Clinical Data Analyst"
    gh = "Orrin Health Hiring Team <no-reply@us.greenhouse-mail.io>"
    eeo = (
        "Orrin Medical Technologies, Inc. is an equal opportunity employer. We do not "
        "discriminate on the basis of race, religion, color, sex, gender identity, sexual "
        "orientation, age, disability or veteran status."
    )
    a = T(
        """
        Hi Ines,

        Thanks for applying to Orrin Health! We've received your application for Clinical
        Data Analyst (Remote - EMEA) and our recruiting team will review it shortly.

        If you're selected to move forward, you'll hear from a recruiter to schedule an
        initial phone screen. If there isn't a fit for this role, we'll let you know.

        Thanks,
        Orrin Health Talent Acquisition
        """
    )
    add(
        "oh-ack",
        "2025-10-23 14:51",
        "ET",
        gh,
        "Thanks for applying to Orrin Health",
        "applied",
        company=co,
        role=role,
        tags=["ats:greenhouse", "hard:conditional_rejection", "hard:brand_vs_legal"],
        text=a + "\n" + eeo + "\n",
        html=html_card(a, brand="Orrin Health", color="#005f73", footer=eeo),
        headers=AUTO,
        mid_style="sg",
    )
    add(
        "oh-salary",
        "2025-11-06 11:37",
        "ET",
        "Brittany Solis <bsolis@orrinmed.com>",
        "Clinical Data Analyst - a couple of questions",
        "request",
        company=co,
        role=role,
        tags=["employer_domain", "hard:salary_expectations"],
        text=T(
            """
            Hi Ines,

            Thanks for the great chat on Tuesday! Before I put your profile in front of the
            hiring manager, could you send me:

            1. Your salary expectations for this role (in EUR is fine, it's an EMEA contract
               through our Dutch entity)
            2. Your notice period
            3. Whether you'd be able to travel to Boston for one week of onboarding

            No rush - end of the week is perfect.

            Best,
            Brittany

            Brittany Solis
            Senior Recruiter | Orrin Health
            """
        ),
        mid_style="gmail",
    )
    add(
        "oh-handover",
        "2025-11-19 09:05",
        "ET",
        "Brittany Solis <bsolis@orrinmed.com>",
        "Introducing Marcus - Clinical Data Analyst",
        "update",
        company=co,
        role=role,
        tags=["employer_domain", "hard:handover"],
        cc="Marcus Oyelaran <moyelaran@orrinmed.com>",
        text=T(
            """
            Hi Ines,

            I wanted to let you know that I'm moving over to our commercial hiring team from
            next week, so I'm handing your process for Clinical Data Analyst to my colleague
            Marcus Oyelaran (cc'd).

            Marcus has all my notes, and your profile is with the hiring manager, Dr. Ellen
            Cho, right now. He'll be in touch as soon as she's had a chance to review.

            It's been a pleasure working with you, and I'm rooting for you!

            Best,
            Brittany
            """
        ),
        mid_style="gmail",
    )
    ml = T(
        """
        Hi Ines,

        Here's your interview schedule with Orrin Health for Clinical Data Analyst.
        All times are shown in your time zone (Central European Time).

        Wednesday, December 10, 2025

        15:00 - 15:45  Hiring manager interview - Dr. Ellen Cho, Director of Clinical Data
        15:50 - 16:35  SQL & data modelling - Raj Venkataraman, Staff Data Engineer
        16:45 - 17:30  Study design & stakeholders - Hannah Leclerc, Biostatistician
        17:35 - 18:00  Wrap-up - Marcus Oyelaran, Recruiter

        Each session has its own Zoom link in the calendar invitation we've sent. Please
        join a couple of minutes early. If anything comes up, reply to this email.

        Good luck!
        Orrin Health Recruiting

        Sent with ModernLoop
        """
    )
    add(
        "oh-modernloop",
        "2025-12-04 12:20",
        "ET",
        "Orrin Health Recruiting <notifications@modernloop.io>",
        "Your interview schedule: Orrin Health - Clinical Data Analyst",
        "interview",
        company=co,
        role=role,
        tags=["tool:modernloop"],
        text=ml,
        html=html_card(ml, brand="Orrin Health", color="#005f73"),
        reply_to="Marcus Oyelaran <moyelaran@orrinmed.com>",
        headers=AUTO,
    )
    r = T(
        """
        Hi Ines,

        Thank you for spending an afternoon with us last week. The team really enjoyed
        meeting you, and Ellen in particular appreciated how you approached the study design
        discussion.

        After careful consideration, we've decided not to move forward with your candidacy
        for Clinical Data Analyst. This was a difficult decision: we ultimately chose a
        candidate with hands-on experience of FDA submissions.

        We'd be glad to hear from you again in the future.

        Best regards,
        Marcus Oyelaran
        Recruiter, Orrin Health
        """
    )
    add(
        "oh-rej",
        "2025-12-18 13:55",
        "ET",
        "Marcus Oyelaran <moyelaran@orrinmed.com>",
        "Orrin Health - Clinical Data Analyst",
        "rejected",
        company=co,
        role=role,
        tags=["employer_domain", "hard:person_via_ats", "hard:boilerplate_interview"],
        sender="no-reply@us.greenhouse-mail.io",
        text=r,
        html=html_plain(r),
        mid_style="sg",
    )


# =============================================================================================
# Lantern & Quill (small Bristol publisher): own application, a person's ack, founder's no
# from a personal address.
# =============================================================================================


def lantern() -> None:
    co, role = "Lantern & Quill", "Data & Audience Analyst"
    mine = T(
        """
        Dear Lantern & Quill team,

        I'd like to apply for the Data & Audience Analyst role advertised on your website.
        I'm a data analyst with six years' experience, most recently building subscriber and
        reader-engagement reporting for a Dutch news publisher, and I'm a long-time reader of
        your translated fiction list.

        My CV is attached. I'd be glad to talk about how I could help you understand which
        titles find their readers, and why.

        Kind regards,
        Ines Halvorsen
        +31 6 4172 9038
        """
    )
    add(
        "lq-own",
        "2025-10-27 20:14",
        "CET",
        ME,
        "Application - Data & Audience Analyst",
        "not_job",
        tags=["own_sent", "hard:own_application"],
        text=mine,
        to="jobs@lanternandquill.co.uk",
        attach=[
            (
                "Ines_Halvorsen_CV.pdf",
                "application/pdf",
                pdf("Ines Halvorsen - CV", ["Data analyst, Rotterdam", "SQL, dbt, Python"]),
            )
        ],
        mid_style="apple",
    )
    got = T(
        """
        Hi Ines,

        Thanks very much for your application - I've passed your CV on to Rosalind, our
        publisher, who is handling this one herself. We're hoping to get back to everybody
        within two weeks or so.

        Best wishes,
        Bryony

        Bryony Tallis
        Office Manager, Lantern & Quill
        """
    )
    add(
        "lq-ack",
        "2025-10-28 09:47",
        "UK",
        "Bryony Tallis <bryony@lanternandquill.co.uk>",
        "Re: Application - Data & Audience Analyst",
        "applied",
        company=co,
        role=role,
        tags=["employer_domain", "hard:quoted_history", "hard:person_ack"],
        text=got
        + "\n"
        + quote_reply(
            mine, "On 27 Oct 2025, at 19:14, Ines Halvorsen <ines.halvorsen@mailbox.org> wrote:"
        ),
        parent="lq-own",
        mid_style="apple",
    )
    add(
        "lq-rej",
        "2025-11-20 22:03",
        "UK",
        "Rosalind Achterberg <ros.achterberg@gmail.com>",
        "Re: Application - Data & Audience Analyst",
        "rejected",
        company=co,
        role=role,
        tags=["hard:personal_domain", "hard:employer_in_signature", "hard:quoted_history"],
        text=T(
            """
            Dear Ines,

            Apologies for the slow reply, and for writing from my own account - our office
            email has been playing up all week.

            Thank you so much for applying. I enjoyed your letter, and it was lovely to hear
            you read our translated list. We've decided to give the role to someone who has
            worked in trade publishing before, as we're such a small team that there's very
            little room for anyone to learn the book trade on the job.

            I hope you find something wonderful soon.

            Warmly,
            Rosalind

            Rosalind Achterberg
            Publisher, Lantern & Quill
            """
        )
        + "\n"
        + quote_reply(got, "On Tue, 28 Oct 2025 at 09:47, Bryony Tallis wrote:"),
        parent="lq-ack",
        mid_style="gmail",
    )


# =============================================================================================
# Wexcombe Borough Council (Oleeo): "unfortunately" ack, unreadable CV, not shortlisted.
# =============================================================================================


def wexcombe() -> None:
    co, role, req = "Wexcombe Borough Council", "Performance & Insight Analyst", "WXC-2291"
    ol = "Wexcombe Borough Council <noreply@wexcombe.tal.net>"
    add(
        "wx-ack",
        "2025-10-30 23:18",
        "UK",
        ol,
        "Application received - WXC-2291 Performance & Insight Analyst",
        "applied",
        company=co,
        role=role,
        req=req,
        tags=["ats:oleeo", "hard:unfortunately_ack"],
        text=T(
            """
            Dear Ines Halvorsen

            Vacancy: WXC-2291 Performance & Insight Analyst (Grade 8)
            Directorate: Corporate Resources

            Thank you for your application, which we received on 30/10/2025.

            Shortlisting will take place after the closing date of 16/11/2025. Unfortunately
            we are unable to provide feedback to candidates at the shortlisting stage.
            Candidates invited to interview will be contacted by email, so please check
            your junk folder too.

            Please do not reply to this email. To view your application, log in at
            https://wexcombe.tal.net/candidate

            Human Resources
            Wexcombe Borough Council, Civic Centre, Wexcombe
            """
        ),
        headers=AUTO,
    )
    add(
        "wx-cv",
        "2025-10-31 10:02",
        "UK",
        "Wexcombe Recruitment <recruitment@wexcombe.gov.uk>",
        "WXC-2291 - problem with your uploaded document",
        "request",
        company=co,
        role=role,
        req=req,
        tags=["employer_domain", "hard:unfortunately_non_rejection", "hard:missing_document"],
        text=T(
            """
            Dear Ines,

            Thank you for applying for the Performance & Insight Analyst post (WXC-2291).

            Unfortunately the file you uploaded in the "Supporting statement" section could
            not be opened by our system (it appears to be corrupted or password protected).
            So that your application can be shortlisted, please log in and upload it again as
            a PDF or Word document before the closing date, 16 November 2025.

            If you have any difficulties, reply to this email and we will be happy to help.

            Kind regards

            Recruitment Team
            Human Resources, Wexcombe Borough Council
            """
        ),
        html=html_outlook(
            "Dear Ines,\n\nThank you for applying for the Performance & Insight Analyst post "
            '(WXC-2291).\n\nUnfortunately the file you uploaded in the "Supporting statement" '
            "section could not be opened by our system (it appears to be corrupted or password "
            "protected). So that your application can be shortlisted, please log in and upload "
            "it again as a PDF or Word document before the closing date, 16 November 2025.\n\n"
            "If you have any difficulties, reply to this email and we will be happy to help.\n\n"
            "Kind regards\n\nRecruitment Team\nHuman Resources, Wexcombe Borough Council"
        ),
        crlf=True,
        mid_style="outlook",
    )
    add(
        "wx-rej",
        "2025-11-21 16:45",
        "UK",
        ol,
        "WXC-2291 Performance & Insight Analyst - shortlisting outcome",
        "rejected",
        company=co,
        role=role,
        req=req,
        tags=["ats:oleeo", "hard:boilerplate_interview"],
        text=T(
            """
            Dear Ines Halvorsen

            Thank you for your interest in the post of Performance & Insight Analyst
            (WXC-2291).

            The shortlisting panel has now considered all applications. We are sorry to tell
            you that on this occasion you have not been shortlisted for interview.

            We received a high number of applications and the panel were only able to invite
            those who most closely met the essential criteria. We hope this will not deter you
            from applying for future vacancies with the Council.

            Human Resources
            Wexcombe Borough Council
            """
        ),
        headers=AUTO,
    )


# =============================================================================================
# Øresund Freight (iCIMS EU): ack and a knock-out on the same day.
# =============================================================================================


def oresund() -> None:
    co, role, req = "Øresund Freight", "Logistics Data Analyst", "2025-10437"
    ic = "Øresund Freight @ icims <oresundfreight+autoreply@talent.icims.eu>"
    add(
        "of-ack",
        "2025-11-04 08:12",
        "CET",
        ic,
        "Thank you for your application to Øresund Freight",
        "applied",
        company=co,
        role=role,
        req=req,
        tags=["ats:icims"],
        text=T(
            """
            Dear Ines,

            Thank you for applying for the position Logistics Data Analyst (2025-10437) in
            Malmö. We have received your application and your answers to our screening
            questions.

            We are reviewing applications on an ongoing basis.

            Kind regards,
            Øresund Freight AB - Recruitment
            """
        ),
        headers=AUTO,
        mid_style="java",
    )
    add(
        "of-knockout",
        "2025-11-04 11:30",
        "CET",
        ic,
        "Your application - Logistics Data Analyst (2025-10437)",
        "rejected",
        company=co,
        role=role,
        req=req,
        tags=["ats:icims", "hard:knockout"],
        text=T(
            """
            Dear Ines,

            Thank you for your interest in the Logistics Data Analyst position.

            This role requires fluent Swedish or Danish, as most of the work involves our
            Scandinavian carrier partners. Based on your answers to the screening questions,
            we will not be able to consider your application for this position.

            You are welcome to create a job alert on our career site for roles where English
            is the working language.

            Kind regards,
            Øresund Freight AB - Recruitment
            """
        ),
        headers=AUTO,
        mid_style="java",
    )


# =============================================================================================
# Fjeldsø Biotech via LinkedIn: sent, viewed, not selected.
# =============================================================================================


def fjeldso() -> None:
    co, role = "Fjeldsø Biotech", "Data Scientist"
    li = "LinkedIn <jobs-noreply@linkedin.com>"
    sent = T(
        """
        Your application was sent to Fjeldsø Biotech

        Data Scientist
        Fjeldsø Biotech - Aarhus, Central Denmark Region, Denmark (Hybrid)
        Applied on September 26, 2025

        View application: https://www.linkedin.com/jobs/view/4290153377/

        Now, take these next steps for more success with your job search:
        Set a job alert for Data Scientist roles in Denmark

        Jobs similar to Data Scientist at Fjeldsø Biotech
        Machine Learning Scientist - Harbourlight Pharma - Copenhagen (On-site)
        Senior Data Scientist - Kelvinside Genomics - Remote
        Data Scientist, Clinical - Brannock Therapeutics - Aarhus (Hybrid)

        See all jobs: https://www.linkedin.com/jobs/

        This email was intended for Ines Halvorsen (Data & Analytics Engineer)
        You are receiving LinkedIn notification emails.
        Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
        LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085
        """
    )
    add(
        "fj-sent",
        "2025-09-26 18:22",
        "UTC",
        li,
        "Ines, your application was sent to Fjeldsø Biotech",
        "applied",
        company=co,
        role=role,
        tags=["board:linkedin", "hard:other_companies_listed", "hard:bulk_headers"],
        text=sent,
        html=html_card(sent, brand="LinkedIn", color="#0a66c2"),
        headers=[
            ("X-LinkedIn-Template", "jobs_applicant_applied"),
            ("X-LinkedIn-Class", "JOBS"),
            *bulk("linkedin.com", "fj-sent"),
        ],
    )
    viewed = T(
        """
        Your application was viewed by Fjeldsø Biotech

        Data Scientist
        Fjeldsø Biotech - Aarhus, Denmark

        Your application was viewed on October 2. This means someone at the company looked
        at your profile and application.

        See application status: https://www.linkedin.com/jobs/tracker/applied/

        This email was intended for Ines Halvorsen (Data & Analytics Engineer)
        Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
        """
    )
    add(
        "fj-viewed",
        "2025-10-02 15:41",
        "UTC",
        li,
        "Your application was viewed by Fjeldsø Biotech",
        "update",
        company=co,
        role=role,
        tags=["board:linkedin", "hard:application_viewed"],
        text=viewed,
        html=html_card(viewed, brand="LinkedIn", color="#0a66c2"),
        headers=[("X-LinkedIn-Template", "jobs_applicant_viewed"), ("X-LinkedIn-Class", "JOBS")],
    )
    no = T(
        """
        Your update from Fjeldsø Biotech

        Thank you for your interest in the Data Scientist position at Fjeldsø Biotech in
        Aarhus, Denmark. Unfortunately, we will not be moving forward with your application,
        but we appreciate your time and interest in Fjeldsø Biotech.

        Regards,
        Fjeldsø Biotech

        Top jobs you may be interested in
        Data Scientist - Harbourlight Pharma - Copenhagen
        Analytics Engineer - Pelorus Maritime - Rotterdam

        This email was intended for Ines Halvorsen (Data & Analytics Engineer)
        """
    )
    add(
        "fj-rej",
        "2025-10-30 07:58",
        "UTC",
        li,
        "Your application to Data Scientist at Fjeldsø Biotech",
        "rejected",
        company=co,
        role=role,
        tags=["board:linkedin", "hard:other_companies_listed"],
        text=no,
        html=html_card(no, brand="LinkedIn", color="#0a66c2"),
        headers=[
            ("X-LinkedIn-Template", "jobs_applicant_rejected"),
            ("X-LinkedIn-Class", "JOBS"),
        ],
    )


# =============================================================================================
# Corrie Lane Housing via Indeed: applied, skills test request, employer's no.
# =============================================================================================


def corrie() -> None:
    co, role = "Corrie Lane Housing", "Operations Analyst"
    add(
        "cl-applied",
        "2025-10-08 21:06",
        "UTC",
        "Indeed Apply <indeedapply@indeed.com>",
        "Application submitted: Operations Analyst",
        "applied",
        company=co,
        role=role,
        tags=["board:indeed", "hard:company_html_only"],
        text=T(
            """
            Application submitted

            Operations Analyst
            Manchester M4 - Hybrid remote

            The following items were sent to the employer:
            - Ines_Halvorsen_CV_2025.pdf
            - Answers to 4 employer questions

            Next steps: the employer may contact you by phone, email or Indeed messages.
            Track your application: https://uk.indeed.com/myjobs

            Good luck!
            The Indeed team
            """
        ),
        html=html_card(
            "Application submitted\n\nOperations Analyst\nCorrie Lane Housing - Manchester M4 "
            "- Hybrid remote\n\nThe following items were sent to Corrie Lane Housing:\n"
            "Ines_Halvorsen_CV_2025.pdf\nAnswers to 4 employer questions\n\nNext steps: the "
            "employer may contact you by phone, email or Indeed messages.\n\nGood luck!\n"
            "The Indeed team",
            brand="indeed",
            color="#2557a7",
        ),
        headers=AUTO,
    )
    req_text = T(
        """
        You have a new request from Corrie Lane Housing

        Corrie Lane Housing would like you to take the following skills tests for the
        Operations Analyst role:
          - Data Analysis: Intermediate (about 20 minutes)
          - Microsoft Excel: Advanced (about 15 minutes)

        Take the tests: https://uk.indeed.com/assessments/invite/cl9f81bb7

        Employers often review results before deciding who to interview.

        Indeed
        """
    )
    add(
        "cl-indeed-test",
        "2025-10-10 10:33",
        "UTC",
        "Indeed <no-reply@indeed.com>",
        "Request from Corrie Lane Housing",
        "assessment",
        company=co,
        role=role,
        tags=["board:indeed", "hard:indeed_request", "hard:boilerplate_interview"],
        text=req_text,
        html=html_card(req_text, brand="indeed", color="#2557a7"),
        headers=AUTO,
    )
    add(
        "cl-rej",
        "2025-11-05 13:12",
        "UTC",
        "Corrie Lane Housing <a2bn8q1x7z-reply@indeedemail.com>",
        "Operations Analyst - Corrie Lane Housing",
        "rejected",
        company=co,
        role=role,
        tags=["board:indeed", "hard:relay_address", "hard:polite_rejection"],
        text=T(
            """
            Hi Ines,

            Thank you for applying for the Operations Analyst role with Corrie Lane Housing and
            for completing the skills tests.

            We have now completed shortlisting and have decided to progress with other
            applicants whose experience is closer to social housing operations.

            Thank you again for your interest in working with us.

            Mel Ashworth
            People Services, Corrie Lane Housing

            ---
            This message was sent via Indeed. Reply directly to this email to respond.
            """
        ),
    )


# =============================================================================================
# Haugland & Moe (Oslo consultancy): hiring manager from gmail, Teams invite, verbal offer.
# =============================================================================================


def haugland() -> None:
    co, role = "Haugland & Moe", "Analytics Lead"
    add(
        "hm-chat",
        "2025-11-17 21:36",
        "CET",
        "Sigrid Haugland <sigrid.haugland@gmail.com>",
        "Your application - Analytics Lead",
        "interview",
        company=co,
        role=role,
        tags=["hard:personal_domain", "hard:employer_in_signature"],
        text=T(
            """
            Hi Ines,

            Writing from my phone on the train, so forgive the brevity. I saw your
            application for the Analytics Lead role come in today and I'd love to have an
            informal chat before we go any further. Would 20-30 minutes on Wednesday or
            Thursday afternoon work? Erlend will send a Teams invite once we've found a time.

            Sigrid

            Sigrid Haugland
            Partner, Haugland & Moe
            Sent from my iPhone
            """
        ),
        mid_style="gmail",
    )
    start = when("2025-11-20 15:00", "CET")
    add(
        "hm-teams",
        "2025-11-19 08:50",
        "CET",
        "Erlend Moe <erlend.moe@hauglandmoe.no>",
        "Ines Halvorsen - Analytics Lead (intro)",
        "interview",
        company=co,
        role=role,
        tags=["employer_domain", "tool:teams", "hard:empty_body"],
        text=T(
            """
            ________________________________________________________________________________
            Microsoft Teams meeting
            Join on your computer, mobile app or room device
            Click here to join the meeting
            <https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzRhMjg5>
            Meeting ID: 384 112 907 55
            Passcode: Qh7mZp
            ________________________________________________________________________________
            """
        ),
        cal=ics(
            uid="040000008200E00074C5B7101A82E00800000000B1C2D3E4F5A6B7C8",
            start=start,
            minutes=30,
            summary="Ines Halvorsen - Analytics Lead (intro)",
            organizer=("Erlend Moe", "erlend.moe@hauglandmoe.no"),
            attendees=[
                (ME_NAME, ME_ADDR),
                ("Sigrid Haugland", "sigrid@hauglandmoe.no"),
            ],
            location="Microsoft Teams Meeting",
            prodid="Microsoft Exchange Server 2010",
            stamp=when("2025-11-19 08:50", "CET"),
        ),
        crlf=True,
        mid_style="outlook",
        headers=[("Thread-Topic", "Ines Halvorsen - Analytics Lead (intro)")],
    )
    add(
        "hm-verbal",
        "2026-01-16 17:48",
        "CET",
        "Sigrid Haugland <sigrid@hauglandmoe.no>",
        "Following up on our call",
        "offer",
        company=co,
        role=role,
        tags=["employer_domain", "hard:verbal_offer", "hard:neutral_subject"],
        text=T(
            """
            Hi Ines,

            Thank you for the conversation this afternoon. As promised, here is a short
            summary of what we offered on the phone, so you have it in writing while Erlend
            prepares the contract:

            - Position: Analytics Lead, reporting to me
            - Salary: NOK 985,000 per year, plus 12% pension contribution
            - Location: Oslo office, with up to two remote weeks per month for the first year
            - Start: by agreement, ideally 1 April 2026
            - Relocation: we cover flights, shipping and one month of temporary housing

            I know you have other processes running. Could you let us know by 26 January
            whether you would like to accept? Call me any time if you want to discuss.

            Best regards,
            Sigrid

            Sigrid Haugland
            Partner | Haugland & Moe AS
            Tollbugata 24, 0157 Oslo
            """
        ),
        mid_style="outlook",
    )


# =============================================================================================
# Recruiters and agencies.
# =============================================================================================


def agencies() -> None:
    callum = "Callum Reeve <callum.reeve@bluestonerecruitment.co.uk>"
    intro = T(
        """
        Hi Ines,

        I hope you don't mind me reaching out directly. I'm working with Halberd Aerospace on
        a Data Engineer hire for their Filton site in Bristol, and your background in
        pipelines for sensor and telemetry data looks like a really good fit.

        A few details:
          - Data Engineer, Flight Test Data (permanent)
          - GBP 60-70k + 8% pension + bonus
          - Hybrid, 3 days on site; Halberd sponsors Skilled Worker visas for this team
          - Stack: Python, Spark, Kafka, Azure

        Halberd are keen to move quickly. Would you be open to a call this week so I can tell
        you more about the team?

        Best regards,
        Callum

        Callum Reeve
        Principal Consultant - Data & Engineering
        Bluestone Recruitment | 0117 496 0381
        """
    )
    add(
        "bs-intro",
        "2025-10-22 08:55",
        "UK",
        callum,
        "Data Engineer opportunity with Halberd Aerospace (Bristol, hybrid)",
        "outreach",
        company="Halberd Aerospace",
        role="Data Engineer, Flight Test Data",
        tags=["agency", "hard:agency_named_client"],
        text=intro,
        html=html_outlook(intro),
        crlf=True,
        mid_style="outlook",
    )
    add(
        "bs-interview",
        "2025-11-03 17:20",
        "UK",
        callum,
        "Halberd Aerospace - interview request",
        "interview",
        company="Halberd Aerospace",
        role="",
        tags=["agency", "hard:agency_named_client"],
        text=T(
            """
            Hi Ines,

            Great news - Halberd's hiring manager, Dr. Neil Amberley, has reviewed your CV and
            would like to meet you for a first-stage interview on Teams. It's an hour:
            30 minutes on your experience and 30 minutes of technical discussion around a
            pipeline you've built.

            He's offered:
              - Monday 10 Nov, 14:00-15:00
              - Wednesday 12 Nov, 10:00-11:00

            Let me know which works and I'll confirm with Halberd. I'll give you a call
            beforehand to help you prepare.

            Best regards,
            Callum
            """
        ),
        crlf=True,
        mid_style="outlook",
    )
    sl = "Tasha Grint <tasha@slatefordtalent.com>"
    add(
        "sl-outreach",
        "2025-10-14 12:31",
        "CET",
        sl,
        "Senior Analytics Engineer - Series B fintech, Amsterdam",
        "outreach",
        company="",
        role="Senior Analytics Engineer",
        tags=["agency", "hard:agency_unnamed_client"],
        text=T(
            """
            Hi Ines,

            I'm working exclusively with a Series B fintech in Amsterdam (about 180 people,
            profitable, backed by two well-known European funds) who are building out their
            analytics engineering function.

            They're looking for a Senior Analytics Engineer to own the dbt layer that feeds
            finance and risk reporting. EUR 80-92k + equity, hybrid (2 days in the office near
            Amsterdam Zuid), English-speaking team.

            I can share the name of the client once we've had a quick call, as the search is
            confidential for now. Are you free for 15 minutes tomorrow or Thursday?

            Best,
            Tasha Grint
            Senior Consultant, Slateford Talent
            """
        ),
        mid_style="gmail",
    )
    add(
        "sl-rej",
        "2025-11-13 18:02",
        "CET",
        sl,
        "Feedback from the client",
        "rejected",
        company="",
        role="",
        tags=["agency", "hard:agency_unnamed_client", "hard:neutral_subject"],
        text=T(
            """
            Hi Ines,

            I've just heard back from the client following your second interview, and I'm
            sorry to say they've decided not to progress.

            Their feedback was really positive about your dbt and modelling work; where they
            felt another candidate was stronger was in regulatory reporting, which turned out
            to be a bigger part of the role than the original brief suggested.

            I know that's disappointing after two rounds. I'd genuinely like to keep working
            with you, so let's catch up next week.

            Tasha
            """
        ),
        mid_style="gmail",
    )
    mr = T(
        """
        SLATEFORD TALENT - DATA & ANALYTICS MARKET REPORT, Q1 2026

        Hiring is back, carefully. Across our Benelux desk, permanent data vacancies rose 11%
        quarter on quarter, but time-to-offer lengthened to 41 days as companies add
        interview rounds.

        Salary guide: median base for Senior Analytics Engineers in Amsterdam is now
        EUR 84,000 (up 4%).

        Candidate tip: 3 in 10 offers we saw this quarter were accepted after a counter-offer
        from the current employer. Know your walk-away number before the final interview.

        Download the full report: https://slatefordtalent.com/reports/q1-2026

        You're receiving this because you're registered with Slateford Talent.
        Manage preferences: https://slatefordtalent.com/preferences
        """
    )
    add(
        "sl-report",
        "2026-02-17 07:30",
        "CET",
        "Slateford Talent <insights@slatefordtalent.com>",
        "Data & Analytics Market Report, Q1 2026",
        "not_job",
        tags=["newsletter", "hard:agency_newsletter", "hard:boilerplate_offer"],
        text=mr,
        html=html_card(mr, brand="Slateford Talent", color="#37474f"),
        headers=bulk("slatefordtalent.com", "sl-report"),
    )


def outreach() -> None:
    nadim = "Nadim Farouk <nadim@coldharbourlabs.com>"
    first = T(
        """
        Hi Ines,

        I came across your talk from the dbt meetup in Rotterdam ("Testing the untestable:
        data contracts for event streams") and it's exactly the problem we're chewing on at
        Coldharbour Labs.

        We build forecasting software for district heating networks, and we're hiring our
        first Analytics Engineer to sit between the data platform and our energy scientists.
        Fully remote within Europe, with a team week in Leeds every quarter.

        Would you be open to a 20-minute chat? No preparation needed.

        Best,
        Nadim Farouk
        Head of Talent, Coldharbour Labs
        """
    )
    add(
        "ch-first",
        "2026-02-03 09:15",
        "UK",
        nadim,
        "Analytics at Coldharbour Labs",
        "outreach",
        company="Coldharbour Labs",
        role="Analytics Engineer",
        tags=["employer_domain", "tool:gem"],
        text=first,
        html=html_plain(first),
        sender="Nadim Farouk <nadim=coldharbourlabs.com@appreview.gem.com>",
        mid_style="uuid",
    )
    add(
        "ch-bump",
        "2026-02-10 09:15",
        "UK",
        nadim,
        "Re: Analytics at Coldharbour Labs",
        "outreach",
        company="Coldharbour Labs",
        role="Analytics Engineer",
        tags=["employer_domain", "tool:gem", "hard:follow_up", "hard:quoted_history"],
        text="Hi Ines, just floating this back to the top of your inbox in case it got buried."
        " Happy to work around your schedule.\n\nNadim\n\n"
        + quote_reply(
            first, "On Tue, Feb 3, 2026 at 9:15 AM Nadim Farouk <nadim@coldharbourlabs.com> wrote:"
        ),
        sender="Nadim Farouk <nadim=coldharbourlabs.com@appreview.gem.com>",
        parent="ch-first",
        mid_style="uuid",
    )
    inm = T(
        """
        Ines, you have a new message

        Hi Ines - I lead data recruiting at Pinfold. We're the UK's third-largest independent
        homeware chain, and we're rebuilding our analytics function from scratch. I'm
        looking for a Lead Analytics Engineer to set standards for a team of six. Fully
        remote for EU-based people, with quarterly trips to Sheffield. Would you be open to
        hearing more?

        Joanne Whitlow
        Talent Acquisition Lead at Pinfold

        Reply: https://www.linkedin.com/messaging/thread/2-MTc4Mzk0/

        This is an InMail. You are receiving InMail notification emails.
        """
    )
    add(
        "pf-inmail",
        "2025-11-06 13:44",
        "UTC",
        "Joanne Whitlow via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Lead Analytics Engineer opportunity",
        "outreach",
        company="Pinfold",
        role="Lead Analytics Engineer",
        tags=["board:linkedin", "hard:inmail"],
        text=inm,
        html=html_card(inm, brand="LinkedIn", color="#0a66c2"),
        headers=[("X-LinkedIn-Template", "email_inmail_new")],
    )
    add(
        "sm-founder",
        "2026-03-04 19:20",
        "CET",
        "Lotte Brinkman <lotte@snowmelt.dev>",
        "Founding data hire?",
        "outreach",
        company="Snowmelt",
        role="",
        tags=["employer_domain", "hard:brand_vs_domain"],
        text=T(
            """
            Hoi Ines,

            Switching to English in case you forward this to anyone :)

            I'm Lotte, co-founder of Snowmelt. We help water boards predict spring flood
            levels from snowpack and river sensors, and we just closed our seed round. A
            friend from the Rotterdam data community said you're the person to talk to about
            building analytics from zero.

            We don't have a job ad yet; we'd shape the first data role around whoever joins.
            Coffee in Rotterdam or Utrecht some time in the next two weeks?

            Lotte
            snowmelt.dev
            """
        ),
        mid_style="gmail",
    )


# =============================================================================================
# German.
# =============================================================================================


def german() -> None:
    # Grünwerk Mobility: Berlin e-bike sharing start-up, Personio, "du".
    co, role = "Grünwerk Mobility", "Data Analyst (m/w/d)"
    lea = "Lea Brandstätter <lea.brandstaetter@gruenwerk.de>"
    ack = T(
        """
        Hallo Ines,

        vielen Dank für deine Bewerbung als Data Analyst (m/w/d) und dein Interesse an
        Grünwerk!

        Wir schauen uns deine Unterlagen in Ruhe an und melden uns innerhalb von zwei Wochen
        bei dir.

        Falls du in der Zwischenzeit Fragen hast, antworte einfach auf diese Mail.

        Viele Grüße aus Kreuzberg
        Lea vom Grünwerk-People-Team

        Grünwerk Mobility GmbH · Ohlauer Straße 12 · 10999 Berlin
        Amtsgericht Charlottenburg HRB 231775 B
        """
    )
    add(
        "gw-ack",
        "2025-09-24 10:02",
        "CET",
        "Grünwerk Mobility <no-reply@gruenwerk-mobility.jobs.personio.de>",
        "Deine Bewerbung bei Grünwerk Mobility",
        "applied",
        company=co,
        role=role,
        lang="de",
        tags=["ats:personio"],
        text=ack,
        html=html_card(ack, brand="GRÜNWERK", color="#2e7d32", lang="de"),
        reply_to=lea,
        headers=AUTO,
    )
    add(
        "gw-interview",
        "2025-10-06 16:48",
        "CET",
        lea,
        "Kennenlernen? Data Analyst (m/w/d)",
        "interview",
        company=co,
        role=role,
        lang="de",
        tags=["employer_domain", "hard:brand_vs_domain"],
        text=T(
            """
            Hallo Ines,

            danke für deine Geduld! Dein Profil hat uns richtig gut gefallen und wir würden
            dich gern in einem ersten Gespräch kennenlernen. Geplant sind 30 Minuten per
            Google Meet mit Jonas (Teamlead Data) und mir.

            Hättest du an einem dieser Termine Zeit?
            • Donnerstag, 9.10., 10:00 Uhr
            • Freitag, 10.10., 14:30 Uhr
            • Montag, 13.10., 11:00 Uhr

            Gib mir einfach kurz Bescheid, dann schicke ich dir die Einladung.

            Liebe Grüße
            Lea

            Lea Brandstätter | People & Culture
            Grünwerk Mobility GmbH | Ohlauer Straße 12 | 10999 Berlin
            """
        ),
        mid_style="gmail",
    )
    add(
        "gw-rej",
        "2025-10-22 12:15",
        "CET",
        lea,
        "Rückmeldung zu deiner Bewerbung",
        "rejected",
        company=co,
        role=role,
        lang="de",
        tags=["employer_domain", "hard:boilerplate_offer", "hard:neutral_subject"],
        text=T(
            """
            Hallo Ines,

            noch einmal danke für das offene Gespräch mit Jonas und mir - wir haben uns sehr
            gefreut, dich kennenzulernen.

            Wir haben uns die Entscheidung nicht leicht gemacht, uns am Ende aber für eine
            Kandidatin entschieden, die bereits Erfahrung mit Sharing-Flotten mitbringt.
            Deshalb können wir dir die Stelle als Data Analyst (m/w/d) leider nicht anbieten.

            Wir wünschen dir für deine weitere Suche alles Gute und würden uns freuen, wenn
            wir uns irgendwann wieder über den Weg laufen.

            Liebe Grüße
            Lea
            """
        ),
        mid_style="gmail",
    )

    # Bergfalke Versicherung: Munich insurer, SuccessFactors, "Sie", Latin-1 mail.
    co, role, req = "Bergfalke Versicherung", "Senior Data Engineer (w/m/d)", "6201"
    impressum = T(
        """
        Bergfalke Versicherung AG · Leopoldstraße 140 · 80804 München
        Vorsitzender des Aufsichtsrats: Dr. Hubertus Kammerlander
        Vorstand: Sabine Ortlieb (Vors.), Peter Gmeiner
        Sitz der Gesellschaft: München · Amtsgericht München HRB 48221
        """
    )
    add(
        "bfv-ack",
        "2025-10-01 17:26",
        "CET",
        "Bergfalke Versicherung AG - Recruiting <noreply@successfactors.eu>",
        "Eingangsbestätigung Ihrer Bewerbung - Senior Data Engineer (w/m/d), Stellen-ID 6201",
        "applied",
        company=co,
        role=role,
        req=req,
        lang="de",
        tags=["ats:successfactors"],
        text=T(
            """
            Sehr geehrte Frau Halvorsen,

            vielen Dank für Ihre Bewerbung als Senior Data Engineer (w/m/d) (Stellen-ID 6201)
            und Ihr Interesse an der Bergfalke Versicherung AG.

            Ihre Unterlagen sind vollständig bei uns eingegangen. Wir prüfen diese sorgfältig
            und melden uns schnellstmöglich bei Ihnen. Bitte haben Sie Verständnis dafür,
            dass dies einige Wochen in Anspruch nehmen kann.

            Mit freundlichen Grüßen

            Ihr Recruiting-Team
            """
        )
        + "\n"
        + impressum,
        charset="iso-8859-1",
        headers=AUTO,
        mid_style="java",
        to=ME_ADDR,
    )
    katrin = "Oberhuber, Katrin <Katrin.Oberhuber@bergfalke.de>"
    inv = T(
        """
        Sehr geehrte Frau Halvorsen,

        vielen Dank für Ihre Bewerbung und Ihre Geduld. Wir möchten Sie gern näher
        kennenlernen und laden Sie herzlich zu einem Vorstellungsgespräch per Microsoft
        Teams ein:

        Termin: Donnerstag, 13. November 2025, 10:00 bis 11:15 Uhr
        Gesprächspartner: Dr. Katrin Oberhuber (Leiterin Data Platform),
        Florian Weidinger (HR Business Partner)

        Bitte bestätigen Sie uns den Termin kurz per E-Mail. Sollte er Ihnen nicht passen,
        schlagen wir Ihnen gern einen Alternativtermin vor.

        Mit freundlichen Grüßen
        i. A. Katrin Oberhuber

        Dr. Katrin Oberhuber
        Leiterin Data Platform
        Bergfalke Versicherung AG
        Tel. +49 89 3821-4410
        """
    )
    add(
        "bfv-interview",
        "2025-11-06 08:31",
        "CET",
        katrin,
        "Einladung zum Vorstellungsgespräch - Senior Data Engineer (w/m/d)",
        "interview",
        company=co,
        role=role,
        lang="de",
        tags=["employer_domain"],
        text=inv,
        html=html_outlook(inv, "de-DE"),
        crlf=True,
        mid_style="outlook",
        headers=[("Content-Language", "de-DE")],
    )
    florian = "Weidinger, Florian <Florian.Weidinger@bergfalke.de>"
    add(
        "bfv-docs",
        "2025-11-20 14:09",
        "CET",
        florian,
        "Nachreichung von Unterlagen",
        "request",
        company=co,
        role="",
        lang="de",
        tags=["employer_domain", "hard:documents_word", "hard:company_in_signature_only"],
        text=T(
            """
            Sehr geehrte Frau Halvorsen,

            vielen Dank für das angenehme Gespräch in der vergangenen Woche. Damit wir Ihre
            Bewerbung abschließend bewerten können, bitten wir Sie, uns noch folgende
            Unterlagen zukommen zu lassen:

            - Arbeitszeugnisse Ihrer letzten beiden Arbeitgeber (bzw. Referenzschreiben,
              falls diese in den Niederlanden nicht üblich sind)
            - Ihr Hochschulabschlusszeugnis

            Gern als PDF per Antwort auf diese E-Mail bis zum 28. November.

            Mit freundlichen Grüßen
            Florian Weidinger
            HR Business Partner
            Bergfalke Versicherung AG
            """
        ),
        crlf=True,
        mid_style="outlook",
    )
    add(
        "bfv-offer",
        "2026-01-20 11:40",
        "CET",
        florian,
        "Ihr Vertragsangebot - Senior Data Engineer (w/m/d)",
        "offer",
        company=co,
        role=role,
        lang="de",
        tags=["employer_domain"],
        text=T(
            """
            Sehr geehrte Frau Halvorsen,

            wir freuen uns sehr, Ihnen nach den Gesprächen mit Frau Dr. Oberhuber und Herrn
            Gmeiner die Position als Senior Data Engineer (w/m/d) anbieten zu können.

            Anbei erhalten Sie den Entwurf Ihres Arbeitsvertrags. Die wichtigsten Eckdaten:
            - Jahresbruttogehalt: 86.000 EUR (13 Gehälter) zzgl. variabler Vergütung
            - 30 Tage Urlaub, mobiles Arbeiten bis zu 60 %
            - Eintritt: 1. April 2026 oder nach Vereinbarung

            Wir würden uns freuen, bis zum 30. Januar 2026 von Ihnen zu hören. Für Rückfragen
            stehe ich Ihnen jederzeit gern zur Verfügung.

            Mit freundlichen Grüßen
            Florian Weidinger
            HR Business Partner
            """
        )
        + "\n"
        + impressum,
        attach=[
            (
                "Arbeitsvertrag_Halvorsen_Entwurf.pdf",
                "application/pdf",
                pdf("Arbeitsvertrag (Entwurf)", ["Bergfalke Versicherung AG", "Frau Halvorsen"]),
            )
        ],
        crlf=True,
        mid_style="outlook",
    )
    add(
        "bfv-background",
        "2026-01-21 09:02",
        "CET",
        florian,
        "Zuverlässigkeitsprüfung vor Vertragsbeginn",
        "reference_check",
        company=co,
        role=role,
        lang="de",
        tags=["employer_domain", "hard:background_check"],
        text=T(
            """
            Sehr geehrte Frau Halvorsen,

            als Versicherungsunternehmen sind wir verpflichtet, vor Beginn eines
            Arbeitsverhältnisses die Zuverlässigkeit neuer Mitarbeitender zu prüfen. Wir
            bitten Sie daher, ein Führungszeugnis zu beantragen (bei Wohnsitz im Ausland ein
            vergleichbares Dokument, in den Niederlanden z. B. die VOG) und es uns vorzulegen,
            sobald es vorliegt.

            Außerdem holen wir mit Ihrem Einverständnis eine Bonitätsauskunft ein. Die
            Einwilligungserklärung für die Position Senior Data Engineer (w/m/d) finden Sie im
            Anhang.

            Die Kosten erstatten wir Ihnen selbstverständlich.

            Mit freundlichen Grüßen
            Florian Weidinger
            """
        ),
        attach=[
            (
                "Einwilligung_Hintergrundpruefung.pdf",
                "application/pdf",
                pdf("Einwilligungserklaerung", ["Bonitaetsauskunft", "Fuehrungszeugnis"]),
            )
        ],
        crlf=True,
        mid_style="outlook",
    )

    # Quast & Söhne: Hamburg coffee importer, its own mail server.
    co, role = "Quast & Söhne", "Business Intelligence Analyst (m/w/d)"
    qs = "Quast & Söhne Personalabteilung <bewerbung@quast-soehne.de>"
    foot = "Quast & Söhne GmbH & Co. KG · Kaffee- und Teeimport seit 1898\n"
    foot += "Am Sandtorkai 34 · 20457 Hamburg\n"
    add(
        "qs-interim",
        "2025-10-10 13:20",
        "CET",
        qs,
        "Zwischennachricht zu Ihrer Bewerbung",
        "update",
        company=co,
        role=role,
        lang="de",
        tags=["employer_domain", "hard:delayed", "hard:decision_date"],
        text=T(
            """
            Sehr geehrte Frau Halvorsen,

            vielen Dank für Ihre Bewerbung als Business Intelligence Analyst (m/w/d).

            Gern möchten wir Ihnen den aktuellen Stand mitteilen: Aufgrund der großen Resonanz
            benötigt die Sichtung der Unterlagen mehr Zeit als geplant. Wir rechnen damit,
            Ihnen bis Ende Oktober eine Rückmeldung geben zu können, und bitten bis dahin um
            etwas Geduld.

            Mit freundlichen Grüßen
            Personalabteilung
            """
        )
        + "\n"
        + foot,
        mid_style="uuid",
    )
    add(
        "qs-rej",
        "2025-11-03 09:55",
        "CET",
        qs,
        "Ihre Bewerbung als Business Intelligence Analyst (m/w/d)",
        "rejected",
        company=co,
        role=role,
        lang="de",
        tags=["employer_domain", "hard:keep_on_file"],
        text=T(
            """
            Sehr geehrte Frau Halvorsen,

            haben Sie nochmals vielen Dank für Ihr Interesse an unserem Haus und die Zeit,
            die Sie in Ihre Bewerbung investiert haben.

            Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir uns für
            eine andere Bewerberin entschieden haben, deren Profil unseren derzeitigen
            Anforderungen noch etwas besser entspricht.

            Mit Ihrem Einverständnis würden wir Ihre Unterlagen gern für sechs Monate in
            unserem Bewerberpool aufbewahren, um bei einer passenden Vakanz auf Sie
            zurückzukommen. Sollten Sie dies nicht wünschen, genügt eine kurze Nachricht.

            Für Ihren weiteren beruflichen Weg wünschen wir Ihnen alles Gute.

            Mit freundlichen Grüßen
            Personalabteilung
            """
        )
        + "\n"
        + foot,
        mid_style="uuid",
    )

    # A headhunter who does not name the client.
    add(
        "falkner",
        "2025-12-02 07:48",
        "CET",
        "Matthias Falkner <m.falkner@falkner-personal.de>",
        "Vertrauliche Anfrage: Lead Data Analyst (m/w/d), Großraum Stuttgart",
        "outreach",
        company="",
        role="Lead Data Analyst (m/w/d)",
        lang="de",
        tags=["agency", "hard:agency_unnamed_client"],
        text=T(
            """
            Sehr geehrte Frau Halvorsen,

            bei meiner Recherche bin ich auf Ihr Profil gestoßen und möchte Ihnen eine
            Position vorstellen, die aus meiner Sicht sehr gut zu Ihrem Werdegang passt.

            Mein Mandant ist ein inhabergeführtes Familienunternehmen aus dem Maschinenbau mit
            rund 2.400 Mitarbeitenden und Sitz im Großraum Stuttgart. Im Zuge der
            Digitalisierung des Servicegeschäfts baut das Unternehmen ein eigenes
            Data-Analytics-Team auf und sucht hierfür eine:n Lead Data Analyst (m/w/d).

            Aus Gründen der Vertraulichkeit kann ich den Namen des Unternehmens erst in einem
            persönlichen Gespräch nennen. Hätten Sie Interesse an einem unverbindlichen
            Telefonat in den nächsten Tagen?

            Mit besten Grüßen
            Matthias Falkner
            Geschäftsführer
            Falkner Personalberatung GmbH · Königstraße 26 · 70173 Stuttgart
            """
        ),
        html=html_outlook(
            "Sehr geehrte Frau Halvorsen,\n\nbei meiner Recherche bin ich auf Ihr Profil "
            "gestoßen und möchte Ihnen eine Position vorstellen, die aus meiner Sicht sehr gut "
            "zu Ihrem Werdegang passt.\n\nMein Mandant ist ein inhabergeführtes "
            "Familienunternehmen aus dem Maschinenbau mit rund 2.400 Mitarbeitenden und Sitz im "
            "Großraum Stuttgart. Im Zuge der Digitalisierung des Servicegeschäfts baut das "
            "Unternehmen ein eigenes Data-Analytics-Team auf und sucht hierfür eine:n Lead Data "
            "Analyst (m/w/d).\n\nAus Gründen der Vertraulichkeit kann ich den Namen des "
            "Unternehmens erst in einem persönlichen Gespräch nennen. Hätten Sie Interesse an "
            "einem unverbindlichen Telefonat in den nächsten Tagen?\n\nMit besten Grüßen\n"
            "Matthias Falkner\nGeschäftsführer\nFalkner Personalberatung GmbH · Königstraße 26 "
            "· 70173 Stuttgart",
            "de-DE",
        ),
        crlf=True,
        mid_style="outlook",
    )

    # Not a job: a bookshop order, with "leider".
    add(
        "de-shop",
        "2025-12-12 18:30",
        "CET",
        "Buchhaus Ebersbach <bestellung@buchhaus-ebersbach.de>",
        "Ihre Bestellung 40021877 wurde versandt",
        "not_job",
        lang="de",
        tags=["shopping", "hard:unfortunately_shopping"],
        text=T(
            """
            Guten Tag Frau Halvorsen,

            gute Nachrichten: Ihre Bestellung 40021877 ist auf dem Weg zu Ihnen.

            Versandt:
            1 x "Designing Data-Intensive Applications" (Taschenbuch)   44,90 EUR
            1 x Notizbuch A5, gepunktet                                 12,50 EUR

            Leider konnten wir den Artikel "Das Vorstellungsgespräch - 99 Fragen und
            Antworten" nicht mitschicken, da er derzeit nicht lieferbar ist. Wir senden ihn
            kostenfrei nach, sobald er eingetroffen ist.

            Sendungsverfolgung (DHL): https://www.dhl.de/de/privatkunden.html?piececode=JJD01

            Viel Freude beim Lesen!
            Ihr Buchhaus Ebersbach
            """
        ),
        headers=AUTO,
    )


# =============================================================================================
# French.
# =============================================================================================


def french() -> None:
    co, role = "Atelier Grésil", "Data Analyst H/F"
    chloe = "Chloé Vannier <chloe.vannier@gresil.fr>"
    ack = T(
        """
        Bonjour Ines,

        Merci pour votre candidature au poste de Data Analyst H/F chez Atelier Grésil !

        Notre équipe va l'étudier avec attention. Si votre profil correspond à nos besoins,
        nous reviendrons vers vous dans les prochaines semaines pour organiser un premier
        échange.

        À très bientôt,
        L'équipe Talents
        Atelier Grésil - lunettes dessinées et fabriquées à Lyon
        Grésil SAS, 8 quai Saint-Vincent, 69001 Lyon
        """
    )
    add(
        "ag-ack",
        "2025-09-25 15:17",
        "CET",
        "Atelier Grésil <no-reply@ateliergresil.teamtailor-mail.com>",
        "Nous avons bien reçu votre candidature",
        "applied",
        company=co,
        role=role,
        lang="fr",
        tags=["ats:teamtailor", "hard:neutral_subject"],
        text=ack,
        html=html_card(ack, brand="Atelier Grésil", color="#3d3d3d", lang="fr"),
        reply_to=chloe,
        headers=AUTO,
    )
    add(
        "ag-interview",
        "2025-10-09 11:03",
        "CET",
        chloe,
        "Votre candidature - Data Analyst H/F : premier échange",
        "interview",
        company=co,
        role=role,
        lang="fr",
        tags=["employer_domain", "hard:brand_vs_domain"],
        text=T(
            """
            Bonjour Ines,

            J'espère que vous allez bien. Votre parcours a retenu toute notre attention et
            nous aimerions vous proposer un premier entretien en visio (45 minutes) avec
            Julien Marchal, notre responsable data, et moi-même.

            Seriez-vous disponible sur l'un des créneaux suivants ?
            - mardi 14 octobre à 10h
            - mercredi 15 octobre à 16h30
            - jeudi 16 octobre à 11h

            L'entretien peut tout à fait se dérouler en anglais si vous le préférez.

            Bien à vous,
            Chloé Vannier
            Chargée de recrutement - Atelier Grésil
            """
        ),
        mid_style="apple",
    )
    add(
        "ag-rej",
        "2025-10-30 17:42",
        "CET",
        chloe,
        "Suite à nos échanges",
        "rejected",
        company=co,
        role=role,
        lang="fr",
        tags=["employer_domain", "hard:neutral_subject", "hard:polite_rejection"],
        text=T(
            """
            Bonjour Ines,

            Je vous remercie encore pour le temps que vous nous avez consacré lors de nos
            échanges.

            Après mûre réflexion, nous avons choisi de poursuivre le processus avec un autre
            profil, dont l'expérience dans le retail correspond davantage à nos enjeux
            actuels. Nous ne donnerons donc pas suite à votre candidature pour le poste de
            Data Analyst H/F.

            Ce choix ne remet pas en cause la qualité de votre parcours, et nous vous
            souhaitons beaucoup de réussite dans vos recherches.

            Bien cordialement,
            Chloé Vannier
            Atelier Grésil
            """
        ),
        mid_style="apple",
    )

    co, role = "Verdier & Associés", "Consultant(e) Data Senior"
    va = "Verdier & Associés - Recrutement <recrutement@verdier-associes.fr>"
    test = T(
        """
        Madame,

        Nous vous remercions de l'intérêt que vous portez au cabinet Verdier & Associés.

        Afin de poursuivre l'étude de votre candidature au poste de Consultant(e) Data Senior,
        nous vous invitons à passer nos tests en ligne : un test de raisonnement logique
        (25 minutes) suivi d'une courte étude de cas (45 minutes). Ces épreuves sont à
        réaliser seul(e), en une seule fois, avant le vendredi 24 octobre à minuit.

        Votre lien d'accès personnel : https://evaluation.verdier-associes.fr/c/7QK2M9

        Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

        Le service Recrutement
        Verdier & Associés - 41 rue de Courcelles, 75008 Paris
        """
    )
    add(
        "va-test",
        "2025-10-20 09:30",
        "CET",
        va,
        "Étape suivante : tests en ligne",
        "assessment",
        company=co,
        role=role,
        lang="fr",
        tags=["employer_domain", "hard:aptitude_test"],
        text=test,
        html=html_card(test, brand="Verdier & Associés", color="#7b1e3a", lang="fr"),
    )
    delay = T(
        """
        Bonjour Madame Halvorsen,

        Nous revenons vers vous au sujet de votre candidature au poste de Consultant(e) Data
        Senior. Les résultats de vos tests ont bien été transmis à l'équipe, mais notre
        processus prend plus de temps que prévu en raison de la clôture de plusieurs missions
        en fin d'année.

        Nous ne manquerons pas de revenir vers vous d'ici la mi-décembre.

        Bien cordialement,
        Le service Recrutement
        Verdier & Associés
        """
    )
    add(
        "va-delay",
        "2025-11-18 14:05",
        "CET",
        va,
        "Votre candidature - point d'étape",
        "update",
        company=co,
        role=role,
        lang="fr",
        tags=["employer_domain", "hard:delayed"],
        text=delay,
    )

    add(
        "aubepine",
        "2025-11-25 10:36",
        "CET",
        "Héloïse Garnier <heloise.garnier@maison-aubepine.fr>",
        "Analytics Engineer chez Maison Aubépine ?",
        "outreach",
        company="Maison Aubépine",
        role="Analytics Engineer",
        lang="fr",
        tags=["employer_domain"],
        text=T(
            """
            Bonjour Ines,

            Je me permets de vous contacter car votre profil LinkedIn a retenu mon attention.
            Maison Aubépine, marque de cosmétiques naturels basée à Bordeaux, structure
            actuellement son équipe data et nous recherchons un(e) Analytics Engineer pour
            fiabiliser nos données e-commerce et CRM.

            Le poste est en CDI, basé à Bordeaux avec deux jours de télétravail par semaine,
            et une grande partie de l'équipe travaille en anglais.

            Seriez-vous ouverte à un échange téléphonique la semaine prochaine ?

            Belle journée,
            Héloïse Garnier
            Talent Acquisition Manager - Maison Aubépine
            """
        ),
        mid_style="gmail",
    )

    alert = T(
        """
        Nouvelles offres d'emploi correspondant à votre alerte « data analyst » à Lyon (69)

        Data Analyst H/F
        Atelier Grésil - Lyon 1er
        Postuler facilement

        Analyste BI confirmé(e) H/F
        Rhodanie Mutuelle - Villeurbanne
        CDI · Télétravail partiel

        Data Analyst Supply Chain H/F
        Transports Berlioz - Saint-Priest
        Recrutement urgent

        Voir toutes les offres : https://fr.indeed.com/jobs?q=data+analyst&l=Lyon

        Vous recevez cet e-mail car vous avez créé une alerte emploi sur Indeed.
        Se désabonner : https://fr.indeed.com/alert/unsubscribe?id=7f1a
        """
    )
    add(
        "fr-alert",
        "2025-10-16 06:12",
        "UTC",
        "Indeed <alert@indeed.com>",
        "Data Analyst H/F - Atelier Grésil et 2 autres nouvelles offres à Lyon",
        "not_job",
        lang="fr",
        tags=[
            "job_alert",
            "board:indeed",
            "hard:other_companies_listed",
            "hard:boilerplate_offer",
            "hard:company_in_subject",
        ],
        text=alert,
        html=html_card(alert, brand="indeed", color="#2557a7", lang="fr"),
        headers=bulk("indeed.com", "fr-alert"),
    )


# =============================================================================================
# Spanish.
# =============================================================================================


def spanish() -> None:
    co, role = "Almadraba Analítica", "Analista de Datos Senior"
    sr = "Almadraba Analítica <notification@smartrecruiters.com>"
    add(
        "al-ack",
        "2025-10-07 12:44",
        "CET",
        sr,
        "Hemos recibido tu candidatura",
        "applied",
        company=co,
        role=role,
        lang="es",
        tags=["ats:smartrecruiters", "hard:neutral_subject"],
        html=html_card(
            T(
                """
                Hola Ines:

                ¡Gracias por tu interés en Almadraba Analítica! Hemos recibido correctamente
                tu candidatura para el puesto de Analista de Datos Senior.

                Nuestro equipo de Talento revisará tu perfil en los próximos días. Si encaja
                con lo que buscamos, nos pondremos en contacto contigo para explicarte los
                siguientes pasos.

                Un saludo,
                Equipo de Talento
                """
            ),
            brand="Almadraba Analítica",
            color="#004e7c",
            footer="Almadraba Analítica, S.A. - Calle Ancha 21, 11001 Cádiz",
            lang="es",
        ),
        html_cte="quoted-printable",
        headers=AUTO,
    )
    add(
        "al-pause",
        "2025-11-04 10:18",
        "CET",
        "Marta Olivares <marta.olivares@almadraba.es>",
        "Tu candidatura - Analista de Datos Senior",
        "update",
        company=co,
        role=role,
        lang="es",
        tags=["employer_domain", "hard:on_hold"],
        text=T(
            """
            Hola Ines:

            Te escribo para contarte en qué punto está el proceso. Por una reorganización
            interna del área de Datos, la dirección ha decidido congelar temporalmente esta
            vacante hasta enero. Tu candidatura sigue abierta y no hemos descartado a nadie;
            en cuanto tengamos luz verde retomaremos el proceso donde lo dejamos.

            Siento no tener mejores noticias por ahora y te agradezco mucho la paciencia.

            Un abrazo,
            Marta Olivares
            Responsable de Talento - Almadraba Analítica
            """
        ),
        mid_style="gmail",
    )
    add(
        "al-rej",
        "2025-12-11 16:00",
        "CET",
        sr,
        "Actualización sobre tu candidatura",
        "rejected",
        company=co,
        role=role,
        lang="es",
        tags=["ats:smartrecruiters", "hard:boilerplate_offer", "hard:neutral_subject"],
        html=html_card(
            T(
                """
                Hola Ines:

                Tras retomar el proceso de selección para Analista de Datos Senior, hemos
                decidido continuar con otros perfiles cuya experiencia se ajusta más a las
                necesidades actuales del equipo.

                Te agradecemos sinceramente el tiempo que has dedicado al proceso y te
                animamos a seguir atenta a nuestras próximas ofertas.

                Un saludo,
                Equipo de Talento
                """
            ),
            brand="Almadraba Analítica",
            color="#004e7c",
            footer="Almadraba Analítica, S.A. - Calle Ancha 21, 11001 Cádiz",
            lang="es",
        ),
        html_cte="base64",
        headers=AUTO,
    )

    co, role, req = "Encina Viajes", "Analista de Negocio", "EV-117"
    sel = "Encina Viajes - Selección <seleccion@encinaviajes.es>"
    firma = "Departamento de Selección\nEncina Viajes S.L. · Paseo de la Castellana 93 · Madrid\n"
    add(
        "ev-ack",
        "2025-10-13 09:12",
        "CET",
        sel,
        "Confirmación de recepción de su candidatura (ref. EV-117)",
        "applied",
        company=co,
        role=role,
        req=req,
        lang="es",
        tags=["employer_domain"],
        text=T(
            """
            Estimada Sra. Halvorsen:

            Le confirmamos que hemos recibido su candidatura para el puesto de Analista de
            Negocio (ref. EV-117) en nuestras oficinas de Madrid. Le agradecemos el interés
            mostrado en formar parte de Encina Viajes.

            Nuestro departamento de Selección está analizando todas las candidaturas
            recibidas. En caso de que su perfil se ajuste a los requisitos del puesto, nos
            pondremos en contacto con usted.

            Atentamente,
            """
        )
        + firma,
    )
    add(
        "ev-test",
        "2025-10-24 13:37",
        "CET",
        "Álvaro Pedrosa <alvaro.pedrosa@encinaviajes.es>",
        "Prueba técnica - Analista de Negocio (ref. EV-117)",
        "assessment",
        company=co,
        role=role,
        req=req,
        lang="es",
        tags=["employer_domain", "hard:take_home"],
        text=T(
            """
            Hola Ines:

            Gracias por la conversación del martes. Como te comenté, el siguiente paso es una
            prueba técnica que puedes hacer desde casa. Te adjunto el enunciado: un conjunto
            de datos de reservas de 2024 y tres preguntas de negocio sobre cancelaciones y
            precios.

            Calculamos que te llevará unas tres horas. Envíanos tus respuestas (un documento
            breve y el código o las consultas SQL que hayas usado) antes del lunes 3 de
            noviembre.

            Cualquier duda, me escribes.

            Un saludo,
            Álvaro Pedrosa
            Jefe de Business Intelligence - Encina Viajes
            """
        ),
        attach=[
            (
                "Prueba_tecnica_EV-117.pdf",
                "application/pdf",
                pdf("Prueba tecnica - Analista de Negocio", ["reservas_2024.csv", "3 preguntas"]),
            )
        ],
        mid_style="gmail",
    )
    add(
        "ev-filled",
        "2025-11-14 12:00",
        "CET",
        sel,
        "Proceso de selección Analista de Negocio (ref. EV-117)",
        "rejected",
        company=co,
        role=role,
        req=req,
        lang="es",
        tags=["employer_domain", "hard:position_filled", "hard:keep_on_file"],
        text=T(
            """
            Estimada Sra. Halvorsen:

            Le agradecemos el tiempo y el esfuerzo dedicados a la prueba técnica. Le
            informamos de que el puesto de Analista de Negocio ya ha sido cubierto, por lo que
            el proceso de selección ha finalizado.

            Conservaremos sus datos durante un año para futuras vacantes, salvo que nos
            indique lo contrario.

            Atentamente,
            """
        )
        + firma,
    )

    bank = T(
        """
        Estimada clienta:

        Lamentablemente no hemos podido realizar el cargo del recibo domiciliado que se
        indica a continuación, por no disponer la cuenta de saldo suficiente en la fecha de
        cargo.

        Emisor: Gimnasio Ola Marina S.L.
        Importe: 39,90 EUR
        Fecha de cargo: 02/12/2025
        Cuenta: ES21 **** **** **** **** 4417

        El emisor podrá volver a presentar el recibo en los próximos días. Si necesita
        ayuda, puede contactar con nosotros en el 900 810 332.

        Atentamente,
        Banco Ribera
        """
    )
    add(
        "es-bank",
        "2025-12-03 07:05",
        "CET",
        "Banco Ribera <avisos@bancoribera.es>",
        "Aviso: recibo no atendido",
        "not_job",
        lang="es",
        tags=["bank", "hard:unfortunately_bank"],
        text=bank,
        html=html_card(bank, brand="Banco Ribera", color="#b71c1c", lang="es"),
        headers=AUTO,
    )


# =============================================================================================
# Dutch.
# =============================================================================================


def dutch() -> None:
    co, role = "Olijfgaard Zorg", "Data-analist Zorgprocessen"
    rc = "Olijfgaard Zorg <notifications@recruitee.com>"
    reply = "job.data-analist.p4x9t@olijfgaardzorg.recruitee.com"
    sig = "Met vriendelijke groet,\nTeam Werving & Selectie\nOlijfgaard Zorg\n"
    ack = T(
        """
        Beste Ines,

        Bedankt voor je sollicitatie op de vacature Data-analist Zorgprocessen. We hebben je
        gegevens goed ontvangen.

        De sluitingsdatum van de vacature is 10 oktober. Daarna bekijken we alle
        sollicitaties en laten we je binnen twee weken na de sluitingsdatum weten of we je
        uitnodigen voor een gesprek.
        """
    )
    ack += "\n" + sig + "Wonen, zorg en welzijn in Utrecht en omstreken\n"
    add(
        "oz-ack",
        "2025-09-29 20:51",
        "CET",
        rc,
        "Bedankt voor je sollicitatie",
        "applied",
        company=co,
        role=role,
        lang="nl",
        tags=["ats:recruitee", "hard:boilerplate_interview", "hard:neutral_subject"],
        text=ack,
        html=html_card(ack, brand="Olijfgaard Zorg", color="#556b2f", lang="nl"),
        reply_to=reply,
        headers=AUTO,
    )
    no = T(
        """
        Beste Ines,

        Nogmaals bedankt voor je interesse in de functie Data-analist Zorgprocessen. We hebben
        veel reacties ontvangen en alle sollicitaties zorgvuldig bekeken.

        Helaas moeten we je laten weten dat we je niet uitnodigen voor een gesprek. Andere
        kandidaten sloten net iets beter aan bij het profiel, vooral wat betreft ervaring in
        de zorg.

        We wensen je veel succes met je verdere zoektocht.
        """
    )
    no += "\n" + sig
    add(
        "oz-rej",
        "2025-10-27 10:30",
        "CET",
        rc,
        "Je sollicitatie bij Olijfgaard Zorg",
        "rejected",
        company=co,
        role=role,
        lang="nl",
        tags=["ats:recruitee", "hard:boilerplate_interview"],
        text=no,
        html=html_card(no, brand="Olijfgaard Zorg", color="#556b2f", lang="nl"),
        reply_to=reply,
        headers=AUTO,
    )
    consent = T(
        """
        Beste Ines,

        Je hebt onlangs gesolliciteerd bij Olijfgaard Zorg. Volgens de AVG bewaren we je
        gegevens maximaal vier weken na afloop van de procedure. We zouden je gegevens graag
        een jaar langer bewaren, zodat we je kunnen benaderen als er een passende vacature
        vrijkomt.

        Geef je toestemming? Klik dan vóór 11 november op de link hieronder. Als je niets
        doet, verwijderen we je gegevens automatisch.

        Toestemming geven: https://olijfgaardzorg.recruitee.com/consent/9f2b7c
        """
    )
    consent += "\n" + sig
    add(
        "oz-consent",
        "2025-10-28 09:00",
        "CET",
        rc,
        "Mogen we je gegevens bewaren?",
        "request",
        company=co,
        role="",
        lang="nl",
        tags=["ats:recruitee", "hard:consent"],
        text=consent,
        html=html_card(consent, brand="Olijfgaard Zorg", color="#556b2f", lang="nl"),
        headers=AUTO,
    )

    co, role = "De Kleine Walvis", "Data Analist"
    fenna = "Fenna Bosch <fenna@dekleinewalvis.nl>"
    add(
        "kw-interview",
        "2025-11-10 15:22",
        "CET",
        fenna,
        "Uitnodiging kennismakingsgesprek - Data Analist",
        "interview",
        company=co,
        role=role,
        lang="nl",
        tags=["employer_domain"],
        text=T(
            """
            Hoi Ines,

            Leuk dat je hebt gereageerd op onze vacature voor Data Analist! We zijn benieuwd
            naar je en nodigen je graag uit voor een kennismakingsgesprek op ons kantoor aan
            het Westerdok.

            Datum: donderdag 20 november
            Tijd: 14.00 - 15.00 uur
            Met: Fenna Bosch (HR) en Ruben de Graaf (hoofd Digitaal)

            Kun je laten weten of dit past? Zo niet, dan zoeken we samen een ander moment.

            Tot gauw!
            Fenna

            De Kleine Walvis - podcasts, boeken en apps voor kinderen
            Westerdok 6, 1013 BH Amsterdam
            """
        ),
        mid_style="apple",
    )
    add(
        "kw-vog",
        "2025-12-08 11:14",
        "CET",
        fenna,
        "VOG-aanvraag",
        "reference_check",
        company=co,
        role="",
        lang="nl",
        tags=["employer_domain", "hard:background_check", "hard:company_in_signature_only"],
        text=T(
            """
            Hoi Ines,

            Wat fijn dat je na het tweede gesprek nog steeds enthousiast bent! Omdat we
            content maken voor en met kinderen, vragen we van iedereen die bij ons komt werken
            een Verklaring Omtrent het Gedrag (VOG). Dat is de laatste stap in onze procedure.

            We hebben de aanvraag voor je klaargezet bij Justis. Je krijgt van hen een e-mail
            met een link; daarna log je in met DigiD. De kosten zijn voor ons. De verwerking
            duurt meestal een paar weken.

            Laat het me weten als er iets niet lukt.

            Groetjes,
            Fenna

            De Kleine Walvis
            """
        ),
        mid_style="apple",
    )

    add(
        "bw-casus",
        "2025-11-25 16:05",
        "CET",
        "Bas Hoekstra <bas@brugwachter.nl>",
        "Casus Analytics Engineer",
        "assessment",
        company="Brugwachter Data",
        role="Analytics Engineer",
        lang="nl",
        tags=["employer_domain", "hard:take_home"],
        text=T(
            """
            Hoi Ines,

            Bedankt voor het fijne eerste gesprek van vorige week. Zoals besproken is de
            volgende stap een thuisopdracht. In de bijlage vind je de casus: een (nep)dataset
            van sensoren op Rotterdamse beweegbare bruggen, met de vraag een klein datamodel
            te bouwen en drie vragen te beantwoorden.

            Besteed er niet meer dan een middag aan. Je kunt je uitwerking tot en met vrijdag
            5 december mailen; daarna plannen we een moment waarop je hem aan het team
            presenteert.

            Succes en veel plezier!
            Bas Hoekstra
            Lead Data, Brugwachter Data
            """
        ),
        attach=[
            (
                "casus_analytics_engineer.pdf",
                "application/pdf",
                pdf("Casus Analytics Engineer", ["brugsensoren.csv", "Drie vragen"]),
            )
        ],
        mid_style="gmail",
    )

    woning = T(
        """
        Beste mevrouw Halvorsen,

        Bedankt voor je reactie op de woning aan de Schiedamseweg 118-B in Rotterdam en
        voor je komst naar de bezichtiging op 14 oktober.

        Helaas moeten we je laten weten dat de woning is toegewezen aan een andere
        kandidaat. We hebben veel reacties ontvangen en de verhuurder heeft gekozen op basis
        van de volgorde van inschrijving en het inkomen.

        Je inschrijving blijft actief. Je ontvangt automatisch bericht als er een nieuwe
        woning beschikbaar komt die bij je zoekprofiel past.

        Met vriendelijke groet,
        Maasoever Wonen - Verhuur
        """
    )
    add(
        "nl-rental",
        "2025-10-17 11:40",
        "CET",
        "Maasoever Wonen <verhuur@maasoeverwonen.nl>",
        "Je reactie op Schiedamseweg 118-B",
        "not_job",
        lang="nl",
        tags=["housing", "hard:unfortunately_non_job", "hard:rejection_not_job"],
        text=woning,
        html=html_card(woning, brand="Maasoever Wonen", color="#00838f", lang="nl"),
        headers=AUTO,
    )
    bill = T(
        """
        Hoi Ines,

        Je jaarafrekening over de periode 1 november 2024 tot en met 31 oktober 2025 staat
        klaar in de app en op Mijn Zonnevelt.

        Goed nieuws: je krijgt 84,16 euro terug. We storten dit binnen tien werkdagen op je
        rekening. Je nieuwe termijnbedrag wordt 97 euro per maand.

        Bekijk je jaarafrekening: https://mijn.zonnevelt.nl/jaarafrekening

        Groeten,
        Zonnevelt Energie
        """
    )
    add(
        "nl-energy",
        "2025-11-08 08:15",
        "CET",
        "Zonnevelt Energie <noreply@zonnevelt.nl>",
        "Je jaarafrekening staat klaar",
        "not_job",
        lang="nl",
        tags=["bill"],
        text=bill,
        html=html_card(bill, brand="Zonnevelt", color="#f9a825", lang="nl"),
        headers=AUTO,
    )


# =============================================================================================
# Portuguese (Portugal and Brazil).
# =============================================================================================


def portuguese() -> None:
    co, role = "Azulejo Labs", "Engenheiro(a) de Dados"
    tiago = "Tiago Mourão <tiago.mourao@azulejolabs.pt>"
    add(
        "az-ack",
        "2025-10-15 18:26",
        "UK",
        "Azulejo Labs - Recrutamento <recrutamento@azulejolabs.pt>",
        "Recebemos a tua candidatura",
        "applied",
        company=co,
        role=role,
        lang="pt",
        tags=["employer_domain", "hard:neutral_subject"],
        text=T(
            """
            Olá Ines,

            Obrigado pela tua candidatura à vaga de Engenheiro(a) de Dados na Azulejo Labs!

            A nossa equipa vai analisar o teu perfil com atenção e entraremos em contacto nas
            próximas duas semanas para te dar uma resposta.

            Até breve,
            Equipa de Pessoas
            Azulejo Labs, Lda. · Rua da Boavista 82, 1200-066 Lisboa
            """
        ),
    )
    add(
        "az-interview",
        "2025-10-29 10:02",
        "UK",
        tiago,
        "Convite para entrevista - Engenheiro(a) de Dados",
        "interview",
        company=co,
        role=role,
        lang="pt",
        tags=["employer_domain"],
        text=T(
            """
            Olá Ines,

            Gostámos muito do teu percurso e gostaríamos de te convidar para uma primeira
            entrevista por videochamada, com cerca de 45 minutos, comigo e com a Rita Amaral
            (Head of Data).

            Tens disponibilidade na próxima terça-feira, 4 de novembro, às 11h (hora de
            Lisboa)? Se não der jeito, indica-me dois ou três horários alternativos e
            acertamos.

            Podemos fazer a conversa em inglês, sem problema.

            Um abraço,
            Tiago Mourão
            Talent Partner, Azulejo Labs
            """
        ),
        mid_style="gmail",
    )
    add(
        "az-offer",
        "2026-01-22 15:30",
        "UK",
        tiago,
        "Proposta - Engenheiro(a) de Dados",
        "offer",
        company=co,
        role=role,
        lang="pt",
        tags=["employer_domain"],
        text=T(
            """
            Olá Ines,

            Temos o enorme prazer de te apresentar a nossa proposta para te juntares à
            Azulejo Labs na função de Engenheiro(a) de Dados!

            Em anexo encontras a carta-proposta com todos os detalhes. Em resumo:
            - Vencimento base anual de 58.000 EUR (pago em 14 prestações)
            - Subsídio de refeição e seguro de saúde extensível à família
            - Regime híbrido, com dois dias por semana no escritório do Príncipe Real
            - Apoio à relocalização para Lisboa

            Gostaríamos de receber a tua resposta até 2 de fevereiro. Se quiseres falar sobre
            algum ponto, estou totalmente disponível.

            Um abraço,
            Tiago
            """
        ),
        attach=[
            (
                "Proposta_Ines_Halvorsen.pdf",
                "application/pdf",
                pdf("Azulejo Labs, Lda. - Carta-proposta", ["Engenheiro(a) de Dados"]),
            )
        ],
        mid_style="gmail",
    )
    add(
        "az-docs",
        "2026-01-23 09:45",
        "UK",
        "Azulejo Labs - Pessoas <pessoas@azulejolabs.pt>",
        "Documentos para avançarmos",
        "request",
        company=co,
        role="",
        lang="pt",
        tags=["employer_domain", "hard:onboarding_documents"],
        text=T(
            """
            Olá Ines,

            Para prepararmos o teu contrato assim que aceitares a proposta, precisamos dos
            seguintes documentos:
            - Cópia do documento de identificação (passaporte ou cartão de cidadão)
            - Número de Identificação Fiscal (NIF) português, se já tiveres
            - IBAN para processamento salarial
            - Certificado de habilitações

            Podes enviá-los através do nosso portal seguro:
            https://azulejolabs.pt/docs/upload/k3J9x

            Obrigado!
            Equipa de Pessoas - Azulejo Labs
            """
        ),
    )

    co, role = "Cigarra Fintech", "Analista de Dados Pleno"
    gupy = "Cigarra Fintech <naoresponda@gupy.com.br>"
    a = T(
        """
        Olá, Ines!

        Que bom ter você por aqui! Sua candidatura para a vaga de Analista de Dados Pleno
        (remoto) na Cigarra Fintech foi recebida com sucesso.

        Fique de olho no seu e-mail e na sua área de candidato na Gupy: é por lá que vamos
        te contar cada novidade do processo seletivo.

        Boa sorte!
        Time de Gente & Cultura | Cigarra Fintech
        """
    )
    add(
        "cg-ack",
        "2025-11-03 14:20",
        "BRT",
        gupy,
        "Recebemos sua candidatura para Analista de Dados Pleno",
        "applied",
        company=co,
        role=role,
        lang="pt",
        tags=["ats:gupy"],
        text=a,
        html=html_card(a, brand="Cigarra Fintech", color="#ff7a00", lang="pt-BR"),
        headers=AUTO,
    )
    b = T(
        """
        Olá, Ines! Tudo bem?

        Agradecemos muito o seu interesse em fazer parte do time da Cigarra Fintech e o
        tempo dedicado ao nosso processo seletivo.

        Depois de analisar com carinho todos os perfis, decidimos seguir com outros
        candidatos nesta vaga. Sabemos que essa não é a notícia que você esperava, mas seu
        currículo continuará em nosso banco de talentos para futuras oportunidades.

        Desejamos muito sucesso na sua jornada!
        Time de Gente & Cultura | Cigarra Fintech
        """
    )
    add(
        "cg-rej",
        "2025-11-27 19:03",
        "BRT",
        gupy,
        "Atualização sobre o processo seletivo - Analista de Dados Pleno",
        "rejected",
        company=co,
        role=role,
        lang="pt",
        tags=["ats:gupy", "hard:keep_on_file"],
        text=b,
        html=html_card(b, brand="Cigarra Fintech", color="#ff7a00", lang="pt-BR"),
        headers=AUTO,
    )


# =============================================================================================
# Italian.
# =============================================================================================


def italian() -> None:
    co, role = "Zafferano Digitale", "Data Analyst"
    giorgia = "Giorgia Bellandi <g.bellandi@zafferanodigitale.it>"
    add(
        "zf-ack",
        "2025-10-06 09:33",
        "CET",
        "Zafferano Digitale - Recruiting <careers@zafferanodigitale.it>",
        "Conferma ricezione candidatura - Data Analyst",
        "applied",
        company=co,
        role=role,
        lang="it",
        tags=["employer_domain", "hard:boilerplate_interview"],
        text=T(
            """
            Gentile Ines,

            ti ringraziamo per aver inviato la tua candidatura per la posizione di Data
            Analyst presso Zafferano Digitale.

            Il nostro team HR valuterà con attenzione il tuo profilo e, qualora fosse in linea
            con i requisiti richiesti, ti contatteremo per un primo colloquio conoscitivo.

            Cordiali saluti,
            Ufficio Risorse Umane
            Zafferano Digitale S.r.l. - Via Tortona 31, 20144 Milano - P.IVA 10488230961
            """
        ),
        headers=AUTO,
    )
    add(
        "zf-interview",
        "2025-10-20 12:10",
        "CET",
        giorgia,
        "Invito a colloquio - Data Analyst",
        "interview",
        company=co,
        role=role,
        lang="it",
        tags=["employer_domain"],
        text=T(
            """
            Ciao Ines,

            grazie ancora per la tua candidatura. Il tuo profilo ci è piaciuto molto e
            vorremmo invitarti a un colloquio conoscitivo in videochiamata con me e con
            Davide Ferri, il nostro Head of Data.

            Ti andrebbe bene giovedì 23 ottobre alle 15:00? In alternativa possiamo fare
            venerdì 24 in mattinata. Il colloquio durerà circa un'ora e, se preferisci,
            possiamo svolgerlo in inglese.

            Fammi sapere!
            Un saluto,
            Giorgia Bellandi
            Talent Acquisition Specialist - Zafferano Digitale
            """
        ),
        mid_style="gmail",
    )
    add(
        "zf-rej",
        "2025-11-10 17:25",
        "CET",
        giorgia,
        "Esito della selezione - Data Analyst",
        "rejected",
        company=co,
        role=role,
        lang="it",
        tags=["employer_domain", "hard:boilerplate_interview"],
        text=T(
            """
            Ciao Ines,

            ti ringraziamo per il tempo che ci hai dedicato durante il colloquio e per
            l'interesse dimostrato nei confronti di Zafferano Digitale.

            Dopo un'attenta valutazione abbiamo deciso di proseguire con un altro profilo, con
            maggiore esperienza nel settore della moda e del lusso, che rappresenta gran parte
            dei nostri clienti.

            Ti auguriamo il meglio per il tuo percorso professionale e speriamo di incrociare
            di nuovo le nostre strade.

            Un caro saluto,
            Giorgia
            """
        ),
        mid_style="gmail",
    )
    add(
        "ceretto",
        "2026-02-10 11:50",
        "CET",
        "Paolo Vercellone <p.vercellone@lanificioceretto.it>",
        "Opportunità Data Engineer - Lanificio Ceretto (Biella)",
        "outreach",
        company="Lanificio Ceretto",
        role="Data Engineer",
        lang="it",
        tags=["employer_domain"],
        text=T(
            """
            Buongiorno Ines,

            mi chiamo Paolo Vercellone e mi occupo della selezione del personale per
            Lanificio Ceretto, azienda tessile di Biella che da quattro generazioni produce
            tessuti in lana per l'alta moda.

            Stiamo digitalizzando la filiera produttiva e cerchiamo un/una Data Engineer che
            ci aiuti a raccogliere e rendere utilizzabili i dati dei nostri telai e dei
            controlli qualità. Ho visto il suo profilo su LinkedIn e credo che la sua
            esperienza sia molto interessante per noi. La posizione prevede lavoro ibrido,
            con presenza in stabilimento una settimana al mese.

            Sarebbe disponibile per una breve telefonata conoscitiva nei prossimi giorni?

            Cordiali saluti,
            Paolo Vercellone
            Responsabile Risorse Umane
            Lanificio Ceretto S.p.A.
            """
        ),
        crlf=True,
        html=html_outlook(
            "Buongiorno Ines,\n\nmi chiamo Paolo Vercellone e mi occupo della selezione del "
            "personale per Lanificio Ceretto, azienda tessile di Biella che da quattro "
            "generazioni produce tessuti in lana per l'alta moda.\n\nStiamo digitalizzando la "
            "filiera produttiva e cerchiamo un/una Data Engineer che ci aiuti a raccogliere e "
            "rendere utilizzabili i dati dei nostri telai e dei controlli qualità. Ho visto il "
            "suo profilo su LinkedIn e credo che la sua esperienza sia molto interessante per "
            "noi. La posizione prevede lavoro ibrido, con presenza in stabilimento una "
            "settimana al mese.\n\nSarebbe disponibile per una breve telefonata conoscitiva nei "
            "prossimi giorni?\n\nCordiali saluti,\nPaolo Vercellone\nResponsabile Risorse "
            "Umane\nLanificio Ceretto S.p.A.",
            "it-IT",
        ),
        mid_style="outlook",
    )
    trip = T(
        """
        Gentile Ines Halvorsen,

        grazie per aver scelto Treni Lario. Ecco il riepilogo della tua prenotazione.

        Codice prenotazione: LR7K2Q
        Sabato 14 febbraio 2026
        Milano Centrale 09:25 -> Como San Giovanni 10:02
        1 adulto - Tariffa: Offerta Economy (non rimborsabile)
        Carrozza 4, posto 11A

        Totale pagato: 7,90 EUR

        Buon viaggio!
        Treni Lario
        """
    )
    add(
        "it-train",
        "2026-02-09 20:41",
        "CET",
        "Treni Lario <prenotazioni@trenilario.it>",
        "Conferma prenotazione LR7K2Q - Milano Centrale / Como San Giovanni",
        "not_job",
        lang="it",
        tags=["travel", "hard:boilerplate_offer"],
        text=trip,
        html=html_card(trip, brand="Treni Lario", color="#1565c0", lang="it"),
        headers=AUTO,
    )


# =============================================================================================
# Not job mail (English).
# =============================================================================================


def not_job() -> None:
    alert = T(
        """
        Your job alert for analytics engineer in Rotterdam
        9 new jobs match your preferences.

        Analytics Engineer
        Pelorus Maritime - Rotterdam, South Holland (Hybrid)
        Actively recruiting · Easy Apply

        Senior Analytics Engineer
        Dijkgraaf Energie - Utrecht (Hybrid)
        3 connections work here

        Analytics Engineer (dbt)
        Tulpveld Payments - Amsterdam (On-site)
        Be an early applicant

        See all jobs: https://www.linkedin.com/jobs/search/?savedSearchId=1182

        You are receiving Job Alert emails. Manage alerts:
        https://www.linkedin.com/jobs/alerts
        """
    )
    add(
        "li-alert",
        "2025-09-17 05:31",
        "UTC",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '"analytics engineer": Pelorus Maritime - Analytics Engineer and more',
        "not_job",
        tags=["job_alert", "board:linkedin", "hard:other_companies_listed"],
        text=alert,
        html=html_card(alert, brand="LinkedIn", color="#0a66c2"),
        headers=[("X-LinkedIn-Template", "jobs_alert_digest"), *bulk("linkedin.com", "li-a")],
    )
    ind = T(
        """
        12 new Data Analyst jobs in Rotterdam

        Data Analyst - Customer Insights
        Havenkwartier Retail - Rotterdam
        EUR 4,200 - EUR 5,400 a month
        Easily apply · Hiring multiple candidates

        Junior BI Analyst
        Vlietland Logistics - Barendrecht
        Urgently hiring · You could be one of the first 10 applicants

        Data Analyst (Finance)
        Maasbank Services - Rotterdam
        Interviews held on a rolling basis

        View all jobs: https://nl.indeed.com/jobs?q=data+analyst&l=Rotterdam

        You received this email because you created a job alert on Indeed.
        Unsubscribe: https://nl.indeed.com/alert/unsubscribe?id=c4e2
        """
    )
    add(
        "indeed-alert",
        "2025-10-23 06:02",
        "UTC",
        "Indeed <alert@indeed.com>",
        "12 new Data Analyst jobs in Rotterdam",
        "not_job",
        tags=["job_alert", "board:indeed", "hard:boilerplate_interview"],
        text=ind,
        html=html_card(ind, brand="indeed", color="#2557a7"),
        headers=bulk("indeed.com", "indeed-alert"),
    )
    dig = T(
        """
        Locally Optimal - your weekly digest

        #job-hunting (34 new messages)
        Rosa K.: Update: I accepted the offer!! Thanks to everyone who helped me prep for
        the system design interview, especially the mock panel last Thursday.
        Bart: Has anyone been through the HireVue thing at a bank? Any tips?
        Nkechi: Rejected after the final round again. Third time this quarter.

        #dbt-help (12 new messages)
        Sven: Incremental models with late-arriving data - merge or delete+insert?

        #events
        Rotterdam meetup on 27 Nov: "Metrics layers in practice", RSVP in thread.

        Open Slack: https://locallyoptimal.slack.com/
        You get this digest because you're a member of Locally Optimal.
        """
    )
    add(
        "digest",
        "2025-11-16 08:00",
        "UTC",
        "Locally Optimal <digest@locallyoptimal.community>",
        "Your weekly digest: #job-hunting, #dbt-help and 2 more",
        "not_job",
        tags=[
            "community_digest",
            "hard:digest_accepted_offer",
            "hard:boilerplate_interview",
            "hard:rejection_word",
        ],
        text=dig,
        headers=bulk("locallyoptimal.community", "digest"),
    )
    nk = T(
        """
        Dear Ines Halvorsen,

        Unfortunately, we were unable to process your scheduled payment of EUR 1,150.00 to
        Woonstichting De Hoven on 1 October 2025, because it would have exceeded the agreed
        limit on your current account ending 0493.

        What can you do?
        - Make sure there is enough balance on your account, then make the payment yourself
          in the Noordkaap app, or
        - Contact the beneficiary to arrange a new collection date.

        Kind regards,
        Noordkaap Bank
        Customer Service

        This is an automatically generated message. You cannot reply to this email.
        """
    )
    add(
        "bank-payment",
        "2025-10-01 07:48",
        "CET",
        "Noordkaap Bank <service@mail.noordkaapbank.nl>",
        "Your payment could not be made",
        "not_job",
        tags=["bank", "hard:unfortunately_bank"],
        text=nk,
        html=html_card(nk, brand="Noordkaap Bank", color="#004d40"),
        headers=AUTO,
    )
    card = T(
        """
        Hi Ines,

        Thank you for applying for the Tern Platinum card. We've carefully reviewed your
        application.

        Unfortunately, we're not able to approve your application at this time. Our
        decision is based on the length of your credit history in the Netherlands. It isn't
        a judgement of you personally.

        You're welcome to apply again in six months. In the meantime, your Tern Everyday
        account and card are not affected.

        The Tern team
        """
    )
    add(
        "tern",
        "2025-12-19 13:12",
        "CET",
        "Tern <no-reply@tern.eu>",
        "An update on your application",
        "not_job",
        tags=["bank", "hard:unfortunately_bank", "hard:application_word", "hard:rejection_not_job"],
        text=card,
        html=html_card(card, brand="Tern", color="#111111"),
        headers=AUTO,
    )
    ship = T(
        """
        Good news, Ines - your parcel is on its way!

        From: Fjellstue Outdoor
        Tracking number: PW 7741 0028 9913 NL
        Expected delivery: Thursday 4 December, between 14:05 and 16:35

        Not home? Choose a pickup point or a neighbour:
        https://track.parcelway.eu/PW77410028

        Parcelway
        """
    )
    add(
        "parcel",
        "2025-12-03 06:40",
        "CET",
        "Parcelway <noreply@track.parcelway.eu>",
        "Your parcel from Fjellstue Outdoor is on its way",
        "not_job",
        tags=["shopping"],
        html=html_card(ship, brand="Parcelway", color="#ff6f00"),
        headers=AUTO,
    )
    kudos = T(
        """
        Joris Dekker and 3 others gave kudos on your activity.

        Sunday long run along the Maas
        18.4 km · 1h 41m · 5:29 /km

        Joris Dekker commented: "Strong finish! Good luck with the interviews this week 💪"

        View activity: https://trailmate.app/activities/99127730

        Trailmate
        Manage notifications: https://trailmate.app/settings/email
        """
    )
    add(
        "trailmate",
        "2025-10-26 16:58",
        "UTC",
        "Trailmate <notifications@trailmate.app>",
        "Joris Dekker commented on your run",
        "not_job",
        tags=["social", "hard:boilerplate_interview"],
        text=kudos,
        html=html_card(kudos, brand="Trailmate", color="#fc4c02"),
        headers=bulk("trailmate.app", "kudos"),
    )
    add(
        "friend",
        "2025-10-28 19:52",
        "CET",
        "Marit Solberg <marit.solberg@gmail.com>",
        "how did it go??",
        "not_job",
        tags=["personal", "hard:friend_mentions_interview", "hard:boilerplate_offer"],
        text=T(
            """
            Hei hei!

            So?? How did the London interview go this morning? Did Tom turn out to be as
            intimidating as his LinkedIn photo? :D

            Also, are you still up for Friday? Ingrid is making her famous fiskesuppe and
            says she'll only serve it if you come. Mum asked whether anyone made you an offer
            yet, I told her to stop asking, you know how she is.

            Klem,
            Marit
            """
        ),
        html=html_plain(
            "Hei hei!\n\nSo?? How did the London interview go this morning? Did Tom turn out "
            "to be as intimidating as his LinkedIn photo? :D\n\nAlso, are you still up for "
            "Friday? Ingrid is making her famous fiskesuppe and says she'll only serve it if "
            "you come. Mum asked whether anyone made you an offer yet, I told her to stop "
            "asking, you know how she is.\n\nKlem,\nMarit"
        ),
        mid_style="gmail",
    )
    tt = T(
        """
        Webinar: Interview invitations candidates actually open

        Your interview invitation is often the first personal message a candidate gets
        from you. In this 40-minute session, our Head of Candidate Experience shows:

        - the three subject lines that doubled reply rates for our customers
        - how to write rejections that keep candidates in your talent pool
        - a live teardown of real (anonymised) offer emails

        Thursday 20 November, 15:00 CET - Register free:
        https://www.teamtailor.com/en/webinars/interview-invitations

        Teamtailor - the applicant tracking system with everything you need
        You are receiving this because you signed up for Teamtailor news.
        """
    )
    add(
        "teamtailor-mkt",
        "2025-11-11 10:00",
        "CET",
        "Teamtailor <news@teamtailor.com>",
        "Webinar: Interview invitations candidates actually open",
        "not_job",
        tags=[
            "vendor_marketing",
            "hard:ats_sender_not_event",
            "hard:boilerplate_interview",
            "hard:boilerplate_offer",
        ],
        text=tt,
        html=html_card(tt, brand="Teamtailor", color="#f4436c"),
        headers=bulk("teamtailor.com", "tt-mkt"),
    )
    mock = when("2025-10-17 16:00", "CET")
    add(
        "mock",
        "2025-10-13 19:10",
        "CET",
        "Joost van Rijn <joost@loopbaanpraktijkvanrijn.nl>",
        "Invitation: Mock interview - Ines (case + behavioural) @ Fri 17 Oct 2025 16:00 - 17:00 "
        "(CEST) (ines.halvorsen@mailbox.org)",
        "not_job",
        tags=["tool:google_calendar", "hard:calendar_not_job", "hard:mock_interview"],
        sender="Google Calendar <calendar-notification@google.com>",
        text=T(
            """
            You have been invited to the following event.

            Mock interview - Ines (case + behavioural)
            When: Friday 17 Oct 2025 16:00 - 17:00 (Central European Time - Amsterdam)
            Where: Loopbaanpraktijk Van Rijn, Witte de Withstraat 50, Rotterdam

            Practice session for your upcoming interviews. Bring the job ads you want to
            prepare for; we'll do one case question and 30 minutes of behavioural questions
            with feedback.

            Going (ines.halvorsen@mailbox.org)? Yes - Maybe - No

            Invitation from Google Calendar
            """
        ),
        cal=ics(
            uid="1f9mock8c2a4b6d0e2f4a6c8e0b2d4f6@google.com",
            start=mock,
            minutes=60,
            summary="Mock interview - Ines (case + behavioural)",
            organizer=("Joost van Rijn", "joost@loopbaanpraktijkvanrijn.nl"),
            attendees=[(ME_ADDR, ME_ADDR)],
            description="Practice session for your upcoming interviews.",
            location="Loopbaanpraktijk Van Rijn, Witte de Withstraat 50, Rotterdam",
            stamp=when("2025-10-13 19:10", "CET"),
        ),
        to=ME_ADDR,
        mid_style="gmail",
    )
    news = T(
        """
        MODELLED BEHAVIOUR - Issue #87

        The interview loop is broken (and other takes)

        This week a reader asked why every analytics engineering interview now includes a
        four-hour take-home, a live SQL round and a "values" chat. I asked six hiring
        managers. Their answers, and what I'd change, are below.

        Also in this issue:
        - Semantic layers, two years on: did anybody ship one?
        - Why your incremental models drift (and a 12-line fix)
        - Job board: 4 roles from readers' teams, including one with an offer of a 4-day week

        Read online: https://modelledbehaviour.substack.com/p/issue-87

        You're a free subscriber to Modelled Behaviour.
        Unsubscribe: https://modelledbehaviour.substack.com/action/disable_email
        """
    )
    add(
        "newsletter",
        "2025-11-07 12:00",
        "UTC",
        "Modelled Behaviour <modelledbehaviour@substack.com>",
        "Issue #87: the interview loop is broken (and other takes)",
        "not_job",
        tags=["newsletter", "hard:boilerplate_interview", "hard:boilerplate_offer"],
        text=news,
        html=html_card(news, brand="Modelled Behaviour", color="#ff6719"),
        headers=bulk("substack.com", "mb-87"),
    )
    course = T(
        """
        Ines, your 40% discount ends at midnight.

        Land your next data role with the Analytics Engineering Career Track:
        - 60 hours of hands-on dbt, SQL and Python
        - 3 portfolio projects reviewed by hiring managers
        - A free 1:1 mock interview with a senior engineer

        Special offer: EUR 239 instead of EUR 399. Use code OFFER40 at checkout.

        Claim the offer: https://querywise.academy/career-track?c=OFFER40

        Querywise Academy
        Unsubscribe: https://querywise.academy/unsubscribe
        """
    )
    add(
        "course",
        "2025-11-28 18:00",
        "UTC",
        "Querywise Academy <hello@querywise.academy>",
        "Last chance: 40% off + a free mock interview",
        "not_job",
        tags=["marketing", "hard:boilerplate_offer", "hard:boilerplate_interview"],
        text=course,
        html=html_card(course, brand="Querywise", color="#6a1b9a"),
        headers=bulk("querywise.academy", "course"),
    )
    meet = T(
        """
        Rotterdam Data Folks just scheduled a new event

        Panel: How to interview for data roles in 2026 (and how to hire for them)
        Tuesday, January 13, 2026, 6:30 PM - 9:00 PM CET
        CIC Rotterdam, Stationsplein 45

        Four hiring managers and two recent job seekers compare notes on take-homes, live
        SQL rounds and negotiating offers. Pizza from 18:30.

        RSVP: https://www.meetup.com/rotterdam-data-folks/events/309915274/

        Meetup
        """
    )
    add(
        "meetup",
        "2025-12-10 17:25",
        "UTC",
        "Meetup <info@meetup.com>",
        "New event: Panel: How to interview for data roles in 2026",
        "not_job",
        tags=["social", "hard:boilerplate_interview", "hard:boilerplate_offer"],
        text=meet,
        html=html_card(meet, brand="Meetup", color="#f65858"),
        headers=bulk("meetup.com", "meetup"),
    )
    searches = T(
        """
        You appeared in 14 searches this week

        See who's looking at your profile and the companies they work for.
        Recruiters from Technology, Information and Internet searched for people like you.

        Keywords your searchers used: analytics engineer, dbt, data modelling

        See all searches: https://www.linkedin.com/me/search-appearances/

        This email was intended for Ines Halvorsen (Data & Analytics Engineer)
        """
    )
    add(
        "li-searches",
        "2025-11-24 09:11",
        "UTC",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Ines, you appeared in 14 searches this week",
        "not_job",
        tags=["social", "board:linkedin"],
        text=searches,
        html=html_card(searches, brand="LinkedIn", color="#0a66c2"),
        headers=[
            ("X-LinkedIn-Template", "email_weekly_search_appearances"),
            *bulk("linkedin.com", "li-s"),
        ],
    )
    xref = T(
        """
        Hi Ines,

        Tom Fairley has applied for a role with Dunmore Logistics and has nominated you as a
        referee. Dunmore Logistics would like to hear about your experience working with
        Tom.

        The reference takes about 8 minutes to complete, and your responses are shared only
        with Dunmore Logistics' recruitment team.

        Provide your reference: https://app.xref.com/referee/q/9ZK4T7

        Please complete it by 21 January 2026.

        Thank you,
        Xref
        """
    )
    add(
        "xref-referee",
        "2026-01-15 02:14",
        "UTC",
        "Xref <noreply@xref.com>",
        "Tom Fairley has nominated you as a referee",
        "not_job",
        tags=["platform:xref", "hard:user_is_referee"],
        text=xref,
        html=html_card(xref, brand="Xref", color="#00a3a3"),
        headers=AUTO,
    )
    prem = T(
        """
        Ines, 4 recruiters viewed your profile this month

        Stand out to recruiters and get hired faster with Premium Career:
        - See everyone who viewed your profile in the last 365 days
        - Message recruiters directly with InMail credits
        - Get AI help writing cover letters and preparing for interviews

        Try 1 month free: https://www.linkedin.com/premium/products/?family=CAREER

        Cancel anytime. We'll remind you 7 days before your trial ends.
        """
    )
    add(
        "li-premium",
        "2026-01-05 14:30",
        "UTC",
        "LinkedIn Premium <linkedin@em.linkedin.com>",
        "4 recruiters viewed your profile - see who",
        "not_job",
        tags=["marketing", "board:linkedin", "hard:boilerplate_interview"],
        html=html_card(prem, brand="LinkedIn Premium", color="#915907"),
        headers=bulk("em.linkedin.com", "li-p"),
    )
    fwd = T(
        """
        Saw this in our company Slack and thought of you straight away. Tessellate is a
        lovely team (I know two people there). Want me to pass your CV to the hiring
        manager? No pressure!

        Daan

        ---------- Forwarded message ---------
        From: Tessellate Maps Careers <careers@tessellatemaps.com>
        Date: Mon, 8 Dec 2025 at 10:00
        Subject: We're hiring: Senior Data Analyst (Rotterdam)
        To: <all-partners@tessellatemaps.com>

        We're growing our Geo Insights team and looking for a Senior Data Analyst in
        Rotterdam. Know someone great? Our referral bonus is EUR 2,500.
        https://tessellatemaps.com/careers/senior-data-analyst
        """
    )
    add(
        "friend-fwd",
        "2025-12-08 21:33",
        "CET",
        "Daan Verbeek <daan.verbeek@gmail.com>",
        "Fwd: We're hiring: Senior Data Analyst (Rotterdam)",
        "not_job",
        tags=["personal", "forward", "hard:friend_forward"],
        text=fwd,
        mid_style="gmail",
    )


# -- assembly --------------------------------------------------------------------------------

SECTIONS = (
    osprey,
    hearth,
    quayside,
    tallowfield,
    kittiwake,
    wolds,
    tollgate,
    cairnstone,
    bramblecote,
    peregrine,
    vireo,
    sondervig,
    mosswood,
    orrin,
    lantern,
    wexcombe,
    oresund,
    fjeldso,
    corrie,
    haugland,
    agencies,
    outreach,
    german,
    french,
    spanish,
    dutch,
    portuguese,
    italian,
    not_job,
)


def collect() -> list[Mail]:
    MAILS.clear()
    for section in SECTIONS:
        section()
    # Numbered in arrival order; ties keep the order they were written in.
    order = sorted(range(len(MAILS)), key=lambda i: (MAILS[i].at.astimezone(UTC), i))
    return [MAILS[i] for i in order]


def generate() -> dict[str, bytes]:
    mails = collect()
    mids = {m.key: message_id(m.key, _domain(m.frm), m.mid_style) for m in mails}
    if len(set(mids.values())) != len(mids):
        raise ValueError("Message-IDs collide")
    out: dict[str, bytes] = {}
    rows = []
    for i, m in enumerate(mails, 1):
        if m.kind not in KINDS:
            raise ValueError(f"{m.key}: unknown kind {m.kind}")
        name = f"{i:04d}.eml"
        raw = build(m, mids)
        out[f"corpus/{name}"] = raw
        tags = list(m.tags)
        if m.parent and "reply" not in tags:
            tags.append("reply")
        tags += [t for t in form_tags(raw) if t not in tags]
        if m.company and m.company.lower() not in visible_text(raw).lower():
            tags.append("hard:company_not_in_text")
        rows.append(
            {
                "file": name,
                "kind": m.kind,
                "company": m.company if m.kind != "not_job" else "",
                "role": m.role if m.kind != "not_job" else "",
                "requisition": m.req if m.kind != "not_job" else "",
                "language": m.lang,
                "tags": tags,
            }
        )
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    out["labels.jsonl"] = text.encode("utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="compare with the files on disk")
    args = ap.parse_args(argv)
    files = generate()
    on_disk = {f"corpus/{p.name}" for p in CORPUS.glob("*.eml")} if CORPUS.exists() else set()
    if args.check:
        bad = [
            n for n, d in files.items() if not (HERE / n).exists() or (HERE / n).read_bytes() != d
        ]
        extra = sorted(on_disk - set(files))
        for n in sorted(bad) + extra:
            print(f"differs, missing or extra: {n}")
        if bad or extra:
            print("run: python tests/data/mail/heldout/make_heldout.py")
            return 1
        print(f"ok: {len(files) - 1} messages")
        return 0
    CORPUS.mkdir(exist_ok=True)
    for n in sorted(on_disk - set(files)):
        (HERE / n).unlink()
    for n, data in files.items():
        path = HERE / n
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)
    rows = [json.loads(x) for x in files["labels.jsonl"].decode().splitlines()]
    kinds = Counter(r["kind"] for r in rows)
    langs = Counter(r["language"] for r in rows)
    print(f"wrote {len(rows)} messages: " + ", ".join(f"{k} {kinds[k]}" for k in KINDS))
    print("languages: " + ", ".join(f"{k} {v}" for k, v in langs.most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
