"""Table models for the Surveys page: the year's surveys, one survey's responses, and its
dissatisfied responses with their follow-up.

A year holds four surveys at most and a survey a few hundred responses, so each model
fetches its rows in one service call and keeps them.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from qa_desktop.services import surveys
from qa_desktop.services.surveys import ResponseView, SurveyView

from ..session import AppSession

ID_ROLE = Qt.ItemDataRole.UserRole
MET_GREEN = "#2e6b34"
MISSED_RED = "#b3261e"
MUTED_GREY = "#808080"

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CENTRE = int(Qt.AlignmentFlag.AlignCenter)


def percent(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.1f}%"


def mean(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def day(d) -> str:
    return d.isoformat() if d else ""


class _Table(QAbstractTableModel):
    """Rows of one service call; headers and coded labels follow the language."""

    def __init__(self, session: AppSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._rows: list = []

    def _headers(self) -> list[str]:
        raise NotImplementedError

    def set_rows(self, rows: Sequence) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int):
        return self._rows[row]

    def row_of(self, row_id: str | None) -> int:
        for i, r in enumerate(self._rows):
            if r.id == row_id:
                return i
        return -1

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1)
            )

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers())

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = self._headers()
            if 0 <= section < len(headers):
                return headers[section]
        return None

    def _valid(self, index: _Index) -> bool:
        return (
            index.isValid()
            and 0 <= index.row() < len(self._rows)
            and 0 <= index.column() < self.columnCount()
        )


class SurveysTableModel(_Table):
    QUARTER, TITLE, STATUS, PLANNED, CONDUCTED, RESPONSES, MEAN, SATISFIED, OPEN = range(9)

    def __init__(self, session: AppSession, parent: QObject | None = None) -> None:
        super().__init__(session, parent)
        self.target = surveys.DEFAULT_CSAT_TARGET

    def _headers(self) -> list[str]:
        return [
            self.tr("Survey"),
            self.tr("Title"),
            self.tr("Status"),
            self.tr("Planned"),
            self.tr("Conducted"),
            self.tr("Responses"),
            self.tr("Mean score"),
            self.tr("Satisfied rate"),
            self.tr("Open follow-ups"),
        ]

    def refresh(self, year: int, target: float) -> None:
        rows = surveys.list_surveys(self.session.ctx, year)
        self.target = target
        self.set_rows(rows)

    def survey(self, row: int) -> SurveyView:
        return self._rows[row]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not self._valid(index):
            return None
        v: SurveyView = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(v, col)
        if role == ID_ROLE:
            return v.id
        rate = v.satisfied_rate
        if role == Qt.ItemDataRole.ForegroundRole and col == self.SATISFIED and rate is not None:
            return QBrush(QColor(MET_GREEN if rate >= self.target else MISSED_RED))
        if role == Qt.ItemDataRole.ForegroundRole and col == self.OPEN and v.open_follow_ups:
            return QBrush(QColor(MISSED_RED))
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.TITLE:
                return v.title
            if col == self.SATISFIED and v.satisfied_rate is not None:
                return self.tr("{satisfied} of {valid} valid responses scored 4 or 5").format(
                    satisfied=v.satisfied, valid=v.valid
                )
            if col == self.RESPONSES:
                return self.tr("{received} received, {valid} valid").format(
                    received=v.responses, valid=v.valid
                )
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (
            self.RESPONSES,
            self.MEAN,
            self.SATISFIED,
            self.OPEN,
        ):
            return _RIGHT
        return None

    def _display(self, v: SurveyView, col: int) -> str:
        if col == self.QUARTER:
            return v.key
        if col == self.TITLE:
            return v.title
        if col == self.STATUS:
            return self.session.label(surveys.SURVEY_STATUS_LABELS, v.status)
        if col == self.PLANNED:
            return day(v.planned_on)
        if col == self.CONDUCTED:
            return day(v.conducted_on)
        if col == self.RESPONSES:
            return str(v.responses) if v.sample_size is None else f"{v.responses}/{v.sample_size}"
        if col == self.MEAN:
            return mean(v.mean_score)
        if col == self.SATISFIED:
            return percent(v.satisfied_rate)
        return str(v.open_follow_ups)


class ResponsesTableModel(_Table):
    """#, customer, respondent, the five dimensions, overall, comment, follow-up."""

    ROW, CUSTOMER, RESPONDENT = range(3)
    FIRST_SCORE = 3
    OVERALL = FIRST_SCORE + len(surveys.DIMENSIONS)
    COMMENT = OVERALL + 1
    FOLLOW_UP = COMMENT + 1

    def _headers(self) -> list[str]:
        return [
            "#",
            self.tr("Customer"),
            self.tr("Respondent"),
            *(self.session.label(surveys.DIMENSION_LABELS, d.code) for d in surveys.DIMENSIONS),
            self.tr("Overall"),
            self.tr("Comment"),
            self.tr("Follow-up"),
        ]

    def refresh(self, survey_id: str | None) -> None:
        rows = surveys.list_responses(self.session.ctx, survey_id) if survey_id else []
        self.set_rows(rows)

    def response(self, row: int) -> ResponseView:
        return self._rows[row]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not self._valid(index):
            return None
        r: ResponseView = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == ID_ROLE:
            return r.id
        if role == Qt.ItemDataRole.ForegroundRole:
            if not r.valid:
                return QBrush(QColor(MUTED_GREY))
            if col == self.OVERALL and r.dissatisfied:
                return QBrush(QColor(MISSED_RED))
        if role == Qt.ItemDataRole.ToolTipRole:
            if not r.valid:
                return self.tr("No overall score: kept, but not a valid response for the rates")
            if col == self.COMMENT and r.comment:
                return r.comment
            if col == self.FOLLOW_UP and r.follow_up:
                return r.follow_up
        if role == Qt.ItemDataRole.TextAlignmentRole and (
            col == self.ROW or self.FIRST_SCORE <= col <= self.OVERALL
        ):
            return _CENTRE
        return None

    def _display(self, r: ResponseView, col: int) -> str:
        if col == self.ROW:
            return str(r.row)
        if col == self.CUSTOMER:
            return r.customer
        if col == self.RESPONDENT:
            return r.respondent
        if self.FIRST_SCORE <= col < self.OVERALL:
            score = r.scores.get(surveys.DIMENSIONS[col - self.FIRST_SCORE].code)
            return "" if score is None else str(score)
        if col == self.OVERALL:
            return "" if r.overall is None else str(r.overall)
        if col == self.COMMENT:
            return " ".join(r.comment.split())
        if r.follow_up_status == "none":
            return ""
        return self.session.label(surveys.FOLLOW_UP_LABELS, r.follow_up_status)


class FollowUpsTableModel(_Table):
    """The dissatisfied responses of the analysis, with what was done about each."""

    ROW, CUSTOMER, OVERALL, COMMENT, STATUS, NOTE = range(6)

    def _headers(self) -> list[str]:
        return [
            "#",
            self.tr("Customer"),
            self.tr("Overall"),
            self.tr("Comment"),
            self.tr("Follow-up"),
            self.tr("What was done"),
        ]

    def response(self, row: int) -> ResponseView:
        return self._rows[row]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not self._valid(index):
            return None
        r: ResponseView = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.ROW:
                return str(r.row)
            if col == self.CUSTOMER:
                return " ".join(filter(None, (r.customer, r.respondent)))
            if col == self.OVERALL:
                return "" if r.overall is None else str(r.overall)
            if col == self.COMMENT:
                return " ".join(r.comment.split())
            if col == self.STATUS:
                return self.session.label(surveys.FOLLOW_UP_LABELS, r.follow_up_status)
            return " ".join(r.follow_up.split())
        if role == ID_ROLE:
            return r.id
        if role == Qt.ItemDataRole.ForegroundRole and col == self.STATUS:
            done = r.follow_up_status == "done"
            return QBrush(QColor(MET_GREEN if done else MISSED_RED))
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.COMMENT and r.comment:
                return r.comment
            if col == self.NOTE and r.follow_up:
                return r.follow_up
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.ROW, self.OVERALL):
            return _CENTRE
        return None
