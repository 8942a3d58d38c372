"""Start the desktop application: QApplication, translations, the main window, the event loop."""

from __future__ import annotations

import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from .. import __version__
from ..paths import RESOURCES_DIR
from .pages import icon

APP_NAME = "nn-playground"
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"


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
    return app


def create_main_window():
    """A main window on a fresh application state (imported here: the state pulls in the engine)."""
    from .main_window import MainWindow
    from .state import AppState

    return MainWindow(AppState())


def run(argv: list[str] | None = None) -> int:
    """Show the main window and run the event loop; returns the exit code.

    ``argv`` holds Qt options only (``-style fusion``...), without the program name.
    """
    app = create_application(argv)
    window = create_main_window()
    window.show()
    return app.exec()
