"""Folders of message files: ``.eml`` files (any depth) and Apple Mail ``.emlx`` files.

Each file is one message; ``MessageRef.key`` is its path relative to the folder (``/``
separators). Only the first 64 KB of a file is read for the header pass; the rest is read when
the message is a candidate. Files that are not mail (images, notes, property lists, AppleDouble
``._*`` files ...) are counted as skipped; a ``.eml`` file that is not mail is also a defect.

``.emlx`` (Apple Mail's storage): the first line is the message's length in bytes, then the
message, then an XML property list; ``.partial.emlx`` files lack attachment bodies.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from heardback.mail.model import MessageRef
from heardback.mail.sources import (
    MAX_HEADER,
    Entry,
    MailSource,
    SourceReport,
    header_bounds,
    looks_like_mail,
    strip_envelope,
)

HEAD = 64 * 1024
#: files listed per piece when a folder is split between processes
SPLIT_FILES = 4000
MAIL_SUFFIXES = (".eml", ".emlx")
#: never mail: counted as skipped without being opened
NOT_MAIL_SUFFIXES = frozenset(
    (
        ".png",
        ".jpg",
        ".jpeg",
        ".gif",
        ".webp",
        ".heic",
        ".bmp",
        ".tif",
        ".tiff",
        ".pdf",
        ".doc",
        ".docx",
        ".xls",
        ".xlsx",
        ".ppt",
        ".pptx",
        ".zip",
        ".gz",
        ".tgz",
        ".bz2",
        ".xz",
        ".7z",
        ".rar",
        ".plist",
        ".json",
        ".xml",
        ".csv",
        ".html",
        ".htm",
        ".js",
        ".css",
        ".ics",
        ".vcf",
        ".mp3",
        ".mp4",
        ".mov",
        ".wav",
        ".db",
        ".sqlite",
        ".sqlite3",
        ".toc",
        ".log",
        ".msf",
        ".dat",
        ".exe",
        ".dll",
        ".so",
        ".py",
        ".md",
    )
)


class FileEntry(Entry):
    """A message file; ``data`` holds its first bytes (all of it when ``complete``)."""

    __slots__ = ("_body", "_complete", "_data", "_emlx", "_path", "_ref")

    def __init__(self, ref: MessageRef, path: str, data: bytes, complete: bool, emlx: bool) -> None:
        header_end, body = header_bounds(data, 0, len(data))
        super().__init__(data[: min(header_end, MAX_HEADER)])
        self._ref = ref
        self._path = path
        self._data = data
        self._complete = complete
        self._body = body
        self._emlx = emlx

    @property
    def ref(self) -> MessageRef:
        return self._ref

    def raw(self) -> bytes:
        if self._complete:
            return self._data
        try:
            with open(self._path, "rb") as f:
                data = f.read()
        except OSError:
            return self._data  # the file went away: what was read is all there is
        return message_bytes(data, self._emlx)[0]

    def body_contains(self, needles: tuple[bytes, ...], limit: int) -> bool:
        stop = min(len(self._data), self._body + limit)
        return any(self._data.find(n, self._body, stop) >= 0 for n in needles)

    def body_head(self, limit: int) -> bytes:
        return self._data[self._body : self._body + limit]


def message_bytes(data: bytes, emlx: bool) -> tuple[bytes, str]:
    """``(message, defect)`` from a file's bytes (emlx framing and envelope line removed)."""
    defect = ""
    if emlx:
        eol = data.find(b"\n")
        count = data[:eol].strip() if eol >= 0 else b""
        if count.isdigit():
            body = data[eol + 1 :]
            size = int(count)
            if size > len(body):
                defect = "truncated .emlx"
            data = body[:size]
        else:
            defect = "no byte count on the first line of an .emlx file"
            plist = data.rfind(b"<?xml")
            data = data[eol + 1 : plist if plist > 0 else len(data)]
    return strip_envelope(data), defect


class FileListSource(MailSource):
    """Message files under ``root``: all of them (listed on first use) or the given ``names``."""

    kind = "eml"

    def __init__(
        self, root: str, names: list[str] | None = None, report: SourceReport | None = None
    ) -> None:
        super().__init__(root, report)
        self.names = names

    def key(self, name: str) -> str:
        return name

    def listing(self) -> list[str]:
        """The relative names of the files to read, in a stable order."""
        names: list[str] = []
        root = self.path
        for dirpath, dirnames, filenames in os.walk(root, onerror=self._walk_error):
            dirnames.sort()
            rel = os.path.relpath(dirpath, root)
            for filename in sorted(filenames):
                name = filename if rel == "." else f"{rel}/{filename}".replace(os.sep, "/")
                if self.wanted(name) and os.path.isfile(os.path.join(dirpath, filename)):
                    names.append(name)
                else:
                    self.report.skipped += 1
        return names

    def _walk_error(self, exc: OSError) -> None:
        self.report.defect(f"{self.path}: cannot list {exc.filename} ({exc.strerror})")

    def wanted(self, name: str) -> bool:
        base = name.rsplit("/", 1)[-1].lower()
        if base.startswith("."):  # .DS_Store, AppleDouble ._x.eml, editor swap files
            return False
        return Path(base).suffix not in NOT_MAIL_SUFFIXES

    def entries(self) -> Iterator[Entry]:
        names = self.names if self.names is not None else self.listing()
        for name in names:
            entry = self._read(name)
            if entry is not None:
                yield entry

    def _read(self, name: str) -> Entry | None:
        path = os.path.join(self.path, name)
        emlx = name.lower().endswith(".emlx")
        try:
            with open(path, "rb") as f:
                data = f.read(HEAD)
                complete = len(data) < HEAD
                if not complete and header_bounds(data, 0, len(data))[0] == len(data):
                    data += f.read()  # headers longer than the first read: take it all
                    complete = True
        except OSError as exc:
            self.report.defect(f"{path}: cannot read ({exc.strerror or exc})")
            return None
        message, defect = message_bytes(data, emlx)  # a head only, unless complete
        if defect and complete:
            self.report.defect(f"{path}: {defect}")
        if not looks_like_mail(message[:HEAD]):
            self.report.skipped += 1
            if name.lower().endswith(MAIL_SUFFIXES):
                self.report.defect(f"{path}: not a mail message")
            return None
        return FileEntry(MessageRef(self.path, self.key(name)), path, message, complete, emlx)

    def size(self) -> int:
        names = self.names if self.names is not None else self._cached_listing()
        return len(names) * 20_000  # a guess: only whether splitting pays off matters

    def _cached_listing(self) -> list[str]:
        if self.names is None:
            self.names = self.listing()
        return self.names

    def split(self, parts: int, *, fine: bool = False) -> list[MailSource]:
        names = self._cached_listing()
        step = max(1, SPLIT_FILES // 8 if fine else SPLIT_FILES)
        if parts < 2 or len(names) <= step:
            return [self]
        return [self._piece(names[i : i + step]) for i in range(0, len(names), step)]

    def _piece(self, names: list[str]) -> MailSource:
        return type(self)(self.path, names, SourceReport())


class EmlFolderSource(FileListSource):
    """A folder (searched to any depth) of ``.eml`` files and other message files."""

    kind = "eml"


class EmlxSource(FileListSource):
    """Apple Mail storage: ``.emlx`` files under an ``.mbox`` package's ``Messages`` folders."""

    kind = "emlx"

    def wanted(self, name: str) -> bool:
        return name.lower().endswith(".emlx") and super().wanted(name)


class EmlFileSource(FileListSource):
    """A single message file."""

    kind = "eml_file"

    def __init__(self, path: str, report: SourceReport | None = None) -> None:
        parent, name = os.path.split(os.path.abspath(path))
        super().__init__(parent, [name], report)
