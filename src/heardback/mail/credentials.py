"""IMAP passwords: from the environment, else the OS keyring. Never a file, never the database.

Lookup order for mail account ``work-mail``:

1. ``HEARDBACK_IMAP_PASSWORD_WORK_MAIL`` (the account name upper-cased, every character other
   than A-Z and 0-9 replaced by ``_``);
2. ``HEARDBACK_IMAP_PASSWORD`` (handy with a single account);
3. the OS keyring (macOS Keychain, Windows Credential Locker, Secret Service on Linux desktops)
   through the ``keyring`` package, service ``heardback``, user name = the account name.

App passwords (Gmail, iCloud, Fastmail, Yahoo...) are just passwords here. Headless Linux usually
has no keyring backend: use the environment variables there. No function here logs or puts a
secret in an error message.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Mapping

from heardback.errors import UserError

log = logging.getLogger(__name__)

SERVICE = "heardback"
ENV_PREFIX = "HEARDBACK_IMAP_PASSWORD"


class CredentialsError(UserError):
    """No password for an account, or the keyring cannot be used."""


def env_var(account: str) -> str:
    """The environment variable holding the password of ``account``."""
    return f"{ENV_PREFIX}_{re.sub(r'[^A-Z0-9]', '_', account.upper())}"


def get_password(account: str, *, environ: Mapping[str, str] | None = None) -> str:
    """The password of mail account ``account`` (see the module doc for the lookup order)."""
    env = os.environ if environ is None else environ
    for name in (env_var(account), ENV_PREFIX):
        value = env.get(name)
        if value:
            log.debug("password for mail account %r from $%s", account, name)
            return value
    hint = (
        f"set {env_var(account)} (or {ENV_PREFIX}) in the environment, or store it in the "
        "keyring with `heardback mail password`"
    )
    import keyring
    import keyring.errors

    try:
        value = keyring.get_password(SERVICE, account)
    except keyring.errors.NoKeyringError:
        raise CredentialsError(
            f"No password for mail account {account!r}: this system has no keyring, so "
            f"set {env_var(account)} (or {ENV_PREFIX}) in the environment."
        ) from None
    except keyring.errors.KeyringError as exc:
        raise CredentialsError(
            f"Cannot read the password of mail account {account!r} from the keyring "
            f"({_reason(exc)}); unlock it, or {hint}."
        ) from None
    if not value:
        raise CredentialsError(f"No password stored for mail account {account!r}; {hint}.")
    log.debug("password for mail account %r from the keyring", account)
    return value


def store_password(account: str, password: str) -> None:
    """Save the password of ``account`` in the OS keyring (the only place heardback writes one)."""
    if not password:
        raise CredentialsError(f"Give a non-empty password for mail account {account!r}.")
    import keyring
    import keyring.errors

    try:
        keyring.set_password(SERVICE, account, password)
    except keyring.errors.NoKeyringError:
        raise CredentialsError(
            f"Cannot store the password of mail account {account!r}: this system has no keyring "
            f"(common on servers and headless Linux); set {env_var(account)} in the environment "
            "instead."
        ) from None
    except keyring.errors.KeyringError as exc:
        raise CredentialsError(
            f"Cannot store the password of mail account {account!r} in the keyring "
            f"({_reason(exc)}); set {env_var(account)} in the environment instead."
        ) from None
    log.info("stored the password of mail account %r in the keyring", account)


def delete_password(account: str) -> bool:
    """Remove the account's password from the keyring; false if there was none (or no keyring)."""
    import keyring
    import keyring.errors

    try:
        keyring.delete_password(SERVICE, account)
    except keyring.errors.PasswordDeleteError:
        return False
    except keyring.errors.NoKeyringError:
        return False
    except keyring.errors.KeyringError as exc:
        raise CredentialsError(
            f"Cannot remove the password of mail account {account!r} from the keyring "
            f"({_reason(exc)})."
        ) from None
    return True


def _reason(exc: BaseException) -> str:
    # a backend's message names the service and user at most; keep it short
    return (str(exc).strip().rstrip(".") or type(exc).__name__)[:200]
