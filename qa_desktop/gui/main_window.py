"""The main window: navigation on the left, one page at a time on the right."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStyle,
    QSystemTrayIcon,
    QWidget,
)

from qa_desktop import __version__
from qa_desktop.services import documents, reminders
from qa_desktop.services.context import ServiceError

from .forms.ui_main_window import Ui_MainWindow
from .report_actions import ask_and_generate, kind_title
from .session import SETTINGS, AppSession
from .views.audits_view import AuditsView
from .views.checklist_runner import ChecklistRunner
from .views.home_view import HomeView
from .views.measures_view import MeasuresView
from .views.nc_view import NonconformitiesView
from .views.programme_view import ProgrammeView
from .views.review_view import ReviewView
from .views.settings_view import SettingsView
from .views.surveys_view import SurveysView
from .views.templates_view import TemplatesView

WINDOW_SETTINGS = "window.ini"


class MainWindow(QMainWindow):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.home = HomeView(session)
        self.audits = AuditsView(session)
        self.ncs = NonconformitiesView(session)
        self.measures = MeasuresView(session)
        self.surveys = SurveysView(session)
        self.programme = ProgrammeView(session)
        self.reviews = ReviewView(session)
        self.templates = TemplatesView(session)
        self.settings_page = SettingsView(session)
        self.runner = ChecklistRunner(session)
        # Navigation order; the runner is reached from an audit, not from the list.
        self._pages: list[QWidget] = [
            self.home,
            self.audits,
            self.ncs,
            self.measures,
            self.surveys,
            self.programme,
            self.reviews,
            self.templates,
            self.settings_page,
        ]
        icons = [
            QStyle.StandardPixmap.SP_DirHomeIcon,
            QStyle.StandardPixmap.SP_FileDialogDetailedView,
            QStyle.StandardPixmap.SP_MessageBoxWarning,
            QStyle.StandardPixmap.SP_ArrowUp,
            QStyle.StandardPixmap.SP_DialogYesButton,
            QStyle.StandardPixmap.SP_FileDialogListView,
            QStyle.StandardPixmap.SP_DialogApplyButton,
            QStyle.StandardPixmap.SP_FileDialogContentsView,
            QStyle.StandardPixmap.SP_FileDialogInfoView,
        ]
        for page, icon in zip(self._pages, icons, strict=True):
            self.ui.pages.addWidget(page)
            self.ui.navList.addItem(QListWidgetItem(self.style().standardIcon(icon), ""))
        self.ui.pages.addWidget(self.runner)
        self._label_nav()
        self.ui.navList.currentRowChanged.connect(self._show_row)
        actions = [
            self.ui.actionHome,
            self.ui.actionAudits,
            self.ui.actionNonconformities,
            self.ui.actionMeasures,
            self.ui.actionSurveys,
            self.ui.actionProgramme,
            self.ui.actionReviews,
            self.ui.actionTemplates,
            self.ui.actionSettings,
        ]
        for row, action in enumerate(actions):
            action.triggered.connect(lambda _checked=False, r=row: self.ui.navList.setCurrentRow(r))
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionBackup.triggered.connect(self.backup_now)
        self.ui.actionAbout.triggered.connect(self._about)
        self.ui.actionGenerateDocument.triggered.connect(lambda: ask_and_generate(self, session))
        self._report_actions = []
        for kind in documents.KINDS:
            action = self.ui.menuReports.addAction(kind_title(kind, session.language) + "…")
            action.triggered.connect(lambda _c=False, k=kind: ask_and_generate(self, session, k))
            self._report_actions.append((kind, action))
        self.home.open_run.connect(self.open_run)
        self.home.open_nc.connect(self.open_nc)
        self.home.show_ncs.connect(self.show_ncs)
        self.home.open_review.connect(self.open_review)
        self.ncs.status_message.connect(self.statusBar().showMessage)
        self.audits.open_run.connect(self.open_run)
        self.runner.back.connect(lambda: self.ui.navList.setCurrentRow(1))
        self.runner.open_nc.connect(self.open_nc)
        self._status = QLabel()
        self.statusBar().addPermanentWidget(self._status)
        session.changed.connect(self._on_changed)
        self._update_status()
        self._restore()
        self.ui.navList.setCurrentRow(0)
        self.ui.noticeBar.hide()
        self.ui.noticeShowButton.clicked.connect(lambda: self.ui.navList.setCurrentRow(0))
        self.ui.noticeCloseButton.clicked.connect(self.ui.noticeBar.hide)
        self._tray: QSystemTrayIcon | None = None
        # After the window is up: the check reads the database and must not delay the first paint.
        QTimer.singleShot(0, self.notify_overdue)

    # --- navigation ------------------------------------------------------------------------

    def _label_nav(self) -> None:
        names = [
            self.tr("Home"),
            self.tr("Audits"),
            self.tr("Nonconformities"),
            self.tr("Measures"),
            self.tr("Surveys"),
            self.tr("Programme"),
            self.tr("Reviews"),
            self.tr("Templates"),
            self.tr("Settings"),
        ]
        for row, name in enumerate(names):
            self.ui.navList.item(row).setText(name)

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self._pages):
            page = self._pages[row]
            self.statusBar().clearMessage()  # the register's count belongs to the register
            self.ui.pages.setCurrentWidget(page)
            page.activate()

    def open_run(self, run_id: str) -> None:
        self.runner.load(run_id)
        self.ui.navList.blockSignals(True)
        self.ui.navList.setCurrentRow(1)  # the runner belongs to Audits
        self.ui.navList.blockSignals(False)
        self.ui.pages.setCurrentWidget(self.runner)

    def open_nc(self, number: str) -> None:
        self.ui.navList.setCurrentRow(2)
        self.ncs.show_nc(number)

    def open_review(self, number: str) -> None:
        self.ui.navList.setCurrentRow(self._pages.index(self.reviews))
        self.reviews.select_review(number)

    def show_ncs(self, preset: str) -> None:
        """The NC page filtered as a home counter says ("open" / "overdue")."""
        self.ui.navList.setCurrentRow(2)
        self.ncs.show_preset(preset)

    # --- window state ----------------------------------------------------------------------

    def _qsettings(self) -> QSettings:
        return QSettings(str(self.session.data_dir / WINDOW_SETTINGS), QSettings.Format.IniFormat)

    def _restore(self) -> None:
        stored = self._qsettings()
        geometry = stored.value("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = stored.value("state")
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Text still being typed (an answer's notes, an NC's root cause) is saved before closing.
        self.runner.flush()
        self.ncs.flush()
        self.surveys.flush()
        self.reviews.flush()
        stored = self._qsettings()
        stored.setValue("geometry", self.saveGeometry())
        stored.setValue("state", self.saveState())
        stored.sync()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._label_nav()
            for kind, action in self._report_actions:
                action.setText(kind_title(kind, self.session.language) + "…")
            self._update_status()
        super().changeEvent(event)

    def _on_changed(self, kind: str) -> None:
        if kind == SETTINGS:
            self._update_status()

    def _update_status(self) -> None:
        self._status.setText(
            self.tr("User: {user} · Data: {folder}").format(
                user=self.session.ctx.actor, folder=self.session.data_dir
            )
        )

    # --- reminders -------------------------------------------------------------------------

    def notify_overdue(self) -> str:
        """Tell the current user about their overdue items (offline: no e-mail, so here).

        A bar above the page always; a tray message as well where the desktop has a tray.
        Returns the text shown ("" when nothing is overdue).
        """
        try:
            mine = reminders.my_overdue(self.session.ctx)
        except ServiceError:
            return ""
        if not mine.count:
            self.ui.noticeBar.hide()
            return ""
        text = self.tr(
            "{user}, you have {ncs} overdue nonconformities and {actions} overdue corrective "
            "actions."
        ).format(
            user=self.session.ctx.actor,
            ncs=len(mine.overdue_ncs),
            actions=len(mine.overdue_actions),
        )
        if mine.overdue_review_actions:
            text += " " + self.tr("{count} of your management-review actions are overdue.").format(
                count=len(mine.overdue_review_actions)
            )
        self.ui.noticeLabel.setText(text)
        self.ui.noticeBar.show()
        if QSystemTrayIcon.isSystemTrayAvailable():
            if self._tray is None:
                self._tray = QSystemTrayIcon(self.windowIcon(), self)
                self._tray.messageClicked.connect(lambda: self.ui.navList.setCurrentRow(0))
            self._tray.show()
            self._tray.showMessage(
                self.tr("Overdue items"), text, QSystemTrayIcon.MessageIcon.Warning
            )
        return text

    # --- actions ---------------------------------------------------------------------------

    def backup_now(self) -> None:
        # One backup routine: the Settings page's (save dialog, background copy, where it went).
        self.settings_page.backup_now()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About qa-desktop"),
            self.tr(
                "qa-desktop {version}\nQuality assurance and internal audit for IT operations.\n"
                "Data folder: {folder}"
            ).format(version=__version__, folder=self.session.data_dir),
        )
