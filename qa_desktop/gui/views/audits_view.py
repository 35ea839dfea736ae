"""The Audits page: the year's audits, the selected audit's plan and its checklists.

An audit moves planned → in progress → reported → closed; only the next step's button is
enabled, and the service has the last word (its refusals are shown as they come).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QWidget,
)

from qa_desktop.domain.enums import (
    AUDIT_STATUS_LABELS,
    NC_STATUS_LABELS,
    PROCESS_LABELS,
    AuditStatus,
    NcStatus,
    Result,
)
from qa_desktop.services import audits, follow_ups
from qa_desktop.services.audits import AuditView
from qa_desktop.services.context import ServiceError

from ..dialogs.audit_dialog import WARNING_STYLE, AuditDialog
from ..forms.ui_audits_view import Ui_AuditsView
from ..models.audit_models import (
    ID_ROLE,
    SORT_ROLE,
    AuditsTableModel,
    ProgressDelegate,
    RunsTableModel,
)
from ..report_actions import generate, kind_title
from ..session import ALL, ANSWERS, AUDITS, NCS, TEMPLATES, AppSession
from .stale import StaleRefresh

# Kinds of change that alter what this page shows (progress counts answers, NC counts NCs).
_RELEVANT = {AUDITS, ANSWERS, NCS, TEMPLATES, ALL}
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class AuditsView(StaleRefresh, QWidget):
    open_run = Signal(str)  # a checklist run id

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = Ui_AuditsView()
        self.ui.setupUi(self)
        self.dialog: AuditDialog | None = None  # the open plan dialog (window-modal)
        self._audit: AuditView | None = None
        self._year: int | None = None
        self._year_chosen = False  # until the user picks, the current year is preferred
        self._stale = True
        self._selecting = False

        self.audits_model = AuditsTableModel(session, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.audits_model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortRole(SORT_ROLE)
        self.runs_model = RunsTableModel(session, self)
        self._set_up_tables()
        self._set_up_details()
        self._connect()
        self._retranslate_code()
        self._show_details(None)

    # --- set-up ----------------------------------------------------------------------------

    def _set_up_tables(self) -> None:
        ui = self.ui
        ui.auditsTable.setModel(self.proxy)
        ui.auditsTable.sortByColumn(AuditsTableModel.NUMBER, Qt.SortOrder.DescendingOrder)
        self._progress = ProgressDelegate(self)
        ui.auditsTable.setItemDelegateForColumn(AuditsTableModel.PROGRESS, self._progress)
        header = ui.auditsTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AuditsTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        ui.runsTable.setModel(self.runs_model)
        ui.runsTable.setItemDelegateForColumn(RunsTableModel.PROGRESS, self._progress)
        header = ui.runsTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RunsTableModel.TEMPLATE, QHeaderView.ResizeMode.Stretch)
        # A year holds a handful of audits: most of the height goes to the selected one.
        ui.mainSplitter.setStretchFactor(0, 2)
        ui.mainSplitter.setStretchFactor(1, 3)
        ui.mainSplitter.setSizes([200, 500])
        ui.lowerSplitter.setStretchFactor(0, 3)
        ui.lowerSplitter.setStretchFactor(1, 2)
        ui.auditsTable.installEventFilter(self)

    def _value_labels(self) -> list[QLabel]:
        ui = self.ui
        return [
            ui.objectivesValue,
            ui.processesValue,
            ui.departmentsValue,
            ui.criteriaValue,
            ui.teamValue,
            ui.datesValue,
            ui.meetingsValue,
            ui.clientValue,
            ui.methodValue,
            ui.locationsValue,
            ui.conclusionValue,
        ]

    def _set_up_details(self) -> None:
        ui = self.ui
        # User text is data: never let a title or objective be read as rich text.
        for label in [*self._value_labels(), ui.headingLabel, ui.warningLabel]:
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = ui.headingLabel.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        ui.headingLabel.setFont(font)
        ui.warningLabel.setStyleSheet(WARNING_STYLE)
        ui.emptyLabel.setEnabled(False)
        # A caption sits by the first line of a long value, not by its middle.
        form = ui.detailsForm
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and isinstance(item.widget(), QLabel):
                item.widget().setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # The plan reads as part of the group box, not as a separate grey panel.
        ui.detailsScroll.viewport().setAutoFillBackground(False)
        ui.detailsContents.setAutoFillBackground(False)

    def _connect(self) -> None:
        ui = self.ui
        ui.yearCombo.activated.connect(self._year_picked)
        ui.filterEdit.textChanged.connect(self._filter)
        ui.auditsTable.selectionModel().currentRowChanged.connect(self._audit_selected)
        ui.auditsTable.doubleClicked.connect(self.edit_audit)
        ui.runsTable.activated.connect(self._run_activated)
        ui.runsTable.selectionModel().currentRowChanged.connect(self._update_buttons)
        ui.newButton.clicked.connect(self.new_audit)
        ui.editButton.clicked.connect(self.edit_audit)
        ui.startButton.clicked.connect(self.start_audit)
        ui.reportButton.clicked.connect(self.report_audit)
        ui.closeAuditButton.clicked.connect(self.close_audit)
        self._documents_menu = QMenu(self)
        ui.documentsButton.setMenu(self._documents_menu)
        self._documents_menu.aboutToShow.connect(self._fill_documents_menu)
        ui.openRunButton.clicked.connect(self.open_selected_run)
        # Shortcuts in addition to the buttons' Alt mnemonics; live only while the page shows.
        QShortcut(QKeySequence("Ctrl+Shift+N"), self, self.new_audit)
        QShortcut(QKeySequence("Ctrl+E"), self, self.edit_audit)
        self.session.changed.connect(self._on_changed)
        # Without a Qt catalogue for a language no LanguageChange arrives; labels change anyway.
        self.session.language_changed.connect(self._relabel)

    # --- refreshing ------------------------------------------------------------------------

    def activate(self) -> None:
        self.refresh()

    def _on_changed(self, kind: str) -> None:
        if kind not in _RELEVANT:
            return
        self.mark_stale()

    def refresh(self, select_id: str | None = None) -> None:
        self._stale = False
        keep = select_id or (self._audit.id if self._audit else None)
        try:
            years = audits.audit_years(self.session.ctx)
        except ServiceError:
            years = []
        if not self._year_chosen:
            this_year = self.session.ctx.today().year
            self._year = this_year if this_year in years else None
        if self._year not in years:
            self._year = None
        self._load_audits()
        if select_id and self._year is not None and self.audits_model.row_of(select_id) < 0:
            self._year = None  # the audit just saved belongs to another year: show it
            self._load_audits()
        self._fill_years(years)
        self._select(keep)

    def _load_audits(self) -> None:
        try:
            self.audits_model.refresh(self._year)
        except ServiceError as exc:
            self.session.refuse(self, str(exc))

    def _fill_years(self, years: list[int]) -> None:
        combo = self.ui.yearCombo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All years"), None)
        for y in years:
            combo.addItem(str(y), y)
        combo.setCurrentIndex(max(combo.findData(self._year), 0))
        combo.blockSignals(False)

    def _year_picked(self, index: int) -> None:
        self._year_chosen = True
        self._year = self.ui.yearCombo.itemData(index)
        keep = self._audit.id if self._audit else None
        self._load_audits()
        self._select(keep)

    def _filter(self, text: str) -> None:
        keep = self._audit.id if self._audit else None
        self.proxy.setFilterFixedString(text.strip())
        self._select(keep)

    def _select(self, audit_id: str | None) -> None:
        table = self.ui.auditsTable
        row = self.audits_model.row_of(audit_id) if audit_id else -1
        index = self.proxy.mapFromSource(self.audits_model.index(row, 0)) if row >= 0 else None
        if index is None or not index.isValid():
            index = self.proxy.index(0, 0) if self.proxy.rowCount() else None
        if index is None:
            table.selectionModel().clear()
            self._show_details(None)
            return
        # The row may be the same as before, when currentRowChanged stays silent though the
        # data is new: select quietly, then load the details once.
        self._selecting = True
        try:
            table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        finally:
            self._selecting = False
        table.scrollTo(index)
        self._audit_selected(index)

    # --- the selected audit ----------------------------------------------------------------

    def selected_audit_id(self) -> str | None:
        index = self.ui.auditsTable.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def _audit_selected(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        if self._selecting:
            return
        audit_id = index.data(ID_ROLE) if index.isValid() else None
        audit = None
        if audit_id:
            try:
                audit = audits.get_audit(self.session.ctx, audit_id)
            except ServiceError as exc:
                self.session.refuse(self, str(exc))
        self._show_details(audit)

    def _show_details(self, audit: AuditView | None) -> None:
        ui = self.ui
        self._audit = audit
        ui.emptyLabel.setVisible(audit is None)
        ui.detailsScroll.setVisible(audit is not None)
        ui.headingLabel.setVisible(audit is not None)
        self.runs_model.load(audit.id if audit else None)
        if self.runs_model.rowCount():
            ui.runsTable.selectRow(0)
        self._fill_details()
        self._update_buttons()

    def _fill_details(self) -> None:
        ui, a = self.ui, self._audit
        if a is None:
            ui.warningLabel.hide()
            ui.runsHint.clear()
            return
        status = self.session.label(AUDIT_STATUS_LABELS, a.status)
        ui.headingLabel.setText(
            self.tr("{number} {title} — {status}").format(
                number=a.number, title=a.title, status=status
            )
        )
        if a.warnings:
            lines = [self.tr("Auditor independence:")]
            lines += [f"• {self.session.text(w)}" for w in a.warnings]
            ui.warningLabel.setText("\n".join(lines))
        ui.warningLabel.setVisible(bool(a.warnings))
        none = self.tr("—")
        ui.objectivesValue.setText(a.objectives or none)
        ui.processesValue.setText(
            "\n".join(f"{p} {self.session.label(PROCESS_LABELS, p)}" for p in a.scope_processes)
            or none
        )
        sep = ", " if self.session.language.startswith("en") else "、"
        ui.departmentsValue.setText(sep.join(d.name for d in a.scope_departments) or none)
        ui.criteriaValue.setText(a.criteria or none)
        lead = a.lead_auditor.name if a.lead_auditor else none
        team = sep.join(t.name for t in a.team)
        ui.teamValue.setText(
            self.tr("{lead} (lead); {team}").format(lead=lead, team=team)
            if team
            else self.tr("{lead} (lead)").format(lead=lead)
        )
        ui.datesValue.setText(
            self.tr("{start} to {end}").format(
                start=_day(a.planned_start) or none, end=_day(a.planned_end) or none
            )
        )
        ui.meetingsValue.setText(
            self.tr("Opening {opening}; closing {closing}").format(
                opening=_moment(a.opening_meeting_at) or none,
                closing=_moment(a.closing_meeting_at) or none,
            )
        )
        ui.clientValue.setText(a.client or none)
        ui.methodValue.setText(a.method or none)
        ui.locationsValue.setText(a.locations or none)
        ui.conclusionValue.setText(a.conclusion or none)
        ui.followUpsValue.setText(self._follow_up_text(a.number) or none)
        if self.runs_model.rowCount():
            ui.runsHint.setText(self.tr("Double-click or press Enter to answer a checklist."))
        else:
            ui.runsHint.setText(self.tr("No checklists yet: start them with Edit…"))

    def _follow_up_text(self, number: str) -> str:
        ok, items = self.session.call(self, follow_ups.list_follow_ups, number)
        if not ok:
            return ""
        done = {
            Result.CONFORM: self.tr("corrected"),
            Result.NONCONFORM: self.tr("not corrected"),
            Result.NOT_APPLICABLE: self.tr("n/a"),
        }
        lines = []
        for f in items:
            status = self.session.label(NC_STATUS_LABELS, NcStatus(f.nc_status))
            found = done.get(Result(f.result), self.tr("to check"))
            lines.append(f"{f.nc_number} · {f.department} · {status} · {found}")
        return "\n".join(lines)

    AUDIT_DOCUMENTS = ("audit-plan", "checklist-blank", "checklist", "nc-register", "audit-report")

    def _fill_documents_menu(self) -> None:
        menu = self._documents_menu
        menu.clear()
        for kind in self.AUDIT_DOCUMENTS:
            action = menu.addAction(kind_title(kind, self.session.language) + "…")
            action.triggered.connect(lambda _c=False, k=kind: self._document(k))

    def _document(self, kind: str) -> None:
        if self._audit is not None:
            generate(self, self.session, kind, self._audit.number)

    def _update_buttons(self, *_args) -> None:
        ui, a = self.ui, self._audit
        status = AuditStatus(a.status) if a else None
        ui.editButton.setEnabled(a is not None and status != AuditStatus.CLOSED)
        ui.startButton.setEnabled(status == AuditStatus.PLANNED)
        ui.reportButton.setEnabled(status == AuditStatus.IN_PROGRESS)
        ui.closeAuditButton.setEnabled(status == AuditStatus.REPORTED)
        ui.openRunButton.setEnabled(ui.runsTable.currentIndex().isValid())
        ui.documentsButton.setEnabled(a is not None)

    # --- opening checklists ----------------------------------------------------------------

    def _run_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_run.emit(index.data(ID_ROLE))

    def open_selected_run(self) -> None:
        self._run_activated(self.ui.runsTable.currentIndex())

    def _enter_on_audit(self) -> None:
        """Enter on an audit opens its only checklist; with several, the choice is next."""
        count = self.runs_model.rowCount()
        if count == 1:
            self._run_activated(self.runs_model.index(0, 0))
        elif count > 1:
            table = self.ui.runsTable
            if not table.currentIndex().isValid():
                table.selectRow(0)
            table.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.ui.auditsTable
            and event.type() == QEvent.Type.KeyPress
            and event.key() in _ENTER
        ):
            self._enter_on_audit()
            return True
        return super().eventFilter(watched, event)

    # --- plan dialogs ----------------------------------------------------------------------

    def new_audit(self) -> None:
        self._open_dialog(None)

    def edit_audit(self, *_args) -> None:
        a = self._audit
        if a is None:
            return
        if a.status == AuditStatus.CLOSED:
            QMessageBox.information(
                self,
                self.tr("Audit closed"),
                self.tr("{number} is closed: its plan can no longer change.").format(
                    number=a.number
                ),
            )
            return
        self._open_dialog(a.id)

    def _open_dialog(self, audit_id: str | None) -> None:
        if self.dialog is not None:
            self.dialog.raise_()
            return
        try:
            dialog = AuditDialog(self.session, audit_id, self)
        except ServiceError as exc:
            self.session.refuse(self, str(exc))
            return
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # A bound method, not a lambda holding the dialog: the dialog deletes itself on close.
        dialog.finished.connect(self._dialog_finished)
        self.dialog = dialog
        dialog.open()  # window-modal, without a nested event loop

    def _dialog_finished(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None and result == QDialog.DialogCode.Accepted:
            self.refresh(select_id=dialog.audit_id)

    # --- the audit's life ------------------------------------------------------------------

    def start_audit(self) -> None:
        if self._audit is not None:
            self.session.call(self, audits.start_audit, self._audit.id, changed=AUDITS)
            self.refresh()

    def report_audit(self) -> None:
        a = self._audit
        if a is None:
            return
        force = False
        if a.answered < a.total:
            answer = QMessageBox.question(
                self,
                self.tr("Report audit"),
                self.tr(
                    "{missing} of {total} checklist items of {number} are unanswered. Once "
                    "reported, answers can no longer change. Report the audit anyway?"
                ).format(missing=a.total - a.answered, total=a.total, number=a.number),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            force = True
        self.session.call(self, audits.report_audit, a.id, force=force, changed=AUDITS)
        self.refresh()

    def close_audit(self) -> None:
        a = self._audit
        if a is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Close audit"),
            self.tr("Close {number}? A closed audit's plan can no longer change.").format(
                number=a.number
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.session.call(self, audits.close_audit, a.id, changed=AUDITS)
            self.refresh()

    # --- language --------------------------------------------------------------------------

    def _retranslate_code(self) -> None:
        if self.ui.yearCombo.count():
            self.ui.yearCombo.setItemText(0, self.tr("All years"))

    def _relabel(self) -> None:
        """Coded values (statuses, processes) and service messages follow the language."""
        self._retranslate_code()
        self.audits_model.retranslate()
        self.runs_model.retranslate()
        self._fill_details()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._relabel()
        super().changeEvent(event)


def _day(d) -> str:
    return d.isoformat() if d else ""


def _moment(m) -> str:
    return m.astimezone().strftime("%Y-%m-%d %H:%M") if m else ""
