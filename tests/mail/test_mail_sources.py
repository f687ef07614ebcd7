"""Mail sources: mbox (mboxrd quoting, truncation, garbage, windows and byte ranges), Maildir,
.eml folders, Apple Mail packages, Takeout folders and archives, detection, and the scan."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from heardback.mail.prefilter import load_prefilter
from heardback.mail.scan import scan
from heardback.mail.sources import MultiSource, looks_like_mail
from heardback.mail.sources import mbox as mbox_module
from heardback.mail.sources.detect import NotAMailbox, SourceKind, detect, open_source
from heardback.mail.sources.eml import EmlFolderSource, EmlxSource
from heardback.mail.sources.maildir import MaildirSource
from heardback.mail.sources.mbox import MboxSource

FIXTURES = Path(__file__).resolve().parent.parent / "data" / "mail" / "fixtures"


def message(i: int, subject: str = "", body: str = "", sender: str = "") -> bytes:
    subject = subject or f"Message {i}"
    sender = sender or f"person{i}@example.net"
    body = body or f"Body of message {i}.\n"
    return (
        f"From: P{i} <{sender}>\nTo: alex@example.org\nSubject: {subject}\n"
        f"Date: Wed, 06 Mar 2024 10:{i % 60:02d}:00 +0000\nMessage-ID: <m{i}@example.net>\n\n"
        f"{body}"
    ).encode()


def write_mbox(path: Path, messages: list[bytes]) -> list[int]:
    """An mboxrd file; returns the offsets of the envelope lines."""
    offsets = []
    with open(path, "wb") as f:
        for i, raw in enumerate(messages):
            offsets.append(f.tell())
            f.write(f"From sender{i}@example.net Wed Mar  6 10:00:00 2024\n".encode())
            quoted = b"\n".join(
                b">" + line if line.lstrip(b">").startswith(b"From ") else line
                for line in raw.split(b"\n")
            )
            f.write(quoted + (b"\n" if quoted.endswith(b"\n") else b"\n\n"))
    return offsets


# --- mbox ------------------------------------------------------------------------------------


def test_mbox_unquotes_from_lines_and_reports_a_truncated_last_message() -> None:
    source = MboxSource(str(FIXTURES / "mboxrd_truncated.mbox"))
    items = list(source)
    assert [ref.key for ref, _ in items] == ["0", "448", "737"]
    first = items[0][1]
    assert first.startswith(b"From: Acme Hiring Team")  # the envelope line is not the message
    assert b"\nFrom the team: good luck.\n" in first  # >From unquoted (mboxrd)
    assert b"\n>From nested quote\n" in first  # >>From loses one level
    assert b"\nFrom here on, an unquoted line (mboxo)\n" in first  # not a separator
    assert items[1][1].endswith(b"See you at 7.\n")  # the blank separator line is dropped
    assert items[2][1].endswith(b"an interv")  # truncated: yielded as it is
    assert source.report.defect_count == 1
    assert "truncated" in source.report.defects[0]


def test_mbox_entries_give_header_blocks_and_body_probes(tmp_path: Path) -> None:
    path = tmp_path / "box.mbox"
    write_mbox(path, [message(1, body="Hello\nContent-Type: text/calendar\n"), message(2)])
    entries = MboxSource(str(path)).entries()
    first = next(entries)
    assert first.header.startswith(b"From: P1") and first.header.endswith(b"<m1@example.net>\n")
    assert first.body_head(5) == b"Hello"
    assert first.body_contains((b"text/calendar",), 1000)
    assert not first.body_contains((b"text/calendar",), 5)
    assert first.ref.key == "0"
    second = next(entries)
    assert second.raw().startswith(b"From: P2") and second.ref.source == str(path)


def test_crlf_mbox(tmp_path: Path) -> None:
    raw = message(1).replace(b"\n", b"\r\n")
    path = tmp_path / "crlf.mbox"
    path.write_bytes(
        b"From a@b Mon Jan  1 00:00:00 2024\r\n"
        + raw
        + b"\r\n" * 2
        + b"From c@d Tue Jan  2 00:00:00 2024\r\n"
        + raw
    )
    items = list(MboxSource(str(path)))
    assert len(items) == 2
    entry = next(MboxSource(str(path)).entries())
    assert entry.header.endswith(b"<m1@example.net>\r\n")
    assert entry.body_head(4) == b"Body"


def test_loose_mode_for_envelope_lines_without_dates(tmp_path: Path) -> None:
    path = tmp_path / "loose.mbox"
    path.write_bytes(
        b"From alice\n" + message(1, body="Hi,\nFrom the start.\n") + b"\nFrom bob\n" + message(2)
    )
    items = list(MboxSource(str(path)))
    assert len(items) == 2  # "From the start." is not after a blank line
    assert b"From the start." in items[0][1]


@pytest.mark.parametrize(
    ("content", "messages", "defect"),
    [
        (b"", 0, None),
        (b"\n\n  \n", 0, None),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10, 0, "not an mbox"),
        (
            b"garbage line\nmore\n\nFrom a@b Mon Jan  1 00:00:00 2024\nSubject: x\n\nbody\n",
            1,
            "before",
        ),
    ],
)
def test_garbage_and_empty_files_never_raise(
    tmp_path: Path, content: bytes, messages: int, defect: str | None
) -> None:
    path = tmp_path / "odd.mbox"
    path.write_bytes(content)
    source = MboxSource(str(path))
    assert len(list(source)) == messages
    if defect is None:
        assert source.report.defect_count == 0
    else:
        assert defect in " ".join(source.report.defects)


def test_unreadable_mbox_is_a_defect(tmp_path: Path) -> None:
    source = MboxSource(str(tmp_path / "missing.mbox"))
    assert list(source) == []
    assert "cannot read" in source.report.defects[0]


def test_small_buffers_and_a_message_bigger_than_the_buffer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    messages = [message(i, body=("line of text\n" * (2000 if i == 3 else i + 1))) for i in range(9)]
    path = tmp_path / "box.mbox"
    offsets = write_mbox(path, messages)
    expected = list(MboxSource(str(path)))
    monkeypatch.setattr(mbox_module, "BLOCK", 4096)
    assert list(MboxSource(str(path))) == expected
    assert [int(ref.key) for ref, _ in expected] == offsets
    assert [raw for _, raw in expected] == messages


def test_split_into_byte_ranges_gives_the_same_messages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    messages = [message(i, body="text\n" * (i % 17 + 1)) for i in range(300)]
    path = tmp_path / "box.mbox"
    write_mbox(path, messages)
    whole = list(MboxSource(str(path)))
    monkeypatch.setattr(mbox_module, "SPLIT_CHUNK", 2000)
    monkeypatch.setattr(mbox_module, "BLOCK", 8192)
    pieces = MboxSource(str(path)).split(2)
    assert len(pieces) > 5
    assert [item for piece in pieces for item in piece] == whole


def test_takeout_zip_is_read_as_a_stream(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    archive = tmp_path / "takeout-20240306T000000Z-001.zip"
    mbox_bytes = (FIXTURES / "mboxrd_truncated.mbox").read_bytes()
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("Takeout/Mail/All mail Including Spam and Trash.mbox", mbox_bytes)
        z.writestr("Takeout/archive_browser.html", "<html></html>")
    monkeypatch.setattr(mbox_module, "BLOCK", 300)  # several refills of the read buffer
    detection = detect(archive)
    assert detection.kind == SourceKind.TAKEOUT_ZIP
    source = open_source(archive)
    items = list(source)
    direct = list(MboxSource(str(FIXTURES / "mboxrd_truncated.mbox")))
    assert [raw for _, raw in items] == [raw for _, raw in direct]
    assert [ref.key for ref, _ in items] == [ref.key for ref, _ in direct]
    assert items[0][0].source.endswith("!Takeout/Mail/All mail Including Spam and Trash.mbox")


# --- folders ---------------------------------------------------------------------------------


def test_maildir_keys_ignore_flags_and_tmp() -> None:
    source = MaildirSource(str(FIXTURES / "maildir"))
    items = list(source)
    assert [ref.key for ref, _ in items] == [
        "1709719200.M1P100.host",
        "1709805600.M2P100.host",
        ".Sent/1709892000.M4P100.host",
    ]
    assert all(b"still being delivered" not in raw for _, raw in items)
    assert source.report.skipped == 1  # .DS_Store


def test_eml_folder_skips_what_is_not_mail() -> None:
    source = EmlFolderSource(str(FIXTURES / "eml_folder"))
    items = list(source)
    assert [ref.key for ref, _ in items] == ["a.eml", "2024/b.eml"]
    assert items[1][1].startswith(b"From: Umbrella")  # the envelope line is removed
    # ._a.eml, logo.png (never opened), notes.txt, broken.eml, empty.eml
    assert source.report.skipped == 5
    assert sorted(d.rsplit("/", 1)[-1] for d in source.report.defects) == [
        "broken.eml: not a mail message",
        "empty.eml: not a mail message",
    ]


def test_apple_mail_package_with_emlx_files() -> None:
    source = EmlxSource(str(FIXTURES / "Apple.mbox"))
    items = list(source)
    assert [ref.key for ref, _ in items] == ["Messages/101.emlx", "Messages/102.partial.emlx"]
    for _, raw in items:
        assert raw.startswith(b"From: ") and b"<?xml" not in raw and raw.endswith(b"Thanks.\n")
    assert source.report.defect_count == 0


def test_big_eml_file_is_read_in_full_only_when_asked(tmp_path: Path) -> None:
    raw = message(1, body="x" * 200_000 + "\n")
    (tmp_path / "big.eml").write_bytes(raw)
    entry = next(EmlFolderSource(str(tmp_path)).entries())
    assert len(entry.body_head(10**9)) < 70_000
    assert entry.raw() == raw


def test_looks_like_mail() -> None:
    assert looks_like_mail(b"Received: from x\nSubject: hi\n\nbody")
    assert looks_like_mail(b"From a@b Mon Jan  1 00:00:00 2024\nFrom: a@b\n\n")
    assert not looks_like_mail(b"Call Dana back on Tuesday.\n")
    assert not looks_like_mail(b"key: value\nother: thing\n")  # YAML is not mail


# --- detection -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "kind", "count"),
    [
        ("mboxrd_truncated.mbox", SourceKind.MBOX, 3),
        ("maildir", SourceKind.MAILDIR, 3),
        ("eml_folder", SourceKind.EML_FOLDER, 2),
        ("Apple.mbox", SourceKind.APPLE_MBOX, 2),
        ("Exported.mbox", SourceKind.APPLE_MBOX, 1),
        ("Takeout", SourceKind.TAKEOUT, 2),
        ("Takeout/Mail/All mail Including Spam and Trash.mbox", SourceKind.TAKEOUT, 2),
        ("eml_folder/a.eml", SourceKind.EML_FILE, 1),
    ],
)
def test_detect_and_open(path: str, kind: SourceKind, count: int) -> None:
    assert detect(FIXTURES / path).kind == kind
    assert len(list(open_source(FIXTURES / path))) == count


def test_a_folder_mixing_everything(tmp_path: Path) -> None:
    for name in ("maildir", "Apple.mbox", "Takeout", "eml_folder"):
        shutil.copytree(FIXTURES / name, tmp_path / name)
    shutil.copy(FIXTURES / "mboxrd_truncated.mbox", tmp_path / "Inbox")  # no extension
    detection = detect(tmp_path)
    assert detection.kind == SourceKind.MIXED
    kinds = sorted({kind for kind, _ in detection.parts})
    assert kinds == sorted(
        {SourceKind.MAILDIR, SourceKind.APPLE_MBOX, SourceKind.TAKEOUT, SourceKind.MBOX,
         SourceKind.EML_FOLDER}
    )  # fmt: skip
    source = open_source(tmp_path)
    assert isinstance(source, MultiSource)
    assert len(list(source)) == 3 + 2 + 2 + 3 + 2
    assert source.report.skipped >= 5


def test_not_a_mailbox(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("nothing here\n")
    with pytest.raises(NotAMailbox, match="no mail found"):
        open_source(tmp_path)
    with pytest.raises(NotAMailbox, match="no such file"):
        open_source(tmp_path / "missing")
    assert detect(tmp_path / "notes.txt").kind == SourceKind.NOT_MAIL


# --- the scan --------------------------------------------------------------------------------


def _corpus(tmp_path: Path) -> Path:
    messages = []
    for i in range(400):
        if i % 23 == 0:
            messages.append(message(i, "Your application to Acme", sender="no-reply@hire.lever.co"))
        elif i % 31 == 0:
            messages.append(message(i, "Coffee?", body="About the Staff Engineer role at Acme.\n"))
        else:
            messages.append(message(i, "Weekly digest", body="Nothing to see.\n" * (i % 9 + 1)))
    path = tmp_path / "corpus.mbox"
    write_mbox(path, messages)
    return path


def test_parallel_scan_returns_what_the_serial_scan_returns(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _corpus(tmp_path)
    prefilter = load_prefilter()
    serial = scan(path, prefilter, workers=1)
    expected = [(m.ref, m.headers.subject, m.text) for m in serial]
    assert serial.stats.read == 400 and serial.stats.candidates == len(expected) == 18 + 12
    assert serial.stats.reasons == {"sender-domain": 18, "body": 12}
    monkeypatch.setattr(mbox_module, "SPLIT_CHUNK", 3000)
    parallel = scan(path, prefilter, workers=2, parallel_min_bytes=0)
    assert [(m.ref, m.headers.subject, m.text) for m in parallel] == expected
    assert parallel.stats.read == 400 and parallel.stats.parsed == len(expected)


def test_parallel_scan_of_a_maildir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from heardback.mail.sources import eml as eml_module

    for sub in ("cur", "new", "tmp"):
        (tmp_path / "md" / sub).mkdir(parents=True)
    for i in range(60):
        subject = "Votre candidature" if i % 4 == 0 else "Hello"
        (tmp_path / "md" / "cur" / f"{1700000000 + i}.M{i}.host:2,S").write_bytes(
            message(i, subject)
        )
    (tmp_path / "md" / "cur" / ".DS_Store").write_bytes(b"\x00")
    serial = scan(tmp_path / "md", workers=1)
    expected = [m.ref.key for m in serial]
    assert len(expected) == 15 and serial.stats.skipped == 1
    monkeypatch.setattr(eml_module, "SPLIT_FILES", 7)
    parallel = scan(tmp_path / "md", workers=2, parallel_min_bytes=0)
    assert [m.ref.key for m in parallel] == expected
    assert parallel.stats.skipped == 1 and parallel.stats.read == 60


def test_full_parse_of_everything_and_stats(tmp_path: Path) -> None:
    path = tmp_path / "box.mbox"
    write_mbox(path, [message(1), message(2)])
    with path.open("ab") as f:
        f.write(b"From x@y Mon Jan  1 00:00:00 2024\nSubject: cut")
    result = scan(path, full_parse_all=True, workers=1)
    mails = list(result)
    assert len(mails) == 3 and result.stats.parsed == 3 and result.stats.candidates == 3
    assert result.stats.defects == 1 and "truncated" in result.stats.defect_samples[0]
    assert mails[2].headers.subject == "cut"


def test_scan_can_stop_early(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _corpus(tmp_path)
    monkeypatch.setattr(mbox_module, "SPLIT_CHUNK", 2000)
    with scan(path, workers=2, parallel_min_bytes=0) as result:
        first = next(result)
    assert first.headers.subject == "Your application to Acme"


def test_fifos_and_sockets_in_a_folder_are_skipped(tmp_path: Path) -> None:
    import os

    shutil.copy(FIXTURES / "eml_folder" / "a.eml", tmp_path / "a.eml")
    os.mkfifo(tmp_path / "pipe.eml")  # opening it would block forever
    source = open_source(tmp_path)
    assert [ref.key for ref, _ in source] == ["a.eml"]
    assert EmlFolderSource(str(tmp_path)).listing() == ["a.eml"]
