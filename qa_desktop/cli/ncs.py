"""Nonconformities: raise, list, follow through the workflow, corrective actions."""

from __future__ import annotations

from pathlib import Path

from qa_desktop.domain.enums import (
    ACTION_STATUS_LABELS,
    CAUSE_LABELS,
    GRADE_LABELS,
    NC_STATUS_LABELS,
    NC_TYPE_LABELS,
    ActionStatus,
    CauseCategory,
    Grade,
    NcStatus,
    NcType,
    label,
)
from qa_desktop.domain.nc_workflow import TRANSITION_LABELS, Transition
from qa_desktop.services import checklists as cl
from qa_desktop.services import nc_exchange as exchange
from qa_desktop.services import nonconformities as svc
from qa_desktop.services.context import Invalid

from . import parsing
from .output import clip, fmt_date, print_json, print_row_errors, table

# (command, aliases, transition, the inputs it takes)
_TRANSITIONS = [
    ("issue", [], Transition.ISSUE, ()),
    ("acknowledge", ["ack"], Transition.ACKNOWLEDGE, ("by",)),
    ("dispute", [], Transition.DISPUTE, ("reason",)),
    ("resolve-dispute", ["uphold"], Transition.RESOLVE_DISPUTE, ("reason",)),
    ("withdraw", [], Transition.WITHDRAW, ("reason",)),
    ("track", [], Transition.TRACK, ()),
    ("submit-plan", ["plan"], Transition.SUBMIT_PLAN, ()),
    ("reject-plan", [], Transition.REJECT_PLAN, ("reason",)),
    ("approve-plan", [], Transition.APPROVE_PLAN, ()),
    ("start", ["implement"], Transition.START, ()),
    ("request-verification", [], Transition.REQUEST_VERIFICATION, ()),
    ("verify", [], None, ("verifier", "method", "result", "notes", "on")),
    ("reopen", [], Transition.REOPEN, ("reason",)),
    ("close", [], Transition.CLOSE, ()),
]


def _filters(p) -> None:
    p.add_argument("--status", type=parsing.nc_status, action="append", help="状态,可重复 / status")
    p.add_argument("--grade", type=parsing.grade, action="append", help="严重/一般/观察 / grade")
    p.add_argument("--process", action="append", help="过程 SD/SP/KM / process")
    p.add_argument("--dept", action="append", help="部门 / department")
    p.add_argument("--audit", action="append", help="审核编号 / audit number")
    p.add_argument("--year", type=parsing.year)
    p.add_argument("--owner", help="纠正措施责任人 / action owner")
    p.add_argument("--overdue", action="store_true", help="只看逾期 / overdue only")
    p.add_argument("--open", action="store_true", help="只看未关闭 / open only")
    p.add_argument(
        "--search", default="", help="搜索编号、条款、事实 / search number, clause, facts"
    )


ORDER = 50  # place in `qa-desktop --help`


def register(sub) -> None:
    nc = sub.add_parser("nc", help="不符合项 / nonconformities").add_subparsers(
        dest="sub", metavar="ACTION"
    )

    p = nc.add_parser("raise", help="开具不符合项(草稿) / record a nonconformity")
    p.add_argument("--process", required=True, help="过程 SD/SP/KM")
    p.add_argument("--facts", required=True, help="不符合事实 / facts")
    p.add_argument("--clause", required=True, help="不符合条款 / clause")
    p.add_argument("--grade", type=parsing.grade, required=True, help="严重/一般/观察")
    p.add_argument("--dept", help="受审部门 / department")
    p.add_argument("--audit", help="审核编号 / audit")
    p.add_argument("--type", type=parsing.nc_type, help="体系性/实施性/效果性")
    p.add_argument("--found", type=parsing.day, help="发现日期 / found on")
    p.add_argument("--auditor")
    p.add_argument("--internal-clause", default="", help="内部文件条款 / internal clause")
    p.add_argument("--representative", default="", help="受审方陪同人 / auditee representative")
    p.add_argument("--due", type=parsing.day, help="完成期限 / due date")
    p.add_argument("--parent", help="前序不符合项(再发) / earlier NC this one recurs")
    p.add_argument("--issue", action="store_true", help="立即开具 / issue at once")
    p.set_defaults(handler=cmd_raise)

    p = nc.add_parser("from-item", help="从检查项开具不符合项 / raise from a checklist item")
    p.add_argument("audit")
    p.add_argument("template")
    p.add_argument("item")
    p.add_argument("--dept")
    p.add_argument("--grade", type=parsing.grade)
    p.add_argument("--facts")
    p.add_argument("--type", type=parsing.nc_type)
    p.add_argument("--found", type=parsing.day, help="发现日期(默认:作答日期) / found on")
    p.add_argument("--issue", action="store_true")
    p.set_defaults(handler=cmd_from_item)

    p = nc.add_parser("list", help="不符合项登记表 / the register")
    _filters(p)
    p.add_argument(
        "--sort", default="due_date", help="number/due_date/found_on/grade/status/process"
    )
    p.add_argument("--desc", action="store_true")
    p.add_argument("--limit", type=int, default=200)
    p.add_argument("--offset", type=int, default=0)
    p.add_argument("--json", action="store_true", help="输出 JSON 数组 / print a JSON array")
    p.set_defaults(handler=cmd_list)

    p = nc.add_parser(
        "export",
        help="导出登记表到 Excel/CSV / export the register to Excel or CSV",
        description="按筛选条件导出不符合项(.xlsx 或 .csv,按扩展名)。 / "
        "Export the NCs the filters select (.xlsx or .csv, by the file's suffix).",
    )
    p.add_argument(
        "-o", "--output", required=True, metavar="FILE", help="FILE.xlsx 或 FILE.csv / output file"
    )
    _filters(p)
    p.add_argument(
        "--lang",
        choices=["zh_CN", "en"],
        default="zh_CN",
        help="表头与代码的语言(默认中文) / language of headers and labels (default zh_CN)",
    )
    p.set_defaults(handler=cmd_export)

    p = nc.add_parser(
        "import",
        help="从 Excel/CSV 导入不符合项(全部成功或全部不导入) / import NCs (all or nothing)",
        description="检查每一行;只要有一行有错,就不导入任何数据。 / Every row is checked; "
        "if any row is wrong nothing is imported.",
    )
    p.add_argument("file", nargs="?", metavar="FILE", help="FILE.xlsx 或 FILE.csv / input file")
    p.add_argument(
        "--dry-run", action="store_true", help="只检查,不导入 / check only, import nothing"
    )
    p.add_argument(
        "--template",
        action="store_true",
        help="生成填写模板(配合 -o) / write the import template (with -o)",
    )
    p.add_argument("-o", "--output", metavar="FILE", help="模板文件 FILE.xlsx / template file")
    p.add_argument(
        "--lang",
        choices=["zh_CN", "en"],
        default="zh_CN",
        help="模板语言(默认中文) / template language (default zh_CN)",
    )
    p.set_defaults(handler=cmd_import, import_parser=p)

    p = nc.add_parser("show", help="查看不符合项 / show a nonconformity")
    p.add_argument("number")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_show)

    p = nc.add_parser("history", help="修改历史 / change history")
    p.add_argument("number")
    p.set_defaults(handler=cmd_history)

    p = nc.add_parser("edit", help="修改内容(纠正、原因、期限…) / edit content")
    p.add_argument("number")
    for flag, helptext in (
        ("--facts", "事实"),
        ("--clause", "条款"),
        ("--internal-clause", "内部条款"),
        ("--correction", "纠正 correction"),
        ("--root-cause", "原因分析 root cause"),
        ("--similar-check", "类似问题横向排查"),
        ("--system-update", "体系文件/风险更新"),
        ("--representative", "受审方陪同人"),
        ("--process", "过程"),
        ("--dept", "部门"),
    ):
        p.add_argument(flag, help=helptext)
    p.add_argument("--grade", type=parsing.grade)
    p.add_argument("--type", type=parsing.nc_type)
    p.add_argument("--category", type=parsing.cause, help="人/机/料/法/环/测")
    p.add_argument("--why", action="append", help="5-why 步骤,可重复 / a why step, repeatable")
    p.add_argument("--due", type=parsing.day)
    p.add_argument("--parent")
    p.set_defaults(handler=cmd_edit)

    for name, aliases, t, inputs in _TRANSITIONS:
        helptext = (
            f"{TRANSITION_LABELS[t][0]} / {TRANSITION_LABELS[t][1]}"
            if t
            else "验证纠正措施有效性 / verify effectiveness"
        )
        p = nc.add_parser(name, aliases=aliases, help=helptext)
        p.add_argument("number")
        if "reason" in inputs:
            p.add_argument("--reason", required=True, help="理由 / reason")
        if "by" in inputs:
            p.add_argument("--by", default="", help="受审方确认人 / who acknowledges")
        if "verifier" in inputs:
            p.add_argument("--verifier", required=True, help="验证人 / verifier")
            p.add_argument("--method", default="", help="验证方法 / method")
            p.add_argument("--result", choices=["effective", "not-effective"], required=True)
            p.add_argument("--notes", default="")
            p.add_argument("--on", type=parsing.day, help="验证日期 / date")
        p.set_defaults(handler=cmd_transition, transition=t)

    act = nc.add_parser("action", help="纠正措施 / corrective actions").add_subparsers(
        dest="action_cmd", metavar="ACTION"
    )
    p = act.add_parser("add", help="增加纠正措施 / add an action")
    p.add_argument("number")
    p.add_argument("description")
    p.add_argument("--owner", help="责任人 / owner")
    p.add_argument("--due", type=parsing.day, help="完成期限 / due date")
    p.set_defaults(handler=cmd_action_add)
    p = act.add_parser("list", help="列出纠正措施 / list actions")
    p.add_argument("number")
    p.set_defaults(handler=cmd_action_list)
    for name, status in (
        ("done", ActionStatus.DONE),
        ("start", ActionStatus.IN_PROGRESS),
        ("cancel", ActionStatus.CANCELLED),
        ("reset", ActionStatus.OPEN),
    ):
        p = act.add_parser(name, help=" / ".join(ACTION_STATUS_LABELS[status]))
        p.add_argument("number")
        p.add_argument("seq", type=int, help="措施序号 / action number")
        p.add_argument("--evidence", help="实施证据 / evidence")
        p.set_defaults(handler=cmd_action_status, status=status)


def _grade(g: str) -> str:
    return label(GRADE_LABELS, Grade(g))


def _state(s: str) -> str:
    return label(NC_STATUS_LABELS, NcStatus(s))


def cmd_raise(args, rt) -> int:
    v = svc.raise_nc(
        rt.ctx,
        process=args.process,
        facts=args.facts,
        clause=args.clause,
        grade=args.grade,
        department=args.dept,
        audit=args.audit,
        nc_type=args.type,
        found_on=args.found,
        auditor=args.auditor,
        internal_clause=args.internal_clause,
        auditee_representative=args.representative,
        due_date=args.due,
        parent=args.parent,
        issue=args.issue,
    )
    print(f"已记录 / recorded: {v.number} {_grade(v.grade)} {_state(v.status)}")
    return 0


def cmd_from_item(args, rt) -> int:
    rid = cl.response_id_for_item(
        rt.ctx, cl.find_run(rt.ctx, args.audit, args.template, args.dept), args.item
    )
    v = svc.raise_nc_from_response(
        rt.ctx,
        rid,
        grade=args.grade,
        facts=args.facts,
        nc_type=args.type,
        found_on=args.found,
        issue=args.issue,
    )
    print(f"已记录 / recorded: {v.number} {_grade(v.grade)} {_state(v.status)} ({v.source_item})")
    return 0


def _filter_args(args) -> dict:
    """The options `_filters` adds, as the filters `list_ncs` (and the export) take."""
    return {
        "status": args.status,
        "grade": args.grade,
        "process": args.process,
        "department_ref": args.dept,
        "audit": args.audit,
        "year": args.year,
        "owner": args.owner,
        "overdue": True if args.overdue else None,
        "open_only": args.open,
        "text": args.search,
    }


def cmd_list(args, rt) -> int:
    page = svc.list_ncs(
        rt.ctx,
        **_filter_args(args),
        sort=args.sort,
        descending=args.desc,
        offset=args.offset,
        limit=args.limit,
    )
    if args.json:
        print_json([r.as_json() for r in page.rows])
        return 0
    table(
        [
            "编号 number",
            "等级 grade",
            "状态 status",
            "过程 process",
            "部门 department",
            "期限 due",
            "逾期 overdue",
            "事实 facts",
        ],
        [
            [
                r.number,
                _grade(r.grade),
                _state(r.status),
                r.process,
                r.department,
                fmt_date(r.due_date),
                "逾期 OVERDUE" if r.overdue else "",
                clip(r.facts, 40),
            ]
            for r in page.rows
        ],
    )
    shown = f"{page.offset + 1}–{page.offset + len(page.rows)}" if page.rows else "0"
    print(f"共 {page.total} 项,显示 {shown} / {page.total} in all, showing {shown}")
    return 0


def cmd_export(args, rt) -> int:
    n = exchange.export_ncs(rt.ctx, Path(args.output), lang=args.lang, **_filter_args(args))
    print(f"已导出 {n} 项不符合项 / exported {n} nonconformities: {args.output}")
    return 0


def _numbers(created: tuple[str, ...]) -> str:
    if len(created) <= 10:
        return ", ".join(created)
    return f"{created[0]} … {created[-1]}"


MAX_SHOWN_ERRORS = 200


def cmd_import(args, rt) -> int:
    if args.template:
        if not args.output or args.file:
            args.import_parser.error("--template 需要 -o FILE.xlsx / --template takes -o FILE.xlsx")
        exchange.write_import_template(Path(args.output), lang=args.lang)
        print(f"已生成导入模板 / import template written: {args.output}")
        return 0
    if not args.file or args.output:
        args.import_parser.error("请给出要导入的文件 / give the FILE to import")
    report = exchange.import_ncs(rt.ctx, Path(args.file), dry_run=args.dry_run)
    if report.errors:
        return print_row_errors(report, MAX_SHOWN_ERRORS)
    if report.dry_run:
        print(
            f"{report.rows_ok} 行检查通过(试运行,未导入) / {report.rows_ok} rows OK "
            f"(dry run, nothing imported)"
        )
        return 0
    print(
        f"{report.rows_ok} 行已导入 / {report.rows_ok} rows OK, imported {_numbers(report.created)}"
    )
    return 0


def cmd_show(args, rt) -> int:
    v = svc.get_nc(rt.ctx, args.number)
    if args.json:
        print_json(v)
        return 0
    rows = [
        ["编号 number", v.number],
        ["审核 audit", v.audit_number],
        ["检查项 item", v.source_item],
        ["过程 process", v.process],
        ["部门 department", v.department],
        ["审核员 auditor", v.auditor],
        ["发现日期 found", fmt_date(v.found_on)],
        ["事实 facts", v.facts],
        ["条款 clause", v.clause],
        ["内部条款 internal", v.internal_clause],
        ["等级 grade", _grade(v.grade)],
        ["类型 type", label(NC_TYPE_LABELS, NcType(v.nc_type)) if v.nc_type else ""],
        ["状态 status", _state(v.status) + (" 逾期 OVERDUE" if v.overdue else "")],
        ["确认 acknowledged", f"{v.acknowledged_by} {fmt_date(v.acknowledged_on)}".strip()],
        ["纠正 correction", v.correction],
        [
            "原因类别 category",
            label(CAUSE_LABELS, CauseCategory(v.root_cause_category))
            if v.root_cause_category
            else "",
        ],
        ["5-why", " → ".join(v.why_steps)],
        ["根本原因 root cause", v.root_cause],
        ["完成期限 due", fmt_date(v.due_date)],
        [
            "验证 verification",
            f"{v.verifier} {fmt_date(v.verified_on)} {v.verification_result or ''}".strip(),
        ],
        ["关闭 closed", f"{fmt_date(v.closed_at)} {v.closed_by}".strip()],
        ["重开次数 reopened", v.reopen_count],
        ["前序 parent", v.parent_number],
    ]
    table(["字段 field", "值 value"], rows)
    if v.actions:
        print()
        _print_actions(v.actions)
    allowed = "、".join(TRANSITION_LABELS[Transition(t)][0] for t in v.allowed)
    print(f"\n可执行 / possible next: {allowed or '—'}")
    return 0


def _print_actions(actions) -> None:
    table(
        ["# ", "纠正措施 action", "责任人 owner", "期限 due", "状态 status", "完成 done", "逾期"],
        [
            [
                a.seq,
                clip(a.description, 40),
                a.owner,
                fmt_date(a.due_date),
                label(ACTION_STATUS_LABELS, ActionStatus(a.status)),
                fmt_date(a.completed_at),
                "逾期 OVERDUE" if a.overdue else "",
            ]
            for a in actions
        ],
    )


def cmd_history(args, rt) -> int:
    for e in svc.history(rt.ctx, args.number):
        print(f"{fmt_date(e.at)}  {e.actor}  {e.entity} {e.action}")
        for c in e.changes:
            print(f"    {c.field}: {clip(str(c.before), 40)} → {clip(str(c.after), 40)}")
    return 0


def cmd_edit(args, rt) -> int:
    fields = {
        "facts": args.facts,
        "clause": args.clause,
        "internal_clause": args.internal_clause,
        "correction": args.correction,
        "root_cause": args.root_cause,
        "similar_check": args.similar_check,
        "system_update": args.system_update,
        "auditee_representative": args.representative,
        "process": args.process,
        "department": args.dept,
        "grade": args.grade,
        "why_steps": args.why,
    }
    fields = {k: v for k, v in fields.items() if v is not None}
    for key, value in (
        ("nc_type", args.type),
        ("root_cause_category", args.category),
        ("due_date", args.due),
        ("parent", args.parent),
    ):
        if value is not None:
            fields[key] = value
    if not fields:
        raise Invalid("没有要修改的内容 / nothing to change")
    v = svc.update_nc(rt.ctx, args.number, **fields)
    print(f"已保存 / saved: {v.number}")
    return 0


def cmd_transition(args, rt) -> int:
    t = args.transition
    if t is None:
        t = (
            Transition.VERIFY_EFFECTIVE
            if args.result == "effective"
            else Transition.VERIFY_NOT_EFFECTIVE
        )
    v = svc.transition(
        rt.ctx,
        args.number,
        t,
        reason=getattr(args, "reason", ""),
        acknowledged_by=getattr(args, "by", ""),
        verifier=getattr(args, "verifier", None),
        method=getattr(args, "method", ""),
        notes=getattr(args, "notes", ""),
        on=getattr(args, "on", None),
    )
    print(
        f"{v.number}: {_state(v.status)}"
        + (f"(重开 {v.reopen_count} 次 / reopened {v.reopen_count}×)" if v.reopen_count else "")
    )
    return 0


def cmd_action_add(args, rt) -> int:
    a = svc.add_action(rt.ctx, args.number, args.description, owner=args.owner, due_date=args.due)
    print(f"已增加措施 / added action {a.seq}: {a.description}")
    return 0


def cmd_action_list(args, rt) -> int:
    _print_actions(svc.get_nc(rt.ctx, args.number).actions)
    return 0


def cmd_action_status(args, rt) -> int:
    action_id = svc.action_id_by_seq(rt.ctx, args.number, args.seq)
    a = svc.set_action_status(rt.ctx, action_id, args.status, evidence=args.evidence)
    print(f"措施 {a.seq}: {label(ACTION_STATUS_LABELS, ActionStatus(a.status))}")
    return 0
