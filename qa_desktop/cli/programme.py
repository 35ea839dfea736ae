"""The year's QA programme (plan §4.4)."""

from __future__ import annotations

from qa_desktop.domain.enums import ACTIVITY_STATUS_LABELS, ActivityStatus, label
from qa_desktop.services import programme as svc
from qa_desktop.services.context import Invalid, NotFound

from . import parsing
from .output import fmt_date, print_json, table

_STATE = {
    "done": "已完成 done",
    "cancelled": "已取消 cancelled",
    "due": "进行期 due",
    "overdue": "逾期 OVERDUE",
    "upcoming": "未到期 upcoming",
}


ORDER = 20  # place in `qa-desktop --help`


def register(sub) -> None:
    prog = sub.add_parser(
        "programme", help="年度质量保证方案 / the annual QA programme"
    ).add_subparsers(dest="sub", metavar="ACTION")
    p = prog.add_parser(
        "create", help="按计划 4.4 创建年度方案 / create a year's programme from plan §4.4"
    )
    p.add_argument("--year", type=parsing.year, help="年度(与 --from-last 同用时可省略) / year")
    source = p.add_mutually_exclusive_group()
    source.add_argument(
        "--from-year", type=parsing.year, help="沿用某年度的活动 / copy an earlier year"
    )
    source.add_argument(
        "--from-last",
        action="store_true",
        help="沿用最近一年的方案(默认为其下一年) / carry over the latest year's programme "
        "(by default into the year after it)",
    )
    p.add_argument("--title", default="")
    p.set_defaults(handler=cmd_create)
    p = prog.add_parser("show", help="查看年度方案 / show a year's programme")
    p.add_argument(
        "--year",
        type=parsing.year,
        help="年度(默认:本年有方案则本年,否则最近一年) / year (default: this year if it has a "
        "programme, else the latest)",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_show)
    p = prog.add_parser("update", help="更新活动(序号)/ update an activity by its number")
    p.add_argument("seq", type=int, help="活动序号 / activity number (1–9)")
    p.add_argument("--year", type=parsing.year, required=True)
    p.add_argument("--status", choices=[s.value for s in ActivityStatus])
    p.add_argument("--actual-date", type=parsing.day)
    p.add_argument("--owner", help="负责人 / owner")
    p.add_argument("--months", type=parsing.months, help="计划月份,如 3,6,9 / planned months")
    p.add_argument("--notes")
    p.set_defaults(handler=cmd_update)


def _strip(months: tuple[int, ...], state: str, actual) -> str:
    """Jan–Dec in 12 characters: x = planned, * = the month it was done, . = nothing."""
    done_month = actual.month if actual is not None and state == "done" else None
    return "".join("*" if m == done_month else "x" if m in months else "." for m in range(1, 13))


def _print(view) -> None:
    print(f"{view.year} {view.title}  ({view.document_number})")
    table(
        [
            "序号 #",
            "活动 activity",
            "责任人 role",
            "负责人 owner",
            "1–12月 months",
            "计划 planned",
            "完成日期 done on",
            "输出 output",
            "状态 status",
            "进度 state",
        ],
        [
            [
                a.seq,
                a.name,
                a.responsible_role,
                a.owner,
                _strip(a.planned_months, a.state, a.actual_date),
                f"{fmt_date(a.planned_date)}–{fmt_date(a.due_by)}" if a.planned_date else "",
                fmt_date(a.actual_date),
                a.output_document,
                label(ACTIVITY_STATUS_LABELS, ActivityStatus(a.status)),
                _STATE.get(a.state, a.state),
            ]
            for a in view.activities
        ],
    )
    counts = view.state_counts()
    print(
        "\n"
        + "  ".join(f"{_STATE[k]}: {n}" for k, n in counts.items() if n)
        + "   (x = 计划月份 planned, * = 完成月份 done)"
    )


def _year(args, rt) -> int:
    if args.year is not None:
        return args.year
    year = svc.default_year(rt.ctx)
    if year is None:
        raise NotFound(
            "还没有年度方案,请先创建(programme create --year YYYY) / no programme yet: "
            "create one with `programme create --year YYYY`"
        )
    return year


def cmd_create(args, rt) -> int:
    if args.from_last:
        if args.year is None:
            view = svc.create_next_programme(rt.ctx)
        else:
            years = svc.programme_years(rt.ctx)
            if not years:
                raise NotFound("还没有年度方案可沿用 / there is no programme to carry over yet")
            view = svc.create_programme(rt.ctx, args.year, title=args.title, from_year=years[-1])
    else:
        if args.year is None:
            raise Invalid("请给出年度(--year) / give the year (--year)")
        view = svc.create_programme(rt.ctx, args.year, title=args.title, from_year=args.from_year)
    _print(view)
    return 0


def cmd_show(args, rt) -> int:
    view = svc.get_programme(rt.ctx, _year(args, rt))
    if args.json:
        print_json(view)
    else:
        _print(view)
    return 0


def cmd_update(args, rt) -> int:
    view = svc.get_programme(rt.ctx, args.year)
    act = next((a for a in view.activities if a.seq == args.seq), None)
    if act is None:
        raise NotFound(f"{args.year} 年度方案没有第 {args.seq} 项活动 / no activity {args.seq}")
    months = args.months or None
    svc.update_activity(
        rt.ctx,
        act.id,
        status=args.status,
        actual_date=args.actual_date,
        owner=args.owner,
        planned_months=months,
        notes=args.notes,
    )
    _print(svc.get_programme(rt.ctx, args.year))
    return 0
