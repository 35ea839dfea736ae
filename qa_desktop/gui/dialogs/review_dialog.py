"""Plan a management review or change its plan: title, date, chair, participants, the agenda of
ISO/IEC 20000-1 9.3 inputs a–k with who presents each, and the day the meeting was held.

The dialog saves through the services itself and stays open when refused, so nothing typed
is lost; once a new review is saved, pressing OK again changes it rather than planning another.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from qa_desktop.domain.enums import Role
from qa_desktop.services import organisation, reviews
from qa_desktop.services.organisation import PersonView
from qa_desktop.services.reviews import REVIEW_INPUTS, ReviewView

from ..forms.ui_review_dialog import Ui_ReviewDialog
from ..session import REVIEWS, AppSession
from ..views.nc_common import qdate

KEY, INPUT, OWNER, NOTE = range(4)
_LEADING_ROLES = {Role.QUALITY_MANAGER.value, Role.DEPARTMENT_HEAD.value}


def top_manager(people: list[PersonView]) -> PersonView | None:
    """The person whose title says top manager (总经理), who chairs a review by custom."""
    for p in people:
        if p.active and ("总经理" in p.title or "general manager" in p.title.lower()):
            return p
    return None


class ReviewDialog(QDialog):
    def __init__(
        self, session: AppSession, review_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.review_id = review_id
        ctx = session.ctx
        self._review: ReviewView | None = reviews.get_review(ctx, review_id) if review_id else None
        self._people = organisation.list_people(ctx)
        self.ui = Ui_ReviewDialog()
        self.ui.setupUi(self)
        self._set_up_agenda()
        self._fill()
        ui = self.ui
        ui.heldCheck.toggled.connect(ui.heldEdit.setEnabled)
        ui.dateEdit.dateChanged.connect(self._date_changed)
        ui.titleEdit.textChanged.connect(self._update)
        ui.buttonBox.accepted.connect(self.accept)
        QShortcut(QKeySequence("Ctrl+Return"), self).activated.connect(self.accept)
        self._retranslate()
        ui.titleEdit.setFocus()

    # --- filling ---------------------------------------------------------------------------

    def _set_up_agenda(self) -> None:
        table = self.ui.agendaTable
        table.setColumnCount(4)
        table.setRowCount(len(REVIEW_INPUTS))
        header = table.horizontalHeader()
        header.setSectionResizeMode(KEY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(INPUT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(OWNER, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(OWNER, 110)
        table.setColumnWidth(NOTE, 180)

    def _default_owner(self) -> str:
        for p in self._people:
            if p.active and Role.QUALITY_MANAGER.value in p.roles:
                return p.name
        return ""

    def _fill(self) -> None:
        ui, r = self.ui, self._review
        today = self.session.ctx.today()
        self._fill_chairs()
        if r is None:
            ui.dateEdit.setDate(qdate(today))
            ui.yearSpin.setValue(today.year)
            ui.titleEdit.setText(self.tr("Management review {year}").format(year=today.year))
            leading = [p.name for p in self._people if p.active and _LEADING_ROLES & set(p.roles)]
            ui.participantsEdit.setText("、".join(leading))
            ui.heldEdit.setDate(qdate(today))
            owners = dict.fromkeys((i.key for i in REVIEW_INPUTS), self._default_owner())
            notes: dict[str, str] = {}
        else:
            ui.titleEdit.setText(r.title)
            ui.dateEdit.setDate(qdate(r.planned_on or today))
            ui.yearSpin.setValue(r.year)
            ui.locationEdit.setText(r.location)
            ui.participantsEdit.setText("、".join(r.participants))
            ui.heldEdit.setDate(qdate(r.held_on or min(today, r.planned_on or today)))
            owners = {a.key: a.owner for a in r.agenda}
            notes = {a.key: a.note for a in r.agenda}
        held = r is not None and r.held_on is not None
        ui.heldCheck.setChecked(held)
        ui.heldEdit.setEnabled(held)
        # A held meeting stays held (its date can still be corrected); the number carries the
        # year, so the year is chosen once.
        ui.heldCheck.setEnabled(not held)
        ui.yearSpin.setEnabled(r is None)
        table = ui.agendaTable
        for row, spec in enumerate(REVIEW_INPUTS):
            for col, text in (
                (KEY, f"{spec.key})"),
                (INPUT, ""),
                (OWNER, owners.get(spec.key, "")),
                (NOTE, notes.get(spec.key, "")),
            ):
                item = QTableWidgetItem(text)
                if col in (KEY, INPUT):
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setData(Qt.ItemDataRole.UserRole, spec.key)
                table.setItem(row, col, item)

    def _fill_chairs(self) -> None:
        combo = self.ui.chairCombo
        if combo.count():
            current = combo.currentData()
        elif self._review is not None:
            current = self._review.chair
        else:
            boss = top_manager(self._people)
            current = boss.name if boss else ""
        combo.clear()
        combo.addItem(self.tr("(no chair yet)"), "")
        for p in self._people:
            if p.active or p.name == current:
                combo.addItem(f"{p.name} · {p.title}" if p.title else p.name, p.name)
        combo.setCurrentIndex(max(combo.findData(current), 0))

    def _retranslate(self) -> None:
        r = self._review
        if r is None:
            self.setWindowTitle(self.tr("Plan a management review"))
        else:
            self.setWindowTitle(self.tr("Management review {number}").format(number=r.number))
        table = self.ui.agendaTable
        table.setHorizontalHeaderLabels(
            [self.tr("Input"), self.tr("Agenda item"), self.tr("Presented by"), self.tr("Note")]
        )
        english = self.session.language.startswith("en")
        for row, spec in enumerate(REVIEW_INPUTS):
            item = table.item(row, INPUT)
            item.setText(spec.title_en if english else spec.title_zh)
            item.setToolTip(spec.title_zh if english else spec.title_en)
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._fill_chairs()
            self._retranslate()
        super().changeEvent(event)

    # --- input -----------------------------------------------------------------------------

    def _date_changed(self, d: QDate) -> None:
        # The review year follows the date until the user says otherwise (a January meeting
        # on the year before is set by hand).
        if self._review is None:
            self.ui.yearSpin.setValue(d.year())

    def _agenda(self) -> tuple[dict[str, str], dict[str, str]]:
        table = self.ui.agendaTable
        owners, notes = {}, {}
        for row, spec in enumerate(REVIEW_INPUTS):
            owners[spec.key] = table.item(row, OWNER).text().strip()
            notes[spec.key] = table.item(row, NOTE).text().strip()
        return owners, notes

    def _problem(self) -> str:
        if not self.ui.titleEdit.text().strip():
            return self.tr("Give the review a title.")
        return ""

    def _update(self) -> None:
        problem = self._problem()
        self.ui.problemLabel.setText(problem)
        self.ui.problemLabel.setVisible(bool(problem))

    def accept(self) -> None:
        # A cell still being edited holds its text in the editor until it is committed.
        table = self.ui.agendaTable
        table.setCurrentItem(None)
        if self._problem():
            self._update()
            return
        ui = self.ui
        owners, notes = self._agenda()
        fields = {
            "title": ui.titleEdit.text().strip(),
            "planned_on": ui.dateEdit.date().toPython(),
            "location": ui.locationEdit.text().strip(),
            "chair": ui.chairCombo.currentData() or None,
            "participants": ui.participantsEdit.text(),
            "owners": owners,
            "agenda_notes": notes,
        }
        if self.review_id is None:
            ok, view = self.session.call(
                self, reviews.plan_review, year=ui.yearSpin.value(), changed=REVIEWS, **fields
            )
        else:
            ok, view = self.session.call(
                self, reviews.update_review, self.review_id, changed=REVIEWS, **fields
            )
        if not ok:
            return
        self.review_id = view.id
        self._review = view
        held_on = ui.heldEdit.date().toPython() if ui.heldCheck.isChecked() else None
        if held_on is not None and held_on != view.held_on:
            ok, view = self.session.call(
                self, reviews.hold_review, view.id, held_on, changed=REVIEWS
            )
            if not ok:
                return
        super().accept()
