"""Errors of the sync engine, each with a stable `code` that the UI and the CLI turn into a sentence."""

from __future__ import annotations

from nomad_desktop.errors import NomadError


class SyncError(NomadError):
    code = "sync_error"
    #: True when trying again later may succeed (the outbox is kept either way).
    transient = False


class OfflineError(SyncError):
    """The server could not be reached (no network, refused, DNS)."""

    code = "sync_offline"
    transient = True


class DeadlineError(SyncError):
    """The server did not answer in time (read timeout or the per-request deadline)."""

    code = "sync_timeout"
    transient = True


class ServerBusyError(SyncError):
    """The server kept answering 429/5xx after every retry."""

    code = "sync_server_busy"
    transient = True


class TlsError(SyncError):
    """The server's certificate was refused (unknown authority, wrong host, expired)."""

    code = "sync_tls"


class ProxyAuthError(SyncError):
    code = "sync_proxy_auth"


class UnauthorizedError(SyncError):
    code = "sync_unauthorized"


class ForbiddenError(SyncError):
    code = "sync_forbidden"


class UpgradeRequiredError(SyncError):
    code = "sync_upgrade_required"


class BadAnswerError(SyncError):
    """The server's answer is malformed, truncated or too large; nothing of it was applied."""

    code = "sync_bad_answer"
    transient = True


class CursorExpiredError(SyncError):
    code = "sync_cursor_expired"


class SiteUnknownError(SyncError):
    code = "sync_site_unknown"


class SyncBusyError(SyncError):
    """Another synchronisation of the same site is running (this process or another)."""

    code = "sync_running"


class SyncCancelled(SyncError):
    code = "sync_cancelled"


class NotConfiguredError(SyncError):
    code = "sync_not_configured"


class KeyringUnavailableError(SyncError):
    """The machine has no usable keyring backend; a token is never stored in plain text instead."""

    code = "sync_no_keyring"


class BundleError(SyncError):
    """A bundle file was refused: `params["why"]` says why (tampered, replayed, wrong site…)."""

    code = "bundle_refused"
