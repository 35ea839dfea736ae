"""The year-end 质量管理报告 (kind "annual"), generated through services.documents.generate
and read back with pypdf: every section and its values in both languages (figures checked
against what this test put into the year), the KPI charts with their targets, embedded fonts,
metadata, a year with missing parts saying so, long tables split with their header repeated,
hostile user text shown verbatim, the version kept while the data is unchanged, and the demo
year."""

from __future__ import annotations

import random
import re
import shutil
import string
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from qa_desktop.schemas.nc_rows import NcImportRow
from qa_desktop.services import (
    audits,
    documents,
    measures,
    nc_exchange,
    organisation,
    programme,
    reviews,
    surveys,
)
from qa_desktop.services import nonconformities as ncs
from qa_desktop.services.context import Context
from qa_desktop.services.report_data.annual import compile_annual
from qa_desktop.store.database import open_database
from qa_desktop.store.engine import DB_FILENAME
from tests import pdf_checks as pdf
from tests.conftest import FixedClock

YEAR = 2025


# --- reading PDFs (as tests/unit/test_reports_audit.py does) ----------------------------------


# --- a year built through the services --------------------------------------------------------


def _open(seed: Path, into: Path, clock: FixedClock) -> tuple[Context, object]:
    into.mkdir(parents=True)
    shutil.copyfile(seed, into / DB_FILENAME)
    st, _report = open_database(into, daily_backup=False)
    ctx = Context(store=st, actor="王海燕", clock=clock)
    organisation.add_person(ctx, "孙玥", department="质量效能部", roles=("top_management",))
    return ctx, st


def _at(clock: FixedClock, day: date) -> None:
    clock.set(day.year, day.month, day.day, 4)


def _close(ctx, clock, number: str, found: date, closed: date, *, effective: bool = True) -> None:
    """Walk a minor NC through its corrective action to closed on `closed` (or reopened)."""
    t = ncs.transition
    _at(clock, found + timedelta(days=1))
    t(ctx, number, "acknowledge", acknowledged_by="刘洋")
    ncs.update_nc(
        ctx,
        number,
        correction="逐一整改",
        root_cause="程序未规定升级时限",
        root_cause_category="method",
    )
    action = ncs.add_action(
        ctx, number, "修订程序并培训", owner="刘洋", due_date=found + timedelta(days=25)
    )
    t(ctx, number, "submit_plan")
    t(ctx, number, "approve_plan")
    t(ctx, number, "start")
    _at(clock, closed - timedelta(days=3))
    ncs.complete_action(ctx, action.id, evidence="培训记录")
    t(ctx, number, "request_verification")
    _at(clock, closed - timedelta(days=1))
    if not effective:
        t(ctx, number, "verify_not_effective", verifier="王海燕", method="复查抽样")
        return
    t(ctx, number, "verify_effective", verifier="王海燕", method="复查抽样")
    _at(clock, closed)
    t(ctx, number, "close")


def _raise(ctx, clock, audit: str, found: date, **fields) -> str:
    _at(clock, found)
    base = {"process": "SD", "department": "服务台", "grade": "minor", "clause": "8.6.1"}
    base.update(fields)
    base["clause"] = f"ISO/IEC 20000-1:2018 {base['clause']}"
    nc = ncs.raise_nc(ctx, audit=audit, found_on=found, issue=True, **base)
    return nc.number


def _build_year(ctx: Context, clock: FixedClock) -> dict:
    """Programme, two audits, nine NCs in known states, KPIs, two surveys and one review."""
    _at(clock, date(YEAR, 1, 10))
    prog = programme.create_programme(ctx, YEAR)
    acts = {a.seq: a for a in prog.activities}
    programme.update_activity(
        ctx, acts[1].id, status="done", actual_date=date(YEAR, 3, 5), owner="王海燕"
    )
    programme.update_activity(
        ctx,
        acts[4].id,
        status="done",
        actual_date=date(YEAR, 6, 2),
        notes="提前至6月与体系内审合并",
    )
    a1 = audits.plan_audit(
        ctx,
        title="上半年内审",
        lead_auditor="王海燕",
        team=["李明"],
        scope_processes=["SD", "SP"],
        scope_departments=["服务台", "备件库"],
        planned_start=date(YEAR, 6, 16),
        planned_end=date(YEAR, 6, 17),
    ).number
    a2 = audits.plan_audit(
        ctx,
        title="年度内审",
        lead_auditor="王海燕",
        scope_processes=["SD", "KM"],
        scope_departments=["服务台"],
        planned_start=date(YEAR, 11, 17),
        planned_end=date(YEAR, 11, 19),
    ).number
    june = date(YEAR, 6, 17)
    n = {}
    n["on_time"] = _raise(ctx, clock, a1, june, facts="P2事件超时未升级")
    _close(ctx, clock, n["on_time"], june, date(YEAR, 7, 10))  # due 07-17
    n["late"] = _raise(ctx, clock, a1, june, facts="升级记录缺失", clause="8.6.2")
    _close(ctx, clock, n["late"], june, date(YEAR, 8, 20))  # due 07-17
    n["reopened"] = _raise(ctx, clock, a1, june, facts="知识条目未提交", process="KM")
    _close(ctx, clock, n["reopened"], june, date(YEAR, 7, 30), effective=False)
    n["major"] = _raise(
        ctx,
        clock,
        a1,
        june,
        facts="备件台账账实不符",
        process="SP",
        department="备件库",
        grade="major",
        clause="8.2.5",
    )  # open, due 07-17: overdue
    n["obs"] = _raise(
        ctx, clock, a1, june, facts="温湿度记录缺失", grade="observation", clause="8.2.6"
    )
    _at(clock, june + timedelta(days=2))
    ncs.transition(ctx, n["obs"], "acknowledge", acknowledged_by="刘洋")
    ncs.transition(ctx, n["obs"], "track")
    _at(clock, june + timedelta(days=40))
    ncs.transition(ctx, n["obs"], "close")
    n["withdrawn"] = _raise(ctx, clock, a1, june, facts="证据不足", clause="8.1")
    ncs.transition(ctx, n["withdrawn"], "dispute", reason="证据不足")
    ncs.transition(ctx, n["withdrawn"], "withdraw", reason="复核撤销")
    nov = date(YEAR, 11, 18)
    # Same process and clause as on_time, an NC of an earlier audit: a recurrence.
    n["repeat"] = _raise(ctx, clock, a2, nov, facts="P2事件仍有超时未升级")
    n["km"] = _raise(ctx, clock, a2, nov, facts="知识库检索无标签", process="KM", clause="7.6")
    _at(clock, nov)
    n["draft"] = ncs.raise_nc(
        ctx,
        process="SD",
        facts="草稿",
        clause="8.6.1",
        grade="minor",
        department="服务台",
        audit=a2,
        found_on=nov,
    ).number
    # KPIs: FCR 80 % (target 75 % by default: met), MTTR 5 h (target 6 h: met), SLA 85 %
    # (target 90 % by default: missed), KB 30 % (no target), turnover.
    _at(clock, date(YEAR, 12, 5))
    measures.set_target(ctx, YEAR, "mttr_hours", 6.0)
    for m in range(1, 13):
        period = f"{YEAR}-{m:02d}"
        measures.set_value(ctx, "fcr", period, numerator=80 + m, denominator=100 + m)
        measures.set_value(ctx, "mttr_hours", period, numerator=500, denominator=100)
        measures.set_value(ctx, "sla_rate", period, numerator=85, denominator=100)
        measures.set_value(ctx, "kb_rate", period, numerator=30, denominator=100)
        measures.set_value(ctx, "inventory_turnover", period, numerator=10, denominator=40)
    # Surveys: Q1 8 of 10 satisfied, Q2 9 of 10.
    for quarter, satisfied in ((1, 8), (2, 9)):
        _at(clock, date(YEAR, quarter * 3, 1))
        sv = surveys.plan_survey(ctx, YEAR, quarter, sample_size=10, owner="王海燕")
        _at(clock, date(YEAR, quarter * 3, 20))
        for i in range(10):
            surveys.add_response(
                ctx, sv.key, customer=f"客户{i}", overall=5 if i < satisfied else 2
            )
        surveys.update_survey(ctx, sv.key, conducted_on=date(YEAR, quarter * 3, 20), status="done")
    # The management review: held, concluded, two decisions (one done, one overdue).
    _at(clock, date(YEAR, 11, 1))
    mr = reviews.plan_review(
        ctx,
        title="2025年度管理评审",
        planned_on=date(YEAR, 11, 25),
        chair="孙玥",
        location="公司三层会议室",
    ).number
    _at(clock, date(YEAR, 11, 25))
    reviews.hold_review(ctx, mr, date(YEAR, 11, 25))
    reviews.set_conclusion(
        ctx,
        mr,
        suitability="体系与公司运维业务相适宜",
        adequacy="体系文件覆盖全部运维服务过程",
        effectiveness="体系运行总体有效,备件库管理仍需加强",
    )
    done = reviews.add_action(
        ctx, mr, "备件库实行季度盘点", owner="周婷", due_date=date(YEAR, 12, 10)
    )
    reviews.add_action(
        ctx,
        mr,
        "修订夜间升级规定",
        owner="刘洋",
        due_date=date(YEAR, 12, 15),
        category="system_change",
    )
    _at(clock, date(YEAR, 12, 8))
    reviews.complete_action(ctx, done.id, evidence="盘点记录")
    reviews.close_review(ctx, mr)
    _at(clock, date(YEAR, 12, 20))
    return {"audits": (a1, a2), "ncs": n, "review": mr}


@pytest.fixture(scope="module")
def year(_org_seed, tmp_path_factory):
    """The year, compiled once and generated once per language."""
    root = tmp_path_factory.mktemp("annual")
    clock = FixedClock()
    ctx, st = _open(_org_seed, root / "data", clock)
    try:
        built = _build_year(ctx, clock)
        built["data"] = compile_annual(ctx, YEAR)
        docs = {}
        for lang in ("zh_CN", "en"):
            target = root / f"annual-{lang}.pdf"
            docs[lang] = (target, documents.generate(ctx, "annual", target, year=YEAR, lang=lang))
        built["docs"] = docs
        # The same data again: the same version.
        built["again"] = documents.generate(ctx, "annual", root / "again.pdf", year=YEAR)
    finally:
        st.dispose()
    built["dir"] = root / "data"
    return built


# --- the figures ---------------------------------------------------------------------------------


def test_compiled_figures(year):
    d, n = year["data"], year["ncs"]
    assert d.subject == "2025" and d.has_programme and len(d.activities) == 9
    assert {a.seq: a.state for a in d.activities}[1] == "done"
    assert [a.number for a in d.audits] == list(year["audits"])
    first = d.audits[0].ncs  # six raised, one withdrawn
    assert (first.major, first.minor, first.observation) == (1, 3, 1)
    nc = d.ncs
    assert nc.total == 9 and nc.counted == 7 and nc.closed == 3
    assert nc.closure_rate == pytest.approx(3 / 7)
    assert (nc.closed_on_time, nc.closed_with_due) == (1, 2)  # the observation has no due date
    assert nc.on_time_rate == pytest.approx(0.5)
    assert {r.key: r.total for r in nc.by_department} == {"服务台": 6, "备件库": 1}
    assert {r.key: r.total for r in nc.by_process} == {"SD": 4, "KM": 2, "SP": 1}
    assert d.capa.effective == 2 and d.capa.not_effective == 1
    assert d.capa.effectiveness_rate == pytest.approx(2 / 3)
    assert d.capa.reopened_ncs == 1
    assert n["repeat"] in d.capa.recurrence_numbers
    kpis = {k.kpi: k for k in d.kpis}
    assert kpis["mttr_hours"].year_value == pytest.approx(5.0) and kpis["mttr_hours"].meets_target
    assert kpis["sla_rate"].meets_target is False
    assert kpis["kb_rate"].target is None and kpis["kb_rate"].meets_target is None
    assert [s.satisfied_rate for s in d.surveys] == [pytest.approx(0.8), pytest.approx(0.9)]
    assert [r.number for r in d.reviews] == [year["review"]]
    carried = {c.number for c in d.open_ncs}
    assert carried == {n["major"], n["reopened"], n["repeat"], n["km"]}
    assert [a.description for a in d.open_review_actions] == ["修订夜间升级规定"]
    assert d.open_review_actions[0].overdue
    # Signed by the quality manager and top management, dated the last day the data records
    # (the review action completed on 12-08; the KPIs carry no day of their own).
    assert d.people.prepared_by == d.people.reviewed_by == "王海燕"
    assert d.people.approved_by == "孙玥"
    assert d.as_of == d.people.prepared_on == date(YEAR, 12, 8)


# --- sections and values, both languages ------------------------------------------------------


def _required_zh(year) -> list[str]:
    n = year["ncs"]
    return [
        "质量管理报告",
        "第1页共",
        "编制",
        "王海燕",
        "批准",
        "孙玥",
        "2025.12.08",
        "报告年度:2025年;统计截至:2025-12-08",
        "一、年度概况",
        "二、质量保证活动计划执行情况",
        "三、内部审核",
        "四、不符合项统计与关闭情况",
        "五、纠正措施有效性",
        "六、服务指标完成情况",
        "七、客户满意度",
        "八、管理评审决议",
        "九、下一年度改进事项",
        # schedule: planned vs done
        "2025年度运维服务质量管理计划XDYJ-04-09",
        "客户满意度调查计划",
        "2025-03-05",
        "《满意度调查计划》",
        "提前至6月与体系内审合并",
        "尚未生成",
        "已完成",
        # audits
        *year["audits"],
        "上半年内审",
        "SD服务台事件管理",
        "服务台、备件库",
        # NCs
        "关闭率42.9%(3/7)",
        "按期关闭率50.0%(1/2)",
        "按等级",
        "按过程",
        "按部门",
        "按状态(全部登记项)",
        "各过程不符合项(按等级)",
        "不符合项状态分布",
        # CAPA
        "纠正措施有效率",
        "66.7%",
        f"重复发生:1项:{n['repeat']}",
        # KPIs, with a chart per KPI and its target
        "服务台一次性解决率",
        "≥75.0%",
        "事件平均解决时间",
        "5.0小时",
        "≤6.0小时",
        "知识库利用率",
        "未设目标",
        "SLA达成率",
        "85.0%",
        "服务台一次性解决率(≥75.0%)",
        "事件平均解决时间(≤6.0小时)",
        "备件库库存周转率(未设目标)",
        "2025目标",
        # satisfaction by quarter
        "2025年第1季度客户满意度调查",
        "80.0%",
        "90.0%",
        "85.0%",  # the year: 17 of 20
        "各季度客户满意率",
        # the review
        year["review"],
        "2025年度管理评审",
        "公司三层会议室",
        "适宜性",
        "体系与公司运维业务相适宜",
        "充分性",
        "有效性",
        "体系运行总体有效,备件库管理仍需加强",
        "备件库实行季度盘点",
        "2025-12-08",
        # next year
        "1.未达到目标的指标",
        "2.未完成的计划活动",
        "3.结转的未关闭不符合项",
        "4.未完成的管理评审措施",
        n["major"],
        "备件台账账实不符",
        "修订夜间升级规定",
        "逾期",
    ]


REQUIRED_EN = [
    "Annual quality management report",
    "Page1of",
    "Prepared by",
    "Approved by",
    "1. The year at a glance",
    "2. Quality-assurance schedule: planned vs done",
    "3. Internal audits held",
    "4. Nonconformities: statistics and closure",
    "5. Effectiveness of corrective actions",
    "6. Service KPIs against targets",
    "7. Customer satisfaction by quarter",
    "8. Management review decisions",
    "9. Improvement items for next year",
    "Customer satisfaction survey plan",
    "Closure rate 42.9% (3/7)",
    "closed on time 50.0% (1/2)",
    "By department",
    "First-contact resolution",
    "Mean time to resolve (≤6.0 h)",
    "5.0 h",
    "no target",
    "Satisfied customers by quarter",
    "Suitability",
    "Decisions and actions",
    "1. KPIs that missed their target",
    "3. Open nonconformities carried over",
    "体系与公司运维业务相适宜",  # user text stays as written
]


def test_sections_and_values_zh(year):
    path, view = year["docs"]["zh_CN"]
    text = pdf.text(path)
    missing = [s for s in _required_zh(year) if pdf.flat(s) not in text]
    assert missing == []
    assert view.number.endswith("-QMR-2025") and view.number in text and view.version == "V1.0"


def test_sections_and_values_en(year):
    path, _view = year["docs"]["en"]
    text = pdf.text(path)
    missing = [
        s for s in [*REQUIRED_EN, year["review"], *year["audits"]] if pdf.flat(s) not in text
    ]
    assert missing == []
    assert "一、年度概况" not in text and "Page1of" in text


def test_kpi_table_says_met_or_not(year):
    text = pdf.text(year["docs"]["zh_CN"][0])
    table = text[text.index("六、服务指标完成情况") : text.index("服务台一次性解决率(≥75.0%)")]
    # name, Q1–Q4, year, target, met — in table order.
    assert "事件平均解决时间5.0小时5.0小时5.0小时5.0小时5.0小时≤6.0小时是" in table
    assert "SLA达成率85.0%85.0%85.0%85.0%85.0%≥90.0%否" in table
    assert "知识库利用率30.0%30.0%30.0%30.0%30.0%未设目标—" in table


def test_fonts_embedded_and_metadata(year):
    for lang, (path, view) in year["docs"].items():
        fonts = pdf.fonts(path)
        assert fonts, lang
        assert [name for name, f in fonts.items() if not pdf.embedded(f)] == [], lang
        assert all("WenQuanYi" in name for name in fonts), (lang, list(fonts))
        meta = PdfReader(path).metadata
        assert meta.title == view.title and view.subject in (meta.subject or "")


def test_same_data_same_version(year):
    assert year["again"].version == year["docs"]["zh_CN"][1].version == "V1.0"


def test_generated_documents_are_linked_from_the_schedule(year, tmp_path):
    st, _report = open_database(year["dir"], daily_backup=False)
    ctx = Context(store=st, actor="王海燕", clock=FixedClock(datetime(2025, 12, 20, tzinfo=UTC)))
    try:
        plan = documents.generate(ctx, "audit-plan", tmp_path / "plan.pdf", audit="IA-2025-02")
        data = compile_annual(ctx, YEAR)
        linked = {a.seq: [d.number for d in a.documents] for a in data.activities}
        assert linked[4] == [plan.number]  # 内审计划 → 《内审计划》
        assert all(d.kind != "annual" for a in data.activities for d in a.documents)
        target = tmp_path / "annual.pdf"
        view = documents.generate(ctx, "annual", target, year=YEAR)
        assert view.version == "V1.1"  # the schedule now shows a document
        assert pdf.flat(f"{plan.number} V1.0") in pdf.text(target)
    finally:
        st.dispose()


# --- a year with missing parts ------------------------------------------------------------------

NO_DATA_ZH = [
    "本年度未建立质量保证活动计划",
    "本年度未开展内部审核。",
    "本年度无不符合项记录。",
    "本年度无服务指标数据。",
    "本年度未开展客户满意度调查。",
    "本年度未开展管理评审。",
    "无未关闭的不符合项。",
    "无未完成的管理评审措施。",
]
NO_DATA_EN = [
    "No quality-assurance programme was set up for this year",
    "No internal audit was held this year.",
    "No nonconformity was recorded this year.",
    "No KPI values were recorded this year.",
    "No customer satisfaction survey was run this year.",
    "No management review was held this year.",
]


def test_an_empty_year_says_so(org_ctx, tmp_path):
    for lang, expected in (("zh_CN", NO_DATA_ZH), ("en", NO_DATA_EN)):
        target = tmp_path / f"empty-{lang}.pdf"
        view = documents.generate(org_ctx, "annual", target, year=2024, lang=lang)
        text = pdf.text(target)
        assert [s for s in expected if pdf.flat(s) not in text] == [], lang
        assert view.pages >= 1 and "2024" in view.number


def test_a_year_with_ncs_only(org_ctx, tmp_path):
    """No programme, surveys, review or measures: those parts say so, the NCs are reported."""
    org_ctx.clock.set(2025, 6, 20)
    ncs.raise_nc(
        org_ctx,
        process="SD",
        facts="事件超时",
        clause="8.6.1",
        grade="major",
        department="服务台",
        found_on=date(2025, 6, 18),
        issue=True,
    )
    target = tmp_path / "partial.pdf"
    documents.generate(org_ctx, "annual", target, year=2025)
    text = pdf.text(target)
    for s in (
        "本年度未建立质量保证活动计划",
        "本年度无服务指标数据。",
        "本年度未开展客户满意度调查。",
        "本年度未开展管理评审。",
        "本年度尚无经验证的纠正措施。",
        "NC-2025-001",
        "事件超时",
        "关闭率0.0%(0/1)",
    ):
        assert pdf.flat(s) in text, s
    assert "本年度无不符合项记录" not in text


# --- long tables --------------------------------------------------------------------------------


def test_carried_over_ncs_split_with_their_header(org_ctx, tmp_path):
    org_ctx.clock.set(2025, 12, 20)
    rows = [
        NcImportRow(
            process=("SD", "SP", "KM")[i % 3],
            department=("服务台", "备件库")[i % 2],
            found_on=date(2025, 1, 1) + timedelta(days=i),
            facts=f"第{i:03d}项:抽查25张工单,{i % 7}张超时未升级,也未通知客户。",
            clause=f"ISO/IEC 20000-1:2018 8.{i % 6}.1",
            grade=("major", "minor", "observation")[i % 3],
            status="issued",
        )
        for i in range(150)
    ]
    numbers = nc_exchange.raise_ncs_batch(org_ctx, rows)
    target = tmp_path / "long.pdf"
    view = documents.generate(org_ctx, "annual", target, year=2025)
    pages = [pdf.flat(p) for p in pdf.pages(target)]
    assert view.pages == len(pages) >= 5
    start = next(i for i, p in enumerate(pages) if "3.结转的未关闭不符合项" in p)
    with_rows = [p for p in pages[start + 1 :] if re.search(r"NC-2025-\d{3}", p)]
    assert len(with_rows) >= 3
    for page in with_rows:
        assert "编号" in page and "不符合事实" in page and "完成期限" in page
    text = "".join(pages)
    assert all(n in text for n in numbers)
    assert all(pdf.flat(r.facts) in text for r in rows)


# --- hostile text -------------------------------------------------------------------------------

SPECIALS = "<b>加粗</b> </para> &amp; <img src=x> <font color=red>"
EMOJI = "😀✅🚀"
AROUND = "表情前的文字" + EMOJI + "表情后的文字保持完整"
PARAGRAPH = "，".join(f"证据{i:04d}" for i in range(1430))  # > 10,000 characters
CONCLUSION = "，".join(f"结论{i:04d}" for i in range(1430))
WORD = "".join(random.Random(6).choices(string.ascii_letters + string.digits, k=3000))
NOTE_WORD = "".join(random.Random(7).choices(string.ascii_letters + string.digits, k=3000))
ADEQUACY_WORD = "".join(random.Random(8).choices(string.ascii_letters + string.digits, k=3000))


@pytest.fixture
def hostile(org_ctx):
    ctx = org_ctx
    ctx.clock.set(2025, 6, 20)
    organisation.add_person(ctx, "孙玥", department="质量效能部", roles=("top_management",))
    prog = programme.create_programme(ctx, YEAR)
    programme.update_activity(
        ctx,
        prog.activities[0].id,
        status="done",
        actual_date=date(YEAR, 3, 5),
        notes=f"{SPECIALS} {AROUND}\n{NOTE_WORD}",
    )
    audit = audits.plan_audit(
        ctx,
        title=f"恶意文本 {SPECIALS}",
        lead_auditor="王海燕",
        scope_departments=["服务台"],
        planned_start=date(2025, 6, 16),
        planned_end=date(2025, 6, 17),
    ).number
    for facts in (f"{SPECIALS} {AROUND}\n{PARAGRAPH}", WORD):
        ncs.raise_nc(
            ctx,
            process="SD",
            facts=facts,
            clause="ISO/IEC 20000-1:2018 8.6.1",
            grade="minor",
            department="服务台",
            audit=audit,
            found_on=date(2025, 6, 17),
            issue=True,
        )
    surveys.plan_survey(ctx, YEAR, 2, title=f"调查 {SPECIALS}")
    mr = reviews.plan_review(
        ctx, title=f"评审 {SPECIALS}", planned_on=date(2025, 6, 19), location=SPECIALS
    ).number
    reviews.hold_review(ctx, mr, date(2025, 6, 19))
    reviews.set_conclusion(
        ctx, mr, suitability=f"{SPECIALS} {AROUND}\n{CONCLUSION}", adequacy=ADEQUACY_WORD
    )
    reviews.add_action(
        ctx, mr, f"措施 {SPECIALS} {AROUND}", owner="刘洋", due_date=date(2026, 1, 31)
    )
    return ctx


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_hostile_text_renders_verbatim(hostile, tmp_path, lang):
    target = tmp_path / "hostile.pdf"
    documents.generate(hostile, "annual", target, year=YEAR, lang=lang)
    text = pdf.text(target)
    for needle in (
        # (The bundled font has no emoji: they print as blanks, the text around them whole.)
        f"{SPECIALS} 表情前的文字",  # activity notes, NC facts, conclusion, review action
        f"恶意文本 {SPECIALS}",  # the audit's title
        f"调查 {SPECIALS}",  # the survey's title
        f"评审 {SPECIALS}",  # the review's title
        f"措施 {SPECIALS} 表情前的文字",  # the review's decision
        PARAGRAPH,  # NC facts, carried over, across pages
        CONCLUSION,  # the review's conclusion, across pages
        WORD,  # NC facts
        NOTE_WORD,  # the programme's notes
        ADEQUACY_WORD,  # the review's conclusion
    ):
        assert pdf.contains(text, needle), needle[:60]
    # The notes, the NC's facts, the conclusion and the decision (in the review, and again
    # carried over to next year), each whole.
    assert text.count(pdf.flat(f"{SPECIALS} 表情前的文字")) == 5
    assert text.count(pdf.flat("表情后的文字保持完整")) == 5
    assert len(pdf.flat(PARAGRAPH)) >= 10_000 and len(WORD) == 3000
    assert not pdf.contains(text, WORD[:1500] + "X" + WORD[1500:])  # the check can fail
    assert all(pdf.embedded(f) for f in pdf.fonts(target).values())


# --- the demo year ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_annual(demo_db, tmp_path_factory):
    root = tmp_path_factory.mktemp("annual-demo")
    shutil.copytree(demo_db, root / "data")
    st, _report = open_database(root / "data", daily_backup=False)
    ctx = Context(store=st, actor="王海燕", clock=FixedClock(datetime(2025, 12, 20, tzinfo=UTC)))
    try:
        out = {}
        for lang in ("zh_CN", "en"):
            target = root / f"annual-{lang}.pdf"
            out[lang] = (target, documents.generate(ctx, "annual", target, year=YEAR, lang=lang))
        return out
    finally:
        st.dispose()


def test_demo_year(demo_annual):
    zh = pdf.text(demo_annual["zh_CN"][0])
    for s in (
        "质量管理报告",
        "IA-2025-01",
        "IA-2025-02",
        "NC-2025-007",
        "服务台一次性解决率",
        "2025年第1季度客户满意度调查",
        "MR-2025-01",
        "孙玥",
        "九、下一年度改进事项",
    ):
        assert pdf.flat(s) in zh, s
    en = pdf.text(demo_annual["en"][0])
    assert "Annualqualitymanagementreport" in en and "MR-2025-01" in en
    for path, _view in demo_annual.values():
        assert all(pdf.embedded(f) for f in pdf.fonts(path).values())
