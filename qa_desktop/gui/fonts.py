"""The bundled CJK font, so Chinese renders on a machine that has none."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from qa_desktop.paths import fonts_dir

BUNDLED = "wqy-microhei.ttc"


def register(app: QApplication) -> str | None:
    """Add the bundled font and put it behind the system font as the CJK fallback."""
    font_id = QFontDatabase.addApplicationFont(str(fonts_dir() / BUNDLED))
    if font_id < 0:
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    if not families:
        return None
    font = app.font()
    font.setFamilies([font.family(), families[0]])
    app.setFont(font)
    return families[0]


def family_font(point_size: float | None = None, *, bold: bool = False) -> QFont:
    font = QFont(QApplication.font())
    if point_size:
        font.setPointSizeF(point_size)
    font.setBold(bold)
    return font
