"""The items of one checklist run, for the runner's item list.

A run has a couple of dozen items, so the model holds the whole `RunView` fetched by one
`checklists.get_run_state` call; an answer replaces one row and signals only that row.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap, QPolygonF

from qa_desktop.domain.enums import RESULT_LABELS, Result
from qa_desktop.services.checklists import ResponseView, RunItem

from ..session import AppSession

ResultRole = Qt.ItemDataRole.UserRole + 1
ItemIdRole = Qt.ItemDataRole.UserRole + 2
ResponseIdRole = Qt.ItemDataRole.UserRole + 3
NcNumbersRole = Qt.ItemDataRole.UserRole + 4
AttachmentCountRole = Qt.ItemDataRole.UserRole + 5

# Colour and letter of each result's badge; the letter keeps it readable for colour-blind users.
RESULT_BADGES: dict[str, tuple[str, str]] = {
    Result.UNANSWERED: ("#b0b4ba", ""),
    Result.CONFORM: ("#2e9d4f", "C"),
    Result.NONCONFORM: ("#d0362c", "NC"),
    Result.OBSERVATION: ("#e09b17", "O"),
    Result.NOT_APPLICABLE: ("#6f7f95", "NA"),
}

_Index = QModelIndex | QPersistentModelIndex


def result_icon(
    result: str, flagged: bool = False, size: int = 22, *, room_for_flag: bool = True
) -> QIcon:
    """A round badge per result: hollow grey while unanswered, a coloured letter once answered.

    `flagged` adds a small flag beside the badge for an item with nonconformities raised
    from it. Every icon leaves room for the flag, so the item texts line up."""
    colour, letter = RESULT_BADGES.get(result, RESULT_BADGES[Result.UNANSWERED])
    width = size + size * 4 // 10 if room_for_flag or flagged else size
    pixmap = QPixmap(width, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    rect = QRectF(1.5, 1.5, size - 3, size - 3)
    if letter:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colour))
        painter.drawEllipse(rect)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(int(size * (0.5 if len(letter) == 1 else 0.38)))
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, letter)
    else:
        pen = painter.pen()
        pen.setColor(QColor(colour))
        pen.setWidthF(2.0)
        painter.setPen(pen)
        painter.drawEllipse(rect.adjusted(1, 1, -1, -1))
    if flagged:
        red = QColor(RESULT_BADGES[Result.NONCONFORM][0]).darker(130)
        pole = size + 2.0
        pen = painter.pen()
        pen.setColor(red)
        pen.setWidthF(1.6)
        painter.setPen(pen)
        painter.drawLine(QPointF(pole, size * 0.15), QPointF(pole, size * 0.9))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(red)
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(pole, size * 0.15),
                    QPointF(width - 0.5, size * 0.3),
                    QPointF(pole, size * 0.5),
                ]
            )
        )
    painter.end()
    return QIcon(pixmap)


class RunItemsModel(QAbstractListModel):
    def __init__(self, session: AppSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._items: list[RunItem] = []
        self._icons: dict[tuple[str, bool], QIcon] = {}

    # --- filling ---------------------------------------------------------------------------

    def set_items(self, items) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> RunItem:
        return self._items[row]

    def items(self) -> tuple[RunItem, ...]:
        return tuple(self._items)

    def row_of_response(self, response_id: str) -> int:
        for row, it in enumerate(self._items):
            if it.response.id == response_id:
                return row
        return -1

    def row_of_item(self, item_id: str) -> int:
        for row, it in enumerate(self._items):
            if it.item.id == item_id:
                return row
        return -1

    def _replace(self, row: int, new: RunItem) -> None:
        self._items[row] = new
        index = self.index(row, 0)
        self.dataChanged.emit(index, index)

    def set_response(self, response: ResponseView) -> int:
        """Show a saved answer; only its row repaints. Returns the row (-1 if not in this run)."""
        row = self.row_of_response(response.id)
        if row >= 0:
            self._replace(row, dataclasses.replace(self._items[row], response=response))
        return row

    def set_nc_numbers(self, row: int, numbers) -> None:
        self._replace(row, dataclasses.replace(self._items[row], nc_numbers=tuple(numbers)))

    def set_attachment_count(self, row: int, count: int) -> None:
        self._replace(row, dataclasses.replace(self._items[row], attachments=int(count)))

    def relabel(self) -> None:
        """The language changed: every row's text is built anew."""
        if self._items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._items) - 1, 0))

    # --- counts for the header -------------------------------------------------------------

    def answered(self) -> int:
        return sum(1 for it in self._items if it.response.result != Result.UNANSWERED)

    def nc_count(self) -> int:
        return sum(len(it.nc_numbers) for it in self._items)

    # --- Qt model --------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._items)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items) or index.column() != 0:
            return None
        it = self._items[index.row()]
        result = it.response.result
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{it.item.id}  {it.item.question}\n{self._status_line(it)}"
        if role == Qt.ItemDataRole.DecorationRole:
            key = (result, bool(it.nc_numbers))
            icon = self._icons.get(key)
            if icon is None:
                icon = self._icons[key] = result_icon(*key)
            return icon
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                f"{it.item.id} {it.item.question}\n{it.item.question_en}\n{self._status_line(it)}"
            )
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{it.item.id} {self._status_line(it)}"
        if role == ResultRole:
            return result
        if role == ItemIdRole:
            return it.item.id
        if role == ResponseIdRole:
            return it.response.id
        if role == NcNumbersRole:
            return list(it.nc_numbers)
        if role == AttachmentCountRole:
            return it.attachments
        return None

    def _status_line(self, it: RunItem) -> str:
        parts = [self.session.label(RESULT_LABELS, it.response.result)]
        if it.nc_numbers:
            parts.append(", ".join(it.nc_numbers))
        if it.attachments:
            parts.append(self.tr("{count} file(s)").format(count=it.attachments))
        return " · ".join(parts)


class RunItemsFilter(QSortFilterProxyModel):
    """The "unanswered only" filter, except that the item being worked on stays listed until the
    auditor moves on: answering it must not make it vanish from under the cursor."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unanswered_only = False
        self._pinned: str | None = None  # response id

    def unanswered_only(self) -> bool:
        return self._unanswered_only

    def set_unanswered_only(self, on: bool) -> None:
        if on != self._unanswered_only:
            self.beginFilterChange()
            self._unanswered_only = on
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_pinned(self, response_id: str | None) -> None:
        if response_id != self._pinned:
            self.beginFilterChange()
            self._pinned = response_id
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self._unanswered_only:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        if index.data(ResponseIdRole) == self._pinned:
            return True
        return index.data(ResultRole) == Result.UNANSWERED
