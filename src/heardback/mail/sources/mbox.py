"""mbox files (Google Takeout, Thunderbird, Apple Mail exports, mutt ...), read in large blocks.

The file (or a Takeout zip member, as a stream) is read 4 MB at a time into a reused buffer.
Messages are found by searching it for ``"\\nFrom "`` with a compiled regular expression (C
speed, ~2.4 GB/s here); the Python code only runs once per message, never once per line.
(Memory-mapping saved ~5% of the reading time, but a file truncated by another program while
mapped -- mutt rewrites mbox files in place -- would kill the process with SIGBUS.)

A separator is a line starting with ``From `` that looks like an envelope line (``From sender
Wed Mar  6 18:55:27 2024``); when the file's first line does not look like that, any ``From ``
line after a blank line counts (the "loose" mode of minimal writers). Body lines quoted as
``>From `` (mboxrd, mboxo) are unquoted in :meth:`Entry.raw`, and the envelope line is not part
of the message.

``MessageRef.key`` is the byte offset of the message's envelope line, so a message keeps its key
however the file is split between processes. A big file splits into byte ranges that start on
separators; each range reads only its own bytes.
"""

from __future__ import annotations

import itertools
import os
import re
import zipfile
from collections.abc import Iterator
from typing import IO, Protocol, cast

from heardback.mail.model import MessageRef
from heardback.mail.sources import MAX_HEADER, Entry, MailSource, SourceReport, header_bounds

BLOCK = 4 * 1024 * 1024
#: byte ranges for parallel scanning are about this long
SPLIT_CHUNK = 32 * 1024 * 1024
#: a separator is only accepted this far from the end of the data read so far (so its line is
#: complete); at the end of the file everything counts
_MARGIN = 512

_STRICT = re.compile(
    rb"From \S+ +(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? |\d{4}-\d\d-\d\d|"
    rb"\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))"
)
_UNQUOTE = re.compile(rb"(?m)^>(>*From )")
_SEPARATOR = re.compile(rb"\nFrom ")
#: a strict separator found in one search (a literal prefix is searched ~1.6x faster by the
#: regex engine than by bytes.find, whose skip table suffers from the common trailing space)
_STRICT_SEPARATOR = re.compile(b"\n" + _STRICT.pattern)


class _Reader(Protocol):
    def readinto(self, buffer: memoryview, /) -> int | None: ...
    def read(self, size: int = -1, /) -> bytes: ...
    def seek(self, offset: int, whence: int = 0, /) -> int: ...
    def close(self) -> None: ...


def strict_from_line(line: bytes) -> bool:
    """Whether ``line`` looks like an mbox envelope line (sender and date)."""
    return _STRICT.match(line) is not None


_Buffer = bytearray | bytes


class _MboxEntry(Entry):
    __slots__ = ("_body", "_buf", "_end", "_name", "_offset", "_start")

    def __init__(
        self,
        name: str,
        offset: int,
        header: bytes,
        buf: _Buffer,
        start: int,
        body: int,
        end: int,
    ) -> None:
        self.header = header
        self._name = name
        self._offset = offset
        self._buf = buf
        self._start = start
        self._body = body
        self._end = end

    @property
    def ref(self) -> MessageRef:
        return MessageRef(self._name, str(self._offset))

    def raw(self) -> bytes:
        data = bytes(self._buf[self._start : self._end])
        if b">From " in data:
            data = _UNQUOTE.sub(rb"\1", data)
        return data

    def body_contains(self, needles: tuple[bytes, ...], limit: int) -> bool:
        stop = min(self._end, self._body + limit)
        return any(self._buf.find(n, self._body, stop) >= 0 for n in needles)

    def body_head(self, limit: int) -> bytes:
        return bytes(self._buf[self._body : min(self._end, self._body + limit)])


class _ReadWindow:
    """The part of ``[start, end)`` read so far, in a reused buffer."""

    def __init__(self, f: _Reader, start: int, end: int | None) -> None:
        self.f = f
        self.left = None if end is None else end - start
        self.array = bytearray(BLOCK)
        self.buf: _Buffer = self.array
        self.base = start  # file offset of buf[0]
        self.n = 0  # valid bytes in buf
        self.eof = False
        self._fill()

    def advance(self, keep: int) -> None:
        """Drop ``buf[:keep]``, read more."""
        buf = self.array
        n = self.n
        if keep > 0:
            buf[: n - keep] = buf[keep:n]
            n -= keep
            self.base += keep
        if n == len(buf):  # one message bigger than the buffer: grow
            bigger = bytearray(2 * len(buf))
            bigger[:n] = buf
            self.array = self.buf = bigger
        self.n = n
        self._fill()

    def _fill(self) -> None:
        buf = self.array
        want = len(buf) - self.n if self.left is None else min(len(buf) - self.n, self.left)
        got = 0
        if want > 0:
            with memoryview(buf) as view:
                got = self.f.readinto(view[self.n : self.n + want]) or 0
        self.n += got
        if self.left is not None:
            self.left -= got
        self.eof = got == 0 or self.left == 0


class MboxSource(MailSource):
    """One mbox file, or the byte range ``[start, end)`` of one (a piece made by :meth:`split`).

    ``member``: read the mbox stored under this name inside the zip archive ``path`` (a Google
    Takeout archive); such a source is read as a stream and does not split.
    """

    kind = "mbox"

    def __init__(
        self,
        path: str,
        *,
        start: int = 0,
        end: int | None = None,
        member: str | None = None,
        strict: bool | None = None,
        report: SourceReport | None = None,
    ) -> None:
        super().__init__(path, report)
        self.start = start
        self.end = end
        self.member = member
        self._strict = strict

    @property
    def name(self) -> str:
        return f"{self.path}!{self.member}" if self.member else self.path

    def size(self) -> int:
        try:
            if self.member:
                with zipfile.ZipFile(self.path) as archive:
                    return archive.getinfo(self.member).file_size
            total = self.end if self.end is not None else os.path.getsize(self.path)
            return max(0, total - self.start)
        except (OSError, KeyError, zipfile.BadZipFile):
            return 0

    def _open(self) -> _Reader:
        if self.member:
            archive = zipfile.ZipFile(self.path)
            try:
                return cast(_Reader, archive.open(self.member))
            finally:
                archive.close()  # the member stream keeps its own handle
        return open(self.path, "rb", buffering=0)

    def strict(self) -> bool:
        """Whether separators must look like envelope lines (decided by the first line)."""
        if self._strict is None:
            try:
                f = self._open()
                try:
                    first = f.read(1024)
                finally:
                    f.close()
            except (OSError, zipfile.BadZipFile, KeyError):
                first = b""
            first = first.lstrip(b"\r\n\t \xef\xbb\xbf")
            self._strict = not first.startswith(b"From ") or strict_from_line(first)
        return self._strict

    def entries(self) -> Iterator[Entry]:
        try:
            handle = self._open()
        except (OSError, zipfile.BadZipFile, KeyError, RuntimeError) as exc:
            self.report.defect(f"{self.name}: cannot read ({exc})")
            return
        try:
            yield from self._scan(handle)
        except (OSError, zipfile.BadZipFile, EOFError, RuntimeError) as exc:
            self.report.defect(f"{self.name}: read error ({exc}); the rest is skipped")
        finally:
            handle.close()

    def _window(self, f: _Reader) -> _ReadWindow:
        if self.start and not self.member:
            f.seek(self.start)
        return _ReadWindow(f, self.start, self.end)

    def _scan(self, f: _Reader) -> Iterator[Entry]:
        strict = self.strict()
        window = self._window(f)
        buf, base, n, eof = window.buf, window.base, window.n, window.eof
        pos = -1  # where the current message's envelope line starts (-1: none found yet)
        look = 0  # where to look for the next separator
        junk = False  # something else than mail before the first message
        begin = self.start - base  # where the range starts in the buffer
        at_start = True
        name = self.name
        while True:
            limit = n if eof else n - _MARGIN
            if pos < 0:  # the first separator (anything before it is not mail)
                pos = _first_separator(buf, begin, limit, strict, at_start=at_start)
                if pos < 0:
                    keep = n if eof else max(begin, n - _MARGIN - 8)
                    junk = junk or bool(bytes(buf[begin:keep]).strip())
                    if eof:
                        if junk:
                            self.report.defect(f"{name}: no 'From ' separator: not an mbox file")
                        return
                    window.advance(keep)
                    begin = base + keep - window.base  # the first byte not looked at yet
                    buf, base, n, eof = window.buf, window.base, window.n, window.eof
                    at_start = False
                    continue
                if junk or bytes(buf[begin:pos]).strip():
                    self.report.defect(f"{name}: something else than mail before the first message")
                look = pos + 1
            if strict:  # the usual case: one C iterator over the buffer's separators
                for m in _STRICT_SEPARATOR.finditer(buf, look - 1, limit + _MARGIN):
                    nxt = m.start() + 1
                    if nxt >= limit:
                        break  # its line may be incomplete: found again after the next read
                    yield self._entry(buf, base, pos, nxt, final=False)
                    pos = nxt
                    look = nxt + 1
            else:
                while True:
                    nxt = _next_separator(buf, look, limit, strict)
                    if nxt < 0:
                        break
                    yield self._entry(buf, base, pos, nxt, final=False)
                    pos = nxt
                    look = nxt + 1
            if eof:
                if pos < n:
                    yield self._entry(buf, base, pos, n, final=True)
                return
            look = max(look, limit - 6)
            window.advance(pos)  # keep the current message, read on
            shift = window.base - base
            buf, base, n, eof = window.buf, window.base, window.n, window.eof
            pos -= shift
            look -= shift

    def _entry(self, buf: _Buffer, base: int, pos: int, end: int, *, final: bool) -> Entry:
        eol = buf.find(b"\n", pos, end)
        start = end if eol < 0 else eol + 1
        stop = end
        if final and buf[end - 1] != 10:
            self.report.defect(f"{self.name}: message at offset {base + pos} is truncated")
        elif buf[stop - 2 : stop] == b"\n\n" and stop - 2 >= start:
            stop -= 1  # the blank line before the next envelope line
        elif buf[stop - 4 : stop] == b"\r\n\r\n" and stop - 4 >= start:
            stop -= 2
        header_end, body = header_bounds(buf, start, stop)
        header = bytes(buf[start : min(header_end, start + MAX_HEADER)])
        return _MboxEntry(self.name, base + pos, header, buf, start, body, stop)

    def split(self, parts: int, *, fine: bool = False) -> list[MailSource]:
        if self.member or parts < 2:
            return [self]
        chunk = max(1, SPLIT_CHUNK // 8 if fine else SPLIT_CHUNK)
        size = self.size()
        if size < 2 * chunk:
            return [self]
        strict = self.strict()
        stop = self.start + size
        cuts = [self.start]
        try:
            with open(self.path, "rb") as f:
                target = self.start + chunk
                while target < stop:
                    cut = _separator_at_or_after(f, target, stop, strict)
                    if cut < 0 or cut >= stop:
                        break
                    cuts.append(cut)
                    target = cut + chunk
        except OSError:
            return [self]
        cuts.append(stop)
        return [
            MboxSource(self.path, start=a, end=b, strict=strict, report=SourceReport())
            for a, b in itertools.pairwise(cuts)
            if b > a
        ]


def _is_separator(buf: bytes | _Buffer, line: int, strict: bool) -> bool:
    """Whether the ``From `` line starting at ``buf[line]`` (after a newline) separates messages."""
    if strict:
        return _STRICT.match(buf, line) is not None
    # loose: only after a blank line
    return buf[line - 2] == 10 or (line >= 3 and buf[line - 2] == 13 and buf[line - 3] == 10)


def _next_separator(buf: bytes | _Buffer, look: int, limit: int, strict: bool) -> int:
    """Start of the next separator line at or after ``look`` (before ``limit``), or -1."""
    at = look - 1
    if strict:
        m = _STRICT_SEPARATOR.search(buf, at, limit + _MARGIN)
        return m.start() + 1 if m is not None and m.start() < limit else -1
    while True:
        m = _SEPARATOR.search(buf, at, limit)
        if m is None:
            return -1
        at = m.start()
        if at >= 1 and _is_separator(buf, at + 1, strict):
            return at + 1
        at += 1


def _first_separator(
    buf: bytes | _Buffer, begin: int, limit: int, strict: bool, *, at_start: bool
) -> int:
    """The first separator at or after ``begin``; at the start of the file or range (``begin``)
    a ``From `` line needs no newline before it."""
    if at_start:
        lead = begin
        while lead < limit and buf[lead] in b"\r\n\t \xef\xbb\xbf":
            lead += 1
        if buf[lead : lead + 5] == b"From " and (not strict or _STRICT.match(buf, lead)):
            return lead
        return _next_separator(buf, lead + 1, limit, strict)
    return _next_separator(buf, max(begin, 1), limit, strict)


def _separator_at_or_after(f: IO[bytes], target: int, stop: int, strict: bool) -> int:
    """File offset of the first separator line starting at or after ``target``, or -1."""
    window = 1024 * 1024
    at = target
    while at < stop:
        f.seek(at - 3)
        data = f.read(min(window, stop - at) + 3 + _MARGIN)
        limit = len(data) if at + len(data) - 3 >= stop else len(data) - _MARGIN
        found = _next_separator(data, 3, limit, strict)
        if found >= 0:
            return at - 3 + found
        at += max(1, limit - 3 - 6)
        window *= 2
    return -1
