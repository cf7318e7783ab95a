"""The access token in the operating system's keyring: the only module that imports keyring.

A machine without a real keyring backend gets a clear error; the token is never written
anywhere in plain text instead.
"""

from __future__ import annotations

import keyring
import keyring.errors

from sync.errors import KeyringUnavailableError

SERVICE = "NOMAD Desktop"
#: Backends that would lose the token or store it in clear: refused.
_REFUSED_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


def _account(server_url: str, site_code: str) -> str:
    return f"{server_url.rstrip('/')}|{site_code}"


def require_keyring() -> keyring.backend.KeyringBackend:
    """The usable keyring backend; KeyringUnavailableError when the machine has none."""
    backend = keyring.get_keyring()
    module = type(backend).__module__
    name = type(backend).__name__.lower()
    chained = getattr(backend, "backends", None)
    if module.startswith(_REFUSED_MODULES) or "plaintext" in name or (chained is not None and not chained):
        raise KeyringUnavailableError(f"no usable keyring backend ({module}.{type(backend).__name__})")
    return backend


def keyring_available() -> bool:
    try:
        require_keyring()
    except KeyringUnavailableError:
        return False
    return True


def store_token(server_url: str, site_code: str, token: str) -> None:
    """Keep `token` in the OS keyring for this server and site."""
    try:
        require_keyring().set_password(SERVICE, _account(server_url, site_code), token)
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailableError(type(exc).__name__) from exc


def load_token(server_url: str, site_code: str) -> str | None:
    try:
        return require_keyring().get_password(SERVICE, _account(server_url, site_code))
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailableError(type(exc).__name__) from exc


def forget_token(server_url: str, site_code: str) -> None:
    try:
        require_keyring().delete_password(SERVICE, _account(server_url, site_code))
    except keyring.errors.PasswordDeleteError:
        pass
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailableError(type(exc).__name__) from exc
