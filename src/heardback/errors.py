"""Errors that are the user's to fix: the CLI prints one sentence and exits non-zero."""

from __future__ import annotations


class UserError(Exception):
    """Bad input or an impossible request: exit code 1."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFound(UserError):
    """An opportunity, contact or event that does not exist: exit code 1."""


class StoreUnavailable(UserError):
    """The database cannot be opened, is locked, or a path cannot be written: exit code 3."""

    exit_code = 3
