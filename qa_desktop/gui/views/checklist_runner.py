"""The checklist runner: answer a run's items on site, mostly from the keyboard.

Every answer is saved the moment it is given (a result at once, typed fields after a short
pause or on leaving the field), so there is no Save button and nothing to lose; each saved
change is an undoable command. The item list repaints only the row that changed.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QDoubleValidator,
    QFont,
    QKeySequence,
    QPalette,
    QShortcut,
    QUndoStack,
)
from PySide6.QtWidgets import QApplication, QDialog, QListWidgetItem, QPushButton, QWidget

from qa_desktop.domain.enums import (
    AUDIT_STATUS_LABELS,
    RESULT_LABELS,
    AnswerType,
    Result,
)
from qa_desktop.services import checklists, nonconformities
from qa_desktop.services.checklists import ResponseView, RunItem, RunState
from qa_desktop.services.context import ServiceError

from ..dialogs.raise_nc import RaiseNcDialog
from ..forms.ui_checklist_runner import Ui_ChecklistRunner
from ..models.run_items_model import RESULT_BADGES, RunItemsFilter, RunItemsModel, result_icon
from ..session import ALL, ANSWERS, AUDITS, NCS, AppSession
from .answer_commands import AnswerCommand
from .attachments_panel import AttachmentsPanel
from .follow_up_panel import FollowUpPanel

# The keys 1–4 in the order of the result buttons.
RESULT_KEYS: tuple[Result, ...] = (
    Result.CONFORM,
    Result.NONCONFORM,
    Result.OBSERVATION,
    Result.NOT_APPLICABLE,
)
DEBOUNCE_MS = 700
TEXT_FIELDS = ("notes", "sampled_refs", "sample_size", "nonconforming_count", "measured_value")
_REF_SEPARATORS = re.compile(r"[,，、;；\n\r]+")
ERROR_RED = "#b3261e"
NONE = -1  # what an empty sample spin box holds ("—")


class _BadInput(ValueError):
    """What the auditor typed cannot be saved as it is (already translated)."""


def split_refs(text: str) -> list[str]:
    """Record references typed as "A, B、C" or one per line."""
    return [part.strip() for part in _REF_SEPARATORS.split(text) if part.strip()]


def format_number(value: float) -> str:
    return f"{value:.4f}".rstrip("0").rstrip(".")


class ChecklistRunner(QWidget):
    back = Signal()
    open_nc = Signal(str)  # NC number

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = Ui_ChecklistRunner()
        self.ui.setupUi(self)
        self.state: RunState | None = None
        self._row = -1  # source row of the item in the pane
        self._pending: set[str] = set()  # typed fields not yet saved
        self._filling = False  # fields are being set from data, not typed
        self._saving = False
        self._edit_session = 0  # successive saves of one field while typing merge into one undo
        self._own_change = False
        self._stale = False
        self._saved: tuple[str, str] = ("idle", "")  # indicator state: kind, detail
        self._last_saved = ""  # time of the last save

        self.model = RunItemsModel(session, self)
        self.proxy = RunItemsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.ui.itemList.setModel(self.proxy)
        self.ui.itemList.selectionModel().currentChanged.connect(self._current_changed)
        self.ui.splitter.setStretchFactor(0, 0)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([330, 800])

        self.attachments = AttachmentsPanel(session, self.ui.evidenceBox)
        self.ui.attachmentsHost.addWidget(self.attachments)
        self.attachments.watch_drops(self.ui.itemPane)
        self.attachments.count_changed.connect(self._attachment_count_changed)
        # Earlier open NCs of this process and department, checked again in this audit.
        self.follow_ups = FollowUpPanel(session, self.ui.listPane)
        self.ui.listLayout.addWidget(self.follow_ups)
        self.follow_ups.open_nc.connect(self.open_nc)

        self.undo_stack = QUndoStack(self)
        self._make_actions()
        self._make_shortcuts()
        self._style_labels()

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(lambda: self._save_pending(final=False))

        self._result_buttons: dict[Result, QPushButton] = dict(
            zip(
                RESULT_KEYS,
                (
                    self.ui.conformButton,
                    self.ui.nonconformButton,
                    self.ui.observationButton,
                    self.ui.notApplicableButton,
                ),
                strict=True,
            )
        )
        for result, button in self._result_buttons.items():
            button.clicked.connect(lambda _checked=False, r=result: self.set_result(r))
            colour = RESULT_BADGES[result][0]
            button.setStyleSheet(
                f"QPushButton:checked {{ background: {colour}; color: white; "
                f"border: 1px solid {colour}; border-radius: 3px; padding: 4px 10px; }}"
            )

        ui = self.ui
        # A rate is typed as a percentage (the service stores a fraction 0–1).
        self._percent_validator = QDoubleValidator(0.0, 100.0, 2, self)
        self._number_validator = QDoubleValidator(0.0, 1e9, 4, self)
        for validator in (self._percent_validator, self._number_validator):
            validator.setNotation(QDoubleValidator.Notation.StandardNotation)
        ui.notesEdit.textChanged.connect(lambda: self._edited("notes"))
        ui.refsEdit.textEdited.connect(lambda _t: self._edited("sampled_refs"))
        ui.valueEdit.textEdited.connect(lambda _t: self._edited("measured_value"))
        ui.sampleSizeSpin.valueChanged.connect(self._sample_size_changed)
        ui.badCountSpin.valueChanged.connect(lambda _v: self._edited("nonconforming_count"))
        for editor in (ui.refsEdit, ui.valueEdit, ui.sampleSizeSpin, ui.badCountSpin):
            editor.editingFinished.connect(self._leave_field)
        ui.notesEdit.installEventFilter(self)  # QPlainTextEdit has no editingFinished

        ui.unansweredCheck.toggled.connect(self._filter_toggled)
        ui.backButton.clicked.connect(self._go_back)
        ui.raiseNcButton.clicked.connect(self.raise_nc)
        ui.ncList.itemActivated.connect(self._open_nc_item)
        session.changed.connect(self._on_changed)
        # Coded labels (results, statuses) follow the session language even when no Qt
        # translator changes and therefore no LanguageChange event arrives.
        session.language_changed.connect(lambda _lang: self._retranslate())
        self._retranslate()
        self._show_item(-1)

    # --- set-up ----------------------------------------------------------------------------

    def _make_actions(self) -> None:
        self.undo_action = self.undo_stack.createUndoAction(self)
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self)
        # Ctrl+Shift+Z everywhere, plus the platform's own (Ctrl+Y on Windows), once each.
        redo = [QKeySequence("Ctrl+Shift+Z")]
        for key in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo):
            if key not in redo:
                redo.append(key)
        self.redo_action.setShortcuts(redo)
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

    def _shortcut(self, keys, slot) -> QShortcut:
        shortcut = QShortcut(self)
        shortcut.setKeys([QKeySequence(k) for k in keys])
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(slot)
        return shortcut

    def _make_shortcuts(self) -> None:
        # Plain digits reach a shortcut only when no text field has focus: line edits, text
        # edits and spin boxes claim printable keys (ShortcutOverride), so there digits type.
        for number, result in enumerate(RESULT_KEYS, start=1):
            self._shortcut([str(number), f"Alt+{number}"], lambda r=result: self.set_result(r))
        self._shortcut(["Ctrl+Down"], self.next_item)
        self._shortcut(["Ctrl+Up"], self.previous_item)
        self._shortcut(["F8", "Ctrl+Shift+Down"], self.next_unanswered)
        self._shortcut(["Ctrl+N"], self.raise_nc)
        self._shortcut(["Alt+Left"], self._go_back)

    def _style_labels(self) -> None:
        ui = self.ui
        big = QFont(ui.titleLabel.font())
        big.setPointSizeF(big.pointSizeF() * 1.25)
        big.setBold(True)
        ui.titleLabel.setFont(big)
        question = QFont(ui.questionLabel.font())
        question.setPointSizeF(question.pointSizeF() * 1.3)
        question.setBold(True)
        ui.questionLabel.setFont(question)
        small = QFont(ui.questionEnLabel.font())
        small.setPointSizeF(small.pointSizeF() * 0.92)
        ui.questionEnLabel.setFont(small)
        muted = ui.questionEnLabel.palette()
        muted.setColor(
            QPalette.ColorRole.WindowText, self.palette().color(QPalette.ColorRole.PlaceholderText)
        )
        for label in (ui.questionEnLabel, ui.subtitleLabel, ui.resultHint):
            label.setPalette(muted)
        for label in (
            ui.questionLabel,
            ui.questionEnLabel,
            ui.clauseLabel,
            ui.evidenceLabel,
            ui.guidanceLabel,
            ui.titleLabel,
            ui.subtitleLabel,
        ):
            label.setTextFormat(Qt.TextFormat.PlainText)  # template text is data, not markup
        ui.lockBanner.setStyleSheet(
            "background: #fdf0d5; color: #6b4a00; padding: 6px; border-radius: 3px;"
        )
        ui.warningsLabel.setStyleSheet(f"color: {ERROR_RED};")
        self.ui.unitLabel.setMinimumWidth(24)

    # --- texts -----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.undo_action.setText(self.tr("Undo answer"))
        self.redo_action.setText(self.tr("Redo answer"))
        for number, (result, button) in enumerate(self._result_buttons.items(), start=1):
            label = self.session.label(RESULT_LABELS, result)
            button.setText(self.tr("{key}  {label}").format(key=number, label=label))
            button.setIcon(result_icon(result, room_for_flag=False))
            button.setToolTip(
                self.tr("Record “{label}” (key {key} in the list, Alt+{key} anywhere)").format(
                    label=label, key=number
                )
            )
        self.ui.progressBar.setFormat(self.tr("%v / %m answered"))
        self.model.relabel()
        self._update_header()
        self._show_saved()
        self._set_hint()
        if 0 <= self._row < self.model.rowCount():
            self._show_item(self._row)

    def _set_hint(self, text: str = "", error: bool = False) -> None:
        if not text and (self.state is None or self.answerable):
            text = self.tr("Keys 1–4 choose · Ctrl+↓ next · F8 next unanswered · Ctrl+Z undo")
        self.ui.resultHint.setText(text)
        self.ui.resultHint.setStyleSheet(f"color: {ERROR_RED};" if error else "")

    # --- loading ---------------------------------------------------------------------------

    def activate(self) -> None:
        if self.state is not None:
            self.reload()

    def load(self, run_id: str) -> None:
        """Open a run; the pane starts at its first unanswered item."""
        self.flush()
        ok, state = self.session.call(self, checklists.get_run_state, run_id)
        if not ok:
            return
        self.undo_stack.clear()  # undo steps belong to the run they were made in
        self._saved = ("idle", "")
        self._set_state(state)
        first = next(
            (r for r, it in enumerate(state.run.items) if it.response.result == Result.UNANSWERED),
            0,
        )
        self._select_row(first if state.run.items else -1)
        self.ui.itemList.setFocus()

    def reload(self) -> None:
        """Fetch the run again (another screen changed it), keeping the item in view."""
        if self.state is None:
            return
        self.flush()
        self._stale = False
        keep = self.model.item(self._row).item.id if self._row >= 0 else None
        ok, state = self.session.call(self, checklists.get_run_state, self.state.run.summary.id)
        if not ok:
            return
        self._set_state(state)
        row = self.model.row_of_item(keep) if keep else -1
        self._row = -1
        self._select_row(row if row >= 0 else (0 if state.run.items else -1))

    def _set_state(self, state: RunState) -> None:
        self.state = state
        self._row = -1
        self._pending.clear()
        self.proxy.set_pinned(None)
        self.model.set_items(state.run.items)
        self.follow_ups.load(state.run.summary.id, state.answerable)
        self._update_header()
        self._show_saved()
        self._set_hint()

    @property
    def answerable(self) -> bool:
        return self.state is not None and self.state.answerable

    def _update_header(self) -> None:
        ui = self.ui
        if self.state is None:
            ui.titleLabel.setText(self.tr("No checklist open"))
            ui.subtitleLabel.setText(self.tr("Open a checklist from an audit."))
            ui.progressBar.setRange(0, 1)
            ui.progressBar.setValue(0)
            ui.ncCountLabel.clear()
            return
        state = self.state
        s = state.run.summary
        ui.lockBanner.setVisible(not state.answerable)
        if not state.answerable:
            ui.lockBanner.setText(
                self.tr(
                    "Audit {audit} is {status}: its answers can no longer change. "
                    "You can read them here."
                ).format(
                    audit=s.audit_number,
                    status=self.session.label(AUDIT_STATUS_LABELS, state.audit_status),
                )
            )
        # ISO 9001 9.2.2 c): an auditor from the audited department is worth a visible warning.
        warnings = [self.session.text(w) for w in state.run.warnings]
        ui.warningsLabel.setText("\n".join(warnings))
        ui.warningsLabel.setVisible(bool(warnings))
        ui.titleLabel.setText(
            self.tr("{audit} · {title} ({code} v{version})").format(
                audit=s.audit_number,
                title=s.title,
                code=s.template_code,
                version=s.template_version,
            )
        )
        ui.subtitleLabel.setText(
            self.tr("Auditee: {department} · Auditor: {auditor}").format(
                department=s.department, auditor=s.auditor or "—"
            )
        )
        ui.progressBar.setRange(0, max(self.model.rowCount(), 1))
        ui.progressBar.setValue(self.model.answered())
        ui.ncCountLabel.setText(self.tr("NCs raised: {count}").format(count=self.model.nc_count()))

    # --- the saved indicator ---------------------------------------------------------------

    def _show_saved(self, kind: str | None = None, detail: str = "") -> None:
        if kind is not None:
            self._saved = (kind, detail)
        kind, detail = self._saved
        label = self.ui.savedLabel
        if kind == "saved":
            text = self.tr("Saved {time}").format(time=detail)
        elif kind == "saving":
            text = self.tr("Saving…")
        elif kind == "failed":
            text = self.tr("Not saved: {reason}").format(reason=detail)
        elif not self.answerable and self.state is not None:
            text = self.tr("Read only")
        else:
            text = self.tr("Answers are saved as you go")
        label.setText(text)
        label.setToolTip(
            text
            if kind == "failed"
            else self.tr("Every answer is saved as soon as it is given; there is no Save button.")
        )
        label.setStyleSheet(f"color: {ERROR_RED}; font-weight: bold;" if kind == "failed" else "")

    def saved_text(self) -> str:
        return self.ui.savedLabel.text()

    # --- the current item ------------------------------------------------------------------

    def current_item(self) -> RunItem | None:
        return self.model.item(self._row) if self._row >= 0 else None

    def _select_row(self, row: int) -> None:
        """Make a source row the current item (listing it even under the filter)."""
        if row < 0:
            self._show_item(-1)
            return
        self.proxy.set_pinned(self.model.item(row).response.id)
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.ui.itemList.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        if row != self._row:  # the selection was already there: show it anyway
            self._switch_to(row)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        source = self.proxy.mapToSource(current)
        if source.isValid() and source.row() != self._row:
            self._switch_to(source.row())

    def _switch_to(self, row: int) -> None:
        self._save_pending(final=True)  # what was typed on the item being left
        self._row = row
        self.proxy.set_pinned(self.model.item(row).response.id)
        self._show_item(row)

    def _show_item(self, row: int) -> None:
        ui = self.ui
        has_item = 0 <= row < self.model.rowCount()
        ui.itemPane.setEnabled(has_item)
        if not has_item:
            self._filling = True
            for label in (
                ui.questionLabel,
                ui.questionEnLabel,
                ui.clauseLabel,
                ui.evidenceLabel,
                ui.guidanceLabel,
            ):
                label.clear()
            ui.notesEdit.clear()
            ui.refsEdit.clear()
            ui.valueEdit.clear()
            ui.ncList.clear()
            self._filling = False
            self.attachments.set_response(None, editable=False)
            for button in self._result_buttons.values():
                button.setChecked(False)
                button.setEnabled(False)
            ui.raiseNcButton.setEnabled(False)
            return
        it = self.model.item(row)
        item = it.item
        ui.questionLabel.setText(f"{item.id}  {item.question}")
        ui.questionEnLabel.setText(item.question_en)
        ui.questionEnLabel.setVisible(bool(item.question_en))
        ui.clauseLabel.setText("; ".join(item.clause))
        evidence = item.evidence + (f"\n{item.evidence_en}" if item.evidence_en else "")
        ui.evidenceLabel.setText(evidence)
        ui.guidanceLabel.setText(item.guidance)
        ui.referenceForm.setRowVisible(2, bool(item.guidance))
        is_sample = item.answer.type == AnswerType.SAMPLE
        is_measure = item.answer.type == AnswerType.MEASURE
        ui.sampleCaption.setVisible(is_sample)
        ui.sampleRow.setVisible(is_sample)
        ui.valueCaption.setVisible(is_measure)
        ui.valueRow.setVisible(is_measure)
        unit = item.answer.unit or ""
        ui.unitLabel.setText(unit)
        if unit == "%":
            ui.valueEdit.setValidator(self._percent_validator)
            ui.valueEdit.setToolTip(self.tr("A percentage from 0 to 100"))
        else:
            ui.valueEdit.setValidator(self._number_validator)
            ui.valueEdit.setToolTip(self.tr("The measured value ({unit})").format(unit=unit or "—"))
        self._fill_fields(it.response)
        editable = self.answerable
        for widget in (ui.notesEdit, ui.refsEdit, ui.valueEdit, ui.sampleSizeSpin, ui.badCountSpin):
            widget.setReadOnly(not editable)
        ui.raiseNcButton.setEnabled(editable)
        self._sync_results()
        self._fill_ncs(it)
        self.attachments.set_response(it.response.id, editable=editable, known_count=it.attachments)

    def _fill_fields(self, r: ResponseView) -> None:
        """Show an answer's typed fields (from data: nothing becomes pending)."""
        ui = self.ui
        self._filling = True
        try:
            if ui.notesEdit.toPlainText() != r.notes:
                ui.notesEdit.setPlainText(r.notes)
            ui.refsEdit.setText(", ".join(r.sampled_refs))
            ui.sampleSizeSpin.setValue(NONE if r.sample_size is None else r.sample_size)
            self._limit_bad_count()
            ui.badCountSpin.setValue(
                NONE if r.nonconforming_count is None else r.nonconforming_count
            )
            value = r.measured_value
            if value is None:
                ui.valueEdit.clear()
            else:
                item = self.model.item(self._row).item if self._row >= 0 else None
                shown = value * 100 if item and item.answer.unit == "%" else value
                ui.valueEdit.setText(format_number(shown))
        finally:
            self._filling = False

    def _limit_bad_count(self) -> None:
        size = self.ui.sampleSizeSpin.value()
        self.ui.badCountSpin.setMaximum(size if size >= 0 else 100000)

    def _sync_results(self) -> None:
        it = self.current_item()
        for result, button in self._result_buttons.items():
            allowed = it is not None and result in it.item.answer.results
            button.setEnabled(self.answerable and allowed)
            button.setChecked(it is not None and it.response.result == result)

    def _fill_ncs(self, it: RunItem) -> None:
        self.ui.ncList.clear()
        for number in it.nc_numbers:
            entry = QListWidgetItem(number)
            entry.setToolTip(
                self.tr("Open {number} in the nonconformities page").format(number=number)
            )
            self.ui.ncList.addItem(entry)

    # --- answering -------------------------------------------------------------------------

    def set_result(self, result: Result) -> None:
        it = self.current_item()
        if it is None:
            return
        if not self.answerable:
            self._set_hint(
                self.tr("This audit is reported or closed: answers cannot change."), True
            )
            self._sync_results()
            return
        if result not in it.item.answer.results:
            allowed = " / ".join(
                self.session.label(RESULT_LABELS, r) for r in it.item.answer.results
            )
            self._set_hint(
                self.tr("{item} accepts only {allowed}").format(item=it.item.id, allowed=allowed),
                True,
            )
            QApplication.beep()
            self._sync_results()
            return
        self._set_hint()
        self._save_pending(final=True)  # typed notes first: their own undo step
        it = self.current_item()
        if it.response.result != result:
            before = {"result": it.response.result}
            if self._record(it.response.id, {"result": result.value}):
                self.undo_stack.push(
                    AnswerCommand(
                        self,
                        it.response.id,
                        before,
                        {"result": result.value},
                        self.tr("{item}: {result}").format(
                            item=it.item.id, result=self.session.label(RESULT_LABELS, result)
                        ),
                    )
                )
        self._sync_results()
        self.ui.itemList.setFocus()  # so "2, Ctrl+Down, 1, Ctrl+Down…" flows

    def _edited(self, field: str) -> None:
        if self._filling or self._row < 0 or not self.answerable:
            return
        self._pending.add(field)
        self._show_saved("saving")
        self._timer.start()

    def _sample_size_changed(self, _value: int) -> None:
        if self._filling:
            return
        self._limit_bad_count()
        self._edited("sample_size")

    def _leave_field(self) -> None:
        self._save_pending(final=True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.notesEdit and event.type() == QEvent.Type.FocusOut:
            self._save_pending(final=True)
        return super().eventFilter(watched, event)

    def flush(self) -> None:
        """Save whatever is still being typed (window closing, leaving the item or the page)."""
        self._save_pending(final=True)
        self.follow_ups.flush()

    def _bump_edit_session(self) -> None:
        self._edit_session += 1

    def _typed_values(self, fields) -> dict[str, Any]:
        ui = self.ui
        values: dict[str, Any] = {}
        for field in fields:
            if field == "notes":
                values["notes"] = ui.notesEdit.toPlainText()
            elif field == "sampled_refs":
                values["sampled_refs"] = tuple(split_refs(ui.refsEdit.text()))
            elif field == "sample_size":
                v = ui.sampleSizeSpin.value()
                values["sample_size"] = None if v == NONE else v
            elif field == "nonconforming_count":
                v = ui.badCountSpin.value()
                values["nonconforming_count"] = None if v == NONE else v
            elif field == "measured_value":
                values["measured_value"] = self._typed_measure()
        return values

    def _typed_measure(self) -> float | None:
        text = self.ui.valueEdit.text().strip()
        if not text:
            return None
        try:
            number = float(text)
        except ValueError:
            number, ok = QLocale().toDouble(text)  # "95,5" where the comma is decimal
            if not ok:
                raise _BadInput(self.tr("the measured value must be a number")) from None
        item = self.model.item(self._row).item
        if item.answer.unit == "%":
            if not 0 <= number <= 100:
                raise _BadInput(self.tr("a percentage must be between 0 and 100"))
            return round(number / 100, 6)
        if number < 0:
            raise _BadInput(self.tr("the measured value cannot be negative"))
        return number

    def _save_pending(self, *, final: bool) -> None:
        self._timer.stop()
        if self._saving:
            return
        if self._row < 0 or not self._pending:
            if final:
                self._bump_edit_session()
            return
        it = self.model.item(self._row)
        fields = set(self._pending)
        try:
            values = self._typed_values(fields)
        except _BadInput as exc:
            if final:
                self._pending.clear()  # told once; the typed text stays in the field
                self._show_saved("failed", str(exc))
                self.session.refuse(self, str(exc))
            else:
                self._show_saved("failed", str(exc))
            return
        self._pending.clear()  # before saving: a refusal's message box moves the focus
        current = it.response
        changed = {k: v for k, v in values.items() if v != self._stored(current, k)}
        if not changed:
            if self._saved[0] == "saving":  # typed and typed back: nothing to save
                self._show_saved(
                    *(("saved", self._last_saved) if self._last_saved else ("idle", ""))
                )
        else:
            before = {k: self._stored(current, k) for k in changed}
            if self._record(current.id, changed):
                self.undo_stack.push(
                    AnswerCommand(
                        self,
                        current.id,
                        before,
                        changed,
                        self.tr("{item}: {fields}").format(
                            item=it.item.id, fields=self._field_names(changed)
                        ),
                        edit_session=self._edit_session,
                    )
                )
        if final:
            self._bump_edit_session()

    @staticmethod
    def _stored(r: ResponseView, field: str) -> Any:
        value = getattr(r, field)
        return tuple(value) if field == "sampled_refs" else value

    def _field_names(self, values: dict) -> str:
        names = {
            "notes": self.tr("notes"),
            "sampled_refs": self.tr("sampled records"),
            "sample_size": self.tr("sample size"),
            "nonconforming_count": self.tr("nonconforming count"),
            "measured_value": self.tr("measured value"),
            "result": self.tr("result"),
        }
        return ", ".join(names[k] for k in values)

    @staticmethod
    def _now() -> str:
        return datetime.now().strftime("%H:%M:%S")

    def _record(self, response_id: str, values: dict[str, Any]) -> ResponseView | None:
        """Save through the service; on refusal say why (indicator and box) and keep the data."""
        self._show_saved("saving")
        self._saving = True
        try:
            try:
                view = checklists.record_response(self.session.ctx, response_id, **values)
            except ServiceError as exc:
                self._show_saved("failed", self.session.text(str(exc)))
                self.session.refuse(self, str(exc))
                return None
        finally:
            self._saving = False
        self.model.set_response(view)
        self._update_header()
        self._last_saved = self._now()
        self._show_saved("saved", self._last_saved)
        self._announce(ANSWERS)
        return view

    def _announce(self, kind: str) -> None:
        self._own_change = True
        try:
            self.session.changed.emit(kind)
        finally:
            self._own_change = False

    def apply_answer(self, response_id: str, values: dict[str, Any]) -> bool:
        """Undo/redo: save these values again and bring the item into view."""
        if self._pending:
            # Never lose typing, but never push a command from inside an undo either.
            pending, self._pending = set(self._pending), set()
            it = self.current_item()
            try:
                typed = self._typed_values(pending)
            except _BadInput:
                typed = {}
            if it is not None and typed:
                self._record(it.response.id, typed)
        self._timer.stop()
        self._bump_edit_session()  # typing after an undo starts a new undo step
        view = self._record(response_id, values)
        if view is None:
            return False
        row = self.model.row_of_response(response_id)
        if row != self._row:
            self._select_row(row)
        else:
            self._show_item(row)
        return True

    # --- navigation ------------------------------------------------------------------------

    def _move(self, step: int) -> None:
        current = self.ui.itemList.currentIndex()
        target = (current.row() + step) if current.isValid() else 0
        if 0 <= target < self.proxy.rowCount():
            self.ui.itemList.setCurrentIndex(self.proxy.index(target, 0))
        self.ui.itemList.setFocus()

    def next_item(self) -> None:
        self._move(1)

    def previous_item(self) -> None:
        self._move(-1)

    def next_unanswered(self) -> None:
        """The next unanswered item after this one, wrapping round to the top."""
        self._save_pending(final=True)
        count = self.model.rowCount()
        for step in range(1, count + 1):
            row = (self._row + step) % count
            if row != self._row and self.model.item(row).response.result == Result.UNANSWERED:
                self._select_row(row)
                self.ui.itemList.setFocus()
                return
        self._set_hint(self.tr("Every item is answered."))

    def _filter_toggled(self, on: bool) -> None:
        self.proxy.set_unanswered_only(on)
        if self._row >= 0:
            index = self.proxy.mapFromSource(self.model.index(self._row, 0))
            self.ui.itemList.scrollTo(index)

    def _go_back(self) -> None:
        self.flush()
        self.back.emit()

    # --- attachments and NCs ---------------------------------------------------------------

    def _attachment_count_changed(self, response_id: str, count: int) -> None:
        row = self.model.row_of_response(response_id)
        if row >= 0:
            self.model.set_attachment_count(row, count)

    def raise_nc(self) -> None:
        it = self.current_item()
        if it is None or not self.answerable:
            return
        self.flush()  # the draft's facts come from the saved notes
        ok, draft = self.session.call(self, nonconformities.draft_from_response, it.response.id)
        if not ok:
            return
        dialog = RaiseNcDialog(self.session, draft, item_id=it.item.id, parent=self)
        self._own_change = True  # this screen updates its own row below
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            self._own_change = False
        if accepted and dialog.nc is not None:
            row = self.model.row_of_response(it.response.id)
            current = self.model.item(row)
            self.model.set_nc_numbers(row, (*current.nc_numbers, dialog.nc.number))
            self._update_header()
            if row == self._row:
                self._fill_ncs(self.model.item(row))
        dialog.deleteLater()
        self.ui.itemList.setFocus()

    def _open_nc_item(self, entry: QListWidgetItem) -> None:
        self.flush()
        self.open_nc.emit(entry.text())

    # --- other screens changed things ------------------------------------------------------

    def _on_changed(self, kind: str) -> None:
        if self._own_change or self.state is None or kind not in (ANSWERS, NCS, AUDITS, ALL):
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()
