"""Customer satisfaction surveys: the analysis against hand-computed figures, the csat KPI it
writes, the CSV import (all or nothing, encodings, the same file twice), and the commands."""

from __future__ import annotations

import hashlib
import json
from datetime import date

import pytest

from qa_desktop.cli import main
from qa_desktop.services import surveys
from qa_desktop.services.context import Invalid, NotFound
from qa_desktop.services.organisation import current_org
from qa_desktop.store import kpi_values
from qa_desktop.store.models import Event, ImportBatch, KpiTarget
from qa_desktop.store.queries import measures as mq

HEADER_ZH = "客户,受访人,安全性,可靠性,响应性,有形性,友好性,总体满意度,意见\n"
HEADER_EN = (
    "Customer,Respondent,Safety,Reliability,Responsiveness,Tangibles,Empathy,Overall,Comment\n"
)

# Five questionnaires whose figures are worked out by hand below.
HAND = [
    dict(customer="甲", scores=dict(safety=5, reliability=4, responsiveness=4, tangibles=5, empathy=5), overall=5),
    dict(customer="乙", scores=dict(safety=4, reliability=4, responsiveness=3, tangibles=4, empathy=4), overall=4),
    dict(customer="丙", scores=dict(safety=3, reliability=2, responsiveness=1, empathy=3), overall=2, comment="夜间响应慢"),
    dict(customer="丁", scores=dict(safety=4, reliability=3, responsiveness=3, tangibles=4, empathy=4), overall=3),
    # No overall score: kept, but not a valid questionnaire, so in none of the figures.
    dict(customer="戊", scores=dict(safety=1), comment="只写了意见"),
]  # fmt: skip


def _csat(ctx, period):
    with ctx.read() as s:
        row = mq.value(s, current_org(s).id, "csat", period)
        if row is None:
            return None
        return row.numerator, row.denominator, row.source, dict(row.details)


def _planned(ctx, quarter=2, **kw):
    return surveys.plan_survey(ctx, 2025, quarter, "", sample_size=10, **kw)


def _hand(ctx, key="2025-Q2"):
    return [surveys.add_response(ctx, key, **r) for r in HAND]


def _batches(ctx) -> int:
    with ctx.read() as s:
        return s.query(ImportBatch).count()


def _batch(ctx, path):
    """The import record of a file, found by its content's hash."""
    with ctx.read() as s:
        sha = hashlib.sha256(path.read_bytes()).hexdigest()
        b = mq.batch_by_hash(s, current_org(s).id, "survey", sha)
        return None if b is None else (str(b.id), b.file_name, b.items, dict(b.summary))


def _csv(tmp_path, text: str, name="responses.csv", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


# --- analysis ---------------------------------------------------------------------------------


def test_analysis_matches_the_figures_worked_out_by_hand(org_ctx):
    _planned(org_ctx)
    _hand(org_ctx)
    a = surveys.analyse(org_ctx, "2025-Q2")
    assert (a.received, a.valid) == (5, 4)
    # Σ overall = 5 + 4 + 2 + 3 = 14 over 4 valid questionnaires.
    assert a.score_total == 14
    assert a.mean_score == pytest.approx(3.5)
    assert a.score_rate == pytest.approx(14 / 20)  # Σ ÷ (n × 5)
    assert (a.satisfied, a.satisfied_rate) == (2, pytest.approx(0.5))  # the 5 and the 4
    assert a.distribution == (0, 1, 1, 1, 1)
    dims = {d.code: d for d in a.dimensions}
    assert dims["safety"].mean == pytest.approx((5 + 4 + 3 + 4) / 4)  # 戊's 1 is not valid
    assert dims["reliability"].mean == pytest.approx((4 + 4 + 2 + 3) / 4)
    assert dims["responsiveness"].mean == pytest.approx((4 + 3 + 1 + 3) / 4)
    assert (dims["tangibles"].answered, dims["tangibles"].mean) == (3, pytest.approx(13 / 3))
    assert dims["empathy"].score_rate == pytest.approx(4.0 / 5)
    assert [(d.zh, d.en) for d in a.dimensions] == [
        ("安全性", "Safety"),
        ("可靠性", "Reliability"),
        ("响应性", "Responsiveness"),
        ("有形性", "Tangibles"),
        ("友好性", "Empathy"),
    ]
    assert [r.customer for r in a.dissatisfied] == ["丙"]
    assert a.dissatisfied[0].follow_up_status == "open" and a.open_follow_ups == 1
    assert a.sample_coverage == pytest.approx(5 / 10)
    assert a.target == surveys.CsatTarget(0.80, False) and a.meets_target is False
    assert a.kpi_period == "2025-06"
    assert surveys.get_survey(org_ctx, "2025-Q2").status == "in_progress"


def test_an_empty_survey_has_no_rates_rather_than_zeros(org_ctx):
    _planned(org_ctx)
    a = surveys.analyse(org_ctx, "2025-Q2")
    assert (a.valid, a.mean_score, a.score_rate, a.satisfied_rate) == (0, None, None, None)
    assert a.meets_target is None and a.distribution == (0, 0, 0, 0, 0)
    assert all(d.mean is None for d in a.dimensions)


def test_the_target_comes_from_measures_when_the_year_has_one(org_ctx):
    _planned(org_ctx)
    _hand(org_ctx)
    with org_ctx.write() as s:
        s.add(KpiTarget(organisation_id=current_org(s).id, year=2025, kpi="csat", target=0.5))
    a = surveys.analyse(org_ctx, "2025-Q2")
    assert a.target == surveys.CsatTarget(0.5, True)
    assert a.meets_target is True  # 0.5 reaches 0.5 exactly


def test_year_results_give_each_quarter_for_the_management_review(org_ctx):
    _planned(org_ctx, 2)
    _planned(org_ctx, 1)
    _hand(org_ctx)
    assert surveys.year_results(org_ctx, 2025) == (
        surveys.SurveyYear(1, "2025年第1季度客户满意度调查", "planned", 0, None, None, None, 0, 0),
        surveys.SurveyYear(2, "2025年第2季度客户满意度调查", "in_progress", 5, 3.5, 0.7, 0.5, 1, 1),
    )
    assert surveys.year_results(org_ctx, 2024) == ()


# --- the csat KPI -----------------------------------------------------------------------------


def test_csat_is_written_for_the_quarter_end_and_follows_every_change(org_ctx):
    _planned(org_ctx)
    made = _hand(org_ctx)
    n, d, source, details = _csat(org_ctx, "2025-06")
    assert (n, d, source) == (2, 4, "survey")
    assert details["mean_score"] == pytest.approx(3.5)
    assert details["score_rate"] == pytest.approx(0.7)
    assert details["surveys"] == ["2025-Q2"] and details["responses"] == 5

    dissatisfied = made[2]
    surveys.update_response(org_ctx, dissatisfied.id, overall=4)
    assert _csat(org_ctx, "2025-06")[:2] == (3, 4)
    surveys.add_response(org_ctx, "2025-Q2", overall=1)
    assert _csat(org_ctx, "2025-06")[:2] == (3, 5)
    surveys.delete_response(org_ctx, made[0].id)
    assert _csat(org_ctx, "2025-06")[:2] == (2, 4)

    # Conducted on a date: the value moves to that month and the old month's is dropped.
    surveys.update_survey(org_ctx, "2025-Q2", conducted_on=date(2025, 5, 20))
    assert _csat(org_ctx, "2025-05")[:2] == (2, 4)
    assert _csat(org_ctx, "2025-06") is None


def test_surveys_of_one_month_add_up_and_a_hand_entered_value_survives_an_empty_survey(org_ctx):
    surveys.plan_survey(org_ctx, 2025, 1)
    surveys.plan_survey(org_ctx, 2025, 2)
    surveys.update_survey(org_ctx, "2025-Q1", conducted_on=date(2025, 4, 2))
    surveys.update_survey(org_ctx, "2025-Q2", conducted_on=date(2025, 4, 28))
    for overall in (5, 2):
        surveys.add_response(org_ctx, "2025-Q1", overall=overall)
    for overall in (4, 4, 3):
        surveys.add_response(org_ctx, "2025-Q2", overall=overall)
    n, d, _source, details = _csat(org_ctx, "2025-04")
    assert (n, d) == (3, 5)  # (1 + 2) ÷ (2 + 3), not the mean of 0.5 and 0.667
    assert details["surveys"] == ["2025-Q1", "2025-Q2"]

    with org_ctx.write() as s:
        kpi_values.upsert(s, current_org(s).id, "csat", "2025-09", 7, 10, source="manual")
    surveys.plan_survey(org_ctx, 2025, 3)
    r = surveys.add_response(org_ctx, "2025-Q3", customer="无总体分")
    assert _csat(org_ctx, "2025-09")[:3] == (7, 10, "manual")
    surveys.update_response(org_ctx, r.id, overall=5)
    assert _csat(org_ctx, "2025-09")[:3] == (1, 1, "survey")


def test_saving_the_same_figures_again_logs_no_kpi_change(org_ctx):
    _planned(org_ctx)
    _hand(org_ctx)
    with org_ctx.read() as s:
        before = s.query(Event).filter(Event.entity == "kpi_value").count()
    assert before == 5  # one per response recorded
    surveys.update_survey(org_ctx, "2025-Q2", method="电话回访")
    with org_ctx.read() as s:
        assert s.query(Event).filter(Event.entity == "kpi_value").count() == before


# --- the plan, responses and follow-up ----------------------------------------------------


def test_one_survey_per_quarter_and_the_plan_is_checked(org_ctx):
    v = surveys.plan_survey(
        org_ctx,
        2025,
        1,
        "一季度满意度调查",
        method="电话回访",
        sample_plan="重点客户各2人",
        sample_size=30,
        planned_on=date(2025, 3, 15),
        owner="刘洋",
    )
    assert (v.key, v.owner, v.status, v.sample_size) == ("2025-Q1", "刘洋", "planned", 30)
    with pytest.raises(Invalid, match="already has a survey"):
        surveys.plan_survey(org_ctx, 2025, 1)
    with pytest.raises(Invalid, match="quarter"):
        surveys.plan_survey(org_ctx, 2025, 5)
    with pytest.raises(Invalid, match="sample size"):
        surveys.plan_survey(org_ctx, 2025, 2, sample_size=0)
    with pytest.raises(NotFound, match="no such person"):
        surveys.plan_survey(org_ctx, 2025, 2, owner="无此人")
    with pytest.raises(Invalid, match="already has a survey"):
        surveys.plan_survey(org_ctx, 2025, 2)
        surveys.update_survey(org_ctx, "2025-Q2", quarter=1)
    with pytest.raises(Invalid, match="no valid responses"):
        surveys.update_survey(org_ctx, "2025-Q1", status="done")
    with pytest.raises(Invalid, match="future"):
        surveys.update_survey(org_ctx, "2025-Q1", conducted_on=date(2025, 7, 1))  # today 06-16
    with pytest.raises(NotFound):
        surveys.get_survey(org_ctx, "2024-Q1")
    assert surveys.parse_key("2025年第3季度") == (2025, 3)
    assert surveys.parse_key("2025q4") == (2025, 4) and surveys.parse_key("2025-Q5") is None


def test_a_survey_with_responses_cannot_be_deleted_and_done_needs_valid_responses(org_ctx):
    _planned(org_ctx)
    r = surveys.add_response(org_ctx, "2025-Q2", overall=None, comment="x")
    with pytest.raises(Invalid, match="delete them first"):
        surveys.delete_survey(org_ctx, "2025-Q2")
    with pytest.raises(Invalid, match="no valid responses"):
        surveys.update_survey(org_ctx, "2025-Q2", status="done")
    surveys.update_response(org_ctx, r.id, overall=4)
    assert surveys.update_survey(org_ctx, "2025-Q2", status="done").status == "done"
    surveys.plan_survey(org_ctx, 2025, 3)
    surveys.delete_survey(org_ctx, "2025-Q3")
    assert [v.key for v in surveys.list_surveys(org_ctx, 2025)] == ["2025-Q2"]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (dict(overall=6), "Overall: a score must be a whole number"),
        (dict(overall=4.5), "Overall"),
        (dict(overall=4, scores={"safety": 0}), "Safety"),
        (dict(overall=4, scores={"speed": 3}), "unknown dimension"),
        (dict(overall=4, customer="x" * 201), "at most 200"),
    ],
)
def test_a_response_is_refused_with_the_field_named(org_ctx, kwargs, message):
    _planned(org_ctx)
    with pytest.raises(Invalid, match=message):
        surveys.add_response(org_ctx, "2025-Q2", **kwargs)
    assert surveys.list_responses(org_ctx, "2025-Q2") == []


def test_follow_up_of_a_dissatisfied_response(org_ctx):
    _planned(org_ctx)
    r = _hand(org_ctx)[2]
    with pytest.raises(Invalid, match="say what the follow-up was"):
        surveys.record_follow_up(org_ctx, r.id, status="done")
    with pytest.raises(Invalid, match="must be followed up"):
        surveys.record_follow_up(org_ctx, r.id, status="none")
    done = surveys.record_follow_up(org_ctx, r.id, status="done", note="已回访,调整夜班值守")
    assert (done.follow_up_status, done.follow_up, done.row) == ("done", "已回访,调整夜班值守", 3)
    assert surveys.analyse(org_ctx, "2025-Q2").open_follow_ups == 0
    assert _csat(org_ctx, "2025-06")[3]["open_follow_ups"] == 0
    # No longer dissatisfied and never followed up: the open follow-up goes away by itself.
    other = surveys.add_response(org_ctx, "2025-Q2", overall=1)
    assert other.follow_up_status == "open"
    assert surveys.update_response(org_ctx, other.id, overall=4).follow_up_status == "none"


# --- CSV import -------------------------------------------------------------------------------

GOOD = HEADER_EN + (
    "甲公司,张三,5,4,4,5,5,5,很好\n"
    '乙公司,李四,3,2,2,3,3,2,"响应慢,夜间无人"\n'
    "丙公司,王五,4,4,,4,4,,没填总体\n"
    "丁公司,赵六,满意,4,4,4,4,非常满意,\n"
)


def test_a_good_file_is_imported_in_its_order_with_its_batch(org_ctx, tmp_path):
    _planned(org_ctx)
    path = _csv(tmp_path, GOOD)
    report = surveys.import_responses(org_ctx, "2025-Q2", path)
    assert report.ok and (report.rows_read, report.imported, report.valid) == (4, 4, 3)
    rows = surveys.list_responses(org_ctx, "2025-Q2")
    assert [r.customer for r in rows] == ["甲公司", "乙公司", "丙公司", "丁公司"]
    assert rows[1].comment == "响应慢,夜间无人" and rows[1].follow_up_status == "open"
    assert rows[2].overall is None and rows[2].valid is False  # kept, not valid
    assert rows[3].scores["safety"] == 4 and rows[3].overall == 5  # Likert words
    assert all(r.imported for r in rows)
    batch_id, name, items, summary = _batch(org_ctx, path)
    assert batch_id == report.batch_id
    assert (name, items, summary["survey"]) == ("responses.csv", 4, "2025-Q2")
    assert _csat(org_ctx, "2025-06")[:2] == (2, 3)


def test_bad_rows_are_all_reported_and_nothing_is_imported(org_ctx, tmp_path):
    _planned(org_ctx)
    text = HEADER_ZH + (
        "甲公司,张三,5,4,4,5,5,5,\n"  # row 2: good
        "乙公司,李四,6,4,4,4,4,4,\n"  # row 3: 6
        "丙公司,王五,4,4,4,4,4,good,\n"  # row 4: text
        "丁公司,赵六,4,4,4,4,4,3.5,\n"  # row 5: not whole
        "戊公司,钱七,4,4,4,4,4,4,好,多出一格\n"  # row 6: a cell without a header
    )
    report = surveys.import_responses(org_ctx, "2025-Q2", _csv(tmp_path, text))
    assert not report.ok and report.imported == 0
    assert (report.rows_read, report.rows_ok) == (5, 1)
    assert [(e.row, e.column, e.value) for e in report.errors] == [
        (3, "安全性", "6"),
        (4, "总体满意度", "good"),
        (5, "总体满意度", "3.5"),
        (6, "第10列 / column 10", "多出一格"),
    ]
    assert all(" / " in e.message for e in report.errors)  # "中文 / English"
    assert "1 to 5" in report.errors[0].message
    assert surveys.list_responses(org_ctx, "2025-Q2") == []
    assert _batches(org_ctx) == 0 and _csat(org_ctx, "2025-06") is None


@pytest.mark.parametrize("encoding", ["gb18030", "utf-8-sig", "utf-16"])
def test_chinese_excel_encodings_are_read(org_ctx, tmp_path, encoding):
    _planned(org_ctx)
    text = HEADER_ZH + "北京银联商务,王主任,5,5,4,5,5,5,服务及时\n"
    report = surveys.import_responses(org_ctx, "2025-Q2", _csat_file(tmp_path, text, encoding))
    assert report.ok and report.imported == 1
    (r,) = surveys.list_responses(org_ctx, "2025-Q2")
    assert (r.customer, r.respondent, r.comment) == ("北京银联商务", "王主任", "服务及时")


def _csat_file(tmp_path, text, encoding):
    return _csv(tmp_path, text, name=f"resp-{encoding}.csv", encoding=encoding)


def test_the_same_file_is_never_imported_twice(org_ctx, tmp_path):
    _planned(org_ctx, 2)
    _planned(org_ctx, 3)
    path = _csv(tmp_path, GOOD)
    surveys.import_responses(org_ctx, "2025-Q2", path)
    copy = _csv(tmp_path, GOOD, name="renamed.csv")
    for ref, p in (("2025-Q2", path), ("2025-Q3", copy)):
        with pytest.raises(Invalid, match=r"already imported .* into 2025-Q2"):
            surveys.import_responses(org_ctx, ref, p)
    assert len(surveys.list_responses(org_ctx, "2025-Q2")) == 4
    assert surveys.list_responses(org_ctx, "2025-Q3") == []
    # Taken back (imported into the wrong quarter, say), the file can come in again.
    assert surveys.remove_import(org_ctx, _batch(org_ctx, path)[0]) == 4
    assert surveys.get_survey(org_ctx, "2025-Q2").status == "planned"
    assert _csat(org_ctx, "2025-06") is None
    assert surveys.import_responses(org_ctx, "2025-Q3", path).imported == 4


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the file is empty"),
        (b"\r\n \r\n", "the file is empty"),
        (HEADER_ZH.encode(), "no data rows"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "not a CSV text file"),
        (b"\x01\x02\x03binary\x04\x05garbage\x06", "not a CSV text file"),
        (b"PK\x03\x04\x14\x00\x06\x00", "Excel workbook"),
        ("客户,评分\n甲,5\n".encode(), "unknown columns: 评分"),
        ("客户,安全性\n甲,5\n".encode(), "missing required columns: 总体满意度 Overall"),
        ("客户,总体满意度,总体\n甲,5,5\n".encode(), "columns given twice"),
    ],
)
def test_unusable_files_are_refused_with_a_clear_message(org_ctx, tmp_path, content, message):
    _planned(org_ctx)
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(Invalid, match=message) as info:
        surveys.import_responses(org_ctx, "2025-Q2", path)
    assert " / " in str(info.value)
    assert surveys.list_responses(org_ctx, "2025-Q2") == [] and _batches(org_ctx) == 0


def test_a_huge_file_and_a_missing_file_are_refused(org_ctx, tmp_path):
    _planned(org_ctx)
    big = tmp_path / "big.csv"
    big.write_bytes(HEADER_ZH.encode() + b"a,b,5,5,5,5,5,5,x\n" * 400_000)
    with pytest.raises(Invalid, match="too large"):
        surveys.import_responses(org_ctx, "2025-Q2", big)
    with pytest.raises(Invalid, match="no such file"):
        surveys.import_responses(org_ctx, "2025-Q2", tmp_path / "nowhere.csv")
    with pytest.raises(NotFound, match="no such survey"):
        surveys.import_responses(org_ctx, "2025-Q4", big)


def test_a_dry_run_and_a_cancelled_import_write_nothing(org_ctx, tmp_path):
    _planned(org_ctx)
    path = _csv(tmp_path, GOOD)
    report = surveys.import_responses(org_ctx, "2025-Q2", path, dry_run=True)
    assert report.ok and report.dry_run and (report.rows_ok, report.imported) == (4, 0)

    class Stop(Exception):
        pass

    def progress(done, total, _text):
        if done == 2:  # the step before the write
            raise Stop

    with pytest.raises(Stop):
        surveys.import_responses(org_ctx, "2025-Q2", path, progress=progress)
    assert surveys.list_responses(org_ctx, "2025-Q2") == [] and _batches(org_ctx) == 0
    assert surveys.import_responses(org_ctx, "2025-Q2", path).imported == 4  # not "already"


def test_headers_with_notes_and_semicolons_are_understood(org_ctx, tmp_path):
    _planned(org_ctx)
    text = "客户名称;安全性(1-5分);总体满意度(1-5);意见建议\n甲;5;4;好\n"
    report = surveys.import_responses(org_ctx, "2025-Q2", _csv(tmp_path, text))
    assert report.ok
    (r,) = surveys.list_responses(org_ctx, "2025-Q2")
    assert (r.customer, r.scores, r.overall, r.comment) == ("甲", {"safety": 5}, 4, "好")


# --- the commands -----------------------------------------------------------------------------


def run(capsys, store, *argv):
    try:
        code = main(["--data-dir", str(store.data_dir), "--user", "王海燕", *map(str, argv)])
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def test_survey_commands_from_plan_to_follow_up(org_ctx, store, capsys, tmp_path):
    today = date.today()  # the command line runs on the real clock
    key = f"{today.year}-Q{(today.month - 1) // 3 + 1}"
    path = _csv(tmp_path, GOOD)
    # No survey for this quarter yet: refused, naming what there is.
    surveys.plan_survey(org_ctx, 2025, 1)
    code, _out, err = run(capsys, store, "survey", "import", path)
    assert code == 1 and "2025-Q1" in err and len(err.strip().splitlines()) == 1

    code, out, err = run(
        capsys, store, "survey", "plan", "--year", today.year, "--quarter",
        (today.month - 1) // 3 + 1, "--title", "本季度满意度调查", "--method", "电话回访",
        "--sample-size", 20, "--owner", "刘洋",
    )  # fmt: skip
    assert code == 0, err
    assert key in out and "本季度满意度调查" in out

    code, out, err = run(capsys, store, "survey", "import", path, "--dry-run")
    assert code == 0 and "dry run" in out and surveys.list_responses(org_ctx, key) == []
    code, out, err = run(capsys, store, "survey", "import", path)
    assert code == 0, err
    assert f"imported 4 responses into {key}, 3 valid" in out
    code, _out, err = run(capsys, store, "survey", "import", path)
    assert code == 1 and "already imported" in err

    code, out, _err = run(capsys, store, "survey", "list", "--json")
    listed = {v["key"]: v for v in json.loads(out)}
    assert listed[key]["responses"] == 4 and listed[key]["satisfied_rate"] == pytest.approx(2 / 3)
    assert listed["2025-Q1"]["responses"] == 0

    code, out, _err = run(capsys, store, "survey", "show", key, "--json")
    shown = json.loads(out)
    assert shown["valid"] == 3 and shown["mean_score"] == pytest.approx(4)
    assert shown["distribution"] == [0, 1, 0, 0, 2]
    assert [r["row"] for r in shown["dissatisfied"]] == [2]

    code, out, _err = run(capsys, store, "survey", "show", key)
    assert code == 0 and "响应性" in out and "66.7%" in out and "乙公司" in out

    code, _out, err = run(capsys, store, "survey", "follow-up", key, 2, "--status", "done")
    assert code == 1 and "say what the follow-up was" in err
    code, out, err = run(
        capsys, store, "survey", "follow-up", key, 2, "--status", "done", "--note", "已回访"
    )
    assert code == 0, err
    row = surveys.list_responses(org_ctx, key)[1]
    assert (row.follow_up_status, row.follow_up) == ("done", "已回访")
    code, _out, err = run(capsys, store, "survey", "follow-up", key, 9, "--note", "x")
    assert code == 1 and "no response 9" in err

    code, out, err = run(capsys, store, "survey", "respond", key, "--overall", 4, "--safety", 5)
    assert code == 0 and "recorded response 5" in out
    code, _out, err = run(capsys, store, "survey", "respond", key, "--overall", 7)
    assert code == 2 and "1–5" in err


def test_survey_import_reports_bad_rows_and_exits_1(org_ctx, store, capsys, tmp_path):
    surveys.plan_survey(org_ctx, 2025, 2)
    path = _csv(tmp_path, HEADER_ZH + "甲,张,5,5,5,5,5,9,\n")
    code, _out, err = run(capsys, store, "survey", "import", path, "--survey", "2025-Q2")
    assert code == 1
    assert "总体满意度" in err and "nothing was imported" in err
    assert surveys.list_responses(org_ctx, "2025-Q2") == []
    code, _out, err = run(capsys, store, "survey", "show", "2025-Q9")
    assert code == 2 and "YYYY-Qn" in err
    code, _out, err = run(capsys, store, "survey", "update", "2025-Q2", "--status", "done")
    assert code == 1 and "no valid responses" in err
