"""The Management review page: the reviews, and for the selected one its plan and agenda, the
input pack compiled from the data, the decisions and actions, and the conclusion.

The input pack (ISO/IEC 20000-1:2018 9.3 a–k) is compiled when its tab is shown and again
after any change; it takes a fraction of a second. Free text — the notes of an input and
the conclusion — is saved when the user leaves the field, switches input or review, presses
Ctrl+S, or leaves the page, so nothing typed is lost.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QTableView,
    QWidget,
)

from qa_desktop.services import organisation, review_pack, reviews
from qa_desktop.services.context import ServiceError
from qa_desktop.services.review_pack import PackSection, ReviewPack
from qa_desktop.services.reviews import REVIEW_STATUS_LABELS, ReviewActionView
from qa_desktop.services.reviews import ReviewView as Review

from ..dialogs.audit_dialog import WARNING_STYLE
from ..dialogs.review_action import ReviewActionDialog
from ..dialogs.review_dialog import REVIEWS, ReviewDialog
from ..forms.ui_review_view import Ui_ReviewView
from ..models.review_models import (
    ID_ROLE,
    AgendaTableModel,
    Block,
    PackBlocks,
    PackSectionsModel,
    PackTableModel,
    ReviewActionsModel,
    ReviewsTableModel,
)
from ..report_actions import attach_documents_menu
from ..session import ALL, SETTINGS, AppSession
from ..tables import show_model
from .stale import StaleRefresh

_LIST_KINDS = {REVIEWS, ALL, SETTINGS}
_PROBLEM_STYLE = "QLabel { color: #b00020; }"
_CAPTION_STYLE = "QLabel { font-weight: bold; margin-top: 6px; }"


class ReviewView(StaleRefresh, QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = Ui_ReviewView()
        self.ui.setupUi(self)
        self.dialog: QDialog | None = None  # the open plan or action dialog (window-modal)
        self._review: Review | None = None
        self._pack: ReviewPack | None = None
        self._pack_stale = True
        self._section_key: str | None = "a"
        self._stale = True
        self._selecting = False
        self._block_views: list[QWidget] = []

        self.reviews_model = ReviewsTableModel(session, self)
        self.agenda_model = AgendaTableModel(session, self)
        self.actions_model = ReviewActionsModel(session, self)
        self.sections_model = PackSectionsModel(session, self)
        self.blocks = PackBlocks(session, self)
        self._set_up()
        self._connect()
        self._retranslate_code()
        self._show_review(None)

    # --- set-up ----------------------------------------------------------------------------

    def _set_up(self) -> None:
        ui = self.ui
        show_model(ui.reviewsTable, self.reviews_model, ReviewsTableModel.TITLE)
        show_model(ui.agendaTable, self.agenda_model, AgendaTableModel.NOTES)
        show_model(ui.actionsTable, self.actions_model, ReviewActionsModel.DESCRIPTION)
        ui.sectionsList.setModel(self.sections_model)
        # A year holds one or two reviews: most of the height goes to the selected one.
        ui.mainSplitter.setStretchFactor(0, 1)
        ui.mainSplitter.setStretchFactor(1, 5)
        ui.mainSplitter.setSizes([110, 600])
        ui.packSplitter.setStretchFactor(0, 1)
        ui.packSplitter.setStretchFactor(1, 3)
        ui.packSplitter.setSizes([260, 780])
        for label in (ui.meetingValue, ui.chairValue, ui.participantsValue):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = ui.headingLabel.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        ui.headingLabel.setFont(font)
        font = ui.sectionTitleLabel.font()
        font.setBold(True)
        ui.sectionTitleLabel.setFont(font)
        ui.problemsLabel.setStyleSheet(_PROBLEM_STYLE)
        ui.blockersLabel.setStyleSheet(WARNING_STYLE)
        ui.emptyLabel.setEnabled(False)
        ui.packScroll.viewport().setAutoFillBackground(False)
        ui.packContents.setAutoFillBackground(False)
        ui.blocksLayout.addStretch(1)
        for edit in (ui.suitabilityEdit, ui.adequacyEdit, ui.effectivenessEdit):
            edit.setMinimumHeight(70)
            edit.installEventFilter(self)
        ui.notesEdit.installEventFilter(self)

    def _connect(self) -> None:
        ui = self.ui
        ui.reviewsTable.selectionModel().currentRowChanged.connect(self._review_selected)
        ui.reviewsTable.doubleClicked.connect(self.edit_review)
        ui.newButton.clicked.connect(self.new_review)
        ui.editButton.clicked.connect(self.edit_review)
        attach_documents_menu(
            ui.documentsButton,
            self.session,
            ("review-plan", "review-report"),
            lambda: self._review.number if self._review else None,
        )
        ui.tabs.currentChanged.connect(self._tab_changed)
        ui.recompileButton.clicked.connect(self.recompile)
        ui.sectionsList.selectionModel().currentRowChanged.connect(self._section_selected)
        ui.actionsTable.selectionModel().currentRowChanged.connect(self._update_buttons)
        ui.actionsTable.doubleClicked.connect(self.edit_action)
        ui.addActionButton.clicked.connect(self.add_action)
        ui.editActionButton.clicked.connect(self.edit_action)
        ui.doneActionButton.clicked.connect(self.complete_action)
        ui.saveConclusionButton.clicked.connect(self.save_conclusion)
        ui.closeReviewButton.clicked.connect(self.close_review)
        QShortcut(QKeySequence("Ctrl+Shift+N"), self, self.new_review)
        QShortcut(QKeySequence("Ctrl+E"), self, self.edit_review)
        QShortcut(QKeySequence("Ctrl+S"), self, self.flush)
        QShortcut(QKeySequence("F5"), self, self.recompile)
        add = QShortcut(QKeySequence("Ctrl+N"), ui.actionsTab, self.add_action)
        add.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.session.changed.connect(self._on_changed)
        self.session.language_changed.connect(self._relabel)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            if watched is self.ui.notesEdit:
                self._save_notes()
            elif watched in (
                self.ui.suitabilityEdit,
                self.ui.adequacyEdit,
                self.ui.effectivenessEdit,
            ):
                self._save_conclusion(quiet=True)
        return super().eventFilter(watched, event)

    # --- refreshing ------------------------------------------------------------------------

    def activate(self) -> None:
        self.refresh()

    def _on_changed(self, kind: str) -> None:
        # The pack draws on NCs, audits, measures and surveys: any change may alter it.
        self._pack_stale = True
        if kind not in _LIST_KINDS and self.ui.tabs.currentWidget() is not self.ui.packTab:
            return
        self.mark_stale()

    def hideEvent(self, event) -> None:
        self.flush()
        super().hideEvent(event)

    def refresh(self, select_id: str | None = None) -> None:
        # Reloading refills the editors: what is being typed there is saved first.
        self.flush()
        self._stale = False
        keep = select_id or (self._review.id if self._review else None)
        try:
            self.reviews_model.refresh()
        except ServiceError as exc:
            self.session.refuse(self, str(exc))
        self._pack_stale = True
        self._select(keep)

    def _select(self, review_id: str | None) -> None:
        table = self.ui.reviewsTable
        row = self.reviews_model.row_of(review_id) if review_id else -1
        if row < 0 and self.reviews_model.rowCount():
            row = 0
        if row < 0:
            table.selectionModel().clear()
            self._show_review(None)
            return
        index = self.reviews_model.index(row, 0)
        self._selecting = True
        try:
            table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        finally:
            self._selecting = False
        self._review_selected(index)

    def select_review(self, number_or_id: str) -> None:
        """Show one review (for navigation from elsewhere, e.g. an overdue action on Home)."""
        for row in range(self.reviews_model.rowCount()):
            r = self.reviews_model.row(row)
            if number_or_id in (r.id, r.number):
                self._select(r.id)
                return

    # --- the selected review ---------------------------------------------------------------

    def _review_selected(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        if self._selecting:
            return
        review_id = index.data(ID_ROLE) if index.isValid() else None
        if self._review is not None and review_id != self._review.id:
            self.flush()
            self._section_key = "a"
        review = None
        if review_id:
            try:
                review = reviews.get_review(self.session.ctx, review_id)
            except ServiceError as exc:
                self.session.refuse(self, str(exc))
        self._show_review(review)

    def _show_review(self, review: Review | None) -> None:
        ui = self.ui
        changed = review is None or self._review is None or review.id != self._review.id
        self._review = review
        if changed:
            self._pack = None
        self._pack_stale = True
        ui.detailStack.setCurrentWidget(ui.tabs if review else ui.emptyPage)
        self.agenda_model.load(review)
        self.actions_model.set_rows(review.actions if review else ())
        self._fill_heading()
        self._fill_plan()
        self._fill_conclusion()
        self._fill_actions_summary()
        if self.ui.tabs.currentWidget() is self.ui.packTab:
            self._compile()
        self._update_buttons()

    def _fill_heading(self) -> None:
        r = self._review
        if r is None:
            self.ui.headingLabel.setText(self.tr("Management reviews"))
            return
        self.ui.headingLabel.setText(
            self.tr("{number} {title} — {status}").format(
                number=r.number,
                title=r.title,
                status=self.session.label(REVIEW_STATUS_LABELS, r.status),
            )
        )

    def _fill_plan(self) -> None:
        ui, r = self.ui, self._review
        if r is None:
            return
        none = self.tr("—")
        held = (
            self.tr("held on {day}").format(day=r.held_on.isoformat())
            if r.held_on
            else self.tr("not held yet")
        )
        ui.meetingValue.setText(
            self.tr("Planned for {day}, {held}; {location}").format(
                day=r.planned_on.isoformat() if r.planned_on else none,
                held=held,
                location=r.location or self.tr("location not set"),
            )
        )
        ui.chairValue.setText(r.chair or none)
        sep = ", " if self.session.language.startswith("en") else "、"
        ui.participantsValue.setText(sep.join(r.participants) or none)

    def _fill_conclusion(self) -> None:
        ui, r = self.ui, self._review
        for edit, text in (
            (ui.suitabilityEdit, r.suitability if r else ""),
            (ui.adequacyEdit, r.adequacy if r else ""),
            (ui.effectivenessEdit, r.effectiveness if r else ""),
        ):
            if edit.toPlainText() != text:
                edit.setPlainText(text)
        closed = r is not None and r.status == "closed"
        for edit in (ui.suitabilityEdit, ui.adequacyEdit, ui.effectivenessEdit):
            edit.setReadOnly(closed)
        if r is None:
            ui.blockersLabel.hide()
            return
        if closed:
            text = self.tr("Closed on {day}. Its actions are still followed up.").format(
                day=r.closed_at.astimezone().date().isoformat() if r.closed_at else "—"
            )
        elif r.close_blockers:
            text = "\n".join(
                [self.tr("Not ready to close:")]
                + [f"• {self.session.text(b)}" for b in r.close_blockers]
            )
        else:
            text = self.tr("Ready to close.")
        ui.blockersLabel.setText(text)
        ui.blockersLabel.show()

    def _fill_actions_summary(self) -> None:
        r = self._review
        if r is None:
            self.ui.actionsSummaryLabel.clear()
            return
        text = self.tr("{total} actions, {open} not finished").format(
            total=len(r.actions), open=r.open_actions
        )
        if r.overdue_actions:
            text += self.tr(", {overdue} overdue").format(overdue=r.overdue_actions)
        self.ui.actionsSummaryLabel.setText(text)
        self.ui.actionsSummaryLabel.setStyleSheet(_PROBLEM_STYLE if r.overdue_actions else "")

    def _update_buttons(self, *_args) -> None:
        ui, r = self.ui, self._review
        open_ = r is not None and r.status != "closed"
        action = self.selected_action()
        ui.editButton.setEnabled(open_)
        ui.documentsButton.setEnabled(r is not None)
        ui.addActionButton.setEnabled(open_)
        ui.editActionButton.setEnabled(action is not None)
        ui.doneActionButton.setEnabled(
            action is not None and action.status in ("open", "in_progress")
        )
        ui.saveConclusionButton.setEnabled(open_)
        ui.closeReviewButton.setEnabled(open_ and not r.close_blockers)
        ui.notesEdit.setReadOnly(not open_)

    # --- the input pack --------------------------------------------------------------------

    def _tab_changed(self, _index: int) -> None:
        self.flush()
        if self.ui.tabs.currentWidget() is self.ui.packTab and (
            self._pack is None or self._pack_stale
        ):
            self._compile()

    def recompile(self) -> None:
        if self._review is None:
            return
        self._save_notes()
        self._compile()

    def _compile(self) -> None:
        r = self._review
        if r is None:
            return
        try:
            pack = review_pack.compile_pack(self.session.ctx, r.id)
        except ServiceError as exc:
            self.session.refuse(self, str(exc))
            return
        self._pack = pack
        self._pack_stale = False
        self.sections_model.set_sections(pack.sections)
        self.ui.compiledLabel.setText(
            self.tr("Compiled from the data of {year} at {time}").format(
                year=pack.year, time=pack.compiled_at.astimezone().strftime("%Y-%m-%d %H:%M")
            )
        )
        row = max(self.sections_model.row_of(self._section_key), 0)
        index = self.sections_model.index(row, 0)
        self.ui.sectionsList.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self._show_section(self.sections_model.section(row))

    def _section_selected(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        if not index.isValid():
            return
        section = self.sections_model.section(index.row())
        if section.key != self._section_key:
            self._save_notes()
        self._section_key = section.key
        self._show_section(section)

    def current_section(self) -> PackSection | None:
        if self._pack is None or self._section_key is None:
            return None
        try:
            return self._pack.section(self._section_key)
        except KeyError:
            return None

    def _show_section(self, s: PackSection) -> None:
        ui = self.ui
        english = self.session.language.startswith("en")
        ui.sectionTitleLabel.setText(f"{s.key}) {s.title_en if english else s.title_zh}")
        ui.summaryLabel.setText(s.summary_en if english else s.summary_zh)
        ui.problemsLabel.setText("\n".join(self.session.text(p) for p in s.problems))
        ui.problemsLabel.setVisible(bool(s.problems))
        self._show_blocks(self.blocks.blocks(s))
        if ui.notesEdit.toPlainText() != s.note:
            ui.notesEdit.setPlainText(s.note)

    def _show_blocks(self, blocks: list[Block]) -> None:
        layout = self.ui.blocksLayout
        for w in self._block_views:
            layout.removeWidget(w)
            w.hide()  # gone now, not when the event loop gets round to deleting it
            w.deleteLater()
        self._block_views = []
        at = layout.count() - 1  # before the stretch
        for block in blocks:
            caption = QLabel(block.caption, self.ui.packContents)
            caption.setTextFormat(Qt.TextFormat.PlainText)
            caption.setStyleSheet(_CAPTION_STYLE)
            table = QTableView(self.ui.packContents)
            table.setModel(PackTableModel(block, table))
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
            table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            table.verticalHeader().hide()
            table.setWordWrap(False)
            table.setAlternatingRowColors(True)
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            if block.stretch is not None:
                # Long text (descriptions, facts) takes the room left and is elided; the
                # whole text is in the cell's tooltip.
                header.setSectionResizeMode(block.stretch, QHeaderView.ResizeMode.Stretch)
            table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            table.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
            table.resizeRowsToContents()
            # As tall as its rows: the section scrolls as a whole, not table by table.
            height = (
                header.sizeHint().height()
                + table.verticalHeader().length()
                + 2 * table.frameWidth()
            )
            table.setFixedHeight(height)
            if block.stretch is None:
                # Figures: as wide as they need, not stretched across the page.
                table.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            for w in (caption, table):
                layout.insertWidget(at, w)
                at += 1
                self._block_views.append(w)

    def block_tables(self) -> list[QTableView]:
        return [w for w in self._block_views if isinstance(w, QTableView)]

    # --- saving free text ------------------------------------------------------------------

    def flush(self) -> None:
        """Save the notes and the conclusion being typed (called before anything else)."""
        self._save_notes()
        self._save_conclusion(quiet=True)

    def _save_notes(self) -> None:
        r, s = self._review, self.current_section()
        if r is None or s is None or r.status == "closed":
            return
        text = self.ui.notesEdit.toPlainText().strip()
        if text == s.note:
            return
        ok, _view = self.session.call(
            self, reviews.set_input_note, r.id, s.key, text, changed=REVIEWS
        )
        if ok and self._pack is not None:
            # Keep the pack in step until it is recompiled, so the same text is not saved twice.
            sections = tuple(
                replace(x, note=text) if x.key == s.key else x for x in self._pack.sections
            )
            self._pack = replace(self._pack, sections=sections)
            self.sections_model.set_sections(sections)
            row = self.sections_model.row_of(s.key)
            self.ui.sectionsList.selectionModel().setCurrentIndex(
                self.sections_model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    def _conclusion_texts(self) -> dict[str, str]:
        ui = self.ui
        return {
            "suitability": ui.suitabilityEdit.toPlainText().strip(),
            "adequacy": ui.adequacyEdit.toPlainText().strip(),
            "effectiveness": ui.effectivenessEdit.toPlainText().strip(),
        }

    def _save_conclusion(self, quiet: bool = False) -> bool:
        r = self._review
        if r is None or r.status == "closed":
            return False
        texts = self._conclusion_texts()
        if all(texts[k] == getattr(r, k) for k in texts):
            return True
        ok, view = self.session.call(self, reviews.set_conclusion, r.id, changed=REVIEWS, **texts)
        if ok:
            self._review = view
            self._fill_conclusion()
            self._update_buttons()
        return ok

    def save_conclusion(self) -> None:
        self._save_conclusion()

    # --- plan, hold, close -----------------------------------------------------------------

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._dialog_finished)
        self.dialog = dialog
        dialog.open()  # window-modal, without a nested event loop

    def _dialog_finished(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is None or result != QDialog.DialogCode.Accepted:
            return
        review_id = getattr(dialog, "review_id", None) or (
            self._review.id if self._review else None
        )
        self.refresh(select_id=review_id)

    def new_review(self) -> None:
        if self.dialog is not None:
            return
        self.flush()
        try:
            dialog = ReviewDialog(self.session, None, self)
        except ServiceError as exc:
            self.session.refuse(self, str(exc))
            return
        self._open(dialog)

    def edit_review(self, *_args) -> None:
        r = self._review
        if r is None or self.dialog is not None or r.status == "closed":
            return
        self.flush()
        try:
            dialog = ReviewDialog(self.session, r.id, self)
        except ServiceError as exc:
            self.session.refuse(self, str(exc))
            return
        self._open(dialog)

    def close_review(self) -> None:
        r = self._review
        if r is None:
            return
        if not self._save_conclusion():
            return
        r = self._review
        answer = QMessageBox.question(
            self,
            self.tr("Close review"),
            self.tr(
                "Close {number}? Its plan, notes and conclusion can no longer change; its "
                "{open} unfinished actions stay followed up."
            ).format(number=r.number, open=r.open_actions),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.session.call(self, reviews.close_review, r.id, changed=REVIEWS)
            self.refresh()

    # --- actions ---------------------------------------------------------------------------

    def selected_action(self) -> ReviewActionView | None:
        index = self.ui.actionsTable.currentIndex()
        if not index.isValid() or index.row() >= self.actions_model.rowCount():
            return None
        return self.actions_model.row(index.row())

    def _action_dialog(self, action: ReviewActionView | None, complete: bool = False) -> None:
        r = self._review
        if r is None or self.dialog is not None:
            return
        try:
            people = organisation.list_people(self.session.ctx)
        except ServiceError as exc:
            self.session.refuse(self, str(exc))
            return
        self._open(
            ReviewActionDialog(self.session, r, people, action, complete=complete, parent=self)
        )

    def add_action(self) -> None:
        if self._review is not None and self._review.status != "closed":
            self._action_dialog(None)

    def edit_action(self, *_args) -> None:
        action = self.selected_action()
        if action is not None:
            self._action_dialog(action)

    def complete_action(self) -> None:
        action = self.selected_action()
        if action is not None and action.status in ("open", "in_progress"):
            self._action_dialog(action, complete=True)

    # --- language --------------------------------------------------------------------------

    def _retranslate_code(self) -> None:
        self.ui.emptyLabel.setText(
            self.tr(
                "No management review yet. Plan one with New review…: its agenda follows the "
                "review inputs a–k of ISO/IEC 20000-1:2018 9.3, and its input pack is compiled "
                "from the year's data."
            )
        )
        self._fill_heading()
        self._fill_plan()
        self._fill_conclusion()
        self._fill_actions_summary()
        section = self.current_section()
        if section is not None:
            self._show_section(section)

    def _relabel(self) -> None:
        for model in (self.reviews_model, self.agenda_model, self.actions_model):
            model.retranslate()
        self.sections_model.retranslate()
        self._retranslate_code()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._relabel()
        super().changeEvent(event)
