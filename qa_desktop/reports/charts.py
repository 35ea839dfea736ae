"""Charts as ReportLab Drawings: one code for the screen (as SVG) and for the PDFs.

Every function takes plain data — labels and numbers, already in the reader's language — and
returns a :class:`reportlab.graphics.shapes.Drawing` sized in points. The GUI shows
``to_svg(drawing)`` in a QSvgWidget; a PDF builder adds the same Drawing to its story.

Charts are drawn from basic shapes rather than ReportLab's chart widgets so that long Chinese
labels wrap, empty data still gives a readable figure, and totals sit where we put them. Text
is always a plain ``String`` (never Paragraph markup): a label like ``<b>&amp;`` is drawn as
those characters. Colours differ in lightness as well as hue, so a grey print keeps the grades
apart.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Mapping, Sequence

from reportlab.graphics import renderSVG
from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, Rect, String
from reportlab.lib.colors import Color, HexColor, white
from reportlab.pdfbase.pdfmetrics import stringWidth

from .fonts import CJK_FAMILY, register_cjk_font

# 严重 dark red, 一般 orange, 观察 blue-grey: grey values ≈ 24 %, 57 %, 77 %.
GRADE_COLORS: dict[str, Color] = {
    "major": HexColor("#8e1b1b"),
    "minor": HexColor("#d9822b"),
    "observation": HexColor("#b8c7cf"),
}
# Where an NC stands: not started, being worked on, verified, closed, set aside.
STATUS_COLORS: dict[str, Color] = {
    "draft": HexColor("#c9c9c9"),
    "issued": HexColor("#2f6690"),
    "disputed": HexColor("#2f6690"),
    "acknowledged": HexColor("#2f6690"),
    "plan_submitted": HexColor("#2f6690"),
    "plan_rejected": HexColor("#2f6690"),
    "plan_approved": HexColor("#2f6690"),
    "in_progress": HexColor("#2f6690"),
    "pending_verification": HexColor("#2f6690"),
    "reopened": HexColor("#8e1b1b"),
    "tracking": HexColor("#6f93ad"),
    "verified": HexColor("#8fbf7f"),
    "closed": HexColor("#2e6b34"),
    "withdrawn": HexColor("#9e9e9e"),
}
# For series without a colour of their own: dark, mid and light alternate.
PALETTE: tuple[Color, ...] = tuple(
    HexColor(h) for h in ("#1f4e79", "#d9822b", "#8e1b1b", "#9fb8c9", "#4d8b31", "#6d4c8e")
)
INK = HexColor("#222222")
MUTED = HexColor("#666666")
GRID = HexColor("#dddddd")
TRACK = HexColor("#eeeeee")
TARGET = HexColor("#444444")

_PAD = 4.0
_ELLIPSIS = "…"


# --- text --------------------------------------------------------------------------------


def _font() -> str:
    return register_cjk_font()


def _width(text: str, size: float) -> float:
    return stringWidth(text, _font(), size)


def _tokens(text: str) -> list[str]:
    """Break points: every CJK character stands alone; Latin words keep their trailing space."""
    out: list[str] = []
    word = ""
    for ch in text:
        wide = unicodedata.east_asian_width(ch) in ("W", "F")
        if wide:
            if word:
                out.append(word)
                word = ""
            out.append(ch)
        elif ch == " ":
            out.append(word + ch)
            word = ""
        else:
            word += ch
    if word:
        out.append(word)
    return out


def _clip(text: str, size: float, max_width: float) -> str:
    if _width(text, size) <= max_width:
        return text
    while text and _width(text + _ELLIPSIS, size) > max_width:
        text = text[:-1]
    return text.rstrip() + _ELLIPSIS


def wrap(text: str, size: float, max_width: float, max_lines: int = 2) -> list[str]:
    """Lines of at most `max_width` points; the last one ends in … if the text is longer."""
    max_width = max(max_width, _width("W", size))
    lines: list[str] = []
    current = ""
    for token in _tokens(" ".join(str(text).split())):
        if current and _width(current + token.rstrip(), size) > max_width:
            lines.append(current.rstrip())
            current = token.lstrip()
        else:
            current += token
        while _width(current.rstrip(), size) > max_width:  # one word wider than the line
            cut = len(current)
            while cut > 1 and _width(current[:cut], size) > max_width:
                cut -= 1
            if _inside_latin_word(current, cut):
                # "Reliabil- / ity" reads as one word; "Reliabilit / y" reads as two.
                h = cut
                while h > 1 and _width(current[:h] + "-", size) > max_width:
                    h -= 1
                if h > 1:
                    lines.append(current[:h] + "-")
                    current = current[h:]
                    continue
            lines.append(current[:cut])
            current = current[cut:]
    if current.strip() or not lines:
        lines.append(current.rstrip())
    if len(lines) > max_lines:
        last = lines[max_lines - 1]
        while last and _width(last + _ELLIPSIS, size) > max_width:
            last = last[:-1]
        lines = [*lines[: max_lines - 1], last.rstrip() + _ELLIPSIS]
    return lines


def _inside_latin_word(text: str, cut: int) -> bool:
    return (
        0 < cut < len(text)
        and (text[cut - 1] + text[cut]).isascii()
        and (text[cut - 1] + text[cut]).isalpha()
    )


def _string(x: float, y: float, text: str, size: float, anchor: str = "start", color=INK) -> String:
    return String(x, y, text, fontName=_font(), fontSize=size, fillColor=color, textAnchor=anchor)


# --- scales ------------------------------------------------------------------------------


def nice_ticks(lo: float, hi: float, *, integer: bool = False, target: int = 5) -> list[float]:
    """Round tick values covering lo..hi (1, 2, 2.5 or 5 × a power of ten apart)."""
    if hi <= lo:
        hi = lo + 1
    raw = (hi - lo) / max(target, 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    if integer:
        step = max(1, round(step))
    first = math.floor(lo / step) * step
    ticks = []
    value = first
    while value < hi - 1e-9:
        ticks.append(round(value, 10))
        value += step
    ticks.append(round(value, 10))
    return ticks


def _fmt(value: float) -> str:
    return f"{value:g}" if abs(value) < 1e6 else f"{value:.3g}"


# --- shared pieces ---------------------------------------------------------------------------


class _Canvas:
    """A Drawing with a white ground, a title and a legend, tracking the space that is left."""

    def __init__(self, width: float, height: float, font_size: float) -> None:
        # Drawn into a PDF, a Drawing would otherwise start in Helvetica, which no PDF embeds.
        self.drawing = Drawing(width, height, initialFontName=register_cjk_font())
        self.drawing.add(Rect(0, 0, width, height, fillColor=white, strokeColor=None))
        self.size = font_size
        self.leading = font_size * 1.25
        self.top = height - _PAD  # y of the next free line, going down
        self.width = width

    def title(self, text: str) -> None:
        if not text:
            return
        size = self.size * 1.25
        for line in wrap(text, size, self.width - 2 * _PAD, max_lines=2):
            self.top -= size
            self.drawing.add(_string(_PAD, self.top, line, size))
            self.top -= size * 0.3
        self.top -= _PAD

    def legend(self, items: Sequence[tuple[str, Color, str]]) -> None:
        """Swatches left to right, wrapping; kind is "box", "line" or "dash"."""
        if not items:
            return
        size, swatch = self.size, self.size
        x = _PAD
        self.top -= self.leading
        for name, color, kind in items:
            label = _clip(name, size, self.width * 0.45)
            needed = swatch * 1.8 + _PAD + _width(label, size)
            if x > _PAD and x + needed > self.width - _PAD:
                x = _PAD
                self.top -= self.leading
            y = self.top
            if kind == "box":
                self.drawing.add(
                    Rect(x, y - 1, swatch, swatch * 0.8, fillColor=color, strokeColor=None)
                )
                x += swatch
            else:
                self.drawing.add(
                    Line(
                        x,
                        y + swatch * 0.35,
                        x + swatch * 1.8,
                        y + swatch * 0.35,
                        strokeColor=color,
                        strokeWidth=1.5,
                        strokeDashArray=[4, 2] if kind == "dash" else None,
                    )
                )
                x += swatch * 1.8
            self.drawing.add(_string(x + 3, y, label, size, color=INK))
            x += 3 + _width(label, size) + size * 1.5
        self.top -= self.leading * 0.6

    def empty(self, text: str) -> Drawing:
        mid = max(self.top / 2, self.size)
        self.drawing.add(_string(self.width / 2, mid, text, self.size * 1.1, "middle", MUTED))
        return self.drawing


def _value_axis(
    g: Group, x0: float, y0: float, x1: float, y1: float, ticks: list[float], size: float, fmt
) -> None:
    """Horizontal grid lines with their values on the left of a vertical value axis."""
    lo, hi = ticks[0], ticks[-1]
    for t in ticks:
        y = y0 + (t - lo) / (hi - lo) * (y1 - y0)
        g.add(Line(x0, y, x1, y, strokeColor=GRID, strokeWidth=0.5))
        g.add(_string(x0 - 3, y - size * 0.35, fmt(t), size, "end", MUTED))
    g.add(Line(x0, y0, x1, y0, strokeColor=MUTED, strokeWidth=0.75))


def _axis_label_width(ticks: list[float], size: float, fmt) -> float:
    return max(_width(fmt(t), size) for t in ticks) + 5


def _color(colors: Mapping[str, Color | str] | None, key: str, index: int) -> Color:
    given = (colors or {}).get(key)
    if given is None:
        return PALETTE[index % len(PALETTE)]
    return HexColor(given) if isinstance(given, str) else given


def _category_labels(
    g: Group, labels: Sequence[str], x0: float, slot: float, y: float, size: float, lines: int
) -> None:
    leading = size * 1.15
    for i, label in enumerate(labels):
        cx = x0 + (i + 0.5) * slot
        for k, line in enumerate(wrap(label, size, slot - 2, max_lines=lines)):
            g.add(_string(cx, y - size - k * leading, line, size, "middle"))


# --- bar charts -------------------------------------------------------------------------------


def bar_chart(
    categories: Sequence[str],
    series: Mapping[str, Sequence[float]],
    title: str = "",
    *,
    stacked: bool = True,
    colors: Mapping[str, Color | str] | None = None,
    width: float = 480,
    height: float = 280,
    font_size: float = 8,
    integer: bool = True,
    show_totals: bool = True,
    empty_text: str = "—",
) -> Drawing:
    """Vertical bars per category; one segment (stacked) or one bar (grouped) per series.

    `series` maps a series name (shown in the legend) to one value per category, e.g. NCs by
    process stacked by grade: ``bar_chart(["SD", "SP"], {"严重": [1, 0], "一般": [4, 3]})``.
    """
    c = _Canvas(width, height, font_size)
    c.title(title)
    names = list(series)
    values = [[float(v or 0) for v in series[n]] + [0.0] * len(categories) for n in names]
    values = [row[: len(categories)] for row in values]
    c.legend([(n, _color(colors, n, i), "box") for i, n in enumerate(names)])
    peak = (
        max((sum(col) for col in zip(*values, strict=True)), default=0)
        if stacked
        else max((max(row, default=0) for row in values), default=0)
    )
    if not categories or not names or peak <= 0:
        return c.empty(empty_text)

    size = font_size
    ticks = nice_ticks(0, peak * (1.08 if show_totals else 1), integer=integer)
    left = _PAD + _axis_label_width(ticks, size, _fmt)
    right = width - _PAD
    slot = (right - left) / len(categories)
    label_lines = 2 if slot < _width("一二三四五六", size) * 1.6 else 1
    bottom = _PAD + size * 1.15 * label_lines + 4
    plot_top = c.top - size * 0.5
    if plot_top - bottom < size * 3:  # no room for bars: say so rather than draw a smear
        return c.empty(empty_text)
    g = Group()
    _value_axis(g, left, bottom, right, plot_top, ticks, size, _fmt)
    scale = (plot_top - bottom) / ticks[-1]
    group_w = min(slot * 0.7, 28 * (1 if stacked else len(names)) * size / 8)
    for i in range(len(categories)):
        cx = left + (i + 0.5) * slot
        if stacked:
            y = bottom
            for s, row in enumerate(values):
                h = row[i] * scale
                if h > 0:
                    g.add(
                        Rect(
                            cx - group_w / 2,
                            y,
                            group_w,
                            h,
                            fillColor=_color(colors, names[s], s),
                            strokeColor=white,
                            strokeWidth=0.75,
                        )
                    )
                y += h
            total = sum(row[i] for row in values)
            if show_totals and total > 0:
                g.add(_string(cx, y + 2, _fmt(total), size, "middle"))
        else:
            bar_w = group_w / len(names)
            for s, row in enumerate(values):
                h = row[i] * scale
                x = cx - group_w / 2 + s * bar_w
                if h > 0:
                    g.add(
                        Rect(
                            x,
                            bottom,
                            bar_w,
                            h,
                            fillColor=_color(colors, names[s], s),
                            strokeColor=white,
                            strokeWidth=0.5,
                        )
                    )
                label = _fmt(row[i])
                if show_totals and row[i] > 0 and _width(label, size * 0.9) <= bar_w + 4:
                    g.add(_string(x + bar_w / 2, bottom + h + 2, label, size * 0.9, "middle"))
    _category_labels(g, categories, left, slot, bottom - 3, size, label_lines)
    c.drawing.add(g)
    return c.drawing


def _horizontal_rows(
    c: _Canvas, labels: Sequence[str], value_space: float
) -> tuple[float, float, float, list[list[str]], float] | None:
    """Layout for one bar per row: (left, plot right, row height, wrapped labels, plot top)."""
    size = c.size
    n = len(labels)
    plot_top = c.top - size * 0.3
    bottom = _PAD + size * 1.6  # the value axis numbers
    row_h = (plot_top - bottom) / n
    if row_h < size * 1.1:
        return None
    lines = 2 if row_h >= size * 2.6 else 1
    label_w = min(max(_width(lab, size) for lab in labels) + 6, c.width * 0.38)
    wrapped = [wrap(lab, size, label_w - 6, max_lines=lines) for lab in labels]
    left = _PAD + label_w
    right = c.width - _PAD - value_space
    return left, right, row_h, wrapped, plot_top


def status_bar(
    labels: Sequence[str],
    values: Sequence[float],
    title: str = "",
    *,
    colors: Sequence[Color | str | None] | None = None,
    width: float = 480,
    height: float = 280,
    font_size: float = 8,
    integer: bool = True,
    empty_text: str = "—",
) -> Drawing:
    """One horizontal bar per label, first label on top (e.g. NCs by status), value at the end."""
    c = _Canvas(width, height, font_size)
    c.title(title)
    vals = [float(v or 0) for v in values][: len(labels)]
    if not labels or max(vals, default=0) <= 0:
        return c.empty(empty_text)
    size = font_size
    peak = max(vals)
    ticks = nice_ticks(0, peak, integer=integer)
    layout = _horizontal_rows(c, labels, _width(_fmt(peak), size) + 6)
    if layout is None:
        return c.empty(empty_text)
    left, right, row_h, wrapped, top = layout
    bottom = top - row_h * len(labels)
    g = Group()
    scale = (right - left) / ticks[-1]
    for t in ticks:
        x = left + t * scale
        g.add(Line(x, bottom, x, top, strokeColor=GRID, strokeWidth=0.5))
        g.add(_string(x, bottom - size * 1.2, _fmt(t), size, "middle", MUTED))
    g.add(Line(left, bottom, left, top, strokeColor=MUTED, strokeWidth=0.75))
    bar_h = min(row_h * 0.65, size * 2.2)
    for i, value in enumerate(vals):
        cy = top - (i + 0.5) * row_h
        given = colors[i] if colors and i < len(colors) else None
        color = (HexColor(given) if isinstance(given, str) else given) or PALETTE[0]
        if value > 0:
            g.add(
                Rect(left, cy - bar_h / 2, value * scale, bar_h, fillColor=color, strokeColor=None)
            )
        g.add(_string(left + value * scale + 3, cy - size * 0.35, _fmt(value), size))
        lines = wrapped[i]
        leading = size * 1.15
        y = cy + (len(lines) - 1) * leading / 2 - size * 0.35
        for k, line in enumerate(lines):
            g.add(_string(left - 4, y - k * leading, line, size, "end"))
    c.drawing.add(g)
    return c.drawing


def rate_bars(
    items: Sequence[tuple[str, float | None]],
    title: str = "",
    *,
    target: float | None = None,
    colors: Sequence[Color | str | None] | None = None,
    width: float = 480,
    height: float = 120,
    font_size: float = 8,
    none_text: str = "—",
    target_label: str = "",
) -> Drawing:
    """Rates (fractions 0–1, or None when there is nothing to divide) as bars on a 0–100 % track.

    The gauge for closure rate and CAPA effectiveness; a dashed line marks `target`.
    """
    c = _Canvas(width, height, font_size)
    c.title(title)
    if target is not None and target_label:
        c.legend([(target_label, TARGET, "dash")])
    if not items:
        return c.empty(none_text)
    size = font_size
    layout = _horizontal_rows(c, [label for label, _ in items], _width("100%", size) + 8)
    if layout is None:
        return c.empty(none_text)
    left, right, row_h, wrapped, top = layout
    bottom = top - row_h * len(items)
    span = right - left
    g = Group()
    for t in (0, 0.25, 0.5, 0.75, 1.0):
        x = left + t * span
        g.add(_string(x, bottom - size * 1.2, f"{t:.0%}", size, "middle", MUTED))
    bar_h = min(row_h * 0.6, size * 2.2)
    for i, (_label, rate) in enumerate(items):
        cy = top - (i + 0.5) * row_h
        g.add(Rect(left, cy - bar_h / 2, span, bar_h, fillColor=TRACK, strokeColor=None))
        given = colors[i] if colors and i < len(colors) else None
        color = (HexColor(given) if isinstance(given, str) else given) or PALETTE[0]
        if rate is not None:
            clamped = min(max(rate, 0.0), 1.0)
            if clamped > 0:
                g.add(
                    Rect(
                        left,
                        cy - bar_h / 2,
                        clamped * span,
                        bar_h,
                        fillColor=color,
                        strokeColor=None,
                    )
                )
            text = f"{rate:.0%}"
        else:
            text = none_text
        g.add(_string(right + 4, cy - size * 0.35, text, size))
        lines = wrapped[i]
        leading = size * 1.15
        y = cy + (len(lines) - 1) * leading / 2 - size * 0.35
        for k, line in enumerate(lines):
            g.add(_string(left - 4, y - k * leading, line, size, "end"))
    if target is not None:
        x = left + min(max(target, 0.0), 1.0) * span
        g.add(Line(x, bottom, x, top, strokeColor=TARGET, strokeWidth=1.2, strokeDashArray=[4, 2]))
    c.drawing.add(g)
    return c.drawing


# --- line chart -------------------------------------------------------------------------------


def _marker(kind: int, x: float, y: float, r: float, color: Color):
    kind %= 4
    if kind == 0:
        return Circle(x, y, r, fillColor=color, strokeColor=white, strokeWidth=0.5)
    if kind == 1:
        return Rect(x - r, y - r, 2 * r, 2 * r, fillColor=color, strokeColor=white, strokeWidth=0.5)
    if kind == 2:
        points = [x, y + r * 1.2, x - r * 1.1, y - r * 0.8, x + r * 1.1, y - r * 0.8]
    else:
        points = [x, y + r * 1.2, x + r * 1.2, y, x, y - r * 1.2, x - r * 1.2, y]
    return Polygon(points, fillColor=color, strokeColor=white, strokeWidth=0.5)


def line_chart(
    labels: Sequence[str],
    series: Mapping[str, Sequence[float | None]],
    target: float | None = None,
    title: str = "",
    *,
    colors: Mapping[str, Color | str] | None = None,
    width: float = 480,
    height: float = 280,
    font_size: float = 8,
    value_format=_fmt,
    target_label: str = "",
    empty_text: str = "—",
) -> Drawing:
    """A line per series over the labels (e.g. months); None leaves a gap; a dashed target.

    `value_format` turns an axis value into text (e.g. ``lambda v: f"{v:g}%"``).
    """
    c = _Canvas(width, height, font_size)
    c.title(title)
    names = list(series)
    legend = [(n, _color(colors, n, i), "line") for i, n in enumerate(names)]
    if target is not None and target_label:
        legend.append((target_label, TARGET, "dash"))
    c.legend(legend)
    points = [v for n in names for v in list(series[n])[: len(labels)] if v is not None]
    if not labels or not points:
        return c.empty(empty_text)
    size = font_size
    lo, hi = min(points), max(points)
    if target is not None:
        lo, hi = min(lo, target), max(hi, target)
    if lo >= 0 and lo < hi * 0.5:
        lo = 0.0
    if hi == lo:
        lo, hi = lo - 1, hi + 1
    ticks = nice_ticks(lo, hi)
    left = _PAD + _axis_label_width(ticks, size, value_format)
    right = width - _PAD - size
    bottom = _PAD + size * 1.4
    plot_top = c.top - size * 0.5
    if plot_top - bottom < size * 3:
        return c.empty(empty_text)
    g = Group()
    _value_axis(g, left, bottom, right, plot_top, ticks, size, value_format)
    slot = (right - left) / len(labels)

    def y_of(v: float) -> float:
        return bottom + (v - ticks[0]) / (ticks[-1] - ticks[0]) * (plot_top - bottom)

    # Show every k-th label when even a shortened one (about five characters) would collide.
    widest = min(max(_width(lab, size) for lab in labels), _width("一二三四五", size)) + size
    every = max(1, math.ceil(widest / slot))
    for i, lab in enumerate(labels):
        if i % every == 0:
            g.add(
                _string(
                    left + (i + 0.5) * slot,
                    _PAD,
                    _clip(lab, size, slot * every - 2),
                    size,
                    "middle",
                )
            )
    if target is not None:
        y = y_of(target)
        g.add(Line(left, y, right, y, strokeColor=TARGET, strokeWidth=1.2, strokeDashArray=[4, 2]))
    for s, name in enumerate(names):
        color = _color(colors, name, s)
        data = list(series[name])[: len(labels)]
        # Separate segments with round caps, not a PolyLine: renderSVG writes "fill: None",
        # which SVG viewers read as black and fill the area under the line.
        for i in range(len(data) - 1):
            a, b = data[i], data[i + 1]
            if a is not None and b is not None:
                g.add(
                    Line(
                        left + (i + 0.5) * slot,
                        y_of(a),
                        left + (i + 1.5) * slot,
                        y_of(b),
                        strokeColor=color,
                        strokeWidth=1.5,
                        strokeLineCap=1,
                    )
                )
        for i, v in enumerate(data):
            if v is not None:
                g.add(_marker(s, left + (i + 0.5) * slot, y_of(v), size * 0.3, color))
    c.drawing.add(g)
    return c.drawing


# --- output -----------------------------------------------------------------------------------


def to_svg(drawing: Drawing) -> bytes:
    """The drawing as SVG bytes (UTF-8), text naming the bundled font's family."""
    font = _font()
    text = renderSVG.drawToString(drawing, fontHacks={font: {"family": f"'{CJK_FAMILY}'"}})
    return text.encode("utf-8")
