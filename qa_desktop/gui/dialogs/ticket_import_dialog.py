"""Import a service-desk export: choose the file and the profile, preview, then import.

Both the preview and the import run on the thread pool with progress (a year's event log is
hundreds of thousands of rows). The Import button is enabled only by a preview without a
single row problem, and the import is refused if the file changed since that preview.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QWidget,
)

from qa_desktop.schemas.ticket_profile import FIELDS, REQUIRED_FIELDS, TicketProfile
from qa_desktop.services import ticket_import
from qa_desktop.services.context import ServiceError
from qa_desktop.services.ticket_import import ImportCancelled, ImportPreview, ImportResult

from ..forms.ui_ticket_import_dialog import Ui_TicketImportDialog
from ..models.measure_models import MonthFiguresModel, ProblemsModel
from ..session import MEASURES, AppSession
from ..workers import run_in_background

NOT_IN_FILE = ""  # the field combos' "(not in this file)" item


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.replace("；", ";").split(";") if part.strip()]


class TicketImportDialog(QDialog):
    imported = Signal(object)  # the ImportResult, after a successful import
    previewed = Signal(object)  # the ImportPreview

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.preview: ImportPreview | None = None
        self.result: ImportResult | None = None
        self.running = False
        self._headers: list[str] = []
        self.ui = Ui_TicketImportDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.months_model = MonthFiguresModel(self)
        self.problems_model = ProblemsModel(session, self)
        ui.monthsView.setModel(self.months_model)
        ui.problemsView.setModel(self.problems_model)
        ui.monthsView.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header = ui.problemsView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        for view in (ui.monthsView, ui.problemsView):
            view.verticalHeader().hide()
            view.verticalHeader().setDefaultSectionSize(round(view.fontMetrics().height() * 1.6))
        self.import_button: QPushButton = ui.buttonBox.addButton(
            "", QDialogButtonBox.ButtonRole.ActionRole
        )
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        self._field_labels: dict[str, QLabel] = {}
        self.field_combos: dict[str, QComboBox] = {}
        self._build_field_editors()
        ui.mappingBox.setVisible(False)
        ui.mappingButton.toggled.connect(self._toggle_mapping)
        ui.browseButton.clicked.connect(self.browse)
        ui.fileEdit.editingFinished.connect(self._file_changed)
        ui.profileCombo.currentIndexChanged.connect(self._profile_changed)
        ui.saveProfileButton.clicked.connect(self.save_profile)
        ui.previewButton.clicked.connect(self.start_preview)
        for edit in (ui.datesEdit, ui.emptyEdit, ui.trueEdit, ui.falseEdit):
            edit.textEdited.connect(self._invalidate)
        QShortcut(QKeySequence("Ctrl+O"), self, activated=self.browse)
        self._fill_profiles()
        self._retranslate()
        self._show_profile()

    # --- the form ------------------------------------------------------------------------

    def _build_field_editors(self) -> None:
        grid = self.ui.fieldsLayout
        for i, field in enumerate(FIELDS):
            label = QLabel(self)
            combo = QComboBox(self)
            combo.setObjectName(f"{field}Combo")
            combo.setMinimumContentsLength(14)
            combo.currentIndexChanged.connect(self._invalidate)
            label.setBuddy(combo)
            row, col = divmod(i, 3)
            grid.addWidget(label, row, col * 2)
            grid.addWidget(combo, row, col * 2 + 1)
            self._field_labels[field] = label
            self.field_combos[field] = combo

    def _field_label(self, field: str) -> str:
        names = {
            "number": self.tr("Number:"),
            "opened_at": self.tr("Opened at:"),
            "resolved_at": self.tr("Resolved at:"),
            "priority": self.tr("Priority:"),
            "made_sla": self.tr("Made SLA:"),
            "knowledge": self.tr("Knowledge used:"),
            "reassignment_count": self.tr("Reassignments:"),
            "reopen_count": self.tr("Reopens:"),
            "version": self.tr("Version:"),
        }
        text = names[field]
        return text.replace(":", " *:") if field in REQUIRED_FIELDS else text

    def _fill_profiles(self, select: str | None = None) -> None:
        combo = self.ui.profileCombo
        current = select or combo.currentData() or ticket_import.SERVICENOW.name
        combo.blockSignals(True)
        combo.clear()
        try:
            profiles = ticket_import.list_profiles(self.session.ctx)
        except ServiceError as exc:
            self.session.refuse(self, str(exc))
            profiles = [ticket_import.ProfileInfo(ticket_import.SERVICENOW.name, True)]
        for p in profiles:
            text = self.tr("{name} (built in)").format(name=p.name) if p.builtin else p.name
            combo.addItem(text, p.name)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def selected_profile(self) -> TicketProfile:
        name = self.ui.profileCombo.currentData() or ticket_import.SERVICENOW.name
        return ticket_import.get_profile(self.session.ctx, name)

    def _show_profile(self) -> None:
        """Fill the mapping editor from the selected profile (guessing for missing columns)."""
        try:
            profile = self.selected_profile()
        except ServiceError as exc:
            self.session.refuse(self, str(exc))
            return
        ui = self.ui
        mapped = profile.columns.mapped()
        if self._headers:
            present = {h.lower(): h for h in self._headers}
            guessed = ticket_import.guess_columns(self._headers)
            mapped = {
                f: present.get(col.lower()) or guessed.get(f, "") for f, col in mapped.items()
            } | {f: c for f, c in guessed.items() if f not in mapped}
        for field, combo in self.field_combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(not in this file)"), NOT_IN_FILE)
            choices = self._headers or sorted(set(profile.columns.mapped().values()))
            for h in choices:
                if h:
                    combo.addItem(h, h)
            combo.setCurrentIndex(max(combo.findData(mapped.get(field) or NOT_IN_FILE), 0))
            combo.blockSignals(False)
        ui.datesEdit.setText("; ".join(profile.date_formats))
        ui.emptyEdit.setText("; ".join(profile.empty))
        ui.trueEdit.setText("; ".join(profile.true_words))
        ui.falseEdit.setText("; ".join(profile.false_words))
        builtin = profile.name in ticket_import.BUILTIN_PROFILES
        ui.nameEdit.setText("" if builtin else profile.name)

    def edited_profile(self) -> TicketProfile:
        """The mapping editor's profile (refused in one line if it is incomplete)."""
        ui = self.ui
        columns = {f: c.currentData() or None for f, c in self.field_combos.items()}
        return ticket_import.make_profile(
            {
                "name": ui.nameEdit.text().strip() or self.tr("unsaved"),
                "columns": columns,
                "date_formats": _split(ui.datesEdit.text()),
                "empty": _split(ui.emptyEdit.text()),
                "true_words": _split(ui.trueEdit.text()),
                "false_words": _split(ui.falseEdit.text()),
            }
        )

    def current_profile(self) -> TicketProfile:
        if self.ui.mappingButton.isChecked():
            return self.edited_profile()
        return self.selected_profile()

    # --- reactions ---------------------------------------------------------------------

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a service-desk export"),
            str(Path(self.ui.fileEdit.text()).parent) if self.ui.fileEdit.text() else "",
            self.tr("Ticket exports (*.csv *.xlsx *.txt);;All files (*)"),
        )
        if path:
            self.set_file(path)

    def set_file(self, path: str) -> None:
        self.ui.fileEdit.setText(path)
        self._file_changed()

    def _file_changed(self) -> None:
        self._invalidate()
        path = self.ui.fileEdit.text().strip()
        self._headers = []
        if path and Path(path).is_file():
            try:
                self._headers = ticket_import.file_headers(path)
            except ServiceError as exc:
                self.ui.summaryLabel.setText(self.session.text(str(exc)))
        self._show_profile()

    def _profile_changed(self) -> None:
        self._invalidate()
        self._show_profile()

    def _toggle_mapping(self, on: bool) -> None:
        self.ui.mappingBox.setVisible(on)
        self._invalidate()

    def _invalidate(self) -> None:
        """Anything changed: the preview no longer says what an import would do."""
        self.preview = None
        self.import_button.setEnabled(False)

    def save_profile(self) -> None:
        try:
            profile = self.edited_profile()
        except ServiceError as exc:
            self.session.refuse(self, str(exc))
            return
        if not self.ui.nameEdit.text().strip():
            self.session.refuse(self, self.tr("Give the profile a name first."))
            self.ui.nameEdit.setFocus()
            return
        ok, saved = self.session.call(self, ticket_import.save_profile, profile)
        if ok:
            self._fill_profiles(select=saved.name)
            self.ui.summaryLabel.setText(self.tr("Profile {name} saved.").format(name=saved.name))

    # --- preview and import, in the background --------------------------------------------

    def _inputs(self) -> tuple[str, TicketProfile] | None:
        path = self.ui.fileEdit.text().strip()
        if not path:
            self.session.refuse(self, self.tr("Choose the file to import first."))
            return None
        try:
            return path, self.current_profile()
        except ServiceError as exc:
            self.session.refuse(self, str(exc))
            return None

    def _set_running(self, running: bool) -> None:
        self.running = running
        for w in (self.ui.previewButton, self.ui.browseButton, self.ui.profileCombo):
            w.setEnabled(not running)
        if running:
            self.import_button.setEnabled(False)

    def start_preview(self) -> None:
        if self.running:
            return
        inputs = self._inputs()
        if inputs is None:
            return
        path, profile = inputs
        ctx = self.session.ctx
        self._invalidate()
        self._set_running(True)

        def work(task):
            return ticket_import.preview_import(
                ctx,
                path,
                profile,
                progress=lambda done, total: task.progress(done, total),
                cancelled=lambda: task.cancelled,
            )

        run_in_background(
            self,
            work,
            title=self.tr("Reading {file}…").format(file=Path(path).name),
            on_done=self._previewed,
            on_error=self._failed,
        )

    def _previewed(self, preview: ImportPreview) -> None:
        self._set_running(False)
        self.preview = preview
        self.months_model.set_months(preview.months)
        self.problems_model.set_problems(preview.problems)
        self._summarise()
        self.import_button.setEnabled(preview.ok and preview.tickets > 0)
        self.ui.resultTabs.setCurrentWidget(
            self.ui.monthsTab if preview.ok else self.ui.problemsTab
        )
        self.previewed.emit(preview)

    def _summarise(self) -> None:
        p = self.preview
        if p is None:
            return
        n = QLocale().toString
        lines = [
            self.tr(
                "{rows} rows, {tickets} tickets ({resolved} resolved, {unresolved} not yet "
                "resolved) — new: {new}, updated: {updated}, unchanged: {unchanged}, older than "
                "the stored version: {older}."
            ).format(
                rows=n(p.rows_read),
                tickets=n(p.tickets),
                resolved=n(p.resolved),
                unresolved=n(p.unresolved),
                new=n(p.new_tickets),
                updated=n(p.updated_tickets),
                unchanged=n(p.unchanged_tickets),
                older=n(p.older_ignored),
            )
        ]
        if p.already_imported:
            lines.append(
                self.tr(
                    "This file was imported before ({when}); importing it again counts nothing "
                    "twice."
                ).format(when=p.already_imported)
            )
        if p.ok:
            lines.append(
                self.tr("{months} months will be recomputed.").format(months=len(p.months))
            )
        else:
            lines.append(
                self.tr(
                    "{count} problems: correct the file (or the mapping) and preview again; "
                    "nothing can be imported until every row reads."
                ).format(count=n(p.problem_count))
            )
        self.ui.summaryLabel.setText("\n".join(lines))

    def start_import(self) -> None:
        if self.running or self.preview is None or not self.preview.ok:
            return
        inputs = self._inputs()
        if inputs is None:
            return
        path, profile = inputs
        ctx, sha = self.session.ctx, self.preview.sha256
        self._set_running(True)

        def work(task):
            return ticket_import.commit_import(
                ctx,
                path,
                profile,
                expected_sha256=sha,
                progress=lambda done, total: task.progress(done, total),
                cancelled=lambda: task.cancelled,
            )

        run_in_background(
            self,
            work,
            title=self.tr("Importing {file}…").format(file=Path(path).name),
            on_done=self._imported,
            on_error=self._failed,
        )

    def _imported(self, result: ImportResult) -> None:
        self._set_running(False)
        self.result = result
        self.session.changed.emit(MEASURES)
        self.imported.emit(result)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._set_running(False)
        if isinstance(exc, ImportCancelled):
            self.ui.summaryLabel.setText(self.session.text(str(exc)))
            self.import_button.setEnabled(self.preview is not None and self.preview.ok)
            return
        if not isinstance(exc, ServiceError):
            raise exc
        self._invalidate()
        self.ui.summaryLabel.setText(self.session.text(str(exc)))
        self.session.refuse(self, str(exc))

    def reject(self) -> None:
        if self.running:  # the worker's own dialog cancels; closing mid-import is not offered
            return
        super().reject()

    # --- language ------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.import_button.setText(self.tr("&Import"))
        self.import_button.setToolTip(
            self.tr("Write the tickets and recompute the months (enabled by a clean preview)")
        )
        for field, label in self._field_labels.items():
            label.setText(self._field_label(field))
        combo = self.ui.profileCombo
        for i in range(combo.count()):
            name = combo.itemData(i)
            if name in ticket_import.BUILTIN_PROFILES:
                combo.setItemText(i, self.tr("{name} (built in)").format(name=name))
        for c in self.field_combos.values():
            if c.count():
                c.setItemText(0, self.tr("(not in this file)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
            for model in (self.months_model, self.problems_model):
                model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)
            self._summarise()
        super().changeEvent(event)
