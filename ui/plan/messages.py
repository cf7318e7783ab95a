"""French sentences for what can go wrong on the plan page (file imports, exports)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.common.messages import error_message


def backdrop_message(exc: BaseException) -> str:
    code = getattr(exc, "code", "")
    messages = {
        "too_large": QCoreApplication.translate("PlanMessages", "This plan is too large to be opened safely (its declared size is out of proportion). The floor was not changed."),
        "unreadable": QCoreApplication.translate("PlanMessages", "This file is damaged or is not a plan image. The floor was not changed."),
        "unsupported": QCoreApplication.translate("PlanMessages", "This kind of file is not supported (or uses features refused for safety). Use PNG, JPEG, SVG, PDF or DXF. The floor was not changed."),
        "empty_render": QCoreApplication.translate("PlanMessages", "This file draws nothing once opened (SVG features that cannot be shown?). Export it again as PDF or PNG. The floor was not changed."),
        "dxf_unreadable": QCoreApplication.translate("PlanMessages", "This DXF file is damaged beyond repair. The floor was not changed."),
    }
    if code in messages:
        return messages[code]
    if isinstance(exc, OSError):
        return QCoreApplication.translate("PlanMessages", "The file could not be read: %1").replace("%1", exc.strerror or str(exc))
    return error_message(exc)
