"""Management reviews (管理评审): plan, input pack, notes, actions, conclusion, close."""

from __future__ import annotations

import argparse

from qa_desktop.domain.enums import ACTION_STATUS_LABELS, ActionStatus, label
from qa_desktop.domain.kpi import format_kpi_target, format_kpi_value
from qa_desktop.services import review_pack as pack_svc
from qa_desktop.services import reviews as svc
from qa_desktop.services.context import Invalid

from . import parsing
from .output import clip, fmt_date, print_json, table

ORDER = 80  # place in `qa-desktop --help`

_CATEGORIES = {
    **{code: code for code in svc.ACTION_CATEGORIES},
    **{zh: code for code, (zh, _en) in svc.ACTION_CATEGORY_LABELS.items()},
    **{en.lower(): code for code, (_zh, en) in svc.ACTION_CATEGORY_LABELS.items()},
    "改进": "improvement",
    "变更": "system_change",
    "资源": "resources",
    "change": "system_change",
}


def _category(text: str) -> str:
    value = _CATEGORIES.get(text.strip().lower())
    if value is None:
        raise argparse.ArgumentTypeError(
            f"未知措施类别 / unknown category: {text} ({', '.join(svc.ACTION_CATEGORIES)})"
        )
    return value


def register(sub) -> None:
    review = sub.add_parser("review", help="管理评审 / management reviews").add_subparsers(
        dest="sub", metavar="ACTION"
    )

    p = review.add_parser("plan", help="策划管理评审 / plan a management review")
    p.add_argument("--year", type=parsing.year, help="评审年度(默认取日期的年份) / review year")
    p.add_argument("--title", required=True, help="评审名称 / title")
    p.add_argument("--date", type=parsing.day, required=True, help="计划日期 / planned date")
    p.add_argument("--location", default="", help="地点 / location")
    p.add_argument("--chair", help="主持人(人员姓名) / chair (a person)")
    p.add_argument(
        "--participants", type=parsing.csv_list, help="参加人员,逗号分隔 / participants A,B"
    )
    p.set_defaults(handler=cmd_plan)

    p = review.add_parser("list", help="管理评审清单 / list the reviews")
    p.add_argument("--year", type=parsing.year)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_list)

    p = review.add_parser("show", help="查看管理评审 / show a review")
    p.add_argument("number", help="评审编号,如 MR-2025-01 / review number")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_show)

    p = review.add_parser("pack", help="评审输入材料(由数据汇编) / the compiled input pack")
    p.add_argument("number")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_pack)

    p = review.add_parser(
        "note", help="填写某项评审输入的说明 / write the notes of one input (a–k)"
    )
    p.add_argument("number")
    p.add_argument("input_key", metavar="INPUT_KEY", help="输入项 a–k / input a–k")
    p.add_argument("text", help='说明文字(空字符串清除) / the text ("" clears it)')
    p.set_defaults(handler=cmd_note)

    p = review.add_parser("hold", help="记录评审会议已召开 / record that the meeting was held")
    p.add_argument("number")
    p.add_argument("--on", type=parsing.day, required=True, help="召开日期 / held on")
    p.set_defaults(handler=cmd_hold)

    p = review.add_parser(
        "conclude", help="评审结论:适宜性、充分性、有效性 / the review's conclusion"
    )
    p.add_argument("number")
    p.add_argument("--suitability", help="适宜性 / suitability")
    p.add_argument("--adequacy", help="充分性 / adequacy")
    p.add_argument("--effectiveness", help="有效性 / effectiveness")
    p.set_defaults(handler=cmd_conclude)

    p = review.add_parser("close", help="关闭管理评审 / close the review")
    p.add_argument("number")
    p.set_defaults(handler=cmd_close)

    action = review.add_parser("action", help="评审决议与措施 / decisions and actions")
    act = action.add_subparsers(dest="action_sub", metavar="ACTION")
    p = act.add_parser("add", help="增加措施 / add an action")
    p.add_argument("number")
    p.add_argument("description")
    p.add_argument("--owner", required=True, help="责任人 / owner")
    p.add_argument("--due", type=parsing.day, required=True, help="完成期限 / due date")
    p.add_argument(
        "--category",
        type=_category,
        default="improvement",
        help="改进 improvement / 变更 system_change / 资源 resources",
    )
    p.set_defaults(handler=cmd_action_add)
    p = act.add_parser("done", help="措施已完成 / mark an action done")
    p.add_argument("number")
    p.add_argument("seq", type=int, help="措施序号 / action number")
    p.add_argument("--evidence", default="", help="完成证据 / evidence")
    p.set_defaults(handler=cmd_action_done)
    p = act.add_parser("status", help="修改措施状态 / set an action's status")
    p.add_argument("number")
    p.add_argument("seq", type=int)
    p.add_argument("status", choices=[s.value for s in ActionStatus])
    p.add_argument("--evidence")
    p.set_defaults(handler=cmd_action_status)
    p = act.add_parser(
        "list",
        help="未完成的评审措施(逾期在前),或某次评审的全部措施 / open review actions, overdue "
        "first, or all actions of one review",
    )
    p.add_argument("number", nargs="?")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_action_list)


# --- printing --------------------------------------------------------------------------------


def _status(code: str) -> str:
    zh, en = svc.REVIEW_STATUS_LABELS.get(code, (code, code))
    return f"{zh} {en}"


def _print_actions(actions) -> None:
    table(
        [
            "评审 review",
            "#",
            "类别 category",
            "措施 action",
            "责任人 owner",
            "期限 due",
            "状态 status",
            "完成 done",
            "逾期",
        ],
        [
            [
                a.review_number,
                a.seq,
                svc.ACTION_CATEGORY_LABELS.get(a.category, (a.category,))[0],
                clip(a.description, 40),
                a.owner,
                fmt_date(a.due_date),
                label(ACTION_STATUS_LABELS, ActionStatus(a.status)),
                fmt_date(a.completed_at),
                f"逾期 OVERDUE {a.days_overdue}d" if a.overdue else "",
            ]
            for a in actions
        ],
    )


def _print_review(v) -> None:
    print(f"{v.number}  {v.title}  [{_status(v.status)}]")
    sep = "、"
    table(
        ["字段 field", "值 value"],
        [
            ["年度 year", v.year],
            ["计划日期 planned", fmt_date(v.planned_on)],
            ["召开日期 held", fmt_date(v.held_on)],
            ["地点 location", v.location],
            ["主持人 chair", v.chair],
            ["参加人员 participants", sep.join(v.participants)],
            ["适宜性 suitability", clip(v.suitability, 60)],
            ["充分性 adequacy", clip(v.adequacy, 60)],
            ["有效性 effectiveness", clip(v.effectiveness, 60)],
            ["关闭 closed", fmt_date(v.closed_at)],
        ],
    )
    print()
    table(
        ["输入 input", "议题 agenda item", "汇报人 owner", "说明 notes"],
        [
            [f"{a.key})", clip(a.title_zh, 36), a.owner, clip(v.input_notes.get(a.key, ""), 30)]
            for a in v.agenda
        ],
    )
    if v.actions:
        print()
        _print_actions(v.actions)
    if v.close_blockers:
        print("\n尚不能关闭 / cannot close yet:")
        for b in v.close_blockers:
            print(f"  - {b}")


# --- commands --------------------------------------------------------------------------------


def cmd_plan(args, rt) -> int:
    v = svc.plan_review(
        rt.ctx,
        title=args.title,
        planned_on=args.date,
        year=args.year,
        location=args.location,
        chair=args.chair,
        participants=args.participants,
    )
    print(f"已策划 / planned: {v.number} {v.title} ({fmt_date(v.planned_on)})")
    return 0


def cmd_list(args, rt) -> int:
    rows = svc.list_reviews(rt.ctx, args.year)
    if args.json:
        print_json(rows)
        return 0
    table(
        [
            "编号 number",
            "名称 title",
            "状态 status",
            "计划 planned",
            "召开 held",
            "主持 chair",
            "措施 actions",
            "未完成 open",
            "逾期 overdue",
        ],
        [
            [
                r.number,
                clip(r.title, 30),
                _status(r.status),
                fmt_date(r.planned_on),
                fmt_date(r.held_on),
                r.chair,
                r.actions,
                r.open_actions,
                r.overdue_actions or "",
            ]
            for r in rows
        ],
    )
    return 0


def cmd_show(args, rt) -> int:
    v = svc.get_review(rt.ctx, args.number)
    if args.json:
        print_json(v)
    else:
        _print_review(v)
    return 0


def _print_pack(p) -> None:
    print(f"{p.review_number}  {p.title} — 评审输入 / input pack ({p.year})")
    for s in p.sections:
        print(f"\n{s.key}) {s.title_zh} / {s.title_en}")
        print(f"   {s.summary_zh}")
        print(f"   {s.summary_en}")
        for k in s.kpis:
            verdict = {True: "达标 met", False: "未达标 missed", None: ""}[k.meets_target]
            print(
                f"   · {k.name_zh}: {format_kpi_value(k.year_value, k.unit)} "
                f"(目标 target {format_kpi_target(k.direction, k.target, k.unit)}) {verdict}"
            )
        if s.note:
            print(f"   说明 notes: {s.note}")
        for problem in s.problems:
            print(f"   ! {problem}")


def cmd_pack(args, rt) -> int:
    p = pack_svc.compile_pack(rt.ctx, args.number)
    if args.json:
        print_json(p)
    else:
        _print_pack(p)
    return 0


def cmd_note(args, rt) -> int:
    v = svc.set_input_note(rt.ctx, args.number, args.input_key, args.text)
    key = args.input_key.strip().lower()
    state = "已保存 / saved" if v.input_notes.get(key) else "已清除 / cleared"
    print(f"{v.number} {key}): {state}")
    return 0


def cmd_hold(args, rt) -> int:
    v = svc.hold_review(rt.ctx, args.number, args.on)
    print(f"{v.number}: {_status(v.status)} {fmt_date(v.held_on)}")
    return 0


def cmd_conclude(args, rt) -> int:
    if args.suitability is None and args.adequacy is None and args.effectiveness is None:
        raise Invalid(
            "请给出 --suitability、--adequacy 或 --effectiveness / give --suitability, "
            "--adequacy or --effectiveness"
        )
    v = svc.set_conclusion(
        rt.ctx,
        args.number,
        suitability=args.suitability,
        adequacy=args.adequacy,
        effectiveness=args.effectiveness,
    )
    print(f"已保存结论 / conclusion saved: {v.number}")
    for b in v.close_blockers:
        print(f"  - {b}")
    return 0


def cmd_close(args, rt) -> int:
    v = svc.close_review(rt.ctx, args.number)
    print(f"{v.number}: {_status(v.status)}")
    if v.open_actions:
        print(f"未完成措施 / open actions: {v.open_actions}(继续跟踪 / still followed up)")
    return 0


def cmd_action_add(args, rt) -> int:
    a = svc.add_action(
        rt.ctx,
        args.number,
        args.description,
        owner=args.owner,
        due_date=args.due,
        category=args.category,
    )
    print(f"已增加措施 / added action {a.review_number} #{a.seq}: {a.description}")
    return 0


def cmd_action_done(args, rt) -> int:
    action_id = svc.action_id_by_seq(rt.ctx, args.number, args.seq)
    a = svc.complete_action(rt.ctx, action_id, evidence=args.evidence)
    print(f"{a.review_number} #{a.seq}: {label(ACTION_STATUS_LABELS, ActionStatus(a.status))}")
    return 0


def cmd_action_status(args, rt) -> int:
    action_id = svc.action_id_by_seq(rt.ctx, args.number, args.seq)
    a = svc.set_action_status(rt.ctx, action_id, args.status, evidence=args.evidence)
    print(f"{a.review_number} #{a.seq}: {label(ACTION_STATUS_LABELS, ActionStatus(a.status))}")
    return 0


def cmd_action_list(args, rt) -> int:
    if args.number:
        actions = svc.get_review(rt.ctx, args.number).actions
    else:
        actions = tuple(svc.open_actions(rt.ctx))
    if args.json:
        print_json(list(actions))
    else:
        _print_actions(actions)
    return 0
