"""Checklist templates as Qt models: the list of templates, and one template's items."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from qa_desktop.domain.enums import RESULT_LABELS, AnswerType
from qa_desktop.schemas.template import ChecklistTemplateDoc, TemplateItem
from qa_desktop.services.templates import TemplateSummary

from ..session import AppSession

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
KEY_ROLE = Qt.ItemDataRole.UserRole  # (code, version) of a template row


class TemplateListModel(QAbstractTableModel):
    """Every template version in the database (a handful: no paging needed)."""

    COLUMNS = ("code", "version", "title", "title_en", "items", "source")

    def __init__(self, session: AppSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._rows: list[TemplateSummary] = []

    def set_templates(self, rows: list[TemplateSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def template_at(self, row: int) -> TemplateSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def keys(self) -> set[tuple[str, str]]:
        return {(t.code, t.version) for t in self._rows}

    def row_of(self, code: str, version: str) -> int:
        for i, t in enumerate(self._rows):
            if (t.code, t.version) == (code, version):
                return i
        return -1

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if (
            role != Qt.ItemDataRole.DisplayRole
            or orientation != Qt.Orientation.Horizontal
            or not 0 <= section < len(self.COLUMNS)
        ):
            return None
        return {
            "code": self.tr("Code"),
            "version": self.tr("Version"),
            "title": self.tr("Title (Chinese)"),
            "title_en": self.tr("Title (English)"),
            "items": self.tr("Items"),
            "source": self.tr("Source"),
        }[self.COLUMNS[section]]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        t = self._rows[index.row()]
        key = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if key == "items":
                return str(t.items) if role == Qt.ItemDataRole.DisplayRole else None
            if key == "source":
                return self.tr("Built-in") if t.builtin else self.tr("Imported")
            return getattr(t, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "items":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == KEY_ROLE:
            return (t.code, t.version)
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self.COLUMNS) - 1)
            )


class TemplateItemsModel(QAbstractTableModel):
    """The items of one template, read-only, in the interface language where it has one."""

    COLUMNS = ("id", "question", "clause", "evidence", "answer")

    def __init__(self, session: AppSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.doc: ChecklistTemplateDoc | None = None

    def set_document(self, doc: ChecklistTemplateDoc | None) -> None:
        self.beginResetModel()
        self.doc = doc
        self.endResetModel()

    def _items(self) -> tuple[TemplateItem, ...]:
        return self.doc.items if self.doc else ()

    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._items())

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if (
            role != Qt.ItemDataRole.DisplayRole
            or orientation != Qt.Orientation.Horizontal
            or not 0 <= section < len(self.COLUMNS)
        ):
            return None
        return {
            "id": self.tr("ID"),
            "question": self.tr("Question"),
            "clause": self.tr("Clause"),
            "evidence": self.tr("Evidence and sampling"),
            "answer": self.tr("Answer"),
        }[self.COLUMNS[section]]

    def _english(self) -> bool:
        return self.session.language.startswith("en")

    def _text(self, zh: str, en: str) -> str:
        return en if self._english() and en else zh

    def answer_text(self, item: TemplateItem) -> str:
        spec = item.answer
        if spec.type == AnswerType.SAMPLE:
            kind = self.tr("Sample of {size}").format(size=spec.sample_size)
        elif spec.type == AnswerType.MEASURE:
            kind = (
                self.tr("Measure ({unit})").format(unit=spec.unit)
                if spec.unit
                else self.tr("Measure")
            )
        else:
            kind = self.tr("Judgement")
        results = " / ".join(self.session.label(RESULT_LABELS, r) for r in spec.results)
        return f"{kind}: {results}"

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        items = self._items()
        if not index.isValid() or index.row() >= len(items):
            return None
        item = items[index.row()]
        key = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "id":
                return item.id
            if key == "question":
                return self._text(item.question, item.question_en)
            if key == "clause":
                return "\n".join(item.clause)
            if key == "evidence":
                return self._text(item.evidence, item.evidence_en)
            return self.answer_text(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "question":
                lines = [item.question]
                if item.question_en:
                    lines.append(item.question_en)
                if item.guidance:
                    lines.append(self.tr("Guidance: {text}").format(text=item.guidance))
                return "\n".join(lines)
            if key == "evidence":
                return "\n".join(filter(None, [item.evidence, item.evidence_en]))
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        n = len(self._items())
        if n:
            self.dataChanged.emit(self.index(0, 0), self.index(n - 1, len(self.COLUMNS) - 1))
