"""The nonconformity register: filters applied in SQL, saved filter presets, a paged table
with counts, export, and the NC form beside it."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QWidget,
)

from qa_desktop.domain.enums import GRADE_LABELS, NC_STATUS_LABELS, PROCESS_LABELS, Grade, NcStatus
from qa_desktop.services import audits, nonconformities, organisation, templates
from qa_desktop.services.context import ServiceError

from ..forms.ui_nc_view import Ui_NonconformitiesView
from ..models.nc_table_model import COLUMN, NcTableModel
from ..register_presets import (
    BUILTIN_PREFIX,
    EMPTY_STATE,
    ME,
    OPEN,
    THIS_YEAR,
    Preset,
    RegisterPresets,
    normalised,
)
from ..session import ALL, ANSWERS, AUDITS, NCS, AppSession
from ..workers import run_in_background
from .nc_common import refill
from .nc_detail import NcDetail

SEARCH_DELAY_MS = 250
WINDOW_SETTINGS = "window.ini"  # the main window's per-laptop file; presets live in it too
# A number not yet fetched is looked for in at most this many further pages before the
# filters are cleared to show it directly.
FIND_PAGES = 10
# The export's default file name, by language (a file name, not a label of the window).
EXPORT_STEM = {"zh_CN": "不符合项", "en": "Nonconformities"}

_WIDTHS = {
    "number": 110,
    "repeat": 64,
    "grade": 72,
    "status": 120,
    "due_date": 92,
    "facts": 300,
    "department": 100,
    "process": 56,
    "clause": 220,
    "audit": 96,
    "found_on": 92,
}


class NonconformitiesView(QWidget):
    status_message = Signal(str)  # "N nonconformities (M overdue)", for the status bar

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = Ui_NonconformitiesView()
        self.ui.setupUi(self)
        self.presets = RegisterPresets(session.data_dir / WINDOW_SETTINGS, self)
        self._people: list = []
        self.model = NcTableModel(session, self)
        self.model.counted.connect(self._update_count)
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
        self.detail.wide_toggled.connect(self._set_wide)
        self.ui.splitter.setStretchFactor(0, 1)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([520, 560])
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        for combo in self._combos():
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(6)
        self._fill_filter_combos()
        self._fill_preset_combo()
        for combo in self._combos():
            combo.currentIndexChanged.connect(self.apply_filters)
        self.ui.overdueCheck.toggled.connect(self.apply_filters)
        self.ui.searchEdit.textChanged.connect(self._search_timer.start)
        self.ui.searchEdit.returnPressed.connect(self.apply_filters)
        self.ui.resetButton.clicked.connect(self.reset_filters)
        self.ui.presetCombo.activated.connect(self._preset_chosen)
        self.ui.savePresetButton.clicked.connect(lambda: self.save_preset())
        self.ui.deletePresetButton.clicked.connect(lambda: self.delete_preset())
        self.ui.exportButton.clicked.connect(self.export)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self._focus_search)
        reload = QShortcut(QKeySequence.StandardKey.Refresh, self)
        reload.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        reload.activated.connect(self.refresh)
        self._loaded = False
        # Scrolling fetches more rows: "n loaded" follows.
        self._update_preset_buttons()
        session.changed.connect(self._on_changed)

    def _combos(self) -> list[QComboBox]:
        ui = self.ui
        return [
            ui.statusCombo,
            ui.gradeCombo,
            ui.processCombo,
            ui.departmentCombo,
            ui.auditCombo,
            ui.yearCombo,
            ui.ownerCombo,
            ui.auditorCombo,
        ]

    # --- page contract --------------------------------------------------------------------

    def activate(self) -> None:
        self._fill_filter_combos()
        if not self._loaded:
            self.apply_filters()
        else:
            self.refresh()

    def refresh(self) -> None:
        """Query again with the same filters, keeping the rows loaded so far and the selection."""
        self.model.refresh()
        self._loaded = True
        self._after_query()
        self.detail.reload()

    def flush(self) -> None:
        """Save edits still being typed (the window is closing)."""
        if self.detail.has_unsaved_edits():
            self.detail.save()

    def _on_changed(self, kind: str) -> None:
        if kind in (ALL, NCS, AUDITS, ANSWERS) and self.isVisible() and self._loaded:
            self.refresh()

    # --- filter widgets -------------------------------------------------------------------

    def _fill_filter_combos(self) -> None:
        """(Re)fill every filter combo, keeping what is chosen and emitting nothing."""
        label, ctx = self.session.label, self.session.ctx
        everyone = self.tr("All")
        status_items: list[tuple[str, Any]] = [(everyone, None), (self.tr("Open"), OPEN)]
        status_items += [(label(NC_STATUS_LABELS, s), s.value) for s in NcStatus]
        refill(self.ui.statusCombo, status_items)
        refill(
            self.ui.gradeCombo,
            [(everyone, None)] + [(label(GRADE_LABELS, g), g.value) for g in Grade],
        )
        codes = set(PROCESS_LABELS)
        # Should templates be unreadable, the built-in three are enough to filter by.
        with contextlib.suppress(ServiceError):
            codes |= {t.process for t in templates.list_templates(ctx)}
        refill(
            self.ui.processCombo,
            [(everyone, None)]
            + [
                (f"{c} · {label(PROCESS_LABELS, c)}" if c in PROCESS_LABELS else c, c)
                for c in sorted(codes)
            ],
        )
        departments, audit_list, people, years = [], [], [], []
        with contextlib.suppress(ServiceError):
            departments = organisation.list_departments(ctx)
            people = organisation.list_people(ctx)
            audit_list = audits.list_audits(ctx)
            years = nonconformities.register_years(ctx)
        refill(self.ui.departmentCombo, [(everyone, None)] + [(d.name, d.id) for d in departments])
        refill(self.ui.auditCombo, [(everyone, None)] + [(a.number, a.number) for a in audit_list])
        for i, a in enumerate(audit_list, start=1):
            self.ui.auditCombo.setItemData(i, a.title, Qt.ItemDataRole.ToolTipRole)
        refill(self.ui.yearCombo, [(everyone, None)] + [(str(y), y) for y in years])
        people_items = [
            (p.name if p.active else self.tr("{name} (inactive)").format(name=p.name), p.id)
            for p in people
        ]
        self._people = people
        refill(self.ui.ownerCombo, [(everyone, None), *people_items])
        refill(self.ui.auditorCombo, [(everyone, None), *people_items])

    def current_state(self) -> dict[str, Any]:
        """The filter widgets as a preset stores them."""
        ui = self.ui
        return normalised(
            {
                "status": ui.statusCombo.currentData(),
                "grade": ui.gradeCombo.currentData(),
                "process": ui.processCombo.currentData(),
                "department": ui.departmentCombo.currentData(),
                "audit": ui.auditCombo.currentData(),
                "year": ui.yearCombo.currentData(),
                "owner": ui.ownerCombo.currentData(),
                "auditor": ui.auditorCombo.currentData(),
                "overdue": ui.overdueCheck.isChecked(),
                "text": ui.searchEdit.text(),
            }
        )

    def current_filters(self) -> dict[str, Any]:
        """The widgets as keyword arguments of nonconformities.list_ncs (and of the export)."""
        s = self.current_state()
        f: dict[str, Any] = {}
        if s["status"] == OPEN:
            f["open_only"] = True
        elif s["status"]:
            f["status"] = s["status"]
        for key, arg in (
            ("grade", "grade"),
            ("process", "process"),
            ("department", "department_ref"),
            ("audit", "audit"),
            ("year", "year"),
            ("owner", "owner"),
            ("auditor", "auditor"),
        ):
            if s[key] is not None:
                f[arg] = s[key]
        if s["overdue"]:
            f["overdue"] = True
        if s["text"]:
            f["text"] = s["text"]
        return f

    def _me(self) -> str | None:
        """The signed-in user's person id, if they are one of the organisation's people."""
        actor = self.session.ctx.actor
        return next((p.id for p in self._people if p.name == actor), None)

    def resolved(self, state: dict[str, Any]) -> dict[str, Any]:
        """A preset's state with "me" and "this year" replaced by today's values."""
        out = normalised(state)
        for key in ("owner", "auditor"):
            if out[key] == ME:
                out[key] = self._me()
        if out["year"] == THIS_YEAR:
            out["year"] = self.session.ctx.today().year
        return out

    def set_state(self, state: dict[str, Any]) -> None:
        """Set every filter widget (without querying: apply_filters does that)."""
        s = self.resolved(state)
        ui = self.ui
        widgets = [*self._combos(), ui.overdueCheck, ui.searchEdit]
        for w in widgets:
            w.blockSignals(True)
        try:
            if s["year"] is not None and ui.yearCombo.findData(s["year"]) < 0:
                ui.yearCombo.addItem(str(s["year"]), s["year"])  # a year before any NC
            for combo, key in (
                (ui.statusCombo, "status"),
                (ui.gradeCombo, "grade"),
                (ui.processCombo, "process"),
                (ui.departmentCombo, "department"),
                (ui.auditCombo, "audit"),
                (ui.yearCombo, "year"),
                (ui.ownerCombo, "owner"),
                (ui.auditorCombo, "auditor"),
            ):
                value = s[key]
                combo.setCurrentIndex(max(combo.findData(value), 0) if value is not None else 0)
            ui.overdueCheck.setChecked(s["overdue"])
            ui.searchEdit.setText(s["text"])
        finally:
            for w in widgets:
                w.blockSignals(False)

    def apply_filters(self) -> None:
        self._search_timer.stop()
        self.model.set_filters(**self.current_filters())
        self._loaded = True
        self._sync_preset_combo()
        self._after_query()

    def reset_filters(self) -> None:
        self.set_state(EMPTY_STATE)
        self.apply_filters()

    def _focus_search(self) -> None:
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    # --- presets ----------------------------------------------------------------------------

    def _fill_preset_combo(self) -> None:
        combo = self.ui.presetCombo
        current = combo.currentData()
        combo.blockSignals(True)
        try:
            combo.clear()
            combo.addItem(self.tr("(current filters)"), None)
            for p in self.presets.builtins():
                combo.addItem(p.name, p.key)
            mine = self.presets.user_presets()
            if mine:
                combo.insertSeparator(combo.count())
                for p in mine:
                    combo.addItem(p.name, p.key)
            combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)
        finally:
            combo.blockSignals(False)

    def _preset_chosen(self, index: int) -> None:
        key = self.ui.presetCombo.itemData(index)
        if key:
            self.apply_preset(key)
        self._update_preset_buttons()

    def apply_preset(self, key: str) -> bool:
        preset = self.presets.find(key)
        if preset is None:
            return False
        if not self._warn_unresolved(preset):
            return False
        self.set_state(preset.state)
        combo = self.ui.presetCombo
        combo.blockSignals(True)
        combo.setCurrentIndex(max(combo.findData(preset.key), 0))
        combo.blockSignals(False)
        self.apply_filters()
        self._update_preset_buttons()
        return True

    def _warn_unresolved(self, preset: Preset) -> bool:
        mine = ME in (preset.state.get("owner"), preset.state.get("auditor"))
        if mine and self._me() is None:
            QMessageBox.information(
                self,
                preset.name,
                self.tr(
                    "“{preset}” filters by you, but {user} is not one of the organisation's "
                    "people. Add yourself under Settings, or sign in with your name as listed."
                ).format(preset=preset.name, user=self.session.ctx.actor),
            )
            return False
        return True

    def _sync_preset_combo(self) -> None:
        """Keep the preset shown only while the filters are still exactly that preset."""
        combo = self.ui.presetCombo
        preset = self.presets.find(combo.currentData()) if combo.currentData() else None
        if preset is not None and self.resolved(preset.state) != self.current_state():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._update_preset_buttons()

    def _update_preset_buttons(self) -> None:
        key = self.ui.presetCombo.currentData()
        self.ui.deletePresetButton.setEnabled(bool(key) and not key.startswith(BUILTIN_PREFIX))

    def save_preset(self, name: str | None = None) -> bool:
        """Save the current filters under a name (asked for when not given)."""
        if name is None:
            name, ok = QInputDialog.getText(
                self, self.tr("Save filters"), self.tr("Name of these filters:")
            )
            if not ok:
                return False
        name = name.strip()
        if not name:
            return False
        if self.presets.is_builtin_name(name):
            QMessageBox.warning(
                self,
                self.tr("Save filters"),
                self.tr("“{name}” is a built-in preset; choose another name.").format(name=name),
            )
            return False
        if any(p.name == name for p in self.presets.user_presets()):
            answer = QMessageBox.question(
                self,
                self.tr("Save filters"),
                self.tr("Replace your preset “{name}” with the current filters?").format(name=name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        preset = self.presets.save(name, self.current_state())
        self._fill_preset_combo()
        combo = self.ui.presetCombo
        combo.setCurrentIndex(combo.findData(preset.key))
        self._update_preset_buttons()
        return True

    def delete_preset(self, name: str | None = None) -> bool:
        name = name or self.ui.presetCombo.currentData()
        if not name or name.startswith(BUILTIN_PREFIX):
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Delete preset"),
            self.tr("Delete your preset “{name}”?").format(name=name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.presets.delete(name)
        self.ui.presetCombo.setCurrentIndex(0)
        self._fill_preset_combo()
        self._update_preset_buttons()
        return True

    def show_preset(self, name: str) -> None:
        """A named filter: the home page's "open" / "overdue", a built-in key, or the user's."""
        if name == "open":
            self.set_state({"status": OPEN})
            self.ui.presetCombo.setCurrentIndex(0)
            self.apply_filters()
        elif not self.apply_preset(name):
            self.reset_filters()
        self.ui.table.setFocus()

    # --- export -------------------------------------------------------------------------------

    def export(self) -> None:
        stem = EXPORT_STEM.get(self.session.language, EXPORT_STEM["en"])
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        suggested = str(Path(folder) / f"{stem}-{self.session.ctx.today():%Y%m%d}.xlsx")
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export nonconformities"),
            suggested,
            self.tr("Excel workbook (*.xlsx);;CSV, comma-separated (*.csv)"),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".xlsx", ".csv"):
            target = target.with_suffix(".xlsx")
        self.export_to(target)

    def export_to(self, target: Path) -> None:
        """Write the current filter's NCs to `target` in the background."""
        # Imported when used: the export service brings in the spreadsheet library.
        from qa_desktop.services import nc_exchange

        ctx, language, filters = self.session.ctx, self.session.language, self.current_filters()
        self.ui.exportButton.setEnabled(False)

        def done(count: int) -> None:
            self.ui.exportButton.setEnabled(True)
            message = self.tr("Exported {count} nonconformities to {path}").format(
                count=count, path=target
            )
            self.status_message.emit(message)
            QMessageBox.information(self, self.tr("Export finished"), message)

        def failed(exc: Exception) -> None:
            self.ui.exportButton.setEnabled(True)
            self.session.refuse(self, str(exc))

        run_in_background(
            self,
            lambda _task: nc_exchange.export_ncs(ctx, target, lang=language, **filters),
            title=self.tr("Exporting nonconformities…"),
            on_done=done,
            on_error=failed,
            cancellable=False,
        )

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
        """Select the NC shown in the form again, and say how many rows there are."""
        number = self.detail.number
        row = self.model.row_of(number) if number else -1
        if row >= 0:
            self._select_row(row)
        self._update_count()

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.ui.table.setCurrentIndex(index)
        self.ui.table.scrollTo(index)

    def count_text(self) -> str:
        """What the status bar shows: the filter's total and how many of them are overdue."""
        if self.model.counting:
            return self.tr("{shown}+ nonconformities, counting…").format(
                shown=self.model.rowCount()
            )
        return self.tr("{total} nonconformities ({overdue} overdue)").format(
            total=self.model.total, overdue=self.model.overdue_total
        )

    def _update_count(self) -> None:
        if self.model.error:
            self.ui.countLabel.setStyleSheet("color: #b3261e;")
            self.ui.countLabel.setText(self.session.text(self.model.error))
            return
        self.ui.countLabel.setStyleSheet("")
        if not self.model.counting and self.model.total == 0:
            text = self.tr("No nonconformity matches these filters.")
        else:
            text = self.count_text()
        self.ui.countLabel.setText(text)
        self.status_message.emit(self.count_text())

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row()) if current.isValid() else None
        if row is None or row.number == self.detail.number:
            return
        if not self._settle_edits():
            # The edits are kept: stay on the NC they belong to.
            QTimer.singleShot(0, self._after_query)
            return
        self.detail.load(row.number)

    def _settle_edits(self) -> bool:
        """Unsaved edits are saved, dropped or kept (staying) before another NC is shown."""
        if not self.detail.has_unsaved_edits():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save your changes to {number}?").format(number=self.detail.number),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer in (QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Yes):
            return self.detail.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.detail.discard_edits()
            return True
        return False

    def _set_wide(self, wide: bool) -> None:
        self.ui.listPane.setVisible(not wide)

    # --- going to one NC --------------------------------------------------------------------

    def show_nc(self, number: str) -> None:
        """Select and show one NC; the filters are cleared if they hide it."""
        number = (number or "").strip().upper()
        if not number:
            return
        if not self._loaded:
            self.apply_filters()
        if not self._settle_edits():
            return
        row = self.model.row_of(number)
        if row < 0 and self._matches_filters(number):
            row = self.model.row_of(number, pages=FIND_PAGES)
        if row < 0:
            ok, _view = self.session.call(self, nonconformities.get_nc, number)
            if not ok:
                return
            self.set_state({"text": number})
            self.apply_filters()
            row = self.model.row_of(number)
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
            self._fill_filter_combos()
            self._fill_preset_combo()
            self.model.retranslate()
            self._update_count()
        super().changeEvent(event)
