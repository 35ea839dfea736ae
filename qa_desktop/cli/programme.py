"""The year's QA programme (plan §4.4)."""

from __future__ import annotations

from qa_desktop.domain.enums import ACTIVITY_STATUS_LABELS, ActivityStatus, label
from qa_desktop.services import programme as svc
from qa_desktop.services.context import NotFound

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
    p.add_argument("--year", type=parsing.year, required=True)
    p.add_argument("--from-year", type=parsing.year, help="沿用某年度的活动 / copy an earlier year")
    p.add_argument("--title", default="")
    p.set_defaults(handler=cmd_create)
    p = prog.add_parser("show", help="查看年度方案 / show a year's programme")
    p.add_argument("--year", type=parsing.year, required=True)
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


def _print(view) -> None:
    print(f"{view.year} {view.title}  ({view.document_number})")
    table(
        [
            "序号 #",
            "活动 activity",
            "责任人 role",
            "负责人 owner",
            "计划月份 months",
            "输出 output",
            "状态 status",
            "完成日期 done on",
            "进度 state",
        ],
        [
            [
                a.seq,
                a.name,
                a.responsible_role,
                a.owner,
                ",".join(map(str, a.planned_months)),
                a.output_document,
                label(ACTIVITY_STATUS_LABELS, ActivityStatus(a.status)),
                fmt_date(a.actual_date),
                _STATE.get(a.state, a.state),
            ]
            for a in view.activities
        ],
    )


def cmd_create(args, rt) -> int:
    _print(svc.create_programme(rt.ctx, args.year, title=args.title, from_year=args.from_year))
    return 0


def cmd_show(args, rt) -> int:
    view = svc.get_programme(rt.ctx, args.year)
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
