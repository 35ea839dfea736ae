"""Spare-parts turnover from movements and month-end levels, and knowledge-base counts."""

from __future__ import annotations

from datetime import date

import pytest

from qa_desktop.cli import main
from qa_desktop.services import measures
from qa_desktop.services import stock_figures as sf
from qa_desktop.services.context import Invalid


def _month(ctx, period):
    return next(m for m in sf.stock_months(ctx, int(period[:4])) if m.period == period)


def test_turnover_by_hand(org_ctx):
    sf.set_stock_level(org_ctx, "2025-02", 100_000)
    sf.record_movement(org_ctx, date(2025, 3, 3), "硬盘 2.4T", 10, 1_200, "出库")
    sf.record_movement(org_ctx, date(2025, 3, 20), "内存 32G", 4, 1_500, "out", "INC0042")
    sf.record_movement(org_ctx, date(2025, 3, 21), "内存 32G", 20, 1_500, "入库")
    m = _month(org_ctx, "2025-03")
    assert m.missing == "缺少 2025-03 月末库存 / missing stock level for 2025-03"
    assert (
        m.turnover is None and measures.get_value(org_ctx, "inventory_turnover", "2025-03") is None
    )
    m = sf.set_stock_level(org_ctx, "2025-03", 80_000)
    # issued 10×1200 + 4×1500 = 18 000; average (100 000 + 80 000)/2 = 90 000; 31 days
    assert m.issued_cost == 18_000 and m.received_cost == 30_000 and m.movements == 3
    assert m.average == 90_000 and m.turnover == pytest.approx(0.2)
    assert m.turnover_days == pytest.approx(31 / 0.2)
    stored = measures.get_value(org_ctx, "inventory_turnover", "2025-03")
    assert (stored.numerator, stored.denominator, stored.source) == (18_000, 90_000, "stock")
    assert stored.details["turnover_days"] == pytest.approx(155.0)
    # April: its opening is March's closing
    sf.record_movement(org_ctx, date(2025, 4, 2), "硬盘 2.4T", 25, 1_200, "out")
    april = sf.set_stock_level(org_ctx, "2025-04", 20_000)
    assert april.average == 50_000 and april.turnover == pytest.approx(0.6)
    # The quarter: Σ issued 48 000 ÷ mean of the averages (90 000 + 50 000)/2 = 70 000.
    row = next(k for k in measures.year_summary(org_ctx, 2025) if k.kpi == "inventory_turnover")
    assert row.quarters[0] == pytest.approx(0.2)
    assert row.quarters[1] == pytest.approx(0.6)
    assert row.year_value == pytest.approx(48_000 / 70_000)


def test_changing_a_level_recomputes_the_next_month_and_removing_one_voids_it(org_ctx):
    sf.set_stock_level(org_ctx, "2025-05", 60_000)
    sf.set_stock_level(org_ctx, "2025-06", 40_000)
    sf.record_movement(org_ctx, date(2025, 6, 9), "电源", 5, 2_000, "out")
    assert measures.get_value(org_ctx, "inventory_turnover", "2025-06").value == pytest.approx(0.2)
    sf.set_stock_level(org_ctx, "2025-05", 40_000)  # May's end is June's opening
    assert measures.get_value(org_ctx, "inventory_turnover", "2025-06").value == pytest.approx(0.25)
    sf.clear_stock_level(org_ctx, "2025-05")
    assert measures.get_value(org_ctx, "inventory_turnover", "2025-06") is None
    assert "2025-05" in _month(org_ctx, "2025-06").missing


def test_delete_a_movement(org_ctx):
    sf.set_stock_level(org_ctx, "2025-06", 10_000)
    sf.set_stock_level(org_ctx, "2025-07", 10_000)
    mv = sf.record_movement(org_ctx, date(2025, 7, 1), "风扇", 2, 500, "out")
    assert [m.id for m in sf.list_movements(org_ctx, 2025, 7)] == [mv.id]
    assert measures.get_value(org_ctx, "inventory_turnover", "2025-07").value == pytest.approx(0.1)
    sf.delete_movement(org_ctx, mv.id)
    assert sf.list_movements(org_ctx, 2025) == []
    assert measures.get_value(org_ctx, "inventory_turnover", "2025-07").value == 0


@pytest.mark.parametrize(
    ("args", "match"),
    [
        ((date(2025, 1, 1), "", 1, 1, "in"), "named"),
        ((date(2025, 1, 1), "x", 0, 1, "in"), "above 0"),
        ((date(2025, 1, 1), "x", 1, -1, "in"), "not negative"),
        ((date(2025, 1, 1), "x", 1, 1, "sideways"), "in or out"),
        ((date(2025, 1, 1), "x", float("inf"), 1, "out"), "above 0"),
        ((date(2025, 1, 1), "x", 1, float("nan"), "out"), "not negative"),
    ],
)
def test_bad_movements(org_ctx, args, match):
    with pytest.raises(Invalid, match=match):
        sf.record_movement(org_ctx, *args)


def test_import_movements_all_or_nothing_and_once(org_ctx, tmp_path):
    sf.set_stock_level(org_ctx, "2025-08", 50_000)
    sf.set_stock_level(org_ctx, "2025-09", 30_000)
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "日期,备件,数量,单价,方向,单号\n"
        "2025-09-01,硬盘,2,1000,出库,OUT-1\n"
        "2025-09-31,硬盘,2,1000,出库,OUT-2\n"
        "2025-09-02,,2,abc,借出,OUT-3\n",
        encoding="gb18030",
    )
    report = sf.import_movements(org_ctx, bad)
    assert not report.ok and report.imported == 0
    assert [(p.row, p.column) for p in report.problems] == [
        (3, "日期"),
        (4, "备件"),
        (4, "单价"),
        (4, "方向"),
    ]
    assert sf.list_movements(org_ctx, 2025) == []
    good = tmp_path / "good.csv"
    good.write_text(
        "date,part,quantity,unit cost,direction\n"
        "2025/09/01,disk,2,1000,out\n"
        "2025-09-15,disk,10,1000,in\n"
        "2025.09.20,psu,4,500,out\n",
        encoding="utf-8",
    )
    assert sf.import_movements(org_ctx, good, dry_run=True).ok
    assert sf.list_movements(org_ctx, 2025) == []
    report = sf.import_movements(org_ctx, good)
    assert (report.imported, report.months) == (3, ("2025-09",))
    m = _month(org_ctx, "2025-09")
    assert m.issued_cost == 4_000 and m.turnover == pytest.approx(0.1)
    assert all(mv.imported for mv in sf.list_movements(org_ctx, 2025))
    with pytest.raises(Invalid, match="twice"):
        sf.import_movements(org_ctx, good)
    assert len(sf.list_movements(org_ctx, 2025)) == 3


def test_import_movements_missing_columns(org_ctx, tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("date,part,qty\n2025-01-01,a,1\n", encoding="utf-8")
    with pytest.raises(Invalid, match="missing columns: 单价 unit cost, 方向 direction"):
        sf.import_movements(org_ctx, path)


def test_knowledge_counts_and_active_rate(org_ctx):
    k = sf.set_kb_counts(org_ctx, "2025-03", total=400, active=120, new=15)
    assert k.active_rate == pytest.approx(0.3)
    months = sf.kb_months(org_ctx, 2025)
    assert len(months) == 12 and months[2].total == 400 and months[0].total is None
    assert months[0].active_rate is None
    # A secondary figure: it is not the kb_rate KPI.
    assert measures.get_value(org_ctx, "kb_rate", "2025-03") is None
    sf.set_kb_counts(org_ctx, "2025-03", total=410, active=125, new=10)
    assert sf.kb_months(org_ctx, 2025)[2].total == 410
    with pytest.raises(Invalid, match="exceed"):
        sf.set_kb_counts(org_ctx, "2025-04", total=10, active=11, new=0)
    with pytest.raises(Invalid, match="whole number"):
        sf.set_kb_counts(org_ctx, "2025-04", total=10, active=-1, new=0)


def test_cli_stock_and_kb(org_ctx, store, capsys, tmp_path):
    def cli(*argv):
        try:
            code = main(["--data-dir", str(store.data_dir), "--user", "测试员", *map(str, argv)])
        except SystemExit as exc:
            code = exc.code
        out, err = capsys.readouterr()
        return code, out, err

    assert cli("stock", "level", "2025-01", "1000")[0] == 0
    code, out, err = cli("stock", "level", "2025-02", "3000")
    assert code == 0, err
    path = tmp_path / "m.csv"
    path.write_text("日期,备件,数量,单价,方向\n2025-02-03,硬盘,2,500,出库\n", encoding="utf-8")
    code, out, err = cli("stock", "import", path)
    assert code == 0 and "2025-02" in out, err
    code, out, err = cli("stock", "import", path)
    assert code == 1 and "twice" in err
    assert measures.get_value(org_ctx, "inventory_turnover", "2025-02").value == pytest.approx(0.5)
    code, out, _ = cli("stock", "show", "--year", "2025")
    assert code == 0 and "missing stock level for 2025-03" in out
    code, out, err = cli("kb", "count", "2025-02", "--total", "200", "--active", "50", "--new", "8")
    assert code == 0 and "25.0%" in out, err
    code, out, _ = cli("stock", "move", "2025-02-10", "内存", "1", "800", "out")
    assert code == 0
    assert _month(org_ctx, "2025-02").issued_cost == 1_800
