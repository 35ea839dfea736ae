"""Table models for the Management review page: the reviews, one review's agenda and actions,
the input pack's sections, and the small tables of figures inside a section.

Reviews are held once or twice a year, so every model fetches its few rows in one service
call (or is handed them) and holds them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from qa_desktop.domain.enums import (
    ACTION_STATUS_LABELS,
    AUDIT_STATUS_LABELS,
    GRADE_LABELS,
    NC_STATUS_LABELS,
    PROCESS_LABELS,
    RESULT_LABELS,
)
from qa_desktop.domain.kpi import format_kpi_target, format_kpi_value
from qa_desktop.services import reviews
from qa_desktop.services.review_pack import PackSection
from qa_desktop.services.reviews import (
    ACTION_CATEGORY_LABELS,
    REVIEW_STATUS_LABELS,
    ReviewActionView,
    ReviewSummary,
    ReviewView,
)

from ..session import AppSession

ID_ROLE = Qt.ItemDataRole.UserRole
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 1

RED = QColor("#b00020")
GREEN = QColor("#1b5e20")
GREY = QColor("#757575")
_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def _day(d) -> str:
    return d.isoformat() if d else ""


def _moment(m) -> str:
    return m.astimezone().strftime("%Y-%m-%d") if m else ""


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class _Table(QAbstractTableModel):
    """Rows held in a list; subclasses give headers and cells."""

    def __init__(self, session: AppSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._rows: list = []

    def headers(self) -> list[str]:  # pragma: no cover - every subclass overrides
        return []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, row: int):
        return self._rows[row]

    def rows(self) -> list:
        return list(self._rows)

    def row_of(self, ident: str | None) -> int:
        for n, r in enumerate(self._rows):
            if getattr(r, "id", None) == ident:
                return n
        return -1

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(self.columnCount() - 1, 0))
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1)
            )

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return None

    def _valid(self, index: _Index) -> bool:
        return index.isValid() and 0 <= index.row() < len(self._rows)


# --- the reviews ---------------------------------------------------------------------------------


class ReviewsTableModel(_Table):
    NUMBER, TITLE, STATUS, PLANNED, HELD, CHAIR, ACTIONS, OVERDUE = range(8)

    def headers(self) -> list[str]:
        return [
            self.tr("Number"),
            self.tr("Title"),
            self.tr("Status"),
            self.tr("Planned"),
            self.tr("Held"),
            self.tr("Chair"),
            self.tr("Open actions"),
            self.tr("Overdue"),
        ]

    def refresh(self) -> None:
        self.set_rows(reversed(reviews.list_reviews(self.session.ctx)))  # the latest first

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not self._valid(index):
            return None
        r: ReviewSummary = self._rows[index.row()]
        col = index.column()
        if role == ID_ROLE:
            return r.id
        if role == OVERDUE_ROLE:
            return r.overdue_actions > 0
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                r.number,
                r.title,
                self.session.label(REVIEW_STATUS_LABELS, r.status),
                _day(r.planned_on),
                _day(r.held_on),
                r.chair,
                f"{r.open_actions}/{r.actions}",
                str(r.overdue_actions) if r.overdue_actions else "",
            ][col]
        if role == Qt.ItemDataRole.ForegroundRole and col == self.OVERDUE and r.overdue_actions:
            return QBrush(RED)
        if role == Qt.ItemDataRole.FontRole and col == self.OVERDUE and r.overdue_actions:
            return _bold()
        if role == Qt.ItemDataRole.ToolTipRole and col == self.ACTIONS:
            return self.tr("{open} of {total} actions not finished").format(
                open=r.open_actions, total=r.actions
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.ACTIONS, self.OVERDUE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class AgendaTableModel(_Table):
    """ISO/IEC 20000-1 9.3 a–k with who presents each input and the notes written for it."""

    KEY, INPUT, OWNER, NOTES = range(4)

    def __init__(self, session: AppSession, parent: QObject | None = None) -> None:
        super().__init__(session, parent)
        self._notes: dict[str, str] = {}

    def headers(self) -> list[str]:
        return [self.tr("Input"), self.tr("Agenda item"), self.tr("Presented by"), self.tr("Notes")]

    def load(self, review: ReviewView | None) -> None:
        self._notes = dict(review.input_notes) if review else {}
        self.set_rows(review.agenda if review else ())

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not self._valid(index):
            return None
        a = self._rows[index.row()]
        col = index.column()
        english = self.session.language.startswith("en")
        title = a.title_en if english else a.title_zh
        note = self._notes.get(a.key, "")
        if role == Qt.ItemDataRole.DisplayRole:
            first_line = note.splitlines()[0] if note else ""
            return [f"{a.key})", title, a.owner, first_line][col]
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.INPUT:
                return a.title_zh if english else a.title_en
            if col == self.NOTES and note:
                return note
            if col == self.OWNER and a.note:
                return a.note
        if role == ID_ROLE:
            return a.key
        return None


class ReviewActionsModel(_Table):
    SEQ, CATEGORY, DESCRIPTION, OWNER, DUE, STATUS, DONE, EVIDENCE = range(8)

    def headers(self) -> list[str]:
        return [
            self.tr("#"),
            self.tr("Category"),
            self.tr("Decision / action"),
            self.tr("Owner"),
            self.tr("Due"),
            self.tr("Status"),
            self.tr("Completed"),
            self.tr("Evidence"),
        ]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not self._valid(index):
            return None
        a: ReviewActionView = self._rows[index.row()]
        col = index.column()
        if role == ID_ROLE:
            return a.id
        if role == OVERDUE_ROLE:
            return a.overdue
        if role == Qt.ItemDataRole.DisplayRole:
            status = self.session.label(ACTION_STATUS_LABELS, a.status)
            if a.overdue:
                status = self.tr("{status} · {days} days overdue").format(
                    status=status, days=a.days_overdue
                )
            return [
                str(a.seq),
                self.session.label(ACTION_CATEGORY_LABELS, a.category),
                a.description,
                a.owner,
                _day(a.due_date),
                status,
                _moment(a.completed_at),
                a.evidence,
            ][col]
        if role == Qt.ItemDataRole.ForegroundRole:
            if a.overdue and col in (self.DUE, self.STATUS):
                return QBrush(RED)
            if a.status == "done" and col == self.STATUS:
                return QBrush(GREEN)
            if a.status == "cancelled":
                return QBrush(GREY)
        if role == Qt.ItemDataRole.FontRole and a.overdue and col in (self.DUE, self.STATUS):
            return _bold()
        if role == Qt.ItemDataRole.ToolTipRole and col in (self.DESCRIPTION, self.EVIDENCE):
            return a.description if col == self.DESCRIPTION else a.evidence or None
        return None


# --- the input pack ------------------------------------------------------------------------------


class PackSectionsModel(QAbstractListModel):
    """The eleven inputs a–k; those the data says nothing about are greyed."""

    def __init__(self, session: AppSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._sections: list[PackSection] = []

    def set_sections(self, sections) -> None:
        self.beginResetModel()
        self._sections = list(sections)
        self.endResetModel()

    def section(self, row: int) -> PackSection:
        return self._sections[row]

    def row_of(self, key: str | None) -> int:
        for n, s in enumerate(self._sections):
            if s.key == key:
                return n
        return -1

    def retranslate(self) -> None:
        if self._sections:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._sections) - 1, 0))

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._sections)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._sections):
            return None
        s = self._sections[index.row()]
        english = self.session.language.startswith("en")
        if role == Qt.ItemDataRole.DisplayRole:
            mark = " ✎" if s.note else ""
            return f"{s.key}) {s.title_en if english else s.title_zh}{mark}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return s.summary_en if english else s.summary_zh
        if role == Qt.ItemDataRole.ForegroundRole and not s.has_data and not s.note:
            return QBrush(GREY)
        if role == Qt.ItemDataRole.ForegroundRole and s.problems:
            return QBrush(RED)
        if role == ID_ROLE:
            return s.key
        return None


@dataclass(frozen=True)
class Block:
    """One small table of a pack section: a caption, headers, rows of text, and which rows
    to show in red (overdue actions, missed targets)."""

    caption: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    red_rows: frozenset[int] = frozenset()
    stretch: int | None = None  # the text column that takes the room left (and elides)


class PackTableModel(QAbstractTableModel):
    """A read-only table of one Block."""

    def __init__(self, block: Block, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.block = block

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.block.rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.block.headers)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.block.headers)
        ):
            return self.block.headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.block.rows):
            return None
        row = self.block.rows[index.row()]
        if not 0 <= index.column() < len(row):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.row() in self.block.red_rows:
            return QBrush(RED)
        return None


class PackBlocks(QObject):
    """Turns a pack section's figures into Blocks, with headers in the current language."""

    def __init__(self, session: AppSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session

    def _en(self) -> bool:
        return self.session.language.startswith("en")

    def _pct(self, rate) -> str:
        return "—" if rate is None else f"{rate * 100:.1f}%"

    def _verdict(self, meets) -> str:
        if meets is None:
            return self.tr("no target")
        return self.tr("met") if meets else self.tr("missed")

    def blocks(self, s: PackSection) -> list[Block]:
        out: list[Block] = []
        if s.previous_actions:
            out.append(self._previous(s))
        if s.nc_figures:
            out.append(self._nc_figures(s))
        if s.kpis:
            out.append(self._kpis(s))
        if s.audits:
            out.append(self._audits(s))
        if s.surveys:
            out.append(self._surveys(s))
        if s.ncs:
            out.append(self._ncs(s))
        if s.supplier_checks:
            out.append(self._suppliers(s))
        return out

    def _previous(self, s: PackSection) -> Block:
        late = " · " + self.tr("overdue")
        rows = tuple(
            (
                f"{a.review_number} #{a.seq}",
                a.description,
                a.owner,
                _day(a.due_date),
                self.session.label(ACTION_STATUS_LABELS, a.status) + (late if a.overdue else ""),
                _moment(a.completed_at),
            )
            for a in s.previous_actions
        )
        return Block(
            self.tr("Actions of earlier reviews"),
            (
                self.tr("Action"),
                self.tr("Description"),
                self.tr("Owner"),
                self.tr("Due"),
                self.tr("Status"),
                self.tr("Completed"),
            ),
            rows,
            frozenset(n for n, a in enumerate(s.previous_actions) if a.overdue),
            stretch=1,
        )

    def _nc_figures(self, s: PackSection) -> Block:
        figs = s.nc_figures
        grades = [g for g, _n in figs[0].counted_by_grade]
        processes: list[str] = []
        for f in figs:
            for p, n in f.counted_by_process:
                if n and p not in processes:
                    processes.append(p)

        def line(label: str, values) -> tuple[str, ...]:
            return (label, *values)

        def days(f) -> str:
            return "—" if f.mean_days_to_close is None else f"{f.mean_days_to_close:.1f}"

        overdue = line(self.tr("Overdue NCs"), [str(f.overdue) for f in figs])
        rows = [
            line(self.tr("Nonconformities issued"), [str(f.counted) for f in figs]),
            *(
                line(
                    self.tr("— {grade}").format(grade=self.session.label(GRADE_LABELS, g)),
                    [str(dict(f.counted_by_grade).get(g, 0)) for f in figs],
                )
                for g in grades
            ),
            *(
                line(
                    self.tr("— process {process}").format(
                        process=f"{p} {self.session.label(PROCESS_LABELS, p)}"
                    ),
                    [str(dict(f.counted_by_process).get(p, 0)) for f in figs],
                )
                for p in processes
            ),
            line(self.tr("Open"), [str(f.open) for f in figs]),
            line(self.tr("Closed"), [str(f.closed) for f in figs]),
            line(self.tr("Closure rate"), [self._pct(f.closure_rate) for f in figs]),
            line(
                self.tr("Corrective-action effectiveness"),
                [self._pct(f.capa_effectiveness_rate) for f in figs],
            ),
            line(self.tr("Mean days to close"), [days(f) for f in figs]),
            overdue,
            line(self.tr("Overdue corrective actions"), [str(f.actions_overdue) for f in figs]),
        ]
        return Block(
            self.tr("Nonconformities and corrective actions"),
            (self.tr("Figure"), *(str(f.year) for f in figs)),
            tuple(rows),
            frozenset({rows.index(overdue)}) if figs[0].overdue else frozenset(),
        )

    def _kpis(self, s: PackSection) -> Block:
        en = self._en()
        rows = tuple(
            (
                k.name_en if en else k.name_zh,
                format_kpi_value(k.year_value, k.unit, en),
                format_kpi_target(k.direction, k.target, k.unit, en),
                self._verdict(k.meets_target),
                *(format_kpi_value(q, k.unit, en) for q in (k.quarters or (None,) * 4)),
            )
            for k in s.kpis
        )
        return Block(
            self.tr("Measures of the year"),
            (
                self.tr("Measure"),
                self.tr("Year"),
                self.tr("Target"),
                self.tr("Result"),
                self.tr("Q1"),
                self.tr("Q2"),
                self.tr("Q3"),
                self.tr("Q4"),
            ),
            rows,
            frozenset(n for n, k in enumerate(s.kpis) if k.meets_target is False),
        )

    def _audits(self, s: PackSection) -> Block:
        rows = tuple(
            (
                a.number,
                a.title,
                self.session.label(AUDIT_STATUS_LABELS, a.status),
                f"{a.answered}/{a.total}",
                str(a.nc_count),
                " · ".join(
                    f"{self.session.label(GRADE_LABELS, g)} {n}" for g, n in a.by_grade if n
                ),
            )
            for a in s.audits
        )
        return Block(
            self.tr("Internal audits"),
            (
                self.tr("Audit"),
                self.tr("Title"),
                self.tr("Status"),
                self.tr("Answered"),
                self.tr("NCs"),
                self.tr("By grade"),
            ),
            rows,
            stretch=1,
        )

    def _surveys(self, s: PackSection) -> Block:
        rows = tuple(
            (
                f"Q{v.quarter}",
                v.title,
                str(v.valid),
                "—" if v.mean_score is None else f"{v.mean_score:.2f}",
                self._pct(v.satisfied_rate),
                str(v.dissatisfied),
                str(v.open_follow_ups),
            )
            for v in s.surveys
        )
        return Block(
            self.tr("Satisfaction surveys"),
            (
                self.tr("Quarter"),
                self.tr("Survey"),
                self.tr("Valid responses"),
                self.tr("Mean score"),
                self.tr("Satisfied"),
                self.tr("Dissatisfied"),
                self.tr("Open follow-ups"),
            ),
            rows,
            frozenset(n for n, v in enumerate(s.surveys) if v.open_follow_ups),
            stretch=1,
        )

    def _ncs(self, s: PackSection) -> Block:
        rows = tuple(
            (
                n.number,
                self.session.label(GRADE_LABELS, n.grade),
                self.session.label(NC_STATUS_LABELS, n.status),
                n.process,
                n.department,
                _day(n.due_date),
                n.facts,
            )
            for n in s.ncs
        )
        return Block(
            self.tr("Nonconformities"),
            (
                self.tr("Number"),
                self.tr("Grade"),
                self.tr("Status"),
                self.tr("Process"),
                self.tr("Department"),
                self.tr("Due"),
                self.tr("Facts"),
            ),
            rows,
            frozenset(k for k, n in enumerate(s.ncs) if n.overdue),
            stretch=6,
        )

    def _suppliers(self, s: PackSection) -> Block:
        rows = tuple(
            (c.audit_number, c.department, self.session.label(RESULT_LABELS, c.result), c.notes)
            for c in s.supplier_checks
        )
        return Block(
            self.tr("Supplier evaluation in audits (SP-15)"),
            (self.tr("Audit"), self.tr("Department"), self.tr("Result"), self.tr("Notes")),
            rows,
            frozenset(n for n, c in enumerate(s.supplier_checks) if c.result == "NC"),
            stretch=3,
        )
