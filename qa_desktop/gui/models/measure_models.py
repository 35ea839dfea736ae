"""Table models for the Measures page and the ticket import dialog.

The KPI grid is six rows × (target, twelve months, four quarters, the year), straight from
`measures.year_summary`: the quarters and the year are the services' roll-ups of the months'
parts, never recomputed here. Month cells and the target are edited as text the way people
type them — "85" or "85%" for a rate, "17/20" for 17 of 20 tickets, hours for MTTR.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from qa_desktop.domain.kpi import KPI_DEFINITIONS, meets_target
from qa_desktop.services import measures, stock_figures
from qa_desktop.services.measures import KpiYear, TargetView, mixes_bare_and_parts
from qa_desktop.services.stock_figures import KbMonth, MovementView, StockMonth
from qa_desktop.services.ticket_import import MonthFigures, RowProblem

from ..session import MEASURES, AppSession

KPI_ROLE = Qt.ItemDataRole.UserRole  # the KPI code of a grid row
PERIOD_ROLE = Qt.ItemDataRole.UserRole + 1  # "YYYY-MM" of a month cell
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # a movement's id

MEETS = QColor("#d7ecd3")  # pale green: on or better than target
MISSES = QColor("#f6d4d2")  # pale red: worse than target
MEETS_TEXT = QColor("#1e5c22")
MISSES_TEXT = QColor("#8e1b1b")
MUTED = QColor("#777777")

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


# --- formatting and typing ---------------------------------------------------------------


def format_value(kpi: str, value: float | None) -> str:
    """85.0% for a rate (held as 0.85), 12.3 h (or 136 h) for MTTR, 1.25 for turnover; — for
    none."""
    if value is None:
        return "—"
    unit = KPI_DEFINITIONS[kpi].unit
    if unit == "%":
        return f"{value * 100:.1f}%"
    if unit == "h":
        # A tenth of an hour matters at 3.6 h, not at 1075 h (and keeps the grid narrow).
        return f"{value:.1f} h" if abs(value) < 100 else f"{value:.0f} h"
    return f"{value:.2f}"


def _number(text: str) -> float:
    try:
        return float(text.replace(",", "").replace("，", ""))
    except ValueError:
        raise ValueError(f"应为数字 / expected a number: {text}") from None


_PARTS_RE = re.compile(r"^\s*([\d.,]+)\s*(?:/|／|of|OF|Of|之)\s*([\d.,]+)\s*$")


def parse_entry(kpi: str, text: str) -> tuple[str, float | None, float | None]:
    """What the user typed into a month cell:

    ("clear", None, None) for nothing, ("parts", n, d) for "17/20" or "17 of 20", and
    ("value", v, None) for a number — a percentage for a rate ("85" and "85%" are 0.85).
    Raises ValueError with a bilingual message.
    """
    text = (text or "").strip().replace("％", "%")
    if not text:
        return ("clear", None, None)
    m = _PARTS_RE.match(text)
    if m:
        return ("parts", _number(m.group(1)), _number(m.group(2)))
    percent = text.endswith("%")
    number = _number(text.rstrip("%").strip())
    if KPI_DEFINITIONS[kpi].unit == "%":
        return ("value", number / 100, None)
    if percent:
        raise ValueError(f"此指标不是比率 / this measure is not a rate: {text}")
    return ("value", number, None)


def parse_target(kpi: str, text: str) -> float | None:
    """A typed target: "95" or "95%" for a rate is 0.95; blank removes the set target."""
    kind, value, _ = parse_entry(kpi, text)
    if kind == "parts":
        raise ValueError("目标请填写一个数值 / a target is one number, not parts")
    return value


def edit_text(kpi: str, numerator: float | None, denominator: float | None) -> str:
    """The text an editor starts with: parts when the month has them, else the value."""
    if numerator is None or not denominator:
        return ""
    if denominator != 1:
        return f"{numerator:g}/{denominator:g}"
    if KPI_DEFINITIONS[kpi].unit == "%":
        return f"{numerator * 100:g}"
    return f"{numerator:g}"


def _mark(ok: bool | None, role: int):
    if ok is None:
        return None
    if role == Qt.ItemDataRole.BackgroundRole:
        return QBrush(MEETS if ok else MISSES)
    return QBrush(MEETS_TEXT if ok else MISSES_TEXT)


def _money(value: float | None, digits: int = 2) -> str:
    if value is None:
        return "—"
    return QLocale().toString(float(value), "f", digits)


# --- the tables' common shape ------------------------------------------------------------


class _RowsModel(QAbstractTableModel):
    """A flat table: one of `_rows` a row, `COLUMNS` columns titled by `headers()`."""

    COLUMNS = 0

    def __init__(self, session: AppSession | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._rows: list[Any] = []

    def _reset(self, rows: Iterable[Any]) -> None:
        rows = list(rows)  # read in full first: a failing read must not leave a reset half done
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def headers(self) -> list[str]:
        # Written out in each subclass: lupdate files a self.tr() string under the class whose
        # body holds the call, so titles moved up here would lose their translations.
        raise NotImplementedError

    def _is_column(self, section: int, orientation: Qt.Orientation) -> bool:
        return orientation == Qt.Orientation.Horizontal and 0 <= section < self.COLUMNS

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        # Subclasses with header tooltips answer that role and hand the rest up here.
        if role != Qt.ItemDataRole.DisplayRole or not self._is_column(section, orientation):
            return None
        return self.headers()[section]


# --- the KPI grid ------------------------------------------------------------------------


class KpiGridModel(_RowsModel):
    NAME, TARGET = 0, 1
    FIRST_MONTH = 2
    FIRST_QUARTER = 14
    YEAR = 18
    COLUMNS = 19

    _rows: list[KpiYear]

    def __init__(self, session: AppSession, parent: QObject | None = None) -> None:
        super().__init__(session, parent)
        self.year = session.ctx.today().year
        self._targets: dict[str, TargetView] = {}
        self.message_parent = None  # the widget refusals are shown over

    def load(self, year: int) -> None:
        rows = list(measures.year_summary(self.session.ctx, year))
        targets = {t.kpi: t for t in measures.list_targets(self.session.ctx, year)}
        self.beginResetModel()
        self.year, self._rows, self._targets = year, rows, targets
        self.endResetModel()

    def _reload_in_place(self) -> None:
        """New figures without a reset: an editor may still be closing over this model."""
        self._rows = list(measures.year_summary(self.session.ctx, self.year))
        self._targets = {t.kpi: t for t in measures.list_targets(self.session.ctx, self.year)}
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.YEAR))

    def kpi_year(self, row: int) -> KpiYear:
        return self._rows[row]

    def row_of(self, kpi: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.kpi == kpi), -1)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.YEAR))

    # --- shape -------------------------------------------------------------------------

    def headers(self) -> list[str]:
        locale = QLocale()
        months = [locale.monthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13)]
        quarters = [f"Q{q}" for q in range(1, 5)]
        return [self.tr("Measure"), self.tr("Target"), *months, *quarters, str(self.year)]

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ToolTipRole and self._is_column(section, orientation):
            if section >= self.FIRST_QUARTER:
                return self.tr(
                    "Rolled up from the months' parts (a rate is Σ numerators ÷ Σ "
                    "denominators, never a mean of monthly rates)"
                )
            if section == self.TARGET:
                return self.tr(
                    "Double-click to set the year's target; italic: the reference "
                    "value, not one you set"
                )
        return super().headerData(section, orientation, role)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base
        if self.FIRST_MONTH <= index.column() < self.FIRST_QUARTER or index.column() == self.TARGET:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def _cell(self, r: KpiYear, col: int) -> tuple[float | None, bool | None]:
        """(value, meets target) of a value cell."""
        if self.FIRST_MONTH <= col < self.FIRST_QUARTER:
            value = r.months[col - self.FIRST_MONTH].value
        elif self.FIRST_QUARTER <= col < self.YEAR:
            value = r.quarters[col - self.FIRST_QUARTER]
        else:
            value = r.year_value
        ok = meets_target(value, r.target, r.direction)
        return value, ok

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r, col = self._rows[index.row()], index.column()
        if role == KPI_ROLE:
            return r.kpi
        if col == self.NAME:
            return self._name_data(r, role)
        if col == self.TARGET:
            return self._target_data(r, role)
        value, ok = self._cell(r, col)
        month = r.months[col - self.FIRST_MONTH] if col < self.FIRST_QUARTER else None
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if value is None and month is not None else format_value(r.kpi, value)
        if role == Qt.ItemDataRole.EditRole and month is not None:
            return edit_text(r.kpi, month.numerator, month.denominator)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            return _mark(ok, role)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT
        if role == Qt.ItemDataRole.FontRole and col >= self.FIRST_QUARTER:
            font = QFont()
            font.setBold(True)
            return font
        if role == PERIOD_ROLE and month is not None:
            return month.period
        if role == Qt.ItemDataRole.ToolTipRole:
            if month is None and value is None and mixes_bare_and_parts(self._period(r, col)):
                return self.tr(
                    "Not rolled up: a month here was typed as a bare value while the others "
                    "carry their volume. Enter that month's parts (Ctrl+E)."
                )
            return self._tooltip(r, month, ok)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and ok is not None:
            return self.tr("meets target") if ok else self.tr("misses target")
        return None

    def _name_data(self, r: KpiYear, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return r.name_en if self.session.language == "en" else r.name_zh
        if role == Qt.ItemDataRole.ToolTipRole:
            d = KPI_DEFINITIONS[r.kpi]
            better = (
                self.tr("higher is better")
                if r.direction == "higher"
                else self.tr("lower is better")
            )
            return f"{d.formula(self.session.language)}\n{better}"
        return None

    def _target_data(self, r: KpiYear, role: int):
        t = self._targets.get(r.kpi)
        if role == Qt.ItemDataRole.DisplayRole:
            if r.target is None:
                return ""
            sign = "≥" if r.direction == "higher" else "≤"
            return f"{sign} {format_value(r.kpi, r.target)}"
        if role == Qt.ItemDataRole.EditRole:
            if t is None or t.target is None or t.is_default:
                return ""
            return edit_text(r.kpi, t.target, 1)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT
        if t is not None and t.is_default:
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(MUTED)
        if role == Qt.ItemDataRole.ToolTipRole and t is not None and t.note:
            return self.session.text(t.note)
        return None

    def _period(self, r: KpiYear, col: int) -> tuple:
        """The months a quarter or year column rolls up."""
        if col == self.YEAR:
            return r.months
        q = col - self.FIRST_QUARTER
        return r.months[3 * q : 3 * q + 3]

    def _tooltip(self, r: KpiYear, month, ok: bool | None) -> str:
        lines = []
        if month is not None and month.denominator is not None:
            source = {
                "manual": self.tr("entered by hand"),
                "tickets": self.tr("from imported tickets"),
                "stock": self.tr("from stock movements"),
                "survey": self.tr("from the satisfaction survey"),
            }.get(month.source, month.source)
            if month.denominator != 1:
                lines.append(
                    self.tr("{n} of {d}").format(
                        n=f"{month.numerator:g}", d=f"{month.denominator:g}"
                    )
                )
            lines.append(source)
        if ok is not None:
            lines.append(self.tr("meets target") if ok else self.tr("misses target"))
        return "\n".join(lines)

    # --- editing -----------------------------------------------------------------------

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        r, col = self._rows[index.row()], index.column()
        if col == self.TARGET:
            return self.set_target(r.kpi, str(value))
        if self.FIRST_MONTH <= col < self.FIRST_QUARTER:
            return self.set_month(r.kpi, r.months[col - self.FIRST_MONTH].period, str(value))
        return False

    def _refuse(self, message: str) -> None:
        self.session.refuse(self.message_parent, message)

    def set_month(self, kpi: str, period: str, text: str) -> bool:
        try:
            kind, a, b = parse_entry(kpi, text)
        except ValueError as exc:
            self._refuse(str(exc))
            return False
        if kind == "clear":
            ok, _ = self.session.call(
                self.message_parent, measures.clear_value, kpi, period, changed=MEASURES
            )
        elif kind == "parts":
            ok, _ = self.session.call(
                self.message_parent,
                measures.set_value,
                kpi,
                period,
                numerator=a,
                denominator=b,
                changed=MEASURES,
            )
        else:
            ok, _ = self.session.call(
                self.message_parent, measures.set_value, kpi, period, a, changed=MEASURES
            )
        if ok:
            self._reload_in_place()
        return ok

    def set_target(self, kpi: str, text: str) -> bool:
        try:
            target = parse_target(kpi, text)
        except ValueError as exc:
            self._refuse(str(exc))
            return False
        ok, _ = self.session.call(
            self.message_parent, measures.set_target, self.year, kpi, target, changed=MEASURES
        )
        if ok:
            self._reload_in_place()
        return ok


# --- spare parts and knowledge -----------------------------------------------------------


class StockMonthsModel(_RowsModel):
    MONTH, ISSUED, RECEIVED, CLOSING, AVERAGE, TURNOVER, DAYS, NOTE = range(8)
    COLUMNS = 8

    _rows: list[StockMonth]

    def __init__(self, session: AppSession, parent: QObject | None = None) -> None:
        super().__init__(session, parent)
        self.message_parent = None

    def load(self, year: int) -> None:
        self._reset(stock_figures.stock_months(self.session.ctx, year))

    def month(self, row: int) -> StockMonth:
        return self._rows[row]

    def headers(self) -> list[str]:
        return [
            self.tr("Month"),
            self.tr("Issued cost"),
            self.tr("Received cost"),
            self.tr("Month-end stock"),
            self.tr("Average stock"),
            self.tr("Turnover"),
            self.tr("Days"),
            self.tr("Note"),
        ]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == self.CLOSING:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        m, col = self._rows[index.row()], index.column()
        if role == PERIOD_ROLE:
            return m.period
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                m.period,
                _money(m.issued_cost) if m.movements or m.average is not None else "",
                _money(m.received_cost) if m.movements or m.average is not None else "",
                "" if m.closing is None else _money(m.closing),
                _money(m.average) if m.average is not None else "",
                "" if m.turnover is None else f"{m.turnover:.2f}",
                "" if m.turnover_days is None else f"{m.turnover_days:.0f}",
                self.session.text(m.missing)
                if m.missing and (m.movements or m.closing is not None)
                else "",
            ][col]
        if role == Qt.ItemDataRole.EditRole and col == self.CLOSING:
            return "" if m.closing is None else f"{m.closing:g}"
        if role == Qt.ItemDataRole.TextAlignmentRole and col not in (self.MONTH, self.NOTE):
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and col == self.NOTE and m.missing:
            return self.session.text(m.missing)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.DAYS:
            return self.tr("Days in the month ÷ turnover")
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or index.column() != self.CLOSING
        ):
            return False
        period = self._rows[index.row()].period
        text = str(value or "").strip()
        if not text:
            ok, _ = self.session.call(
                self.message_parent, stock_figures.clear_stock_level, period, changed=MEASURES
            )
        else:
            try:
                amount = _number(text)
            except ValueError as exc:
                self.session.refuse(self.message_parent, str(exc))
                return False
            ok, _ = self.session.call(
                self.message_parent,
                stock_figures.set_stock_level,
                period,
                amount,
                changed=MEASURES,
            )
        if ok:
            year = int(period[:4])
            self._rows = list(stock_figures.stock_months(self.session.ctx, year))
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.NOTE))
        return ok


class KbCountsModel(_RowsModel):
    MONTH, TOTAL, ACTIVE, NEW, RATE = range(5)
    COLUMNS = 5

    _rows: list[KbMonth]

    def __init__(self, session: AppSession, parent: QObject | None = None) -> None:
        super().__init__(session, parent)
        self.message_parent = None

    def load(self, year: int) -> None:
        self._reset(stock_figures.kb_months(self.session.ctx, year))

    def headers(self) -> list[str]:
        return [
            self.tr("Month"),
            self.tr("Articles"),
            self.tr("Active"),
            self.tr("New"),
            self.tr("Active rate"),
        ]

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ToolTipRole and self._is_column(section, orientation):
            return [
                None,
                self.tr("Articles in force at the month end"),
                self.tr("Articles referenced at least once in the month"),
                self.tr("Articles added in the month"),
                self.tr("Active ÷ articles (secondary figure, not the knowledge-use measure)"),
            ][section]
        return super().headerData(section, orientation, role)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() in (self.TOTAL, self.ACTIVE, self.NEW):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        m, col = self._rows[index.row()], index.column()
        if role == PERIOD_ROLE:
            return m.period
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == self.MONTH:
                return m.period
            if col == self.RATE:
                if role == Qt.ItemDataRole.EditRole:
                    return None
                return "" if m.active_rate is None else f"{m.active_rate * 100:.1f}%"
            value = (None, m.total, m.active, m.new)[col]
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and col != self.MONTH:
            return _RIGHT
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        col = index.column()
        if col not in (self.TOTAL, self.ACTIVE, self.NEW):
            return False
        m = self._rows[index.row()]
        counts = [m.total or 0, m.active or 0, m.new or 0]
        try:
            counts[col - self.TOTAL] = int(_number(str(value or "0").strip() or "0"))
        except ValueError as exc:
            self.session.refuse(self.message_parent, str(exc))
            return False
        ok, row = self.session.call(
            self.message_parent, stock_figures.set_kb_counts, m.period, *counts, changed=MEASURES
        )
        if ok:
            self._rows[index.row()] = row
            self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.RATE))
        return ok


class MovementsModel(_RowsModel):
    DATE, PART, DIRECTION, QUANTITY, UNIT_COST, COST, REFERENCE, SOURCE = range(8)
    COLUMNS = 8
    LIMIT = 500

    _rows: list[MovementView]

    def load(self, year: int) -> None:
        self._reset(stock_figures.list_movements(self.session.ctx, year, limit=self.LIMIT))

    def movement(self, row: int) -> MovementView:
        return self._rows[row]

    def headers(self) -> list[str]:
        return [
            self.tr("Date"),
            self.tr("Part"),
            self.tr("In/out"),
            self.tr("Quantity"),
            self.tr("Unit cost"),
            self.tr("Cost"),
            self.tr("Reference"),
            self.tr("Source"),
        ]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        m, col = self._rows[index.row()], index.column()
        if role == ID_ROLE:
            return m.id
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                m.moved_on.isoformat(),
                m.part,
                self.tr("out") if m.direction == "out" else self.tr("in"),
                f"{m.quantity:g}",
                _money(m.unit_cost),
                _money(m.cost),
                m.reference,
                self.tr("imported") if m.imported else self.tr("entered"),
            ][col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (
            self.QUANTITY,
            self.UNIT_COST,
            self.COST,
        ):
            return _RIGHT
        return None


# --- the import dialog -------------------------------------------------------------------


class ProblemsModel(_RowsModel):
    ROW, COLUMN, VALUE, MESSAGE = range(4)
    COLUMNS = 4

    _rows: list[RowProblem]

    def set_problems(self, problems: Sequence[RowProblem]) -> None:
        self._reset(problems)

    def headers(self) -> list[str]:
        return [self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("Problem")]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        p, col = self._rows[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return [str(p.row), p.column, p.value, self.session.text(p.message)][col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.ROW:
            return _RIGHT
        return None


class MonthFiguresModel(_RowsModel):
    MONTH, TICKETS, FCR, MTTR, MEDIAN, P90, SLA, KB = range(8)
    COLUMNS = 8

    _rows: list[MonthFigures]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(None, parent)  # a preview of a file, before anything is stored

    def set_months(self, months: Sequence[MonthFigures]) -> None:
        self._reset(months)

    def month(self, row: int) -> MonthFigures:
        return self._rows[row]

    def headers(self) -> list[str]:
        return [
            self.tr("Month"),
            self.tr("Tickets"),
            self.tr("First-contact"),
            self.tr("MTTR"),
            self.tr("Median"),
            self.tr("P90"),
            self.tr("SLA"),
            self.tr("Knowledge"),
        ]

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ToolTipRole and self._is_column(section, orientation):
            return [
                self.tr("The month the tickets were finally resolved in"),
                self.tr("Tickets resolved in the month"),
                self.tr("Resolved with no reassignment and no reopen"),
                self.tr("Mean hours from opened to resolved"),
                self.tr("Median resolution hours"),
                self.tr("90th percentile of resolution hours"),
                self.tr("Made SLA ÷ tickets whose SLA outcome is known"),
                self.tr("Resolved with a knowledge article ÷ resolved"),
            ][section]
        return super().headerData(section, orientation, role)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        m, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                m.period,
                str(m.tickets),
                format_value("fcr", m.fcr),
                format_value("mttr_hours", m.mttr_hours),
                format_value("mttr_hours", m.median_hours),
                format_value("mttr_hours", m.p90_hours),
                format_value("sla_rate", m.sla_rate),
                format_value("kb_rate", m.kb_rate),
            ][col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col != self.MONTH:
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and col in (self.MTTR, self.MEDIAN, self.P90):
            return "\n".join(
                f"{p.priority or '—'}: {p.tickets} · {format_value('mttr_hours', p.mean_hours)}"
                for p in m.by_priority
            )
        return None
