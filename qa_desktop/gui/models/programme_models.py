"""The annual schedule as a grid: plan §4.4's activities × the twelve months.

A year holds nine-odd activities, so the model fetches the whole programme in one service
call. Planned months are shaded in the colour of the activity's state (done, due, overdue,
upcoming), the month it was actually done carries a tick, and the current month's header is
bold while the current year is shown.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from qa_desktop.domain.enums import ACTIVITY_STATUS_LABELS
from qa_desktop.services import programme
from qa_desktop.services.programme import ACTIVITY_STATE_LABELS, ActivityView, ProgrammeView

from ..session import AppSession

ID_ROLE = Qt.ItemDataRole.UserRole
STATE_ROLE = Qt.ItemDataRole.UserRole + 1  # the derived state code, for tests and delegates
PLANNED_ROLE = Qt.ItemDataRole.UserRole + 2  # True on a planned month's cell

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

# Cell shading by state: light enough to read the text on, distinct enough to scan a year.
STATE_COLOURS = {
    "done": QColor("#c8e6c9"),
    "due": QColor("#ffe0a3"),
    "overdue": QColor("#f8c4c4"),
    "upcoming": QColor("#d6e4f5"),
    "cancelled": QColor("#e2e2e2"),
}
STATE_TEXT_COLOURS = {
    "done": QColor("#1b5e20"),
    "due": QColor("#8a5300"),
    "overdue": QColor("#b00020"),
    "upcoming": QColor("#1f4e8c"),
    "cancelled": QColor("#616161"),
}
DONE_OFF_PLAN = QColor("#e8f5e9")  # done in a month that was not planned
TICK = "✓"


def _day(d: date | None) -> str:
    return d.isoformat() if d else ""


class ProgrammeGridModel(QAbstractTableModel):
    SEQ, ACTIVITY, ROLE, OWNER = range(4)
    FIRST_MONTH = 4  # columns 4–15 are January–December
    PLANNED, ACTUAL, STATE, OUTPUT, DOCUMENT = range(16, 21)
    COLUMNS = 21

    def __init__(self, session: AppSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._view: ProgrammeView | None = None
        self._rows: tuple[ActivityView, ...] = ()

    # --- loading ---------------------------------------------------------------------------

    def load(self, year: int | None) -> None:
        view = programme.get_programme(self.session.ctx, year) if year is not None else None
        self.set_view(view)

    def set_view(self, view: ProgrammeView | None) -> None:
        self.beginResetModel()
        self._view = view
        self._rows = view.activities if view else ()
        self.endResetModel()

    def programme(self) -> ProgrammeView | None:
        return self._view

    def activity(self, row: int) -> ActivityView:
        return self._rows[row]

    def row_of(self, activity_id: str | None) -> int:
        for row, a in enumerate(self._rows):
            if a.id == activity_id:
                return row
        return -1

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, self.COLUMNS - 1)
            )

    # --- shape -----------------------------------------------------------------------------

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    @classmethod
    def month_of(cls, column: int) -> int | None:
        month = column - cls.FIRST_MONTH + 1
        return month if 1 <= month <= 12 else None

    def _english(self) -> bool:
        return self.session.language.startswith("en")

    def _headers(self) -> list[str]:
        return [
            self.tr("#"),
            self.tr("Activity"),
            self.tr("Responsible"),
            self.tr("Owner"),
        ]

    def _tail_headers(self) -> list[str]:
        return [
            self.tr("Planned"),
            self.tr("Done on"),
            self.tr("State"),
            self.tr("Output document"),
            self.tr("Document"),
        ]

    def _is_current_month(self, month: int) -> bool:
        today = self.session.ctx.today()
        return self._view is not None and self._view.year == today.year and month == today.month

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMNS:
            return None
        month = self.month_of(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if month is not None:
                return QLocale().standaloneMonthName(month, QLocale.FormatType.ShortFormat)
            if section < self.FIRST_MONTH:
                return self._headers()[section]
            return self._tail_headers()[section - self.PLANNED]
        if role == Qt.ItemDataRole.FontRole and month is not None and self._is_current_month(month):
            font = QFont()
            font.setBold(True)
            font.setUnderline(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if month is not None and self._is_current_month(month):
                return self.tr("This month")
            if section == self.PLANNED:
                return self.tr("The first day of the first planned month")
            if section == self.STATE:
                return self.tr(
                    "Derived from the planned months and today: overdue after the end of the "
                    "last planned month"
                )
            if section == self.DOCUMENT:
                return self.tr("The generated document, once reports are produced")
        return None

    # --- cells -----------------------------------------------------------------------------

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        a, col = self._rows[index.row()], index.column()
        month = self.month_of(col)
        if role == ID_ROLE:
            return a.id
        if role == STATE_ROLE:
            return a.state
        if month is not None:
            return self._month_data(a, month, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(a, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(a, col)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.STATE:
            return QBrush(STATE_TEXT_COLOURS.get(a.state, QColor("black")))
        if role == Qt.ItemDataRole.BackgroundRole and col == self.STATE:
            return QBrush(STATE_COLOURS.get(a.state, QColor("white")))
        if role == Qt.ItemDataRole.FontRole and col == self.STATE and a.state == "overdue":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.SEQ:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _done_month(self, a: ActivityView) -> int | None:
        if a.state != "done" or a.actual_date is None or self._view is None:
            return None
        return a.actual_date.month if a.actual_date.year == self._view.year else None

    def _month_data(self, a: ActivityView, month: int, role: int):
        planned = month in a.planned_months
        done_here = self._done_month(a) == month
        if role == Qt.ItemDataRole.DisplayRole:
            return TICK if done_here else ""
        if role == PLANNED_ROLE:
            return planned
        if role == Qt.ItemDataRole.BackgroundRole:
            if planned:
                return QBrush(STATE_COLOURS.get(a.state, QColor("white")))
            if done_here:
                return QBrush(DONE_OFF_PLAN)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and done_here:
            return QBrush(STATE_TEXT_COLOURS["done"])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and (planned or done_here):
            name = QLocale().standaloneMonthName(month, QLocale.FormatType.LongFormat)
            state = self.session.label(ACTIVITY_STATE_LABELS, a.state)
            if done_here:
                return self.tr("{month}: done on {day}").format(month=name, day=_day(a.actual_date))
            return self.tr("{month}: planned ({state})").format(month=name, state=state)
        return None

    def _display(self, a: ActivityView, col: int) -> str:
        if col == self.SEQ:
            return str(a.seq)
        if col == self.ACTIVITY:
            return a.name_en if self._english() and a.name_en else a.name
        if col == self.ROLE:
            return a.responsible_role
        if col == self.OWNER:
            return a.owner
        if col == self.PLANNED:
            return _day(a.planned_date)
        if col == self.ACTUAL:
            return _day(a.actual_date)
        if col == self.STATE:
            return self.session.label(ACTIVITY_STATE_LABELS, a.state)
        if col == self.OUTPUT:
            return a.output_document
        return a.document_link

    def _tooltip(self, a: ActivityView, col: int) -> str | None:
        if col == self.ACTIVITY:
            lines = [a.name if self._english() else a.name_en or a.name]
            if a.notes:
                lines.append(a.notes)
            return "\n".join(lines)
        if col == self.PLANNED and a.due_by:
            return self.tr("Due by {day}").format(day=_day(a.due_by))
        if col == self.STATE:
            return self.tr("Status: {status}").format(
                status=self.session.label(ACTIVITY_STATUS_LABELS, a.status)
            )
        if col == self.DOCUMENT and not a.document_link:
            return self.tr("No document generated yet")
        return None


class ShadeDelegate(QStyledItemDelegate):
    """Keeps a cell's state colour visible on the selected row: the selection is laid over
    the shading as a translucent veil instead of replacing it."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        opt.state &= ~QStyle.StateFlag.State_Selected
        super().paint(painter, opt, index)
        if selected:
            veil = QColor(option.palette.highlight().color())
            veil.setAlpha(70)
            painter.fillRect(option.rect, veil)
