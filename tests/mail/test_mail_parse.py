"""Header-only parsing and the full parse: encodings, HTML, calendars, quotes and signatures."""

from __future__ import annotations

import base64
import quopri
import time
from collections.abc import Iterator
from datetime import datetime

import pytest

from heardback.mail.model import MessageRef, ParsedMail
from heardback.mail.parse import (
    clean_text,
    decode_words,
    html_to_text,
    parse_headers,
    parse_message,
    split_quoted,
    split_signature,
)

REF = MessageRef("test", "1")


@pytest.fixture
def berlin(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Local time is Europe/Berlin for the test (heardback's datetimes are naive local)."""
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def parse(raw: str | bytes) -> ParsedMail:
    data = raw.encode() if isinstance(raw, str) else raw
    return parse_message(REF, data)


# --- headers ---------------------------------------------------------------------------------


def test_encoded_words_and_folding() -> None:
    h = parse_headers(
        b"From: =?UTF-8?Q?Jos=C3=A9_Garc=C3=ADa?= <Jose.Garcia@Example.COM>\n"
        b"Subject: =?utf-8?B?SWhyZSBCZXdlcmJ1bmc=?=\n =?utf-8?q?_bei_M=C3=BCller?=\n"
        b'To: "Doe, Alex" <alex@example.org>, bob@example.net\n'
        b"Cc: =?iso-8859-1?q?J=FCrgen?= <j@example.de>\n"
        b"X-LinkedIn-Template: jobs_applicant_rejected\n"
    )
    assert h.from_name == "José García" and h.from_addr == "jose.garcia@example.com"
    assert h.subject == "Ihre Bewerbung bei Müller"  # adjacent encoded words join
    assert h.to == ("alex@example.org", "bob@example.net")
    assert h.cc == ("j@example.de",)
    assert h.extra == {"x-linkedin-template": "jobs_applicant_rejected"}


def test_decode_words_is_lenient() -> None:
    assert decode_words("=?utf-8?B?w6k=?=") == "é"
    assert decode_words("=?utf-8?B?w6k?=") == "é"  # missing padding
    assert decode_words("=?x-unknown?Q?caf=C3=A9?=") == "café"  # unknown charset: UTF-8 ...
    assert decode_words("=?x-klingon?Q?caf=E9?=") == "café"  # ... else Windows-1252
    assert decode_words("=?utf-8?q?=C3?= =?utf-8?q?=A9t=C3=A9?=") == "été"  # split character
    assert decode_words("plain =?bad") == "plain =?bad"
    assert decode_words("=?utf-8*en?Q?Hello?= world") == "Hello world"


def test_dates_become_naive_local_time(berlin: None) -> None:
    h = parse_headers(b"Date: Wed, 06 Mar 2024 18:55:26 +0000 (UTC)\n")
    assert h.date == datetime(2024, 3, 6, 19, 55, 26)
    h = parse_headers(b"Date: 6 Jul 2024 08:00 -0700\n")  # no weekday, no seconds
    assert h.date == datetime(2024, 7, 6, 17, 0)
    h = parse_headers(b"Date: Sat, 06 Jul 2024 08:00:00 PDT\n")  # named zone: slow path
    assert h.date == datetime(2024, 7, 6, 17, 0)


@pytest.mark.parametrize(
    "value", [b"yesterday", b"Mon, 32 Foo 2024 99:99:99 +0000", b"", b"Tue, 1 Jan 99999 0:0 +0000"]
)
def test_bad_dates_are_none(value: bytes) -> None:
    assert parse_headers(b"Date: " + value + b"\nSubject: x\n").date is None


def test_missing_headers_and_odd_forms() -> None:
    assert parse_headers(b"") == parse_headers(b"X-Nothing: here\n")
    h = parse_headers(b"from: bob@example.com (Bob Smith)\nMESSAGE-ID:  <abc@host> \n")
    assert (h.from_name, h.from_addr, h.message_id) == ("Bob Smith", "bob@example.com", "abc@host")
    h = parse_headers(b"From: Just A Name\nIn-Reply-To: <x@y>\nReferences: <a@b> <c@d>\n")
    assert (h.from_name, h.from_addr) == ("Just A Name", "")
    assert h.in_reply_to == "x@y" and h.references == ("a@b", "c@d")
    h = parse_headers(b'Subject: Caf\xe9 ole\r\nFrom: "Smith, J" <j@x.org>\r\n')  # raw latin-1
    assert h.subject == "Café ole" and h.from_name == "Smith, J"
    h = parse_headers("Subject: a\u200bb\n".encode())
    assert h.subject == "ab"


def test_bulk_and_calendar_headers() -> None:
    h = parse_headers(
        b"List-Unsubscribe: <mailto:u@x>\nPrecedence: Bulk\nAuto-Submitted: auto-generated\n"
        b'Content-Type: multipart/alternative;\n\tboundary="b1"\nList-Id: <news.example>\n'
    )
    assert h.list_unsubscribe and h.precedence == "bulk" and h.auto_submitted == "auto-generated"
    assert h.content_type == 'multipart/alternative; boundary="b1"'
    assert h.extra["list-id"] == "<news.example>"


def test_light_headers_skip_what_the_prefilter_does_not_read() -> None:
    block = (
        b"From: =?utf-8?q?Acme_Recruiting?= <jobs@acme.com>\nTo: d@e.f\nSender: x@ats.example\n"
        b"Date: Wed, 06 Mar 2024 18:55:26 +0000\nSubject: s\nReply-To: r@acme.com\n"
        b"List-Unsubscribe: <mailto:u@x>\nPrecedence: bulk\nAuto-Submitted: auto-replied\n"
        b"Content-Type: text/plain\nX-LinkedIn-Template: t\nList-Id: <l>\nX-Mailer: m\n"
    )
    light = parse_headers(block, light=True)
    full = parse_headers(block)
    for name in ("from_name", "from_addr", "reply_to", "subject", "list_unsubscribe",
                 "precedence", "auto_submitted", "content_type"):  # fmt: skip
        assert getattr(light, name) == getattr(full, name)
    assert light.extra == {k: v for k, v in full.extra.items() if k != "x-mailer"}
    assert light.date is None and light.to == () and full.to == ("d@e.f",)


# --- bodies ----------------------------------------------------------------------------------

HEAD = "From: Dana <dana@acme.com>\nTo: alex@example.org\nSubject: Hello\nMIME-Version: 1.0\n"


def test_html_only_message() -> None:
    html = (
        "<html><head><style>p{color:red}</style><title>T</title></head><body>"
        "<script>alert(1)</script><p>Hi&nbsp;Alex,</p><div>We&#39;d like to <b>talk</b>"
        " &amp; meet.</div><table><tr><td>Role</td><td>Engineer</td></tr></table>"
        '<p><a href="https://acme.greenhouse.io/schedule?x=1&amp;y=2">Pick a time</a></p>'
        "</body></html>"
    )
    mail = parse(HEAD + "Content-Type: text/html; charset=utf-8\n\n" + html)
    assert mail.html_only
    assert mail.text == "Hi Alex,\n\nWe'd like to talk & meet.\n\nRole Engineer\n\nPick a time"
    assert mail.links == ("https://acme.greenhouse.io/schedule?x=1&y=2",)


def test_multipart_prefers_plain_unless_it_is_a_stub() -> None:
    def message(plain: str) -> str:
        return (
            HEAD + 'Content-Type: multipart/alternative; boundary="b"\n\n--b\n'
            "Content-Type: text/plain\n\n" + plain + "\n--b\nContent-Type: text/html\n\n"
            "<p>The HTML version with the real content.</p>\n--b--\n"
        )

    assert parse(message("The plain version, complete.")).text == "The plain version, complete."
    stub = parse(message("View this email in your browser."))
    assert stub.text == "The HTML version with the real content." and not stub.html_only


def test_quoted_printable_latin1_and_base64_utf8() -> None:
    qp = quopri.encodestring("Grüße aus Köln – Ihre Bewerbung\n".encode("cp1252")).decode()
    mail = parse(
        HEAD + "Content-Type: text/plain; charset=ISO-8859-1\n"
        "Content-Transfer-Encoding: quoted-printable\n\n" + qp
    )
    assert mail.text == "Grüße aus Köln – Ihre Bewerbung"  # latin-1 label, cp1252 dash
    b64 = base64.encodebytes("Merci pour votre candidature à l'entretien.".encode()).decode()
    mail = parse(
        HEAD + 'Content-Type: multipart/mixed; boundary="m"\n\n--m\n'
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
        + b64
        + "--m--\n"
    )
    assert mail.text == "Merci pour votre candidature à l'entretien."


def test_unknown_charset_and_broken_base64_never_raise() -> None:
    mail = parse(
        HEAD + "Content-Type: text/plain; charset=x-klingon\nContent-Transfer-Encoding: base64\n\n"
        "SGVsbG8gd29ybGQ!!!\n"
    )
    assert mail.text.startswith("Hello world")
    assert "unknown charset x-klingon" in mail.defects


def test_attachments_are_listed_not_decoded() -> None:
    mail = parse(
        HEAD + 'Content-Type: multipart/mixed; boundary="m"\n\n--m\nContent-Type: text/plain\n\n'
        "See attached.\n--m\nContent-Type: application/pdf\n"
        "Content-Disposition: attachment; filename*=UTF-8''Lebenslauf%20J%C3%BCrgen.pdf\n"
        "Content-Transfer-Encoding: base64\n\nJVBERi0xLjQK\n--m\n"
        'Content-Type: image/png; name="=?utf-8?q?Caf=C3=A9.png?="\n'
        "Content-Transfer-Encoding: base64\n\niVBORw0KGgo=\n--m--\n"
    )
    assert mail.attachments == ("Lebenslauf Jürgen.pdf", "Café.png")
    assert mail.text == "See attached."
    assert len(mail.content_hash) == 64


def test_forwarded_message_attachment_goes_to_quoted() -> None:
    inner = "From: hr@acme.com\nSubject: Offer\n\nWe are pleased to offer you the role.\n"
    mail = parse(
        HEAD + 'Content-Type: multipart/mixed; boundary="m"\n\n--m\nContent-Type: text/plain\n\n'
        "FYI, see below.\n--m\nContent-Type: message/rfc822\n\n" + inner + "--m--\n"
    )
    assert mail.text == "FYI, see below."
    assert "pleased to offer you the role" in mail.quoted


ICS_NY = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
BEGIN:VTIMEZONE
TZID:America/New_York
BEGIN:STANDARD
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
TZOFFSETFROM:-0400
TZOFFSETTO:-0500
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
TZOFFSETFROM:-0500
TZOFFSETTO:-0400
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
DTSTART;TZID=America/New_York:20240312T100000
DTEND;TZID=America/New_York:20240312T104500
SUMMARY:Interview: Staff Engineer (Acme)
ORGANIZER;CN=Dana Lee:mailto:Dana@Acme.com
LOCATION:https://zoom.us/j/123
DESCRIPTION:Technical interview\\, 45 minutes
UID:abc@google.com
END:VEVENT
END:VCALENDAR
"""


def test_calendar_invitation_times_become_local(berlin: None) -> None:
    mail = parse(
        HEAD + 'Content-Type: multipart/mixed; boundary="m"\n\n--m\nContent-Type: text/plain\n\n'
        "Invitation\n--m\nContent-Type: text/calendar; charset=UTF-8; method=REQUEST\n\n"
        + ICS_NY
        + '--m\nContent-Type: application/ics; name="invite.ics"\n'
        'Content-Disposition: attachment; filename="invite.ics"\n\n' + ICS_NY + "--m--\n"
    )
    assert len(mail.calendar) == 1  # the inline part and the .ics attachment are one invite
    invite = mail.calendar[0]
    assert invite.method == "REQUEST" and invite.summary == "Interview: Staff Engineer (Acme)"
    # 10:00 in New York on 12 March 2024 (EDT, -4) is 15:00 in Berlin (CET, +1)
    assert invite.start == datetime(2024, 3, 12, 15, 0)
    assert invite.end == datetime(2024, 3, 12, 15, 45)
    assert invite.organizer == "dana@acme.com" and invite.location == "https://zoom.us/j/123"
    assert invite.description == "Technical interview, 45 minutes"
    assert mail.attachments == ("invite.ics",)


def test_calendar_in_utc_windows_zone_and_all_day(berlin: None) -> None:
    ics = (
        "BEGIN:VCALENDAR\nMETHOD:REQUEST\nBEGIN:VTIMEZONE\nTZID:Pacific Standard Time\n"
        "BEGIN:STANDARD\nDTSTART:16010101T020000\nTZOFFSETFROM:-0700\nTZOFFSETTO:-0800\n"
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11\nEND:STANDARD\nBEGIN:DAYLIGHT\n"
        "DTSTART:16010101T020000\nTZOFFSETFROM:-0800\nTZOFFSETTO:-0700\n"
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3\nEND:DAYLIGHT\nEND:VTIMEZONE\n"
        "BEGIN:VEVENT\nDTSTART;TZID=Pacific Standard Time:20240115T090000\n"
        "DURATION:PT30M\nSUMMARY:Phone screen\nEND:VEVENT\n"
        "BEGIN:VEVENT\nDTSTART:20240116T090000Z\nSUMMARY:UTC one\nEND:VEVENT\n"
        "BEGIN:VEVENT\nDTSTART;VALUE=DATE:20240117\nSUMMARY:All day\nEND:VEVENT\nEND:VCALENDAR\n"
    )
    mail = parse(HEAD + "Content-Type: text/calendar; method=REQUEST\n\n" + ics)
    first, second, third = mail.calendar
    assert first.start == datetime(2024, 1, 15, 18, 0)  # PST -8 -> CET +1
    assert first.end == datetime(2024, 1, 15, 18, 30)
    assert second.start == datetime(2024, 1, 16, 10, 0)
    assert third.start == datetime(2024, 1, 17, 0, 0)


def test_broken_calendar_is_a_defect() -> None:
    mail = parse(HEAD + "Content-Type: text/calendar\n\nBEGIN:VCALENDAR\nnot ical at all")
    assert mail.calendar == () and any(d.startswith("bad calendar") for d in mail.defects)


# --- quoted history and signatures -----------------------------------------------------------


@pytest.mark.parametrize(
    "attribution",
    [
        "On Wed, Mar 6, 2024 at 10:55 AM Jane Doe <jane@example.com> wrote:",
        "Am Mi., 6. März 2024 um 10:55 Uhr schrieb Jane Doe <jane@example.com>:",
        "Le mer. 6 mars 2024 à 10:55, Jane Doe <jane@example.com> a écrit :",
        "El mié, 6 mar 2024 a las 10:55, Jane Doe (<jane@example.com>) escribió:",
        "Em qua., 6 de mar. de 2024 às 10:55, Jane Doe <jane@example.com> escreveu:",
        "Op wo 6 mrt 2024 om 10:55 schreef Jane Doe <jane@example.com>:",
        "Il giorno mer 6 mar 2024 alle ore 10:55 Jane Doe <jane@example.com> ha scritto:",
        "Jane Doe <jane@example.com> schrieb am Mi., 6. März 2024, 10:55:",
    ],
)
def test_reply_attributions_in_seven_languages(attribution: str) -> None:
    text = f"Thanks, Tuesday works.\n\n{attribution}\n> Can you do Tuesday?\n> Dana\n"
    new, quoted = split_quoted(text)
    assert new == "Thanks, Tuesday works."
    assert quoted.startswith(attribution) and "Can you do Tuesday?" in quoted


def test_gmail_attribution_wrapped_over_two_lines() -> None:
    text = (
        "Sounds good.\n\nOn Wed, Mar 6, 2024 at 10:55 AM Jane Doe <\n"
        "jane@example.com> wrote:\n\n> x\n"
    )
    assert split_quoted(text)[0] == "Sounds good."


def test_outlook_block_and_original_message() -> None:
    text = (
        "Please find my answers below.\n\n________________________________\n"
        "From: Dana Lee <dana@acme.com>\nSent: Wednesday, March 6, 2024 10:55 AM\n"
        "To: Alex Doe <alex@example.org>\nSubject: RE: Interview\n\nCan you do Tuesday?\n"
    )
    new, quoted = split_quoted(text)
    assert new == "Please find my answers below." and quoted.startswith("______")
    text = "Ja, passt.\n\n-----Ursprüngliche Nachricht-----\nVon: Dana\nGesendet: Mittwoch\n"
    assert split_quoted(text) == (
        "Ja, passt.",
        "-----Ursprüngliche Nachricht-----\nVon: Dana\nGesendet: Mittwoch",
    )
    text = (
        "Zie hieronder.\n\nVan: Dana <d@acme.nl>\nVerzonden: woensdag 6 maart 2024 10:55\n"
        "Aan: Alex\nOnderwerp: Gesprek\n\nx"
    )
    assert split_quoted(text)[0] == "Zie hieronder."


def test_forwarded_message_keeps_the_new_text() -> None:
    text = (
        "FYI - they want to talk!\n\n---------- Forwarded message ---------\n"
        "From: Dana Lee <dana@acme.com>\nDate: Wed, Mar 6, 2024\nSubject: Interview\n\n"
        "We would like to invite you to an interview.\n"
    )
    new, quoted = split_quoted(text)
    assert new == "FYI - they want to talk!"
    assert "invite you to an interview" in quoted
    assert split_quoted("---------- Message transféré ---------\nDe : x\n\ncorps")[0] == ""


def test_interleaved_quote_lines_leave_the_answers() -> None:
    new, quoted = split_quoted("> When can you start?\nIn May.\n> Salary?\nLet's talk.")
    assert new == "In May.\nLet's talk." and quoted == "> When can you start?\n> Salary?"


def test_a_sentence_about_writing_is_not_an_attribution() -> None:
    text = "On the phone she wrote down my number and said:\nthe role is open."
    assert split_quoted(text) == (text, "")


def test_signatures() -> None:
    assert split_signature("Hi Alex,\nsee you.\n-- \nDana Lee\nRecruiter, Acme") == (
        "Hi Alex,\nsee you.",
        "-- \nDana Lee\nRecruiter, Acme",
    )
    assert split_signature("Works for me.\n\nSent from my iPhone") == (
        "Works for me.",
        "Sent from my iPhone",
    )
    text = (
        "Thank you for applying!\nWe will be in touch.\n\nBest regards,\nDana Lee\n"
        "Talent Acquisition | Acme GmbH\n+49 30 1234567"
    )
    body, signature = split_signature(text)
    assert body == "Thank you for applying!\nWe will be in touch."
    assert signature.startswith("Best regards,") and "Acme GmbH" in signature
    assert split_signature("Mit freundlichen Grüßen\nIhr Team")[1] == ""  # nothing before it
    long = "Thanks,\n" + "\n".join(f"line {i} of a long paragraph that goes on" for i in range(9))
    assert split_signature("Hello\n" + long)[1] == ""  # too much after a sign-off: not one


def test_full_message_with_reply_and_signature() -> None:
    mail = parse(
        HEAD + "Content-Type: text/plain; charset=utf-8\n\n"
        "Hi Alex,\u200b\u200b\n\nTuesday at 10 works.\n\nCheers,\nDana\n\n"
        "On Wed, Mar 6, 2024 at 10:55 AM Alex <alex@example.org> wrote:\n> How about Tuesday?\n"
    )
    assert mail.text == "Hi Alex,\n\nTuesday at 10 works."
    assert mail.signature == "Cheers,\nDana"
    assert mail.quoted.endswith("> How about Tuesday?")


def test_html_blockquote_is_quoted_history() -> None:
    text, _ = html_to_text(
        "<div>Yes!</div><div class=gmail_quote><div>On Wed, Jane wrote:</div>"
        "<blockquote>Are you <b>free</b>?<blockquote>deeper</blockquote></blockquote></div>"
    )
    assert split_quoted(clean_text(text))[0] == "Yes!"
    assert "> > deeper" in text


def test_clean_text() -> None:
    assert clean_text("a\u00a0b\u200c\u200dc\r\n\r\n\r\n\r\nd  e\t f \n") == "a bc\n\nd e f"


MULTIPARTS = [
    HEAD + 'Content-Type: multipart/alternative; boundary="b"\n\npreamble\n--b\n'
    "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
    "Gr=C3=BC=C3=9Fe\n--b\nContent-Type: text/html\n\n<p>x</p>\n--b--\nepilogue\n",
    (
        HEAD + 'Content-Type: multipart/mixed; boundary="outer"\n\n--outer\n'
        'Content-Type: multipart/alternative; boundary="inner"\n\n--inner\n'
        "Content-Type: text/plain\n\nHello\n--inner\nContent-Type: text/calendar\n\n"
        + ICS_NY
        + "--inner--\n--outer\nContent-Type: application/pdf; name=cv.pdf\n"
        "Content-Transfer-Encoding: base64\n\nJVBERi0x\n--outer\n"
        "Content-Type: message/rfc822\n\nSubject: fwd\n\nforwarded text\n--outer--\n"
    ).replace("\n", "\r\n"),
    HEAD + 'Content-Type: multipart/mixed; boundary="a"\n\n--a\nContent-Type: text/plain\n\n'
    "no closing delimiter\n",  # malformed: the email package decides
    HEAD + 'Content-Type: multipart/mixed; boundary="ab"\n\n--ab\n'
    'Content-Type: multipart/alternative; boundary="abc"\n\n--abc\nContent-Type: text/plain\n\n'
    "prefix boundaries\n--abc--\n--ab--\n",
]


@pytest.mark.parametrize("raw", MULTIPARTS)
def test_fast_multipart_split_agrees_with_the_email_package(
    raw: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import heardback.mail.parse as parse_module

    fast = parse(raw)
    monkeypatch.setattr(parse_module, "_fast_multipart", lambda *args: None)
    slow = parse(raw)
    assert (fast.text, fast.quoted, fast.calendar, fast.attachments, fast.html_only) == (
        slow.text,
        slow.quoted,
        slow.calendar,
        slow.attachments,
        slow.html_only,
    )
    assert fast.text
