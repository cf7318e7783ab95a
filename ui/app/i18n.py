"""Loading the shipped translations: French by default, English selectable."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ui.theme import resources_dir

SUPPORTED_LANGUAGES = ("fr", "en")

_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication, language: str) -> None:
    """Install our translation and Qt's own (standard buttons, dialogs) for `language`."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = language if language in SUPPORTED_LANGUAGES else "fr"
    if language == "fr":
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    if language == "en":
        return  # source strings are English
    ours = QTranslator(app)
    if ours.load(str(resources_dir() / "translations" / f"nomad_{language}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
