"""The measures: KPI values and targets, the service-desk ticket import, spare parts, knowledge."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from qa_desktop.domain.kpi import KPI_DEFINITIONS
from qa_desktop.services import measures as svc
from qa_desktop.services import stock_figures as stock
from qa_desktop.services import ticket_import as tickets
from qa_desktop.services.context import Invalid

from . import parsing
from .output import clip, print_json, table

ORDER = 60  # place in `qa-desktop --help`
MAX_SHOWN_PROBLEMS = 50
_SOURCE = {
    "manual": "手工 manual",
    "tickets": "工单 tickets",
    "stock": "备件 stock",
    "survey": "调查 survey",
}


def fmt_value(kpi: str, value: float | None) -> str:
    """A KPI value as people read it: 85.0% / 12.3 h / 1.25 次."""
    if value is None:
        return "—"
    unit = KPI_DEFINITIONS[kpi].unit
    if unit == "%":
        return f"{value * 100:.1f}%"
    if unit == "h":
        return f"{value:.1f} h"
    return f"{value:.2f}"


def _num(value: float | None, digits: int = 1) -> str:
    return "—" if value is None else f"{value:,.{digits}f}"


def _kpi_choice(text: str) -> str:
    try:
        return svc.check_kpi(text)
    except Invalid as exc:
        import argparse

        raise argparse.ArgumentTypeError(str(exc)) from None


def _period(text: str) -> str:
    try:
        return svc.check_period(text)
    except Invalid as exc:
        import argparse

        raise argparse.ArgumentTypeError(str(exc)) from None


def register(sub) -> None:
    kpi = sub.add_parser(
        "kpi", help="质量指标:导入工单、目标、月度数值 / measures: ticket import, targets, values"
    ).add_subparsers(dest="sub", metavar="ACTION")

    p = kpi.add_parser(
        "import",
        help="导入服务台工单导出文件(CSV/XLSX) / import a service-desk ticket export",
        description="先检查每一行;有问题时不导入任何数据。同一工单按最高版本只计一次。 / Every row "
        "is checked first; with any problem nothing is imported. A ticket counts once, at its "
        "highest version.",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--profile", default="servicenow", help="导入配置 / import profile (servicenow)")
    p.add_argument("--dry-run", action="store_true", help="只预览,不导入 / preview only")
    p.add_argument("--json", action="store_true", help="输出 JSON / print JSON")
    p.set_defaults(handler=cmd_import)

    p = kpi.add_parser("list", help="月度指标值 / the monthly values")
    p.add_argument("--year", type=parsing.year)
    p.add_argument("--kpi", type=_kpi_choice, help="只看一个指标 / one KPI only")
    p.add_argument("--json", action="store_true", help="输出 JSON 数组 / print a JSON array")
    p.set_defaults(handler=cmd_list)

    p = kpi.add_parser("year", help="年度指标表(月、季、年对目标) / a year against target")
    p.add_argument("--year", type=parsing.year, required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_year)

    p = kpi.add_parser(
        "target",
        help="设定或查看年度目标 / set or show a year's targets",
        description="比率写作 0.95 或 95% / rates as 0.95 or 95%; MTTR in hours.",
    )
    p.add_argument("--year", type=parsing.year, required=True)
    p.add_argument("kpi", nargs="?", type=_kpi_choice, help=", ".join(KPI_DEFINITIONS))
    p.add_argument("value", nargs="?", type=parsing.rate_or_number, help="目标值 / target")
    p.add_argument("--clear", action="store_true", help="删除所设目标 / remove the set target")
    p.add_argument("--note", default="", help="说明 / note")
    p.set_defaults(handler=cmd_target)

    p = kpi.add_parser(
        "set",
        help="手工录入某月数值 / enter a month's value by hand",
        description="VALUE 为比率(0.85 或 85%)、小时或次数;加 --of N 时 VALUE 为分子、N 为分母"
        "(推荐,季度/年度按量汇总)。 / VALUE is a rate (0.85 or 85%), hours or turns; with "
        "--of N, VALUE is the numerator of N (preferred: quarters then weigh months by volume).",
    )
    p.add_argument("kpi", type=_kpi_choice)
    p.add_argument("period", type=_period, metavar="YYYY-MM")
    p.add_argument("value", metavar="VALUE")
    p.add_argument("--of", type=float, metavar="N", help="分母 / denominator")
    p.add_argument("--note")
    p.set_defaults(handler=cmd_set)

    p = kpi.add_parser("clear", help="删除某月数值 / remove a month's value")
    p.add_argument("kpi", type=_kpi_choice)
    p.add_argument("period", type=_period, metavar="YYYY-MM")
    p.set_defaults(handler=cmd_clear)

    prof = kpi.add_parser("profile", help="工单导入配置 / ticket import profiles").add_subparsers(
        dest="profile_cmd", metavar="ACTION"
    )
    p = prof.add_parser("list", help="列出导入配置 / list profiles")
    p.set_defaults(handler=cmd_profile_list)
    p = prof.add_parser("show", help="查看导入配置 / show a profile")
    p.add_argument("name")
    p.set_defaults(handler=cmd_profile_show)
    p = prof.add_parser(
        "save",
        help="从 JSON 文件保存导入配置 / save a profile from a JSON file",
        description="JSON 结构同 `kpi profile show servicenow` 的输出 / the JSON has the shape "
        "`kpi profile show servicenow` prints.",
    )
    p.add_argument("file", metavar="FILE.json")
    p.set_defaults(handler=cmd_profile_save)
    p = prof.add_parser("delete", help="删除导入配置 / delete a profile")
    p.add_argument("name")
    p.set_defaults(handler=cmd_profile_delete)

    st = sub.add_parser(
        "stock", help="备件出入库与月末库存(库存周转率) / spare parts: movements, stock levels"
    ).add_subparsers(dest="sub", metavar="ACTION")
    p = st.add_parser(
        "import",
        help="导入出入库记录(CSV/XLSX) / import stock movements",
        description="列:日期、备件、数量、单价、方向(入库/出库),可选 单号。 / Columns: date, "
        "part, quantity, unit cost, direction (in/out), optional reference.",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--dry-run", action="store_true", help="只检查 / check only")
    p.set_defaults(handler=cmd_stock_import)
    p = st.add_parser("level", help="录入月末库存金额 / enter the month-end stock value")
    p.add_argument("period", type=_period, metavar="YYYY-MM")
    p.add_argument("value", type=float, metavar="VALUE")
    p.set_defaults(handler=cmd_stock_level)
    p = st.add_parser("move", help="录入一笔出入库 / enter one movement")
    p.add_argument("date", type=parsing.day, metavar="YYYY-MM-DD")
    p.add_argument("part")
    p.add_argument("quantity", type=float)
    p.add_argument("unit_cost", type=float, metavar="UNIT_COST")
    p.add_argument("direction", help="in/out 入库/出库")
    p.add_argument("--ref", default="", help="单号 / reference")
    p.set_defaults(handler=cmd_stock_move)
    p = st.add_parser("show", help="各月周转率 / turnover by month")
    p.add_argument("--year", type=parsing.year, required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_stock_show)

    kb = sub.add_parser("kb", help="知识库条目数 / knowledge-base counts").add_subparsers(
        dest="sub", metavar="ACTION"
    )
    p = kb.add_parser("count", help="录入某月条目数 / enter a month's counts")
    p.add_argument("period", type=_period, metavar="YYYY-MM")
    p.add_argument("--total", type=int, required=True, help="有效条目总数 / articles in force")
    p.add_argument(
        "--active", type=int, required=True, help="被引用≥1次 / referenced at least once"
    )
    p.add_argument("--new", type=int, required=True, help="新增条目 / new articles")
    p.set_defaults(handler=cmd_kb_count)
    p = kb.add_parser("show", help="各月条目数与活跃率 / counts and active rate by month")
    p.add_argument("--year", type=parsing.year, required=True)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_kb_show)


# --- kpi ---------------------------------------------------------------------------------


def _months_table(months) -> None:
    table(
        [
            "月份 month",
            "工单 tickets",
            "一次解决 FCR",
            "平均 MTTR",
            "中位 median",
            "P90",
            "SLA",
            "知识 KB",
        ],
        [
            [
                m.period,
                m.tickets,
                fmt_value("fcr", m.fcr),
                fmt_value("mttr_hours", m.mttr_hours),
                fmt_value("mttr_hours", m.median_hours),
                fmt_value("mttr_hours", m.p90_hours),
                fmt_value("sla_rate", m.sla_rate),
                fmt_value("kb_rate", m.kb_rate),
            ]
            for m in months
        ],
    )


def _problems(problems, count: int) -> None:
    table(
        ["行 row", "列 column", "值 value", "问题 problem"],
        [[p.row, p.column, clip(p.value, 30), p.message] for p in problems[:MAX_SHOWN_PROBLEMS]],
        out=sys.stderr,
    )
    if count > MAX_SHOWN_PROBLEMS:
        more = count - MAX_SHOWN_PROBLEMS
        print(f"… 另有 {more} 个问题 / {more} more problems", file=sys.stderr)


def cmd_import(args, rt) -> int:
    path = Path(args.file)
    preview = tickets.preview_import(rt.ctx, path, args.profile)
    if not preview.ok:
        if args.json:
            print_json(preview)
        _problems(preview.problems, preview.problem_count)
        print(
            f"qa-desktop: {preview.problem_count} 个问题,未导入任何数据 / {preview.problem_count} "
            f"problems; nothing was imported",
            file=sys.stderr,
        )
        return 1
    if args.dry_run:
        if args.json:
            print_json(preview)
            return 0
        _summary(preview)
        _months_table(preview.months)
        print("试运行,未导入 / dry run, nothing imported")
        return 0
    result = tickets.commit_import(rt.ctx, path, args.profile, expected_sha256=preview.sha256)
    if args.json:
        print_json(result)
        return 0
    _summary(preview)
    _months_table(result.months)
    print(
        f"已导入 / imported: 新增 {result.inserted} 张、更新 {result.updated} 张工单 / "
        f"{result.inserted} new, {result.updated} updated tickets; {len(result.months)} 个月已重算 "
        f"/ months recomputed ({result.seconds:.2f} s)"
    )
    return 0


def _summary(p) -> None:
    print(
        f"{p.file_name}: {p.rows_read} 行 rows, {p.tickets} 张工单 tickets "
        f"({p.resolved} 已解决 resolved, {p.unresolved} 未解决 unresolved); 新 new {p.new_tickets}, "
        f"更新 updated {p.updated_tickets}, 未变 unchanged {p.unchanged_tickets}, "
        f"已存更新版本 newer stored {p.older_ignored}"
    )
    if p.already_imported:
        print(
            f"注意:此文件已于 {p.already_imported} 导入过(不会重复计数) / note: this file was "
            f"already imported ({p.already_imported}); nothing is counted twice"
        )


def cmd_list(args, rt) -> int:
    rows = svc.list_values(rt.ctx, year=args.year)
    if args.kpi:
        rows = [r for r in rows if r.kpi == args.kpi]
    if args.json:
        print_json(rows)
        return 0
    table(
        [
            "月份 period",
            "指标 KPI",
            "数值 value",
            "分子/分母 parts",
            "来源 source",
            "目标 target",
            "",
        ],
        [
            [
                r.period,
                r.kpi,
                fmt_value(r.kpi, r.value),
                f"{r.numerator:g}/{r.denominator:g}",
                _SOURCE.get(r.source, r.source),
                fmt_value(r.kpi, r.target) if r.target is not None else "",
                {True: "达标 ok", False: "未达标 MISSED", None: ""}[r.meets_target],
            ]
            for r in rows
        ],
    )
    return 0


def cmd_year(args, rt) -> int:
    summary = svc.year_summary(rt.ctx, args.year)
    if args.json:
        print_json(summary)
        return 0
    headers = ["指标 KPI", "目标 target", *[f"{m}月" for m in range(1, 13)]]
    headers += ["Q1", "Q2", "Q3", "Q4", f"{args.year}", ""]
    table(
        headers,
        [
            [
                k.name_zh,
                fmt_value(k.kpi, k.target) if k.target is not None else "",
                *[fmt_value(k.kpi, m.value) for m in k.months],
                *[fmt_value(k.kpi, v) for v in k.quarters],
                fmt_value(k.kpi, k.year_value),
                {True: "达标", False: "未达标", None: ""}[k.meets_target],
            ]
            for k in summary
        ],
    )
    return 0


def cmd_target(args, rt) -> int:
    if args.kpi is not None:
        if args.clear:
            svc.set_target(rt.ctx, args.year, args.kpi, None)
        elif args.value is None:
            raise Invalid("请给出目标值,或用 --clear / give the target VALUE, or --clear")
        else:
            svc.set_target(rt.ctx, args.year, args.kpi, args.value, note=args.note)
    table(
        ["指标 KPI", "名称 name", "目标 target", "方向 direction", "说明 note"],
        [
            [
                t.kpi,
                KPI_DEFINITIONS[t.kpi].name_zh,
                fmt_value(t.kpi, t.target) if t.target is not None else "",
                "越高越好 higher" if t.direction == "higher" else "越低越好 lower",
                ("参考值 reference: " if t.is_default else "") + clip(t.note, 50),
            ]
            for t in svc.list_targets(rt.ctx, args.year)
        ],
    )
    return 0


def cmd_set(args, rt) -> int:
    if args.of is not None:
        try:
            numerator = float(args.value)
        except ValueError:
            raise Invalid(f"应为数字 / expected a number: {args.value}") from None
        v = svc.set_value(
            rt.ctx, args.kpi, args.period, numerator=numerator, denominator=args.of, note=args.note
        )
    else:
        import argparse

        try:
            value = parsing.rate_or_number(args.value)
        except argparse.ArgumentTypeError as exc:
            raise Invalid(str(exc)) from None
        v = svc.set_value(rt.ctx, args.kpi, args.period, value, note=args.note)
    print(f"已录入 / recorded: {args.kpi} {v.period} = {fmt_value(args.kpi, v.value)}")
    return 0


def cmd_clear(args, rt) -> int:
    if svc.clear_value(rt.ctx, args.kpi, args.period):
        print(f"已删除 / removed: {args.kpi} {args.period}")
    else:
        print(f"没有数值 / no value: {args.kpi} {args.period}")
    return 0


def cmd_profile_list(args, rt) -> int:
    table(
        ["名称 name", "类型 kind"],
        [
            [p.name, "内置 built-in" if p.builtin else "自定义 saved"]
            for p in tickets.list_profiles(rt.ctx)
        ],
    )
    return 0


def cmd_profile_show(args, rt) -> int:
    print_json(tickets.get_profile(rt.ctx, args.name))
    return 0


def cmd_profile_save(args, rt) -> int:
    try:
        data = json.loads(Path(args.file).read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise Invalid(f"无法读取 / cannot read {args.file}: {exc.strerror or exc}") from exc
    except ValueError as exc:
        raise Invalid(f"不是有效的 JSON / not valid JSON: {args.file}: {exc}") from exc
    if not isinstance(data, dict):
        raise Invalid(f"JSON 应为一个对象 / the JSON must be an object: {args.file}")
    profile = tickets.save_profile(rt.ctx, data)
    print(f"已保存导入配置 / profile saved: {profile.name}")
    return 0


def cmd_profile_delete(args, rt) -> int:
    tickets.delete_profile(rt.ctx, args.name)
    print(f"已删除导入配置 / profile deleted: {args.name}")
    return 0


# --- stock and knowledge -----------------------------------------------------------------


def cmd_stock_import(args, rt) -> int:
    report = stock.import_movements(rt.ctx, Path(args.file), dry_run=args.dry_run)
    if not report.ok:
        _problems(report.problems, report.problem_count)
        print(
            f"qa-desktop: {report.problem_count} 个问题,未导入任何数据 / {report.problem_count} "
            f"problems; nothing was imported",
            file=sys.stderr,
        )
        return 1
    if report.dry_run:
        print(f"{report.rows_read} 行检查通过(试运行) / {report.rows_read} rows OK (dry run)")
    else:
        print(
            f"已导入 {report.imported} 笔出入库,重算 {', '.join(report.months)} / imported "
            f"{report.imported} movements; recomputed {', '.join(report.months)}"
        )
    return 0


def cmd_stock_level(args, rt) -> int:
    m = stock.set_stock_level(rt.ctx, args.period, args.value)
    _stock_table([m])
    return 0


def cmd_stock_move(args, rt) -> int:
    mv = stock.record_movement(
        rt.ctx, args.date, args.part, args.quantity, args.unit_cost, args.direction, args.ref
    )
    print(
        f"已录入 / recorded: {mv.moved_on} {mv.part} {mv.direction} {mv.quantity:g} × "
        f"{mv.unit_cost:g} = {mv.cost:,.2f}"
    )
    return 0


def _stock_table(months) -> None:
    table(
        [
            "月份 month",
            "出库成本 issued",
            "期初 opening",
            "期末 closing",
            "平均库存 average",
            "周转率 turnover",
            "周转天数 days",
            "",
        ],
        [
            [
                m.period,
                _num(m.issued_cost, 2),
                _num(m.opening, 2),
                _num(m.closing, 2),
                _num(m.average, 2),
                _num(m.turnover, 2),
                _num(m.turnover_days, 1),
                m.missing,
            ]
            for m in months
        ],
    )


def cmd_stock_show(args, rt) -> int:
    months = stock.stock_months(rt.ctx, args.year)
    if args.json:
        print_json(months)
    else:
        _stock_table(months)
    return 0


def cmd_kb_count(args, rt) -> int:
    m = stock.set_kb_counts(rt.ctx, args.period, args.total, args.active, args.new)
    rate = "—" if m.active_rate is None else f"{m.active_rate:.1%}"
    print(
        f"已录入 / recorded: {m.period} 总数 total {m.total}, 活跃 active {m.active}, 新增 new "
        f"{m.new}; 知识活跃率 active rate {rate}"
    )
    return 0


def cmd_kb_show(args, rt) -> int:
    months = stock.kb_months(rt.ctx, args.year)
    if args.json:
        print_json(
            [
                {
                    "period": m.period,
                    "total": m.total,
                    "active": m.active,
                    "new": m.new,
                    "active_rate": m.active_rate,
                }
                for m in months
            ]
        )
        return 0
    table(
        ["月份 month", "总数 total", "活跃 active", "新增 new", "知识活跃率 active rate"],
        [
            [
                m.period,
                "" if m.total is None else m.total,
                "" if m.active is None else m.active,
                "" if m.new is None else m.new,
                "—" if m.active_rate is None else f"{m.active_rate:.1%}",
            ]
            for m in months
        ],
    )
    return 0
