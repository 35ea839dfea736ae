"""The History tab: who changed what on the NC, its actions and evidence, and when.

Built from `nonconformities.history` (the event log). Field names are the form's labels, ids
become names and numbers, coded values their labels; long text is elided in the table and
shown whole in the tooltip. Newest first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTableView, QVBoxLayout, QWidget

from qa_desktop.domain.enums import (
    ACTION_STATUS_LABELS,
    CAUSE_LABELS,
    GRADE_LABELS,
    NC_STATUS_LABELS,
    NC_TYPE_LABELS,
    PROCESS_LABELS,
)
from qa_desktop.services import audits, nonconformities, organisation
from qa_desktop.services.context import ServiceError
from qa_desktop.services.nonconformities import HistoryEntry, NcView

from ..session import AppSession
from .nc_common import EMPTY

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
GREY = QColor("#8a8a8a")
CELL_CHARS = 80  # longer values are cut in the cell; the tooltip has them whole

# Bookkeeping columns that mean nothing to a reader of the record.
_HIDDEN = frozenset(
    {"organisation_id", "nc_id", "response_id", "action_id", "sha256", "mime_type", "year"}
)


@dataclass(frozen=True)
class HistoryRow:
    at: datetime
    actor: str
    record: str
    field: str
    before: str
    after: str
    first: bool  # the first row of one change (the others repeat its time and actor)


class NcHistoryModel(QAbstractTableModel):
    COLUMNS = ("at", "actor", "record", "field", "before", "after")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[HistoryRow] = []

    def set_rows(self, rows: list[HistoryRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> HistoryRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[HistoryRow]:
        return list(self._rows)

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return {
            "at": self.tr("When"),
            "actor": self.tr("Who"),
            "record": self.tr("Record"),
            "field": self.tr("What"),
            "before": self.tr("Before"),
            "after": self.tr("After"),
        }[self.COLUMNS[section]]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        key = self.COLUMNS[index.column()]
        text = r.at.astimezone().strftime("%Y-%m-%d %H:%M") if key == "at" else getattr(r, key)
        if role == Qt.ItemDataRole.DisplayRole:
            return _cell(text)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "at":
                return r.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            return text if text and _cell(text) != text else None
        if role == Qt.ItemDataRole.ForegroundRole and key in ("at", "actor") and not r.first:
            return QBrush(GREY)  # the same change as the row above
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)


def _cell(text: str) -> str:
    """What fits a table cell: the first paragraph on one line, cut at CELL_CHARS."""
    head, _sep, rest = text.partition("\n\n")
    line = " · ".join(part.strip() for part in head.splitlines() if part.strip())
    if len(line) > CELL_CHARS:
        return line[: CELL_CHARS - 1] + "…"
    return line + (" …" if rest else "")


class NcHistoryPanel(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.nc: NcView | None = None
        self._entries: list[HistoryEntry] = []
        self.model = NcHistoryModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("historyTable")
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        for col in range(4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.table)

    # --- loading ---------------------------------------------------------------------------

    def show_nc(self, nc: NcView) -> None:
        self.nc = nc
        try:
            self._entries = nonconformities.history(self.session.ctx, nc.number)
        except ServiceError:
            self._entries = []
        self._build()

    def _build(self) -> None:
        if self.nc is None:
            self.model.set_rows([])
            return
        self._names = self._lookups()
        rows: list[HistoryRow] = []
        for e in reversed(self._entries):
            rows.extend(self._rows_of(e))
        self.model.set_rows(rows)

    def _lookups(self) -> dict[str, str]:
        """Ids found in the log → what a reader knows them by."""
        ctx, nc = self.session.ctx, self.nc
        names: dict[str, str] = {}
        try:
            names.update({p.id: p.name for p in organisation.list_people(ctx)})
            names.update({d.id: d.name for d in organisation.list_departments(ctx)})
            names.update({a.id: a.number for a in audits.list_audits(ctx)})
        except ServiceError:
            pass
        names[nc.id] = nc.number
        for ident, number in (
            (nc.parent_id, nc.parent_number),
            (nc.repeat_of_id, nc.repeat_of_number),
        ):
            if ident:
                names[ident] = number
        if nc.source_response_id:
            names[nc.source_response_id] = nc.source_item or nc.source_response_id
        return names

    # --- one log entry → rows --------------------------------------------------------------

    def _record(self, e: HistoryEntry, changes: dict[str, Any]) -> str:
        if e.entity == "nonconformity":
            return self.tr("Nonconformity")
        if e.entity == "corrective_action":
            action = next((a for a in self.nc.actions if a.id == e.entity_id), None)
            seq = action.seq if action else changes.get("seq", "?")
            return self.tr("Action {seq}").format(seq=seq)
        if e.entity == "attachment":
            return self.tr("Evidence file")
        return e.entity

    def _rows_of(self, e: HistoryEntry) -> list[HistoryRow]:
        after = {c.field: c.after for c in e.changes}
        before = {c.field: c.before for c in e.changes}
        record = self._record(e, after if e.action != "delete" else before)
        entity = e.entity
        if e.action in ("create", "delete"):
            values = after if e.action == "create" else before
            summary, full = self._summary(entity, values)
            label = self.tr("Created") if e.action == "create" else self.tr("Removed")
            if entity == "attachment":
                label = self.tr("Attached") if e.action == "create" else self.tr("Removed")
            text = summary if not full else f"{summary}\n\n{full}"
            return [
                HistoryRow(
                    e.at,
                    e.actor,
                    record,
                    label,
                    text if e.action == "delete" else EMPTY,
                    text if e.action == "create" else EMPTY,
                    True,
                )
            ]
        rows = []
        for c in sorted(e.changes, key=lambda c: _order(entity, c.field)):
            if c.field in _HIDDEN:
                continue
            rows.append(
                HistoryRow(
                    e.at,
                    e.actor,
                    record,
                    self._label(entity, c.field),
                    self._value(entity, c.field, c.before),
                    self._value(entity, c.field, c.after),
                    not rows,
                )
            )
        return rows

    def _summary(self, entity: str, values: dict[str, Any]) -> tuple[str, str]:
        """A one-line summary of a created or removed row, and every field for the tooltip."""
        if entity == "nonconformity":
            head = " · ".join(
                self._value(entity, k, values.get(k)) for k in ("number", "grade", "status")
            )
        elif entity == "corrective_action":
            head = self._value(entity, "description", values.get("description"))
        elif entity == "attachment":
            head = str(values.get("original_name") or EMPTY)
        else:
            head = entity
        lines = [
            f"{self._label(entity, k)}: {self._value(entity, k, v)}"
            for k, v in sorted(values.items(), key=lambda kv: _order(entity, kv[0]))
            if k not in _HIDDEN and v not in (None, "", [], 0)
        ]
        return head, "\n".join(lines) if entity != "attachment" else ""

    def _label(self, entity: str, field: str) -> str:
        if entity == "corrective_action":
            labels = {
                "seq": self.tr("#"),
                "description": self.tr("Action"),
                "owner_id": self.tr("Owner"),
                "due_date": self.tr("Due"),
                "status": self.tr("Status"),
                "completed_at": self.tr("Completed"),
                "evidence": self.tr("Evidence note"),
            }
        elif entity == "attachment":
            labels = {
                "original_name": self.tr("File"),
                "size": self.tr("Size"),
                "caption": self.tr("Caption"),
                "added_by": self.tr("Added by"),
            }
        else:
            labels = self._nc_labels()
        return labels.get(field, field)

    def _nc_labels(self) -> dict[str, str]:
        return {
            "number": self.tr("Number"),
            "audit_id": self.tr("Audit"),
            "source_response_id": self.tr("Checklist item"),
            "process": self.tr("Process"),
            "department_id": self.tr("Department"),
            "auditor_id": self.tr("Auditor"),
            "auditee_representative": self.tr("Auditee representative"),
            "found_on": self.tr("Found on"),
            "facts": self.tr("Facts"),
            "clause": self.tr("Standard clause"),
            "internal_clause": self.tr("Internal clause"),
            "grade": self.tr("Grade"),
            "nc_type": self.tr("Type"),
            "due_date": self.tr("Due date"),
            "status": self.tr("Status"),
            "acknowledged_by": self.tr("Acknowledged by"),
            "acknowledged_on": self.tr("Acknowledged on"),
            "dispute_reason": self.tr("Dispute reason"),
            "correction": self.tr("Correction"),
            "root_cause_category": self.tr("Cause category"),
            "why_steps": self.tr("5 whys"),
            "root_cause": self.tr("Root cause"),
            "similar_check": self.tr("Similar problems"),
            "system_update": self.tr("Risks and system documents"),
            "verifier_id": self.tr("Verifier"),
            "verified_on": self.tr("Verified on"),
            "verification_method": self.tr("Method"),
            "verification_result": self.tr("Result"),
            "verification_notes": self.tr("Verification notes"),
            "closed_at": self.tr("Closed at"),
            "closed_by": self.tr("Closed by"),
            "reopen_count": self.tr("Times reopened"),
            "last_reason": self.tr("Last reason or ruling"),
            "parent_id": self.tr("Follows up"),
            "repeat_of_id": self.tr("Repeat of"),
        }

    def _value(self, entity: str, field: str, value: Any) -> str:
        if value is None or value == "" or value == []:
            return EMPTY
        label = self.session.label
        if field.endswith("_id"):
            return self._names.get(str(value), str(value)[:8])
        if field == "status":
            table = ACTION_STATUS_LABELS if entity == "corrective_action" else NC_STATUS_LABELS
            return label(table, value)
        if field == "grade":
            return label(GRADE_LABELS, value)
        if field == "nc_type":
            return label(NC_TYPE_LABELS, value)
        if field == "root_cause_category":
            return label(CAUSE_LABELS, value)
        if field == "process":
            return f"{value} {label(PROCESS_LABELS, value)}" if value in PROCESS_LABELS else value
        if field == "verification_result":
            return {
                "effective": self.tr("Effective"),
                "not_effective": self.tr("Not effective"),
            }.get(value, str(value))
        if field.endswith("_at") and isinstance(value, str):
            try:
                return datetime.fromisoformat(value).astimezone().strftime("%Y-%m-%d %H:%M")
            except ValueError:
                return value
        if isinstance(value, list):
            return "\n".join(f"{n}. {v}" for n, v in enumerate(value, start=1))
        if isinstance(value, dict):
            return "; ".join(f"{k}: {v}" for k, v in value.items())
        return str(value)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.model.retranslate()
            self._build()
        super().changeEvent(event)


_NC_ORDER = [
    "number",
    "audit_id",
    "source_response_id",
    "process",
    "department_id",
    "auditor_id",
    "auditee_representative",
    "found_on",
    "facts",
    "clause",
    "internal_clause",
    "grade",
    "nc_type",
    "due_date",
    "status",
    "acknowledged_by",
    "acknowledged_on",
    "dispute_reason",
    "correction",
    "root_cause_category",
    "why_steps",
    "root_cause",
    "similar_check",
    "system_update",
    "verifier_id",
    "verified_on",
    "verification_method",
    "verification_result",
    "verification_notes",
    "closed_at",
    "closed_by",
    "reopen_count",
    "last_reason",
    "parent_id",
    "repeat_of_id",
]
_ACTION_ORDER = ["seq", "description", "owner_id", "due_date", "status", "completed_at", "evidence"]


def _order(entity: str, field: str) -> tuple[int, str]:
    order = _ACTION_ORDER if entity == "corrective_action" else _NC_ORDER
    return (order.index(field) if field in order else len(order), field)
