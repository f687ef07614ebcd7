"""Garbage in, no exception out: splitting, header parsing and the full parse on random bytes and
mutated messages always finish and always return records."""

from __future__ import annotations

import tempfile
import time
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from heardback.mail.model import Headers, MessageRef, ParsedMail
from heardback.mail.parse import (
    html_to_text,
    parse_date,
    parse_headers,
    parse_message,
    split_quoted,
)
from heardback.mail.prefilter import load_prefilter
from heardback.mail.scan import check_entry
from heardback.mail.sources import BytesEntry, header_bounds
from heardback.mail.sources.mbox import MboxSource

FIXTURES = Path(__file__).resolve().parent.parent / "data" / "mail" / "fixtures"
REF = MessageRef("fuzz", "0")
PREFILTER = load_prefilter()
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

SEED_MESSAGES = [
    b"From: Dana <dana@acme.com>\nSubject: =?utf-8?q?Interview_=E2=9C=85?=\n"
    b'Date: Wed, 06 Mar 2024 10:00:00 +0000\nContent-Type: multipart/mixed; boundary="m"\n\n'
    b"--m\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
    b"Hi=20Alex,\n\nOn Tue, Mar 5, 2024 Alex wrote:\n> hi\n--m\n"
    b"Content-Type: text/calendar; method=REQUEST\n\nBEGIN:VCALENDAR\nBEGIN:VEVENT\n"
    b"DTSTART;TZID=Europe/Berlin:20240312T100000\nSUMMARY:Interview\nEND:VEVENT\nEND:VCALENDAR\n"
    b"--m\nContent-Type: message/rfc822\n\nSubject: inner\n\nforwarded\n--m--\n",
    b"Content-Type: text/html; charset=iso-8859-1\nContent-Transfer-Encoding: base64\n\n"
    b"PGh0bWw+PGJvZHk+PHA+SGFsbG8gPGI+V2VsdDwvYj48L3A+PC9ib2R5PjwvaHRtbD4=\n",
    (FIXTURES / "eml_folder" / "a.eml").read_bytes(),
]


def _mbox_messages(path: Path) -> list[tuple[MessageRef, bytes]]:
    source = MboxSource(str(path))
    items = list(source)
    assert source.report.defect_count >= 0
    return items


@FAST
@given(st.binary(max_size=3000))
def test_random_bytes_as_an_mbox(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "fuzz.mbox"
        path.write_bytes(data)
        for ref, raw in _mbox_messages(path):
            assert isinstance(raw, bytes) and ref.key.isdigit()


@FAST
@given(
    st.lists(
        st.one_of(
            st.sampled_from(
                [
                    b"From a@b Mon Jan  1 00:00:00 2024\n",
                    b"From \n",
                    b">From x\n",
                    b"\n",
                    b"Subject: s\n",
                    b"From: x@y\n",
                    b"\r\n",
                    b"body line\n",
                    b"From - Tue\n",
                ]
            ),
            st.binary(max_size=40),
        ),
        max_size=40,
    )
)
def test_mbox_made_of_separator_like_pieces(pieces: list[bytes]) -> None:
    data = b"".join(pieces)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "fuzz.mbox"
        path.write_bytes(data)
        items = _mbox_messages(path)
        # every message is a slice of the file (after unquoting): never invented bytes
        assert sum(len(raw) for _, raw in items) <= len(data)


@FAST
@given(st.binary(max_size=2000))
def test_header_parse_of_random_bytes(data: bytes) -> None:
    header_end, body = header_bounds(data, 0, len(data))
    assert 0 <= header_end <= body <= len(data)
    headers = parse_headers(data[:header_end])
    assert isinstance(headers, Headers)
    passed, reason = PREFILTER.check(headers)
    assert isinstance(passed, bool) and reason
    assert isinstance(PREFILTER.check_body(data[body:]), tuple)


@FAST
@given(st.text(max_size=600))
def test_header_parse_of_random_text_fields(text: str) -> None:
    block = "".join(
        f"{name}: {text}\n"
        for name in ("From", "To", "Subject", "Date", "Message-ID", "References")
    ).encode("utf-8", "surrogatepass")
    assert isinstance(parse_headers(block), Headers)


@FAST
@given(st.binary(max_size=4000))
def test_parse_message_of_random_bytes(data: bytes) -> None:
    mail = parse_message(REF, data)
    assert isinstance(mail, ParsedMail) and len(mail.content_hash) == 64


@FAST
@given(
    st.sampled_from(SEED_MESSAGES),
    st.lists(
        st.tuples(st.integers(0, 10**6), st.binary(max_size=8), st.integers(0, 8)), max_size=8
    ),
)
def test_parse_message_of_mutated_messages(
    seed: bytes, edits: list[tuple[int, bytes, int]]
) -> None:
    data = bytearray(seed)
    for at, insert, delete in edits:
        at %= len(data) + 1
        data[at : at + delete] = insert
    mail = parse_message(REF, bytes(data))
    assert isinstance(mail, ParsedMail)
    assert isinstance(mail.text, str) and isinstance(mail.calendar, tuple)


@FAST
@given(st.text(max_size=2000))
def test_text_helpers_never_raise(text: str) -> None:
    converted, links = html_to_text(text)
    assert isinstance(converted, str) and isinstance(links, list)
    new, quoted = split_quoted(text)
    assert isinstance(new, str) and isinstance(quoted, str)


def test_deeply_nested_multipart_is_a_defect() -> None:
    raw = b"".join(
        f'Content-Type: multipart/mixed; boundary="b{i}"\n\n--b{i}\n'.encode() for i in range(60)
    )
    mail = parse_message(REF, raw + b"Content-Type: text/plain\n\ndeep\n")
    assert isinstance(mail, ParsedMail)
    assert "MIME nesting too deep" in mail.defects or "deep" in mail.text


_LINES = st.one_of(
    st.sampled_from(["From the start", ">From quoted", "", "From x Mon Jan  1", "plain text"]),
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n"),
        max_size=30,
    ),
)


@FAST
@given(st.lists(st.lists(_LINES, max_size=12), min_size=1, max_size=12))
def test_mboxrd_round_trip_and_byte_ranges(bodies: list[list[str]]) -> None:
    from heardback.mail.sources import mbox as mbox_module

    messages = [
        (f"Subject: m{i}\n\n" + "".join(line + "\n" for line in body)).encode()
        for i, body in enumerate(bodies)
    ]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "rt.mbox"
        with open(path, "wb") as f:
            for raw in messages:
                f.write(b"From sender@example.com Wed Mar  6 10:00:00 2024\n")
                for line in raw.split(b"\n")[:-1]:
                    quoted = line.lstrip(b">").startswith(b"From ")
                    f.write((b">" if quoted else b"") + line + b"\n")
                f.write(b"\n")
        items = list(MboxSource(str(path)))
        assert [raw for _, raw in items] == messages
        old = mbox_module.SPLIT_CHUNK
        mbox_module.SPLIT_CHUNK = 64
        try:
            pieces = MboxSource(str(path)).split(2)
        finally:
            mbox_module.SPLIT_CHUNK = old
        assert [item for piece in pieces for item in piece] == items


@FAST
@given(
    st.datetimes(min_value=datetime(1971, 1, 2), max_value=datetime(2100, 1, 1)),
    st.integers(min_value=-14 * 60, max_value=14 * 60),
)
def test_fast_date_path_agrees_with_the_email_package(when: datetime, minutes: int) -> None:
    zone = timezone(timedelta(minutes=minutes))
    text = format_datetime(when.replace(microsecond=0, tzinfo=zone))
    expected = parsedate_to_datetime(text).astimezone().replace(tzinfo=None)
    assert parse_date(text) == expected


def test_check_entry_on_a_message_in_memory() -> None:
    raw = (
        b"From: Chris <chris@gmail.com>\nSubject: Coffee next week?\n"
        b"Content-Type: text/plain\n\nHey Alex, about the Staff Engineer role at Acme...\n"
    )
    entry = BytesEntry(REF, raw)
    assert check_entry(PREFILTER, entry, parse_headers(entry.header)) == (True, "body: role")


@pytest.mark.parametrize(
    "raw",
    [
        b"To: " + b"a" * 200_000 + b" @\nFrom: " + b"b" * 200_000 + b"@" + b"." * 100_000 + b"\n\n",
        b"Cc: " + b'"x, ' * 50_000 + b"\nSubject: " + b"=?utf-8?q?" * 20_000 + b"\n\n",
        b"Content-Type: text/html\n\n" + b"<script>" * 50_000 + b"<!--" * 50_000,
        b"Content-Type: text/html\n\n" + b"<a <p <div <blockquote " * 40_000,
        b"Content-Type: text/plain\n\n" + (b"x" * 100 + b":\n") * 20_000,
    ],
    ids=["addresses", "quotes-and-words", "unclosed-blocks", "unclosed-tags", "colon-lines"],
)
def test_hostile_input_is_linear(raw: bytes) -> None:
    started = time.perf_counter()
    mail = parse_message(REF, raw)
    assert isinstance(mail, ParsedMail)
    assert time.perf_counter() - started < 5  # quadratic patterns would take minutes
