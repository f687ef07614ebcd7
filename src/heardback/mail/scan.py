"""The streaming scan: read every message's headers, prefilter, fully parse the candidates.

``scan(path, prefilter)`` returns an iterator of ``ParsedMail`` for the messages that pass the
prefilter, in mailbox order, with live counters in ``.stats``. Memory stays flat however big the
mailbox is: sources read in blocks, nothing accumulates raw messages, and the parallel path keeps
a small window of pieces in flight.

Parallel path (``workers >= 2`` and a big source): the source splits into independent pieces
(byte ranges of an mbox that start on a separator, slices of a Maildir's file list); worker
processes scan pieces and send back only the parsed candidates; the caller gets them piece by
piece, in order, so the output is identical to the serial scan.

``full_parse_all=True`` parses every message (the naive path, used to show that the prefilter
loses nothing).
"""

from __future__ import annotations

import binascii
import os
import re
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_all_start_methods, get_context
from multiprocessing.context import BaseContext
from pathlib import Path
from types import TracebackType
from typing import Any

from heardback.mail.headers import b64_lenient, parse_headers
from heardback.mail.model import Headers, MessageRef, ParsedMail
from heardback.mail.parse import parse_message
from heardback.mail.prefilter import CALENDAR_MARKERS, Prefilter
from heardback.mail.sources import MAX_DEFECTS, Entry, MailSource, header_bounds

_BOUNDARY = re.compile(r"""(?i)\bboundary\s*=\s*"?([^";\s]+)""")

#: sources smaller than this are scanned in this process (starting workers costs ~50 ms)
PARALLEL_MIN_BYTES = 64 * 1024 * 1024
#: how deep into a multipart body to look for a calendar part
CALENDAR_PROBE = 64 * 1024
#: how much of the body of person-written mail the prefilter reads (Prefilter.peeks)
BODY_PEEK = 1024
_WINDOW_PER_WORKER = 2


@dataclass(slots=True)
class ScanStats:
    read: int = 0  # messages seen
    candidates: int = 0  # passed the prefilter (every message with full_parse_all)
    parsed: int = 0  # fully parsed and returned
    defects: int = 0  # source defects + parsed messages that had defects
    skipped: int = 0  # files that are not mail
    #: why candidates passed: reason code ("subject", "sender-domain" ...) -> count
    reasons: dict[str, int] = field(default_factory=dict)
    #: the first few defect descriptions (source problems and per-message parse defects)
    defect_samples: list[str] = field(default_factory=list)

    def add_defect(self, text: str) -> None:
        self.defects += 1
        if len(self.defect_samples) < MAX_DEFECTS:
            self.defect_samples.append(text)

    def merge(self, other: ScanStats) -> None:
        self.read += other.read
        self.candidates += other.candidates
        self.parsed += other.parsed
        self.defects += other.defects
        self.skipped += other.skipped
        for code, count in other.reasons.items():
            self.reasons[code] = self.reasons.get(code, 0) + count
        room = MAX_DEFECTS - len(self.defect_samples)
        if room > 0:
            self.defect_samples.extend(other.defect_samples[:room])


class Scan(Iterator[ParsedMail]):
    """An iterator of parsed candidates with live ``stats``; ``close()`` stops the workers.

    ``analysis``: with an ``analyse`` function given to ``scan`` and a mailbox large enough for
    worker processes, what the workers made of each candidate, by message (``MessageRef``);
    the caller takes (pops) them as it reads the messages. Empty otherwise.
    """

    def __init__(
        self,
        stats: ScanStats,
        messages: Iterator[ParsedMail],
        analysis: dict[MessageRef, Any] | None = None,
    ) -> None:
        self.stats = stats
        self._messages = messages
        self.analysis: dict[MessageRef, Any] = analysis if analysis is not None else {}

    def __iter__(self) -> Scan:
        return self

    def __next__(self) -> ParsedMail:
        return next(self._messages)

    def close(self) -> None:
        close = getattr(self._messages, "close", None)
        if close is not None:
            close()

    def __enter__(self) -> Scan:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def scan(
    source: str | os.PathLike[str] | MailSource,
    prefilter: Prefilter | None = None,
    *,
    workers: int = 2,
    full_parse_all: bool = False,
    parallel_min_bytes: int | None = None,
    analyse: Callable[[list[ParsedMail]], list[Any]] | None = None,
) -> Scan:
    """Scan a mailbox (a path of any kind ``detect`` knows, or a source) for job-mail candidates.

    ``prefilter``: the default one (``data/prefilter.yaml``) when None. Raises ``UserError``
    only when the path is not a mailbox at all; problems inside it are counted in ``stats``.
    ``analyse``: a picklable function the worker processes also run on each piece's candidates
    (classification and extraction), so that work uses both cores; see ``Scan.analysis``.
    """
    if not isinstance(source, MailSource):
        from heardback.mail.sources.detect import open_source

        source = open_source(Path(source))
    if prefilter is None and not full_parse_all:
        from heardback.mail.prefilter import load_prefilter

        prefilter = load_prefilter()
    stats = ScanStats()
    pieces: list[MailSource] = [source]
    if parallel_min_bytes is None:
        parallel_min_bytes = PARALLEL_MIN_BYTES
    if workers > 1 and source.size() >= parallel_min_bytes:
        pieces = source.split(workers, fine=full_parse_all)
    # what the source met before reading (files skipped while looking, listing errors)
    stats.skipped += source.report.skipped
    for text in source.report.defects:
        stats.add_defect(text)
    stats.defects += source.report.defect_count - len(source.report.defects)
    if len(pieces) < 2:
        return Scan(stats, scan_source(source, prefilter, full_parse_all, stats))
    analysis: dict[MessageRef, Any] = {}
    messages = _parallel(pieces, prefilter, full_parse_all, workers, stats, analyse, analysis)
    return Scan(stats, messages, analysis)


def check_entry(prefilter: Prefilter, entry: Entry, headers: Headers) -> tuple[bool, str]:
    """The whole prefilter decision for one message: the headers, then (for mail that looks
    written by a person) a calendar part near the top of a multipart body, or job words in the
    first KB of the body. For a message already in memory (IMAP), use ``BytesEntry(ref, raw)``.
    """
    passed, reason = prefilter.check(headers)
    if passed or not prefilter.peeks(headers):
        return passed, reason
    multipart = "multipart/" in headers.content_type.lower()
    if multipart and entry.body_contains(CALENDAR_MARKERS, CALENDAR_PROBE):
        return True, "calendar: part in the body"
    return prefilter.check_body(body_sample(entry, headers, multipart))


def body_sample(entry: Entry, headers: Headers, multipart: bool) -> bytes:
    """The first ``BODY_PEEK`` bytes of a message's text, transfer encoding undone: of the first
    part of a multipart message (mail from people is mostly multipart/alternative with a
    quoted-printable or base64 plain part first), or of the body."""
    if not multipart:
        cte = headers.extra.get("content-transfer-encoding", "").lower()
        if cte not in ("base64", "quoted-printable"):
            return entry.body_head(BODY_PEEK)
        return _undo_cte(entry.body_head(BODY_PEEK * 2), cte)[:BODY_PEEK]
    head = entry.body_head(BODY_PEEK * 4)
    m = _BOUNDARY.search(headers.content_type)
    start = head.find(b"--" + m.group(1).encode("ascii", "replace")) if m else -1
    if start < 0:
        return head[:BODY_PEEK]
    start = head.find(b"\n", start) + 1
    part_end, body = header_bounds(head, start, len(head))
    part_headers = head[start:part_end].lower()
    end = head.find(b"\n--", body)  # the part ends at the next boundary line
    text = head[body : end if end >= 0 else len(head)]
    for cte in ("base64", "quoted-printable"):
        if b"content-transfer-encoding: " + cte.encode() in part_headers:
            return _undo_cte(text, cte)[:BODY_PEEK]
    return text[:BODY_PEEK]


def _undo_cte(data: bytes, cte: str) -> bytes:
    try:
        return b64_lenient(data) if cte == "base64" else binascii.a2b_qp(data)
    except (binascii.Error, ValueError):
        return data


def scan_source(
    source: MailSource, prefilter: Prefilter | None, full_parse_all: bool, stats: ScanStats
) -> Iterator[ParsedMail]:
    """The serial scan of one source in this process (what each worker runs on its pieces)."""
    report = source.report
    seen_defects = report.defect_count
    seen_samples = len(report.defects)
    seen_skipped = report.skipped
    if full_parse_all:
        prefilter = None
    # without known contacts the prefilter reads no To/Cc: the first look can be a light one
    light = prefilter is not None and not (prefilter.known_addresses or prefilter.known_domains)
    reasons = stats.reasons
    try:
        for entry in source.entries():
            stats.read += 1
            try:
                headers = parse_headers(entry.header, light=light)
                if prefilter is None:
                    passed, reason = True, "all: full parse"
                else:
                    passed, reason = check_entry(prefilter, entry, headers)
                if not passed:
                    continue
                stats.candidates += 1
                code = reason.split(":", 1)[0]
                reasons[code] = reasons.get(code, 0) + 1
                mail = parse_message(entry.ref, entry.raw(), None if light else headers)
            except Exception as exc:  # a bug must cost one message, not the mailbox
                stats.add_defect(f"{entry.ref.source}#{entry.ref.key}: {type(exc).__name__}")
                continue
            stats.parsed += 1
            if mail.defects:
                stats.add_defect(f"{mail.ref.source}#{mail.ref.key}: {', '.join(mail.defects)}")
            yield mail
    finally:
        stats.skipped += report.skipped - seen_skipped
        stats.defects += report.defect_count - seen_defects
        for text in report.defects[seen_samples:]:
            if len(stats.defect_samples) < MAX_DEFECTS:
                stats.defect_samples.append(text)


_worker_prefilter: Prefilter | None = None
_worker_analyse: Callable[[list[ParsedMail]], list[Any]] | None = None


def _init_worker(
    prefilter: Prefilter | None, analyse: Callable[[list[ParsedMail]], list[Any]] | None = None
) -> None:
    global _worker_prefilter, _worker_analyse
    _worker_prefilter = prefilter
    _worker_analyse = analyse


def _run_piece(
    piece: MailSource, full_parse_all: bool
) -> tuple[list[ParsedMail], ScanStats, list[Any] | None]:
    stats = ScanStats()
    try:
        mails = list(scan_source(piece, _worker_prefilter, full_parse_all, stats))
    except Exception as exc:  # pragma: no cover - scan_source catches per message
        stats.add_defect(f"{piece!r}: {type(exc).__name__}: {exc}")
        mails = []
    found = None
    if _worker_analyse is not None and mails:
        try:
            found = _worker_analyse(mails)
        except Exception:  # the main process analyses them instead
            found = None
    return mails, stats, found


def _context() -> BaseContext:
    """fork on Linux when it is safe (one thread: no lock can be held by a thread that is not
    copied); elsewhere forkserver or spawn (the caller's main module must then be importable
    without side effects, as always with multiprocessing)."""
    methods = get_all_start_methods()
    if sys.platform.startswith("linux") and "fork" in methods and threading.active_count() == 1:
        return get_context("fork")
    return get_context("forkserver" if "forkserver" in methods else "spawn")


def _parallel(
    pieces: list[MailSource],
    prefilter: Prefilter | None,
    full_parse_all: bool,
    workers: int,
    stats: ScanStats,
    analyse: Callable[[list[ParsedMail]], list[Any]] | None = None,
    analysis: dict[MessageRef, Any] | None = None,
) -> Iterator[ParsedMail]:
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=_context(),
        initializer=_init_worker,
        initargs=(prefilter, analyse),
    )
    todo = iter(pieces)
    pending: deque[
        tuple[MailSource, Future[tuple[list[ParsedMail], ScanStats, list[Any] | None]]]
    ] = deque()
    try:
        for piece in todo:
            pending.append((piece, pool.submit(_run_piece, piece, full_parse_all)))
            if len(pending) >= workers * _WINDOW_PER_WORKER:
                break
        while pending:
            piece, future = pending.popleft()
            nxt = next(todo, None)
            if nxt is not None:  # keep the workers busy while the caller reads this piece
                pending.append((nxt, pool.submit(_run_piece, nxt, full_parse_all)))
            try:
                mails, piece_stats, found = future.result()
            except Exception as exc:  # a worker died (killed, out of memory ...)
                stats.add_defect(f"{piece!r}: worker failed ({type(exc).__name__}: {exc})")
                continue
            stats.merge(piece_stats)
            if found is not None and analysis is not None and len(found) == len(mails):
                analysis.update((m.ref, f) for m, f in zip(mails, found, strict=True))
            yield from mails
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
