"""User text is data: everything from the database reaches ReportLab markup through here."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import Paragraph

# A word longer than this is cut with zero-width spaces so the line breaker can break it;
# ReportLab otherwise lets one unbreakable token run off the page.
LONG_WORD = 40
ZWSP = "\u200b"


def _breakable(text: str) -> str:
    out = []
    for word in text.split(" "):
        if len(word) > LONG_WORD and word.isascii():
            word = ZWSP.join(word[i : i + LONG_WORD] for i in range(0, len(word), LONG_WORD))
        out.append(word)
    return " ".join(out)


def esc(text: object) -> str:
    """Escape a value for Paragraph markup; newlines become line breaks."""
    if text is None:
        return ""
    s = _breakable(str(text)).replace("\r\n", "\n")
    return escape(s).replace("\n", "<br/>")


def para(text: object, style) -> Paragraph:
    """A paragraph of user text, shown verbatim."""
    return Paragraph(esc(text), style)


def para_markup(markup: str, style) -> Paragraph:
    """A paragraph of the report's own markup (labels we wrote, never user text)."""
    return Paragraph(markup, style)
