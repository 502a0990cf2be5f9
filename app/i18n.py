"""Language: Qt translators for our strings and Qt's own, and the language for data labels.

Source strings are English; ``resources/i18n/wagamachi_ja.ts`` holds the Japanese,
compiled to ``.qm`` by ``make translations``. Japanese is the default.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.paths import resource_path
from app.qt_gaps import QT_GAPS

LANGUAGES = ("ja", "en")
_CARRIED = QT_GAPS  # Qt texts our translation file answers for (app/qt_gaps.py)
DEFAULT_LANGUAGE = "ja"

_current = DEFAULT_LANGUAGE
_installed: list[QTranslator] = []


def current_language() -> str:
    """The language of the running UI, used to pick catalogue and status labels."""
    return _current


def install(app: QCoreApplication, language: str) -> bool:
    """Install the translators for ``language``; return False if ours could not be loaded."""
    global _current
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = language if language in LANGUAGES else DEFAULT_LANGUAGE
    QLocale.setDefault(
        QLocale(QLocale.Language.Japanese if _current == "ja" else QLocale.Language.English)
    )
    if _current == "en":
        return True
    ours = QTranslator(app)  # also answers for Qt's own untranslated texts (QT_GAPS)
    loaded = ours.load(str(resource_path("i18n", f"wagamachi_{_current}.qm")))
    if loaded:
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{_current}", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    return loaded
