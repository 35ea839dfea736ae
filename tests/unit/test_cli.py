"""The `qa-desktop` command, run in-process: exit codes, one-line errors, JSON output, and a
whole audit-to-closed-NC flow typed at a terminal."""

from __future__ import annotations

import json
import re
import shutil
from datetime import date

import pytest

from qa_desktop.cli import main
from qa_desktop.services import nonconformities as ncs
from qa_desktop.services.context import Context
from qa_desktop.store.database import open_database

OPEN_FLAGGABLE = {"verified", "closed", "withdrawn", "draft"}  # never flagged overdue


def run(capsys, *argv):
    """(exit code, stdout, stderr) of one command."""
    try:
        code = main([str(a) for a in argv])
    except SystemExit as exc:  # argparse usage errors and --help
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(code, out, err):
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err and "Traceback" not in out
    assert lines[0].startswith("qa-desktop: ")


@pytest.fixture(scope="module")
def cli_demo(tmp_path_factory):
    """A data folder with the demo loaded through the command line, once for this module."""
    path = tmp_path_factory.mktemp("cli-demo") / "data"
    assert main(["--data-dir", str(path), "--user", "王海燕", "demo"]) == 0
    return path


@pytest.fixture
def demo(cli_demo, capsys):
    """Run a command against the demo folder: demo("nc", "list") -> (code, out, err)."""
    capsys.readouterr()

    def call(*argv):
        return run(capsys, "--data-dir", cli_demo, *argv)

    return call


def _register(demo, *filters):
    code, out, err = demo("nc", "list", "--json", *filters)
    assert code == 0, err
    return json.loads(out)


# --- the demo year --------------------------------------------------------------------------


def test_demo_register_as_json(demo):
    rows = _register(demo)
    assert len(rows) >= 12
    for r in rows:
        assert {"number", "status", "grade", "process", "department", "due_date", "overdue"} <= set(
            r
        )
        assert re.fullmatch(r"NC-\d{4}-\d{3}", r["number"])
    assert len({r["number"] for r in rows}) == len(rows)
    assert {r["grade"] for r in rows} == {"major", "minor", "observation"}
    assert any(r["overdue"] for r in rows)
    assert any(r["reopen_count"] >= 1 for r in rows)
    assert len({r["status"] for r in rows}) >= 10
    today = date.today()
    for r in rows:
        if r["overdue"]:
            assert r["status"] not in OPEN_FLAGGABLE
            assert date.fromisoformat(r["due_date"]) < today


def test_demo_twice_refused_with_one_line(demo):
    before = _register(demo)
    code, out, err = demo("--user", "王海燕", "demo")
    assert_one_line_error(code, out, err)
    assert _register(demo) == before


def test_nc_list_table(demo):
    code, out, err = demo("nc", "list")
    assert code == 0 and err == ""
    rows = _register(demo)
    for r in rows:
        assert r["number"] in out
    assert str(len(rows)) in out.strip().splitlines()[-1]


def test_filters_closed_minor(demo):
    everything = _register(demo)
    rows = _register(demo, "--status", "closed", "--grade", "minor")
    expected = {
        r["number"] for r in everything if r["status"] == "closed" and r["grade"] == "minor"
    }
    assert rows and {r["number"] for r in rows} == expected
    assert {(r["status"], r["grade"]) for r in rows} == {("closed", "minor")}


@pytest.mark.parametrize(
    ("args", "field", "value"),
    [
        (("--grade", "严重"), "grade", "major"),
        (("--grade", "一般不符合"), "grade", "minor"),
        (("--grade", "Observation"), "grade", "observation"),
        (("--status", "已关闭"), "status", "closed"),
        (("--status", "reopened"), "status", "reopened"),
    ],
)
def test_filter_aliases(demo, args, field, value):
    everything = _register(demo)
    rows = _register(demo, *args)
    assert rows
    assert {r[field] for r in rows} == {value}
    assert len(rows) == sum(r[field] == value for r in everything)


def test_overdue_and_search_filters(demo):
    everything = _register(demo)
    today = date.today()
    late = {
        r["number"]
        for r in everything
        if r["status"] not in OPEN_FLAGGABLE
        and r["due_date"]
        and date.fromisoformat(r["due_date"]) < today
    }
    assert late  # the demo year is over: some open NCs are past their deadline
    assert {r["number"] for r in _register(demo, "--overdue")} == late
    number = everything[0]["number"]
    assert [r["number"] for r in _register(demo, "--search", number)] == [number]


def test_list_json_agrees_with_show(demo, cli_demo):
    listed = {
        r["number"]: (r["overdue"], r["reopen_count"], r["status"], r["due_date"])
        for r in _register(demo)
    }
    store, _ = open_database(cli_demo, daily_backup=False)
    try:
        ctx = Context(store=store, actor="只读")
        views = [ncs.get_nc(ctx, n) for n in listed]
    finally:
        store.dispose()
    shown = {
        v.number: (
            v.overdue,
            v.reopen_count,
            v.status,
            v.due_date.isoformat() if v.due_date else None,
        )
        for v in views
    }
    assert listed == shown


def test_sort_and_page(demo):
    everything = _register(demo, "--sort", "number")
    page = _register(demo, "--sort", "number", "--offset", "2", "--limit", "3")
    assert [r["number"] for r in page] == [r["number"] for r in everything][2:5]
    desc = _register(demo, "--sort", "number", "--desc")
    assert [r["number"] for r in desc] == [r["number"] for r in everything][::-1]


def test_template_list(demo):
    code, out, _ = demo("template", "list")
    assert code == 0
    lines = [line for line in out.splitlines() if line.strip()]
    codes = [line.split()[0] for line in lines]
    assert sorted(codes) == ["KM", "SD", "SP"]
    code, out, _ = demo("template", "list", "--json")
    assert code == 0
    assert {t["code"]: t["items"] for t in json.loads(out)}["SD"] == 16


def test_template_show(demo):
    code, out, err = demo("template", "show", "SD")
    assert code == 0 and err == ""
    for n in range(1, 17):
        assert f"SD-{n:02d}" in out
    code, out, err = demo("template", "show", "XX")
    assert_one_line_error(code, out, err)


def test_template_validate(demo, tmp_path):
    broken = tmp_path / "我的模板.yaml"
    broken.write_text(
        'code: SD\nversion: "1.0"\nprocess: SD\ntitle: 测试\nitems:\n'
        "  - id: SD-01\n    question: 问题\n    clause: [ISO 9001 7.5]\n"
        "    evidence: 证据\n    answer: {type: sample, results: [C, NC]}\n",
        encoding="utf-8",
    )
    code, out, err = demo("template", "validate", broken)
    assert_one_line_error(code, out, err)
    assert "我的模板.yaml" in err
    assert "line" in err

    good = tmp_path / "sd.yaml"
    code, _, _ = demo("template", "export", "SD", "-o", good)
    assert code == 0
    code, out, err = demo("template", "validate", good)
    assert code == 0 and "SD" in out and err == ""


def test_template_validate_yaml_syntax_error(demo, tmp_path):
    bad = tmp_path / "syntax.yaml"
    bad.write_text("code: SD\nitems: [\n  - id: SD-01\n", encoding="utf-8")
    code, out, err = demo("template", "validate", bad)
    assert_one_line_error(code, out, err)
    assert "syntax.yaml" in err and "line" in err


def test_audit_list_json(demo):
    code, out, _ = demo("audit", "list", "--json")
    assert code == 0
    rows = json.loads(out)
    assert len(rows) == 2
    for a in rows:
        assert 40 <= a["answered"] <= 60
        assert a["answered"] <= a["total"]
        assert re.fullmatch(r"IA-\d{4}-\d{2}", a["number"])


def test_audit_show_and_checklists(demo):
    code, out, _ = demo("audit", "list", "--json")
    number = json.loads(out)[0]["number"]
    code, out, err = demo("audit", "show", number, "--json")
    assert code == 0
    view = json.loads(out)
    assert view["number"] == number
    code, out, err = demo("checklist", "list", number)
    assert code == 0 and err == ""
    assert any(code in out for code in ("SD", "SP", "KM"))


def test_check_passes_on_the_demo(demo):
    code, _, err = demo("check")
    assert code == 0, err
    assert err == ""


def test_unknown_nc_number(demo):
    for argv in (("nc", "show", "NC-2099-999"), ("nc", "history", "NC-2099-999")):
        code, out, err = demo(*argv)
        assert_one_line_error(code, out, err)
        assert "NC-2099-999" in err


def test_refused_transition_is_one_line(demo):
    rows = _register(demo, "--status", "closed", "--grade", "minor")
    code, out, err = demo("--user", "王海燕", "nc", "approve-plan", rows[0]["number"])
    assert_one_line_error(code, out, err)
    assert _register(demo, "--search", rows[0]["number"])[0]["status"] == "closed"


@pytest.mark.parametrize(
    "argv",
    [
        ("nc", "list", "--sort"),
        ("nc", "list", "--bogus"),
        ("nc", "list", "--grade", "huge"),
        ("nc", "list", "--limit", "ten"),
        ("nc", "reopen", "NC-2025-001"),  # --reason is required
        ("audit", "plan"),
        ("no-such-command",),
    ],
)
def test_bad_usage_exits_2(demo, argv):
    code, _, err = demo(*argv)
    assert code == 2
    assert "Traceback" not in err
    assert "usage" in err


def test_sort_by_unknown_column_is_a_user_error(demo):
    code, out, err = demo("nc", "list", "--sort", "facts")
    assert_one_line_error(code, out, err)


def test_backup_and_restore(cli_demo, capsys, tmp_path):
    data = tmp_path / "copy"
    shutil.copytree(cli_demo, data)
    backup = tmp_path / "qa-backup.sqlite3"
    code, out, err = run(capsys, "--data-dir", data, "backup", "-o", backup)
    assert code == 0, err
    assert backup.is_file()

    code, out, err = run(capsys, "--data-dir", data, "restore", backup)
    assert code == 0, err
    assert list((data / "backups").glob("pre-restore-*.sqlite3"))
    code, out, err = run(capsys, "--data-dir", data, "nc", "list", "--json")
    assert code == 0 and len(json.loads(out)) >= 12
    code, _, err = run(capsys, "--data-dir", data, "check")
    assert code == 0, err

    notadb = tmp_path / "notadb.txt"
    notadb.write_text("hello\n", encoding="utf-8")
    code, out, err = run(capsys, "--data-dir", data, "restore", notadb)
    assert_one_line_error(code, out, err)
    code, out, err = run(capsys, "--data-dir", data, "restore", tmp_path / "missing.sqlite3")
    assert_one_line_error(code, out, err)
    code, out, _ = run(capsys, "--data-dir", data, "nc", "list", "--json")
    assert code == 0 and len(json.loads(out)) >= 12


def test_backup_to_impossible_path_is_one_line(cli_demo, capsys, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    code, out, err = run(capsys, "--data-dir", cli_demo, "backup", "-o", blocker / "sub" / "b.db")
    assert_one_line_error(code, out, err)


# --- a whole audit at the terminal -------------------------------------------------------------


def test_terminal_flow_from_audit_to_closed_nc(tmp_path, capsys):
    data = tmp_path / "data"

    def ok(*argv):
        code, out, err = run(capsys, "--data-dir", data, *argv)
        assert code == 0, f"{argv}: {err}"
        assert "Traceback" not in err
        return out

    assert "王海燕" in ok("user", "王海燕")
    assert ok("user").strip() == "王海燕"
    ok("org", "--name", "某某运维服务有限公司", "--prefix", "XDYJ")
    for dept in ("服务台", "质量效能部"):
        ok("dept", "add", dept)
    assert "服务台" in ok("dept", "list")
    ok(
        "person",
        "add",
        "王海燕",
        "--dept",
        "质量效能部",
        "--role",
        "quality_manager",
        "--role",
        "auditor",
    )
    ok("person", "add", "李明", "--dept", "质量效能部", "--role", "auditor")
    ok("person", "add", "刘洋", "--dept", "服务台", "--role", "department_head")
    assert "李明" in ok("person", "list", "--role", "auditor")

    out = ok(
        "audit",
        "plan",
        "--title",
        "服务台专项内审",
        "--departments",
        "服务台",
        "--processes",
        "SD",
        "--lead",
        "王海燕",
        "--team",
        "李明",
        "--start",
        "2025-06-16",
        "--end",
        "2025-06-18",
    )
    audit = re.search(r"IA-\d{4}-\d{2}", out).group(0)
    assert audit == "IA-2025-01"
    assert "warning" not in out
    out = ok("checklist", "start", audit, "SD", "服务台", "--representative", "刘洋")
    assert "16" in out

    out = ok(
        "answer",
        audit,
        "SD",
        "SD-04",
        "不符合",
        "--sample",
        "25",
        "--bad",
        "4",
        "--notes",
        "4张工单未关联CI",
        "--refs",
        "INC0009,INC0012",
    )
    assert "4/25" in out
    ok("answer", audit, "SD", "SD-03", "符合", "--value", "95%")
    shown = json.loads(ok("checklist", "show", audit, "SD", "--json"))
    sd04 = next(i for i in shown if i["item"] == "SD-04")
    assert (sd04["result"], sd04["sample_size"], sd04["nonconforming_count"]) == ("NC", 25, 4)
    assert sd04["answered_by"] == "王海燕"
    sd03 = next(i for i in shown if i["item"] == "SD-03")
    assert sd03["measured_value"] == pytest.approx(0.95)
    assert json.loads(ok("audit", "show", audit, "--json"))["status"] == "in_progress"

    out = ok("nc", "from-item", audit, "SD", "SD-04", "--issue")
    number = re.search(r"NC-\d{4}-\d{3}", out).group(0)
    nc = json.loads(ok("nc", "show", number, "--json"))
    assert nc["status"] == "issued"
    assert "抽样 25,不符合 4" in nc["facts"]
    assert (nc["department"], nc["audit_number"], nc["source_item"]) == ("服务台", audit, "SD-04")

    ok("--user", "刘洋", "nc", "acknowledge", number, "--by", "刘洋")
    ok(
        "nc",
        "edit",
        number,
        "--correction",
        "补录4张工单的CI",
        "--root-cause",
        "录单模板未将CI设为必填",
        "--category",
        "法",
        "--why",
        "CI未填",
        "--why",
        "模板非必填",
    )
    ok(
        "nc",
        "action",
        "add",
        number,
        "将CI设为必填并培训坐席",
        "--owner",
        "刘洋",
        "--due",
        "2025-07-10",
    )
    for step in ("submit-plan", "approve-plan", "start"):
        ok("nc", step, number)
    ok("--user", "刘洋", "nc", "action", "done", number, "1", "--evidence", "配置截图")
    ok("nc", "request-verification", number)

    code, out, err = run(
        capsys,
        "--data-dir",
        data,
        "nc",
        "verify",
        number,
        "--verifier",
        "刘洋",
        "--method",
        "抽查",
        "--result",
        "effective",
    )
    assert_one_line_error(code, out, err)  # the action owner may not verify

    ok(
        "nc",
        "verify",
        number,
        "--verifier",
        "李明",
        "--method",
        "抽查20张新工单",
        "--result",
        "effective",
    )
    ok("nc", "close", number)

    out = ok("nc", "show", number)
    assert "已关闭" in out
    nc = json.loads(ok("nc", "show", number, "--json"))
    assert nc["status"] == "closed"
    assert nc["acknowledged_by"] == "刘洋"
    assert nc["root_cause_category"] == "method"
    assert nc["why_steps"] == ["CI未填", "模板非必填"]
    assert nc["verifier"] == "李明" and nc["verification_result"] == "effective"
    assert nc["closed_by"] == "王海燕"
    assert [a["status"] for a in nc["actions"]] == ["done"]
    assert nc["actions"][0]["evidence"] == "配置截图"

    history = ok("nc", "history", number)
    assert "刘洋" in history and "王海燕" in history
    listed = json.loads(ok("nc", "list", "--json", "--status", "已关闭"))
    assert [r["number"] for r in listed] == [number]
    ok("check")


# --- smaller commands and refusals on a fresh folder ----------------------------------------


@pytest.fixture(scope="module")
def _fresh_seed(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli-fresh") / "data"
    for argv in (
        ("org", "--name", "某某运维服务有限公司"),
        ("dept", "add", "服务台"),
        ("person", "add", "刘洋", "--dept", "服务台", "--role", "department_head"),
        ("audit", "plan", "--title", "专项内审", "--year", "2025"),
        ("checklist", "start", "IA-2025-01", "SD", "服务台"),
    ):
        assert main(["--data-dir", str(path), "--user", "王海燕", *argv]) == 0, argv
    return path


@pytest.fixture
def fresh(_fresh_seed, tmp_path, capsys):
    """A new data folder with an organisation, one audit and its SD checklist."""
    data = tmp_path / "data"
    shutil.copytree(_fresh_seed, data)
    capsys.readouterr()

    def call(*argv):
        return run(capsys, "--data-dir", data, "--user", "王海燕", *argv)

    return call


def test_nothing_set_up_yet(tmp_path, capsys):
    code, out, err = run(capsys, "--data-dir", tmp_path / "empty", "nc", "list")
    assert_one_line_error(code, out, err)
    assert "org" in err


def test_duplicate_department_and_unknown_role(fresh):
    assert_one_line_error(*fresh("dept", "add", "服务台"))
    code, _, err = fresh("person", "add", "陈静", "--role", "boss")
    assert code == 2 and "Traceback" not in err


def test_programme_commands(fresh):
    code, out, err = fresh("programme", "create", "--year", "2025")
    assert code == 0, err
    assert "XDYJ-04-09" in out
    assert_one_line_error(*fresh("programme", "create", "--year", "2025"))
    code, out, _ = fresh("programme", "show", "--year", "2025", "--json")
    view = json.loads(out)
    assert len(view["activities"]) == 9
    assert [a["planned_months"] for a in view["activities"]][:4] == [[3, 6, 9]] * 3 + [[11]]
    code, _, err = fresh(
        "programme",
        "update",
        "1",
        "--year",
        "2025",
        "--status",
        "done",
        "--actual-date",
        "2025-03-20",
    )
    assert code == 0, err
    code, out, _ = fresh("programme", "show", "--year", "2025", "--json")
    first = json.loads(out)["activities"][0]
    assert (first["status"], first["actual_date"], first["state"]) == ("done", "2025-03-20", "done")
    assert_one_line_error(*fresh("programme", "update", "10", "--year", "2025"))
    code, out, err = fresh("programme", "update", "1", "--year", "2025", "--months", "13")
    assert code == 2 and "1–12" in err and "Traceback" not in err  # a usage error
    code, out, err = fresh("programme", "create", "--year", "2026", "--from-year", "2025")
    assert code == 0, err


def test_answer_refusals_are_one_line(fresh):
    for argv in (
        ("answer", "IA-2025-01", "SD", "SD-01", "观察"),  # SD-01 takes only C / NC
        ("answer", "IA-2025-01", "SD", "SD-04", "NC", "--bad", "26"),  # sample of 25
        ("answer", "IA-2025-01", "SD", "SD-03", "C", "--value", "85"),  # a rate is 0–1
        ("answer", "IA-2025-01", "SD", "SD-99", "C"),
        ("answer", "IA-2025-09", "SD", "SD-01", "C"),
    ):
        assert_one_line_error(*fresh(*argv))
    code, out, _ = fresh("checklist", "show", "IA-2025-01", "SD", "--json")
    assert {i["result"] for i in json.loads(out)} == {"unanswered"}
    code, out, err = fresh("answer", "IA-2025-01", "SD", "SD-03", "C", "--value", "85%")
    assert code == 0, err
    code, _, err = fresh("answer", "IA-2025-01", "SD", "SD-01", "maybe")
    assert code == 2 and "Traceback" not in err


def test_attach_from_the_terminal(fresh, tmp_path):
    photo = tmp_path / "现场.jpg"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 32)
    fresh("answer", "IA-2025-01", "SD", "SD-01", "不符合", "--notes", "程序未批准")
    code, out, err = fresh(
        "attach", photo, "--audit", "IA-2025-01", "--template", "SD", "--item", "SD-01"
    )
    assert code == 0, err
    assert "image/png" in out
    code, out, _ = fresh("checklist", "show", "IA-2025-01", "SD", "--json")
    assert next(i for i in json.loads(out) if i["item"] == "SD-01")["attachments"] == 1
    assert_one_line_error(*fresh("attach", tmp_path / "missing.png", "--nc", "NC-2025-001"))
    code, _, err = fresh("attach", photo)
    assert code == 2 and err.strip()


def test_answer_with_nothing_to_record(fresh):
    code, out, err = fresh("answer", "IA-2025-01", "SD", "SD-01")
    assert code == 2
    assert out == ""
    assert "nothing to record" in err


def test_programme_months_must_be_numbers(fresh):
    fresh("programme", "create", "--year", "2025")
    code, _, err = fresh("programme", "update", "1", "--year", "2025", "--months", "3,x")
    assert code in (1, 2)
    assert "Traceback" not in err


def test_template_export_to_impossible_path(fresh, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    assert_one_line_error(*fresh("template", "export", "SD", "-o", blocker / "sd.yaml"))


def test_data_dir_that_is_a_file(tmp_path, capsys):
    path = tmp_path / "not-a-folder"
    path.write_text("x", encoding="utf-8")
    assert_one_line_error(*run(capsys, "--data-dir", path, "nc", "list"))
