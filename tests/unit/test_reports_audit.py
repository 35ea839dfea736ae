"""The internal-audit documents (内审计划, 内审检查表 filled and blank, 内审不符合报告,
不符合项登记表, 内审报告), generated through services.documents.generate and read back with
pypdf: sections and values in both languages, embedded fonts, metadata, tables split with
their header repeated, hostile user text shown verbatim, photos upright, versions."""

from __future__ import annotations

import random
import shutil
import string
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PIL import Image as PILImage
from pypdf import PdfReader

from qa_desktop.services import attachments, audits, checklists, documents
from qa_desktop.services import nonconformities as ncs
from qa_desktop.services.context import Context
from qa_desktop.services.report_data.audits import first_reference, summarise_clauses
from qa_desktop.store.database import open_database
from tests import pdf_checks as pdf

AUDIT = "IA-2025-02"  # the demo's November audit: reported, 9 NCs in many states
NC = "NC-2025-001"  # closed, verified effective


def _clock():
    return datetime(2025, 12, 20, 10, 0, tzinfo=UTC)


def _open_copy(source: Path, into: Path) -> tuple[Context, object]:
    shutil.copytree(source, into)
    st, _report = open_database(into, daily_backup=False)
    return Context(store=st, actor="王海燕", clock=_clock), st


# --- the demo year, every kind in both languages ---------------------------------------------

KINDS = {
    "audit-plan": {"audit": AUDIT},
    "checklist": {"audit": AUDIT},
    "checklist-blank": {"audit": AUDIT},
    "nc": {"nc": NC},
    "nc-register": {"audit": AUDIT},
    "audit-report": {"audit": AUDIT},
}


@pytest.fixture(scope="module")
def demo_docs(demo_db, tmp_path_factory):
    """Every kind generated once per language from a copy of the demo year."""
    root = tmp_path_factory.mktemp("audit-docs")
    ctx, st = _open_copy(demo_db, root / "data")
    out = {}
    try:
        for kind, selector in KINDS.items():
            for lang in ("zh_CN", "en"):
                target = root / f"{kind}-{lang}.pdf"
                view = documents.generate(ctx, kind, target, lang=lang, **selector)
                out[(kind, lang)] = (target, view)
    finally:
        st.dispose()
    return out


COMMON_ZH = ["第1页共"]
COMMON_EN = ["Page1of"]

REQUIRED = {
    ("audit-plan", "zh_CN"): [
        "内审计划",
        AUDIT,
        "按年度质量保证计划对运维服务管理体系开展全面内审",
        "一、审核目标",
        "二、审核范围",
        "三、审核准则",
        "四、审核地点、日期与会议",
        "五、审核方法与抽样",
        "六、审核组成员及职责",
        "七、审核日程安排",
        "八、以往不符合项的跟踪验证",
        "首次会议",
        "末次会议",
        "运维管理部",
        "备件库",
        "2025-11-1709:00–09:30",
        "ISO/IEC20000-1:2018",
        "NC-2025-004",
        "编制",
        "批准",
        "孙玥",
    ],
    ("audit-plan", "en"): [
        "Internal audit plan",
        AUDIT,
        "1. Audit objectives",
        "4. Locations, dates and meetings",
        "7. Audit timetable",
        "Opening meeting",
        "Closing meeting",
        "运维管理部",
        "Lead auditor",
        "Prepared by",
    ],
    ("checklist", "zh_CN"): [
        "内审检查表",
        AUDIT,
        "SD-01",
        "SP-02",
        "是否有经批准、现行有效的事件管理/服务台程序",
        "Approved current procedure with channels",
        "不符合",
        "NC-2025-007",
        "6/30",
        "SP-HDD-0231",
        "审核员签字",
        "备件库",
    ],
    ("checklist", "en"): [
        "Internal audit checklist",
        "Question",
        "Result",
        "Nonconform",
        "NC-2025-007",
        "Auditor's signature",
    ],
    ("checklist-blank", "zh_CN"): ["内审检查表(空白)", "SD-01", "□符合", "□不符合", "____/25"],
    ("checklist-blank", "en"): ["Internal audit checklist (blank)", "□Conform", "____/25"],
    ("nc", "zh_CN"): [
        "内审不符合报告",
        NC,
        "一般",
        "一、基本信息",
        "二、不符合事实描述",
        "三、不符合条款",
        "四、不符合分类",
        "五、受审方确认",
        "六、纠正",
        "七、原因分析",
        "八、纠正措施",
        "九、风险及体系文件更新",
        "十、实施证据",
        "十一、验证",
        "十二、验证结论",
        "十三、关闭",
        "类似问题横向排查",
        "5-Why",
        "抽查第2季度已关闭P2事件25张",
        "ISO/IEC20000-1:20188.6.1c)",
        "实施性",
        "有效",
        "2025-07-26",
        "受审方确认",
        "验证人",
        "关闭(审核组长或管理者代表)",
        "签字",
    ],
    ("nc", "en"): [
        "Internal audit nonconformity report",
        NC,
        "Minor",
        "1. Identification",
        "13. Closure",
        "Effective",
        "Auditee acknowledgement",
        "Closure (lead auditor or management rep.)",
    ],
    ("nc-register", "zh_CN"): [
        "不符合项登记表",
        *(f"NC-2025-{n:03d}" for n in range(7, 16)),
        "严重",
        "逾期",
        "不符合事实",
        "完成期限",
    ],
    ("nc-register", "en"): ["Nonconformity register", "NC-2025-007", "Major", "Overdue"],
    ("audit-report", "zh_CN"): [
        "内审报告",
        AUDIT,
        "a)审核目标",
        "b)审核范围",
        "c)审核委托方",
        "d)审核组和受审方参与人员",
        "e)审核日期和地点",
        "f)审核准则",
        "g)审核发现及相关证据",
        "h)审核结论",
        "i)满足审核准则的程度",
        "j)未解决的分歧意见",
        "k)抽样局限性声明",
        "不符合项统计",
        "分发清单",
        "体系总体运行有效",
        "76.1%",
        "NC-2025-007",
        "NC-2025-012",  # disputed: an unresolved diverging opinion
        "由于抽样的局限性",
        "ISO/IEC20000-1:20188.2.6",
        "最高管理者",
        "孙玥",
    ],
    ("audit-report", "en"): [
        "Internal audit report",
        "a) Audit objectives",
        "k) Sampling limitation",
        "Nonconformity statistics",
        "Distribution list",
        "may not be fully representative",
        "76.1%",
        "Major",
    ],
}


@pytest.mark.parametrize("kind,lang", sorted(REQUIRED))
def test_sections_and_values(demo_docs, kind, lang):
    path, view = demo_docs[(kind, lang)]
    text = pdf.text(path)
    missing = [
        s
        for s in REQUIRED[(kind, lang)] + (COMMON_EN if lang == "en" else COMMON_ZH)
        if pdf.flat(s) not in text
    ]
    assert missing == []
    assert view.number in text and view.version == "V1.0"


def test_blank_checklist_has_no_answers(demo_docs):
    text = pdf.text(demo_docs[("checklist-blank", "zh_CN")][0])
    assert "NC-2025-007" not in text  # the filled checklist links it to SP-02
    assert "SP-HDD-0231" not in text and "6/30" not in text


def test_timetable_rows_follow_the_runs(demo_docs):
    text = pdf.text(demo_docs[("audit-plan", "zh_CN")][0])
    start = text.index("七、审核日程安排")
    table = text[start : text.index("八、以往不符合项", start)]
    # One row per run in half-day slots across 11-17..11-19, the meetings first and last.
    order = [
        "2025-11-1709:00–09:30",
        "首次会议",
        "2025-11-1709:30–17:30",
        "运维管理部",
        "SD服务台事件管理",
        "李明",
        "张伟",
        "2025-11-1809:00–17:30",
        "备件库",
        "SP备件库出入库管理",
        "陈静",
        "周婷",
        "2025-11-1909:00–17:00",
        "运维管理部",
        "KM服务知识创建与应用闭环",
        "2025-11-1917:00–17:30",
        "末次会议",
    ]
    pos = 0
    for s in order:
        found = table.find(s, pos)
        assert found >= 0, s
        pos = found + len(s)


def test_every_font_is_embedded(demo_docs):
    for (kind, lang), (path, _view) in demo_docs.items():
        fonts = pdf.fonts(path)
        assert fonts, (kind, lang)
        assert [name for name, f in fonts.items() if not pdf.embedded(f)] == [], (kind, lang)


def test_metadata(demo_docs):
    for (kind, lang), (path, view) in demo_docs.items():
        meta = PdfReader(path).metadata
        assert meta.title == view.title, (kind, lang)
        assert meta.author, (kind, lang)
        assert view.subject in (meta.subject or ""), (kind, lang)


def test_helpers():
    assert first_reference("ISO/IEC 20000-1:2018 8.2.6(唯一标识);ISO 9001:2015 8.7") == (
        "ISO/IEC 20000-1:2018 8.2.6"
    )
    assert first_reference("KCS 知识条目结构") == "KCS 知识条目结构"
    text, others = summarise_clauses(
        [
            "ISO/IEC 20000-1:2018 8.6.1 a)",
            "ISO/IEC 20000-1:2018 10.2",
            "ISO/IEC 20000-1:2018 8.6.1(重大事件)",
            "GB/T 28827.1·资源·服务台",
            "ITIL 服务台实践",
        ]
    )
    assert text == "ISO/IEC 20000-1:2018 8.6.1, 10.2; GB/T 28827.1·资源·服务台"
    assert others == 1


# --- a long register: the table splits, its header repeats ----------------------------------


def test_register_of_120_ncs_repeats_its_header(org_ctx, tmp_path):
    a = audits.plan_audit(
        org_ctx,
        title="大规模登记表测试",
        lead_auditor="王海燕",
        scope_departments=["服务台", "备件库"],
        planned_start=date(2025, 6, 16),
        planned_end=date(2025, 6, 18),
    )
    for i in range(120):
        ncs.raise_nc(
            org_ctx,
            process=("SD", "SP", "KM")[i % 3],
            facts=f"第{i}项:抽查25张工单,{i % 7}张超时未升级。",
            clause=f"ISO/IEC 20000-1:2018 8.{i % 6}.1",
            grade=("major", "minor", "observation")[i % 3],
            department=("服务台", "备件库")[i % 2],
            audit=a.number,
        )
    target = tmp_path / "register.pdf"
    view = documents.generate(org_ctx, "nc-register", target, audit=a.number)
    pages = [pdf.flat(p) for p in pdf.pages(target)]
    assert view.pages == len(pages) >= 3
    for page in pages[1:]:
        assert "NC编号" in page and "不符合事实" in page and "完成期限" in page
    text = "".join(pages)
    assert all(f"NC-2025-{n:03d}" in text for n in range(1, 121))
    assert "NC-2025-001" not in pages[-1]


# --- hostile text ------------------------------------------------------------------------------

SPECIALS = "<b>加粗</b> </para> &amp; <img src=x> <font color=red>"
EMOJI = "😀✅🚀"
AROUND = "表情前的文字" + EMOJI + "表情后的文字保持完整"
PARAGRAPH = "，".join(f"证据{i:04d}" for i in range(1430))  # > 10,000 characters
WORD = "".join(random.Random(6).choices(string.ascii_letters + string.digits, k=3000))


def _exif6_photo(path: Path) -> Path:
    """Stored 200×100 (red left, blue right) with EXIF orientation 6: upright it is 100×200,
    red on top."""
    img = PILImage.new("RGB", (200, 100), (0, 0, 255))
    img.paste((255, 0, 0), (0, 0, 100, 100))
    exif = PILImage.Exif()
    exif[0x0112] = 6
    img.save(path, format="JPEG", exif=exif.tobytes(), quality=95)
    return path


@pytest.fixture
def hostile(org_ctx, tmp_path):
    ctx = org_ctx
    a = audits.plan_audit(
        ctx,
        title="恶意文本测试 <b>审核</b>",
        objectives=SPECIALS,
        lead_auditor="王海燕",
        team=["李明"],
        scope_departments=["服务台"],
        planned_start=date(2025, 6, 16),
        planned_end=date(2025, 6, 17),
    )
    run = checklists.start_run(ctx, a.number, "SD", "服务台", auditor="李明", representative="刘洋")
    items = {i.item.id: i.response.id for i in run.items}
    checklists.record_response(
        ctx, items["SD-01"], result="NC", notes=f"{SPECIALS} {AROUND}\n{PARAGRAPH}"
    )
    checklists.record_response(ctx, items["SD-11"], result="OBS", notes=WORD)
    checklists.record_response(ctx, items["SD-03"], result="C", notes="有照片")
    attachments.attach_file(ctx, _exif6_photo(tmp_path / "photo.jpg"), response_id=items["SD-03"])
    nc = ncs.raise_nc_from_response(
        ctx, items["SD-01"], facts=f"{SPECIALS} {AROUND}\n{PARAGRAPH}", issue=True
    )
    ncs.update_nc(ctx, nc.number, correction=f"{WORD} {SPECIALS}")
    return ctx, a.number, nc.number


def test_hostile_text_renders_verbatim(hostile, tmp_path):
    ctx, audit, nc = hostile
    docs = {}
    for kind, selector in (
        ("nc", {"nc": nc}),
        ("nc-register", {"audit": audit}),
        ("checklist", {"audit": audit}),
        ("audit-report", {"audit": audit}),
    ):
        target = tmp_path / f"{kind}.pdf"
        documents.generate(ctx, kind, target, **selector)
        docs[kind] = pdf.text(target)
    for kind, text in docs.items():
        assert pdf.contains(text, SPECIALS), kind
        assert pdf.flat("表情后的文字保持完整") in text, kind
    # The whole paragraph and the whole word, across page breaks, in every document that
    # shows them (the register shows the start of the facts only).
    for kind in ("nc", "checklist", "audit-report"):
        assert pdf.contains(docs[kind], PARAGRAPH), kind
    for kind in ("nc", "checklist", "audit-report"):
        assert pdf.contains(docs[kind], WORD), kind
    assert len(pdf.flat(PARAGRAPH)) >= 10_000 and len(WORD) == 3000
    assert not pdf.contains(docs["nc"], WORD[:1500] + "X" + WORD[1500:])  # the check can fail


def test_photo_thumbnail_is_upright(hostile, tmp_path):
    ctx, audit, _nc = hostile
    target = tmp_path / "checklist.pdf"
    documents.generate(ctx, "checklist", target, audit=audit)
    images = [img.image for page in PdfReader(target).pages for img in page.images]
    assert len(images) == 1
    img = images[0].convert("RGB")
    width, height = img.size
    assert height > width  # turned as the camera said
    top, bottom = (
        img.getpixel((width // 2, height // 8)),
        img.getpixel((width // 2, height * 7 // 8)),
    )
    assert top[0] > 200 and top[2] < 80  # red on top
    assert bottom[2] > 200 and bottom[0] < 80


# --- versions ----------------------------------------------------------------------------------


def test_version_moves_only_when_the_data_changes(demo_db, tmp_path):
    ctx, st = _open_copy(demo_db, tmp_path / "data")
    try:
        first = documents.generate(ctx, "nc", tmp_path / "a.pdf", nc="NC-2025-007")
        again = documents.generate(ctx, "nc", tmp_path / "b.pdf", nc="NC-2025-007")
        assert (first.version, again.version) == ("V1.0", "V1.0")
        ncs.update_nc(ctx, "NC-2025-007", similar_check="横向排查其余两个库房,未发现同类问题")
        changed = documents.generate(ctx, "nc", tmp_path / "c.pdf", nc="NC-2025-007")
        assert changed.version == "V1.1"
        text = pdf.text(tmp_path / "c.pdf")
        assert "V1.1" in text and "横向排查其余两个库房" in text
    finally:
        st.dispose()
