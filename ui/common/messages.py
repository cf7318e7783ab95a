"""French (translated) sentences for the core's error codes: what a person reads when something fails."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from nomad_desktop.errors import NomadError


# lupdate only extracts literal QCoreApplication.translate(...) calls, hence no helper here.
def error_message(exc: BaseException) -> str:
    """A sentence a person understands, for any exception (details go to the log)."""
    if isinstance(exc, NomadError):
        p = exc.params
        messages = {
            "disk_full": QCoreApplication.translate("Messages", "The disk is full: the last change was not saved. Free some space, then try again. Your earlier data is intact."),
            "database_busy": QCoreApplication.translate("Messages", "The database is busy with another operation. Try again in a moment."),
            "database_corrupt": QCoreApplication.translate("Messages", "The site's data file is damaged. Restore the latest backup from the backups folder, or contact your support."),
            "instance_locked": QCoreApplication.translate("Messages", "NOMAD Desktop is already open on this computer with the same data folder. Switch to that window, or close it first."),
            "migration_failed": QCoreApplication.translate("Messages", "The site's data could not be upgraded to this version. A backup was made before the attempt; nothing was lost."),
            "not_found": QCoreApplication.translate("Messages", "This item no longer exists: it may have been deleted in the meantime."),
            "invalid": QCoreApplication.translate("Messages", "Some information is missing or incorrect: %1.").replace("%1", str(p.get("field", exc.detail))),
            "full": QCoreApplication.translate("Messages", "%1 is already fully booked for this period.").replace("%1", str(p.get("space", ""))),
            "not_bookable": QCoreApplication.translate("Messages", "%1 cannot be booked.").replace("%1", str(p.get("space", ""))),
            "out_of_service": QCoreApplication.translate("Messages", "%1 is out of service for this period (%2).").replace("%1", str(p.get("space", ""))).replace("%2", str(p.get("reason", ""))),
            "not_active": QCoreApplication.translate("Messages", "This booking is no longer active."),
            "space_deleted": QCoreApplication.translate("Messages", "This space has been deleted."),
            "badge_in_use": QCoreApplication.translate("Messages", "Badge %1 is already held by someone on site. Choose another badge.").replace("%1", str(p.get("badge", ""))),
            "watch_list_match": QCoreApplication.translate("Messages", "This name is on the site's watch list: %1").replace("%1", "; ".join(p.get("reasons", []))),
            "import_unreadable": QCoreApplication.translate("Messages", "This file cannot be imported: it is not a readable CSV or Excel (XLSX) list with the columns Nom and Date, or it is too large. Nothing was imported."),
        }
        if exc.code in messages:
            return messages[exc.code]
    return QCoreApplication.translate("Messages", "An unexpected error occurred. The details were written to the log file.")
