"""French sentences for the sync engine's error codes and the reasons of refused changes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from nomad_desktop.errors import NomadError
from ui.common.messages import error_message


# lupdate only extracts literal QCoreApplication.translate(...) calls, hence the repetition.
def sync_error_message(exc: BaseException) -> str:
    """A sentence for any failure of a sync, falling back to the general messages."""
    code = getattr(exc, "code", "")
    messages = {
        "sync_offline": QCoreApplication.translate("SyncMessages", "The central server cannot be reached. Your changes are kept on this station and will be sent when the connection returns."),
        "sync_timeout": QCoreApplication.translate("SyncMessages", "The central server did not answer in time. Your changes are kept; the synchronisation will be tried again."),
        "sync_server_busy": QCoreApplication.translate("SyncMessages", "The central server is busy or failing. Your changes are kept; the synchronisation will be tried again."),
        "sync_tls": QCoreApplication.translate("SyncMessages", "The server's certificate was refused (unknown authority, wrong name or expired). Check the server address and the certificate file in the settings."),
        "sync_proxy_auth": QCoreApplication.translate("SyncMessages", "The proxy asks for a user name and password. Enter them in the proxy address of the settings."),
        "sync_unauthorized": QCoreApplication.translate("SyncMessages", "The server does not accept this station's credentials. Log in again."),
        "sync_forbidden": QCoreApplication.translate("SyncMessages", "Your account does not give access to this site."),
        "sync_upgrade_required": QCoreApplication.translate("SyncMessages", "This version of NOMAD Desktop is too old for the central server. Install the latest version."),
        "sync_bad_answer": QCoreApplication.translate("SyncMessages", "The server sent an incomplete or unreadable answer. Nothing of it was applied; your data is intact."),
        "sync_site_unknown": QCoreApplication.translate("SyncMessages", "The central server does not know this site code. Check the settings."),
        "sync_running": QCoreApplication.translate("SyncMessages", "A synchronisation is already running for this site."),
        "sync_cancelled": QCoreApplication.translate("SyncMessages", "Synchronisation cancelled. What was already received is kept."),
        "sync_not_configured": QCoreApplication.translate("SyncMessages", "Enter the server address and the site code first."),
        "sync_no_keyring": QCoreApplication.translate("SyncMessages", "This computer has no secure password store (keyring): the access token cannot be kept. Ask your support to enable one."),
        "bundle_refused": QCoreApplication.translate("SyncMessages", "This bundle file was refused: it is damaged, already imported, out of order or meant for another site."),
    }
    if isinstance(exc, NomadError) and code in messages:
        return messages[code]
    return error_message(exc)


def conflict_reason(reason: str) -> str:
    reasons = {
        "full": QCoreApplication.translate("SyncMessages", "Another booking took the place first"),
        "conflict": QCoreApplication.translate("SyncMessages", "Changed on both sides"),
        "deleted": QCoreApplication.translate("SyncMessages", "Deleted on the server while edited here"),
        "edited": QCoreApplication.translate("SyncMessages", "Edited on the server while deleted here"),
        "not_active": QCoreApplication.translate("SyncMessages", "The booking is no longer active"),
        "not_bookable": QCoreApplication.translate("SyncMessages", "The space can no longer be booked"),
        "space_deleted": QCoreApplication.translate("SyncMessages", "The space was deleted"),
        "forbidden": QCoreApplication.translate("SyncMessages", "Not allowed for your role"),
    }
    return reasons.get(reason, QCoreApplication.translate("SyncMessages", "Refused by the server"))
