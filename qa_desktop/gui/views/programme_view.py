"""The Programme page: plan §4.4's annual schedule as activities × months.

Each activity's planned months are shaded in the colour of its state, derived every time from
the months and today (done / due / overdue / upcoming), never stored. An activity is updated
in a small dialog; next year's programme is carried over from the one shown.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QWidget

from qa_desktop.services import organisation, programme
from qa_desktop.services.context import ServiceError
from qa_desktop.services.programme import ACTIVITY_STATE_LABELS, ACTIVITY_STATES, ActivityView

from ..dialogs.programme_activity import PROGRAMME, ProgrammeActivityDialog
from ..forms.ui_programme_view import Ui_ProgrammeView
from ..models.programme_models import (
    ID_ROLE,
    STATE_COLOURS,
    TICK,
    ProgrammeGridModel,
    ShadeDelegate,
)
from ..report_actions import documents_dir
from ..session import ALL, DOCUMENTS, SETTINGS, AppSession
from .nc_common import refill
from .stale import StaleRefresh

_RELEVANT = {PROGRAMME, DOCUMENTS, ALL, SETTINGS}  # documents: the output links
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
MONTH_WIDTH = 36
OUTPUT_WIDTH = 170  # long output names wrap rather than crowd out the activity


class ProgrammeView(StaleRefresh, QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = Ui_ProgrammeView()
        self.ui.setupUi(self)
        self.dialog: ProgrammeActivityDialog | None = None
        self._year: int | None = None
        self._year_chosen = False  # until the user picks, this year (or the latest) is shown
        self._stale = True
        self.model = ProgrammeGridModel(session, self)
        self._set_up_table()
        self._connect()
        self._retranslate_code()

    # --- set-up ----------------------------------------------------------------------------

    def _set_up_table(self) -> None:
        table = self.ui.gridTable
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ProgrammeGridModel.ACTIVITY, QHeaderView.ResizeMode.Stretch)
        for month in range(12):
            column = ProgrammeGridModel.FIRST_MONTH + month
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            table.setColumnWidth(column, MONTH_WIDTH)
        header.setSectionResizeMode(ProgrammeGridModel.OUTPUT, QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(ProgrammeGridModel.OUTPUT, OUTPUT_WIDTH)
        header.setMinimumSectionSize(24)
        self._shade = ShadeDelegate(self)
        for column in (*range(ProgrammeGridModel.FIRST_MONTH, 16), ProgrammeGridModel.STATE):
            table.setItemDelegateForColumn(column, self._shade)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.installEventFilter(self)
        self.ui.legendLabel.setTextFormat(Qt.TextFormat.RichText)
        self.ui.emptyLabel.setEnabled(False)

    def _connect(self) -> None:
        ui = self.ui
        ui.yearCombo.activated.connect(self._year_picked)
        ui.gridTable.selectionModel().currentRowChanged.connect(self._selected)
        ui.gridTable.doubleClicked.connect(self._double_clicked)
        ui.editButton.clicked.connect(self.edit_activity)
        ui.nextYearButton.clicked.connect(self.create_next_year)
        ui.createButton.clicked.connect(self.create_this_year)
        QShortcut(QKeySequence("Ctrl+E"), self, self.edit_activity)
        self.session.changed.connect(self._on_changed)
        self.session.language_changed.connect(self._relabel)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.ui.gridTable
            and event.type() == QEvent.Type.KeyPress
            and event.key() in _ENTER
        ):
            self.edit_activity()
            return True
        return super().eventFilter(watched, event)

    # --- refreshing ------------------------------------------------------------------------

    def activate(self) -> None:
        self.refresh()

    def _on_changed(self, kind: str) -> None:
        if kind not in _RELEVANT:
            return
        self.mark_stale()

    def refresh(self, select_id: str | None = None) -> None:
        self._stale = False
        keep = select_id or self.selected_activity_id()
        try:
            years = programme.programme_years(self.session.ctx)
            default = programme.default_year(self.session.ctx)
        except ServiceError as exc:
            self.session.refuse(self, str(exc))
            years, default = [], None
        if not self._year_chosen or self._year not in years:
            self._year = default
        self._fill_years(years)
        try:
            self.model.load(self._year)
        except ServiceError as exc:
            self.session.refuse(self, str(exc))
            self.model.set_view(None)
        self._show_page()
        self._select(keep)
        QTimer.singleShot(0, self._fit_table)

    def _fit_table(self) -> None:
        """A year has a handful of activities: the table is as tall as its rows, so the legend
        and the notes sit right under it rather than below an empty expanse."""
        table = self.ui.gridTable
        height = (
            table.horizontalHeader().height()
            + table.verticalHeader().length()
            + 2 * table.frameWidth()
            + (
                table.horizontalScrollBar().height()
                if table.horizontalScrollBar().isVisible()
                else 0
            )
        )
        table.setMinimumHeight(min(height, 160))
        table.setMaximumHeight(max(height, 160))

    def _fill_years(self, years: list[int]) -> None:
        refill(self.ui.yearCombo, [(str(y), y) for y in years], keep=self._year)
        self.ui.yearCombo.setEnabled(bool(years))

    def _year_picked(self, index: int) -> None:
        self._year_chosen = True
        self._year = self.ui.yearCombo.itemData(index)
        self.refresh()

    def show_year(self, year: int) -> None:
        """Show a year's programme (for navigation from elsewhere)."""
        self._year_chosen = True
        self._year = year
        self.refresh()

    def _show_page(self) -> None:
        ui = self.ui
        view = self.model.programme()
        has = view is not None
        ui.stack.setCurrentWidget(ui.gridPage if has else ui.emptyPage)
        ui.editButton.setEnabled(has and self.model.rowCount() > 0)
        ui.nextYearButton.setEnabled(has)
        this_year = self.session.ctx.today().year
        ui.createButton.setText(
            self.tr("Create the {year} programme from plan §4.4").format(year=this_year)
        )
        ui.emptyLabel.setText(
            self.tr(
                "There is no annual QA programme yet. Create this year's from the plan's "
                "section 4.4; each later year can then be carried over from the one before."
            )
        )
        if view is None:
            ui.titleLabel.clear()
            ui.summaryLabel.clear()
            return
        ui.titleLabel.setText(f"{view.title}  ({view.document_number})")
        counts = view.state_counts()
        parts = [
            self.tr("{state}: {count}").format(
                state=self.session.label(ACTIVITY_STATE_LABELS, state), count=counts[state]
            )
            for state in ACTIVITY_STATES
            if counts[state]
        ]
        ui.summaryLabel.setText(
            self.tr("{total} activities — {states}").format(
                total=len(view.activities), states=" · ".join(parts)
            )
        )
        ui.nextYearButton.setToolTip(
            self.tr(
                "Create the {next} programme with the same activities, months, owners and "
                "outputs as {year}"
            ).format(next=view.year + 1, year=view.year)
        )
        self._fill_legend()

    def _fill_legend(self) -> None:
        swatches = []
        for state in ("done", "due", "overdue", "upcoming"):
            colour = STATE_COLOURS[state].name()
            swatches.append(
                f'<span style="background-color:{colour}">&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;'
                f"{escape(self.session.label(ACTIVITY_STATE_LABELS, state))}"
            )
        tick = escape(self.tr("{tick} the month it was done").format(tick=TICK))
        note = escape(self.tr("Shaded: planned months."))
        self.ui.legendLabel.setText(
            note + "&nbsp;&nbsp; " + "&nbsp;&nbsp; ".join(swatches) + "&nbsp;&nbsp; " + tick
        )

    # --- selection -------------------------------------------------------------------------

    def selected_activity_id(self) -> str | None:
        index = self.ui.gridTable.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def selected_activity(self) -> ActivityView | None:
        index = self.ui.gridTable.currentIndex()
        return self.model.activity(index.row()) if index.isValid() else None

    def _select(self, activity_id: str | None) -> None:
        row = self.model.row_of(activity_id)
        if row < 0 and self.model.rowCount():
            row = 0
        table = self.ui.gridTable
        if row < 0:
            table.selectionModel().clear()
            self._selected(QModelIndex())
            return
        index = self.model.index(row, ProgrammeGridModel.ACTIVITY)
        table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self._selected(index)

    def _selected(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        a = self.model.activity(index.row()) if index.isValid() else None
        self.ui.editButton.setEnabled(a is not None)
        if a is None:
            self.ui.notesLabel.setText(self.tr("Select an activity."))
            return
        name = a.name_en if self.session.language.startswith("en") and a.name_en else a.name
        window = (
            self.tr("planned {start} to {end}").format(
                start=a.planned_date.isoformat(), end=a.due_by.isoformat()
            )
            if a.planned_date and a.due_by
            else self.tr("no month planned")
        )
        lines = [
            self.tr("{seq}. {name} — {owner}, {window}").format(
                seq=a.seq, name=name, owner=a.owner or self.tr("no owner yet"), window=window
            ),
            a.notes or self.tr("No notes."),
        ]
        self.ui.notesLabel.setText("\n".join(lines))

    # --- actions ---------------------------------------------------------------------------

    def _double_clicked(self, index) -> None:
        a = self.selected_activity()
        if index.column() == ProgrammeGridModel.DOCUMENT and a is not None and a.document_file:
            self.open_document(a)
        else:
            self.edit_activity()

    def open_document(self, a) -> bool:
        """Open the activity's latest generated output in the system viewer."""
        path = documents_dir(self.session) / a.document_file
        if not path.exists():
            QMessageBox.warning(
                self,
                self.tr("Document missing"),
                self.tr(
                    "{file} is no longer in the documents folder; generate it again from the "
                    "Reports menu."
                ).format(file=a.document_file),
            )
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def edit_activity(self, *_args) -> None:
        a = self.selected_activity()
        view = self.model.programme()
        if a is None or view is None or self.dialog is not None:
            return
        try:
            people = organisation.list_people(self.session.ctx)
        except ServiceError as exc:
            self.session.refuse(self, str(exc))
            return
        dialog = ProgrammeActivityDialog(self.session, view.year, a, people, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._dialog_finished)
        self.dialog = dialog
        dialog.open()

    def _dialog_finished(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None and result == QDialog.DialogCode.Accepted:
            self.refresh(select_id=dialog.activity.id)

    def create_next_year(self) -> None:
        view = self.model.programme()
        if view is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Create next year's programme"),
            self.tr(
                "Create the {next} programme from {year}'s? Its activities, planned months, "
                "owners and outputs are carried over; status, dates done and notes start empty."
            ).format(next=view.year + 1, year=view.year),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        ok, created = self.session.call(
            self,
            programme.create_programme,
            view.year + 1,
            from_year=view.year,
            changed=PROGRAMME,
        )
        if ok:
            self.show_year(created.year)

    def create_this_year(self) -> None:
        year = self.session.ctx.today().year
        ok, created = self.session.call(self, programme.create_programme, year, changed=PROGRAMME)
        if ok:
            self.show_year(created.year)

    # --- language --------------------------------------------------------------------------

    def _retranslate_code(self) -> None:
        self._show_page()
        self._selected(self.ui.gridTable.currentIndex())

    def _relabel(self) -> None:
        self.model.retranslate()
        self._retranslate_code()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._relabel()
        super().changeEvent(event)
