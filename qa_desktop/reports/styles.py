"""Paragraph and table styles of every document: the CJK font, CJK line breaking, one look."""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from .fonts import register_cjk_font

INK = colors.HexColor("#1f2328")
RULE = colors.HexColor("#8c959f")
HEADER_FILL = colors.HexColor("#e8eef6")
MUTED = colors.HexColor("#57606a")
ALERT = colors.HexColor("#b3261e")


class Styles:
    """The styles of one document (ReportLab styles are plain objects, cheap to make)."""

    def __init__(self) -> None:
        font = register_cjk_font()
        base = ParagraphStyle(
            "body",
            fontName=font,
            fontSize=9.5,
            leading=13.5,
            textColor=INK,
            wordWrap="CJK",
            alignment=TA_LEFT,
        )
        self.body = base
        self.small = ParagraphStyle("small", parent=base, fontSize=8, leading=11)
        self.muted = ParagraphStyle("muted", parent=self.small, textColor=MUTED)
        self.cell = ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11.5)
        self.cell_head = ParagraphStyle("cell_head", parent=self.cell, textColor=INK)
        self.title = ParagraphStyle(
            "title", parent=base, fontSize=17, leading=23, alignment=TA_CENTER, spaceAfter=4
        )
        self.subtitle = ParagraphStyle(
            "subtitle",
            parent=base,
            fontSize=10.5,
            leading=15,
            alignment=TA_CENTER,
            textColor=MUTED,
            spaceAfter=10,
        )
        self.h1 = ParagraphStyle(
            "h1", parent=base, fontSize=13, leading=18, spaceBefore=10, spaceAfter=5
        )
        self.h2 = ParagraphStyle(
            "h2", parent=base, fontSize=11, leading=15, spaceBefore=7, spaceAfter=3
        )
        self.alert = ParagraphStyle("alert", parent=base, textColor=ALERT)
        self.font = font


@lru_cache(maxsize=1)
def styles() -> Styles:
    return Styles()


def grid(header_rows: int = 1, *, zebra: bool = False) -> TableStyle:
    """Ruled table, shaded header rows (repeated on every page by the Table's repeatRows)."""
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), styles().font),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3.5),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_FILL))
    if zebra:
        commands.append(
            (
                "ROWBACKGROUNDS",
                (0, header_rows),
                (-1, -1),
                [colors.white, colors.HexColor("#f6f8fa")],
            )
        )
    return TableStyle(commands)


def form(label_columns: tuple[int, ...] = (0,)) -> TableStyle:
    """A form: ruled cells, label columns shaded."""
    style = grid(header_rows=0)
    for col in label_columns:
        style.add("BACKGROUND", (col, 0), (col, -1), HEADER_FILL)
    return style
