"""Follow-up items in the checklist runner: earlier open NCs of this process and department.

The auditor records what they found (corrected / not corrected / not applicable, and a note);
the NC itself keeps its own status — nothing of an earlier audit is copied into this one.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QGroupBox, QListWidgetItem, QWidget

from qa_desktop.domain.enums import GRADE_LABELS, NC_STATUS_LABELS, Grade, NcStatus, Result
from qa_desktop.services import follow_ups
from qa_desktop.services.follow_ups import FollowUpView

from ..forms.ui_follow_up_panel import Ui_FollowUpPanel
from ..session import ANSWERS, AppSession

OVERDUE = QColor("#b3261e")


class FollowUpPanel(QGroupBox):
    open_nc = Signal(str)

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = Ui_FollowUpPanel()
        self.ui.setupUi(self)
        self.items: list[FollowUpView] = []
        self.answerable = False
        self._saving = False
        self._buttons = {
            Result.CONFORM: self.ui.effectiveButton,
            Result.NONCONFORM: self.ui.notEffectiveButton,
            Result.NOT_APPLICABLE: self.ui.notApplicableButton,
        }
        for result, button in self._buttons.items():
            button.clicked.connect(lambda _c=False, r=result: self.set_result(r))
        self.ui.followUpList.currentRowChanged.connect(self._show)
        self.ui.notesEdit.editingFinished.connect(self._save_notes)
        self.ui.openNcButton.clicked.connect(self._open)
        self.hide()

    def load(self, run_id: str, answerable: bool) -> None:
        self.answerable = answerable
        ok, items = self.session.call(self, follow_ups.follow_ups_for_run, run_id)
        self.items = list(items) if ok else []
        self.setVisible(bool(self.items))
        self._fill_list()
        if self.items:
            self.ui.followUpList.setCurrentRow(0)

    def _label(self, f: FollowUpView) -> str:
        grade = self.session.label(GRADE_LABELS, Grade(f.grade))
        status = self.session.label(NC_STATUS_LABELS, NcStatus(f.nc_status))
        mark = {Result.CONFORM: "✔", Result.NONCONFORM: "✘", Result.NOT_APPLICABLE: "–"}.get(
            Result(f.result), "○"
        )
        return f"{mark} {f.nc_number} · {grade} · {status}"

    def _fill_list(self) -> None:
        current = self.ui.followUpList.currentRow()
        self.ui.followUpList.blockSignals(True)
        self.ui.followUpList.clear()
        for f in self.items:
            entry = QListWidgetItem(self._label(f))
            entry.setToolTip(f.facts)
            if f.overdue:
                entry.setForeground(QBrush(OVERDUE))
                entry.setToolTip(
                    self.tr("Overdue since {date}").format(date=f.due_date) + "\n" + f.facts
                )
            self.ui.followUpList.addItem(entry)
        self.ui.followUpList.blockSignals(False)
        if 0 <= current < len(self.items):
            self.ui.followUpList.setCurrentRow(current)

    def current(self) -> FollowUpView | None:
        row = self.ui.followUpList.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def _show(self, _row: int) -> None:
        f = self.current()
        self.ui.factsLabel.setText(
            self.tr("{number} (audit {audit}) · {clause}\n{facts}").format(
                number=f.nc_number, audit=f.nc_audit_number or "—", clause=f.clause, facts=f.facts
            )
            if f
            else ""
        )
        for result, button in self._buttons.items():
            button.setChecked(bool(f) and f.result == result)
            button.setEnabled(bool(f) and self.answerable)
        self.ui.notesEdit.setText(f.notes if f else "")
        self.ui.notesEdit.setReadOnly(not self.answerable)

    def set_result(self, result: Result) -> None:
        f = self.current()
        if f is None or not self.answerable:
            return
        # A second click on the chosen result clears it.
        value = Result.UNANSWERED if f.result == result else result
        self._save(f, result=value.value, notes=self.ui.notesEdit.text())

    def _save_notes(self) -> None:
        f = self.current()
        if f is not None and self.answerable and self.ui.notesEdit.text() != f.notes:
            self._save(f, notes=self.ui.notesEdit.text())

    def _save(self, f: FollowUpView, **values) -> None:
        if self._saving:
            return  # the change signal reloads the runner, which flushes this panel again
        self._saving = True
        try:
            ok, saved = self.session.call(self, follow_ups.record_follow_up, f.id, **values)
        finally:
            self._saving = False
        if ok:
            # Replace by id: the list may have been reloaded meanwhile.
            self.items = [saved if x.id == saved.id else x for x in self.items]
            self._fill_list()
        self._show(self.ui.followUpList.currentRow())
        if ok:
            self.session.changed.emit(ANSWERS)

    def _open(self) -> None:
        f = self.current()
        if f is not None:
            self._save_notes()
            self.open_nc.emit(f.nc_number)

    def flush(self) -> None:
        self._save_notes()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_list()
            self._show(self.ui.followUpList.currentRow())
        super().changeEvent(event)
