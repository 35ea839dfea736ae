"""Small helpers shared by the parts of the nonconformity form."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QLabel

RED = QColor("#b3261e")
PURPLE = QColor("#6a1b9a")
EMPTY = "—"
LINK_STYLE = "text-decoration: none;"


def day(value: date | None) -> str:
    return value.isoformat() if value else EMPTY


def moment(value: datetime | None) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value else EMPTY


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def html(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


def nc_link(number: str) -> str:
    """An NC number as a link the form's labels turn into navigation."""
    return f'<a href="{html(number)}" style="{LINK_STYLE}">{html(number)}</a>'


def make_link_label(label: QLabel) -> None:
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    label.setOpenExternalLinks(False)
    label.setWordWrap(True)


def make_value_label(label: QLabel) -> None:
    """A read-only field: wraps, can be selected and copied, never read as markup."""
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)


def refill(combo: QComboBox, items: list[tuple[str, Any]], keep: Any = None) -> None:
    """Replace a combo's entries, keeping the chosen value (or `keep`) and emitting nothing."""
    current = keep if keep is not None else combo.currentData()
    combo.blockSignals(True)
    try:
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
    finally:
        combo.blockSignals(False)


def select_data(combo: QComboBox, value: Any) -> None:
    """Choose the entry holding `value` (the first entry when none does), silently."""
    combo.blockSignals(True)
    try:
        index = combo.findData(value) if value is not None else 0
        combo.setCurrentIndex(max(index, 0))
    finally:
        combo.blockSignals(False)
