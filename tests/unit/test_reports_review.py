"""The management-review documents (管理评审计划, 管理评审报告), generated through
services.documents.generate and read back with pypdf: sections and values in both languages,
who signs and when, embedded fonts, the KPI trend charts, a long actions table split with its
header repeated, hostile user text shown verbatim, versions and the --year selector."""

from __future__ import annotations

import random
import re
import shutil
import string
from datetime import UTC, date, datetime, timedelta

import pytest
from pypdf import PdfReader

from qa_desktop.services import documents, measures, reviews, surveys
from qa_desktop.services.context import Context, Invalid, NotFound
from qa_desktop.services.report_data.reviews import (
    INPUTS_DAYS,
    NOTICE_DAYS,
    compile_review_plan,
    compile_review_report,
)
from qa_desktop.store.database import open_database
from tests import pdf_checks as pdf

D = date


def _clock():
    return datetime(2025, 12, 20, 10, 0, tzinfo=UTC)


# --- a review of the demo year -------------------------------------------------------------

OWNERS = {
    "a": "王海燕",
    "b": "孙玥",
    "c": "王海燕",
    "d": "李明",
    "e": "刘洋",
    "f": "王海燕",
    "g": "王海燕",
    "h": "张伟",
    "i": "周婷",
    "j": "马丽",
    "k": "张伟",
}
MEETING = D(2025, 12, 5)
PARTICIPANTS = ["王海燕", "张伟", "刘洋", "周婷", "吴强", "马丽", "李明"]


def _seed_year(ctx: Context) -> None:
    """Twelve months of five measures (two targets set), three quarterly surveys — unless the
    demo year already has its own."""
    if not any(k.year_value is not None for k in measures.year_summary(ctx, 2025)):
        _seed_measures(ctx)
    if not surveys.list_surveys(ctx, 2025):
        _seed_surveys(ctx)


def _seed_measures(ctx: Context) -> None:
    for m in range(1, 13):
        p = f"2025-{m:02d}"
        measures.set_value(ctx, "sla_rate", p, numerator=880 + m * 3, denominator=1000)
        measures.set_value(ctx, "fcr", p, numerator=700 + m * 5, denominator=1000)
        measures.set_value(ctx, "mttr_hours", p, numerator=5000 - m * 100, denominator=1000)
        measures.set_value(
            ctx, "inventory_turnover", p, numerator=120_000, denominator=300_000 + m * 1000
        )
        measures.set_value(ctx, "kb_rate", p, numerator=300 + m * 10, denominator=1000)
    measures.set_target(ctx, 2025, "mttr_hours", 4.5)
    measures.set_target(ctx, 2025, "kb_rate", 0.4)


def _seed_surveys(ctx: Context) -> None:
    for quarter, scores in ((1, (5, 4, 4, 2, 5)), (2, (5, 5, 4, 3)), (3, (4, 4, 5, 5, 1, 5))):
        sv = surveys.plan_survey(ctx, 2025, quarter)
        for score in scores:
            surveys.add_response(ctx, sv.key, customer=f"客户{score}", overall=score)


def _seed_review(ctx: Context) -> str:
    """Last year's review with two actions, then one of this year (after the demo's own, if it
    has one): planned, held, three actions (one done, one overdue), conclusion written, closed."""
    last = reviews.plan_review(
        ctx, title="2024年度管理评审", planned_on=D(2024, 11, 20), chair="孙玥"
    )
    done = reviews.add_action(
        ctx, last.number, "建立知识库评审机制", owner="吴强", due_date=D(2025, 3, 31)
    )
    reviews.complete_action(ctx, done.id, evidence="《知识管理制度》V1.2")
    reviews.add_action(
        ctx,
        last.number,
        "备件库温湿度监控改造",
        owner="周婷",
        due_date=D(2025, 6, 30),
        category="resources",
    )
    r = reviews.plan_review(
        ctx,
        title="2025年度第二次管理评审",
        planned_on=MEETING,
        location="公司三楼会议室",
        chair="孙玥",
        participants=PARTICIPANTS,
        owners=OWNERS,
        agenda_notes={"a": "09:00–09:15", "c": "09:15–09:45,附内审报告"},
    )
    reviews.set_input_note(ctx, r.number, "b", "新签两家金融客户,合同要求7×24小时驻场支持。")
    reviews.set_input_note(ctx, r.number, "j", "夜班人员不足,计划增加一名夜班工程师。")
    reviews.set_input_note(ctx, r.number, "k", "机房单路供电风险已评估,UPS扩容方案待批。")
    reviews.hold_review(ctx, r.number, MEETING)
    reviews.add_action(
        ctx,
        r.number,
        "服务台一次性解决率提升专项:补充知识条目并培训",
        owner="刘洋",
        due_date=D(2026, 3, 31),
    )
    late = reviews.add_action(
        ctx,
        r.number,
        "修订《事件管理程序》,增加P1事件升级时限",
        owner="张伟",
        due_date=D(2025, 12, 15),
        category="system_change",
    )
    reviews.set_action_status(ctx, late.id, "in_progress")
    hired = reviews.add_action(
        ctx,
        r.number,
        "增加一名夜班工程师",
        owner="马丽",
        due_date=D(2025, 12, 10),
        category="resources",
    )
    reviews.complete_action(
        ctx,
        hired.id,
        evidence="入职记录 HR-2025-118",
        completed_at=datetime(2025, 12, 8, 9, tzinfo=UTC),
    )
    reviews.set_conclusion(
        ctx,
        r.number,
        suitability="服务管理体系与公司当前业务规模和客户要求相适应。",
        adequacy="体系文件覆盖服务台、备件库、知识管理等全部过程,资源基本充分。",
        effectiveness="年度KPI大部分达标,不符合项关闭率较上年提高,体系运行有效。",
    )
    reviews.close_review(ctx, r.number)
    return r.number


@pytest.fixture(scope="module")
def review_year(demo_db, tmp_path_factory):
    """A copy of the demo year with measures, surveys and a closed review; both documents
    generated in both languages."""
    root = tmp_path_factory.mktemp("review-docs")
    shutil.copytree(demo_db, root / "data")
    st, _report = open_database(root / "data", daily_backup=False)
    ctx = Context(store=st, actor="王海燕", clock=_clock)
    try:
        _seed_year(ctx)
        number = _seed_review(ctx)
        docs = {}
        for kind in ("review-plan", "review-report"):
            for lang in ("zh_CN", "en"):
                target = root / f"{kind}-{lang}.pdf"
                view = documents.generate(ctx, kind, target, review=number, lang=lang)
                docs[(kind, lang)] = (target, view)
        plan = compile_review_plan(ctx, number)
        report = compile_review_report(ctx, number)
    finally:
        st.dispose()
    return number, docs, plan, report


COMMON_ZH = ["第1页共", "文件编号", "编制", "审核", "批准", "修订记录", "孙玥", "王海燕"]
COMMON_EN = ["Page1of", "Document no.", "Prepared by", "Approved by", "Revision history", "孙玥"]

REQUIRED = {
    ("review-plan", "zh_CN"): [
        "管理评审计划",
        "2025年度第二次管理评审",
        "一、评审概况",
        "二、评审目的",
        "三、参加人员",
        "四、评审议程(ISO/IEC20000-1:20189.3评审输入a)–k))",
        "五、评审输入的准备与职责",
        "六、日程安排",
        "七、评审输出要求",
        "2025-12-05",
        "公司三楼会议室",
        "主持人",
        "运维管理部",
        "a)以往管理评审所采取措施的状态",
        "k)风险评估结果及应对风险和机遇措施的有效性",
        "09:15–09:45,附内审报告",
        "马丽",
        "j)当前和预测的人力、技术、信息和财务资源水平及能力",
        "召开管理评审会议",
        "2025-11-30",  # inputs due: five days before the meeting
        "2025-12-12",  # report: a week after it
        "适宜性、充分性和有效性",
        "资源需求",
    ],
    ("review-plan", "en"): [
        "Management review plan",
        "1. The review",
        "2. Purpose",
        "3. Participants",
        "4. Agenda",
        "5. Preparation of the inputs",
        "6. Schedule",
        "7. Required outputs",
        "a) Status of actions from previous management reviews",
        "k) Results of risk assessment",
        "Presented by",
        "Management review meeting",
        "suitability, adequacy and effectiveness",
        "2025-12-05",
    ],
    ("review-report", "zh_CN"): [
        "管理评审报告",
        "一、会议概况",
        "召开日期",
        "2025-12-05",
        "公司三楼会议室",
        "张伟(运维管理部)",
        "已关闭",
        "二、评审输入(ISO/IEC20000-1:20189.3a)–k))",
        *(f"{k})" for k in "abcdefghijk"),
        "以往评审措施",
        "MR-2024-01",
        "备件库温湿度监控改造",
        "不符合与纠正措施",
        "关闭率",
        "内审结果",
        "IA-2025-01",
        "IA-2025-02",
        "观察项及改进机会",
        "满意度调查结果(按季度)",
        "质量目标(KPI)完成情况",
        "未达标",
        "服务绩效(按季度)",
        "KPI月度趋势",
        "供方评价(内审检查记录)",
        "未关闭的严重不符合项",
        "新签两家金融客户",
        "机房单路供电风险已评估",
        "汇报人:张伟",
        "三、评审结论:服务管理体系的适宜性、充分性、有效性",
        "适宜性",
        "充分性",
        "有效性",
        "服务管理体系与公司当前业务规模和客户要求相适应",
        "年度KPI大部分达标",
        "四、评审输出:决定和措施",
        "改进机会",
        "体系与服务变更",
        "资源需求",
        "服务台一次性解决率提升专项",
        "2026-03-31",
        "逾期",
        "入职记录HR-2025-118",
        "2025-12-08",
        "五、分发清单",
        "质量管理部门(存档)",
    ],
    ("review-report", "en"): [
        "Management review report",
        "1. The meeting",
        "Date held",
        "2. Review inputs",
        "a) Status of actions from previous management reviews",
        "h) Performance of the services",
        "Actions of earlier reviews",
        "Nonconformities and corrective actions",
        "Closure rate",
        "Internal audit results",
        "Satisfaction survey results by quarter",
        "Quality objectives (KPIs) against target",
        "Missed",
        "Monthly KPI trends",
        "3. Conclusion: suitability, adequacy and effectiveness",
        "Suitability",
        "Adequacy",
        "Effectiveness",
        "4. Review outputs: decisions and actions",
        "Change to the system and services",
        "Resources",
        "Overdue",
        "5. Distribution list",
        "服务台一次性解决率提升专项",
    ],
}


@pytest.mark.parametrize("kind,lang", sorted(REQUIRED))
def test_sections_and_values(review_year, kind, lang):
    _number, docs, _plan, _report = review_year
    path, view = docs[(kind, lang)]
    text = pdf.text(path)
    missing = [
        s
        for s in REQUIRED[(kind, lang)] + (COMMON_EN if lang == "en" else COMMON_ZH)
        if pdf.flat(s) not in text
    ]
    assert missing == []
    assert view.number in text and view.version == "V1.0"
    assert view.pages == len(pdf.pages(path))


def test_plan_shows_nothing_of_the_meeting(review_year):
    _number, docs, _plan, _report = review_year
    text = pdf.text(docs[("review-plan", "zh_CN")][0])
    for later in (
        "已关闭",
        "服务台一次性解决率提升专项",
        "服务管理体系与公司当前业务规模",
        "召开日期",
    ):
        assert pdf.flat(later) not in text, later


def test_inputs_follow_the_standard_order(review_year):
    _number, docs, _plan, _report = review_year
    text = pdf.text(docs[("review-report", "zh_CN")][0])
    _number, _docs, _plan, report = review_year
    start = text.index(pdf.flat("以下各项输入"))
    positions = [text.index(pdf.flat(f"{s.key}) {s.title_zh}"), start) for s in report.inputs]
    assert len(positions) == 11
    assert positions == sorted(positions)
    assert positions[-1] < text.index("三、评审结论") < text.index("四、评审输出")


def test_who_signs_and_when(review_year):
    _number, _docs, plan, report = review_year
    p = plan.people
    assert (p.prepared_by, p.reviewed_by, p.approved_by) == ("王海燕", "王海燕", "孙玥")
    # The plan goes out with the notice, ten days before the meeting.
    assert p.prepared_on == p.approved_on == MEETING - timedelta(days=NOTICE_DAYS)
    assert [(m.key, m.on) for m in plan.schedule][:5] == [
        ("notice", D(2025, 11, 25)),
        ("inputs", MEETING - timedelta(days=INPUTS_DAYS)),
        ("pack", D(2025, 12, 3)),
        ("meeting", MEETING),
        ("report", D(2025, 12, 12)),
    ]
    owners = {prep.owner: prep.keys for prep in plan.preparation}
    assert owners["王海燕"] == ("a", "c", "f", "g") and owners["张伟"] == ("h", "k")
    # The report: the day the review closed (the test clock's day), approved by top management.
    r = report.people
    assert (r.prepared_by, r.reviewed_by, r.approved_by) == ("王海燕", "王海燕", "孙玥")
    assert r.prepared_on == r.approved_on == D(2025, 12, 20)


def test_report_data_comes_from_the_pack(review_year):
    _number, _docs, _plan, report = review_year
    assert [s.key for s in report.inputs] == list("abcdefghijk")
    a = report.inputs[0]
    assert "备件库温湿度监控改造" in [x.description for x in a.previous_actions]
    h = next(s for s in report.inputs if s.key == "h")
    assert h.kpis[0].kpi == "sla_rate" and len(h.kpis[0].months) == 12
    assert [(x.seq, x.category, x.status, x.overdue) for x in report.actions] == [
        (1, "improvement", "open", False),
        (2, "system_change", "in_progress", True),
        (3, "resources", "done", False),
    ]
    assert report.actions[2].completed_on == D(2025, 12, 8)
    roles = {r.name: r.role for r in report.distribution}
    assert roles["孙玥"] == "chair" and roles["质量效能部"] == "quality"


def _pct(v: float) -> str:
    return f"{v * 100:.1f}%"


def test_figures_of_the_year_are_shown(review_year):
    _number, docs, _plan, report = review_year
    zh = pdf.text(docs[("review-report", "zh_CN")][0])
    en = pdf.text(docs[("review-report", "en")][0])
    inputs = {s.key: s for s in report.inputs}
    # Every measure against its target, with a trend chart titled by it.
    for k in inputs["h"].kpis:
        assert pdf.flat(k.name_zh) in zh and pdf.flat(k.name_en) in en, k.kpi
        if k.unit == "%":
            assert _pct(k.year_value) in zh, k.kpi
            if k.target is not None:
                assert pdf.flat(f"{k.name_zh}(目标≥{_pct(k.target)})") in zh, k.kpi
                assert pdf.flat(f"{k.name_en} (Target ≥{_pct(k.target)})") in en, k.kpi
    # Every answered survey's satisfied rate; every NC of section d and k.
    for v in inputs["e"].surveys:
        if v.valid:
            assert _pct(v.satisfied_rate) in zh, v.quarter
    for key in "dk":
        assert all(n.number in zh for n in inputs[key].ncs), key
    for a in inputs["c"].audits:
        assert f"{a.answered}/{a.total}" in zh, a.number
    # The summaries of the pack, in each language.
    for s in report.inputs:
        assert pdf.contains(zh, s.summary_zh), s.key
        assert pdf.contains(en, s.summary_en), s.key


def test_every_font_is_embedded(review_year):
    _number, docs, _plan, _report = review_year
    for (kind, lang), (path, _view) in docs.items():
        fonts = pdf.fonts(path)
        assert fonts, (kind, lang)
        assert [name for name, f in fonts.items() if not pdf.embedded(f)] == [], (kind, lang)
        assert not any("Helvetica" in name for name in fonts), (kind, lang)


def test_metadata(review_year):
    _number, docs, _plan, _report = review_year
    for (kind, lang), (path, view) in docs.items():
        meta = PdfReader(path).metadata
        assert meta.title == view.title, (kind, lang)
        assert view.subject in (meta.subject or ""), (kind, lang)


# --- a fresh organisation: selectors, versions, charts, long tables, hostile text -------------


def test_year_selects_the_years_only_review(org_ctx, tmp_path):
    with pytest.raises(NotFound):
        documents.generate(org_ctx, "review-report", tmp_path / "none.pdf", year=2025)
    r = reviews.plan_review(org_ctx, title="年度管理评审", planned_on=D(2025, 6, 20))
    view = documents.generate(org_ctx, "review-plan", tmp_path / "plan.pdf", year=2025)
    assert view.subject == r.number
    reviews.plan_review(org_ctx, title="专项管理评审", planned_on=D(2025, 9, 20))
    with pytest.raises(Invalid, match="--review"):
        documents.generate(org_ctx, "review-report", tmp_path / "two.pdf", year=2025)
    by_id = documents.generate(
        org_ctx,
        "review-report",
        tmp_path / "id.pdf",
        review=reviews.get_review(org_ctx, r.number).id,
    )
    assert by_id.subject == r.number


def test_plan_keeps_its_version_as_the_review_goes_on(org_ctx, clock, tmp_path):
    measures.set_value(org_ctx, "sla_rate", "2025-05", numerator=93, denominator=100)
    r = reviews.plan_review(
        org_ctx,
        title="年度管理评审",
        planned_on=D(2025, 6, 20),
        chair="王海燕",
        participants="李明",
    )
    first = documents.generate(org_ctx, "review-plan", tmp_path / "p1.pdf", review=r.number)
    report = documents.generate(org_ctx, "review-report", tmp_path / "r1.pdf", review=r.number)
    clock.set(2025, 6, 21)
    reviews.hold_review(org_ctx, r.number, D(2025, 6, 20))
    reviews.add_action(
        org_ctx,
        r.number,
        "补充夜班人员",
        owner="刘洋",
        due_date=D(2025, 9, 30),
        category="resources",
    )
    reviews.set_conclusion(
        org_ctx, r.number, suitability="适宜", adequacy="充分", effectiveness="有效"
    )
    again = documents.generate(org_ctx, "review-plan", tmp_path / "p2.pdf", review=r.number)
    assert (first.version, again.version) == ("V1.0", "V1.0")
    changed = documents.generate(org_ctx, "review-report", tmp_path / "r2.pdf", review=r.number)
    assert (report.version, changed.version) == ("V1.0", "V1.1")
    text = pdf.text(tmp_path / "r2.pdf")
    assert "补充夜班人员" in text and "V1.1" in text
    # Not closed: the approval is still to be dated by hand.
    assert compile_review_report(org_ctx, r.number).people.approved_on is None
    # A year with one month of one measure: the inputs without data say so, and there is
    # too little for a trend chart.
    assert "无数据" in text and "93.0%" in text and "本年度指标数据不足两个月" in text


def test_no_conclusion_and_no_actions_say_so(org_ctx, tmp_path):
    r = reviews.plan_review(org_ctx, title="年度管理评审", planned_on=D(2025, 6, 20))
    documents.generate(org_ctx, "review-report", tmp_path / "r.pdf", review=r.number, lang="en")
    text = pdf.text(tmp_path / "r.pdf")
    assert text.count(pdf.flat("(not written)")) == 3
    assert pdf.flat("The review decided no actions.") in text


def test_long_actions_table_repeats_its_header(org_ctx, tmp_path):
    r = reviews.plan_review(org_ctx, title="措施很多的评审", planned_on=D(2025, 6, 10))
    for i in range(1, 61):
        reviews.add_action(
            org_ctx,
            r.number,
            f"措施{i:03d}:" + "针对服务台事件升级时限不明确的问题修订程序并组织培训," * (i % 4 + 1),
            owner=("王海燕", "李明", "刘洋", "周婷")[i % 4],
            due_date=D(2025, 6, 1) + timedelta(days=i),
            category=("improvement", "system_change", "resources")[i % 3],
        )
    target = tmp_path / "report.pdf"
    view = documents.generate(org_ctx, "review-report", target, review=r.number)
    pages = [pdf.flat(p) for p in pdf.pages(target)]
    assert view.pages == len(pages)
    with_actions = [p for p in pages if re.search(r"措施\d{3}:", p)]
    assert len(with_actions) >= 3
    header = pdf.flat("序号 措施 类别 责任人 期限 状态 逾期")
    assert all(header in p for p in with_actions)
    text = "".join(pages)
    assert all(f"措施{i:03d}:" in text for i in range(1, 61))
    assert "措施001:" not in with_actions[-1] and "措施060:" not in with_actions[0]
    # Actions due before the test clock's day and not done are flagged.
    overdue = [a for a in reviews.get_review(org_ctx, r.number).actions if a.overdue]
    assert overdue and all(a.due_date < org_ctx.today() for a in overdue)


SPECIALS = "<b>加粗</b> </para> &amp; <img src=x> <font color=red>"
EMOJI = "😀✅🚀"
AROUND = "表情前的文字" + EMOJI + "表情后的文字保持完整"
PARAGRAPH = ",".join(f"证据{i:04d}" for i in range(1430))  # > 10,000 characters
WORD = "".join(random.Random(7).choices(string.ascii_letters + string.digits, k=3000))


@pytest.fixture
def hostile(org_ctx):
    ctx = org_ctx
    r = reviews.plan_review(
        ctx,
        title=f"评审 {SPECIALS}",
        planned_on=D(2025, 6, 10),
        location=AROUND,
        chair="王海燕",
        participants=["李明", SPECIALS],
        owners={"b": "李明"},
        agenda_notes={"b": f"{SPECIALS} {AROUND}", "j": WORD},
    )
    reviews.set_input_note(ctx, r.number, "b", f"{SPECIALS} {AROUND}\n{PARAGRAPH}")
    reviews.set_input_note(ctx, r.number, "j", WORD)
    reviews.hold_review(ctx, r.number, D(2025, 6, 10))
    reviews.add_action(
        ctx, r.number, f"{SPECIALS} {AROUND} {WORD}", owner="李明", due_date=D(2025, 9, 30)
    )
    reviews.add_action(
        ctx, r.number, PARAGRAPH, owner="刘洋", due_date=D(2025, 9, 30), category="resources"
    )
    reviews.set_conclusion(
        ctx, r.number, suitability=PARAGRAPH, adequacy=f"{SPECIALS} {AROUND}", effectiveness=WORD
    )
    return ctx, r.number


def test_hostile_text_renders_verbatim(hostile, tmp_path):
    ctx, number = hostile
    texts = {}
    for kind in ("review-plan", "review-report"):
        for lang in ("zh_CN", "en"):
            target = tmp_path / f"{kind}-{lang}.pdf"
            documents.generate(ctx, kind, target, review=number, lang=lang)
            texts[(kind, lang)] = pdf.text(target)
    for key, text in texts.items():
        assert pdf.contains(text, SPECIALS), key
        assert pdf.flat("表情后的文字保持完整") in text, key
        assert pdf.contains(text, WORD), key  # the plan: agenda note j; the report: note j …
    for lang in ("zh_CN", "en"):
        report = texts[("review-report", lang)]
        # The paragraph three times (note b, action 2, suitability), the word three times
        # (note j, action 1, effectiveness), each whole across page breaks.
        assert report.count(pdf.flat(PARAGRAPH)[:60]) == 3, lang
        assert report.count(WORD[:60]) == 3, lang
        assert pdf.contains(report, PARAGRAPH), lang
        # The bundled font has no emoji glyphs (they print as empty boxes, as in every
        # document): the text on both sides of them is whole and in place.
        assert pdf.contains(report, f"{SPECIALS} 表情前的文字"), lang
        assert pdf.contains(report, f"表情后的文字保持完整 {WORD}"), lang
    assert len(pdf.flat(PARAGRAPH)) >= 10_000 and len(WORD) == 3000
    plan = texts[("review-plan", "zh_CN")]
    assert not pdf.contains(plan, WORD[:1500] + "X" + WORD[1500:])  # the check can fail


# --- the demo's own review, once the demo year has one ------------------------------------------


def test_the_demo_review(demo_db, tmp_path):
    shutil.copytree(demo_db, tmp_path / "data")
    st, _report = open_database(tmp_path / "data", daily_backup=False)
    try:
        ctx = Context(store=st, actor="王海燕", clock=_clock)
        found = reviews.list_reviews(ctx, 2025)
        if not found:
            pytest.skip("the demo year has no management review yet")
        view = reviews.get_review(ctx, found[-1].number)
        for kind in ("review-plan", "review-report"):
            for lang in ("zh_CN", "en"):
                target = tmp_path / f"{kind}-{lang}.pdf"
                documents.generate(ctx, kind, target, review=view.number, lang=lang)
                text = pdf.text(target)
                assert view.number in text and pdf.flat(view.title) in text
                assert all(pdf.contains(text, n) for n in view.participants if n)
        report = pdf.text(tmp_path / "review-report-zh_CN.pdf")
        for a in view.actions:
            assert pdf.contains(report, a.description), a.seq
        for field in ("suitability", "adequacy", "effectiveness"):
            if getattr(view, field):
                assert pdf.contains(report, getattr(view, field)), field
    finally:
        st.dispose()
