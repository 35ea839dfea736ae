"""The nonconformity working list: filters applied in SQL, a paged table, the detail pane."""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHeaderView, QMessageBox, QWidget

from qa_desktop.domain.enums import GRADE_LABELS, NC_STATUS_LABELS, PROCESS_LABELS, Grade, NcStatus
from qa_desktop.services import nonconformities, templates
from qa_desktop.services.context import ServiceError

from ..forms.ui_nc_view import Ui_NonconformitiesView
from ..models.nc_table_model import COLUMN, NcTableModel
from ..session import ALL, ANSWERS, AUDITS, NCS, AppSession
from .nc_detail import NcDetail

SEARCH_DELAY_MS = 250
OPEN = "__open__"  # the status filter "every open state"
PRESETS = ("open", "overdue")
# A number not yet fetched is looked for in at most this many further pages before the
# filters are cleared to show it directly.
FIND_PAGES = 10

_WIDTHS = {
    "number": 110,
    "grade": 56,
    "status": 110,
    "due_date": 92,
    "facts": 300,
    "department": 100,
    "process": 56,
    "clause": 220,
    "audit": 96,
    "found_on": 92,
}


class NonconformitiesView(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = Ui_NonconformitiesView()
        self.ui.setupUi(self)
        self.model = NcTableModel(session, self)
        table = self.ui.table
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(COLUMN["due_date"], Qt.SortOrder.AscendingOrder)
        header.sectionClicked.connect(self._header_clicked)
        header.setHighlightSections(False)
        for key, width in _WIDTHS.items():
            header.resizeSection(COLUMN[key], width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.detail = NcDetail(session, self.ui.detailHost)
        self.ui.detailLayout.addWidget(self.detail)
        self.detail.open_nc.connect(self.show_nc)
        self.ui.splitter.setStretchFactor(0, 5)
        self.ui.splitter.setStretchFactor(1, 4)
        self.ui.splitter.setSizes([560, 470])
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self._fill_filter_combos()
        self.ui.statusCombo.currentIndexChanged.connect(self.apply_filters)
        self.ui.gradeCombo.currentIndexChanged.connect(self.apply_filters)
        self.ui.processCombo.currentIndexChanged.connect(self.apply_filters)
        self.ui.overdueCheck.toggled.connect(self.apply_filters)
        self.ui.searchEdit.textChanged.connect(self._search_timer.start)
        self.ui.searchEdit.returnPressed.connect(self.apply_filters)
        self.ui.resetButton.clicked.connect(self.reset_filters)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self._focus_search)
        reload = QShortcut(QKeySequence.StandardKey.Refresh, self)
        reload.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        reload.activated.connect(self.refresh)
        self._loaded = False
        session.changed.connect(self._on_changed)

    # --- page contract --------------------------------------------------------------------

    def activate(self) -> None:
        if not self._loaded:
            self.apply_filters()
        else:
            self.refresh()

    def refresh(self) -> None:
        """Query again with the same filters, keeping the rows loaded so far and the selection."""
        self._fill_process_combo()
        self.model.refresh()
        self._loaded = True
        self._after_query()
        self.detail.reload()

    def flush(self) -> None:
        """Save cause-analysis edits still being typed (the window is closing)."""
        if self.detail.has_unsaved_edits():
            self.detail.save_cause()

    def _on_changed(self, kind: str) -> None:
        if kind in (ALL, NCS, AUDITS, ANSWERS) and self.isVisible() and self._loaded:
            self.refresh()

    # --- filters ----------------------------------------------------------------------------

    def _fill_filter_combos(self) -> None:
        label = self.session.label
        status_items: list[tuple[str, Any]] = [(self.tr("All"), None), (self.tr("Open"), OPEN)]
        status_items += [(label(NC_STATUS_LABELS, s), s.value) for s in NcStatus]
        _refill(self.ui.statusCombo, status_items)
        grade_items: list[tuple[str, Any]] = [(self.tr("All"), None)]
        grade_items += [(label(GRADE_LABELS, g), g.value) for g in Grade]
        _refill(self.ui.gradeCombo, grade_items)
        self._fill_process_combo()

    def _fill_process_combo(self) -> None:
        codes = set(PROCESS_LABELS)
        # Should templates be unreadable, the built-in three are enough to filter by.
        with contextlib.suppress(ServiceError):
            codes |= {t.process for t in templates.list_templates(self.session.ctx)}
        items: list[tuple[str, Any]] = [(self.tr("All"), None)]
        items += [
            (f"{c} · {self.session.label(PROCESS_LABELS, c)}" if c in PROCESS_LABELS else c, c)
            for c in sorted(codes)
        ]
        _refill(self.ui.processCombo, items)

    def current_filters(self) -> dict[str, Any]:
        f: dict[str, Any] = {}
        status = self.ui.statusCombo.currentData()
        if status == OPEN:
            f["open_only"] = True
        elif status:
            f["status"] = status
        if self.ui.gradeCombo.currentData():
            f["grade"] = self.ui.gradeCombo.currentData()
        if self.ui.processCombo.currentData():
            f["process"] = self.ui.processCombo.currentData()
        if self.ui.overdueCheck.isChecked():
            f["overdue"] = True
        text = self.ui.searchEdit.text().strip()
        if text:
            f["text"] = text
        return f

    def apply_filters(self) -> None:
        self._search_timer.stop()
        self.model.set_filters(**self.current_filters())
        self._loaded = True
        self._after_query()

    def _set_filter_widgets(
        self, *, status=None, grade=None, process=None, overdue=False, text=""
    ) -> None:
        widgets = (
            self.ui.statusCombo,
            self.ui.gradeCombo,
            self.ui.processCombo,
            self.ui.overdueCheck,
            self.ui.searchEdit,
        )
        for w in widgets:
            w.blockSignals(True)
        try:
            for combo, value in (
                (self.ui.statusCombo, status),
                (self.ui.gradeCombo, grade),
                (self.ui.processCombo, process),
            ):
                combo.setCurrentIndex(max(combo.findData(value), 0) if value else 0)
            self.ui.overdueCheck.setChecked(overdue)
            self.ui.searchEdit.setText(text)
        finally:
            for w in widgets:
                w.blockSignals(False)

    def reset_filters(self) -> None:
        self._set_filter_widgets()
        self.apply_filters()

    def show_preset(self, name: str) -> None:
        """The home page's counters: "open" or "overdue" nonconformities."""
        if name == "overdue":
            self._set_filter_widgets(overdue=True)
        elif name == "open":
            self._set_filter_widgets(status=OPEN)
        else:
            self._set_filter_widgets()
        self.apply_filters()
        self.ui.table.setFocus()

    def _focus_search(self) -> None:
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    # --- the table ----------------------------------------------------------------------------

    def _header_clicked(self, column: int) -> None:
        header = self.ui.table.horizontalHeader()
        if not self.model.sortable(column):
            # Sorting is done by the database and only on indexed columns: keep the old order.
            header.setSortIndicator(self.model.sort_column(), self._order())
            return
        if column == self.model.sort_column():
            order = (
                Qt.SortOrder.AscendingOrder
                if self.model.descending
                else Qt.SortOrder.DescendingOrder
            )
        else:
            order = Qt.SortOrder.AscendingOrder
        self.sort_by(column, order)

    def _order(self) -> Qt.SortOrder:
        return (
            Qt.SortOrder.DescendingOrder if self.model.descending else Qt.SortOrder.AscendingOrder
        )

    def sort_by(self, column: int, order: Qt.SortOrder) -> None:
        self.model.sort(column, order)
        self.ui.table.horizontalHeader().setSortIndicator(self.model.sort_column(), self._order())
        self._after_query()

    def _after_query(self) -> None:
        """Select the NC shown in the detail again, and say how many rows there are."""
        number = self.detail.number
        row = self.model.row_of(number) if number else -1
        if row >= 0:
            self._select_row(row)
        self._update_count()

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.ui.table.setCurrentIndex(index)
        self.ui.table.scrollTo(index)

    def _update_count(self) -> None:
        if self.model.error:
            self.ui.countLabel.setStyleSheet("color: #b3261e;")
            self.ui.countLabel.setText(self.session.text(self.model.error))
            return
        self.ui.countLabel.setStyleSheet("")
        total, shown = self.model.total, self.model.rowCount()
        if total == 0:
            text = self.tr("No nonconformity matches these filters.")
        elif shown < total:
            text = self.tr("{total} nonconformities · {shown} loaded, scroll for more").format(
                total=total, shown=shown
            )
        else:
            text = self.tr("{total} nonconformities").format(total=total)
        self.ui.countLabel.setText(text)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row()) if current.isValid() else None
        if row is None or row.number == self.detail.number:
            return
        if not self._settle_edits():
            # The edits could not be saved: stay on the NC they belong to.
            QTimer.singleShot(0, self._after_query)
            return
        self.detail.load(row.number)

    def _settle_edits(self) -> bool:
        """Unsaved cause edits are saved or dropped before another NC is shown: never lost silently."""
        if not self.detail.has_unsaved_edits():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save your changes to the correction and cause analysis of {number}?").format(
                number=self.detail.number
            ),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard,
        )
        if answer in (QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Yes):
            return self.detail.save_cause()
        self.detail.discard_edits()
        return True

    # --- going to one NC --------------------------------------------------------------------

    def show_nc(self, number: str) -> None:
        """Select and show one NC; the filters are cleared if they hide it."""
        number = (number or "").strip().upper()
        if not number:
            return
        if not self._loaded:
            self.apply_filters()
        row = self.model.row_of(number)
        if row < 0 and self._matches_filters(number):
            for _ in range(FIND_PAGES):
                if not self.model.canFetchMore():
                    break
                self.model.fetchMore()
                row = self.model.row_of(number)
                if row >= 0:
                    break
            self._update_count()
        if row < 0:
            ok, _view = self.session.call(self, nonconformities.get_nc, number)
            if not ok:
                return
            self._set_filter_widgets(text=number)
            self.apply_filters()
            row = self.model.row_of(number)
        if not self._settle_edits():
            return
        if row >= 0:
            self._select_row(row)
        if self.detail.number != number:
            self.detail.load(number)
        self.ui.table.setFocus()

    def _matches_filters(self, number: str) -> bool:
        filters = self.current_filters()
        if "text" in filters:
            return False  # one text filter only: searching the number would replace it
        try:
            page = nonconformities.list_ncs(
                self.session.ctx, text=number, limit=50, with_total=False, **filters
            )
        except ServiceError:
            return False
        return any(r.number == number for r in page.rows)

    # --- language -----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            for combo in (self.ui.statusCombo, self.ui.gradeCombo, self.ui.processCombo):
                combo.blockSignals(True)
            try:
                self._fill_filter_combos()
            finally:
                for combo in (self.ui.statusCombo, self.ui.gradeCombo, self.ui.processCombo):
                    combo.blockSignals(False)
            self.model.retranslate()
            self._update_count()
        super().changeEvent(event)


def _refill(combo: QComboBox, items: list[tuple[str, Any]]) -> None:
    """Replace a combo's entries, keeping the chosen value and emitting nothing."""
    current = combo.currentData()
    combo.blockSignals(True)
    try:
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
    finally:
        combo.blockSignals(False)
