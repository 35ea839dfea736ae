"""The frame every document shares: page header and footer with "page X of Y", PDF metadata,
and the document-control block of the company's controlled documents."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    Flowable,
    Image,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
)

from .labels import Labels
from .markup import esc, para
from .styles import MUTED, RULE, form, grid, styles

MARGIN = 16 * mm


@dataclass(frozen=True)
class Revision:
    on: date | None
    version: str
    change: str
    approver: str


@dataclass(frozen=True)
class People:
    """Who prepared, reviewed and approved a document, and when (from the record it shows)."""

    prepared_by: str = ""
    prepared_on: date | None = None
    reviewed_by: str = ""
    reviewed_on: date | None = None
    approved_by: str = ""
    approved_on: date | None = None


@dataclass(frozen=True)
class Control:
    """The document-control data: what the company's own controlled documents carry."""

    title: str
    number: str
    version: str = "V1.0"
    company: str = ""
    logo_path: str = ""
    department: str = ""  # 编制部门
    prepared_by: str = ""
    prepared_on: date | None = None
    reviewed_by: str = ""
    reviewed_on: date | None = None
    approved_by: str = ""
    approved_on: date | None = None
    revisions: tuple[Revision, ...] = ()
    subject: str = ""
    author: str = ""
    keywords: tuple[str, ...] = field(default_factory=tuple)


def _day(d: date | None) -> str:
    return d.strftime("%Y.%m.%d") if d else ""


def control_block(control: Control, t: Labels, page=A4) -> list[Flowable]:
    """文件编号/版本/编制/审核/批准 with dates, then the revision history."""
    s = styles()
    cell = s.cell
    rows = [
        [t("doc_number"), para(control.number, cell), t("version"), para(control.version, cell)],
        [t("prepared"), para(control.prepared_by, cell), t("date"), _day(control.prepared_on)],
        [t("reviewed"), para(control.reviewed_by, cell), t("date"), _day(control.reviewed_on)],
        [t("approved"), para(control.approved_by, cell), t("date"), _day(control.approved_on)],
    ]
    width = page[0] - 2 * MARGIN
    block = Table(rows, colWidths=[width * 0.16, width * 0.42, width * 0.14, width * 0.28])
    block.setStyle(form(label_columns=(0, 2)))
    revisions = control.revisions or (
        Revision(control.prepared_on, control.version, t("new_document"), control.approved_by),
    )
    history = Table(
        [[t("date"), t("version"), t("change"), t("approver")]]
        + [
            [_day(r.on), para(r.version, cell), para(r.change, cell), para(r.approver, cell)]
            for r in revisions
        ],
        colWidths=[width * 0.16, width * 0.14, width * 0.5, width * 0.2],
        repeatRows=1,
    )
    history.setStyle(grid())
    return [
        KeepTogether([block, Spacer(1, 3 * mm), Paragraph(esc(t("revisions")), s.small), history]),
        Spacer(1, 6 * mm),
    ]


def _numbered_canvas(control: Control, t: Labels, page_size):
    """A canvas that holds every page until the end, so each footer can say "of Y"."""
    s = styles()

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args, **kwargs):
            # The canvas would otherwise start every page in Helvetica, a font it never embeds.
            kwargs["initialFontName"] = kwargs.get("initialFontName") or s.font
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            width, height = page_size
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            top = height - MARGIN + 6 * mm
            x = MARGIN
            if control.logo_path and Path(control.logo_path).is_file():
                try:
                    self.drawImage(
                        control.logo_path,
                        x,
                        top - 1 * mm,
                        height=8 * mm,
                        width=16 * mm,
                        preserveAspectRatio=True,
                        anchor="sw",
                        mask="auto",
                    )
                    x += 18 * mm
                except Exception:  # a damaged logo must not stop the document
                    pass
            self.setFont(s.font, 8.5)
            self.setFillColor(MUTED)
            self.drawString(x, top + 1 * mm, control.company)
            self.drawRightString(width - MARGIN, top + 1 * mm, f"{control.title}  {control.number}")
            self.line(MARGIN, top - 2 * mm, width - MARGIN, top - 2 * mm)
            bottom = MARGIN - 8 * mm
            self.line(MARGIN, bottom + 4 * mm, width - MARGIN, bottom + 4 * mm)
            self.drawString(MARGIN, bottom, f"{control.number}  {control.version}")
            self.drawRightString(
                width - MARGIN, bottom, t("page_of", page=self._pageNumber, pages=total)
            )
            self.restoreState()

    return NumberedCanvas


def build_pdf(
    target: Path | io.BytesIO,
    control: Control,
    story: list[Flowable],
    lang: str,
    *,
    wide: bool = False,
    with_control_block: bool = True,
) -> int:
    """Lay out `story` under the document's frame and write the PDF (metadata included).
    Returns the number of pages."""
    t = Labels(lang)
    page = landscape(A4) if wide else A4
    doc = SimpleDocTemplate(
        str(target) if isinstance(target, Path) else target,
        pagesize=page,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + 4 * mm,
        bottomMargin=MARGIN,
        title=control.title,
        author=control.author or control.company,
        subject=control.subject or control.title,
        creator="qa-desktop",
        keywords=", ".join(control.keywords),
        lang="en" if t.english else "zh-CN",
    )
    s = styles()
    head: list[Flowable] = [para(control.company, s.subtitle), para(control.title, s.title)]
    if with_control_block:
        head += control_block(control, t, page)
    doc.build(head + story, canvasmaker=_numbered_canvas(control, t, page))
    return doc.page


def logo_image(path: str, height: float = 14 * mm) -> Flowable | None:
    if not path or not Path(path).is_file():
        return None
    try:
        return Image(path, height=height, width=height * 2, kind="proportional")
    except Exception:
        return None
