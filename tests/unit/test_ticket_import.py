"""The service-desk ticket import: the real ServiceNow sample against a computation written
here from scratch, re-imports that never double count, and files that must be refused whole."""

from __future__ import annotations

import csv
import io
import json
import os
import random
from collections import defaultdict
from datetime import datetime
from pathlib import Path

import pytest

from qa_desktop.cli import main
from qa_desktop.services import measures
from qa_desktop.services import ticket_import as ti
from qa_desktop.services.context import Invalid, NotFound

# A copy of ../shared/data's sample (tests/data/README.md): real data nobody here wrote.
SAMPLE = Path(__file__).resolve().parents[1] / "data/servicenow-incident-event-log-sample.csv"

HEADER = (
    "number,opened_at,resolved_at,priority,made_sla,knowledge,reassignment_count,"
    "reopen_count,sys_mod_count"
)


# --- an independent computation: csv module and datetime only ---------------------------


def _independent(path: Path) -> dict[str, dict]:
    """Per month of final resolved_at: tickets, fcr, sla_rate, kb_rate, mttr mean (hours)."""
    with path.open(encoding="utf-8", newline="") as fh:
        events = list(csv.DictReader(fh))
    final: dict[str, dict] = {}
    for row in events:  # the highest sys_mod_count; on a tie the later row
        held = final.get(row["number"])
        if held is None or int(row["sys_mod_count"]) >= int(held["sys_mod_count"]):
            final[row["number"]] = row
    months: dict[str, list[dict]] = defaultdict(list)
    for row in final.values():
        if row["resolved_at"] != "?":
            resolved = datetime.strptime(row["resolved_at"], "%d-%m-%Y %H:%M")
            months[resolved.strftime("%Y-%m")].append(row)
    out = {}
    for month, rows in months.items():
        n = len(rows)
        first = sum(1 for r in rows if r["reassignment_count"] == "0" and r["reopen_count"] == "0")
        sla_known = [r for r in rows if r["made_sla"].upper() in ("TRUE", "FALSE")]
        hours = [
            (
                datetime.strptime(r["resolved_at"], "%d-%m-%Y %H:%M")
                - datetime.strptime(r["opened_at"], "%d-%m-%Y %H:%M")
            ).total_seconds()
            / 3600
            for r in rows
        ]
        out[month] = {
            "tickets": n,
            "fcr": first / n,
            "sla_rate": sum(1 for r in sla_known if r["made_sla"].upper() == "TRUE")
            / len(sla_known),
            "kb_rate": sum(1 for r in rows if r["knowledge"].upper() == "TRUE") / n,
            "mttr_hours": sum(hours) / n,
        }
    return out


def _values(ctx) -> dict[tuple[str, str], tuple[float, float, str]]:
    return {
        (v.kpi, v.period): (v.numerator, v.denominator, v.source) for v in measures.list_values(ctx)
    }


def _counts(ctx) -> tuple[int, int]:
    return ti.ticket_count(ctx), len(measures.list_values(ctx))


def _write(path: Path, lines: list[str], encoding: str = "utf-8") -> Path:
    path.write_text("\n".join(lines) + "\n", encoding=encoding)
    return path


# --- the real sample -----------------------------------------------------------------------


def test_sample_matches_an_independent_computation(org_ctx):
    expected = _independent(SAMPLE)
    assert len(expected) >= 10  # the sample spreads over about a year
    preview = ti.preview_import(org_ctx, SAMPLE, "servicenow")
    assert preview.ok, preview.problems[:3]
    assert preview.rows_read == 5998
    result = ti.commit_import(org_ctx, SAMPLE, "servicenow")
    assert result.inserted == preview.tickets == preview.new_tickets
    assert {m.period for m in result.months} == set(expected)
    stored = {(v.kpi, v.period): v for v in measures.list_values(org_ctx)}
    for month, want in expected.items():
        assert stored[("fcr", month)].denominator == want["tickets"], month
        assert stored[("fcr", month)].value == pytest.approx(want["fcr"]), month
        assert stored[("sla_rate", month)].value == pytest.approx(want["sla_rate"]), month
        assert stored[("kb_rate", month)].value == pytest.approx(want["kb_rate"]), month
        assert stored[("mttr_hours", month)].value == pytest.approx(want["mttr_hours"]), month
        assert all(stored[(k, month)].source == "tickets" for k in ti.TICKET_KPIS)
    # The preview promised exactly what was stored.
    for m in preview.months:
        assert m.tickets == expected[m.period]["tickets"]
        assert m.fcr == pytest.approx(expected[m.period]["fcr"])
        assert m.mttr_hours == pytest.approx(expected[m.period]["mttr_hours"])


def test_mttr_details_carry_median_p90_and_priorities(org_ctx):
    ti.commit_import(org_ctx, SAMPLE, "servicenow")
    march = measures.get_value(org_ctx, "mttr_hours", "2016-03")
    details = march.details
    assert details["tickets"] == march.denominator
    assert details["median_hours"] < march.value  # long tail: the mean is pulled up
    assert details["p90_hours"] > details["median_hours"]
    by_priority = details["by_priority"]
    assert sum(p["tickets"] for p in by_priority.values()) == march.denominator
    assert "1 - Critical" in by_priority


def test_preview_writes_nothing(org_ctx):
    before = _counts(org_ctx)
    preview = ti.preview_import(org_ctx, SAMPLE, "servicenow")
    assert preview.tickets > 800 and preview.unresolved > 0
    assert _counts(org_ctx) == before == (0, 0)


def test_unresolved_tickets_are_stored_but_count_nowhere(org_ctx):
    result = ti.commit_import(org_ctx, SAMPLE, "servicenow")
    counted = sum(m.tickets for m in result.months)
    assert ti.ticket_count(org_ctx) == result.tickets
    assert counted == result.tickets - ti.preview_import(org_ctx, SAMPLE, "servicenow").unresolved


def test_same_file_twice_gives_identical_figures(org_ctx):
    ti.commit_import(org_ctx, SAMPLE, "servicenow")
    first = _values(org_ctx)
    tickets = ti.ticket_count(org_ctx)
    preview = ti.preview_import(org_ctx, SAMPLE, "servicenow")
    assert preview.already_imported and SAMPLE.name in preview.already_imported
    assert preview.new_tickets == 0
    again = ti.commit_import(org_ctx, SAMPLE, "servicenow")
    assert again.inserted == again.updated == 0 and again.already_imported
    assert again.unchanged == tickets
    assert {m.period for m in again.months} == {p for _k, p in first}  # recomputed, not added
    assert ti.ticket_count(org_ctx) == tickets
    assert _values(org_ctx) == first


def test_overlapping_exports_do_not_double_count(org_ctx, tmp_path):
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    header, body = lines[0], lines[1:]
    a = _write(tmp_path / "a.csv", [header, *body[:4000]])
    b = _write(tmp_path / "b.csv", [header, *body[2500:]])
    ti.commit_import(org_ctx, a, "servicenow")
    result = ti.commit_import(org_ctx, b, "servicenow")
    assert result.updated > 0  # the overlap and the tickets b carries further
    expected = _independent(SAMPLE)
    stored = {(v.kpi, v.period): v for v in measures.list_values(org_ctx)}
    assert {p for k, p in stored if k == "fcr"} == set(expected)
    for month, want in expected.items():
        assert stored[("fcr", month)].denominator == want["tickets"]
        assert stored[("mttr_hours", month)].value == pytest.approx(want["mttr_hours"])
    # Importing the earlier, shorter export again changes nothing: b's versions are later.
    before = _values(org_ctx)
    again = ti.commit_import(org_ctx, a, "servicenow")
    assert again.older_ignored > 0
    assert _values(org_ctx) == before


def _one_row_per_ticket(tmp_path: Path, *, version: bool) -> Path:
    with SAMPLE.open(encoding="utf-8", newline="") as fh:
        events = list(csv.DictReader(fh))
    final: dict[str, dict] = {}
    for row in events:
        held = final.get(row["number"])
        if held is None or int(row["sys_mod_count"]) >= int(held["sys_mod_count"]):
            final[row["number"]] = row
    cols = HEADER.split(",") if version else HEADER.split(",")[:-1]
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(cols)
    for row in final.values():
        w.writerow([row[c] for c in cols])
    path = tmp_path / ("tickets-v.csv" if version else "tickets.csv")
    path.write_text(buf.getvalue(), encoding="utf-8")
    return path


def test_one_row_per_ticket_gives_the_event_logs_figures(org_ctx, tmp_path):
    flat = _one_row_per_ticket(tmp_path, version=False)
    profile = ti.SERVICENOW.model_copy(
        update={
            "name": "servicenow-flat",
            "columns": ti.SERVICENOW.columns.model_copy(update={"version": None}),
        }
    )
    preview = ti.preview_import(org_ctx, flat, profile)
    assert preview.ok and preview.rows_read == preview.tickets
    from_log = {m.period: m for m in ti.preview_import(org_ctx, SAMPLE, "servicenow").months}
    assert {m.period: m for m in preview.months} == from_log


def test_a_ticket_moving_month_leaves_its_old_month(org_ctx, tmp_path):
    first = _write(
        tmp_path / "one.csv",
        [
            HEADER,
            "INC1,01-03-2025 09:00,01-03-2025 11:00,3 - Moderate,true,true,0,0,2",
            "INC2,02-03-2025 09:00,02-03-2025 13:00,3 - Moderate,false,false,1,0,3",
        ],
    )
    ti.commit_import(org_ctx, first, "servicenow")
    assert measures.get_value(org_ctx, "fcr", "2025-03").denominator == 2
    # A later export: INC2 was reopened and resolved again in April.
    later = _write(
        tmp_path / "two.csv",
        [HEADER, "INC2,02-03-2025 09:00,03-04-2025 09:00,3 - Moderate,false,false,1,1,7"],
    )
    result = ti.commit_import(org_ctx, later, "servicenow")
    assert [m.period for m in result.months] == ["2025-03", "2025-04"]
    march, april = (measures.get_value(org_ctx, "fcr", p) for p in ("2025-03", "2025-04"))
    assert (march.numerator, march.denominator) == (1, 1)
    assert (april.numerator, april.denominator) == (0, 1)
    assert ti.ticket_count(org_ctx) == 2
    # and when the only ticket leaves a month, the month's ticket values go
    gone = _write(
        tmp_path / "three.csv",
        [HEADER, "INC1,01-03-2025 09:00,?,3 - Moderate,?,?,0,0,9"],
    )
    result = ti.commit_import(org_ctx, gone, "servicenow")
    assert [(m.period, m.tickets) for m in result.months] == [("2025-03", 0)]
    assert measures.get_value(org_ctx, "fcr", "2025-03") is None
    assert measures.get_value(org_ctx, "fcr", "2025-04") is not None


def test_ties_take_the_later_row(org_ctx, tmp_path):
    path = _write(
        tmp_path / "tie.csv",
        [
            HEADER,
            "INC9,01-05-2025 08:00,01-05-2025 09:00,2 - High,true,true,0,0,4",
            "INC9,01-05-2025 08:00,01-05-2025 12:00,2 - High,true,true,0,0,4",
        ],
    )
    (month,) = ti.preview_import(org_ctx, path, "servicenow").months
    assert month.mttr_hours == pytest.approx(4.0)


def test_xlsx_with_date_cells(org_ctx, tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["导出 2025-06"])  # a title line above the header
    ws.append(HEADER.split(","))
    ws.append(
        [
            "INC1",
            datetime(2025, 6, 1, 8),
            datetime(2025, 6, 1, 10, 30),
            "1 - Critical",
            True,
            False,
            0,
            0,
            1,
        ]
    )
    ws.append(
        [
            "INC2",
            datetime(2025, 6, 2, 8),
            "03-06-2025 08:00",
            "3 - Moderate",
            "TRUE",
            "TRUE",
            2,
            0,
            5,
        ]
    )
    path = tmp_path / "export.xlsx"
    wb.save(path)
    (june,) = ti.preview_import(org_ctx, path, "servicenow").months
    assert june.tickets == 2 and june.fcr == 0.5 and june.kb_rate == 0.5
    assert june.mttr_hours == pytest.approx((2.5 + 24) / 2)


def test_a_saved_profile_reads_a_gb18030_export(org_ctx, tmp_path):
    profile = ti.save_profile(
        org_ctx,
        {
            "name": "自建服务台",
            "columns": {
                "number": "工单号",
                "opened_at": "创建时间",
                "resolved_at": "解决时间",
                "priority": "优先级",
                "made_sla": "SLA达成",
                "knowledge": "关联知识",
                "reassignment_count": "转派次数",
            },
            "date_formats": ["yyyy/mm/dd HH:MM"],
            "true_words": ["是"],
            "false_words": ["否"],
        },
    )
    assert [p.name for p in ti.list_profiles(org_ctx)] == ["servicenow", "自建服务台"]
    path = tmp_path / "gbk.csv"
    _write(
        path,
        [
            "工单号,创建时间,解决时间,优先级,SLA达成,关联知识,转派次数",
            "SD-001,2025/07/01 09:00,2025/07/01 10:00,P2,是,否,0",
            "SD-002,2025/07/02 09:00,2025/07/03 09:00,P3,否,是,1",
            "SD-003,2025/07/05 09:00,,P3,,,0",
        ],
        encoding="gb18030",
    )
    got = ti.get_profile(org_ctx, "自建服务台")
    assert got == profile
    result = ti.commit_import(org_ctx, path, "自建服务台")
    (july,) = result.months
    assert (july.tickets, july.fcr_first, july.sla_made, july.kb_linked) == (2, 1, 1, 1)
    assert ti.ticket_count(org_ctx) == 3
    ti.delete_profile(org_ctx, "自建服务台")
    with pytest.raises(NotFound):
        ti.get_profile(org_ctx, "自建服务台")


def test_profile_rules(org_ctx):
    with pytest.raises(Invalid, match="built in"):
        ti.save_profile(org_ctx, ti.SERVICENOW)
    with pytest.raises(Invalid, match="two fields"):
        ti.make_profile(
            {
                "name": "x",
                "columns": {
                    "number": "a",
                    "opened_at": "b",
                    "resolved_at": "b",
                    "reassignment_count": "c",
                },
            }
        )
    with pytest.raises(Invalid, match="date format"):
        ti.make_profile(
            {
                "name": "x",
                "columns": {
                    "number": "a",
                    "opened_at": "b",
                    "resolved_at": "c",
                    "reassignment_count": "d",
                },
                "date_formats": ["whenever"],
            }
        )
    assert ti.SERVICENOW.strptime_formats == ("%d-%m-%Y %H:%M",)
    assert ti.guess_columns(["Number", "opened_at", "工单号", "sys_mod_count"]) == {
        "number": "Number",
        "opened_at": "opened_at",
        "version": "sys_mod_count",
    }


# --- refusals: nothing committed --------------------------------------------------------


def _refused(ctx, path, match, profile="servicenow"):
    before = _counts(ctx)
    with pytest.raises(Invalid, match=match) as info:
        ti.commit_import(ctx, path, profile)
    assert _counts(ctx) == before
    message = str(info.value)
    assert " / " in message and "\n" not in message  # one bilingual line
    return message


def test_wrong_dates_are_named_by_row_and_column(org_ctx, tmp_path):
    ti.commit_import(org_ctx, SAMPLE, "servicenow")  # something stored already
    path = _write(
        tmp_path / "dates.csv",
        [
            HEADER,
            "INC1,01-03-2025 09:00,01-03-2025 11:00,3,true,true,0,0,1",
            "INC2,2025-03-02 09:00,02-03-2025 13:00,3,true,true,0,0,1",
            "INC3,02-03-2025 09:00,31-02-2025 13:00,3,true,true,0,0,1",
            "INC4,02-03-2025 09:00,01-03-2025 08:00,3,true,true,0,0,1",
            "INC5,02-03-2025 09:00,02-03-2025 10:00,3,maybe,true,x,0,1",
        ],
    )
    preview = ti.preview_import(org_ctx, path, "servicenow")
    assert not preview.ok and preview.months == ()
    got = [(p.row, p.column, p.value) for p in preview.problems]
    assert got == [
        (3, "opened_at", "2025-03-02 09:00"),
        (4, "resolved_at", "31-02-2025 13:00"),
        (5, "resolved_at", "2025-03-01 08:00:00"),
        (6, "made_sla", "maybe"),
        (6, "reassignment_count", "x"),
    ]
    assert "dd-mm-yyyy HH:MM" in preview.problems[0].message
    assert "resolved before it was opened" in preview.problems[2].message
    message = _refused(org_ctx, path, "nothing was imported")
    assert "row 3" in message and "opened_at" in message


def test_missing_columns_are_named(org_ctx, tmp_path):
    path = _write(tmp_path / "cols.csv", ["number,opened_at,priority", "INC1,01-03-2025 09:00,3"])
    message = _refused(org_ctx, path, "missing columns")
    for name in ("resolved_at", "made_sla", "knowledge", "reassignment_count", "sys_mod_count"):
        assert name in message
    assert "opened_at" not in message.split("missing columns")[1].split("—")[0]


def test_empty_files(org_ctx, tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    _refused(org_ctx, empty, "the file is empty")
    blank = tmp_path / "blank.csv"
    blank.write_bytes(b"\r\n , ,\r\n\r\n")
    _refused(org_ctx, blank, "the file is empty")
    header_only = _write(tmp_path / "header.csv", [HEADER])
    _refused(org_ctx, header_only, "no data rows")


def test_a_file_over_50_mb_is_refused_before_reading(org_ctx, tmp_path, monkeypatch):
    big = tmp_path / "big.csv"
    with big.open("wb") as fh:
        fh.write((HEADER + "\n").encode())
        fh.truncate(50 * 1024 * 1024 + 1)  # sparse: costs no disk and no time
    assert big.stat().st_size == ti.MAX_BYTES + 1

    def no_reading(self, *a, **k):
        raise AssertionError("the file was read")

    monkeypatch.setattr(Path, "read_bytes", no_reading)
    monkeypatch.setattr(Path, "open", no_reading)
    message = _refused(org_ctx, big, "too large")
    assert "50 MB" in message
    with pytest.raises(Invalid, match="too large"):
        ti.preview_import(org_ctx, big, "servicenow")


def test_bytes_that_are_neither_utf8_nor_gb18030(org_ctx, tmp_path):
    rng = random.Random(5)
    noise = bytes(rng.randrange(128, 256) for _ in range(4000)) + b"\xff\xfe\xff"
    path = tmp_path / "noise.csv"
    path.write_bytes(HEADER.encode() + b"\n" + noise[2:])
    _refused(org_ctx, path, "neither UTF-8 nor GB18030")
    binary = tmp_path / "binary.csv"
    binary.write_bytes(os.urandom(2048) + b"\x00\x00")
    _refused(org_ctx, binary, "neither UTF-8 nor GB18030")


def test_the_changed_file_after_its_preview_is_refused(org_ctx, tmp_path):
    path = _write(tmp_path / "x.csv", [HEADER, "INC1,01-03-2025 09:00,?,3,?,?,0,0,1"])
    preview = ti.preview_import(org_ctx, path, "servicenow")
    _write(path, [HEADER, "INC1,01-03-2025 09:00,?,3,?,?,0,0,2"])
    before = _counts(org_ctx)
    with pytest.raises(Invalid, match="changed since its preview"):
        ti.commit_import(org_ctx, path, "servicenow", expected_sha256=preview.sha256)
    assert _counts(org_ctx) == before


def test_cancel_writes_nothing_and_progress_moves_forward(org_ctx):
    seen: list[tuple[int, int]] = []

    def progress(done, total):
        seen.append((done, total))

    def cancel_late():
        # Once reading is done (the first half of the bar): cancel during the write.
        return bool(seen) and seen[-1][0] * 2 >= seen[-1][1]

    with pytest.raises(ti.ImportCancelled):
        ti.commit_import(org_ctx, SAMPLE, "servicenow", progress=progress, cancelled=cancel_late)
    assert _counts(org_ctx) == (0, 0)
    ti.commit_import(org_ctx, SAMPLE, "servicenow", progress=progress)
    done = [d for d, _t in seen[-20:]]
    assert done == sorted(done) and seen[-1][0] == seen[-1][1]


# --- the command line ----------------------------------------------------------------------


def _cli(capsys, store, *argv):
    try:
        code = main(["--data-dir", str(store.data_dir), "--user", "测试员", *map(str, argv)])
    except SystemExit as exc:
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_import_dry_run_then_import_then_list(org_ctx, store, capsys):
    code, out, err = _cli(
        capsys, store, "kpi", "import", SAMPLE, "--profile", "servicenow", "--dry-run"
    )
    assert code == 0, err
    assert "2016-03" in out and "dry run" in out
    assert ti.ticket_count(org_ctx) == 0
    code, out, err = _cli(capsys, store, "kpi", "import", SAMPLE, "--profile", "servicenow")
    assert code == 0, err
    assert "imported" in out
    code, out, err = _cli(capsys, store, "kpi", "list", "--year", "2016", "--json")
    rows = json.loads(out)
    assert {r["kpi"] for r in rows} == set(ti.TICKET_KPIS)
    assert all(set(r) >= {"kpi", "period", "value"} for r in rows)
    fcr_march = next(r for r in rows if (r["kpi"], r["period"]) == ("fcr", "2016-03"))
    assert fcr_march["value"] == pytest.approx(_independent(SAMPLE)["2016-03"]["fcr"])


def test_cli_import_with_problems_exits_1_and_imports_nothing(org_ctx, store, capsys, tmp_path):
    path = _write(tmp_path / "bad.csv", [HEADER, "INC1,yesterday,?,3,?,?,0,0,1"])
    code, _out, err = _cli(capsys, store, "kpi", "import", path, "--profile", "servicenow")
    assert code == 1
    assert "yesterday" in err and "nothing was imported" in err
    assert ti.ticket_count(org_ctx) == 0


def test_cli_profiles(org_ctx, store, capsys, tmp_path):
    code, out, _ = _cli(capsys, store, "kpi", "profile", "list")
    assert code == 0 and "servicenow" in out
    code, out, _ = _cli(capsys, store, "kpi", "profile", "show", "servicenow")
    shown = json.loads(out)
    assert shown["columns"]["version"] == "sys_mod_count" and shown["empty"] == ["?"]
    shown["name"] = "mine"
    (tmp_path / "p.json").write_text(json.dumps(shown), encoding="utf-8")
    code, out, err = _cli(capsys, store, "kpi", "profile", "save", tmp_path / "p.json")
    assert code == 0, err
    assert [p.name for p in ti.list_profiles(org_ctx)] == ["servicenow", "mine"]
    code, _, err = _cli(capsys, store, "kpi", "profile", "show", "nobody")
    assert code == 1 and "no import profile" in err


@pytest.mark.parametrize("count", ["nan", "inf", "-1", "1.5"])
def test_a_count_that_is_no_whole_number_is_named_not_dropped(org_ctx, tmp_path, count):
    path = _write(
        tmp_path / "counts.csv",
        [
            HEADER,
            "INC1,01-03-2025 09:00,01-03-2025 11:00,3,true,true,0,0,1",
            f"INC2,02-03-2025 09:00,02-03-2025 13:00,3,true,true,{count},0,1",
        ],
    )
    preview = ti.preview_import(org_ctx, path, "servicenow")
    assert not preview.ok
    assert [(p.row, p.column, p.value) for p in preview.problems] == [
        (3, "reassignment_count", count)
    ]
    _refused(org_ctx, path, "reassignment_count")
