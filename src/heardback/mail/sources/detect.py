"""What kind of mailbox a path is, and the source that reads it.

Recognised: an mbox file (Thunderbird, mutt, Apple Mail export ...), a Google Takeout export (its
``.mbox`` files, in a ``Takeout/Mail`` folder or inside the Takeout ``.zip``), an Apple Mail
``.mbox`` package (a folder holding an ``mbox`` file, or ``Messages/*.emlx`` files), a Maildir
(``cur``/``new``/``tmp``, with Maildir++ subfolders), a folder of ``.eml`` files, a single
message file; and any folder mixing these (each part is read in turn). Files that are none of
these are skipped and counted.
"""

from __future__ import annotations

import enum
import os
import zipfile
from dataclasses import dataclass
from pathlib import Path

from heardback.errors import UserError
from heardback.mail.sources import MailSource, MultiSource, SourceReport, looks_like_mail
from heardback.mail.sources.eml import (
    MAIL_SUFFIXES,
    NOT_MAIL_SUFFIXES,
    EmlFileSource,
    EmlFolderSource,
    EmlxSource,
)
from heardback.mail.sources.maildir import MaildirSource, is_maildir
from heardback.mail.sources.mbox import MboxSource

_MBOX_SUFFIXES = (".mbox", ".mbx", ".mbs")


class NotAMailbox(UserError):
    """The path holds no mail heardback can read."""


class SourceKind(enum.StrEnum):
    MBOX = "mbox"
    TAKEOUT = "takeout"  # Google Takeout .mbox files in a folder
    TAKEOUT_ZIP = "takeout_zip"  # the Takeout archive itself
    APPLE_MBOX = "apple_mbox"  # an Apple Mail .mbox package (mbox file or .emlx messages)
    MAILDIR = "maildir"
    EML_FOLDER = "eml_folder"
    EML_FILE = "eml_file"
    MIXED = "mixed"  # a folder with several of the above
    NOT_MAIL = "not_mail"


@dataclass(frozen=True, slots=True)
class Detection:
    kind: SourceKind
    path: str
    #: what will be read: (kind, path); zip members as ``archive.zip!member``
    parts: tuple[tuple[SourceKind, str], ...] = ()
    #: files left out as not mail (counted while looking)
    skipped: int = 0


def detect(path: str | os.PathLike[str]) -> Detection:
    """What ``path`` is. Raises ``NotAMailbox`` when it does not exist."""
    return _plan(Path(path), SourceReport())[0]


def open_source(path: str | os.PathLike[str]) -> MailSource:
    """The source that reads every message under ``path``.

    Raises ``NotAMailbox`` (one clear sentence) when nothing there is mail.
    """
    report = SourceReport()
    sources = _plan(Path(path), report)[1]
    if not sources:
        raise NotAMailbox(f"{path}: no mail found (not an mbox, Maildir, .eml or Takeout export)")
    if len(sources) == 1:
        sources[0].report = report
        return sources[0]
    return MultiSource(str(path), sources, report)


def _plan(path: Path, report: SourceReport) -> tuple[Detection, list[MailSource]]:
    if not path.exists():
        raise NotAMailbox(f"{path}: no such file or folder")
    if path.is_file():
        kind, sources = _file(path, report)
        parts = tuple((kind, _name(s)) for s in sources)
        return Detection(kind, str(path), parts, report.skipped), sources
    parts_found: list[tuple[SourceKind, MailSource]] = []
    loose: list[str] = []
    for dirpath, dirnames, filenames in os.walk(path):
        here = Path(dirpath)
        dirnames.sort()
        if is_maildir(dirpath):
            parts_found.append((SourceKind.MAILDIR, MaildirSource(dirpath, report=report)))
            dirnames[:] = []
            continue
        if here.name.lower().endswith(".mbox"):  # an Apple Mail package
            parts_found.extend(_apple(here, report))
            dirnames[:] = []
            continue
        dirnames[:] = [d for d in dirnames if not d.startswith(".") or is_maildir(str(here / d))]
        for filename in sorted(filenames):
            file = here / filename
            lower = filename.lower()
            if lower.startswith(".") or not file.is_file():  # dot files, FIFOs, sockets
                report.skipped += 1
            elif lower.endswith(MAIL_SUFFIXES):
                loose.append(str(file.relative_to(path)).replace(os.sep, "/"))
            elif file.suffix.lower() in NOT_MAIL_SUFFIXES:
                report.skipped += 1
            else:  # no telling from the name: look inside
                head = _head(file)
                if lower.endswith(_MBOX_SUFFIXES) or _is_mbox(head):
                    kind = SourceKind.TAKEOUT if _in_takeout(file) else SourceKind.MBOX
                    parts_found.append((kind, MboxSource(str(file), report=report)))
                elif looks_like_mail(head):
                    loose.append(str(file.relative_to(path)).replace(os.sep, "/"))
                else:
                    report.skipped += 1
    if loose:
        eml = EmlFolderSource(str(path), loose, report)
        parts_found.append((SourceKind.EML_FOLDER, eml))
    kinds = {k for k, _ in parts_found}
    if not parts_found:
        kind = SourceKind.NOT_MAIL
    elif len(kinds) == 1:
        kind = kinds.pop()
    else:
        kind = SourceKind.MIXED
    parts = tuple((k, _name(s)) for k, s in parts_found)
    return Detection(kind, str(path), parts, report.skipped), [s for _, s in parts_found]


def _file(path: Path, report: SourceReport) -> tuple[SourceKind, list[MailSource]]:
    lower = path.name.lower()
    if lower.endswith(".zip") or zipfile.is_zipfile(path):
        try:
            with zipfile.ZipFile(path) as archive:
                members = [
                    i.filename
                    for i in archive.infolist()
                    if i.filename.lower().endswith(_MBOX_SUFFIXES) and not i.is_dir()
                ]
        except (zipfile.BadZipFile, OSError) as exc:
            raise NotAMailbox(f"{path}: not a readable zip archive ({exc})") from exc
        if not members:
            return SourceKind.NOT_MAIL, []
        sources: list[MailSource] = [
            MboxSource(str(path), member=m, report=report) for m in sorted(members)
        ]
        return SourceKind.TAKEOUT_ZIP, sources
    if lower.endswith(".emlx"):
        return SourceKind.EML_FILE, [EmlFileSource(str(path), report)]
    if _is_mbox(_head(path)):
        kind = SourceKind.TAKEOUT if _in_takeout(path) else SourceKind.MBOX
        return kind, [MboxSource(str(path), report=report)]
    try:
        with open(path, "rb") as f:
            head = f.read(64 * 1024)
    except OSError as exc:
        raise NotAMailbox(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    if looks_like_mail(head):
        return SourceKind.EML_FILE, [EmlFileSource(str(path), report)]
    return SourceKind.NOT_MAIL, []


def _apple(package: Path, report: SourceReport) -> list[tuple[SourceKind, MailSource]]:
    inner = package / "mbox"
    if inner.is_file():
        return [(SourceKind.APPLE_MBOX, MboxSource(str(inner), report=report))]
    return [(SourceKind.APPLE_MBOX, EmlxSource(str(package), report=report))]


def _head(path: Path) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read(16 * 1024)
    except OSError:
        return b""


def _is_mbox(head: bytes) -> bool:
    return head.lstrip(b"\r\n\t \xef\xbb\xbf").startswith(b"From ")


def _in_takeout(path: Path) -> bool:
    parts = [p.lower() for p in path.parts]
    return "takeout" in parts or path.name.lower().startswith("all mail including spam")


def _name(source: MailSource) -> str:
    return source.name if isinstance(source, MboxSource) else source.path
