"""Table models for the Audits page: the audits of a year, and the checklist runs of one audit.

A year holds a handful of audits, so each model fetches its rows in one service call; the
text filter and column sorting are a QSortFilterProxyModel over these few rows.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
)

from qa_desktop.domain.enums import AUDIT_STATUS_LABELS, PROCESS_LABELS
from qa_desktop.services import audits, checklists
from qa_desktop.services.audits import AuditSummary
from qa_desktop.services.checklists import RunSummary

from ..session import AppSession

# The row's id (audit id or run id), for the view.
ID_ROLE = Qt.ItemDataRole.UserRole
# A value that sorts the way the column reads (dates, numbers), for the proxy.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
# (answered, total), for the progress delegate.
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def _date(d) -> str:
    return d.isoformat() if d else ""


class AuditsTableModel(QAbstractTableModel):
    NUMBER, TITLE, STATUS, START, END, LEAD, PROCESSES, PROGRESS, NCS = range(9)

    def __init__(self, session: AppSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._rows: list[AuditSummary] = []

    def _headers(self) -> list[str]:
        return [
            self.tr("Number"),
            self.tr("Title"),
            self.tr("Status"),
            self.tr("Start"),
            self.tr("End"),
            self.tr("Lead auditor"),
            self.tr("Processes"),
            self.tr("Progress"),
            self.tr("NCs"),
        ]

    def refresh(self, year: int | None = None) -> None:
        rows = audits.list_audits(self.session.ctx, year)
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def retranslate(self) -> None:
        """Headers and coded labels follow the language; the data does not change."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1)
            )

    def audit(self, row: int) -> AuditSummary:
        return self._rows[row]

    def row_of(self, audit_id: str) -> int:
        for row, a in enumerate(self._rows):
            if a.id == audit_id:
                return row
        return -1

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else 9

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < 9
        ):
            return self._headers()[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        a, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(a, col)
        if role == ID_ROLE:
            return a.id
        if role == SORT_ROLE:
            if col == self.PROGRESS:
                return a.answered / a.total if a.total else -1.0
            if col == self.NCS:
                return a.nc_count
            return self._display(a, col)
        if role == PROGRESS_ROLE and col == self.PROGRESS:
            return (a.answered, a.total)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.TITLE:
                return a.title
            if col == self.PROCESSES:
                return "\n".join(
                    f"{p} {self.session.label(PROCESS_LABELS, p)}" for p in a.scope_processes
                )
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.NCS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, a: AuditSummary, col: int) -> str:
        if col == self.NUMBER:
            return a.number
        if col == self.TITLE:
            return a.title
        if col == self.STATUS:
            return self.session.label(AUDIT_STATUS_LABELS, a.status)
        if col == self.START:
            return _date(a.planned_start)
        if col == self.END:
            return _date(a.planned_end)
        if col == self.LEAD:
            return a.lead_auditor
        if col == self.PROCESSES:
            return ", ".join(a.scope_processes)
        if col == self.PROGRESS:
            return f"{a.answered}/{a.total}"
        return str(a.nc_count)


class RunsTableModel(QAbstractTableModel):
    TEMPLATE, DEPARTMENT, AUDITOR, PROGRESS = range(4)

    def __init__(self, session: AppSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._rows: list[RunSummary] = []

    def _headers(self) -> list[str]:
        return [
            self.tr("Checklist"),
            self.tr("Department"),
            self.tr("Auditor"),
            self.tr("Progress"),
        ]

    def load(self, audit_id: str | None) -> None:
        rows = checklists.list_runs(self.session.ctx, audit_id) if audit_id else []
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def run(self, row: int) -> RunSummary:
        return self._rows[row]

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < 4
        ):
            return self._headers()[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.TEMPLATE:
                return f"{r.template_code} {r.title}"
            if col == self.DEPARTMENT:
                return r.department
            if col == self.AUDITOR:
                return r.auditor
            return f"{r.answered}/{r.total}"
        if role == ID_ROLE:
            return r.id
        if role == PROGRESS_ROLE and col == self.PROGRESS:
            return (r.answered, r.total)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.TEMPLATE:
            return self.tr("Template {code} version {version}").format(
                code=r.template_code, version=r.template_version
            )
        return None


class ProgressDelegate(QStyledItemDelegate):
    """Draws (answered, total) as a progress bar reading "answered/total"."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        value = index.data(PROGRESS_ROLE)
        if not value:
            super().paint(painter, option, index)
            return
        answered, total = value
        # The row's selection background first, then the bar inside a small margin.
        QApplication.style().drawPrimitive(
            QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
        )
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(3, 3, -3, -3)
        bar.minimum = 0
        bar.maximum = max(total, 1)
        bar.progress = min(answered, bar.maximum)
        bar.text = f"{answered}/{total}"
        bar.textVisible = True
        bar.textAlignment = Qt.AlignmentFlag.AlignCenter
        bar.state = option.state
        bar.palette = option.palette
        bar.fontMetrics = option.fontMetrics
        QApplication.style().drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter)
