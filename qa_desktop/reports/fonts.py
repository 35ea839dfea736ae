"""The bundled CJK font, registered with ReportLab once per process.

WenQuanYi Micro Hei has TrueType outlines, which ReportLab can embed (as a subset); the
OpenType/CFF CJK fonts cannot be used, and the built-in STSong-Light is never embedded, so a
PDF would print without its Chinese on a machine that lacks the font.
"""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from qa_desktop.paths import fonts_dir

BUNDLED = "wqy-microhei.ttc"
CJK_FONT = "WenQuanYiMicroHei"  # the name ReportLab knows it by
CJK_FAMILY = "WenQuanYi Micro Hei"  # the family name inside the file (what Qt and SVG see)

_lock = threading.Lock()  # charts may be built on a worker thread while the GUI builds others


def register_cjk_font() -> str:
    """Register the bundled font (idempotent, thread-safe) and return its ReportLab name."""
    with _lock:
        if CJK_FONT not in pdfmetrics.getRegisteredFontNames():
            path = fonts_dir() / BUNDLED
            pdfmetrics.registerFont(TTFont(CJK_FONT, str(path), subfontIndex=0))
    return CJK_FONT
