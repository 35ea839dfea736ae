"""The customer-satisfaction documents (满意度调查计划, 满意度调查结果, 满意度调查报告), generated
through services.documents.generate and read back with pypdf: sections and values in both
languages (figures checked against a computation written here from the questionnaires),
embedded fonts, metadata, the questionnaire table split with its header repeated, hostile
user text shown verbatim, a year without surveys refused, versions."""

from __future__ import annotations

import random
import re
import shutil
import string
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from qa_desktop.cli import main
from qa_desktop.services import documents, measures, organisation, surveys
from qa_desktop.services.context import Context, Invalid
from qa_desktop.services.report_data.surveys import (
    compile_survey_plan,
    compile_survey_report,
    compile_survey_results,
)
from qa_desktop.store.database import open_database
from qa_desktop.store.engine import DB_FILENAME
from tests import pdf_checks as pdf

YEAR = 2025
KINDS = ("survey-plan", "survey-results", "survey-report")
DIMS = ("safety", "reliability", "responsiveness", "tangibles", "empathy")
CUSTOMERS = (
    "北京市朝阳区政务服务中心",
    "中国建设银行北京分行",
    "首都医科大学附属医院",
    "北京地铁运营公司",
    "国家电网北京公司",
    "中关村科技园管委会",
)
COMPLAINTS = ("夜间响应慢，工程师到场超过4小时", "备件更换等待时间长", "回访电话太多")
RESPONSES = 104  # per survey, as the demo year has
NO_OVERALL = {3: 8}  # quarter → questionnaires without an overall score (not valid)


def _clock():
    return datetime(2025, 12, 20, 10, 0, tzinfo=UTC)


# --- reading PDFs (as tests/unit/test_reports_audit.py does) ----------------------------------


def _pct(value: float) -> str:
    return f"{value * 100:.1f}%"


# --- a survey year built through the services ---------------------------------------------


def _questionnaires(quarter: int) -> list[dict]:
    """The questionnaires of a quarter: deterministic, Q2 the weak one; a few dimensions left
    blank, and in Q3 some without an overall score."""
    rng = random.Random(quarter)
    rows = []
    for i in range(RESPONSES):
        pool = (5, 4, 4, 3, 3, 2, 1) if quarter == 2 else (5, 5, 4, 4, 4, 3, 2)
        overall = rng.choice(pool)
        scores = {d: max(1, min(5, overall + rng.choice((-1, 0, 0, 1)))) for d in DIMS}
        if i % 17 == 5:
            del scores["tangibles"]
        if i < NO_OVERALL.get(quarter, 0):
            overall = None
        rows.append(
            {
                "customer": CUSTOMERS[i % len(CUSTOMERS)],
                "respondent": f"联系人{quarter}{i:03d}",
                "scores": scores,
                "overall": overall,
                "comment": COMPLAINTS[i % 3] if overall is not None and overall <= 2 else "",
            }
        )
    return rows


def _csv(rows: list[dict], path: Path) -> Path:
    lines = ["客户,受访人,安全性,可靠性,响应性,有形性,友好性,总体满意度,意见"]
    for r in rows:
        cells = [r["customer"], r["respondent"]]
        cells += [str(r["scores"].get(d, "")) for d in DIMS]
        cells += ["" if r["overall"] is None else str(r["overall"]), r["comment"]]
        lines.append(",".join(cells))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _expected(rows: list[dict]) -> dict:
    """The figures, computed here from the questionnaires (not by the services)."""
    valid = [r for r in rows if r["overall"] is not None]
    satisfied = sum(1 for r in valid if r["overall"] >= 4)
    dims = {}
    for d in DIMS:
        given = [r["scores"][d] for r in valid if d in r["scores"]]
        dims[d] = sum(given) / len(given)
    return {
        "received": len(rows),
        "valid": len(valid),
        "satisfied": satisfied,
        "rate": satisfied / len(valid),
        "mean": sum(r["overall"] for r in valid) / len(valid),
        "dims": dims,
        "dissatisfied": sum(1 for r in valid if r["overall"] <= 2),
    }


ANALYSIS = "响应性得分偏低,主要集中在夜间和节假日时段的到场时间。建议优化值班安排。"
FOLLOW_UP = "已电话回访客户,说明原因并安排工程师复查,客户表示认可。"


def _copy_org(seed: Path, into: Path) -> tuple[Context, object]:
    into.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(seed, into / DB_FILENAME)
    st, _report = open_database(into, daily_backup=False)
    return Context(store=st, actor="王海燕", clock=_clock), st


def _build_year(ctx: Context, folder: Path) -> dict[int, list[dict]]:
    """Three surveys (March, June, September) with their questionnaires, follow-ups and
    analyses, through the services as the Surveys screen would."""
    organisation.add_person(ctx, "孙玥", department="质量效能部", roles=("top_management",))
    measures.set_target(ctx, YEAR, "csat", 0.85)
    out = {}
    for q in (1, 2, 3):
        surveys.plan_survey(
            ctx,
            YEAR,
            q,
            method="电话回访 + 在线问卷",
            sample_plan=f"本季度有工单的合同客户,按工单量分层随机抽取 {100 + q} 家",
            sample_size=RESPONSES,
            planned_on=date(YEAR, q * 3, 20),
            owner="刘洋",
        )
        rows = _questionnaires(q)
        report = surveys.import_responses(ctx, f"{YEAR}-Q{q}", _csv(rows, folder / f"q{q}.csv"))
        assert report.ok and report.imported == RESPONSES
        for r in surveys.list_responses(ctx, f"{YEAR}-Q{q}"):
            if r.dissatisfied and r.row % 3:
                surveys.record_follow_up(ctx, r.id, status="done", note=FOLLOW_UP)
        surveys.update_survey(
            ctx,
            f"{YEAR}-Q{q}",
            conducted_on=date(YEAR, q * 3, 25),
            status="done",
            analysis=f"第{q}季度分析:{ANALYSIS}",
        )
        out[q] = rows
    return out


@pytest.fixture(scope="module")
def year_docs(_org_seed, tmp_path_factory):
    """The survey year, and every kind generated once per language."""
    root = tmp_path_factory.mktemp("survey-docs")
    ctx, st = _copy_org(_org_seed, root / "data")
    try:
        rows = _build_year(ctx, root)
        docs = {}
        for kind in KINDS:
            for lang in ("zh_CN", "en"):
                target = root / f"{kind}-{lang}.pdf"
                view = documents.generate(ctx, kind, target, year=YEAR, lang=lang)
                docs[(kind, lang)] = (target, view)
    finally:
        st.dispose()
    return {"docs": docs, "rows": rows, "data": root / "data"}


# --- sections and values, both languages ----------------------------------------------------

REQUIRED = {
    ("survey-plan", "zh_CN"): [
        "满意度调查计划",
        "计划概况",
        "一、目的与依据",
        "二、调查安排",
        "三、调查维度",
        "四、评分方法与目标",
        "五、结果处理与输出",
        "2025年第1季度客户满意度调查",
        "2025年第3季度客户满意度调查",
        "2025-03",
        "2025-06-20",
        "2025-09",
        "电话回访+在线问卷",
        "按工单量分层随机抽取102家",
        "刘洋",
        "安全性",
        "可靠性",
        "响应性",
        "有形性",
        "友好性",
        "总体满意度",
        "满意率≥85.0%",
        "(来自绩效指标的年度目标)",
        "非常不满意",
        "编制",
        "批准",
        "孙玥",
        "王海燕",
    ],
    ("survey-plan", "en"): [
        "Customer satisfaction survey plan",
        "1. Purpose and basis",
        "2. Survey schedule",
        "3. Dimensions surveyed",
        "4. Scoring and target",
        "Safety",
        "Reliability",
        "Responsiveness",
        "Tangibles",
        "Empathy",
        "Overall",
        "satisfied rate ≥ 85.0%",
        "Prepared by",
        "Approved by",
    ],
    ("survey-results", "zh_CN"): [
        "满意度调查结果",
        "一、2025年第1季度客户满意度调查(2025-Q1)",
        "三、2025年第3季度客户满意度调查(2025-Q3)",
        "各维度得分",
        "总体满意度分布",
        "问卷明细",
        "序号客户受访人安全性可靠性响应性有形性友好性总体满意意见/建议",
        "联系人1000",
        "联系人3103",
        "夜间响应慢，工程师到场超过4小时",
        "无效",
    ],
    ("survey-results", "en"): [
        "Customer satisfaction survey results",
        "1. 2025年第1季度客户满意度调查 (2025-Q1)",
        "Scores by dimension",
        "Questionnaires",
        "No.CustomerRespondentSafetyReliabilityResponsivenessTangiblesEmpathyOverallSatisfied?",
        "联系人2050",
        "invalid",
    ],
    ("survey-report", "zh_CN"): [
        "满意度调查报告",
        "报告概况",
        "一、调查概况",
        "二、各维度得分",
        "三、满意率与目标",
        "四、各季度调查分析",
        "五、不满意问卷及跟进情况",
        "六、结论",
        "七、改进措施",
        "各维度平均分(满分5)",
        "各季度满意率与目标",
        "第1季度分析:" + ANALYSIS,
        FOLLOW_UP,
        "待跟进",
        "已跟进",
        "管理评审",
        "孙玥",
    ],
    ("survey-report", "en"): [
        "Customer satisfaction survey report",
        "1. Surveys held",
        "2. Scores by dimension",
        "3. Satisfied rate against the target",
        "4. Analysis of each survey",
        "5. Dissatisfied questionnaires and follow-up",
        "6. Conclusions",
        "7. Improvement actions",
        "Mean score by dimension (out of 5)",
        "Satisfied rate by quarter and target",
        FOLLOW_UP,
        "management review",
    ],
}


@pytest.mark.parametrize("kind,lang", sorted(REQUIRED))
def test_sections_and_values(year_docs, kind, lang):
    path, view = year_docs["docs"][(kind, lang)]
    text = pdf.text(path)
    common = ["Page1of"] if lang == "en" else ["第1页共"]
    missing = [s for s in REQUIRED[(kind, lang)] + common if pdf.flat(s) not in text]
    assert missing == []
    assert view.number == f"QA-{documents.KINDS[kind].code}-{YEAR}" and view.number in text
    assert view.version == "V1.0" and view.subject == str(YEAR)


def test_results_show_the_figures_computed_by_hand(year_docs):
    text = pdf.text(year_docs["docs"][("survey-results", "zh_CN")][0])
    for q, rows in year_docs["rows"].items():
        e = _expected(rows)
        line = (
            f"有效问卷{e['valid']}份(回收{e['received']}份),满意{e['satisfied']}份,"
            f"满意率{_pct(e['rate'])}"
        )
        assert line in text, (q, line)
        means = "平均分" + "".join(f"{e['dims'][d]:.2f}" for d in DIMS) + f"{e['mean']:.2f}"
        assert means in text, (q, means)


def test_report_rolls_the_year_up_from_the_questionnaires(year_docs):
    """The year's satisfied rate is Σ satisfied ÷ Σ valid, not the mean of the quarters'."""
    every = [r for rows in year_docs["rows"].values() for r in rows]
    year = _expected(every)
    quarters = [_expected(rows) for rows in year_docs["rows"].values()]
    mean_of_rates = sum(e["rate"] for e in quarters) / len(quarters)
    assert _pct(mean_of_rates) != _pct(year["rate"])  # the fixture tells them apart
    zh = pdf.text(year_docs["docs"][("survey-report", "zh_CN")][0])
    assert f"年度满意率{_pct(year['rate'])}·未达成" in zh
    assert f"年度平均分{year['mean']:.2f}/5" in zh
    assert f"有效问卷{year['valid']}份" in zh
    for e in quarters:
        assert _pct(e["rate"]) in zh
    # Lowest dimension of the year in the conclusions.
    worst = min(DIMS, key=lambda d: year["dims"][d])
    names = dict(zip(DIMS, ("安全性", "可靠性", "响应性", "有形性", "友好性"), strict=True))
    assert f"最低的是{names[worst]}({year['dims'][worst]:.2f}分)" in zh
    en = pdf.text(year_docs["docs"][("survey-report", "en")][0])
    assert pdf.flat(f"The satisfied rate of the year is {_pct(year['rate'])}") in en


def test_compiled_data(year_docs, tmp_path):
    ctx, st = _copy_tree(year_docs["data"], tmp_path / "data")
    try:
        plan = compile_survey_plan(ctx, YEAR)
        results = compile_survey_results(ctx, YEAR)
        report = compile_survey_report(ctx, YEAR)
    finally:
        st.dispose()
    assert [s.key for s in plan.surveys] == ["2025-Q1", "2025-Q2", "2025-Q3"]
    assert [s.planned_month for s in plan.surveys] == ["2025-03", "2025-06", "2025-09"]
    assert plan.scale.target == 0.85 and plan.scale.target_from_measures
    people = plan.people
    assert (people.prepared_by, people.reviewed_by, people.approved_by) == (
        "刘洋",
        "王海燕",
        "孙玥",
    )
    assert people.prepared_on == date(2025, 3, 20)
    assert results.people.prepared_on == date(2025, 9, 25) == report.people.approved_on
    assert [len(s.responses) for s in results.surveys] == [RESPONSES] * 3
    every = [r for rows in year_docs["rows"].values() for r in rows]
    e = _expected(every)
    assert (report.total.valid, report.total.satisfied) == (e["valid"], e["satisfied"])
    assert report.total.satisfied_rate == pytest.approx(e["rate"])
    for d in report.total.dimensions:
        assert d.mean == pytest.approx(e["dims"][d.code])
    assert report.total.meets_target is False
    assert report.below_target == ("2025-Q1", "2025-Q2", "2025-Q3")
    assert (
        report.total.dissatisfied
        == e["dissatisfied"]
        == len([d for d in report.dissatisfied if d.response.dissatisfied])
    )
    # The plan shows nothing of the results.
    assert (
        "analysis" not in plan.model_dump_json() and "satisfied_rate" not in plan.model_dump_json()
    )


def _copy_tree(source: Path, into: Path) -> tuple[Context, object]:
    shutil.copytree(source, into)
    st, _report = open_database(into, daily_backup=False)
    return Context(store=st, actor="王海燕", clock=_clock), st


# --- the PDFs as files ----------------------------------------------------------------------


def test_every_font_is_embedded(year_docs):
    for (kind, lang), (path, _view) in year_docs["docs"].items():
        fonts = pdf.fonts(path)
        assert fonts, (kind, lang)
        assert [name for name, f in fonts.items() if not pdf.embedded(f)] == [], (kind, lang)


def test_metadata(year_docs):
    for (kind, lang), (path, view) in year_docs["docs"].items():
        meta = PdfReader(path).metadata
        assert meta.title == view.title, (kind, lang)
        assert meta.author, (kind, lang)
        assert str(YEAR) in (meta.subject or ""), (kind, lang)


def test_results_table_splits_with_its_header_repeated(year_docs):
    path, view = year_docs["docs"][("survey-results", "zh_CN")]
    pages = [pdf.flat(p) for p in pdf.pages(path)]
    assert view.pages == len(pages) >= 3 * 4  # 104 questionnaires a survey: several pages each
    header = pdf.flat("序号客户受访人安全性可靠性响应性有形性友好性总体满意意见/建议")
    with_rows = [p for p in pages if re.search(r"联系人\d{4}", p)]
    assert len(with_rows) >= 9
    assert all(header in p for p in with_rows)
    # Every questionnaire is there, once, in order.
    text = "".join(pages)
    for q in (1, 2, 3):
        found = [int(m) for m in re.findall(rf"联系人{q}(\d{{3}})", text)]
        assert found == list(range(RESPONSES)), q
    en = [pdf.flat(p) for p in pdf.pages(year_docs["docs"][("survey-results", "en")][0])]
    en_header = pdf.flat("No.CustomerRespondentSafetyReliabilityResponsivenessTangibles")
    assert all(en_header in p for p in en if re.search(r"联系人\d{4}", p))


def test_generated_documents_are_recorded(year_docs, tmp_path):
    ctx, st = _copy_tree(year_docs["data"], tmp_path / "data")
    try:
        recorded = {(d.kind, d.lang) for d in documents.documents_of_year(ctx, YEAR)}
        assert {(k, lang) for k in KINDS for lang in ("zh_CN", "en")} <= recorded
        # Same data, same version. A changed comment moves the results on (the report shows
        # only dissatisfied questionnaires' comments, the plan none); a changed score moves the
        # report on too.
        again = documents.generate(ctx, "survey-report", tmp_path / "r.pdf", year=YEAR)
        assert again.version == "V1.0"
        happy = next(r for r in surveys.list_responses(ctx, f"{YEAR}-Q1") if r.overall == 5)
        surveys.update_response(ctx, happy.id, comment="补充:希望增加现场巡检")

        def versions() -> dict[str, str]:
            return {
                kind: documents.generate(ctx, kind, tmp_path / f"{kind}.pdf", year=YEAR).version
                for kind in KINDS
            }

        assert versions() == {
            "survey-plan": "V1.0",
            "survey-results": "V1.1",
            "survey-report": "V1.0",
        }
        assert "补充:希望增加现场巡检" in pdf.text(tmp_path / "survey-results.pdf")
        surveys.update_response(ctx, happy.id, overall=1)
        assert versions() == {
            "survey-plan": "V1.0",
            "survey-results": "V1.2",
            "survey-report": "V1.1",
        }
        assert "补充:希望增加现场巡检" in pdf.text(tmp_path / "survey-report.pdf")
    finally:
        st.dispose()


def test_cli_writes_the_report(year_docs, tmp_path, capsys):
    shutil.copytree(year_docs["data"], tmp_path / "data")
    out = tmp_path / "report.pdf"
    argv = ["--data-dir", str(tmp_path / "data"), "--user", "王海燕", "report", "survey-report"]
    assert main([*argv, "--year", str(YEAR), "--lang", "en", "-o", str(out)]) == 0
    assert "QA-CSA-2025" in capsys.readouterr().out
    assert "Customer satisfaction survey report" in "".join(pdf.pages(out))


# --- a year without surveys -----------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_a_year_without_surveys_is_refused(org_ctx, tmp_path, kind):
    out = tmp_path / "out"
    out.mkdir()
    target = out / "none.pdf"
    with pytest.raises(Invalid) as err:
        documents.generate(org_ctx, kind, target, year=2030)
    message = str(err.value)
    assert "\n" not in message and " / " in message
    assert "2030 年没有满意度调查" in message and "no customer satisfaction surveys for 2030" in (
        message
    )
    assert list(out.iterdir()) == []
    assert documents.documents_of_year(org_ctx, 2030) == []


def test_a_year_planned_but_not_yet_surveyed(org_ctx, tmp_path):
    """Surveys planned, no questionnaire yet: every document still comes out, saying so."""
    surveys.plan_survey(org_ctx, YEAR, 1, sample_size=50, planned_on=date(YEAR, 3, 20))
    for kind in KINDS:
        documents.generate(org_ctx, kind, tmp_path / f"{kind}.pdf", year=YEAR)
    assert "本次调查尚无问卷" in pdf.text(tmp_path / "survey-results.pdf")
    report = pdf.text(tmp_path / "survey-report.pdf")
    assert "尚无问卷,未作分析" in report and "2025年尚无有效问卷" in report
    assert "满意率≥80.0%" in report  # no csat target set: domain.md's default


# --- hostile text ---------------------------------------------------------------------------

SPECIALS = "<b>加粗</b> </para> &amp; <img src=x> <font color=red>"
EMOJI = "😀✅🚀"
AROUND = "表情前的文字" + EMOJI + "表情后的文字保持完整"
PARAGRAPH = "，".join(f"证据{i:04d}" for i in range(1430))  # > 10,000 characters
WORD = "".join(random.Random(6).choices(string.ascii_letters + string.digits, k=3000))
# A comment is at most 2,000 characters: the longest one a questionnaire can carry.
LONG_COMMENT = "，".join(f"意见{i:03d}" for i in range(300))
COMMENT_WORD = WORD[:1900]
FOLLOW_UP_SECTION = {
    "zh_CN": "五、不满意问卷及跟进情况",
    "en": "5. Dissatisfied questionnaires and follow-up",
}


@pytest.fixture
def hostile(org_ctx, clock):
    ctx = org_ctx
    clock.set(2025, 12, 20)  # the survey was conducted before "today"
    key = f"{YEAR}-Q2"
    surveys.plan_survey(
        ctx,
        YEAR,
        2,
        f"恶意文本 {SPECIALS}"[:200],
        method=SPECIALS,
        sample_plan=f"{SPECIALS} {AROUND}\n{PARAGRAPH}\n{WORD}",
        sample_size=3,
        planned_on=date(YEAR, 6, 20),
        owner="刘洋",
    )
    bad = surveys.add_response(
        ctx,
        key,
        customer=f"{SPECIALS} {EMOJI}",
        respondent="<b>受访人</b> &amp; 😀",
        scores={"safety": 2, "responsiveness": 1},
        overall=1,
        comment=f"{SPECIALS} {AROUND}\n{LONG_COMMENT}",
    )
    surveys.add_response(ctx, key, customer="乙", overall=5, comment=COMMENT_WORD)
    surveys.record_follow_up(ctx, bad.id, status="done", note=f"{SPECIALS}\n{PARAGRAPH}\n{WORD}")
    surveys.update_survey(
        ctx,
        key,
        conducted_on=date(YEAR, 6, 25),
        status="done",
        analysis=f"{SPECIALS} {AROUND}\n{PARAGRAPH}\n{WORD}",
    )
    return ctx


def test_hostile_text_renders_verbatim(hostile, tmp_path):
    docs = {}
    for kind in KINDS:
        for lang in ("zh_CN", "en"):
            target = tmp_path / f"{kind}-{lang}.pdf"
            documents.generate(hostile, kind, target, year=YEAR, lang=lang)
            docs[(kind, lang)] = pdf.text(target)
    for (kind, lang), text in docs.items():
        assert pdf.contains(text, SPECIALS), (kind, lang)
        assert pdf.flat("表情后的文字保持完整") in text, (kind, lang)
    for lang in ("zh_CN", "en"):
        plan, results, report = (docs[(k, lang)] for k in KINDS)
        # The plan and the results show the customers surveyed whole (10,000 characters and a
        # 3,000-character word, across pages).
        for text in (plan, results):
            assert pdf.contains(text, PARAGRAPH) and pdf.contains(text, WORD), lang
        # The results: the questionnaire's customer, respondent and longest comments.
        assert pdf.contains(results, "<b>受访人</b> &amp;"), lang
        assert pdf.contains(results, LONG_COMMENT) and pdf.contains(results, COMMENT_WORD), lang
        # The report: the analysis and the follow-up, each whole.
        assert pdf.contains(report, f"{SPECIALS}\n{PARAGRAPH}\n{WORD}"), lang
        follow_ups = report[report.index(pdf.flat(FOLLOW_UP_SECTION[lang])) :]
        assert pdf.contains(follow_ups, f"{SPECIALS}\n{PARAGRAPH}\n{WORD}"), lang
        assert pdf.contains(report, LONG_COMMENT), lang
    assert len(pdf.flat(PARAGRAPH)) >= 10_000 and len(WORD) == 3000
    assert not pdf.contains(docs[("survey-report", "zh_CN")], WORD[:1500] + "X" + WORD[1500:])


# --- the demo year --------------------------------------------------------------------------


def test_demo_year(demo_db, tmp_path):
    """Once the demo year carries its surveys, all three documents come out of it."""
    ctx, st = _copy_tree(demo_db, tmp_path / "data")
    try:
        held = surveys.list_surveys(ctx, YEAR)
        if not held:
            pytest.skip("the demo year has no surveys yet")
        for kind in KINDS:
            for lang in ("zh_CN", "en"):
                target = tmp_path / f"{kind}-{lang}.pdf"
                view = documents.generate(ctx, kind, target, year=YEAR, lang=lang)
                assert view.pages >= 1
        text = pdf.text(tmp_path / "survey-report-zh_CN.pdf")
        for s in held:
            assert pdf.flat(s.title) in text and _pct(s.satisfied_rate) in text
        # The year's rate from the surveys' own counts (Σ satisfied ÷ Σ valid).
        year_rate = sum(s.satisfied for s in held) / sum(s.valid for s in held)
        assert f"年度满意率{_pct(year_rate)}" in text
        assert "孙玥" in text and "七、改进措施" in text
        fonts = pdf.fonts(tmp_path / "survey-results-zh_CN.pdf")
        assert fonts and all(pdf.embedded(f) for f in fonts.values())
    finally:
        st.dispose()
