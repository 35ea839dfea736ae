"""Start the desktop: one instance per data folder, fonts, language, database, main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QEventLoop, QLockFile, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from qa_desktop import __version__
from qa_desktop.services import demo, organisation
from qa_desktop.store.database import DatabaseUnusable

from . import fonts
from .dialogs.first_run import FirstRunDialog
from .i18n import Translations, pick, resolve_language
from .session import AppSession
from .workers import run_in_background

LOCK_NAME = "qa-desktop.lock"


def _application(argv: list[str]) -> QApplication:
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication([sys.argv[0], *argv])
    app.setApplicationName("qa-desktop")
    app.setOrganizationName("qa-desktop")
    app.setApplicationVersion(__version__)
    return app


def acquire_lock(data_dir) -> QLockFile | None:
    """The data folder's lock, or None when another qa-desktop holds it."""
    data_dir.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(data_dir / LOCK_NAME))
    lock.setStaleLockTime(0)  # a crashed instance's lock is stale at once (its pid is gone)
    return lock if lock.tryLock(200) else None


def _first_run(session: AppSession, rt) -> bool:
    dialog = FirstRunDialog(str(session.data_dir), rt.actor)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    session.set_user(dialog.user())
    if dialog.wants_demo():
        outcome: dict = {}
        loop = QEventLoop()

        def finish(key, value):
            outcome[key] = value
            loop.quit()

        run_in_background(
            None,
            lambda task: demo.load_demo(session.ctx),
            title=QCoreApplication.translate("FirstRunDialog", "Loading the demo year…"),
            on_done=lambda r: finish("ok", r),
            on_error=lambda e: finish("error", e),
            cancellable=False,
        )
        loop.exec()  # the main loop has not started yet; wait here with the GUI responsive
        if "error" in outcome:
            session.refuse(None, str(outcome["error"]))
            return False
        return True
    ok, _ = session.call(None, organisation.set_organisation, name=dialog.company())
    return ok


def run(rt, argv: list[str]) -> int:
    smoke = "--smoke" in argv
    qt_args = [a for a in argv if a != "--smoke"]
    app = _application(qt_args)
    lock = acquire_lock(rt.data_dir)
    translations = Translations()
    translations.install(resolve_language(rt.settings.language))
    if lock is None:
        message = app.translate(
            "app", "qa-desktop is already running with this data folder:\n{folder}"
        ).format(folder=rt.data_dir)
        print(f"qa-desktop: {message}", file=sys.stderr)
        if not smoke:
            QMessageBox.information(None, "qa-desktop", message)
        return 1
    fonts.register(app)
    try:
        ctx = rt.ctx
    except DatabaseUnusable as exc:
        text = pick(str(exc), translations.language)
        print(f"qa-desktop: {text}", file=sys.stderr)
        if not smoke:
            QMessageBox.critical(None, "qa-desktop", text)
        return 1
    session = AppSession(ctx, rt.data_dir, rt.settings, translations)
    if organisation.get_organisation(ctx) is None and not smoke and not _first_run(session, rt):
        return 0
    from .main_window import MainWindow

    window = MainWindow(session)
    window.show()
    if smoke:
        QTimer.singleShot(0, window.close)
    code = app.exec()
    lock.unlock()
    return code
