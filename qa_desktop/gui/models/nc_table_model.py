"""The NC register as a Qt table model: the whole filtered list, a few pages in memory.

Filtering and sorting are the service's job (SQL). The model knows how many rows the filter
matches and fetches the page of PAGE rows a visible row belongs to when the view paints it,
keeping the most recently used pages only — so a register of 100,000 NCs costs a handful of
pages, and the last row is one query away (pages past the middle are read from the end, in
reverse order, so no query skips more than half of the rows).
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from qa_desktop.domain.enums import GRADE_LABELS, NC_STATUS_LABELS, PROCESS_LABELS
from qa_desktop.services import nonconformities
from qa_desktop.services.context import ServiceError
from qa_desktop.services.nonconformities import NcRow

from ..session import AppSession

PAGE = 200
CACHED_PAGES = 24  # ~5,000 rows: a few screens up and down, bounded memory
OVERDUE_RED = QColor("#b3261e")
REPEAT_COLOUR = QColor("#6a1b9a")
NUMBER_ROLE = Qt.ItemDataRole.UserRole

# (key, sort column of the service or None when the service cannot sort by it)
COLUMNS: tuple[tuple[str, str | None], ...] = (
    ("number", "number"),
    ("repeat", None),  # 重复发生 marker
    ("grade", "grade"),
    ("status", "status"),
    ("due_date", "due_date"),
    ("facts", None),
    ("department", None),
    ("process", "process"),
    ("clause", None),
    ("audit", None),
    ("found_on", "found_on"),
)
COLUMN = {key: i for i, (key, _sort) in enumerate(COLUMNS)}

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class NcTableModel(QAbstractTableModel):
    # A text search counts its matches after the first page is painted: the count must read
    # every row's clause and facts, the first page usually not.
    counted = Signal()

    def __init__(self, session: AppSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._pages: OrderedDict[int, tuple[NcRow, ...]] = OrderedDict()
        self._total = 0
        self._overdue_total = 0
        self._filters: dict[str, Any] = {}
        self.sort_key = "due_date"
        self.descending = False
        self._bold = QFont()
        self._bold.setBold(True)
        self.error: str | None = None  # the last refusal, if a query was refused
        self._counting = False

    # --- querying --------------------------------------------------------------------------

    @property
    def counting(self) -> bool:
        """True while a text search's matches are still being counted (rowCount is the first
        page until then)."""
        return self._counting

    @property
    def total(self) -> int:
        self.finish_count()  # whoever needs the exact number gets it now
        return self._total

    @property
    def overdue_total(self) -> int:
        """How many of the filtered NCs are overdue (counted in SQL with the total)."""
        self.finish_count()
        return self._overdue_total

    @property
    def filters(self) -> dict[str, Any]:
        return dict(self._filters)

    def set_filters(self, **filters: Any) -> None:
        self._filters = {k: v for k, v in filters.items() if v not in (None, "", (), [], False)}
        self.reload()

    def reload(self) -> None:
        """Query again: the first page and the counts; other pages as they are painted."""
        deferred = bool(self._filters.get("text"))
        page = self._query(0, PAGE, descending=self.descending, with_total=not deferred)
        self.beginResetModel()
        self._pages.clear()
        self._counting = False
        if page is None:
            self._total = self._overdue_total = 0
        elif page.total >= 0:
            self._total, self._overdue_total = page.total, page.overdue_total
            self._pages[0] = page.rows
        elif len(page.rows) < PAGE:
            self._total = len(page.rows)
            self._overdue_total = sum(r.overdue for r in page.rows)
            self._pages[0] = page.rows
        else:
            self._total, self._overdue_total = len(page.rows), 0
            self._pages[0] = page.rows
            self._counting = True
            QTimer.singleShot(0, self.finish_count)
        self.endResetModel()

    def finish_count(self) -> None:
        """Count a text search's matches now (after the first paint, or when asked)."""
        if not self._counting:
            return
        self._counting = False
        try:
            total, overdue = nonconformities.count_ncs(self.session.ctx, **self._filters)
        except ServiceError as exc:
            self.error = str(exc)
            self.counted.emit()
            return
        shown = self._total
        if total > shown:
            self.beginInsertRows(QModelIndex(), shown, total - 1)
            self._total, self._overdue_total = total, overdue
            self.endInsertRows()
        else:
            self._total, self._overdue_total = total, overdue
        self.counted.emit()

    def refresh(self) -> None:
        self.reload()

    def pages_in_memory(self) -> int:
        return len(self._pages)

    def _query(self, offset: int, limit: int, *, descending: bool, with_total: bool):
        try:
            page = nonconformities.list_ncs(
                self.session.ctx,
                sort=self.sort_key,
                descending=descending,
                offset=offset,
                limit=limit,
                with_total=with_total,
                **self._filters,
            )
        except ServiceError as exc:
            self.error = str(exc)
            return None
        self.error = None
        return page

    def _page(self, number: int) -> tuple[NcRow, ...]:
        cached = self._pages.get(number)
        if cached is not None:
            self._pages.move_to_end(number)
            return cached
        first = number * PAGE
        last = min(first + PAGE, self._total)
        if first >= last:
            return ()
        if first * 2 < self._total:
            page = self._query(first, last - first, descending=self.descending, with_total=False)
            rows = page.rows if page else ()
        else:
            # Past the middle: read from the other end, so the offset stays under half.
            page = self._query(
                self._total - last, last - first, descending=not self.descending, with_total=False
            )
            rows = tuple(reversed(page.rows)) if page else ()
        self._pages[number] = rows
        while len(self._pages) > CACHED_PAGES:
            self._pages.popitem(last=False)
        return rows

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        key = COLUMNS[column][1]
        if key is None:
            return  # not sortable in SQL; the view keeps the previous indicator
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    @staticmethod
    def sortable(column: int) -> bool:
        return 0 <= column < len(COLUMNS) and COLUMNS[column][1] is not None

    def sort_column(self) -> int:
        return next(i for i, (_k, s) in enumerate(COLUMNS) if s == self.sort_key)

    # --- lookup ----------------------------------------------------------------------------

    def row_at(self, row: int) -> NcRow | None:
        if not 0 <= row < self._total:
            return None
        rows = self._page(row // PAGE)
        offset = row % PAGE
        return rows[offset] if offset < len(rows) else None

    def row_of(self, number: str, *, pages: int = 0) -> int:
        """The row of an NC among the pages in memory, or among the first `pages` pages."""
        for page_no in list(self._pages) + list(range(pages)):
            for offset, r in enumerate(self._page(page_no)):
                if r.number == number:
                    return page_no * PAGE + offset
        return -1

    def rows(self) -> list[NcRow]:
        """Every row of the filter (reads all pages: for tests and small registers)."""
        self.finish_count()
        return [self.row_at(r) for r in range(self._total)]

    # --- Qt model --------------------------------------------------------------------------

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        key = COLUMNS[section][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles()[key]
        if role == Qt.ItemDataRole.ToolTipRole:
            if self.sortable(section):
                return self.tr("Click to sort by this column")
            return self.tr("This column cannot be sorted")
        return None

    def _titles(self) -> dict[str, str]:
        return {
            "number": self.tr("Number"),
            "repeat": self.tr("Repeat"),
            "grade": self.tr("Grade"),
            "status": self.tr("Status"),
            "due_date": self.tr("Due"),
            "process": self.tr("Process"),
            "department": self.tr("Department"),
            "facts": self.tr("Facts"),
            "clause": self.tr("Clause"),
            "audit": self.tr("Audit"),
            "found_on": self.tr("Found on"),
        }

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.row_at(index.row())
        if r is None:
            return None
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r, key)
        if role == Qt.ItemDataRole.ForegroundRole:
            if r.overdue and key in ("number", "due_date"):
                return QBrush(OVERDUE_RED)
            if key == "repeat" and r.repeat:
                return QBrush(REPEAT_COLOUR)
            return None
        if role == Qt.ItemDataRole.FontRole:
            if (r.overdue and key in ("number", "due_date")) or (key == "repeat" and r.repeat):
                return self._bold
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if key in ("due_date", "found_on", "repeat"):
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
        if role == NUMBER_ROLE:
            return r.number
        return None

    def _display(self, r: NcRow, key: str) -> str:
        label = self.session.label
        if key == "number":
            return r.number
        if key == "repeat":
            return self.tr("Repeat") if r.repeat else ""
        if key == "grade":
            return label(GRADE_LABELS, r.grade)
        if key == "status":
            return label(NC_STATUS_LABELS, r.status)
        if key == "due_date":
            return _day(r.due_date)
        if key == "found_on":
            return _day(r.found_on)
        if key == "facts":
            return r.facts.splitlines()[0] if r.facts else ""
        if key == "clause":
            return r.clause
        if key == "audit":
            return r.audit
        if key == "department":
            return r.department
        return r.process

    def _tooltip(self, r: NcRow, key: str) -> str | None:
        if key == "repeat":
            if not r.repeat:
                return None
            return self.tr(
                "Repeat finding: the same process and clause as a nonconformity of an earlier audit"
            )
        if key in ("facts", "clause"):
            return getattr(r, key) or None
        if key == "process":
            return self.session.label(PROCESS_LABELS, r.process)
        if r.overdue and key in ("number", "due_date"):
            days = (self.session.ctx.today() - r.due_date).days
            return self.tr("Overdue: due {date}, {days} days ago").format(
                date=r.due_date.isoformat(), days=days
            )
        if key == "number" and r.reopen_count:
            return self.tr("Reopened {count} times").format(count=r.reopen_count)
        return None

    def retranslate(self) -> None:
        """Labels follow the language: repaint the header and every cell."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._total:
            self.dataChanged.emit(self.index(0, 0), self.index(self._total - 1, len(COLUMNS) - 1))


def _day(value: date | None) -> str:
    return value.isoformat() if value else "—"
