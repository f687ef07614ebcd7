"""Maildir folders (``cur``, ``new``, ``tmp``), with Maildir++ subfolders (``.Sent``, ``.Archive``).

``tmp`` holds messages still being delivered and is never read. ``MessageRef.key`` is the file's
unique name without the ``new``/``cur`` folder and the ``:2,<flags>`` suffix, prefixed with the
Maildir++ subfolder (``.Sent/1700000000.M1P2.host``): reading a message or flagging it moves or
renames the file, but its key stays the same.
"""

from __future__ import annotations

import os

from heardback.mail.sources import SourceReport
from heardback.mail.sources.eml import FileListSource


def is_maildir(path: str) -> bool:
    """Whether ``path`` is a Maildir: two of ``cur``, ``new``, ``tmp`` (one of them cur/new)."""
    has = [os.path.isdir(os.path.join(path, sub)) for sub in ("cur", "new", "tmp")]
    return sum(has) >= 2 and (has[0] or has[1])


class MaildirSource(FileListSource):
    """A Maildir and its Maildir++ subfolders."""

    kind = "maildir"

    def __init__(
        self, root: str, names: list[str] | None = None, report: SourceReport | None = None
    ) -> None:
        super().__init__(root, names, report)

    def key(self, name: str) -> str:
        folder, _, filename = name.rpartition("/")
        unique = filename.split(":", 1)[0].split("!", 1)[0]  # ':2,S' (or '!2,S' on Windows)
        parent = folder.rpartition("/")[0]  # drop cur/new
        return f"{parent}/{unique}" if parent else unique

    def listing(self) -> list[str]:
        names: list[str] = []
        folders = [""]
        try:
            with os.scandir(self.path) as it:
                subs = sorted(e.name for e in it if e.is_dir() and e.name.startswith("."))
        except OSError as exc:
            self.report.defect(f"{self.path}: cannot list ({exc.strerror or exc})")
            return names
        folders += [s for s in subs if is_maildir(os.path.join(self.path, s))]
        for folder in folders:
            for sub in ("cur", "new"):
                rel = f"{folder}/{sub}" if folder else sub
                try:
                    with os.scandir(os.path.join(self.path, rel)) as it:
                        files = sorted(e.name for e in it if e.is_file())
                except FileNotFoundError:
                    continue
                except OSError as exc:
                    self.report.defect(f"{self.path}/{rel}: cannot list ({exc.strerror or exc})")
                    continue
                for filename in files:
                    if filename.startswith("."):
                        self.report.skipped += 1
                    else:
                        names.append(f"{rel}/{filename}")
        return names
