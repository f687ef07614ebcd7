"""Mail sources: where raw messages come from, read lazily and never all at once.

Every file source yields ``(MessageRef, raw bytes)`` pairs when iterated, and also offers a cheaper
``entries()`` view for the scan pipeline: an :class:`Entry` carries the message's header block
(bytes up to the first blank line) and reads the whole message only when asked, so a header-only
pass never copies bodies or attachments.

Sources never raise out of the iteration for bad input: truncated messages, garbage files, files
that are not mail and unreadable files are counted in the source's :class:`SourceReport`
(``defects`` keeps the first few descriptions) and iteration goes on with the next message.

Modules: ``mbox`` (mbox files, Google Takeout, Apple Mail export packages), ``maildir``,
``eml`` (folders of ``.eml`` / ``.emlx`` files), ``detect`` (what kind of path is this) and
``imap`` (a live IMAP account, a different interface).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from heardback.mail.model import MessageRef

#: how many defect descriptions a report keeps (the count goes on)
MAX_DEFECTS = 200
#: the header block handed to the header parser is cut here (a real one is a few KB)
MAX_HEADER = 256 * 1024

# The first line of a message file: a header field ("Name: value") or an mbox "From " line.
_FIELD_LINE = re.compile(rb"[!-9;-~]+[ \t]*:")
_MAILISH = re.compile(
    rb"(?im)^(?:from|subject|date|message-id|received|to|mime-version|return-path|delivered-to"
    rb"|content-type|reply-to|x-[a-z0-9-]+)[ \t]*:"
)


@dataclass(slots=True)
class SourceReport:
    """What a source met besides messages: defects and files skipped as not mail."""

    defect_count: int = 0
    skipped: int = 0  # files that are not mail (images, notes, plists ...)
    defects: list[str] = field(default_factory=list)

    def defect(self, text: str) -> None:
        self.defect_count += 1
        if len(self.defects) < MAX_DEFECTS:
            self.defects.append(text)

    def merge(self, other: SourceReport) -> None:
        self.defect_count += other.defect_count
        self.skipped += other.skipped
        room = MAX_DEFECTS - len(self.defects)
        if room > 0:
            self.defects.extend(other.defects[:room])


class Entry:
    """One message as the source sees it, before parsing.

    ``header`` is the header block (without the blank line that ends it). An entry from an mbox
    points into the reader's buffer: call :meth:`raw` / :meth:`body_contains` before asking the
    iterator for the next entry.
    """

    __slots__ = ("header",)

    def __init__(self, header: bytes) -> None:
        self.header = header

    @property
    def ref(self) -> MessageRef:
        """Where the message was read from (made on demand: most messages never need one)."""
        raise NotImplementedError

    def raw(self) -> bytes:
        """The whole message (envelope line and mbox quoting removed)."""
        raise NotImplementedError

    def body_contains(self, needles: tuple[bytes, ...], limit: int) -> bool:
        """Whether any of ``needles`` occurs in the first ``limit`` bytes of the body."""
        raise NotImplementedError

    def body_head(self, limit: int) -> bytes:
        """The first ``limit`` bytes of the body."""
        raise NotImplementedError


class BytesEntry(Entry):
    """An entry whose message is already in memory (a small file, a zip member)."""

    __slots__ = ("_body", "_data", "_ref")

    def __init__(self, ref: MessageRef, data: bytes) -> None:
        header_end, body = header_bounds(data, 0, len(data))
        super().__init__(data[: min(header_end, MAX_HEADER)])
        self._ref = ref
        self._data = data
        self._body = body

    @property
    def ref(self) -> MessageRef:
        return self._ref

    def raw(self) -> bytes:
        return self._data

    def body_contains(self, needles: tuple[bytes, ...], limit: int) -> bool:
        stop = min(len(self._data), self._body + limit)
        return any(self._data.find(n, self._body, stop) >= 0 for n in needles)

    def body_head(self, limit: int) -> bytes:
        return self._data[self._body : self._body + limit]


class MailSource:
    """A place that holds messages. Subclasses implement :meth:`entries`."""

    kind = "unknown"

    def __init__(self, path: str, report: SourceReport | None = None) -> None:
        self.path = path
        self.report = report if report is not None else SourceReport()

    def entries(self) -> Iterator[Entry]:
        raise NotImplementedError

    def __iter__(self) -> Iterator[tuple[MessageRef, bytes]]:
        for entry in self.entries():
            yield entry.ref, entry.raw()

    def size(self) -> int:
        """About how many bytes will be read (to decide whether splitting is worth it)."""
        return 0

    def split(self, parts: int, *, fine: bool = False) -> list[MailSource]:
        """Independent pieces that together yield exactly this source's messages, in order.

        Each piece can be sent to another process (pickled) and reads its own files. ``fine``:
        pieces 8x smaller (when every message is parsed and sent back, so that what is in
        flight stays small). A source that cannot be split returns ``[self]``.
        """
        return [self]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.path!r})"


class MultiSource(MailSource):
    """Several sources read one after the other (a Takeout folder, Maildir++ folders ...)."""

    kind = "multi"

    def __init__(self, path: str, sources: list[MailSource], report: SourceReport) -> None:
        super().__init__(path, report)
        self.sources = sources

    def entries(self) -> Iterator[Entry]:
        for source in self.sources:
            yield from source.entries()

    def size(self) -> int:
        return sum(s.size() for s in self.sources)

    def split(self, parts: int, *, fine: bool = False) -> list[MailSource]:
        return [piece for s in self.sources for piece in s.split(parts, fine=fine)]


def header_bounds(buf: bytes | bytearray, start: int, end: int) -> tuple[int, int]:
    """``(header_end, body_start)`` of the message in ``buf[start:end]``.

    The header block is ``buf[start:header_end]`` and keeps the newline of its last line; the
    body starts after the blank line. LF and CRLF line ends both work. Without a blank line
    the whole message is header (``header_end == body_start == end``).
    """
    if start < end and buf[start] in (10, 13):  # no headers at all: the body starts at once
        return start, start + (2 if buf[start : start + 2] == b"\r\n" else 1)
    lf = buf.find(b"\n\n", start, end)
    crlf = buf.find(b"\n\r\n", start, lf + 1 if lf >= 0 else end)
    if crlf >= 0:
        return crlf + 1, crlf + 3
    if lf >= 0:
        return lf + 1, lf + 2
    return end, end


def looks_like_mail(head: bytes) -> bool:
    """Whether a file that starts with ``head`` (a few KB) is an RFC 5322 message."""
    text = head.lstrip(b"\r\n\t \xef\xbb\xbf")
    if text.startswith(b"From "):  # an mbox-style envelope line before the headers
        text = text[text.find(b"\n") + 1 :] if b"\n" in text else b""
    return bool(_FIELD_LINE.match(text)) and _MAILISH.search(text[:MAX_HEADER]) is not None


def strip_envelope(data: bytes) -> bytes:
    """A message file that starts with an mbox ``From `` line, without that line."""
    if data.startswith(b"From "):
        cut = data.find(b"\n")
        return data[cut + 1 :] if cut >= 0 else b""
    return data


__all__ = [
    "BytesEntry",
    "Entry",
    "MailSource",
    "MultiSource",
    "SourceReport",
    "header_bounds",
    "looks_like_mail",
    "strip_envelope",
]
