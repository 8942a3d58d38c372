"""Start the desktop application: QApplication, translations, the main window, the event loop."""

from __future__ import annotations

import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from .. import __version__
from ..paths import RESOURCES_DIR
from .common.garbage import collect_in_gui_thread
from .pages import icon

APP_NAME = "nn-playground"
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
#: Hangul fonts that come with each OS (on Linux: Noto CJK or Debian's fonts-nanum), best first.
HANGUL_FONTS = {
    "win32": ("Malgun Gothic", "Gulim"),
    "darwin": ("Apple SD Gothic Neo", "AppleGothic"),
    "linux": ("Noto Sans CJK KR", "NanumGothic", "NanumBarunGothic", "UnDotum"),
}


def install_translators(app: QApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Install the app's ``playground_<lang>.qm`` and Qt's own strings for the locale, when present.

    Without a matching file the app stays in English; that is not an error.
    """
    locale = locale or QLocale.system()
    installed = []
    for name, folder in (("playground", str(TRANSLATIONS_DIR)),
                         ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def use_hangul_font(app: QApplication, locale: QLocale | None = None,
                    platform: str = sys.platform) -> str | None:
    """For a Korean interface, make this OS's Hangul font the fallback of the application font, so
    Hangul never shows as boxes when the default font lacks it. Returns the family used, if any."""
    locale = locale or QLocale.system()
    if locale.language() != QLocale.Language.Korean:
        return None
    available = set(QFontDatabase.families())
    for family in HANGUL_FONTS.get(platform, HANGUL_FONTS["linux"]):
        if family in available:
            QFont.insertSubstitution(app.font().family(), family)
            return family
    return None


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with the names QSettings files are stored under, the icon and translations."""
    existing = QApplication.instance()
    if existing is not None:
        return existing
    app = QApplication([sys.argv[0], *(sys.argv[1:] if argv is None else argv)])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(icon("app"))
    install_translators(app)
    use_hangul_font(app)
    collect_in_gui_thread(app)
    return app


def create_main_window():
    """A main window on a fresh application state, its start model loading in the background
    (imported here: the state pulls in the engine)."""
    from .common.state import AppState
    from .main_window import MainWindow

    window = MainWindow(AppState())
    window.load_start_model()
    return window


def run(argv: list[str] | None = None) -> int:
    """Show the main window and run the event loop; returns the exit code.

    ``argv`` holds Qt options only (``-style fusion``...), without the program name.
    """
    app = create_application(argv)
    window = create_main_window()
    window.show()
    return app.exec()
