#!/usr/bin/env python3
"""Write the blind2 recruiting-mail test set: corpus/NNNN.eml and labels.jsonl.

One job seeker's mailbox (Marta Wiśniewska, a mechanical design engineer in Cork, Ireland,
searching from September 2025 to April 2026). Written blind: see README.md.

    python make_blind2.py            # (re)write corpus/ and labels.jsonl
    python make_blind2.py --check    # exit 1 if the committed files differ from the output

Standard library only; the output is byte-for-byte deterministic.
"""

from __future__ import annotations

import argparse
import base64
import email
import email.policy
import hashlib
import html
import json
import quopri
import re
import sys
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path
from urllib.parse import quote as urlquote

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
LABELS = HERE / "labels.jsonl"

ME = ("Marta Wiśniewska", "marta.wisniewska@fastmail.com")
KINDS = {
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
}

# --------------------------------------------------------------------------------------------
# Dates and time zones (EU and US daylight-saving rules, no tz database needed)
# --------------------------------------------------------------------------------------------

ZONES = {
    "IE": (0, 1),  # Ireland, UK, Portugal
    "CE": (1, 2),  # Germany, France, Spain, Italy, Poland, Sweden, Denmark
    "FI": (2, 3),
    "US_E": (-5, -4),
    "US_P": (-8, -7),
    "UTC": (0, 0),
}


def _nth_sunday(year: int, month: int, n: int) -> date:
    d = date(year, month, 1)
    d += timedelta(days=(6 - d.weekday()) % 7)
    return d + timedelta(weeks=n - 1)


def _last_sunday(year: int, month: int) -> date:
    d = date(year, month + 1, 1) - timedelta(days=1)
    return d - timedelta(days=(d.weekday() - 6) % 7)


def _in_dst(local: datetime, zone: str) -> bool:
    y, d = local.year, local.date()
    if zone in ("IE", "CE", "FI"):
        return _last_sunday(y, 3) < d <= _last_sunday(y, 10) or (
            d == _last_sunday(y, 3) and local.hour >= 3
        )
    if zone.startswith("US_"):
        return _nth_sunday(y, 3, 2) <= d < _nth_sunday(y, 11, 1)
    return False


def when(local: str, zone: str) -> datetime:
    naive = datetime.fromisoformat(local)
    std, dst = ZONES[zone]
    hours = dst if _in_dst(naive, zone) else std
    return naive.replace(tzinfo=timezone(timedelta(hours=hours)))


def fmt_date(dt: datetime, style: str) -> str:
    text = format_datetime(dt)
    if style == "gmail":  # "Tue, 4 Nov 2025 ..." without the leading zero
        text = re.sub(r", 0(\d) ", r", \1 ", text)
    return text


# --------------------------------------------------------------------------------------------
# Headers: RFC 2047 encoded words, addresses, folding
# --------------------------------------------------------------------------------------------

_Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _q(raw: bytes) -> str:
    out = []
    for b in raw:
        if b == 0x20:
            out.append("_")
        elif b in _Q_SAFE:
            out.append(chr(b))
        else:
            out.append(f"={b:02X}")
    return "".join(out)


def _payload(text: str, charset: str, enc: str) -> str:
    raw = text.encode(charset)
    return _q(raw) if enc == "q" else base64.b64encode(raw).decode("ascii")


def encode_words(text: str, charset: str = "utf-8", enc: str = "q") -> str:
    try:
        text.encode(charset)
    except UnicodeEncodeError:  # like real mailers, fall back to UTF-8 for this header
        charset = "utf-8"
    prefix = f"=?{charset}?{enc.upper()}?"
    room = 75 - len(prefix) - 2
    chunks: list[str] = []
    cur = ""
    for ch in text:
        if cur and len(_payload(cur + ch, charset, enc)) > room:
            chunks.append(cur)
            cur = ch
        else:
            cur += ch
    chunks.append(cur)
    return "\n ".join(f"{prefix}{_payload(c, charset, enc)}?=" for c in chunks)


def _ascii(text: str) -> bool:
    return all(ord(c) < 128 for c in text)


def fold(value: str, start: int) -> str:
    """Fold an ASCII header value at spaces so lines stay under 78 characters."""
    if start + len(value) <= 78:
        return value
    words = value.split(" ")
    lines = [words[0]]
    width = start + len(words[0])
    for w in words[1:]:
        if width + 1 + len(w) > 78:
            lines.append(" " + w)
            width = 1 + len(w)
        else:
            lines[-1] += " " + w
            width += 1 + len(w)
    return "\n".join(lines)


def header_text(name: str, text: str, charset: str, enc: str) -> str:
    if _ascii(text):
        return f"{name}: {fold(text, len(name) + 2)}"
    return f"{name}: {encode_words(text, charset, enc)}"


_SPECIALS = set('()<>[]:;@\\,."')


def fmt_addr(name: str, addr: str, charset: str = "utf-8", enc: str = "q") -> str:
    if not name:
        return addr
    if not _ascii(name):
        return f"{encode_words(name, charset, enc)} <{addr}>"
    if any(c in _SPECIALS for c in name):
        escaped = name.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{escaped}" <{addr}>'
    return f"{name} <{addr}>"


# --------------------------------------------------------------------------------------------
# MIME parts
# --------------------------------------------------------------------------------------------

CTE = {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit", "7bit": "7bit"}


@dataclass
class Part:
    ctype: str
    content: str | bytes | list[Part] = ""
    charset: str | None = "utf-8"
    cte: str = "7bit"
    params: tuple[tuple[str, str], ...] = ()
    disposition: str | None = None
    filename: str | None = None
    headers: tuple[tuple[str, str], ...] = ()


def text(body: str, *, cte: str = "qp", charset: str = "utf-8", flowed: bool = False) -> Part:
    params = (("format", "flowed"),) if flowed else ()
    return Part("text/plain", body, charset, cte, params)


def html_part(body: str, *, cte: str = "qp", charset: str = "utf-8") -> Part:
    return Part("text/html", body, charset, cte)


def alt(*parts: Part) -> Part:
    return Part("multipart/alternative", list(parts), None)


def mixed(*parts: Part) -> Part:
    return Part("multipart/mixed", list(parts), None)


def attachment(filename: str, ctype: str, data: bytes, *, inline: bool = False) -> Part:
    return Part(
        ctype,
        data,
        None,
        "b64",
        disposition="inline" if inline else "attachment",
        filename=filename,
    )


def calendar_part(ics: str, *, method: str = "REQUEST", cte: str = "7bit") -> Part:
    return Part("text/calendar", ics, "utf-8", cte, (("method", method),))


def fake_pdf(title: str, lines: list[str]) -> bytes:
    """A small, valid-looking PDF; only its bytes matter here."""
    stream = "BT /F1 11 Tf 72 760 Td 14 TL\n"
    for line in [title, "", *lines]:
        safe = line.encode("latin-1", "replace").decode("latin-1")
        safe = safe.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        stream += f"({safe}) Tj T*\n"
    stream += "ET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        " /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = "%PDF-1.4\n"
    offsets = []
    for i, obj in enumerate(objs, 1):
        offsets.append(len(out.encode("latin-1")))
        out += f"{i} 0 obj\n{obj}\nendobj\n"
    xref = len(out.encode("latin-1"))
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n"
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("latin-1")


def _token(*parts: str, n: int = 16) -> str:
    return hashlib.sha256("\x1f".join(("blind2", *parts)).encode()).hexdigest()[:n]


def _boundary(seed: str) -> str:
    h = _token("boundary", seed, n=32)
    style = int(h[0], 16) % 4
    if style == 0:
        return f"----=_Part_{int(h[1:7], 16)}_{int(h[7:15], 16)}.{int(h[15:25], 16)}"
    if style == 1:
        return f"000000000000{h[:16]}"
    if style == 2:
        return f"_000_{h[:20].upper()}_"
    return f"b1_{h[:24]}"


def _param(name: str, value: str) -> str:
    if _ascii(value):
        if re.fullmatch(r"[A-Za-z0-9._-]+", value):
            return f"{name}={value}"
        return f'{name}="{value}"'
    return f"{name}*=utf-8''{urlquote(value, safe='')}"


@dataclass
class Stats:
    qp: bool = False
    b64: bool = False
    html: bool = False
    plain: bool = False
    attachment: bool = False
    calendar: bool = False
    charsets: set[str] = field(default_factory=set)


def _encode_body(part: Part) -> bytes:
    raw: bytes
    if isinstance(part.content, bytes):
        raw = part.content
    else:
        assert isinstance(part.content, str)
        body = part.content
        if part.cte == "b64":
            body = body.replace("\r\n", "\n").replace("\n", "\r\n")
        raw = body.encode(part.charset or "ascii")
    if part.cte == "qp":
        return quopri.encodestring(raw, quotetabs=False)
    if part.cte == "b64":
        return base64.encodebytes(raw)
    if part.cte == "7bit":
        try:
            raw.decode("ascii")
        except UnicodeDecodeError as exc:
            raise ValueError(f"7bit part is not ASCII: {raw[:80]!r}") from exc
    return raw if raw.endswith(b"\n") else raw + b"\n"


def render_part(part: Part, seed: str, stats: Stats) -> tuple[list[str], bytes]:
    heads: list[str] = []
    if isinstance(part.content, list):
        b = _boundary(seed)
        heads.append(f'Content-Type: {part.ctype}; boundary="{b}"')
        body = b""
        for i, sub in enumerate(part.content):
            sh, sb = render_part(sub, f"{seed}.{i}", stats)
            body += f"--{b}\n".encode() + "\n".join(sh).encode() + b"\n\n" + sb
        body += f"--{b}--\n".encode()
        return heads, body
    ctype = part.ctype
    if part.charset and not isinstance(part.content, bytes):
        ctype += f"; charset={part.charset}"
    for k, v in part.params:
        ctype += f"; {_param(k, v)}"
    if part.filename and part.disposition == "attachment" and not part.ctype.startswith("text/"):
        ctype += f"; {_param('name', part.filename)}"
    heads.append(f"Content-Type: {ctype}")
    heads.append(f"Content-Transfer-Encoding: {CTE[part.cte]}")
    if part.disposition:
        disp = part.disposition
        if part.filename:
            disp += f"; {_param('filename', part.filename)}"
        heads.append(f"Content-Disposition: {disp}")
    heads.extend(f"{k}: {v}" for k, v in part.headers)
    if part.cte == "qp":
        stats.qp = True
    if part.ctype == "text/calendar":
        stats.calendar = True
    if part.disposition == "attachment":
        stats.attachment = True
    elif part.ctype == "text/plain":
        stats.plain = True
        stats.b64 |= part.cte == "b64"
    elif part.ctype == "text/html":
        stats.html = True
        stats.b64 |= part.cte == "b64"
    if part.charset and part.charset not in ("utf-8", "us-ascii"):
        stats.charsets.add(part.charset)
    return heads, _encode_body(part)


# --------------------------------------------------------------------------------------------
# Body helpers
# --------------------------------------------------------------------------------------------


def flow(body: str) -> str:
    """Undo the source's hard wrapping: join a line to the next one when it is long (wrapped
    prose); keep short lines (signatures, lists, addresses) as they are."""
    out: list[str] = []
    for line in body.strip("\n").split("\n"):
        if out and out[-1] and line and len(out[-1]) >= 70 and not out[-1].endswith(":"):
            out[-1] += " " + line
        else:
            out.append(line)
    return "\n".join(out) + "\n"


def quoted(body: str) -> str:
    return "".join(("> " + line if line else ">") + "\n" for line in body.strip("\n").split("\n"))


_URL = re.compile(r"https?://[^\s<>\"]+[^\s<>\".,)]")


def html_paras(body: str, *, style: str = "", foot: str = "") -> str:
    """Turn blank-line separated paragraphs into a simple HTML document."""
    out = []
    for para in body.strip("\n").split("\n\n"):
        lines = [html.escape(line, quote=False) for line in para.split("\n")]
        joined = "<br>\n".join(lines)
        joined = _URL.sub(lambda m: f'<a href="{m.group(0)}">{m.group(0)}</a>', joined)
        out.append(f"<p>{joined}</p>")
    css = style or "font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222"
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n'
        f'<body><div style="{css}">\n' + "\n".join(out) + f"\n{foot}</div></body></html>\n"
    )


# --------------------------------------------------------------------------------------------
# Messages
# --------------------------------------------------------------------------------------------

Addr = tuple[str, str]


@dataclass
class Mail:
    slug: str
    dt: datetime
    sender: Addr
    subject: str
    body: Part
    kind: str
    company: str
    role: str
    req: str
    lang: str
    tags: tuple[str, ...]
    to: tuple[Addr, ...]
    cc: tuple[Addr, ...]
    reply_to: Addr | None
    extra: tuple[tuple[str, str], ...]
    crlf: bool
    charset: str
    enc: str
    msgid: str
    in_reply_to: tuple[str, ...]
    date_style: str


MAILS: list[Mail] = []
_BY_SLUG: dict[str, Mail] = {}


def _msgid(slug: str, domain: str) -> str:
    h = _token("msgid", slug, n=40)
    if domain == "google.com":
        return f"<calendar-{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@google.com>"
    if "gmail" in domain:
        b = base64.b64encode(bytes.fromhex(h)).decode().rstrip("=").replace("/", "_")
        return f"<CA{b}+{h[:6]}@mail.gmail.com>"
    if "outlook" in domain or "prod.outlook" in domain:
        return f"<{h[:10].upper()}{h[10:20].upper()}@{domain}>"
    if "workday" in domain:
        return f"<{int(h[:12], 16)}.{int(h[12:20], 16)}.JavaMail.wd@{domain}>"
    if "linkedin" in domain:
        return f"<{int(h[:10], 16)}.{int(h[10:16], 16)}.{h[16:24]}@{domain}>"
    return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"


def add(
    slug: str,
    local: str,
    zone: str,
    sender: Addr,
    subject: str,
    body: Part,
    *,
    kind: str,
    company: str = "",
    role: str = "",
    req: str = "",
    lang: str = "en",
    tags: tuple[str, ...] | list[str] = (),
    to: tuple[Addr, ...] = (ME,),
    cc: tuple[Addr, ...] = (),
    reply_to: Addr | None = None,
    extra: tuple[tuple[str, str], ...] = (),
    crlf: bool = False,
    charset: str = "utf-8",
    enc: str = "q",
    msgid_domain: str | None = None,
    in_reply_to: tuple[str, ...] = (),
    date_style: str = "rfc",
) -> None:
    assert kind in KINDS, kind
    assert slug not in _BY_SLUG, slug
    if kind == "not_job":
        assert not company, slug
    domain = msgid_domain or sender[1].split("@", 1)[1]
    mail = Mail(
        slug,
        when(local, zone),
        sender,
        subject,
        body,
        kind,
        company,
        role,
        req,
        lang,
        tuple(tags),
        to,
        cc,
        reply_to,
        extra,
        crlf,
        charset,
        enc,
        _msgid(slug, domain),
        in_reply_to,
        date_style,
    )
    MAILS.append(mail)
    _BY_SLUG[slug] = mail


def render(mail: Mail) -> tuple[bytes, list[str]]:
    stats = Stats()
    enc_hdr = False
    lines: list[str] = []

    def addr_list(name: str, addrs: tuple[Addr, ...]) -> None:
        nonlocal enc_hdr
        vals = [fmt_addr(n, a, mail.charset, mail.enc) for n, a in addrs]
        enc_hdr |= any(not _ascii(n) for n, _ in addrs)
        lines.append(f"{name}: " + ",\n ".join(vals))

    addr_list("From", (mail.sender,))
    addr_list("To", mail.to)
    if mail.cc:
        addr_list("Cc", mail.cc)
    if mail.reply_to:
        addr_list("Reply-To", (mail.reply_to,))
    lines.append(header_text("Subject", mail.subject, mail.charset, mail.enc))
    enc_hdr |= not _ascii(mail.subject)
    lines.append(f"Date: {fmt_date(mail.dt, mail.date_style)}")
    lines.append(f"Message-ID: {mail.msgid}")
    if mail.in_reply_to:
        ids = [_BY_SLUG[s].msgid for s in mail.in_reply_to]
        lines.append(f"In-Reply-To: {ids[-1]}")
        lines.append("References: " + "\n ".join(ids))
    bulk = False
    for k, v in mail.extra:
        if not _ascii(v):
            lines.append(header_text(k, v, mail.charset, mail.enc))
            enc_hdr = True
        else:
            lines.append(f"{k}: {v}")
        bulk |= k.lower() == "list-unsubscribe" or (k.lower() == "precedence" and v == "bulk")
    lines.append("MIME-Version: 1.0")
    heads, body = render_part(mail.body, mail.slug, stats)
    lines.extend(heads)
    data = "\n".join(lines).encode("ascii") + b"\n\n" + body
    if mail.crlf:
        data = data.replace(b"\n", b"\r\n")
    auto = []
    if stats.qp:
        auto.append("qp")
    if stats.b64:
        auto.append("base64")
    if enc_hdr:
        auto.append("rfc2047")
    if mail.crlf:
        auto.append("crlf")
    if stats.html and not stats.plain:
        auto.append("html_only")
    if stats.attachment:
        auto.append("attachment")
    if stats.calendar:
        auto.append("calendar")
    if bulk:
        auto.append("bulk_headers")
    auto.extend(f"charset:{c}" for c in sorted(stats.charsets))
    tags = list(dict.fromkeys([*mail.tags, *auto]))
    return data, tags


# --------------------------------------------------------------------------------------------
# Self-check: every message parses and its headers and text decode to what was written
# --------------------------------------------------------------------------------------------


def _texts(part: Part) -> list[tuple[str, str]]:
    if isinstance(part.content, list):
        return [t for sub in part.content for t in _texts(sub)]
    if part.disposition == "attachment" or isinstance(part.content, bytes):
        return []
    return [(part.ctype, part.content)]


def verify(mail: Mail, data: bytes) -> None:
    msg = email.message_from_bytes(data, policy=email.policy.default)
    assert not msg.defects, (mail.slug, msg.defects)
    frm = msg["From"].addresses[0]
    assert (frm.display_name, frm.addr_spec) == mail.sender, (mail.slug, frm)
    tos = [(a.display_name, a.addr_spec) for a in msg["To"].addresses]
    assert tos == list(mail.to), (mail.slug, tos)
    assert str(msg["Subject"]) == mail.subject, (mail.slug, str(msg["Subject"]), mail.subject)
    got = []
    for p in msg.walk():
        if p.is_multipart() or p.get_content_disposition() == "attachment":
            continue
        assert not p.defects, (mail.slug, p.defects)
        got.append((p.get_content_type(), p.get_content().replace("\r\n", "\n")))
    want = [(c, t.replace("\r\n", "\n")) for c, t in _texts(mail.body)]
    assert [c for c, _ in got] == [c for c, _ in want], (mail.slug, got)
    for (_, g), (_, w) in zip(got, want, strict=True):
        assert g.rstrip("\n") == w.rstrip("\n"), (mail.slug, g[:200], w[:200])
    d = msg["Date"].datetime
    assert datetime(2025, 1, 1, tzinfo=UTC) <= d < datetime(2027, 1, 1, tzinfo=UTC)


def _html_blocks(body: str) -> list[str]:
    out = []
    for para in body.strip("\n").split("\n\n"):
        lines = [html.escape(line, quote=False) for line in para.split("\n")]
        joined = "<br>".join(lines)
        joined = _URL.sub(lambda m: f'<a href="{m.group(0)}">{m.group(0)}</a>', joined)
        out.append(joined)
    return out


def card_html(
    brand: str,
    body: str,
    *,
    button: tuple[str, str] | None = None,
    foot: str = "",
    color: str = "#1f4e79",
    preheader: str = "",
    lang: str = "en",
) -> str:
    """An ATS-style table layout: a coloured brand bar, paragraphs, a button, a footer."""
    rows = "".join(
        f'<tr><td style="padding:8px 32px;font:15px/1.5 Helvetica,Arial,sans-serif;'
        f'color:#2b2b2b">{b}</td></tr>\n'
        for b in _html_blocks(body)
    )
    btn = ""
    if button:
        label, url = button
        btn = (
            f'<tr><td style="padding:12px 32px 24px"><a href="{url}" style="background:{color};'
            "color:#ffffff;padding:12px 22px;border-radius:4px;text-decoration:none;"
            f'font:bold 15px Helvetica,Arial,sans-serif">{html.escape(label)}</a></td></tr>\n'
        )
    pre = ""
    if preheader:
        pre = (
            '<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">'
            f"{html.escape(preheader)}</div>\n"
        )
    foot_html = "<br>".join(_html_blocks(foot)) if foot else ""
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        f'<html lang="{lang}"><head><meta http-equiv="Content-Type" '
        'content="text/html; charset=utf-8"><meta name="viewport" '
        'content="width=device-width"></head>\n'
        f'<body style="margin:0;background:#f3f4f6">\n{pre}'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">'
        '<tr><td align="center" style="padding:24px 0">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff">\n'
        f'<tr><td style="background:{color};color:#ffffff;padding:20px 32px;'
        f'font:bold 20px Helvetica,Arial,sans-serif">{html.escape(brand)}</td></tr>\n'
        f"{rows}{btn}"
        '<tr><td style="padding:16px 32px 24px;font:12px/1.4 Helvetica,Arial,sans-serif;'
        f'color:#7a7a7a">{foot_html}</td></tr>\n'
        "</table></td></tr></table>\n</body></html>\n"
    )


def both(
    body: str,
    *,
    cte: str = "qp",
    html_cte: str | None = None,
    charset: str = "utf-8",
    brand: str | None = None,
    **card: object,
) -> Part:
    """multipart/alternative with the same text as plain and as HTML."""
    markup = card_html(brand, body, **card) if brand else html_paras(body)  # type: ignore[arg-type]
    return alt(
        text(body, cte=cte, charset=charset),
        html_part(markup, cte=html_cte or cte, charset=charset),
    )


def _ics_fold(line: str) -> str:
    out = []
    raw = line.encode("utf-8")
    while len(raw) > 75:
        cut = 75 if not out else 74
        while (raw[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(raw[:cut].decode("utf-8"))
        raw = raw[cut:]
    out.append(raw.decode("utf-8"))
    return "\n ".join(out)


def _ics_text(value: str) -> str:
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics(
    uid: str,
    start: datetime,
    minutes: int,
    summary: str,
    organizer: Addr,
    *,
    stamp: datetime,
    location: str = "",
    description: str = "",
    method: str = "REQUEST",
    prodid: str = "-//Google Inc//Google Calendar 70.9054//EN",
    attendees: tuple[Addr, ...] = (ME,),
    sequence: int = 0,
) -> str:
    utc = UTC

    def z(dt: datetime) -> str:
        return dt.astimezone(utc).strftime("%Y%m%dT%H%M%SZ")

    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{prodid}",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"DTSTART:{z(start)}",
        f"DTEND:{z(start + timedelta(minutes=minutes))}",
        f"DTSTAMP:{z(stamp)}",
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
        f"UID:{uid}",
    ]
    for name, addr in attendees:
        lines.append(
            f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"
            f";CN={name};X-NUM-GUESTS=0:mailto:{addr}"
        )
    lines += [
        f"CREATED:{z(stamp)}",
        f"DESCRIPTION:{_ics_text(description)}",
        f"LAST-MODIFIED:{z(stamp)}",
        f"LOCATION:{_ics_text(location)}",
        f"SEQUENCE:{sequence}",
        "STATUS:CONFIRMED",
        f"SUMMARY:{_ics_text(summary)}",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\n".join(_ics_fold(line) for line in lines) + "\n"


def ics_file(body: str, name: str = "invite.ics") -> Part:
    return attachment(name, "application/ics", body.replace("\n", "\r\n").encode("utf-8"))


# Recurring sender addresses -----------------------------------------------------------------

GH_EU = "no-reply@eu.greenhouse.io"
GH_US = "no-reply@us.greenhouse-mail.io"
LEVER = "no-reply@hire.lever.co"
ASHBY = "no-reply@ashbyhq.com"
SMARTR = "notification@smartrecruiters.com"
BAMBOO = "notifications@app.bamboohr.com"
WORKABLE = "noreply@candidates.workablemail.com"
ORACLE = "eeho.fa.sender@workflow.mail.em2.oraclecloud.com"
LI_JOBS = "jobs-noreply@linkedin.com"
BULK = (("Precedence", "bulk"),)


def unsub(url: str, mailto: str = "") -> tuple[tuple[str, str], ...]:
    value = f"<{url}>" + (f", <mailto:{mailto}>" if mailto else "")
    return (
        ("List-Unsubscribe", value),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
    )


# ============================================================================================
# The mailbox. Each function is one employer's thread (or one group of unrelated mail).
# ============================================================================================


def kilbarry() -> None:
    co = "Kilbarry Medical"
    role = "Senior Mechanical Design Engineer – Surgical Devices"
    gr = ("Gráinne Ní Bhriain", "grainne.nibhriain@kilbarrymed.com")
    conor = ("Conor Lynch", "conor.lynch@kilbarrymed.com")
    body = flow("""
Hi Marta,

Thanks for your interest in Kilbarry Medical and for applying to the Senior Mechanical Design
Engineer – Surgical Devices role at our Little Island site.

Our talent team reads every application. If your background matches what the hiring team is
looking for, someone will be in touch to set up a first conversation, usually within two to
three weeks. Because of the volume of applications we receive, we may not be able to reply to
everyone individually.

In the meantime, you can read more about life at Kilbarry at https://www.kilbarrymed.com/careers

Kind regards,
The Kilbarry Medical Talent Team

Kilbarry Medical Devices Limited is registered in Ireland, No. 512774. Registered office:
Unit 4, Eastgate Business Park, Little Island, Co. Cork.
""")
    add(
        "kb_ack",
        "2025-11-03 14:22:51",
        "IE",
        (co, GH_EU),
        "Thank you for applying to Kilbarry Medical",
        both(body, brand=co, color="#00606b"),
        kind="applied",
        company=co,
        role=role,
        tags=["ats:greenhouse", "hard:cannot_respond_individually", "hard:brand_vs_legal"],
    )

    body = flow("""
Hi Marta,

Thanks again for applying for the Senior Mechanical Design Engineer – Surgical Devices role.
I've had a look through your CV and I'd love to have a chat to tell you more about the team and
hear a bit more about your work on the catheter handle platform.

Could you pick a 30-minute slot for a phone call with me using the link below? The times shown
are in Irish time and already account for my calendar.

https://app.eu.greenhouse.io/scheduling/self_schedule/3fa1c07e9b2d44c1?candidate=88412093

If none of the times work, just reply to this email and we'll find something.

Talk soon,
Gráinne

Gráinne Ní Bhriain
Talent Acquisition Partner | Kilbarry Medical
+353 21 455 0192
""")
    add(
        "kb_screen",
        "2025-11-12 10:05:17",
        "IE",
        ("Gráinne Ní Bhriain", GH_EU),
        "Kilbarry Medical – let's set up a call",
        both(body),
        reply_to=gr,
        kind="interview",
        company=co,
        role=role,
        tags=["ats:greenhouse", "hard:self_schedule", "hard:person_via_ats"],
    )

    start = when("2025-12-09 10:00:00", "IE")
    desc = (
        "Onsite interview for Senior Mechanical Design Engineer – Surgical Devices.\n\n"
        "10:00 Conor Lynch (Director\\, R&D) – your portfolio and the catheter handle project\n"
        "11:00 Design review exercise with Hugh Barrett and Wen Li\n"
        "12:15 Lunch with the team\n"
        "13:00 Site tour (cleanroom – gowning provided)\n\n"
        "Please bring photo ID for reception. Parking is available in front of Unit 4."
    ).replace("\\,", ",")
    summary = "Kilbarry Medical – onsite interview (Marta Wiśniewska)"
    cal = ics(
        "4q2k9v0b1n8c7m3x5z6l@google.com",
        start,
        210,
        summary,
        gr,
        stamp=when("2025-12-02 15:41:09", "IE"),
        location="Kilbarry Medical, Unit 4, Eastgate Business Park, Little Island, Cork T45 XK27",
        description=desc,
    )
    plain = (
        "You have been invited by Gráinne Ní Bhriain to attend an event named "
        f"{summary} on Tuesday 9 December 2025 10:00 – 13:30 (Greenwich Mean Time).\n\n"
        f"{desc}\n\n"
        "Where: Kilbarry Medical, Unit 4, Eastgate Business Park, Little Island, Cork T45 XK27\n"
        "Organiser: Gráinne Ní Bhriain grainne.nibhriain@kilbarrymed.com\n"
        "Guests: Gráinne Ní Bhriain, Conor Lynch, Marta Wiśniewska\n\n"
        "Reply for marta.wisniewska@fastmail.com: Yes / No / Maybe / More options\n"
        "https://calendar.google.com/calendar/event?action=RESPOND&eid=NHEyazl2MGIxbjhjN20z\n\n"
        "Invitation from Google Calendar\n"
    )
    add(
        "kb_onsite",
        "2025-12-02 15:41:12",
        "IE",
        gr,
        "Invitation: Kilbarry Medical – onsite interview (Marta Wiśniewska) "
        "@ Tue 9 Dec 2025 10:00 - 13:30 (GMT) (marta.wisniewska@fastmail.com)",
        mixed(
            alt(
                text(plain),
                html_part(html_paras(plain)),
                calendar_part(cal, cte="b64"),
            ),
            ics_file(cal),
        ),
        extra=(("Sender", "Google Calendar <calendar-notification@google.com>"),),
        msgid_domain="google.com",
        kind="interview",
        company=co,
        role=role,
        tags=["tool:google_calendar", "employer_domain"],
        date_style="gmail",
    )

    body = """\
Hi Conor,

Thank you for taking the time to meet me today, and please pass on my thanks to
Hugh and Wen for the design review session - I enjoyed working through the
trocar seal problem with them, and it was great to see the new cleanroom line.

Our conversation about moving the handle platform to a modular architecture
got me thinking on the drive home. I'd be glad to share a couple of sketches of
how I approached a similar change at Ardfield if that's useful.

I'm very interested in the role and in joining the team, and I look forward to
hearing from you.

Best regards,
Marta

--
Marta Wiśniewska
+353 87 412 9935
"""
    add(
        "kb_thanks",
        "2025-12-09 18:40:03",
        "IE",
        ME,
        "Thank you – today's interview",
        text(body, cte="8bit", flowed=True),
        to=(conor,),
        cc=(gr,),
        msgid_domain="fastmail.com",
        kind="not_job",
        tags=["own_sent", "hard:thank_you_note", "hard:interviewed_word"],
    )

    body = """\
Hi Marta,

Happy new year! Just a quick note so you know we haven't forgotten about you.

Between the Christmas shutdown and Conor travelling to our US partner site, the
panel hasn't managed to sit down together to finalise feedback yet. I'm hoping
to have news for you by the end of next week at the latest.

Sorry for the wait - I know it's not ideal.

Gráinne

Gráinne Ní Bhriain
Talent Acquisition Partner | Kilbarry Medical
"""
    add(
        "kb_delay",
        "2026-01-09 11:30:44",
        "IE",
        gr,
        "Kilbarry – quick update",
        text(body, cte="qp"),
        crlf=True,
        msgid_domain="EUR03.PROD.OUTLOOK.COM",
        kind="update",
        company=co,
        tags=["hard:delayed", "employer_domain"],
    )

    body = flow("""
Hi Marta,

Kilbarry Medical has asked us to collect references as part of your application for
Senior Mechanical Design Engineer – Surgical Devices.

Please nominate two referees who have managed you in the last five years. It takes about
five minutes, and your referees will receive a short online questionnaire from us.

Nominate your referees: https://app.xref.com/candidate/r/7Hk2QpL9sV

This request expires on 27 January 2026.

The Xref team, on behalf of Kilbarry Medical
""")
    add(
        "kb_xref",
        "2026-01-20 09:02:31",
        "UTC",
        ("Xref on behalf of Kilbarry Medical", "noreply@xref.com"),
        "Kilbarry Medical has requested your referees",
        both(
            body,
            brand="Xref",
            color="#5b2c83",
            button=("Nominate referees", "https://app.xref.com/candidate/r/7Hk2QpL9sV"),
        ),
        kind="reference_check",
        company=co,
        role=role,
        tags=["platform:xref"],
    )

    body = """\
Dear Marta,

Further to our call this afternoon, I'm delighted to attach your formal offer of
employment for the position of Senior Mechanical Design Engineer – Surgical
Devices at Kilbarry Medical Devices Limited.

In summary:
  - Base salary: EUR 82,000 per annum
  - Annual bonus target: 10%
  - Start date: Monday 16 March 2026 (or as agreed)
  - Location: Little Island, with two days' remote work per week

The offer is conditional on satisfactory references and background screening,
which our partner HireRight will be in touch about shortly.

Please review the attached letter and let me know if you have any questions. We'd
appreciate your decision by Monday 9 February.

Everyone you met is really looking forward to working with you.

Kind regards,
Gráinne

Gráinne Ní Bhriain
Talent Acquisition Partner | Kilbarry Medical
"""
    pdf = fake_pdf(
        "Kilbarry Medical Devices Limited - Offer of Employment",
        [
            "Dear Ms Wisniewska,",
            "We are pleased to offer you the position of Senior Mechanical Design Engineer.",
            "Base salary EUR 82,000. Start date 16 March 2026.",
        ],
    )
    add(
        "kb_offer",
        "2026-02-02 16:10:08",
        "IE",
        gr,
        "Offer of employment – Senior Mechanical Design Engineer",
        mixed(
            text(body, cte="qp"),
            attachment("Kilbarry_Offer_MWisniewska.pdf", "application/pdf", pdf),
        ),
        crlf=True,
        msgid_domain="EUR03.PROD.OUTLOOK.COM",
        kind="offer",
        company=co,
        role=role,
        tags=["hard:conditional_offer", "employer_domain"],
    )

    body = flow("""
Dear Marta Wiśniewska,

Kilbarry Medical Devices Limited has asked HireRight to carry out pre-employment background
screening in connection with your offer of employment.

To get started, please sign in and complete your background screening form. You will be asked
for your employment and education history for the last seven years, and to upload a copy of
your passport.

Start your screening: https://apply.hireright.com/ie/Candidate?ref=KMD-55190-2026

Your reference number is KMD-55190-2026. Please complete the form within 5 business days.

This is an automated message from HireRight. Please do not reply to this email.
""")
    add(
        "kb_bgcheck",
        "2026-02-05 08:45:20",
        "UTC",
        ("HireRight", "no-reply@hireright.com"),
        "Action required: complete your background screening for Kilbarry Medical Devices Limited",
        both(body, cte="b64", brand="HireRight", color="#00447c"),
        kind="reference_check",
        company=co,
        tags=["platform:hireright", "hard:background_check", "hard:brand_vs_legal"],
    )

    markup = card_html(
        "DocuSign",
        "Gráinne Ní Bhriain sent you a document to review and sign.\n\n"
        "Hi Marta, as discussed, here is the revised offer letter with the updated start date "
        "(23 March) and the relocation support we agreed. Please sign at your convenience. "
        "Thanks, Gráinne\n\n"
        "Kilbarry Medical – Revised Offer Letter – M Wiśniewska",
        button=("REVIEW DOCUMENT", "https://eu.docusign.net/Signing/EmailStart.aspx?a=5c1e"),
        foot="Do Not Share This Email\n\nThis email contains a secure link to DocuSign. "
        "Please do not share this email, link, or access code with others.",
        color="#1e4ca1",
    )
    add(
        "kb_docusign",
        "2026-02-11 15:27:55",
        "UTC",
        ("Gráinne Ní Bhriain via DocuSign", "dse@eumail.docusign.net"),
        "Please DocuSign: Kilbarry Medical – Revised Offer Letter – M Wiśniewska",
        html_part(markup, cte="qp"),
        reply_to=gr,
        kind="offer",
        company=co,
        tags=["platform:docusign", "hard:revised_offer"],
    )

    body = """\
Hi Gráinne,

I've just signed the revised letter in DocuSign - I'm delighted to accept the
offer and to confirm Monday 23 March as my start date.

Thank you for all your help through the process, and please thank Conor and the
team for me. I'll hand in my notice at Ardfield tomorrow morning.

Let me know if there's anything else you need from me before I start.

Best,
Marta
"""
    add(
        "kb_accept",
        "2026-02-12 09:15:36",
        "IE",
        ME,
        "Re: Offer of employment – Senior Mechanical Design Engineer",
        text(body, cte="8bit", flowed=True),
        to=(gr,),
        msgid_domain="fastmail.com",
        in_reply_to=("kb_offer",),
        kind="not_job",
        tags=["own_sent", "hard:accepting_offer", "reply"],
    )


def brannock() -> None:
    co = "Brannock & Leigh"
    wd = ("Brannock & Leigh Talent Acquisition", "brannockleigh@myworkday.com")
    r1, req1 = "Mechanical Engineer – Building Services", "R-10482"
    r2, req2 = "Senior Mechanical Engineer – Data Centres", "R-10519"
    foot = (
        "Brannock & Leigh Consulting Engineers LLP is a limited liability partnership "
        "registered in England and Wales (OC318842). Dublin office: Brannock & Leigh "
        "Consulting Engineers (Ireland) Limited, 40 Fitzwilliam Place, Dublin 2."
    )
    for slug, t, role, req in (
        ("bl_ack1", "2025-10-06 20:14:02", r1, req1),
        ("bl_ack2", "2025-10-06 20:31:47", r2, req2),
    ):
        body = flow(f"""
Dear Marta,

Thank you for applying for the {role} ({req}) position at Brannock & Leigh.

We have received your application and our Talent Acquisition team will now review it against
the requirements of the role. You can check the status of your application at any time from
your Candidate Home:
https://brannockleigh.wd3.myworkdayjobs.com/en-US/BL_Careers/userHome

We aim to respond to all applicants within 15 working days of the advert closing date.

With best wishes,

Talent Acquisition
Brannock & Leigh
""")
        add(
            slug,
            t,
            "IE",
            wd,
            f"Application received: {role} ({req})",
            both(body, brand="BRANNOCK & LEIGH", color="#3d3d3d", foot=foot),
            msgid_domain="myworkday.com",
            kind="applied",
            company=co,
            role=role,
            req=req,
            tags=["ats:workday", "hard:two_roles"],
        )

    body = flow(f"""
Hello Marta,

You have a new task waiting in your Candidate Home.

Task: Right to Work and Equal Opportunities Questionnaire
Job application: {r2} ({req2})
Due: 24 October 2025

Please sign in to complete the task. Your application cannot progress to the next stage until
it has been submitted. You will need to upload a copy of a document showing your right to work
in Ireland (for example your passport or Irish residence permit).

https://brannockleigh.wd3.myworkdayjobs.com/en-US/BL_Careers/userHome

This email was sent from an unmonitored mailbox.
""")
    add(
        "bl_rtw",
        "2025-10-21 07:58:13",
        "IE",
        wd,
        "Action required: you have a new task in your Candidate Home",
        both(body, brand="BRANNOCK & LEIGH", color="#3d3d3d", foot=foot),
        msgid_domain="myworkday.com",
        kind="request",
        company=co,
        role=r2,
        req=req2,
        tags=["ats:workday", "hard:documents_word", "hard:two_roles"],
    )

    niamh = ("Niamh Gallagher", "niamh.gallagher@brannockleigh.com")
    start = when("2025-11-04 11:00:00", "IE")
    desc = (
        "Hi Marta,\n\nAs discussed, please find below the Teams link for your interview for "
        f"{r2} ({req2}). You'll meet David Okafor (Associate Director, Mission Critical) and "
        "myself. The interview will last about an hour: 40 minutes technical discussion around "
        "cooling plant design, and time for your questions.\n\nKind regards,\nNiamh\n\n"
        "________________________________________________________________________________\n"
        "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
        "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzY0ZDFh%40thread.v2/0\n"
        "Meeting ID: 348 112 907 551\nPasscode: Xq7v3R\n"
        "________________________________________________________________________________\n"
    )
    cal = ics(
        "040000008200E00074C5B7101A82E00800000000B6C4F1E2D8" + "4ADC01000000000000000010",
        start,
        60,
        f"Interview: {r2} ({req2}) – Marta Wiśniewska",
        niamh,
        stamp=when("2025-10-28 12:02:10", "IE"),
        location="Microsoft Teams Meeting",
        description=desc,
        prodid="Microsoft Exchange Server 2010",
        attendees=(ME, ("David Okafor", "david.okafor@brannockleigh.com")),
    )
    add(
        "bl_teams",
        "2025-10-28 12:02:10",
        "IE",
        niamh,
        f"Interview: {r2} ({req2}) – Marta Wiśniewska",
        alt(
            text(desc, cte="qp"),
            html_part(html_paras(desc), cte="qp"),
            calendar_part(cal, cte="b64"),
        ),
        cc=(("David Okafor", "david.okafor@brannockleigh.com"),),
        crlf=True,
        msgid_domain="DB9PR02MB7233.eurprd02.prod.outlook.com",
        kind="interview",
        company=co,
        role=r2,
        req=req2,
        tags=["tool:teams", "employer_domain", "hard:two_roles"],
    )

    body = flow(f"""
Dear Marta,

Thank you for your interest in the {r1} ({req1}) position at Brannock & Leigh and for the time
you have taken to apply.

We have now reviewed all applications and regret to let you know that we will not be taking
your application for this vacancy any further.

Please note that this decision relates to this requisition only. If you have applied for other
roles with Brannock & Leigh, those applications are not affected and remain under
consideration.

We wish you every success in your search.

Talent Acquisition
Brannock & Leigh
""")
    add(
        "bl_rej1",
        "2025-11-04 16:20:39",
        "IE",
        wd,
        f"Update on your application – {req1}",
        both(body, brand="BRANNOCK & LEIGH", color="#3d3d3d", foot=foot),
        msgid_domain="myworkday.com",
        kind="rejected",
        company=co,
        role=r1,
        req=req1,
        tags=["ats:workday", "hard:two_roles", "hard:requisition_only"],
    )


def nordvik() -> None:
    co = "Nordvik Hydraulik"
    role = "Mekanikkonstruktör – mobilhydraulik"
    tt = ("Nordvik Hydraulik", "noreply@nordvikhydraulik.teamtailor-mail.com")
    elin = ("Elin Sjöberg", "elin.sjoberg@nordvikhydraulik.se")
    body = flow(f"""
Hej Marta!

Tack för att du har sökt tjänsten som {role} hos oss på Nordvik Hydraulik i Västerås. Vi har
tagit emot din ansökan.

Vi går igenom alla ansökningar när ansökningstiden har gått ut den 31 oktober, så du kommer
att höra av oss i början av november. Vi tillämpar alltså inte löpande urval.

Under tiden är du välkommen att läsa mer om hur det är att jobba hos oss på
https://karriar.nordvikhydraulik.se

Vänliga hälsningar
Elin Sjöberg
Rekryterare, Nordvik Hydraulik AB
""")
    add(
        "nv_ack",
        "2025-10-08 21:03:55",
        "CE",
        tt,
        "Tack för din ansökan till Nordvik Hydraulik",
        both(body, brand="NORDVIK", color="#003b5c", lang="sv"),
        reply_to=elin,
        kind="applied",
        company=co,
        role=role,
        lang="sv",
        tags=["ats:teamtailor", "hard:decision_date"],
    )

    body = flow(f"""
Hej Marta,

Tack för ditt tålamod! Vi har nu gått igenom ansökningarna till tjänsten som {role}, och vi
skulle gärna vilja träffa dig för en första intervju via Teams. Intervjun tar ungefär 45
minuter och du träffar mig och Johan Lindholm, konstruktionschef.

Välj en tid som passar dig via länken nedan:
https://nordvikhydraulik.teamtailor.com/meetings/c8a31f0e/book

Hör av dig om inga av tiderna passar så hittar vi en annan lösning.

Vänliga hälsningar
Elin
""")
    add(
        "nv_interview",
        "2025-11-12 13:47:21",
        "CE",
        ("Elin Sjöberg", "noreply@nordvikhydraulik.teamtailor-mail.com"),
        f"Inbjudan till intervju – {role}",
        both(body, brand="NORDVIK", color="#003b5c", lang="sv"),
        reply_to=elin,
        kind="interview",
        company=co,
        role=role,
        lang="sv",
        tags=["ats:teamtailor", "hard:self_schedule", "hard:person_via_ats"],
    )

    body = flow("""
Hej Marta Wiśniewska!

Nordvik Hydraulik AB vill ta referenser som en del av din ansökan till tjänsten som
Mekanikkonstruktör – mobilhydraulik.

Lägg till två referenspersoner, gärna tidigare chefer, via länken nedan. Dina referenser får
sedan ett sms och ett e-postmeddelande med några korta frågor om ert samarbete.

Lägg till referenser: https://app.refapp.se/c/9f2KxW0q

Med vänlig hälsning
Refapp för Nordvik Hydraulik AB
""")
    add(
        "nv_refapp",
        "2026-01-14 10:12:40",
        "CE",
        ("Refapp", "no-reply@refapp.se"),
        "Nordvik Hydraulik AB vill ta referenser – lägg till dina referenspersoner",
        both(body, cte="b64", brand="Refapp", color="#ff5a4e", lang="sv"),
        enc="b",
        kind="reference_check",
        company=co,
        role=role,
        lang="sv",
        tags=["platform:refapp", "hard:brand_vs_legal"],
    )

    body = """\
Hej Marta,

Det var roligt att prata med dig i går! Som utlovat skickar jag här vårt
skriftliga erbjudande om anställning som Mekanikkonstruktör – mobilhydraulik.

Kort sammanfattat:
- Tillsvidareanställning med sex månaders provanställning
- Månadslön 52 000 kr
- Tillträde enligt överenskommelse, gärna i mars eller april 2026
- Hjälp med flytt till Västerås enligt vår relocation-policy

Erbjudandet gäller till och med den 6 februari. Ring mig gärna om du har frågor,
jag nås på 070-318 44 92.

Vänliga hälsningar
Elin Sjöberg
Rekryterare | Nordvik Hydraulik AB
Stålgatan 14, 721 36 Västerås
"""
    pdf = fake_pdf(
        "Nordvik Hydraulik AB - Anstallningserbjudande",
        ["Mekanikkonstruktor - mobilhydraulik", "Manadslon 52 000 kr"],
    )
    add(
        "nv_offer",
        "2026-01-27 09:31:18",
        "CE",
        elin,
        f"Erbjudande om anställning – {role}",
        mixed(
            text(body, cte="qp"),
            attachment("Anställningserbjudande_Nordvik.pdf", "application/pdf", pdf),
        ),
        crlf=True,
        msgid_domain="nordvikhydraulik.se",
        kind="offer",
        company=co,
        role=role,
        lang="sv",
        tags=["employer_domain"],
    )

    body = flow("""
Hej!

Här kommer vårt nyhetsbrev för mars.

Nytt testcenter i Köping: I februari invigde vi vårt nya testcenter för ventilblock. Läs
intervjun med projektledaren Sara Holm om hur teamet byggde provriggarna på rekordtid.

Vi växer: Just nu har vi sju lediga tjänster inom konstruktion, produktion och eftermarknad.
Se alla jobb på https://karriar.nordvikhydraulik.se/jobs

Mässor: Träffa oss på Elmia Maskin i Jönköping den 22–24 april.

Du får det här nyhetsbrevet eftersom du är med i Nordviks talangnätverk.
Avsluta prenumeration: https://karriar.nordvikhydraulik.se/unsubscribe/c8a31f0e
""")
    add(
        "nv_news",
        "2026-03-10 08:00:00",
        "CE",
        ("Nordvik Hydraulik", "nyheter@nordvikhydraulik.se"),
        "Nyheter från Nordvik – mars 2026",
        both(body, brand="NORDVIK", color="#003b5c", lang="sv"),
        extra=unsub("https://karriar.nordvikhydraulik.se/unsubscribe/c8a31f0e") + BULK,
        kind="not_job",
        lang="sv",
        tags=["newsletter", "hard:employer_newsletter", "hard:boilerplate_interview"],
    )


def achtal() -> None:
    co = "Achtal Antriebstechnik"
    role = "Konstrukteur (m/w/d) Getriebe und Antriebskomponenten"
    pers = (
        "Achtal Antriebstechnik GmbH & Co. KG",
        "no-reply@achtal-antriebstechnik.jobs.personio.de",
    )
    kv = ("Katharina Vögele", "k.voegele@achtal-antriebe.de")
    body = flow(f"""
Sehr geehrte Frau Wiśniewska,

vielen Dank für Ihre Bewerbung als {role} und das damit verbundene Interesse an unserem
Unternehmen.

Wir haben Ihre Unterlagen erhalten und werden sie nun sorgfältig prüfen. Sobald wir Ihre
Bewerbung gesichtet haben, melden wir uns bei Ihnen. Bitte haben Sie Verständnis dafür, dass
dies einige Zeit in Anspruch nehmen kann.

Mit freundlichen Grüßen

Katharina Vögele
Personalreferentin

Achtal Antriebstechnik GmbH & Co. KG
Gewerbestraße 12 · 88212 Ravensburg
Sitz der Gesellschaft: Ravensburg · Registergericht Ulm HRA 721904
""")
    add(
        "ac_ack",
        "2025-10-02 17:44:26",
        "CE",
        pers,
        "Ihre Bewerbung bei Achtal Antriebstechnik",
        both(body, brand="Achtal Antriebstechnik", color="#b3261e", lang="de"),
        reply_to=kv,
        kind="applied",
        company=co,
        role=role,
        lang="de",
        tags=["ats:personio", "hard:brand_vs_legal"],
    )

    body = """\
Sehr geehrte Frau Wisniewska,

vielen Dank nochmals für Ihre Bewerbung als Konstrukteur (m/w/d) Getriebe und
Antriebskomponenten.

Leider fehlen in Ihren Unterlagen noch die Arbeitszeugnisse Ihrer bisherigen
Arbeitgeber sowie eine Kopie Ihres Hochschulabschlusses. Könnten Sie uns diese
bitte bis zum 17.10.2025 per E-Mail nachreichen? Eine englische Fassung ist
völlig in Ordnung.

Sobald die Unterlagen vollständig sind, leiten wir Ihre Bewerbung an die
Fachabteilung weiter.

Mit freundlichen Grüßen
Katharina Vögele
Personalreferentin

Achtal Antriebstechnik GmbH & Co. KG
Tel. +49 751 36 288-41
"""
    add(
        "ac_docs",
        "2025-10-09 10:16:02",
        "CE",
        kv,
        "Fehlende Unterlagen - Ihre Bewerbung (Konstrukteur Getriebe)",
        text(body, cte="8bit", charset="iso-8859-15"),
        charset="iso-8859-15",
        crlf=True,
        msgid_domain="achtal-antriebe.de",
        kind="request",
        company=co,
        role="Konstrukteur (m/w/d) Getriebe und Antriebskomponenten",
        lang="de",
        tags=[
            "employer_domain",
            "hard:unfortunately_non_rejection",
            "hard:missing_document",
            "hard:brand_vs_domain",
        ],
    )

    body = """\
Sehr geehrte Frau Wisniewska,

herzlichen Dank für die nachgereichten Unterlagen. Ihr Profil hat uns
angesprochen, und wir möchten Sie gerne näher kennenlernen.

Wir laden Sie daher herzlich zu einem ersten Vorstellungsgespräch per
Microsoft Teams ein:

  Termin:     Donnerstag, 30. Oktober 2025, 14:00 Uhr (MEZ)
  Teilnehmer: Dr. Matthias Brenner (Leiter Konstruktion), Katharina Vögele (HR)
  Dauer:      ca. 60 Minuten

Den Einwahllink erhalten Sie in einer separaten Kalendereinladung. Bitte
bestätigen Sie uns den Termin kurz per E-Mail.

Wir freuen uns auf das Gespräch!

Mit freundlichen Grüßen
Katharina Vögele
Personalreferentin
Achtal Antriebstechnik GmbH & Co. KG
"""
    add(
        "ac_interview",
        "2025-10-23 15:02:47",
        "CE",
        kv,
        "Einladung zum Vorstellungsgespräch - Konstrukteur (m/w/d)",
        text(body, cte="qp", charset="iso-8859-15"),
        charset="iso-8859-15",
        crlf=True,
        msgid_domain="achtal-antriebe.de",
        kind="interview",
        company=co,
        role="Konstrukteur (m/w/d)",
        lang="de",
        tags=["employer_domain", "hard:brand_vs_domain"],
    )

    body = flow(f"""
Sehr geehrte Frau Wiśniewska,

nochmals vielen Dank für Ihr Interesse an der Position als {role} und für das angenehme
Gespräch mit Herrn Dr. Brenner und mir.

Nach reiflicher Überlegung haben wir uns für eine Kandidatin entschieden, deren Erfahrung mit
Planetengetrieben unseren aktuellen Anforderungen noch etwas genauer entspricht. Diese
Entscheidung ist uns nicht leichtgefallen.

Ihre Unterlagen werden wir gemäß den datenschutzrechtlichen Bestimmungen nach sechs Monaten
löschen. Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute und viel Erfolg.

Mit freundlichen Grüßen

Katharina Vögele
Achtal Antriebstechnik GmbH & Co. KG
""")
    add(
        "ac_rej",
        "2025-11-14 11:25:09",
        "CE",
        pers,
        f"Ihre Bewerbung als {role}",
        both(body, brand="Achtal Antriebstechnik", color="#b3261e", lang="de"),
        reply_to=kv,
        kind="rejected",
        company=co,
        role=role,
        lang="de",
        tags=["ats:personio", "hard:polite_rejection", "hard:brand_vs_legal"],
    )


def przystan() -> None:
    co = "Przystań Automatyka"
    role = "Inżynier Konstruktor Mechanik (Senior)"
    sr = ("Przystań Automatyka", SMARTR)
    ag = ("Agnieszka Dąbrowska", "agnieszka.dabrowska@przystan.com.pl")
    body = f"""\
Cześć Marta,

dziękujemy za zainteresowanie ofertą pracy na stanowisku {role} w Przystań Automatyka.
Twoja aplikacja trafiła do naszego zespołu rekrutacyjnego.

Przeanalizujemy Twoje CV w ciągu najbliższych dwóch tygodni. Uprzejmie informujemy, że
skontaktujemy się wyłącznie z wybranymi osobami.

Pozdrawiamy,
Zespół Rekrutacji
Przystań Automatyka sp. z o.o.
ul. Przemysłowa 8, 80-298 Gdańsk
"""
    add(
        "pa_ack",
        "2025-10-10 22:18:40",
        "CE",
        sr,
        f"Dziękujemy za aplikację – {role}",
        html_part(
            card_html(
                "Przystań Automatyka",
                flow(body),
                color="#0a7d5a",
                lang="pl",
                foot="Powered by SmartRecruiters",
            )
        ),
        kind="applied",
        company=co,
        role=role,
        lang="pl",
        tags=["ats:smartrecruiters", "hard:cannot_respond_individually"],
    )

    body = """\
Dzień dobry Pani Marto,

dziękuję za przesłanie aplikacji na stanowisko Inżyniera Konstruktora
Mechanika (Senior).

Niestety w przesłanym CV brakuje klauzuli zgody na przetwarzanie danych
osobowych w celach rekrutacyjnych. Bez niej nie możemy przekazać Pani
dokumentów do dalszej oceny. Uprzejmie proszę o odesłanie CV uzupełnionego
o poniższą klauzulę:

"Wyrażam zgodę na przetwarzanie moich danych osobowych przez Przystań
Automatyka sp. z o.o. w celu prowadzenia obecnego procesu rekrutacji."

Jeżeli wyraża Pani również zgodę na udział w przyszłych rekrutacjach, proszę
o dopisanie tego w odpowiedzi.

Z poważaniem
Agnieszka Dąbrowska
Specjalista ds. Rekrutacji
Przystań Automatyka sp. z o.o.
tel. +48 58 742 19 30
"""
    add(
        "pa_rodo",
        "2025-10-16 09:41:15",
        "CE",
        ag,
        "Prośba o zgodę na przetwarzanie danych osobowych",
        text(body, cte="8bit", charset="iso-8859-2"),
        charset="iso-8859-2",
        enc="b",
        msgid_domain="przystan.com.pl",
        kind="request",
        company=co,
        role="Inżynier Konstruktor Mechanik (Senior)",
        lang="pl",
        tags=["employer_domain", "hard:consent", "hard:unfortunately_non_rejection"],
    )

    body = f"""\
Dzień dobry Pani Marto,

dziękuję za uzupełnienie dokumentów. Z przyjemnością zapraszam Panią na rozmowę
rekrutacyjną na stanowisko {role}.

Termin: wtorek, 4 listopada 2025 r., godz. 10:00 (czasu polskiego)
Forma: spotkanie online (Google Meet): https://meet.google.com/vxr-pqko-ztm
Uczestnicy: Piotr Szymański (Kierownik Działu Konstrukcyjnego),
            Agnieszka Dąbrowska (HR)

Rozmowa potrwa ok. 60 minut i będzie częściowo prowadzona w języku angielskim.
Proszę o potwierdzenie udziału w odpowiedzi na tę wiadomość.

Z poważaniem
Agnieszka Dąbrowska
Specjalista ds. Rekrutacji | Przystań Automatyka
"""
    add(
        "pa_interview",
        "2025-10-24 14:05:33",
        "CE",
        ag,
        "Zaproszenie na rozmowę rekrutacyjną – Przystań Automatyka",
        text(body, cte="qp"),
        msgid_domain="przystan.com.pl",
        kind="interview",
        company=co,
        role=role,
        lang="pl",
        tags=["employer_domain"],
    )

    body = f"""\
Cześć Marta,

dziękujemy za udział w procesie rekrutacyjnym na stanowisko {role} oraz za czas
poświęcony na rozmowę z naszym zespołem.

Po analizie wszystkich kandydatur zdecydowaliśmy się kontynuować proces z inną osobą,
której doświadczenie jest bliższe naszym obecnym potrzebom. Niestety tym razem nie możemy
zaproponować Ci kolejnego etapu.

Jeśli wyrazisz zgodę, chętnie zachowamy Twoje CV w naszej bazie na potrzeby przyszłych
rekrutacji.

Powodzenia!
Zespół Rekrutacji Przystań Automatyka
"""
    add(
        "pa_rej",
        "2025-11-20 12:30:02",
        "CE",
        sr,
        f"Informacja o wyniku rekrutacji – {role}",
        html_part(
            card_html(
                "Przystań Automatyka",
                flow(body),
                color="#0a7d5a",
                lang="pl",
                foot="Powered by SmartRecruiters",
            ),
            cte="b64",
        ),
        enc="b",
        kind="rejected",
        company=co,
        role=role,
        lang="pl",
        tags=["ats:smartrecruiters"],
    )


def chantereine() -> None:
    co = "Ateliers Chantereine"
    role = "Ingénieur Conception Mécanique H/F"
    sf = ("Ateliers Chantereine Recrutement", "noreply@successfactors.eu")
    body = flow("""
Madame,

Nous accusons bonne réception de votre candidature au poste d’Ingénieur Conception Mécanique
H/F (réf. 30417) et vous remercions de l’intérêt que vous portez aux Ateliers Chantereine.

Votre dossier va être étudié avec attention par notre équipe Ressources Humaines et par le
manager du poste. Si votre profil correspond à nos attentes, nous vous contacterons afin de
convenir d’un premier entretien téléphonique. Dans le cas contraire, nous vous en informerons
par e-mail.

Nous vous prions d’agréer, Madame, l’expression de nos salutations distinguées.

Le service Recrutement
Ateliers Chantereine SAS – 17 rue de la Fonderie, 44300 Nantes
""")
    add(
        "ch_ack",
        "2025-10-13 08:12:57",
        "CE",
        sf,
        "Accusé de réception de votre candidature – Réf. 30417",
        both(
            body, charset="windows-1252", brand="Ateliers Chantereine", color="#2f3e6b", lang="fr"
        ),
        charset="windows-1252",
        kind="applied",
        company=co,
        role=role,
        req="30417",
        lang="fr",
        tags=[
            "ats:successfactors",
            "hard:boilerplate_interview",
            "hard:conditional_rejection",
        ],
    )

    body = flow(f"""
Bonjour Madame Wiśniewska,

Nous revenons vers vous concernant votre candidature au poste d’{role} (réf. 30417).

Nous avons reçu un nombre important de candidatures et le processus de sélection prend plus de
temps que prévu. Votre dossier est toujours en cours d’étude et nous ne manquerons pas de
revenir vers vous d’ici la fin du mois de novembre.

Nous vous remercions pour votre patience.

Cordialement,

Le service Recrutement
Ateliers Chantereine
""")
    add(
        "ch_update",
        "2025-11-07 10:40:21",
        "CE",
        sf,
        f"Votre candidature – {role}",
        both(body, brand="Ateliers Chantereine", color="#2f3e6b", lang="fr"),
        kind="update",
        company=co,
        role=role,
        req="30417",
        lang="fr",
        tags=["ats:successfactors", "hard:delayed", "hard:same_subject"],
    )

    body = flow(f"""
Bonjour Madame Wiśniewska,

Nous vous remercions de l’intérêt que vous avez manifesté pour le poste d’{role}
(réf. 30417).

Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne
pouvons pas donner une suite favorable à votre candidature. Ce choix ne remet pas en cause la
qualité de votre parcours.

Nous conservons vos coordonnées et ne manquerons pas de vous recontacter si une opportunité
correspondant à votre profil se présentait.

Nous vous souhaitons pleine réussite dans vos recherches.

Le service Recrutement
Ateliers Chantereine
""")
    add(
        "ch_rej",
        "2025-12-01 09:05:44",
        "CE",
        sf,
        f"Votre candidature – {role}",
        both(body, brand="Ateliers Chantereine", color="#2f3e6b", lang="fr"),
        kind="rejected",
        company=co,
        role=role,
        req="30417",
        lang="fr",
        tags=["ats:successfactors", "hard:same_subject", "hard:keep_on_file"],
    )


def ondarreta() -> None:
    co = "Talleres Ondarreta"
    role = "Ingeniero/a de Diseño Mecánico"
    it = ("Itziar Etxeberria", "rrhh@ondarreta.eus")
    body = """\
Hola Marta:

Te confirmamos que hemos recibido tu candidatura para el puesto de Ingeniero/a de
Diseño Mecánico en nuestra planta de Lasarte-Oria. Muchas gracias por tu interés
en Talleres Ondarreta.

Revisaremos tu CV junto con el responsable de Oficina Técnica durante las
próximas dos semanas y te contactaremos si tu perfil encaja con lo que buscamos.

Un saludo,

Itziar Etxeberria
Recursos Humanos
Talleres Ondarreta, S.L.
Polígono Sasoeta, 14 – 20160 Lasarte-Oria (Gipuzkoa)

-----Mensaje original-----
De: Marta Wiśniewska <marta.wisniewska@fastmail.com>
Enviado el: viernes, 26 de septiembre de 2025 19:12
Para: rrhh@ondarreta.eus
Asunto: Candidatura Ingeniero/a de Diseño Mecánico - Marta Wiśniewska

Buenas tardes:

Adjunto mi CV para la oferta de Ingeniero/a de Diseño Mecánico publicada en
InfoJobs. Tengo nueve años de experiencia en diseño mecánico de dispositivos
médicos y equipos de climatización, y me interesa mucho trasladarme a Euskadi.

Saludos,
Marta Wiśniewska
"""
    add(
        "on_ack",
        "2025-09-29 09:22:10",
        "CE",
        ("RRHH Talleres Ondarreta", "rrhh@ondarreta.eus"),
        "RE: Candidatura Ingeniero/a de Diseño Mecánico - Marta Wiśniewska",
        alt(text(body, cte="qp"), html_part(html_paras(body), cte="qp")),
        crlf=True,
        msgid_domain="PAXPR04MB8122.eurprd04.prod.outlook.com",
        kind="applied",
        company=co,
        role=role,
        lang="es",
        tags=["employer_domain", "reply", "hard:quoted_history", "hard:own_application"],
    )

    body = """\
Hola Marta:

Tu perfil nos ha parecido interesante. Antes de organizar una entrevista,
¿podrías respondernos a estas preguntas?

1. ¿Cuál es tu banda salarial bruta anual?
2. ¿Cuál sería tu fecha de incorporación más temprana? ¿Tienes periodo de preaviso?
3. El puesto es presencial en Lasarte-Oria. ¿Te plantearías trasladarte?
4. ¿Qué nivel de castellano tienes? El día a día con el taller es en castellano
   y euskera.

Gracias de antemano.

Un saludo,
Itziar
"""
    add(
        "on_req",
        "2025-10-07 12:48:31",
        "CE",
        it,
        f"Candidatura {role} – algunas preguntas",
        text(body, cte="qp"),
        crlf=True,
        msgid_domain="PAXPR04MB8122.eurprd04.prod.outlook.com",
        kind="request",
        company=co,
        role=role,
        lang="es",
        tags=["employer_domain", "hard:salary_expectations", "hard:boilerplate_interview"],
    )

    body = """\
Hola Marta:

Gracias por tus respuestas y por tu interés en Talleres Ondarreta.

Tras valorar todas las candidaturas, hemos decidido seguir adelante con otros
perfiles que se ajustan mejor a las necesidades actuales del puesto, sobre todo
en lo que respecta a la incorporación inmediata en planta.

Lamentamos no poder darte una respuesta más positiva en esta ocasión. Guardaremos
tu CV por si surgiera alguna vacante más adecuada.

Te deseamos mucha suerte.

Un saludo,
Itziar Etxeberria
RRHH – Talleres Ondarreta, S.L.
"""
    add(
        "on_rej",
        "2025-10-31 13:15:08",
        "CE",
        it,
        f"Proceso de selección – {role}",
        text(body, cte="qp"),
        crlf=True,
        msgid_domain="PAXPR04MB8122.eurprd04.prod.outlook.com",
        kind="rejected",
        company=co,
        role=role,
        lang="es",
        tags=["employer_domain", "hard:keep_on_file"],
    )


def valtrebbia() -> None:
    co = "Meccanica Valtrebbia"
    role = "Progettista Meccanico Senior"
    cb = ("Chiara Bertolini", "chiara.bertolini@valtrebbia-meccanica.it")
    sig = """\
Cordiali saluti,
Chiara Bertolini
Ufficio Risorse Umane
Meccanica Valtrebbia S.p.A.
Via Emilia Parmense 211 – 29122 Piacenza
Cap. soc. € 2.500.000 i.v. – P.IVA 01288410337
"""
    body = f"""\
Gentile Ing. Wiśniewska,

a seguito del colloquio telefonico conoscitivo del 30 ottobre, Le chiediamo di
svolgere una breve prova tecnica per la posizione di {role}.

In allegato trova la traccia: si tratta del dimensionamento di un albero di
trasmissione per un riduttore a due stadi, con messa in tavola del particolare e
verifica a fatica. Può utilizzare il software CAD che preferisce.

La preghiamo di restituirci l'elaborato (PDF e file STEP) entro lunedì 10
novembre, rispondendo a questa e-mail. Il tempo stimato è di circa 4 ore.

Resto a disposizione per qualsiasi chiarimento.

{sig}"""
    pdf = fake_pdf(
        "Meccanica Valtrebbia S.p.A. - Prova tecnica",
        ["Dimensionamento albero di trasmissione, riduttore a due stadi", "Consegna: 10/11/2025"],
    )
    add(
        "vt_test",
        "2025-11-03 16:52:19",
        "CE",
        cb,
        f"Prova tecnica – {role}",
        mixed(
            text(body, cte="qp"), attachment("Prova_tecnica_MV_2025.pdf", "application/pdf", pdf)
        ),
        msgid_domain="valtrebbia-meccanica.it",
        kind="assessment",
        company=co,
        role=role,
        lang="it",
        tags=["employer_domain", "hard:take_home", "hard:interviewed_word"],
    )

    body = f"""\
Gentile Ing. Wiśniewska,

La ringraziamo per l'elaborato inviato, che il nostro Ufficio Tecnico ha valutato
positivamente.

Siamo lieti di invitarLa a un colloquio tecnico in videoconferenza con l'Ing.
Davide Ferrari, Responsabile Ufficio Tecnico:

  martedì 25 novembre 2025, ore 15:00 (ora italiana)
  Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzQ1Y2Vm%40thread.v2/0

La preghiamo di confermarci la Sua disponibilità.

{sig}"""
    add(
        "vt_interview",
        "2025-11-17 11:08:45",
        "CE",
        cb,
        f"Convocazione colloquio – {role}",
        text(body, cte="qp"),
        msgid_domain="valtrebbia-meccanica.it",
        kind="interview",
        company=co,
        role=role,
        lang="it",
        tags=["employer_domain"],
    )


def moinho() -> None:
    co = "Moinho Engenharia"
    role = "Engenheiro(a) Mecânico(a) de Projeto"
    pp = ("Moinho Engenharia", "notifications@pinpointhq.com")
    body = flow(f"""
Olá Marta,

Obrigado pela sua candidatura à vaga de {role} na Moinho Engenharia.

A nossa equipa vai analisar o seu perfil com atenção. Se avançar para a fase seguinte,
entraremos em contacto para agendar uma primeira conversa.

Pode acompanhar o estado da sua candidatura em:
https://moinho-engenharia.pinpointhq.com/pt/candidates/status

Com os melhores cumprimentos,
Equipa de Recrutamento
Moinho Engenharia, Lda. – Rua do Freixo 1071, 4300-219 Porto
""")
    add(
        "mo_ack",
        "2025-10-14 19:27:03",
        "IE",
        pp,
        f"Recebemos a sua candidatura – {role}",
        both(body, brand="Moinho Engenharia", color="#7a4b1e", lang="pt"),
        kind="applied",
        company=co,
        role=role,
        lang="pt",
        tags=["ats:pinpoint"],
    )

    body = flow(f"""
Olá Marta,

Queremos dar-lhe um ponto de situação: a sua candidatura para {role} continua em análise.

Recebemos um número de candidaturas muito superior ao esperado e, por isso, a triagem vai
demorar mais algumas semanas. Contamos dar-lhe uma resposta até meados de dezembro.

Obrigado pela sua paciência.

Equipa de Recrutamento – Moinho Engenharia
""")
    add(
        "mo_update",
        "2025-11-18 10:02:44",
        "IE",
        pp,
        "Ponto de situação da sua candidatura",
        both(body, brand="Moinho Engenharia", color="#7a4b1e", lang="pt"),
        kind="update",
        company=co,
        role=role,
        lang="pt",
        tags=["ats:pinpoint", "hard:delayed", "hard:neutral_subject"],
    )

    body = flow(f"""
Olá Marta,

Agradecemos o interesse que demonstrou em fazer parte da equipa da Moinho Engenharia.

Após uma análise cuidada, informamos que decidimos avançar com outros candidatos cujo perfil
se adequa mais às necessidades atuais da função de {role}.

Infelizmente, não poderemos dar seguimento à sua candidatura neste momento, mas guardaremos os
seus dados para futuras oportunidades, caso nos tenha dado o seu consentimento.

Desejamos-lhe o maior sucesso profissional.

Equipa de Recrutamento
""")
    add(
        "mo_rej",
        "2025-12-12 15:40:11",
        "IE",
        pp,
        "A sua candidatura na Moinho Engenharia",
        both(body, cte="b64", brand="Moinho Engenharia", color="#7a4b1e", lang="pt"),
        enc="b",
        kind="rejected",
        company=co,
        role=role,
        lang="pt",
        tags=["ats:pinpoint"],
    )


def corrib() -> None:
    co = "Corrib Thermal"
    role = "Senior Mechanical Engineer (HVAC Product Design)"
    bh = ("Corrib Thermal", BAMBOO)
    body = f"""\
Hi Marta,

Thanks for applying for the {role} position at Corrib Thermal. We've received
your application and the hiring team will review it shortly.

If your experience is a good fit, we'll reach out to discuss next steps.

Thanks,
Corrib Thermal People Team
"""
    add(
        "co_ack",
        "2025-10-02 12:11:39",
        "IE",
        bh,
        "Thanks for applying to Corrib Thermal",
        alt(text(body, cte="7bit"), html_part(html_paras(body), cte="7bit")),
        kind="applied",
        company=co,
        role=role,
        tags=["ats:bamboohr"],
    )

    sf = ("Sinéad Fahy", "sfahy@corribthermal.ie")
    body = """\
Hi Marta,

Thanks for your application for the Senior Mechanical Engineer role - the team
liked what they saw, particularly the heat exchanger work.

Before we set anything up, could you let me know:

  * your notice period
  * your salary expectations
  * whether you'd be OK working from our Galway office three days a week
    (we know Cork to Galway is a trek!)

A quick reply is grand.

Thanks a million,
Sinéad

Sinéad Fahy | HR Business Partner
Corrib Thermal Systems Ltd, Parkmore West, Galway H91 P2X4
"""
    add(
        "co_req",
        "2025-10-10 15:33:27",
        "IE",
        sf,
        "Your application - a few quick questions",
        text(body, cte="qp"),
        crlf=True,
        msgid_domain="AM9PR10MB4471.EURPRD10.PROD.OUTLOOK.COM",
        kind="request",
        company=co,
        role="Senior Mechanical Engineer",
        tags=["employer_domain", "hard:salary_expectations"],
    )

    body = f"""\
Hi Marta,

Thank you for your interest in the {role} role at Corrib Thermal, and for
answering our questions.

After careful consideration, we have decided to move forward with other
candidates whose experience more closely matches the requirements of the role at
this time.

We appreciate the time you put into your application and wish you the very best
in your job search.

Kind regards,
Corrib Thermal People Team
"""
    add(
        "co_rej",
        "2025-10-24 10:09:55",
        "IE",
        bh,
        "Your application with Corrib Thermal",
        alt(text(body, cte="7bit"), html_part(html_paras(body), cte="7bit")),
        kind="rejected",
        company=co,
        role=role,
        tags=["ats:bamboohr", "hard:neutral_subject"],
    )


def gaoth() -> None:
    co = "Gaoth Renewables"
    role = "Mechanical Engineer, Nacelle Systems"
    lv = (co, LEVER)
    cm = ("Ciarán Moloney", "ciaran.moloney@gaoth.ie")
    body = flow(f"""
Hi Marta,

Thank you for applying for the {role} position at Gaoth Renewables. We're building the
engineering team behind Ireland's next generation of offshore wind projects, and we're glad
you're interested in joining us.

Our team is reviewing applications now. If your experience matches what we're looking for,
a member of our talent team will contact you to arrange a first conversation. If we decide
not to move forward, we'll let you know by email - unfortunately, this can take up to four
weeks when we receive a high number of applications.

In the meantime, feel free to follow our projects at https://gaoth.ie/news

Best,
The Gaoth Renewables Talent Team

Gaoth Renewables DAC | 2 Harbour Square, Dún Laoghaire, Co. Dublin
""")
    add(
        "ga_ack",
        "2025-09-30 21:48:12",
        "IE",
        lv,
        f"Thank you for your application to {co}",
        both(body),
        reply_to=("Gaoth Renewables Talent", "talent@gaoth.ie"),
        kind="applied",
        company=co,
        role=role,
        tags=["ats:lever", "hard:conditional_rejection", "hard:unfortunately_ack"],
    )

    start = when("2025-10-22 10:00:00", "IE")
    cal = ics(
        "calendly-7c09b2e14f8a4d6f9e5e",
        start,
        45,
        "Engineering interview (45 min) – Gaoth Renewables",
        cm,
        stamp=when("2025-10-16 16:20:37", "IE"),
        location="Google Meet: https://meet.google.com/qse-hwty-pfa",
        description="Ciarán Moloney and Fiona Breathnach (Lead Engineer, Nacelle) will join.",
        prodid="-//Calendly//Calendly//EN",
    )
    body = f"""\
Hi Marta Wiśniewska,

A new event has been scheduled.

Event Type:
Engineering interview (45 min) - {co}

Invitee:
Marta Wiśniewska

Event Date/Time:
10:00 - Wednesday, 22 October 2025 (Europe/Dublin)

Location:
Google Meet: https://meet.google.com/qse-hwty-pfa

Host:
Ciarán Moloney

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/7c09b2e1
Reschedule: https://calendly.com/reschedulings/7c09b2e1

Powered by Calendly.com
"""
    add(
        "ga_calendly",
        "2025-10-16 16:20:41",
        "UTC",
        ("Calendly", "notifications@calendly.com"),
        f"Confirmed: Engineering interview (45 min) - {co} with Ciarán Moloney "
        "on Wednesday, 22 October 2025",
        mixed(alt(text(body), html_part(html_paras(body))), ics_file(cal, "invite.ics")),
        reply_to=cm,
        kind="interview",
        company=co,
        tags=["tool:calendly"],
    )

    body = """\
Hi Marta,

Unfortunately I have to ask to move tomorrow's interview. Fiona, our lead
nacelle engineer, has been called out to a turbine issue on site in Mayo and
won't have signal, and I'd really like her to meet you.

Would Friday 24th at 2pm work instead? Same Meet link. Apologies for the short
notice.

Ciarán

--
Ciarán Moloney
Talent Partner, Gaoth Renewables
"""
    add(
        "ga_resched",
        "2025-10-21 17:03:28",
        "IE",
        cm,
        "Tomorrow's interview - could we move it?",
        text(body, cte="8bit"),
        msgid_domain="gaoth.ie",
        kind="interview",
        company=co,
        tags=["employer_domain", "hard:reschedule", "hard:unfortunately_non_rejection"],
    )

    body = flow(f"""
Hi Marta,

Thank you for taking the time to speak with Ciarán and Fiona about the {role} role, and for
your patience while we finished our interviews.

We've now made our decision, and we're going to move forward with candidates whose experience
with large wind turbine drivetrains is more directly aligned with what the team needs right
now.

We really enjoyed the conversation, and we'd be happy to hear from you again as our team
grows.

All the best,
The Gaoth Renewables Talent Team
""")
    add(
        "ga_rej",
        "2025-11-06 11:47:30",
        "IE",
        lv,
        f"Your application to {co}",
        both(body),
        reply_to=("Gaoth Renewables Talent", "talent@gaoth.ie"),
        kind="rejected",
        company=co,
        role=role,
        tags=["ats:lever", "hard:polite_rejection", "hard:interviewed_word"],
    )


def tillman() -> None:
    co = "Tillman and Rooke"
    role = "Design Engineer – Tillage Equipment"
    req = "2025-4471"
    ic = ("Tillman and Rooke Recruitment", "tillmanrooke+autoreply@talent.icims.com")
    body = flow(f"""
Dear Marta,

Thank you for applying for the position of {role} (Job {req}) with Tillman and Rooke. This
email confirms that your application has been submitted successfully.

Our recruitment team will review your application and, if you are shortlisted, we will be in
touch to discuss the next steps. Please log in to our careers portal to view the status of
your application or update your details:
https://careers-tillmanrooke.icims.com/jobs/login

Kind regards,

The Recruitment Team
Tillman and Rooke Agricultural Engineering Ltd
Registered in England No. 00471922 | Station Road, Sleaford, Lincolnshire NG34 7RT
""")
    add(
        "tr_ack",
        "2025-10-03 13:59:06",
        "IE",
        ic,
        f"Tillman and Rooke – application received (Job {req})",
        both(body),
        kind="applied",
        company=co,
        role=role,
        req=req,
        tags=["ats:icims", "hard:brand_vs_legal"],
    )

    body = flow(f"""
Dear Marta,

I wanted to give you an update on the {role} vacancy (Job {req}).

The business has put this role on hold while we review our 2026 product plan for the tillage
range. We expect a decision in the new year. Your application remains active and there is
nothing you need to do for now; I will be in touch as soon as I know more.

Thank you for your patience.

Kind regards,
Harriet Cole
Recruitment Advisor, Tillman and Rooke
""")
    add(
        "tr_hold",
        "2025-11-10 09:16:52",
        "IE",
        ("Harriet Cole", "tillmanrooke+autoreply@talent.icims.com"),
        f"{role} ({req}): an update",
        both(body),
        reply_to=("Harriet Cole", "harriet.cole@tillmanrooke.co.uk"),
        kind="update",
        company=co,
        role=role,
        req=req,
        tags=["ats:icims", "hard:on_hold", "hard:person_via_ats"],
    )

    body = flow(f"""
Dear Marta,

Following my email in November, I'm sorry to let you know that we have taken the decision to
close the {role} vacancy (Job {req}) without making an appointment. The project it supported
has been deferred.

This is not a reflection on your application, and we would be pleased to hear from you if a
suitable role comes up in future.

Kind regards,
Harriet Cole
Recruitment Advisor, Tillman and Rooke
""")
    add(
        "tr_cancel",
        "2026-01-15 14:37:19",
        "IE",
        ("Harriet Cole", "tillmanrooke+autoreply@talent.icims.com"),
        f"{role} ({req})",
        both(body),
        reply_to=("Harriet Cole", "harriet.cole@tillmanrooke.co.uk"),
        kind="rejected",
        company=co,
        role=role,
        req=req,
        tags=["ats:icims", "hard:role_cancelled", "hard:polite_rejection", "hard:person_via_ats"],
    )


def quenby() -> None:
    co = "Quenby Automotive"
    role = "Chassis Design Engineer"
    req = "ENG000318"
    tl = ("Quenby Automotive Careers", "no-reply@quenby.taleo.net")
    body = flow(f"""
Dear Marta Wisniewska,

Thank you for your application for the position of {role} (requisition {req}) at Quenby
Automotive. We confirm that we have received it.

What happens next?

1. Online assessments - if you meet the essential criteria, you will be invited to complete
online ability assessments.

2. Telephone interview with a member of the Talent Acquisition team.

3. Assessment centre and final interview at our Coventry technical centre, including a short
technical presentation.

4. Offer - successful candidates will receive a conditional offer subject to references.

You can review your submission at any time on our careers site.

Regards,
Talent Acquisition
Quenby Automotive UK Ltd

This is an automated message. Please do not reply.
""")
    add(
        "qu_ack",
        "2025-10-01 22:05:14",
        "IE",
        tl,
        f"Quenby Automotive - Confirmation of your application ({req})",
        text(body, cte="7bit", charset="us-ascii"),
        kind="applied",
        company=co,
        role=role,
        req=req,
        tags=[
            "ats:taleo",
            "hard:boilerplate_interview",
            "hard:boilerplate_offer",
            "hard:brand_vs_legal",
        ],
    )

    body = flow(f"""
Dear Marta,

Quenby Automotive has invited you to complete online assessments as part of your application
for {role}.

Assessments: Verify Interactive - Numerical Reasoning (approx. 18 minutes) and Mechanical
Comprehension (approx. 25 minutes)

Please complete them by 14 October 2025, 23:59 BST. Find a quiet place with a stable internet
connection before you start; each assessment must be completed in one sitting.

Start your assessments: https://candidate.shl.com/a/qa-eng000318-7c2b

If you need adjustments because of a disability or other condition, please contact Quenby
Automotive's Talent Acquisition team before starting.

Good luck!
SHL on behalf of Quenby Automotive
""")
    add(
        "qu_shl",
        "2025-10-07 08:30:02",
        "UTC",
        ("SHL on behalf of Quenby Automotive", "noreply@shl.com"),
        "Quenby Automotive: please complete your online assessments",
        both(body, brand="SHL", color="#0a3d62"),
        kind="assessment",
        company=co,
        role=role,
        tags=["platform:shl", "hard:aptitude_test"],
    )

    body = flow(f"""
Dear Marta,

Thank you for your continued interest in the {role} position ({req}).

We wanted to let you know that Quenby Automotive has taken the difficult decision to pause
external recruitment across our UK engineering functions until the new financial year. As a
result, we are unable to progress your application at the moment.

Your application will stay on file and the vacancy will remain open in our system. If
recruitment for this role restarts, a member of the team will contact you directly.

We apologise for any inconvenience and thank you for your understanding.

Talent Acquisition
Quenby Automotive UK Ltd
""")
    add(
        "qu_freeze",
        "2025-11-17 17:12:48",
        "IE",
        tl,
        f"Your application for {role} ({req})",
        text(body, cte="7bit", charset="us-ascii"),
        kind="update",
        company=co,
        role=role,
        req=req,
        tags=["ats:taleo", "hard:hiring_freeze", "hard:keep_on_file"],
    )


def lumora() -> None:
    co = "Lumora"
    role = "Senior Mechanical Engineer, Consumer Hardware"
    ab = ("Lumora Hiring Team", ASHBY)
    priya = ("Priya Raman", "priya@lumoralabs.com")
    body = flow(f"""
Hi Marta,

Thanks for applying to the {role} role at Lumora! We've received your application.

We read every application with care, and we'll be in touch either way within about two weeks.
In the meantime, here's a little more about how we hire: https://lumoralabs.com/hiring

Thanks,
The Lumora Team
""")
    add(
        "lu_ack",
        "2025-10-06 18:26:40",
        "IE",
        ab,
        "Thanks for applying to Lumora!",
        both(body),
        reply_to=priya,
        kind="applied",
        company=co,
        role=role,
        tags=["ats:ashby", "hard:brand_vs_domain"],
    )

    body = flow("""
Hi Marta,

Quick update from our side: your application has been passed to Tomás Quinlan, our Head of
Mechanical Engineering, for review. He's working through the shortlist this week and we
should be able to get back to you with next steps within a few days.

Thanks for your patience!
Priya
""")
    add(
        "lu_update",
        "2025-10-20 22:14:09",
        "IE",
        ("Priya Raman", ASHBY),
        "Your Lumora application",
        both(body),
        reply_to=priya,
        kind="update",
        company=co,
        tags=["ats:ashby", "hard:moved_to_hiring_manager", "hard:person_via_ats"],
    )

    start = when("2025-11-03 16:00:00", "IE")
    cal = ics(
        "goodtime-3b9f0c7a1d2e",
        start,
        60,
        "Lumora – Technical Interview with Tomás Quinlan",
        ("Lumora Recruiting", "scheduling@goodtime.io"),
        stamp=when("2025-10-29 19:45:10", "IE"),
        location="https://lumoralabs.zoom.us/j/84412093377",
        description="Technical interview for Senior Mechanical Engineer, Consumer Hardware.",
        prodid="-//GoodTime//Scheduling//EN",
        attendees=(ME, ("Tomás Quinlan", "tomas@lumoralabs.com")),
    )
    body = """\
Hi Marta,

Your interview with Lumora has been scheduled.

Technical Interview with Tomás Quinlan
Monday, November 3, 2025
4:00 PM - 5:00 PM (GMT, Europe/Dublin)

Join Zoom: https://lumoralabs.zoom.us/j/84412093377

Tomás will walk through one of your past projects with you - pick one you know
inside out, including the tolerance stack and the things that went wrong.

Need to reschedule? https://app.goodtime.io/candidate/reschedule/3b9f0c7a

Lumora Recruiting
"""
    add(
        "lu_goodtime",
        "2025-10-29 19:45:14",
        "UTC",
        ("Lumora Recruiting", "scheduling@goodtime.io"),
        "Interview confirmed: Lumora – Technical Interview with Tomás Quinlan",
        mixed(alt(text(body), html_part(html_paras(body))), ics_file(cal)),
        reply_to=priya,
        kind="interview",
        company=co,
        role=role,
        tags=["tool:goodtime"],
    )

    body = flow(f"""
Hi Marta,

Thanks for a great conversation with Tomás on Monday - he really enjoyed it. The next step for
the {role} role is a short take-home design exercise.

The brief (attached in the portal link below) asks you to design a hinge and latch mechanism
for a handheld device enclosure, and to explain your material and tolerance choices. We
expect it to take no more than four hours; please don't spend longer. You can use any CAD
package, and sketches are fine for the latch.

Brief and upload link: https://app.ashbyhq.com/candidate/assignments/5e7d1f20

Please submit within seven days. After that, we'll set up a final round to discuss it with
the team.

Best,
Priya
""")
    add(
        "lu_takehome",
        "2025-11-05 20:08:33",
        "IE",
        ("Priya Raman", ASHBY),
        "Lumora – take-home design exercise",
        both(body),
        reply_to=priya,
        kind="assessment",
        company=co,
        role=role,
        tags=["ats:ashby", "hard:take_home", "hard:boilerplate_interview"],
    )

    body = flow(f"""
Hi Marta,

Thank you for all the time you put into our process for the {role} role, including the
take-home and the final round with the team. Everyone appreciated how clearly you walked
through your hinge design.

After a lot of discussion, we've decided to extend an offer to another candidate whose
experience with high-volume consumer electronics is a closer match for where the product is
right now. This was a difficult decision.

We'd love to stay in touch, and we hope our paths cross again.

Warmly,
Priya and the Lumora team
""")
    add(
        "lu_rej",
        "2025-11-27 23:02:51",
        "IE",
        ab,
        "Thank you for your interest in Lumora",
        both(body),
        reply_to=priya,
        kind="rejected",
        company=co,
        role=role,
        tags=["ats:ashby", "hard:neutral_subject", "hard:boilerplate_offer"],
    )


def skellig() -> None:
    co = "Skellig Precision Engineering"
    role = "Senior Design Engineer"
    req = "SPE-DE-07"
    careers = ("Skellig Precision Careers", "careers@skelligprecision.ie")
    pos = ("Pádraig O'Shea", "padraig.oshea@skelligprecision.ie")
    lk = ("Lorraine Keane", "lorraine.keane@skelligprecision.ie")
    sent = """\
Dear Hiring Team,

Please find attached my CV in application for the Senior Design Engineer role
(ref. SPE-DE-07) advertised on your website.

I'm a chartered mechanical engineer with nine years' experience in design for
manufacture, most recently as Senior Design Engineer at Ardfield Controls in
Cork, where I lead the mechanical design of valve actuators machined in-house
and by subcontractors. I've spent a lot of time on the shop floor with CNC
programmers working out how to make parts cheaper without losing accuracy, which
is why your role caught my eye.

I'd be happy to relocate to Kerry or to work a hybrid pattern.

Kind regards,
Marta Wiśniewska
+353 87 412 9935
"""
    cv = fake_pdf(
        "Marta Wisniewska - CV",
        ["Chartered Mechanical Engineer (CEng MIEI)", "Senior Design Engineer, Ardfield Controls"],
    )
    add(
        "sk_sent",
        "2025-10-07 21:34:50",
        "IE",
        ME,
        "Application – Senior Design Engineer (ref. SPE-DE-07)",
        mixed(
            text(sent, cte="qp", flowed=True),
            attachment("Marta_Wisniewska_CV.pdf", "application/pdf", cv),
        ),
        to=(careers,),
        msgid_domain="fastmail.com",
        kind="not_job",
        tags=["own_sent", "hard:own_application"],
    )

    body = flow(f"""
Hi Marta,

Thank you for applying to the {role} position at Skellig Precision Engineering. Your
application has been received and will be reviewed by our hiring team.

If your skills and experience are a match for the position, a member of our team will contact
you to discuss next steps.

Best regards,
Skellig Precision Engineering
""")
    add(
        "sk_ack",
        "2025-10-08 07:02:33",
        "US_E",
        ("Skellig Precision Engineering", "notifications@applytojob.com"),
        f"Thank you for applying to {role} at Skellig Precision Engineering",
        both(body),
        kind="applied",
        company=co,
        role=role,
        tags=["ats:jazzhr", "hard:duplicate_channel"],
    )

    body = f"""\
Hi Marta,

Thanks for your email and CV - you've exactly the kind of background we're
after. Would you be free to come down to Tralee on Thursday 23rd October at 11am
for a chat with myself and Liam (our production manager), and a walk around the
shop floor? Should take about two hours. If it's easier we can do a first call
on Teams, but I think you'd get more out of seeing the place.

Regards,
Pádraig

Pádraig O'Shea
Engineering Manager
Skellig Precision Engineering Ltd
Unit 9, Kerry Technology Park, Tralee, Co. Kerry V92 HT6C
T: +353 66 718 4420

From: Marta Wiśniewska <marta.wisniewska@fastmail.com>
Sent: Tuesday, October 7, 2025 9:34 PM
To: Skellig Precision Careers <careers@skelligprecision.ie>
Subject: Application – Senior Design Engineer (ref. SPE-DE-07)

{sent}"""
    add(
        "sk_interview",
        "2025-10-15 08:47:12",
        "IE",
        pos,
        "RE: Application – Senior Design Engineer (ref. SPE-DE-07)",
        alt(text(body, cte="qp"), html_part(html_paras(body), cte="qp")),
        crlf=True,
        msgid_domain="DU2PR09MB6188.eurprd09.prod.outlook.com",
        in_reply_to=("sk_sent",),
        kind="interview",
        company=co,
        role=role,
        req=req,
        tags=["employer_domain", "reply", "hard:quoted_history"],
    )

    body = """\
Hi Marta,

Great to meet you last Thursday. Pádraig has asked me to get your file ready for
the next stage. Could you send me on the following when you get a chance?

1. A copy of your passport or national ID card
2. Your degree certificate and transcript (an English translation of the
   Politechnika Gdańska documents is fine - no need for it to be certified)
3. Your Engineers Ireland membership number
4. Proof of address dated in the last three months

You can reply to this email with scans or photos.

Many thanks,
Lorraine

Lorraine Keane
HR & Payroll Administrator | Skellig Precision Engineering Ltd
"""
    add(
        "sk_docs",
        "2025-10-28 11:20:05",
        "IE",
        lk,
        "Documents for your file",
        text(body, cte="qp"),
        crlf=True,
        msgid_domain="DU2PR09MB6188.eurprd09.prod.outlook.com",
        kind="request",
        company=co,
        tags=["employer_domain", "hard:documents_word"],
    )

    body = """\
Hi Marta,

Thanks for the documents, all received.

As the last step before we can finalise things, could you send on the names
and contact details (phone and email) of two referees? One should be your
current or most recent line manager. We won't contact anyone at Ardfield
without checking with you first.

Thanks,
Lorraine
"""
    add(
        "sk_refs",
        "2025-11-06 14:02:48",
        "IE",
        lk,
        "Referees",
        text(body, cte="7bit"),
        crlf=True,
        msgid_domain="DU2PR09MB6188.eurprd09.prod.outlook.com",
        kind="reference_check",
        company=co,
        tags=[
            "employer_domain",
            "hard:neutral_subject",
            "hard:company_not_in_text",
            "hard:other_company_mentioned",
        ],
    )

    body = """\
Hi Marta,

Good news - the references came back glowing, and I'm delighted to offer you the
Senior Design Engineer position here at Skellig.

The headline terms are:

  Salary:        EUR 74,500
  Car allowance: EUR 4,800 per year
  Pension:       6% employer contribution
  Hours:         39 per week, hybrid (Tues-Thurs in Tralee)
  Start:         by agreement, ideally early January

Lorraine will send the contract over by Monday. Give me a ring if you want to
talk any of it through - we'd really like to have you on board.

Regards,
Pádraig
"""
    add(
        "sk_offer",
        "2025-11-21 16:44:09",
        "IE",
        pos,
        "Offer - Senior Design Engineer",
        text(body, cte="8bit"),
        crlf=True,
        msgid_domain="DU2PR09MB6188.eurprd09.prod.outlook.com",
        kind="offer",
        company=co,
        role=role,
        tags=["employer_domain"],
    )


def ashgrove() -> None:
    co = "Ashgrove Rail Systems"
    role = "Mechanical Design Engineer – Bogies"
    req = "25000893"
    ora = ("Careers", ORACLE)
    sig = """\
Kind regards,

Talent Acquisition Team
Ashgrove Rail Systems plc
Litchurch Lane, Derby DE24 8AD
"""
    body = (
        flow(f"""
Dear Marta,

Thank you for applying for {role} (requisition {req}).

We have received your application and will review it carefully. If your skills and
experience match our requirements, a member of our team will contact you.

You can view the status of your application at any time by signing in to your candidate
profile.

""")
        + "\n"
        + sig
    )
    add(
        "as_ack",
        "2025-10-09 13:30:25",
        "IE",
        ora,
        "Thank you for your job application",
        alt(text(body, cte="qp"), html_part(html_paras(body), cte="qp")),
        msgid_domain="oraclecloud.com",
        kind="applied",
        company=co,
        role=role,
        req=req,
        tags=[
            "ats:oracle",
            "hard:generic_display",
            "hard:company_in_signature_only",
        ],
    )

    body = (
        flow(f"""
Dear Marta,

Thank you for your interest in the {role} position (requisition {req}).

We have now reviewed your application and, on this occasion, we will not be progressing it
further. We received a large number of applications and the decision was a difficult one.

We encourage you to continue to look at our current opportunities.

""")
        + "\n"
        + sig
    )
    add(
        "as_rej",
        "2025-11-25 10:04:57",
        "IE",
        ora,
        "Your job application",
        alt(text(body, cte="qp"), html_part(html_paras(body), cte="qp")),
        msgid_domain="oraclecloud.com",
        kind="rejected",
        company=co,
        role=role,
        req=req,
        tags=[
            "ats:oracle",
            "hard:generic_display",
            "hard:company_in_signature_only",
            "hard:neutral_subject",
        ],
    )


def fluvia() -> None:
    co = "Fluvia Pumps"
    role = "Senior Mechanical Engineer"
    body = flow(f"""
Hi Marta,

Thanks for applying for the {role} position at Fluvia Pumps. We've received your application
and we'll review it as soon as possible.

We'll get back to you once we've had a chance to look through it.

Best regards,
Fluvia Pumps hiring team
""")
    add(
        "fl_ack",
        "2025-10-08 12:55:16",
        "CE",
        ("Workable", WORKABLE),
        f"Your application for {role} at Fluvia Pumps",
        both(body, brand="Fluvia Pumps", color="#0077b6"),
        reply_to=("Fluvia Pumps", "jobs@fluvia.dk"),
        kind="applied",
        company=co,
        role=role,
        tags=["ats:workable", "hard:generic_display"],
    )

    body = flow(f"""
Hi Marta,

Thank you for your interest in joining Fluvia and for the time you spent on your
application for {role}.

We've now completed our review, and the role will go to a candidate whose pump hydraulics
experience is a closer match for the team's current projects.

We'd be glad to see your name again when a role comes up that fits your background in
mechanical design, and we wish you well with your next step.

Kind regards,
Mette Kjær
Talent Partner, Fluvia Pumps A/S
""")
    add(
        "fl_rej",
        "2025-10-30 09:18:40",
        "CE",
        ("Fluvia Pumps", WORKABLE),
        f"{role} at Fluvia Pumps",
        both(body, brand="Fluvia Pumps", color="#0077b6"),
        reply_to=("Fluvia Pumps", "jobs@fluvia.dk"),
        kind="rejected",
        company=co,
        role=role,
        tags=["ats:workable", "hard:polite_rejection", "hard:no_negative_word"],
    )


def stonechat() -> None:
    co = "Stonechat Aerospace"
    r1, q1 = "Mechanical Design Engineer – Cabin Interiors", "JR-22904"
    r2, q2 = "Stress Engineer (Composites)", "JR-22871"
    wd = ("Workday @ Stonechat Aerospace notification", "stonechataero@myworkday.com")
    orla = ("Orla Brennan", "orla.brennan@stonechat-aero.com")
    for slug, t, role, req in (
        ("sc_ack1", "2025-10-15 22:40:18", r1, q1),
        ("sc_ack2", "2025-10-20 07:15:03", r2, q2),
    ):
        body = flow(f"""
Hi Marta,

Thank you for your application for {req} {role} at Stonechat Aerospace. We're delighted that
you want to help us build the aircraft cabins of the future.

What happens next? A member of our Talent team will review your application against the
role requirements. If you're shortlisted, we'll contact you to arrange an interview. You can
follow the status of your application in Workday at any time.

Thanks again,
Stonechat Aerospace Talent Team
Shannon Free Zone, Co. Clare
""")
        add(
            slug,
            t,
            "IE",
            wd,
            f"Stonechat Aerospace: Application received – {req} {role}",
            both(body, cte="b64", brand="STONECHAT AEROSPACE", color="#10263f"),
            enc="b",
            msgid_domain="myworkday.com",
            kind="applied",
            company=co,
            role=role,
            req=req,
            tags=["ats:workday", "hard:two_roles", "hard:boilerplate_interview"],
        )

    body = """\
Hello,

Somebody (hopefully you) asked to reset the password for your candidate account
at Stonechat Aerospace.

Click the link below to choose a new password. The link expires in 30 minutes.
https://stonechataero.wd3.myworkdayjobs.com/Stonechat_Careers/passwordreset?t=9c2e

If you didn't ask for this, you can ignore this email.

Stonechat Aerospace
"""
    add(
        "sc_pwreset",
        "2025-10-20 07:01:44",
        "IE",
        wd,
        "Password reset request",
        text(body, cte="7bit"),
        msgid_domain="myworkday.com",
        kind="not_job",
        tags=["account", "hard:ats_sender_not_event"],
    )

    body = flow(f"""
Hi Marta,

Great news - the hiring team for {q1} {r1} would like to invite you to an
interview.

Please choose the time that suits you best from the available slots below. All times are shown
in your local time zone. The interview will be held on Microsoft Teams and will last 60
minutes, with Orla Brennan (Talent Partner) and Kevin Duggan (Interiors Engineering Lead).

Choose a time: https://app.cronofy.com/rts/stonechat/8d41a7b0

If none of the times work for you, please reply to this email.

Stonechat Aerospace Talent Team
""")
    add(
        "sc_cronofy",
        "2025-11-03 09:12:37",
        "UTC",
        ("Stonechat Aerospace Talent Team", "no-reply@app.cronofy.com"),
        f"Select your interview time – {r1} ({q1})",
        both(body, brand="STONECHAT AEROSPACE", color="#10263f"),
        reply_to=orla,
        kind="interview",
        company=co,
        role=r1,
        req=q1,
        tags=["tool:cronofy", "hard:availability_request", "hard:two_roles"],
    )

    body = """\
Hi Marta,

I just wanted to keep you in the loop on JR-22904. Kevin, the hiring manager,
has been on unexpected leave for the last couple of weeks, so we've had to pause
final-round scheduling until early December. Nothing has changed on our side in
terms of your candidacy - it's purely a timing issue.

I'll be back in touch as soon as Kevin is back. Sorry for the delay!

Best,
Orla

Orla Brennan | Talent Partner
Stonechat Aerospace Ltd | Shannon Free Zone, Co. Clare V14 E289
"""
    add(
        "sc_update",
        "2025-11-20 13:26:55",
        "IE",
        orla,
        "JR-22904 – a quick update on timing",
        text(body, cte="qp"),
        crlf=True,
        msgid_domain="stonechat-aero.com",
        kind="update",
        company=co,
        role="",
        req=q1,
        tags=["employer_domain", "hard:delayed", "hard:two_roles"],
    )

    body = f"""\
Hi Marta,

You also applied in October for {q2} {r2}. The team has changed a bit since
then and the role has been re-scoped to focus on certification support for the
new seat family.

Are you still interested in being considered? If so, could you reply by Friday
with a couple of lines on any composites analysis you've done (FEA, hand calcs,
test correlation)? If not, no problem at all - just let me know and I'll close
that application off. Your {q1} application is unaffected either way.

Thanks,
Orla
"""
    add(
        "sc_still",
        "2025-12-03 10:51:20",
        "IE",
        orla,
        f"{q2} {r2} – are you still interested?",
        text(body, cte="qp"),
        crlf=True,
        msgid_domain="stonechat-aero.com",
        kind="request",
        company=co,
        role=r2,
        req=q2,
        tags=["employer_domain", "hard:still_interested", "hard:two_roles"],
    )

    body = flow(f"""
Hi Marta,

Thank you for your interest in the {q2} {r2} position at Stonechat Aerospace and for the
information you sent us.

After careful consideration, we have decided to move forward with other candidates for this
role. We know this isn't the news you were hoping for.

This update relates only to {q2}. Any other applications you have with us are not affected.

Kind regards,
Stonechat Aerospace Talent Team
""")
    add(
        "sc_rej",
        "2026-01-08 15:03:29",
        "IE",
        wd,
        "Update regarding your application",
        both(body, brand="STONECHAT AEROSPACE", color="#10263f"),
        msgid_domain="myworkday.com",
        kind="rejected",
        company=co,
        role=r2,
        req=q2,
        tags=["ats:workday", "hard:neutral_subject", "hard:two_roles", "hard:requisition_only"],
    )

    body = f"""\
Hi Orla,

Thank you for keeping me updated on {q1} over the last few months, and for your
help throughout.

I've accepted another offer and will be starting there in March, so I'd like to
withdraw my application for the {r1} role. I really enjoyed
talking to you and Kevin, and I hope our paths cross again.

Best wishes,
Marta
"""
    add(
        "sc_withdraw",
        "2026-02-13 12:08:14",
        "IE",
        ME,
        f"Withdrawing my application – {q1}",
        text(body, cte="qp", flowed=True),
        to=(orla,),
        msgid_domain="fastmail.com",
        kind="not_job",
        tags=["own_sent", "hard:withdrawal", "hard:accepted_word"],
    )


def dromana() -> None:
    co = "Dromana Packaging"
    role = "Mechatronics Engineer"
    req = "1187"
    ic = ("Dromana Packaging @ icims", "dromanapack+autoreply@talent.icims.eu")
    body = flow(f"""
Dear Marta,

Thank you for your interest in the {role} position (Job ID {req}) at Dromana Packaging
Machines. Your application has been received.

Our team will review your qualifications and contact you if there is a match. Due to the
volume of applications, we are unable to respond to every candidate personally; if you have
not heard from us within 30 days, please assume that your application has not been
successful on this occasion.

Regards,
Human Resources
Dromana Packaging Machines Ltd, IDA Business Park, Waterford X91 K2W5
""")
    add(
        "dr_ack",
        "2025-10-21 19:50:33",
        "IE",
        ic,
        f"Thank you for applying – {role} (Job ID {req})",
        both(body),
        kind="applied",
        company=co,
        role=role,
        req=req,
        tags=[
            "ats:icims",
            "hard:cannot_respond_individually",
            "hard:conditional_rejection",
            "hard:brand_vs_legal",
        ],
    )

    body = flow(f"""
Hello Marta,

Dromana Packaging Machines has invited you to take a test as part of the recruitment process
for the {role} position.

Test: Mechatronics - Python & control logic
Time limit: 90 minutes
Deadline: 4 November 2025, 23:59 (GMT)

Once you start the test, the timer cannot be paused. We recommend using a desktop browser and
checking your setup with the demo test first.

Start the test: https://app.codility.com/c/run/8QWVN6-A3R/

Good luck!
The Codility Team
""")
    add(
        "dr_codility",
        "2025-10-28 10:00:12",
        "UTC",
        ("Codility", "no-reply@codility.com"),
        "Dromana Packaging Machines invites you to take a test",
        both(body, brand="codility", color="#1f1c3a"),
        kind="assessment",
        company=co,
        role=role,
        tags=["platform:codility", "hard:platform_not_employer"],
    )

    body = flow(f"""
Dear Marta,

Thank you for completing the assessment for the {role} position (Job ID {req}).

We have reviewed the results alongside your application and, unfortunately, we will not be
moving your application forward at this stage.

We thank you for your interest in Dromana Packaging Machines and wish you success in your
career.

Regards,
Human Resources
""")
    add(
        "dr_rej",
        "2025-11-13 12:44:07",
        "IE",
        ic,
        f"Your application – {role} (Job ID {req})",
        both(body),
        kind="rejected",
        company=co,
        role=role,
        req=req,
        tags=["ats:icims"],
    )


def windrose() -> None:
    co = "Windrose Marine"
    role = "Mechanical Engineer – Propulsion Systems"
    body = flow(f"""
Hi Marta,

Thanks for your application to Windrose Marine for the {role} role.

As a first step, we'd like you to complete a short online assessment. It includes tests on
mechanical reasoning, attention to detail and English comprehension, plus a few questions about
how you like to work. It should take about 40 minutes.

Please complete it within 5 days: https://app.testgorilla.com/invitation/b7e1c9a4-wrm

Best of luck!
The Windrose Marine recruitment team
""")
    add(
        "wr_testgorilla",
        "2025-10-17 14:21:08",
        "UTC",
        ("Windrose Marine via TestGorilla", "no-reply@testgorilla.com"),
        "Windrose Marine invites you to complete an assessment",
        both(body, brand="Windrose Marine", color="#46a758"),
        kind="assessment",
        company=co,
        role=role,
        tags=["platform:testgorilla"],
    )

    body = flow(f"""
Hi Marta,

Thank you for completing our assessment for the {role} role, and for your interest in
Windrose Marine.

Having looked at your application in more detail, we noticed that you would need
sponsorship under the UK Skilled Worker visa route to take up this role in Southampton. We
are not in a position to sponsor visas for this position, so unfortunately we can't take your
application further.

We're sorry to bring you this news, and we wish you the very best.

Windrose Marine Ltd
""")
    add(
        "wr_rej",
        "2025-11-03 16:58:31",
        "IE",
        ("Windrose Marine", "no-reply@windrosemarine.recruitee.com"),
        f"Your application for {role}",
        both(body),
        kind="rejected",
        company=co,
        role=role,
        tags=["ats:recruitee", "hard:sponsorship"],
    )


def castlemartyr() -> None:
    co = "Castlemartyr Pharma"
    role = "Process Equipment Engineer"
    req = "7741"
    sf = ("Castlemartyr Pharma Careers", "noreply@successfactors.eu")
    body = flow(f"""
Dear Marta,

Thank you for applying for the position of {role} (Job ID {req}) at Castlemartyr Pharma.

We have received your application. Our recruiters will now review it and we will contact you
about next steps. Some of our roles include online assessments and a video interview; if this
applies to your application you will receive separate invitations.

Kind regards,
Talent Acquisition
Castlemartyr Pharma Ireland Limited
""")
    add(
        "cm_ack",
        "2025-10-22 20:03:11",
        "IE",
        sf,
        f"Your application for {role} (Job ID {req})",
        both(body, brand="Castlemartyr Pharma", color="#6b1f5c"),
        kind="applied",
        company=co,
        role=role,
        req=req,
        tags=["ats:successfactors", "hard:boilerplate_interview", "hard:brand_vs_legal"],
    )

    body = flow("""
Hi Marta,

Castlemartyr Pharma would like you to play pymetrics games as part of your application.

The games measure cognitive, social and behavioural traits. There are no right or wrong
answers, and you don't need to prepare. The games take about 25 minutes in total; please play
them in one sitting on a laptop or desktop.

Play now: https://app.pymetrics.ai/invite/cmp-7741-1f0e

Please complete the games within 7 days.

The pymetrics team
""")
    add(
        "cm_pymetrics",
        "2025-10-23 06:14:52",
        "UTC",
        ("pymetrics", "no-reply@pymetrics.ai"),
        "Castlemartyr Pharma: play your pymetrics games",
        both(body, brand="pymetrics", color="#2c2a6b"),
        kind="assessment",
        company=co,
        tags=["platform:pymetrics"],
    )

    body = flow(f"""
Hi Marta,

Congratulations on moving to the next stage of the process for {role} at Castlemartyr Pharma!

The next step is an on-demand video interview. You will be asked 6 questions and will have up
to 3 minutes to record each answer. There is no live interviewer, and you can complete it at
any time before the deadline.

Deadline: 13 November 2025

Start your interview: https://app.hirevue.com/interviews/cmp/6rG2pXk9

Before you begin, we recommend trying the practice question to test your camera and
microphone.

Good luck,
Castlemartyr Pharma Talent Acquisition
""")
    add(
        "cm_hirevue",
        "2025-11-06 09:40:26",
        "UTC",
        ("Castlemartyr Pharma via HireVue", "noreply@hirevue.com"),
        "Next step: your on-demand video interview with Castlemartyr Pharma",
        both(body, brand="Castlemartyr Pharma", color="#6b1f5c"),
        kind="assessment",
        company=co,
        role=role,
        tags=["platform:hirevue", "hard:async_video", "hard:congratulations_not_offer"],
    )

    body = flow(f"""
Dear Marta,

Thank you for your interest in the {role} position (Job ID {req}) and for completing our
assessment steps.

We have reviewed your application carefully, and we have decided to proceed with other
candidates at this time.

We will retain your details in our talent community and may contact you about future roles
that match your profile.

Kind regards,
Talent Acquisition
Castlemartyr Pharma
""")
    add(
        "cm_rej",
        "2025-11-28 14:18:35",
        "IE",
        sf,
        f"Your application for {role} (Job ID {req})",
        both(body, brand="Castlemartyr Pharma", color="#6b1f5c"),
        kind="rejected",
        company=co,
        role=role,
        req=req,
        tags=["ats:successfactors", "hard:keep_on_file", "hard:same_subject"],
    )


def blackwater() -> None:
    co = "Blackwater Robotics"
    role = "Controls & Mechatronics Engineer"
    gh = (co, GH_US)
    body = flow(f"""
Hi Marta,

Thanks for applying for the {role} role at Blackwater Robotics! Our team will review your
application and get back to you if there's a fit.

Even if this role isn't the right match, we'll keep your resume on file and reach out if
something comes up that fits your experience better.

Cheers,
Blackwater Robotics Recruiting
""")
    add(
        "bw_ack",
        "2025-10-23 14:07:45",
        "IE",
        gh,
        "Blackwater Robotics – application received",
        both(body),
        kind="applied",
        company=co,
        role=role,
        tags=["ats:greenhouse", "hard:keep_on_file"],
    )

    body = flow(f"""
Hi Marta,

Blackwater Robotics has invited you to take the {role} assessment on HackerRank.

Duration: 75 minutes
Questions: 3 (Python, control loop tuning, data interpretation)
Expires: 6 November 2025

Start the test: https://www.hackerrank.com/tests/blackwater-cme/7d2f1c0a

Make sure you have a stable connection. You can practise with the sample test before you start.

Best,
Blackwater Robotics Hiring Team
""")
    add(
        "bw_hackerrank",
        "2025-10-30 15:33:04",
        "UTC",
        (co, "support@hackerrankforwork.com"),
        f"Invitation: {role} test from Blackwater Robotics",
        both(body, brand="HackerRank", color="#1ba94c"),
        kind="assessment",
        company=co,
        role=role,
        tags=["platform:hackerrank"],
    )

    body = flow(f"""
Hi Marta,

Thanks for taking the time to complete our assessment for the {role} role.

We won't be moving forward with your application at this time, but we were impressed by your
mechanical background, and we'll keep you in mind for future openings on our mechanical
design team.

Best of luck with your search,
Blackwater Robotics Recruiting
""")
    add(
        "bw_rej",
        "2025-11-19 18:45:13",
        "IE",
        gh,
        "Your application at Blackwater Robotics",
        both(body),
        kind="rejected",
        company=co,
        role=role,
        tags=["ats:greenhouse", "hard:keep_in_mind"],
    )


def ballyhoura() -> None:
    co = "Ballyhoura Bikes"
    role = "Design Engineer – Frames & Components"
    body = f"""\
Your application was sent to Ballyhoura Bikes

{role}
Ballyhoura Bikes · Kilfinane, County Limerick, Ireland (On-site)
Applied on 27 October 2025

Now, take these next steps for more success with your job search:
Keep your profile up to date so recruiters can find you.

Similar jobs you might be interested in
---------------------------------------
Product Design Engineer - Carbonlane Cycles - Galway (Hybrid)
Mechanical Engineer - Shannonside Engineering - Limerick
Design Engineer, E-Mobility - Veloquay - Dublin (Remote)

See all jobs: https://www.linkedin.com/jobs/collections/recommended/

This email was intended for Marta Wiśniewska (Senior Design Engineer at Ardfield Controls)
Learn why we included this: https://www.linkedin.com/help/linkedin/answer/4788
You are receiving LinkedIn notification emails.
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
"""
    add(
        "bb_applied",
        "2025-10-27 20:11:58",
        "IE",
        ("LinkedIn", LI_JOBS),
        "Marta, your application was sent to Ballyhoura Bikes",
        both(body, brand="LinkedIn", color="#0a66c2"),
        msgid_domain="linkedin.com",
        extra=(
            ("X-LinkedIn-Template", "jobs_applicant_applied"),
            *unsub("https://www.linkedin.com/comm/psettings/email-unsubscribe"),
        ),
        kind="applied",
        company=co,
        role=role,
        tags=["board:linkedin", "hard:other_companies_listed"],
    )

    body = f"""\
Your update from Ballyhoura Bikes

{role}
Ballyhoura Bikes · Kilfinane, County Limerick, Ireland

Thank you for your interest in the {role} position at Ballyhoura Bikes in
Kilfinane. Unfortunately, we will not be moving forward with your application,
but we appreciate your time and interest in Ballyhoura Bikes.

Regards,
Ballyhoura Bikes

Top jobs looking for your skills: https://www.linkedin.com/jobs/

This email was intended for Marta Wiśniewska (Senior Design Engineer at Ardfield Controls)
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
"""
    add(
        "bb_rej",
        "2025-11-24 08:02:15",
        "IE",
        ("LinkedIn", LI_JOBS),
        f"Your application to {role} at Ballyhoura Bikes",
        both(body, brand="LinkedIn", color="#0a66c2"),
        msgid_domain="linkedin.com",
        extra=(
            ("X-LinkedIn-Template", "jobs_applicant_rejected"),
            *unsub("https://www.linkedin.com/comm/psettings/email-unsubscribe"),
        ),
        kind="rejected",
        company=co,
        role=role,
        tags=["board:linkedin", "hard:neutral_subject"],
    )


def gmail_html(body: str) -> str:
    """The shape Gmail gives a plain message: one ltr div, <br> lines, quoted parts nested."""
    out = []
    for line in body.rstrip("\n").split("\n"):
        out.append(html.escape(line, quote=False) if line else "")
    inner = "<br>".join(out)
    inner = _URL.sub(lambda m: f'<a href="{m.group(0)}">{m.group(0)}</a>', inner)
    return f'<div dir="ltr">{inner}</div>\n'


def mizen() -> None:
    co = "Mizen Motion"
    role = "Lead Mechanical Engineer"
    rory = ("Rory Twomey", "rory.twomey@gmail.com")
    body = """\
Hi Marta,

Great to meet you at the Cork Hardware meetup last Thursday, and thanks for sending your CV on.
Apologies for writing from my personal address, we're still setting up Google Workspace (three
of us, one shared login for the accounts stuff...).

Ewa (our CTO) and I would love to have a proper chat about the Lead Mechanical Engineer role.
It'd be an hour or so: we'd walk you through the hub motor prototype, and we'd love to hear how
you'd approach getting it ready for a first production run of 500 units.

Grab whatever slot suits: https://cal.com/rory-mizen/lead-mech-chat

We're in the co-working space on South Mall, or happy to do it over video.

Cheers,
Rory

--
Rory Twomey
Co-founder & CEO, Mizen Motion
"""
    add(
        "mz_interview",
        "2025-11-26 22:17:40",
        "IE",
        rory,
        "Mizen Motion - coffee + a proper chat?",
        alt(text(body, cte="qp"), html_part(gmail_html(body), cte="qp")),
        msgid_domain="mail.gmail.com",
        date_style="gmail",
        kind="interview",
        company=co,
        role=role,
        tags=["personal", "hard:personal_domain", "tool:cal.com"],
    )

    body = """\
Hi Marta,

Thanks again for coming in on Friday, and for all the time you've given us over the last few
weeks. The DFM review you did on the gearbox housing was genuinely the most useful hour we've
had since we started.

Ewa and I have talked it over and we'd like to offer you the Lead Mechanical Engineer role.
What we're proposing:

- €78,000 base
- 0.6% equity in options (4-year vesting, 1-year cliff)
- Start date to suit you, ideally by April
- Mostly Cork, flexible on remote days

I know the base is a bit below what a bigger company would pay, and we're happy to talk about
it. I'll get a proper offer letter drafted by our solicitor this week, but I wanted you to hear
it from us first.

Rory
"""
    add(
        "mz_offer",
        "2026-01-12 19:02:26",
        "IE",
        rory,
        "Mizen - we'd love you on board",
        alt(text(body, cte="qp"), html_part(gmail_html(body), cte="qp")),
        cc=(("Ewa Kowalczyk", "ewa.kowalczyk.eng@gmail.com"),),
        msgid_domain="mail.gmail.com",
        date_style="gmail",
        kind="offer",
        company=co,
        role=role,
        tags=["personal", "hard:personal_domain", "hard:verbal_offer", "hard:company_abbrev"],
    )


def helix() -> None:
    co = "Helix & Anvil"
    role = "Senior Mechanical Engineer (Product Design)"
    sk = ("Saoirse Kavanagh", "saoirse@helixanvil.co")
    subject = f"Re: {role} – Marta Wiśniewska"
    older = """\
On Mon, 10 Nov 2025 at 20:41, Marta Wiśniewska <marta.wisniewska@fastmail.com> wrote:
> Hi Saoirse,
>
> Thank you for your note last week. I've attached my portfolio as requested. I
> know it's been a few weeks since I applied, so I understand completely if the
> position has been filled in the meantime - but if not, I'd love to talk.
>
> Best regards,
> Marta
>
> On Tue, 4 Nov 2025 at 09:12, Saoirse Kavanagh <saoirse@helixanvil.co> wrote:
>> Hi Marta, thanks for applying. Before we go any further, could you send us a
>> portfolio of 3-4 projects? Unfortunately the job ad didn't mention it.
>> Saoirse
"""
    top = """\
Hi Marta,

Thanks so much for getting back to me, and apologies for the slow reply - we've been heads down
on a client launch.

Lovely portfolio. The ventilator manifold and the actuator housing are exactly the kind of
thing our clients bring us. Would you be able to come into the studio on Tuesday 25th November
at 3pm? You'd meet me and Ronan (our other partner), and we'd ask you to talk us through one
project for about 20 minutes. Bring anything physical you can!

We're at 12 Camden Row, Dublin 8 - second floor, the buzzer says H&A.

Best,
Saoirse

Saoirse Kavanagh
Partner, Helix & Anvil
helixanvil.co
"""
    body = top + "\n" + older
    add(
        "ha_interview",
        "2025-11-18 12:36:02",
        "IE",
        sk,
        subject,
        alt(text(body, cte="qp"), html_part(gmail_html(body), cte="qp")),
        msgid_domain="mail.gmail.com",
        date_style="gmail",
        kind="interview",
        company=co,
        role=role,
        tags=[
            "reply",
            "hard:quoted_history",
            "hard:brand_vs_domain",
            "hard:position_filled_quoted",
        ],
    )

    body = """\
Hi Marta,

Thanks again for coming in last week. Ronan and I both really enjoyed meeting you, and the
actuator teardown was a highlight.

This one was a genuinely close call. In the end we've decided to go with someone whose
background is closer to consumer electronics enclosures, which is where most of our work for
the next year sits.

I'd like to stay in touch - we often need specialist medtech help on a contract basis, and I'd
love to be able to call you.

All the best,
Saoirse

On Tue, 18 Nov 2025 at 12:36, Saoirse Kavanagh <saoirse@helixanvil.co> wrote:
""" + quoted(top)
    add(
        "ha_rej",
        "2025-12-05 10:58:47",
        "IE",
        sk,
        subject,
        alt(text(body, cte="qp"), html_part(gmail_html(body), cte="qp")),
        msgid_domain="mail.gmail.com",
        date_style="gmail",
        in_reply_to=("ha_interview",),
        kind="rejected",
        company=co,
        role=role,
        tags=[
            "reply",
            "hard:quoted_history",
            "hard:polite_rejection",
            "hard:no_negative_word",
            "hard:same_subject",
        ],
    )


def keyline() -> None:
    client = "Carrowmore Biologics"
    role = "Senior Mechanical Engineer"
    req = "KL-5531"
    barry = ("Barry Dwyer", "barry.dwyer@keylinerecruitment.ie")
    sig = """\
Barry Dwyer
Senior Consultant – Life Sciences Engineering
Keyline Engineering Recruitment
M: +353 86 225 7109 | keylinerecruitment.ie
"""
    first = f"""\
Hi Marta,

I hope you don't mind me reaching out directly. I came across your profile on
LinkedIn and your experience in medical device design and validation stood out.

I'm working with Carrowmore Biologics on a {role} role at their new
fill/finish facility in Sligo (job ref {req}). The role leads mechanical design
and equipment qualification for two new isolator lines: vendor management, URS
writing and FAT/SAT, with some hands-on design of change parts.

The package is €85-95k plus a 12% bonus, with relocation support if needed.
Hybrid once commissioning is done.

Would you be open to a quick call this week? Happy to work around your current
job.

Kind regards,
Barry

{sig}"""
    add(
        "kl_outreach",
        "2025-10-29 08:55:31",
        "IE",
        barry,
        f"{role} – {client}, Sligo",
        text(first, cte="qp"),
        crlf=True,
        msgid_domain="keylinerecruitment.ie",
        kind="outreach",
        company=client,
        role=role,
        req=req,
        tags=["agency", "hard:agency_named_client"],
    )

    body = f"""\
Hi Marta,

Great news - Carrowmore would like to meet you!

First stage is a Teams interview with Aidan Rooney (Engineering Manager) and
Sarah Kinsella (HR) on Monday 17th November at 9:30. The Teams link will come
directly from Carrowmore's HR team.

Could we have a 10-minute prep call on Friday? I'll talk you through what Aidan
tends to focus on.

Barry

{sig}"""
    add(
        "kl_interview",
        "2025-11-11 17:21:09",
        "IE",
        barry,
        f"RE: {role} – {client}, Sligo",
        text(body, cte="qp"),
        crlf=True,
        msgid_domain="keylinerecruitment.ie",
        in_reply_to=("kl_outreach",),
        kind="interview",
        company=client,
        role=role,
        tags=["agency", "hard:agency_named_client", "reply"],
    )

    body = f"""\
Hi Marta,

I've had feedback from Carrowmore. Aidan was very positive about your design
background, but they've decided to go with an internal candidate who ran the
isolator project at their Swords site.

Sorry to be the bearer of that one - I know you were keen on it. I'll keep an eye
out for anything similar and give you a shout.

Barry

{sig}"""
    add(
        "kl_rej",
        "2025-12-02 12:10:44",
        "IE",
        barry,
        "Carrowmore feedback",
        text(body, cte="qp"),
        crlf=True,
        msgid_domain="keylinerecruitment.ie",
        kind="rejected",
        company=client,
        tags=["agency", "hard:agency_named_client", "hard:neutral_subject"],
    )


def pembroke() -> None:
    hm = ("Hannah Moriarty", "hannah.moriarty@pembroketalent.com")
    subject = "Senior Mechanical Engineer – confidential medtech client, Cork"
    first = """\
Hi Marta,

I'm a recruiter at Pembroke Talent, specialising in engineering roles across Munster. My client,
a well-established medical device manufacturer in the Cork area, is looking for a Senior
Mechanical Engineer to join their sustaining engineering team. I can't share the name just yet,
as the search is confidential at this stage.

Highlights:
• Sustaining and design-change ownership for a Class II product family
• €75,000–€85,000 + bonus + healthcare
• Hybrid, 3 days on site

Your background at Ardfield Controls looks like a great fit. Would you be open to a
confidential chat?

Best regards,
Hannah Moriarty
Senior Recruitment Consultant – Engineering
Pembroke Talent | Cork · Limerick · Dublin
T: +353 21 601 4480
"""
    add(
        "pt_outreach",
        "2025-10-14 11:02:19",
        "IE",
        hm,
        subject,
        alt(text(first, cte="qp"), html_part(html_paras(first), cte="qp")),
        crlf=True,
        msgid_domain="AS8PR07MB7911.eurprd07.prod.outlook.com",
        kind="outreach",
        tags=["agency", "hard:agency_unnamed_client", "hard:other_company_mentioned"],
    )

    body = (
        """\
Hi Marta,

Just bumping this up your inbox in case it got buried. The client is moving to interviews in
the next two weeks, so let me know if you'd like to hear more.

Thanks,
Hannah

From: Hannah Moriarty <hannah.moriarty@pembroketalent.com>
Sent: Tuesday, October 14, 2025 11:02 AM
To: Marta Wiśniewska <marta.wisniewska@fastmail.com>
Subject: """
        + subject
        + "\n\n"
        + first
    )
    add(
        "pt_bump",
        "2025-10-22 08:31:57",
        "IE",
        hm,
        "RE: " + subject,
        alt(text(body, cte="qp"), html_part(html_paras(body), cte="qp")),
        crlf=True,
        msgid_domain="AS8PR07MB7911.eurprd07.prod.outlook.com",
        in_reply_to=("pt_outreach",),
        kind="outreach",
        tags=[
            "agency",
            "hard:agency_unnamed_client",
            "reply",
            "hard:follow_up",
            "hard:quoted_history",
            "hard:boilerplate_interview",
        ],
    )

    body = flow("""
Hi Marta,

Our Engineering Salary Guide 2026 is here. We surveyed 1,140 engineers and 212 hiring managers
across Munster to find out what employers are paying, which skills are in demand and what
makes candidates accept (or turn down) an offer.

Key findings:

Mechanical design salaries rose 4.8% in 2025, with the biggest increases in medtech and
pharma.

62% of candidates received a counter-offer from their current employer; one in three accepted
it.

The average time from first interview to offer fell to 19 days.

Download the guide: https://pembroketalent.com/salary-guide-2026

Thinking about your next move? Our consultants are happy to have a confidential chat.

Pembroke Talent Ltd | 5 South Terrace, Cork T12 D9KP
You are receiving this because you registered with Pembroke Talent.
Unsubscribe: https://pembroketalent.com/preferences/unsubscribe?u=4f7a2c
""")
    add(
        "pt_news",
        "2026-01-21 07:30:00",
        "IE",
        ("Pembroke Talent", "news@pembroketalent.com"),
        "Engineering Salary Guide 2026 – what Munster employers are paying",
        both(body, brand="PEMBROKE TALENT", color="#00545e"),
        extra=unsub("https://pembroketalent.com/preferences/unsubscribe?u=4f7a2c") + BULK,
        kind="not_job",
        tags=[
            "newsletter",
            "hard:agency_newsletter",
            "hard:boilerplate_offer",
            "hard:boilerplate_interview",
        ],
    )


def hanse() -> None:
    jp = ("Jonas Petersen", "j.petersen@hanse-technik-personal.de")
    body = """\
Hallo Frau Wisniewska,

ich bin über Ihr XING-Profil auf Sie aufmerksam geworden und hoffe, Sie verzeihen
die direkte Ansprache.

Für einen meiner Mandanten, einen mittelständischen Hersteller von Fördertechnik
im Großraum Hamburg, suche ich im Rahmen einer Direktvermittlung einen erfahrenen
Konstrukteur Maschinenbau (m/w/d). Den Namen des Unternehmens darf ich Ihnen erst
nach einem ersten Gespräch nennen.

Das bietet mein Mandant:
- unbefristete Festanstellung, 35-Stunden-Woche
- Gehalt bis 78.000 EUR p.a. plus Urlaubs- und Weihnachtsgeld
- Umzugsunterstützung und 2 Tage mobiles Arbeiten pro Woche
- Englisch als Arbeitssprache im Team möglich

Hätten Sie Interesse an einem unverbindlichen Telefonat? Für Sie ist unser
Service selbstverständlich kostenfrei.

Mit freundlichen Grüßen
Jonas Petersen
Personalberater Technik

Hanse Technik Personal GmbH
Ballindamm 27 · 20095 Hamburg
Tel.: +49 40 882 170-14
"""
    add(
        "ht_outreach",
        "2025-11-04 10:44:03",
        "CE",
        jp,
        "Konstrukteur Maschinenbau (m/w/d) - Direktvermittlung, Raum Hamburg",
        text(body, cte="qp", charset="iso-8859-1"),
        charset="iso-8859-1",
        crlf=True,
        msgid_domain="hanse-technik-personal.de",
        kind="outreach",
        role="Konstrukteur Maschinenbau (m/w/d)",
        lang="de",
        tags=["agency", "hard:agency_unnamed_client"],
    )


def direct_outreach() -> None:
    body = """\
Ingrid Solheim
Talent Acquisition Lead at Sundfjord Subsea

Hi Marta,

I'm leading hiring for our engineering team at Sundfjord Subsea in Bergen. We design subsea
connectors and electric valve actuators for offshore energy, and your actuator design
experience at Ardfield Controls caught my eye.

We're looking for a Mechanical Design Engineer to own the design of our next-generation
electric actuator. English is our working language, and we support relocation to Norway.

Would you be interested in a short call to hear more?

Best regards,
Ingrid

Reply: https://www.linkedin.com/messaging/thread/2-YjQ0NTZkNzA5/

This is an InMail from a LinkedIn member. You are receiving InMail notification emails.
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
"""
    add(
        "sf_inmail",
        "2025-11-19 13:14:22",
        "IE",
        ("Ingrid Solheim via LinkedIn", "inmail-hit-reply@linkedin.com"),
        "Mechanical Design Engineer opportunity at Sundfjord Subsea (Bergen / hybrid)",
        both(body, brand="LinkedIn", color="#0a66c2"),
        msgid_domain="linkedin.com",
        extra=unsub("https://www.linkedin.com/comm/psettings/email-unsubscribe"),
        kind="outreach",
        company="Sundfjord Subsea",
        role="Mechanical Design Engineer",
        tags=["board:linkedin", "hard:inmail", "hard:other_company_mentioned"],
    )

    body = """\
Hi Marta,

I lead engineering recruitment at Trellis Medtech. We're a Galway company building
implantable cardiac monitors, and we've just closed our Series C, so we're growing the
mechanical team from six to fourteen people this year.

I'm looking for a Principal Mechanical Engineer to own the mechanical architecture of our
next implant: hermetic enclosures, header design, and working closely with our contract
manufacturer in Limerick. Your catheter and actuator work looks really relevant, and I noticed
you're based in Cork, which would work well with our hybrid set-up (two days a week in Galway).

Would you be up for a 20-minute call sometime next week? No CV needed at this stage.

Best,
Rebecca

Rebecca Walsh
Head of Talent | Trellis Medtech
Galway Technology Centre, Mervue, Galway
"""
    add(
        "tm_outreach",
        "2025-12-08 09:26:41",
        "IE",
        ("Rebecca Walsh", "rebecca.walsh@trellismedtech.com"),
        "Principal Mechanical Engineer at Trellis – worth a chat?",
        alt(text(body, cte="qp"), html_part(html_paras(body), cte="qp")),
        msgid_domain="trellismedtech.com",
        kind="outreach",
        company="Trellis Medtech",
        role="Principal Mechanical Engineer",
        tags=["employer_domain", "hard:company_abbrev"],
    )

    body = """\
Hi Marta,

I'm a technical recruiter at Halyard Robotics. We build autonomous picking robots for
warehouses, and we're opening an engineering office in Dublin this spring.

We're hiring a Staff Mechanical Engineer to lead the design of our next gripper and mast
assembly. Your design-for-manufacture background, especially taking products from prototype
to volume, is exactly what the team is missing.

Would you be open to a 20-minute intro call? You can grab a time here:
https://calendly.com/marcus-halyard/intro-20

If now isn't the right time, just reply "not now" and I won't follow up.

Marcus Lindgren
Technical Recruiter, Halyard Robotics

Unsubscribe: https://www.gem.com/unsubscribe/8a1c7f3e
"""
    add(
        "hr_gem",
        "2026-01-13 16:48:05",
        "UTC",
        ("Marcus Lindgren", "marcus.lindgren@halyardrobotics.com"),
        "Marta - mechanical lead for our warehouse robots?",
        alt(text(body, cte="7bit"), html_part(html_paras(body), cte="7bit")),
        msgid_domain="halyardrobotics.com",
        extra=unsub("https://www.gem.com/unsubscribe/8a1c7f3e"),
        kind="outreach",
        company="Halyard Robotics",
        role="Staff Mechanical Engineer",
        tags=["tool:gem", "employer_domain", "hard:bulk_headers"],
    )

    body = """\
Dzień dobry Pani Marto,

nazywam się Tomasz Zieliński i odpowiadam za rekrutację w firmie Kormoran Maszyny
z Bydgoszczy. Jesteśmy producentem maszyn do recyklingu tworzyw sztucznych
i eksportujemy do ponad 30 krajów.

Znalazłem Pani profil na LinkedIn i bardzo zainteresowało mnie Pani doświadczenie
w projektowaniu z myślą o produkcji. Szukamy obecnie Starszego Konstruktora
Mechanika do zespołu rozwoju nowych linii. Możliwa jest praca w dużej mierze
zdalna z Irlandii, z wizytami w zakładzie raz w miesiącu.

Czy byłaby Pani zainteresowana krótką rozmową telefoniczną lub przez Teams
w przyszłym tygodniu?

Pozdrawiam serdecznie
Tomasz Zieliński
HR Business Partner
Kormoran Maszyny S.A.
ul. Fordońska 112, 85-719 Bydgoszcz
"""
    add(
        "km_outreach",
        "2025-12-15 10:05:29",
        "CE",
        ("Tomasz Zieliński", "tomasz.zielinski@kormoran-maszyny.pl"),
        "Propozycja współpracy – Starszy Konstruktor Mechanik, Kormoran Maszyny",
        text(body, cte="b64"),
        enc="b",
        msgid_domain="kormoran-maszyny.pl",
        kind="outreach",
        company="Kormoran Maszyny",
        role="Starszy Konstruktor Mechanik",
        lang="pl",
        tags=["employer_domain", "hard:brand_vs_legal"],
    )


def gleann() -> None:
    co = "Gleann Foods"
    role = "Engineering Projects Lead – Mechanical"
    ad = ("Aoife Daly", "aoife.daly@gleannfoods.com")
    body = f"""\
Dear Marta,

Thank you for applying for the {role} role at our Mitchelstown site.

As part of our shortlisting, we're asking all applicants to send a short portfolio (no more
than 10 pages) covering two or three projects you've led, including any drawings or photos
you're comfortable sharing and your role in each. Please send it to me by Friday 14 November.

Kind regards,
Aoife Daly
HR Officer
Gleann Foods Ireland Ltd, Mitchelstown, Co. Cork
"""
    add(
        "gl_portfolio",
        "2025-11-06 15:12:50",
        "IE",
        ad,
        "Your application – Engineering Projects Lead",
        alt(text(body, cte="qp"), html_part(html_paras(body), cte="qp")),
        crlf=True,
        msgid_domain="gleannfoods.com",
        kind="request",
        company=co,
        role=role,
        tags=["employer_domain", "hard:portfolio"],
    )

    body = """\
Dear Marta,

I wanted to apologise for the silence since you sent on your portfolio.

Shortlisting for the Engineering Projects Lead role has been delayed while the scope of the
role is reviewed alongside a capital project approval. We expect to be back in touch in
mid-January. Your application is still very much under consideration, and there's nothing you
need to do in the meantime.

Kind regards,
Aoife Daly
HR Officer, Gleann Foods
"""
    add(
        "gl_delay",
        "2025-12-10 11:47:33",
        "IE",
        ad,
        "Engineering Projects Lead - timing",
        alt(text(body, cte="7bit"), html_part(html_paras(body), cte="7bit")),
        crlf=True,
        msgid_domain="gleannfoods.com",
        kind="update",
        company=co,
        role="Engineering Projects Lead",
        tags=["employer_domain", "hard:delayed"],
    )


def clairvent() -> None:
    co = "Clairvent"
    cr = ("Camille Roux", "camille.roux@groupe-clairvent.com")
    sig = """\
Camille Roux
Chargée de recrutement
Clairvent SA – Groupe Clairvent
12 quai Perrache, 69002 Lyon
"""
    body = f"""\
Bonjour Marta,

Suite à votre candidature pour le poste d’Ingénieur R&D Mécanique – Ventilation (H/F)
basé à Lyon, nous souhaiterions vous rencontrer lors d’un premier entretien en
visioconférence d’environ 45 minutes, avec Julien Masson, responsable du bureau
d’études, et moi-même.

Pourriez-vous m’indiquer vos disponibilités la semaine du 1er décembre ? Nous pouvons
tout à fait mener l’entretien en anglais si vous le préférez.

Bien cordialement,

{sig}"""
    add(
        "cv_interview",
        "2025-11-25 17:33:08",
        "CE",
        cr,
        "Entretien – Ingénieur R&D Mécanique (H/F)",
        alt(text(body, cte="qp"), html_part(html_paras(body), cte="qp")),
        msgid_domain="groupe-clairvent.com",
        kind="interview",
        company=co,
        role="Ingénieur R&D Mécanique – Ventilation (H/F)",
        lang="fr",
        tags=["employer_domain", "hard:brand_vs_domain", "hard:availability_request"],
    )

    body = f"""\
Bonjour Marta,

Je vous remercie encore pour le temps que vous nous avez accordé lors de notre
entretien du 3 décembre.

Malheureusement, nous avons choisi de poursuivre le processus avec un candidat dont
l’expérience en aéraulique correspond davantage aux besoins actuels de l’équipe.
Julien a beaucoup apprécié votre approche de la conception pour la fabrication, et
cette décision n’a pas été simple.

Avec votre accord, nous conservons votre CV dans notre vivier de talents.

Je vous souhaite une belle fin d’année et une bonne continuation.

{sig}"""
    add(
        "cv_rej",
        "2025-12-18 14:20:55",
        "CE",
        cr,
        "Suite à notre entretien",
        alt(text(body, cte="qp"), html_part(html_paras(body), cte="qp")),
        msgid_domain="groupe-clairvent.com",
        kind="rejected",
        company=co,
        lang="fr",
        tags=[
            "employer_domain",
            "hard:neutral_subject",
            "hard:company_in_signature_only",
            "hard:brand_vs_domain",
            "hard:interviewed_word",
        ],
    )


ZWNJ_PAD = "\u200c\u00a0" * 40


def boards() -> None:
    jobs = [
        ("Senior Mechanical Design Engineer", "Kilbarry Medical", "Little Island, Cork (Hybrid)"),
        ("R&D Engineer II - Catheters", "Lissadell Medical", "Cork (On-site)"),
        ("Mechanical Design Engineer", "Inchydoney Automation", "Ballincollig, Cork"),
        ("Senior Product Design Engineer", "Oyster Haven Audio", "Cork (Hybrid)"),
        ("Design Engineer - Packaging Equipment", "Rathcoole Systems", "Mallow, Cork"),
    ]
    lines = []
    for title, company, place in jobs:
        lines.append(f"{title}\n{company}\n{place}\nActively recruiting · Easy Apply")
    body = (
        "Your job alert for mechanical design engineer in Cork, County Cork, Ireland\n"
        "25 new jobs match your preferences.\n\n"
        + "\n\n".join(lines)
        + "\n\nSee all jobs: https://www.linkedin.com/jobs/search/?savedSearchId=1739024\n\n"
        "Be an early applicant: jobs you apply to in the first few days are more likely to "
        "lead to an interview.\n\n"
        "Job alert settings: https://www.linkedin.com/jobs/alerts/\n"
        "This email was intended for Marta Wiśniewska (Senior Design Engineer at Ardfield "
        "Controls)\n© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.\n"
    )
    add(
        "li_alert",
        "2025-10-12 06:41:09",
        "IE",
        ("LinkedIn Job Alerts", "jobalerts-noreply@linkedin.com"),
        "“mechanical design engineer”: Kilbarry Medical and 24 more new jobs in Cork",
        alt(
            text(body),
            html_part(
                card_html(
                    "LinkedIn",
                    body,
                    color="#0a66c2",
                    preheader="Senior Mechanical Design Engineer at Kilbarry Medical" + ZWNJ_PAD,
                )
            ),
        ),
        msgid_domain="linkedin.com",
        extra=(
            ("X-LinkedIn-Template", "email_job_alert_digest_01"),
            *unsub("https://www.linkedin.com/jobs/alerts/unsubscribe?id=1739024"),
        ),
        kind="not_job",
        tags=[
            "job_alert",
            "board:linkedin",
            "hard:company_in_subject",
            "hard:other_companies_listed",
            "hard:boilerplate_interview",
            "zero_width",
        ],
    )

    rows = [
        (
            "Mechanical Engineer",
            "Blarney Process Solutions",
            "Blarney, County Cork",
            "€55,000 - €65,000 a year",
            "Easily apply",
        ),
        (
            "Senior Mechanical Design Engineer",
            "Kilbarry Medical",
            "Little Island, County Cork",
            "",
            "Responsive employer",
        ),
        (
            "Maintenance Engineer (Mechanical)",
            "Glanmire Dairies",
            "Glanmire, County Cork",
            "€48,000 a year",
            "Urgently needed",
        ),
        (
            "Design Engineer",
            "Ardrum Fabrications",
            "Cork, County Cork",
            "",
            "Hiring multiple candidates",
        ),
    ]
    cards = ""
    for title, company, place, pay, badge in rows:
        cards += (
            '<tr><td style="padding:14px 24px;border-bottom:1px solid #e4e2e0">'
            f'<a href="https://ie.indeed.com/rc/clk?jk={_token(title, company, n=16)}" '
            f'style="color:#2557a7;font-size:16px;font-weight:bold">{html.escape(title)}</a><br>'
            f"{html.escape(company)}<br>{html.escape(place)}<br>"
            + (f"<b>{html.escape(pay)}</b><br>" if pay else "")
            + f'<span style="color:#767676">{badge}</span></td></tr>\n'
        )
    markup = (
        '<html><body style="font-family:Arial,sans-serif;background:#fff">\n'
        '<table width="600" align="center" cellpadding="0" cellspacing="0">\n'
        '<tr><td style="padding:24px"><img src="https://ie.indeed.com/images/indeed-logo.png" '
        'alt="Indeed" width="120"></td></tr>\n'
        '<tr><td style="padding:0 24px 12px;font-size:20px">15 new mechanical engineer jobs in '
        "Cork, County Cork</td></tr>\n"
        f"{cards}"
        '<tr><td style="padding:16px 24px"><a href="https://ie.indeed.com/jobs?q=mechanical+'
        'engineer&l=Cork">See all jobs</a></td></tr>\n'
        '<tr><td style="padding:16px 24px;font-size:12px;color:#767676">You are receiving this '
        "job alert because you subscribed on Indeed. "
        '<a href="https://ie.indeed.com/alert/unsubscribe?id=5a2c">Unsubscribe</a><br>'
        "Indeed Ireland Operations Limited, 124 St Stephen's Green, Dublin 2</td></tr>\n"
        "</table></body></html>\n"
    )
    add(
        "indeed_digest",
        "2025-11-02 05:12:44",
        "UTC",
        ("Indeed", "alert@indeed.com"),
        "15 new mechanical engineer jobs in Cork, County Cork",
        html_part(markup, cte="qp"),
        extra=unsub("https://ie.indeed.com/alert/unsubscribe?id=5a2c"),
        kind="not_job",
        tags=["job_alert", "board:indeed", "hard:other_companies_listed"],
    )

    body = """\
Hallo Marta,

wir haben 5 neue Jobs für Ihren Jobagenten „Konstrukteur Maschinenbau“ in Hamburg gefunden:

Konstrukteur Sondermaschinenbau (m/w/d)
Elbwerft Anlagenbau GmbH · Hamburg · Schnelle Bewerbung

Entwicklungsingenieur Mechanik (m/w/d)
Nordmark Fördertechnik GmbH · Norderstedt

Projektingenieur Konstruktion (m/w/d)
Alster Kältetechnik AG · Hamburg · Teilweise Home-Office

Alle Jobs ansehen: https://www.stepstone.de/jobagent/4419022

Tipp der Woche: So bereiten Sie sich optimal auf Ihr Vorstellungsgespräch vor.
https://www.stepstone.de/magazin/vorstellungsgespraech-vorbereitung

Jobagent abbestellen: https://www.stepstone.de/jobagent/abmelden/4419022
"""
    add(
        "stepstone",
        "2025-11-16 07:05:00",
        "CE",
        ("StepStone Jobagent", "jobagent@stepstone.de"),
        "5 neue Jobs für „Konstrukteur Maschinenbau“ in Hamburg",
        alt(text(body), html_part(card_html("StepStone", body, color="#0c2577", lang="de"))),
        extra=unsub("https://www.stepstone.de/jobagent/abmelden/4419022") + BULK,
        kind="not_job",
        lang="de",
        tags=["job_alert", "board:stepstone", "hard:boilerplate_interview"],
    )

    body = flow("""
Hi Marta,

Whether you're actively looking or just keeping your options open, this hands-on evening will
help you present your experience with confidence.

Interview skills for chartered engineers
Thursday 20 November 2025, 18:30-20:30
Cork Region office, Clonakilty Road, Bishopstown (and online)

What we'll cover:

How to answer competency-based interview questions using real project examples.

Mock interviews in pairs, with feedback from engineering managers.

Negotiating salary and what to check before you accept an offer.

CPD: 2 hours. Free for members; €25 for non-members.

Book your place: https://www.engineersireland.ie/events/cork-interview-skills-2025

Engineers Ireland Cork Region
You are receiving this email as a member of Engineers Ireland.
Manage your preferences: https://www.engineersireland.ie/preferences
""")
    add(
        "ei_event",
        "2025-10-20 12:00:00",
        "IE",
        ("Engineers Ireland – Cork Region", "events@engineersireland.ie"),
        "Cork Region CPD: Interview skills for chartered engineers – 20 November",
        both(body, brand="Engineers Ireland", color="#1c3f6e"),
        extra=unsub("https://www.engineersireland.ie/preferences") + BULK,
        kind="not_job",
        tags=[
            "event",
            "hard:boilerplate_interview",
            "hard:mock_interview",
            "hard:boilerplate_offer",
        ],
    )

    body = """\
Hi Marta,

Glassdoor Community - top posts in Engineering this week

"Accepted the offer at a medtech in Galway - ask me anything about the interview process"
412 reactions · 96 comments

"Rejected after the final round with no feedback. Is this normal in Ireland?"
233 reactions · 141 comments

"How long after the offer call should I wait for the written contract?"
88 reactions · 37 comments

See more posts: https://www.glassdoor.ie/Community/engineering

You're receiving this because you follow the Engineering bowl.
Unsubscribe: https://www.glassdoor.ie/member/emailSettings
"""
    add(
        "glassdoor",
        "2026-02-03 14:30:00",
        "UTC",
        ("Glassdoor Community", "community@glassdoor.com"),
        "“Accepted the offer at a medtech in Galway” and more top posts",
        alt(text(body), html_part(card_html("Glassdoor", body, color="#0caa41"))),
        extra=unsub("https://www.glassdoor.ie/member/emailSettings") + BULK,
        kind="not_job",
        tags=[
            "community_digest",
            "board:glassdoor",
            "hard:digest_accepted_offer",
            "hard:rejection_word",
        ],
    )


def money_and_life() -> None:
    body = flow("""
Dear Marta,

Unfortunately, a payment of €142.50 to HARBOURLINE FERRIES on your debit card ending 4471 was
declined on 8 November 2025 at 14:02 because it exceeded your daily online spending limit.

If you made this payment, you can increase your limit in the app under Cards > Limits and try
again. If you don't recognise it, please call us immediately on 021 455 9000.

Lee Valley Credit Union
This is a service message. Please do not reply to this email.
""")
    add(
        "bank_en",
        "2025-11-08 14:03:27",
        "IE",
        ("Lee Valley Credit Union", "alerts@leevalleycu.ie"),
        "Your card payment was declined",
        both(body, brand="Lee Valley Credit Union", color="#006a4e"),
        kind="not_job",
        tags=["bank", "hard:unfortunately_bank"],
    )

    body = """\
Szanowna Pani,

niestety nie udało się zrealizować przelewu zleconego 19.12.2025 r. na kwotę
1 250,00 PLN na rachunek odbiorcy EWA WIŚNIEWSKA. Powód: brak wystarczających
środków na rachunku w dniu realizacji.

Dyspozycję można ponowić w aplikacji mobilnej lub w serwisie internetowym.

Z poważaniem
Bank Jantar S.A.

Wiadomość została wygenerowana automatycznie, prosimy na nią nie odpowiadać.
"""
    add(
        "bank_pl",
        "2025-12-19 18:22:10",
        "CE",
        ("Bank Jantar", "powiadomienia@bankjantar.pl"),
        "Niestety, nie udało się zrealizować przelewu",
        text(body, cte="qp", charset="iso-8859-2"),
        charset="iso-8859-2",
        kind="not_job",
        lang="pl",
        tags=["bank", "hard:unfortunately_bank"],
    )

    body = """\
Hi Marta,

Thank you for your application and for coming to the viewing on Saturday.

Unfortunately the landlord has decided to proceed with another applicant for the
2 bed apartment at Douglas Road. We received a very high number of applications
for this property.

We'll keep your details on file and let you know about similar properties as
they come up.

Kind regards,
Lapps Quay Lettings
"""
    add(
        "rental",
        "2025-09-18 16:40:12",
        "IE",
        ("Lapps Quay Lettings", "lettings@lappsquaylettings.ie"),
        "Your application - 2 bed apartment, Douglas Road",
        text(body, cte="7bit"),
        kind="not_job",
        tags=["housing", "hard:rejection_not_job", "hard:keep_on_file", "hard:application_word"],
    )

    body = flow("""
Dear Ms Wiśniewska,

Thank you for your recent application for a hire purchase agreement of €18,500.

We have carefully considered your application and we regret that we are unable to approve it
at this time. This decision was based on our lending criteria, including information held on
the Central Credit Register and the length of time at your current address.

You have the right to request a copy of your credit report from the Central Credit Register
free of charge at https://www.centralcreditregister.ie

Yours sincerely,
Credit Decisions Team
Torc Motor Finance DAC
""")
    add(
        "loan",
        "2025-09-24 11:05:40",
        "IE",
        ("Torc Motor Finance", "decisions@torcfinance.ie"),
        "Your finance application – decision",
        both(body, cte="b64", brand="Torc Motor Finance", color="#333333"),
        enc="b",
        kind="not_job",
        tags=["bank", "hard:rejection_not_job", "hard:application_word"],
    )

    body = """\
Hi Marta,

Good news - your order CO-448193 has been dispatched!

1 x Merrell Moab 3 GTX, UK 6
1 x Cnoc merino beanie, charcoal

Carrier: An Post
Tracking number: CE 8841 2290 7IE
Track your parcel: https://www.anpost.com/Track?item=CE884122907IE

Expected delivery: Friday 28 November

Thanks for shopping with us,
Cnoc Outdoor
"""
    add(
        "shipping",
        "2025-11-27 07:58:33",
        "IE",
        ("Cnoc Outdoor", "orders@cnocoutdoor.ie"),
        "Your order CO-448193 is on its way",
        alt(text(body, cte="7bit"), html_part(card_html("CNOC OUTDOOR", body, color="#2d4a22"))),
        kind="not_job",
        tags=["shopping"],
    )

    body = flow("""
Dear Marta,

Thank you for submitting your claim (reference CLM-2025-88412) for the laptop damaged on
2 December.

We have now reviewed your claim. Unfortunately, your home insurance policy does not include
accidental damage cover for portable electronics taken outside the home, so we are unable to
pay this claim.

If you would like to add all-risks cover to your policy, or if you disagree with our decision,
please contact us on 1800 882 115.

Kind regards,
Claims Team
Clarion Insurance DAC
""")
    add(
        "insurance",
        "2025-12-22 10:30:18",
        "IE",
        ("Clarion Insurance", "claims@clarioninsurance.ie"),
        "Update on your claim CLM-2025-88412",
        both(body, brand="Clarion Insurance", color="#4b2e83"),
        kind="not_job",
        tags=["insurance", "hard:unfortunately_non_job"],
    )


def social_and_personal() -> None:
    body = """\
Niall Buckley started a new position as Engineering Manager at Lisheen Engineering

Say congrats: https://www.linkedin.com/feed/update/urn:li:activity:7284011562

You and Niall worked together at Ardfield Controls.

This email was intended for Marta Wiśniewska (Senior Design Engineer at Ardfield Controls)
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.
"""
    add(
        "li_congrats",
        "2026-01-06 17:20:41",
        "IE",
        ("LinkedIn", "notifications-noreply@linkedin.com"),
        "Congratulate Niall Buckley on his new job",
        both(body, brand="LinkedIn", color="#0a66c2"),
        msgid_domain="linkedin.com",
        extra=(
            ("X-LinkedIn-Template", "email_network_job_change_01"),
            *unsub("https://www.linkedin.com/comm/psettings/email-unsubscribe"),
        ),
        kind="not_job",
        tags=["social", "board:linkedin", "hard:congratulations_not_offer"],
    )

    body = """\
Marta!!

I GOT IT. The council job! The second interview was on Tuesday and they rang me
yesterday evening with the offer - I accepted on the spot, didn't even pretend
to think about it. Start in January.

How are yours going? Any word back from the medtech crowd in Little Island?
Drinks Friday to celebrate, my treat - the Mutton Lane at 7?

A x
"""
    add(
        "friend",
        "2025-11-29 10:12:55",
        "IE",
        ("Aisling Cronin", "aisling.cronin@outlook.ie"),
        "got it!!!",
        alt(text(body, cte="qp"), html_part(html_paras(body), cte="qp")),
        msgid_domain="AM6PR02MB4410.eurprd02.prod.outlook.com",
        kind="not_job",
        tags=[
            "personal",
            "hard:friend_mentions_interview",
            "hard:accepted_word",
            "hard:boilerplate_offer",
        ],
    )

    body = """\
Martusiu,

jak poszła wczoraj ta rozmowa z firmą z Gdańska? Tata pyta, czy już coś wiadomo
i czy dostałaś ofertę. Byłoby cudownie, gdybyś wróciła bliżej nas!

Ciocia Basia mówi, że u nich w firmie też szukają inżynierów, ale to chyba nie
Twoja branża.

Zadzwoń w niedzielę.
Buziaki,
Mama
"""
    add(
        "mum",
        "2025-11-05 19:47:02",
        "CE",
        ("Ewa Wiśniewska", "ewa.wisniewska58@wp.pl"),
        "Jak poszła rozmowa?",
        text(body, cte="8bit"),
        msgid_domain="wp.pl",
        kind="not_job",
        lang="pl",
        tags=["personal", "hard:family_asks_about_interview", "hard:boilerplate_offer"],
    )

    ciara = ("Ciara Murphy", "ciara.murphy.cork@gmail.com")
    start = when("2026-01-24 19:30:00", "IE")
    summary = "Ciara's 30th – dinner"
    cal = ics(
        "1f0c9e7b3a5d2c8e@google.com",
        start,
        210,
        summary,
        ciara,
        stamp=when("2026-01-07 21:14:02", "IE"),
        location="Greenes Restaurant, 48 MacCurtain St, Cork",
        description="Table booked for 10. Drinks after in the Oliver Plunkett!",
    )
    plain = (
        f"You have been invited by Ciara Murphy to attend an event named {summary} on "
        "Saturday 24 January 2026 19:30 – 23:00 (Greenwich Mean Time).\n\n"
        "Table booked for 10. Drinks after in the Oliver Plunkett!\n\n"
        "Where: Greenes Restaurant, 48 MacCurtain St, Cork\n"
        "Organiser: Ciara Murphy ciara.murphy.cork@gmail.com\n\n"
        "Reply for marta.wisniewska@fastmail.com: Yes / No / Maybe\n\n"
        "Invitation from Google Calendar\n"
    )
    add(
        "dinner",
        "2026-01-07 21:14:05",
        "IE",
        ciara,
        f"Invitation: {summary} @ Sat 24 Jan 2026 19:30 - 23:00 (GMT) "
        "(marta.wisniewska@fastmail.com)",
        mixed(
            alt(text(plain), html_part(html_paras(plain)), calendar_part(cal, cte="8bit")),
            ics_file(cal),
        ),
        msgid_domain="google.com",
        date_style="gmail",
        kind="not_job",
        tags=["personal", "tool:google_calendar", "hard:calendar_not_job"],
    )

    body = flow("""
Hi Marta,

Siobhán Lyons has applied for a role with Corrán Engineering and has nominated you as a
referee. Corrán Engineering would be grateful if you could answer a few questions about your
experience of working with Siobhán. It takes about 10 minutes.

Give your reference: https://app.xref.com/referee/q/Lm38TzR1

Your answers are shared only with Corrán Engineering's hiring team.

The Xref team
""")
    add(
        "referee",
        "2026-03-04 10:31:15",
        "UTC",
        ("Xref", "noreply@xref.com"),
        "Siobhán Lyons has nominated you as a referee",
        both(
            body,
            brand="Xref",
            color="#5b2c83",
            button=("Give reference", "https://app.xref.com/referee/q/Lm38TzR1"),
        ),
        kind="not_job",
        tags=["platform:xref", "hard:user_is_referee"],
    )


def newsletters_and_events() -> None:
    pad = "\u200b" * 3
    body = (
        "Hi Marta,\n\n"
        "Candidates remember how an interview made them feel long after they forget the "
        "questions. Join our free webinar on running structured interviews that are fair, fast "
        "and, yes, enjoyable for candidates.\n\n"
        "Structured interviews candidates actually enjoy\n"
        "Wednesday 10 December 2025, 3pm GMT / 10am EST\n\n"
        "You'll learn how to build interview scorecards, cut time-to-offer by a week, and write "
        f"rejection emails that keep your talent pool warm.{pad}\n\n"
        "Save your seat: https://www.pinpointhq.com/webinars/structured-interviews\n\n"
        "Pinpoint Software Ltd, 30 Great Pulteney St, London\n"
        "Unsubscribe: https://www.pinpointhq.com/unsubscribe?e=7f2d\n"
    )
    add(
        "vendor_mkt",
        "2025-12-02 15:00:00",
        "UTC",
        ("Pinpoint", "hello@pinpointhq.com"),
        "Webinar: structured interviews candidates actually enjoy",
        alt(
            text(body),
            html_part(
                card_html(
                    "Pinpoint",
                    body,
                    color="#ff5c35",
                    preheader="Cut time-to-offer by a week" + ZWNJ_PAD,
                )
            ),
        ),
        extra=unsub("https://www.pinpointhq.com/unsubscribe?e=7f2d") + BULK,
        kind="not_job",
        tags=[
            "vendor_marketing",
            "hard:ats_sender_not_event",
            "hard:boilerplate_interview",
            "hard:boilerplate_offer",
            "zero_width",
        ],
    )

    body = """\
SOLIDWORKS User Group Cork

New event: Generative design in practice

Thursday, 12 March 2026, 6:30 PM
Republic of Work, 12 South Mall, Cork

Three short talks from local engineers on using generative design and topology
optimisation on real production parts, followed by pizza and networking.
Bring your laptop if you'd like to follow along.

38 members are going. Will you attend?
RSVP: https://www.meetup.com/solidworks-cork/events/305117734/

You're receiving this email because you're a member of SOLIDWORKS User Group Cork.
Unsubscribe: https://www.meetup.com/account/comm/
"""
    add(
        "meetup",
        "2026-02-18 18:02:33",
        "UTC",
        ("Meetup", "info@meetup.com"),
        "New event: Generative design in practice - SOLIDWORKS User Group Cork",
        alt(text(body, cte="7bit"), html_part(card_html("Meetup", body, color="#f65858"))),
        extra=unsub("https://www.meetup.com/account/comm/") + BULK,
        kind="not_job",
        tags=["event"],
    )

    body = flow("""
Congratulations, Marta!

You've completed GD&T Fundamentals (ASME Y14.5-2018) and earned your certificate. Your
certificate is attached, and you can share it on your profile:
https://datumline.academy/certificates/DL-GDT-20260125-7731

Keep learning: Tolerance Stack-Up Analysis starts on 2 February.

DatumLine Academy
""")
    cert = fake_pdf(
        "DatumLine Academy - Certificate of Completion",
        ["Marta Wisniewska", "GD&T Fundamentals (ASME Y14.5-2018)", "25 January 2026"],
    )
    add(
        "certificate",
        "2026-01-25 12:15:48",
        "UTC",
        ("DatumLine Academy", "learn@datumline.academy"),
        "Congratulations, Marta! Your certificate is ready",
        mixed(
            both(body, brand="DatumLine Academy", color="#264653"),
            attachment("Certificate_GDT_Fundamentals.pdf", "application/pdf", cert),
        ),
        kind="not_job",
        tags=["course", "hard:congratulations_not_offer"],
    )

    body = flow("""
THE ENGINEERING BRIEF · Issue 212 · 25 October 2025

INTERVIEW: The engineer behind Ireland's first floating wind prototype

We sat down with the lead mechanical engineer of the Kinsale floating platform to talk about
mooring loads, Atlantic weather and why she almost turned down the offer to lead the project.

ALSO THIS WEEK

Medtech investment in the south-west reaches a record high, with four new facilities announced
for Cork and Limerick.

Hiring outlook: engineering employers expect to add 3,400 roles in 2026. Read our guide to
standing out in a competitive interview process.

Read online: https://engineeringbrief.ie/issues/212

You are receiving The Engineering Brief because you subscribed at engineeringbrief.ie.
Unsubscribe: https://engineeringbrief.ie/unsubscribe?u=mw-2231
""")
    add(
        "newsletter",
        "2025-10-25 07:00:00",
        "IE",
        ("The Engineering Brief", "editor@engineeringbrief.ie"),
        "Interview: the engineer behind Ireland's first floating wind prototype",
        both(body, brand="THE ENGINEERING BRIEF", color="#111111"),
        extra=unsub("https://engineeringbrief.ie/unsubscribe?u=mw-2231") + BULK,
        kind="not_job",
        tags=["newsletter", "hard:boilerplate_interview", "hard:boilerplate_offer"],
    )


THREADS = (
    kilbarry,
    brannock,
    nordvik,
    achtal,
    przystan,
    chantereine,
    ondarreta,
    valtrebbia,
    moinho,
    corrib,
    gaoth,
    tillman,
    quenby,
    lumora,
    skellig,
    ashgrove,
    fluvia,
    stonechat,
    dromana,
    windrose,
    castlemartyr,
    blackwater,
    ballyhoura,
    mizen,
    helix,
    keyline,
    pembroke,
    hanse,
    direct_outreach,
    gleann,
    clairvent,
    boards,
    money_and_life,
    social_and_personal,
    newsletters_and_events,
)


# --------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------


def build() -> dict[str, bytes]:
    """Return {relative path: bytes} for every output file."""
    MAILS.clear()
    _BY_SLUG.clear()
    for thread in THREADS:
        thread()
    ordered = sorted(MAILS, key=lambda m: (m.dt.astimezone(UTC), m.slug))
    ids = [m.msgid for m in ordered]
    assert len(set(ids)) == len(ids), "duplicate Message-ID"
    files: dict[str, bytes] = {}
    labels = []
    for n, mail in enumerate(ordered, 1):
        name = f"{n:04d}.eml"
        data, tags = render(mail)
        verify(mail, data)
        files[f"corpus/{name}"] = data
        labels.append(
            {
                "file": name,
                "kind": mail.kind,
                "company": mail.company,
                "role": mail.role,
                "requisition": mail.req,
                "language": mail.lang,
                "tags": tags,
            }
        )
    files["labels.jsonl"] = "".join(
        json.dumps(label, ensure_ascii=False) + "\n" for label in labels
    ).encode("utf-8")
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--check",
        action="store_true",
        help="compare with the files on disk and exit 1 if anything differs",
    )
    args = parser.parse_args(argv)
    files = build()
    if args.check:
        on_disk = {f"corpus/{p.name}" for p in CORPUS.glob("*.eml")}
        wanted = {k for k in files if k.startswith("corpus/")}
        problems = [f"missing: {k}" for k in sorted(wanted - on_disk)]
        problems += [f"unexpected: {k}" for k in sorted(on_disk - wanted)]
        for rel, data in files.items():
            path = HERE / rel
            if path.exists() and path.read_bytes() != data:
                problems.append(f"differs: {rel}")
            elif not path.exists() and rel == "labels.jsonl":
                problems.append(f"missing: {rel}")
        for line in problems:
            print(line, file=sys.stderr)
        if problems:
            return 1
        print(f"ok: {len(files) - 1} messages and labels.jsonl match")
        return 0
    CORPUS.mkdir(parents=True, exist_ok=True)
    for stale in CORPUS.glob("*.eml"):
        if f"corpus/{stale.name}" not in files:
            stale.unlink()
    for rel, data in files.items():
        (HERE / rel).write_bytes(data)
    print(f"wrote {len(files) - 1} messages and labels.jsonl")
    return 0


if __name__ == "__main__":
    sys.exit(main())
