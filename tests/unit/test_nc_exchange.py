"""Nonconformities in spreadsheets: the register exported to .xlsx/.csv, and sheets of new NCs
imported all or nothing (with the template people fill in)."""

from __future__ import annotations

import csv
import io
import shutil
import tempfile
import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from pydantic import ValidationError

from qa_desktop.cli import main
from qa_desktop.schemas.nc_rows import IMPORT_COLUMNS, SAMPLE_ROW, NcImportRow
from qa_desktop.services import nc_exchange as x
from qa_desktop.services import nonconformities as ncs
from qa_desktop.services.context import Context, Invalid, NotFound
from qa_desktop.store.database import open_database

ZH_HEADERS = [c.zh for c in x.EXPORT_COLUMNS]
EN_HEADERS = [c.en for c in x.EXPORT_COLUMNS]
COL = {c.key: i for i, c in enumerate(x.EXPORT_COLUMNS)}
ZH_GRADES = {"严重", "一般", "观察"}
NC_001_CLAUSE = "ISO/IEC 20000-1:2018 8.6.1 c);ISO/IEC 20000-1:2018 8.3.3"


@pytest.fixture
def demo_copy(demo_db, tmp_path, clock):
    """A writable copy of the demo year, the clock on 2025-11-20, acting as 王海燕."""
    folder = tmp_path / "demo"
    shutil.copytree(demo_db, folder)
    st, _report = open_database(folder, daily_backup=False)
    clock.set(2025, 11, 20)
    yield Context(store=st, actor="王海燕", clock=clock)
    st.dispose()


@pytest.fixture
def demo_read(demo_ctx, clock):
    """The shared demo year, read only, on 2025-11-20 (several NCs are overdue then)."""
    clock.set(2025, 11, 20)
    return demo_ctx


def nc_count(ctx) -> int:
    return ncs.list_ncs(ctx, limit=1).total


def event_count(ctx) -> int:
    with ctx.store.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT count(*) FROM event_log").scalar_one()


def sheet_rows(path: Path, sheet: int | str = 0) -> list[tuple]:
    wb = load_workbook(path)
    ws = wb.worksheets[sheet] if isinstance(sheet, int) else wb[sheet]
    return [tuple(r) for r in ws.iter_rows(values_only=True)]


# --- export -----------------------------------------------------------------------------------


def test_export_demo_year_to_xlsx(demo_read, tmp_path):
    path = tmp_path / "register.xlsx"
    n = x.export_ncs(demo_read, path)
    total = ncs.list_ncs(demo_read, limit=1).total
    assert n == total == 16

    wb = load_workbook(path)
    assert wb.sheetnames == ["不符合项", "说明"]
    ws = wb.worksheets[0]
    assert [c.value for c in ws[1]] == ZH_HEADERS
    assert all(c.font.bold for c in ws[1])
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:Z{total + 1}"
    assert ws.max_row == total + 1

    rows = list(ws.iter_rows(min_row=2))
    assert [r[COL["number"]].value for r in rows] == sorted(r[0].value for r in rows)
    for r in rows:
        found = r[COL["found_on"]]
        assert isinstance(found.value, datetime) and found.is_date
        assert "yy" in found.number_format
        due = r[COL["due_date"]]
        assert due.value is None or (isinstance(due.value, datetime) and due.is_date)
        assert r[COL["grade"]].value in ZH_GRADES
        assert r[COL["overdue"]].value in {"是", "否"}
        assert r[COL["facts"]].alignment.wrap_text

    by_number = {r[0].value: [c.value for c in r] for r in rows}
    first = by_number["NC-2025-001"]
    assert first[COL["status"]] == "已关闭"
    assert first[COL["process"]] == "SD 服务台事件管理"
    assert first[COL["found_on"]] == datetime(2025, 6, 16)
    assert first[COL["closed_on"]] is not None and first[COL["verification_result"]] == "有效"
    assert first[COL["actions"]].startswith("1. ")
    assert "(刘洋, " in first[COL["actions"]] and "已完成)" in first[COL["actions"]]
    assert first[COL["why_steps"]].startswith("1. ")
    assert by_number["NC-2025-015"][COL["repeat_of"]] == "NC-2025-001"
    assert by_number["NC-2025-015"][COL["parent"]] == "NC-2025-001"
    assert by_number["NC-2025-015"][COL["reopen_count"]] >= 1
    overdue = {r.number for r in ncs.list_ncs(demo_read, limit=100, overdue=True).rows}
    assert {k for k, v in by_number.items() if v[COL["overdue"]] == "是"} == overdue

    notes = dict(sheet_rows(path, "说明"))
    assert notes["行数"] == "16"
    assert notes["筛选条件"] == "全部(无筛选)"
    assert notes["导出时间"].startswith("2025-11-20")


@pytest.mark.parametrize(
    ("filters", "note"),
    [
        ({"overdue": True}, ("逾期", "是")),
        ({"grade": "major"}, ("等级", "严重")),
        ({"process": ["SP"]}, ("过程", "SP 备件库出入库管理")),
        ({"department_ref": "运维管理部", "open_only": True}, ("受审部门", "运维管理部")),
    ],
)
def test_export_follows_the_register_filters(demo_read, tmp_path, filters, note):
    path = tmp_path / "filtered.xlsx"
    n = x.export_ncs(demo_read, path, **filters)
    page = ncs.list_ncs(demo_read, limit=1000, **filters)
    assert 0 < n == page.total < 16
    rows = sheet_rows(path)[1:]
    assert sorted(r[0] for r in rows) == sorted(r.number for r in page.rows)
    notes = sheet_rows(path, "说明")
    assert note in notes


def test_export_in_english(demo_read, tmp_path):
    path = tmp_path / "register-en.xlsx"
    x.export_ncs(demo_read, path, lang="en", grade=["major", "minor"])
    wb = load_workbook(path)
    assert wb.sheetnames == ["Nonconformities", "Notes"]
    rows = sheet_rows(path)
    assert list(rows[0]) == EN_HEADERS
    assert {r[COL["grade"]] for r in rows[1:]} == {"Major", "Minor"}
    assert {r[COL["overdue"]] for r in rows[1:]} <= {"Yes", "No"}
    assert "Closed" in {r[COL["status"]] for r in rows[1:]}
    notes = dict(sheet_rows(path, "Notes"))
    assert notes["Grade"] == "Major, Minor"


def test_export_csv_has_a_bom_and_the_same_rows(demo_read, tmp_path):
    xlsx, csv_path = tmp_path / "r.xlsx", tmp_path / "r.csv"
    assert x.export_ncs(demo_read, xlsx) == x.export_ncs(demo_read, csv_path) == 16
    raw = csv_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert rows[0] == ZH_HEADERS
    assert [r[0] for r in rows[1:]] == [r[0] for r in sheet_rows(xlsx)[1:]]
    first = next(r for r in rows if r[0] == "NC-2025-001")
    assert first[COL["found_on"]] == "2025-06-16"
    assert first[COL["grade"]] == "一般"
    assert "\n" in first[COL["facts"]] or len(first[COL["facts"]]) > 20


def test_export_format_from_argument_and_refusals(demo_read, tmp_path):
    assert x.export_ncs(demo_read, tmp_path / "register.dat", fmt="csv", grade="major") >= 1
    assert (tmp_path / "register.dat").read_bytes().startswith(b"\xef\xbb\xbf")
    with pytest.raises(Invalid, match=r"\.xlsx"):
        x.export_ncs(demo_read, tmp_path / "register.pdf")
    with pytest.raises(Invalid, match="unknown filter"):
        x.export_ncs(demo_read, tmp_path / "r.xlsx", colour="red")
    with pytest.raises(NotFound, match="department"):
        x.export_ncs(demo_read, tmp_path / "r.xlsx", department_ref="没有这个部门")
    with pytest.raises(Invalid, match="no such folder"):
        x.export_ncs(demo_read, tmp_path / "missing" / "r.xlsx")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["register.dat"]


@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
def test_a_failed_export_leaves_the_old_file_and_no_half_file(
    demo_read, tmp_path, monkeypatch, suffix
):
    target = tmp_path / f"register.{suffix}"
    target.write_bytes(b"yesterday's export")
    real = x.register_rows

    def rows_then_disk_full(*args):
        yield from list(real(*args))[:3]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(x, "register_rows", rows_then_disk_full)
    scratch = set(Path(tempfile.gettempdir()).glob("openpyxl.*"))
    with pytest.raises(Invalid, match="cannot write register") as info:
        x.export_ncs(demo_read, target)
    assert "No space left" in str(info.value) and "\n" not in str(info.value)
    assert target.read_bytes() == b"yesterday's export"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]
    assert set(Path(tempfile.gettempdir()).glob("openpyxl.*")) <= scratch


def test_export_locked_file_is_a_clear_refusal(demo_read, tmp_path, monkeypatch):
    def locked(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(x.os, "replace", locked)
    with pytest.raises(Invalid, match="open in Excel or WPS"):
        x.export_ncs(demo_read, tmp_path / "r.xlsx")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.slow
def test_export_ten_thousand_ncs(org_ctx, tmp_path):
    processes, departments = ("SD", "SP", "KM"), ("服务台", "备件库", "研发部")
    drafts = [
        NcImportRow.model_validate(
            {
                "process": processes[i % 3],
                "department": departments[i % 3],
                "found_on": date(2025, 1, 1) + timedelta(days=i % 160),
                "facts": f"第{i}号抽样:工单未记录根本原因。",
                "clause": f"8.6.{i}",
                "grade": ("一般", "严重", "观察")[i % 3],
                "status": ("草稿", "已开具")[i % 2],
            }
        )
        for i in range(10_000)
    ]
    created = x.raise_ncs_batch(org_ctx, drafts)
    assert (created[0], created[-1], len(set(created))) == ("NC-2025-001", "NC-2025-10000", 10_000)
    path = tmp_path / "big.xlsx"
    assert x.export_ncs(org_ctx, path) == 10_000
    wb = load_workbook(path, read_only=True)
    ws = wb.worksheets[0]
    ws.reset_dimensions()
    count = sum(1 for _ in ws.iter_rows(min_row=2, values_only=True))
    wb.close()
    assert count == 10_000
    assert x.export_ncs(org_ctx, tmp_path / "big.csv", grade="major") == 3333


# --- the template -----------------------------------------------------------------------------


def test_template_columns_drop_downs_and_notes(tmp_path):
    path = x.write_import_template(tmp_path / "template.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames == ["不符合项", "说明"]
    ws = wb.worksheets[0]
    headers = [c.value for c in ws[1]]
    assert headers[:6] == ["过程*", "受审部门*", "发现日期*", "不符合事实*", "标准条款*", "等级*"]
    assert "状态" in headers and "审核员" in headers
    assert isinstance(ws["C2"].value, datetime)
    lists = {str(dv.sqref)[0]: dv.formula1 for dv in ws.data_validations.dataValidation}
    letter = {h.rstrip("*"): chr(ord("A") + i) for i, h in enumerate(headers)}
    assert lists[letter["等级"]] == '"严重,一般,观察"'
    assert lists[letter["状态"]] == '"草稿,已开具"'
    assert "SD 服务台事件管理" in lists[letter["过程"]]
    notes = sheet_rows(path, "说明")
    assert notes[0] == ("列", "必填", "填写说明")
    assert {r[0] for r in notes[1 : len(IMPORT_COLUMNS) + 1]} == {c.zh for c in IMPORT_COLUMNS}

    en = sheet_rows(x.write_import_template(tmp_path / "template-en.xlsx", lang="en"))
    assert en[0][:2] == ("Process*", "Department*") and en[1][5] == "Minor"
    with pytest.raises(Invalid):
        x.write_import_template(tmp_path / "template.csv")


def test_template_round_trip(demo_copy, tmp_path):
    path = x.write_import_template(tmp_path / "template.xlsx")
    report = x.import_ncs(demo_copy, path, dry_run=True)
    assert [(e.row, e.column) for e in report.errors] == [(2, "不符合事实")]
    assert "sample" in report.errors[0].message

    wb = load_workbook(path)
    ws = wb.worksheets[0]
    facts_col = [c.value for c in ws[1]].index("不符合事实*") + 1
    ws.cell(2, facts_col, "抽查10张变更单,2张无回退方案。")
    wb.save(path)
    report = x.import_ncs(demo_copy, path, dry_run=True)
    assert report.ok and (report.rows_read, report.rows_ok, report.created) == (1, 1, ())
    assert nc_count(demo_copy) == 16


# --- import -----------------------------------------------------------------------------------

HEADER = [
    "过程",
    "受审部门",
    "发现日期",
    "不符合事实",
    "标准条款",
    "等级",
    "审核",
    "完成期限",
    "状态",
]


def good_rows() -> list[list[str]]:
    return [
        ["SD", "服务台", "2025-11-19", "抽查P2事件10张,2张超时未升级。", NC_001_CLAUSE, "一般",
         "IA-2025-02", "", "已开具"],
        ["备件库出入库管理", "SP", "2025/11/18", "盘点差异2项未调账。", "ISO 9001:2015 8.5.2",
         "major", "", "2025-12-01", ""],
        ["KM", "Service Desk", "2025年11月17日", "知识条目缺少适用范围。", "KCS 条目结构",
         "观察", "", "", "草稿"],
    ]  # fmt: skip


def write_csv(path: Path, header: list[str], rows: list[list], encoding: str = "utf-8-sig") -> Path:
    buf = io.StringIO(newline="")
    w = csv.writer(buf)
    w.writerow(header)
    w.writerows(rows)
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


def write_xlsx(path: Path, header: list[str], rows: list[list]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(header)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def test_good_csv_is_imported_with_numbers_and_repeats(demo_copy, tmp_path):
    events = event_count(demo_copy)
    path = write_csv(tmp_path / "new.csv", HEADER, good_rows())
    report = x.import_ncs(demo_copy, path)
    assert report.ok and (report.rows_read, report.rows_ok) == (3, 3)
    assert report.created == ("NC-2025-017", "NC-2025-018", "NC-2025-019")
    assert nc_count(demo_copy) == 19
    assert event_count(demo_copy) > events

    first = ncs.get_nc(demo_copy, "NC-2025-017")
    assert (first.status, first.grade, first.process, first.department) == (
        "issued", "minor", "SD", "服务台"
    )  # fmt: skip
    assert first.audit_number == "IA-2025-02" and first.auditor == "王海燕"  # the lead auditor
    assert first.repeat_of_number == "NC-2025-001"  # same process and clause, earlier audit
    assert first.due_date == date(2025, 12, 19)  # minor: 30 days
    second = ncs.get_nc(demo_copy, "NC-2025-018")
    assert (second.status, second.grade, second.process, second.department) == (
        "draft", "major", "SP", "备件库"
    )  # fmt: skip
    assert (second.found_on, second.due_date) == (date(2025, 11, 18), date(2025, 12, 1))
    third = ncs.get_nc(demo_copy, "NC-2025-019")
    assert (third.grade, third.found_on, third.due_date, third.department) == (
        "observation", date(2025, 11, 17), None, "服务台"
    )  # fmt: skip
    assert ncs.history(demo_copy, "NC-2025-017")[0].actor == "王海燕"


def test_good_xlsx_in_english_any_order(demo_copy, tmp_path):
    header = ["Grade*", "Facts*", "Clause*", "Process*", "Department*", "Found on*", "Type",
              "Auditor", "Auditee representative", "Internal clause", "Status"]  # fmt: skip
    rows = [
        ["Minor", "Two changes without a rollback plan.", NC_001_CLAUSE, "SD",
         "Operations Management", datetime(2025, 11, 19), "implementation", "李明", "张伟",
         "XDYJ-SD-01 5.3", "issued"],
        ["严重不符合", "备份未做恢复演练。", "ISO 20000-1 8.7.3", "sd 服务台事件管理", "OPS",
         date(2025, 11, 20), "体系性", "", "", "", "草稿"],
    ]  # fmt: skip
    path = write_xlsx(tmp_path / "new.xlsx", header, rows)
    report = x.import_ncs(demo_copy, path)
    assert report.ok, report.errors
    assert report.created == ("NC-2025-017", "NC-2025-018")
    a, b = (ncs.get_nc(demo_copy, n) for n in report.created)
    assert (a.auditor, a.auditee_representative, a.internal_clause, a.nc_type) == (
        "李明", "张伟", "XDYJ-SD-01 5.3", "implementation"
    )  # fmt: skip
    assert a.repeat_of_number == "NC-2025-015"  # no audit: the latest earlier NC
    assert (a.status, b.status, b.grade, b.process) == ("issued", "draft", "major", "SD")
    assert b.found_on == date(2025, 11, 20) and b.department == "运维管理部"


def test_a_repeat_within_the_same_sheet_is_found(demo_copy, tmp_path):
    rows = [
        ["SP", "备件库", "2025-11-10", "第一次发现。", "备件条款 1", "一般", "IA-2025-02", "", "已开具"],
        ["SP", "备件库", "2025-11-12", "再次发现。", "备件条款 1", "一般", "", "", ""],
    ]  # fmt: skip
    report = x.import_ncs(demo_copy, write_csv(tmp_path / "r.csv", HEADER, rows))
    one, two = report.created
    assert ncs.get_nc(demo_copy, two).repeat_of_number == one
    assert ncs.get_nc(demo_copy, one).repeat_of_number == ""


BAD = {
    "unknown department": ("受审部门", "财务部", "no such department"),
    "bad date": ("发现日期", "2025-13-45", "no such day"),
    "missing facts": ("不符合事实", "", "required"),
    "due before found": ("完成期限", "2025-11-01", "before the found date"),
    "unknown grade": ("等级", "很严重", "major, minor or observation"),
}


@pytest.mark.parametrize("kind", list(BAD))
def test_bad_rows_import_nothing(demo_copy, tmp_path, kind):
    column, value, message = BAD[kind]
    rows = good_rows()
    bad_a, bad_b = [list(r) for r in good_rows()[:2]]
    for r in (bad_a, bad_b):
        r[HEADER.index(column)] = value
    # rows 2, 3, 5 are good; 4 and 6 are not (the header is row 1)
    rows = [rows[0], rows[1], bad_a, rows[2], bad_b]
    path = write_csv(tmp_path / "mixed.csv", HEADER, rows)
    before = (nc_count(demo_copy), event_count(demo_copy))

    report = x.import_ncs(demo_copy, path)
    assert not report.ok and report.created == ()
    assert (report.rows_read, report.rows_ok) == (5, 3)
    assert [(e.row, e.column, e.value) for e in report.errors] == [
        (4, column, value),
        (6, column, value),
    ]
    assert all(message in e.message and " / " in e.message for e in report.errors)
    assert (nc_count(demo_copy), event_count(demo_copy)) == before


def test_every_problem_of_a_row_is_reported(demo_copy, tmp_path):
    row = ["XX", "财务部", "tomorrow", "", "", "严重!", "IA-2099-09", "", "已关闭"]
    report = x.import_ncs(demo_copy, write_csv(tmp_path / "bad.csv", HEADER, [row]))
    columns = [e.column for e in report.errors]
    assert columns == ["过程", "发现日期", "不符合事实", "标准条款", "等级", "状态"]
    assert all(e.row == 2 for e in report.errors)
    assert "unknown process" in report.errors[0].message
    assert "draft or issued" in report.errors[-1].message
    # references are checked for rows that are otherwise well formed
    ok_shape = good_rows()[0]
    ok_shape[HEADER.index("审核")] = "IA-2099-09"
    ok_shape[HEADER.index("受审部门")] = "财务部"
    report = x.import_ncs(demo_copy, write_csv(tmp_path / "refs.csv", HEADER, [ok_shape]))
    assert [(e.column, e.value) for e in report.errors] == [
        ("受审部门", "财务部"),
        ("审核", "IA-2099-09"),
    ]


def test_an_unquoted_comma_is_pointed_out(demo_copy, tmp_path):
    text = (
        ",".join(HEADER)
        + "\r\n"
        + "SD,服务台,2025-11-19,抽查10张,2张超时。,8.6.1,一般,,,已开具\r\n"
    )
    path = tmp_path / "comma.csv"
    path.write_text(text, encoding="utf-8")
    report = x.import_ncs(demo_copy, path)
    assert [(e.row, e.column) for e in report.errors] == [
        (2, "等级"),
        (2, "第J列 / column J"),
    ]
    assert "unquoted comma" in report.errors[1].message


def test_found_date_in_the_future_and_unknown_auditor(demo_copy, tmp_path):
    header = [*HEADER, "审核员"]
    row = [*good_rows()[1], "不存在的人"]
    row[HEADER.index("发现日期")] = "2025-11-21"  # the clock says 2025-11-20
    report = x.import_ncs(demo_copy, write_csv(tmp_path / "f.csv", header, [row]))
    assert [(e.column, e.message.split(" / ")[1]) for e in report.errors] == [
        ("发现日期", "the found date is in the future")
    ]
    row[HEADER.index("发现日期")] = "2025-11-20"
    report = x.import_ncs(demo_copy, write_csv(tmp_path / "g.csv", header, [row]))
    assert [(e.column, e.value) for e in report.errors] == [("审核员", "不存在的人")]


def test_dry_run_imports_nothing(demo_copy, tmp_path):
    before = (nc_count(demo_copy), event_count(demo_copy))
    report = x.import_ncs(
        demo_copy, write_csv(tmp_path / "ok.csv", HEADER, good_rows()), dry_run=True
    )
    assert report.ok and report.dry_run and (report.rows_ok, report.created) == (3, ())
    assert (nc_count(demo_copy), event_count(demo_copy)) == before


def test_gb18030_csv_without_bom(demo_copy, tmp_path):
    path = write_csv(tmp_path / "wps.csv", HEADER, good_rows(), encoding="gb18030")
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")
    report = x.import_ncs(demo_copy, path)
    assert report.ok and len(report.created) == 3
    assert ncs.get_nc(demo_copy, report.created[1]).facts == "盘点差异2项未调账。"


def test_blank_rows_keep_excel_row_numbers(demo_copy, tmp_path):
    bad = good_rows()[0]
    bad[HEADER.index("等级")] = "?"
    rows = [good_rows()[0], ["", "", "", "", "", "", "", "", ""], bad]
    report = x.import_ncs(demo_copy, write_xlsx(tmp_path / "gap.xlsx", HEADER, rows))
    assert report.rows_read == 2 and [e.row for e in report.errors] == [4]


def test_unknown_and_missing_columns_are_refused_by_name(demo_copy, tmp_path):
    with pytest.raises(Invalid, match="unknown columns: 备注") as info:
        x.import_ncs(
            demo_copy, write_csv(tmp_path / "a.csv", [*HEADER, "备注"], [[*good_rows()[0], "x"]])
        )
    assert "\n" not in str(info.value)
    header = [h for h in HEADER if h != "等级"]
    rows = [[v for h, v in zip(HEADER, good_rows()[0], strict=True) if h != "等级"]]
    with pytest.raises(Invalid, match="missing required columns: 等级 Grade"):
        x.import_ncs(demo_copy, write_csv(tmp_path / "b.csv", header, rows))
    with pytest.raises(Invalid, match="given twice"):
        x.import_ncs(
            demo_copy,
            write_csv(tmp_path / "c.csv", [*HEADER, "Grade"], [[*good_rows()[0], "minor"]]),
        )
    # the register's own export is not an import sheet: its extra columns are named
    x.export_ncs(demo_copy, tmp_path / "export.xlsx")
    with pytest.raises(Invalid, match="unknown columns: 编号"):
        x.import_ncs(demo_copy, tmp_path / "export.xlsx")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.csv", b"", "empty"),
        ("blank.xlsx", None, "empty"),
        ("header.csv", "过程,受审部门,发现日期\r\n".encode(), "no data rows"),
        ("corrupt.xlsx", b"PK\x03\x04" + b"\x00garbage" * 50, "damaged"),
        ("notazip.xlsx", b"this is plain text, not a workbook", "damaged"),
        ("report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "not a spreadsheet"),
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, r"\.xls"),
        ("binary.csv", b"\x00\x01\x02\x03" * 20, "not a spreadsheet"),
    ],
)
def test_files_that_are_not_import_sheets(demo_copy, tmp_path, name, content, message):
    path = tmp_path / name
    if content is None:
        Workbook().save(path)
    else:
        path.write_bytes(content)
    with pytest.raises(Invalid, match=message) as info:
        x.import_ncs(demo_copy, path)
    assert "\n" not in str(info.value) and " / " in str(info.value)


def test_truncated_xlsx_is_refused(demo_copy, tmp_path):
    good = write_xlsx(tmp_path / "good.xlsx", HEADER, good_rows())
    data = good.read_bytes()
    bad = tmp_path / "truncated.xlsx"
    bad.write_bytes(data[: len(data) // 2])
    with pytest.raises(zipfile.BadZipFile):
        zipfile.ZipFile(bad)
    with pytest.raises(Invalid, match="damaged"):
        x.import_ncs(demo_copy, bad)


def test_missing_and_locked_files(demo_copy, tmp_path, monkeypatch):
    with pytest.raises(Invalid, match="no such file"):
        x.import_ncs(demo_copy, tmp_path / "nowhere.csv")
    with pytest.raises(Invalid, match="folder"):
        x.import_ncs(demo_copy, tmp_path)
    path = write_csv(tmp_path / "locked.csv", HEADER, good_rows())

    def locked(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", locked)
    with pytest.raises(Invalid, match="locked or no permission"):
        x.import_ncs(demo_copy, path)


def test_batch_is_one_transaction(demo_copy):
    good = NcImportRow.model_validate(
        {"process": "SD", "department": "服务台", "found_on": date(2025, 11, 1), "facts": "f",
         "clause": "c", "grade": "一般"}
    )  # fmt: skip
    stray = good.model_copy(update={"department": "财务部"})
    before = (nc_count(demo_copy), event_count(demo_copy))
    with pytest.raises(NotFound, match="财务部"):
        x.raise_ncs_batch(demo_copy, [good, good, stray])
    assert (nc_count(demo_copy), event_count(demo_copy)) == before
    assert x.raise_ncs_batch(demo_copy, []) == ()
    assert x.raise_ncs_batch(demo_copy, [good]) == ("NC-2025-017",)


def test_sample_row_schema_parses_labels_and_dates():
    row = NcImportRow.model_validate(SAMPLE_ROW | {"facts": "改写后的事实"})
    assert (row.grade, row.nc_type, row.status, row.process) == (
        "minor", "implementation", "draft", "SD"
    )  # fmt: skip
    for text in (
        "2025-06-16",
        "2025/6/16",
        "2025.06.16",
        "2025年6月16日",
        "2025-06-16 00:00:00",
        "20250616",
        20250616,
        datetime(2025, 6, 16),
    ):
        row = NcImportRow.model_validate(SAMPLE_ROW | {"facts": "x", "found_on": text})
        assert row.found_on == date(2025, 6, 16)
    for text in ("16/06/2025", "2025-02-30", "1899-12-31", 45824.0, "明天"):
        with pytest.raises(ValidationError, match="found_on"):
            NcImportRow.model_validate(SAMPLE_ROW | {"facts": "x", "found_on": text})
    assert NcImportRow.model_validate(SAMPLE_ROW | {"facts": "x", "clause": 8.5}).clause == "8.5"


# --- the command line -------------------------------------------------------------------------


@pytest.fixture
def cli(demo_db, tmp_path, capsys):
    folder = tmp_path / "cli-demo"
    shutil.copytree(demo_db, folder)

    def run(*argv):
        capsys.readouterr()
        try:
            code = main(["--data-dir", str(folder), "--user", "王海燕", *map(str, argv)])
        except SystemExit as exc:
            code = exc.code
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_cli_export(cli, tmp_path):
    path = tmp_path / "major.xlsx"
    code, out, err = cli("nc", "export", "-o", path, "--grade", "严重", "--open")
    assert code == 0, err
    assert "exported 3" in out
    rows = sheet_rows(path)[1:]
    assert len(rows) == 3 and {r[COL["grade"]] for r in rows} == {"严重"}
    code, out, err = cli("nc", "export", "-o", tmp_path / "all.csv", "--lang", "en")
    assert code == 0 and "exported 16" in out
    assert (tmp_path / "all.csv").read_text(encoding="utf-8-sig").startswith("Number,Audit")
    code, out, err = cli("nc", "export", "-o", tmp_path / "x.docx")
    assert code == 1 and err.startswith("qa-desktop: ") and len(err.strip().splitlines()) == 1


def test_cli_import_dry_run_then_import(cli, tmp_path):
    path = write_csv(tmp_path / "ok.csv", HEADER, good_rows())
    code, out, err = cli("nc", "import", path, "--dry-run")
    assert code == 0, err
    assert "3 rows OK (dry run, nothing imported)" in out
    code, out, err = cli("nc", "list", "--json")
    assert out.count('"number"') == 16
    code, out, err = cli("nc", "import", path)
    assert code == 0, err
    assert "3 rows OK, imported NC-2025-017, NC-2025-018, NC-2025-019" in out
    code, out, err = cli("nc", "show", "NC-2025-018")
    assert "盘点差异2项未调账" in out


def test_cli_import_bad_rows_exits_1_with_the_report(cli, tmp_path):
    rows = good_rows()
    rows[1][HEADER.index("受审部门")] = "财务部"
    rows[2][HEADER.index("发现日期")] = "17/11/2025"
    code, out, err = cli("nc", "import", write_csv(tmp_path / "bad.csv", HEADER, rows))
    assert code == 1 and out == ""
    lines = err.strip().splitlines()
    assert lines[0].split() == ["行", "row", "列", "column", "值", "value", "问题", "problem"]
    assert lines[2].split()[:3] == ["3", "受审部门", "财务部"]
    assert lines[3].split()[:3] == ["4", "发现日期", "17/11/2025"]
    assert lines[-1].startswith("qa-desktop: ") and "nothing was imported" in lines[-1]
    code, out, err = cli("nc", "list", "--json")
    assert out.count('"number"') == 16


def test_cli_template(cli, tmp_path):
    path = tmp_path / "template.xlsx"
    code, out, err = cli("nc", "import", "--template", "-o", path)
    assert code == 0, err
    assert sheet_rows(path)[0][0] == "过程*"
    code, out, err = cli("nc", "import", "--template", "-o", tmp_path / "t-en.xlsx", "--lang", "en")
    assert code == 0 and sheet_rows(tmp_path / "t-en.xlsx")[0][0] == "Process*"
    assert cli("nc", "import", "--template")[0] == 2
    assert cli("nc", "import")[0] == 2
    code, out, err = cli("nc", "import", "--help")
    assert code == 0 and "--dry-run" in out and "--template" in out
