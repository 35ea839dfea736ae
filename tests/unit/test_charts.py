"""Charts: built from plain data for any size of data, Chinese text intact, labels never markup."""

from __future__ import annotations

import itertools
import xml.etree.ElementTree as ET

import pytest
from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing, Line
from reportlab.pdfbase import pdfmetrics

from qa_desktop.reports import charts
from qa_desktop.reports.fonts import CJK_FAMILY, CJK_FONT, register_cjk_font

SVG = "{http://www.w3.org/2000/svg}"
LONG = "服务知识创建与应用闭环及其在一线服务台中的落地执行情况检查"
GRADES = {"严重": charts.GRADE_COLORS["major"], "一般": charts.GRADE_COLORS["minor"]}


def _texts(drawing: Drawing) -> list[str]:
    root = ET.fromstring(charts.to_svg(drawing))
    return [el.text or "" for el in root.iter(f"{SVG}text")]


def _bar(labels, values):
    return charts.bar_chart(
        labels, {"严重": values, "一般": [v * 2 for v in values]}, "不符合项", colors=GRADES
    )


def _status(labels, values):
    return charts.status_bar(labels, values, "按状态")


def _rates(labels, values):
    return charts.rate_bars(
        [(lab, v / 10) for lab, v in zip(labels, values, strict=True)], "比率", target=0.9
    )


def _line(labels, values):
    return charts.line_chart(
        labels, {"及时率": values}, target=3, title="趋势", target_label="目标"
    )


BUILDERS = [_bar, _status, _rates, _line]
DATA = {
    "empty": ([], []),
    "one": (["服务台"], [3]),
    "many": ([f"部门{i}" for i in range(30)], [i % 7 for i in range(30)]),
    "long": ([LONG, "备件库出入库管理"], [2, 5]),
}


@pytest.mark.parametrize("builder", BUILDERS, ids=lambda b: b.__name__)
@pytest.mark.parametrize("case", DATA)
def test_every_chart_builds_and_renders_svg_with_its_chinese(builder, case):
    labels, values = DATA[case]
    drawing = builder(labels, values)
    assert isinstance(drawing, Drawing)
    texts = _texts(drawing)  # parses as XML
    joined = "".join(texts)
    assert any("\u4e00" <= ch <= "\u9fff" for ch in joined)  # the title at least
    if case == "one":
        assert "服务台" in texts
    if case == "long":
        # Wrapped or shortened to fit, but what is shown is the label's own text, in order.
        assert "备件库出入库管理" in joined or "备件库" in joined
        assert LONG[:4] in joined
    for text in texts:
        assert "\x00" not in text


def test_empty_charts_say_so_with_the_callers_text():
    for drawing in (
        charts.bar_chart([], {}, "空", empty_text="暂无数据"),
        charts.bar_chart(["SD"], {"严重": [0]}, "零", empty_text="暂无数据"),
        charts.status_bar([], [], "空", empty_text="暂无数据"),
        charts.line_chart(["1月"], {"x": [None]}, title="空", empty_text="暂无数据"),
    ):
        assert "暂无数据" in _texts(drawing)


def test_labels_are_text_not_markup():
    nasty = "<b>&amp;"
    drawing = charts.bar_chart([nasty], {"<i>x</i>": [3]}, f"{nasty} 标题")
    texts = _texts(drawing)
    assert nasty in texts
    assert "<i>x</i>" in texts
    assert f"{nasty} 标题" in texts
    status = _texts(charts.status_bar([nasty], [1]))
    assert nasty in status


def test_stacked_bars_show_the_totals_and_a_legend():
    drawing = charts.bar_chart(
        ["SD", "SP"], {"严重": [1, 0], "一般": [4, 3], "观察": [1, 2]}, "按过程", colors=GRADES
    )
    texts = _texts(drawing)
    assert {"严重", "一般", "观察"} <= set(texts)
    assert "6" in texts and "5" in texts  # the stack totals


def test_grade_colours_stay_apart_in_grey_print():
    def grey(c):
        return 0.299 * c.red + 0.587 * c.green + 0.114 * c.blue

    values = sorted(grey(c) for c in charts.GRADE_COLORS.values())
    assert all(b - a >= 0.15 for a, b in itertools.pairwise(values))
    assert grey(charts.GRADE_COLORS["major"]) < grey(charts.GRADE_COLORS["minor"])


def test_long_labels_wrap_within_their_width_and_end_in_an_ellipsis():
    lines = charts.wrap(LONG, 8, 60, max_lines=2)
    assert len(lines) == 2
    assert lines[-1].endswith("…")
    font = register_cjk_font()
    assert all(pdfmetrics.stringWidth(line, font, 8) <= 60 for line in lines)
    assert "".join(lines).rstrip("…") == LONG[: len("".join(lines)) - 1]
    assert charts.wrap("Spare parts warehouse", 8, 60, max_lines=3) == [
        "Spare parts",
        "warehouse",
    ]
    assert charts.wrap("短", 8, 60) == ["短"]


def test_nice_ticks_cover_the_range_with_round_steps():
    assert charts.nice_ticks(0, 6, integer=True) == [0, 2, 4, 6]
    assert charts.nice_ticks(0, 1, integer=True) == [0, 1]
    ticks = charts.nice_ticks(87, 99)
    assert ticks[0] <= 87 and ticks[-1] >= 99 and len(ticks) <= 8


def test_a_missing_value_breaks_the_line():
    labels = ["1月", "2月", "3月", "4月"]
    colour = charts.PALETTE[0]

    def segments(values):
        drawing = charts.line_chart(labels, {"x": values})
        return [
            n
            for n in drawing.getContents()[-1].contents
            if isinstance(n, Line) and n.strokeColor == colour
        ]

    assert len(segments([1, 2, 3, 4])) == 3
    assert len(segments([1, None, 3, 4])) == 1


def test_the_target_is_a_dashed_line_in_the_legend():
    drawing = charts.line_chart(
        ["1月", "2月"], {"及时率": [90, 95]}, 92, "趋势", target_label="目标"
    )
    assert "目标" in _texts(drawing)
    svg = charts.to_svg(drawing).decode()
    assert "stroke-dasharray" in svg


def test_svg_names_the_bundled_family_and_the_font_registers_once():
    assert register_cjk_font() == register_cjk_font() == CJK_FONT
    assert pdfmetrics.getRegisteredFontNames().count(CJK_FONT) == 1
    assert CJK_FAMILY in charts.to_svg(charts.status_bar(["已关闭"], [1])).decode()


def test_the_same_drawing_goes_into_a_pdf_with_the_font_embedded():
    pdf = renderPDF.drawToString(_bar(["服务台", "备件库"], [1, 2]))
    assert b"FontFile2" in pdf  # an embedded TrueType subset, not a font the reader must own
    assert CJK_FONT.encode() in pdf


def test_a_latin_word_wider_than_its_slot_is_hyphenated_not_split_bare():
    font = register_cjk_font()
    width = pdfmetrics.stringWidth("Reliab", font, 8)
    lines = charts.wrap("Reliability", 8, width, max_lines=3)
    assert len(lines) > 1 and lines[0].endswith("-")
    assert "".join(line.removesuffix("-") for line in lines) == "Reliability"
    assert all(pdfmetrics.stringWidth(line, font, 8) <= width for line in lines)
    # Chinese has no hyphens: it breaks between any two characters.
    narrow = pdfmetrics.stringWidth("一二", font, 8)
    assert charts.wrap("一二三四", 8, narrow, max_lines=3) == ["一二", "三四"]
