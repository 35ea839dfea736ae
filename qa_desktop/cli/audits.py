"""Audits, their checklists, answers and evidence files."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

from qa_desktop.domain.enums import (
    AUDIT_STATUS_LABELS,
    PROCESS_LABELS,
    RESULT_LABELS,
    AuditStatus,
    Result,
    label,
)
from qa_desktop.services import attachments as att_svc
from qa_desktop.services import audits as svc
from qa_desktop.services import checklists as cl
from qa_desktop.services import nonconformities as nc_svc

from . import parsing
from .output import clip, fmt_date, print_json, table

ORDER = 40  # place in `qa-desktop --help`


def register(sub) -> None:
    audit = sub.add_parser("audit", help="内部审核 / internal audits").add_subparsers(
        dest="sub", metavar="ACTION"
    )
    p = audit.add_parser("plan", help="策划一次审核(自动编号 IA-YYYY-NN) / plan an audit")
    p.add_argument("--title", required=True, help="审核名称 / title")
    p.add_argument("--year", type=parsing.year)
    p.add_argument("--objectives", default="", help="审核目标 / objectives")
    p.add_argument("--criteria", default="", help="审核准则 / criteria")
    p.add_argument("--client", default="", help="审核委托方 / audit client")
    p.add_argument("--method", default="", help="审核方法与抽样 / methods and sampling")
    p.add_argument("--locations", default="", help="地点 / locations")
    p.add_argument(
        "--processes", type=parsing.csv_list, default=[], help="过程代码,如 SD,SP,KM / processes"
    )
    p.add_argument(
        "--departments", type=parsing.csv_list, default=[], help="受审部门 / audited departments"
    )
    p.add_argument("--lead", help="审核组长 / lead auditor")
    p.add_argument("--team", type=parsing.csv_list, default=[], help="审核员 / auditors")
    p.add_argument("--start", type=parsing.day, help="计划开始日期 / planned start")
    p.add_argument("--end", type=parsing.day, help="计划结束日期 / planned end")
    p.add_argument(
        "--opening", type=parsing.moment, help="首次会议 'YYYY-MM-DD HH:MM' / opening meeting"
    )
    p.add_argument("--closing", type=parsing.moment, help="末次会议 / closing meeting")
    p.set_defaults(handler=cmd_plan)

    p = audit.add_parser("list", help="列出审核 / list audits")
    p.add_argument("--year", type=parsing.year)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_list)
    p = audit.add_parser("show", help="查看审核 / show an audit")
    p.add_argument("number")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_show)
    for name, helptext in (
        ("start", "开始审核 / start"),
        ("report", "审核已报告 / mark reported"),
        ("close", "关闭审核 / close"),
    ):
        p = audit.add_parser(name, help=helptext)
        p.add_argument("number")
        if name == "report":
            p.add_argument("--conclusion", help="审核结论 / conclusion")
            p.add_argument(
                "--force", action="store_true", help="有未答项也报告 / report with unanswered items"
            )
        p.set_defaults(handler=cmd_advance, action=name)

    chk = sub.add_parser("checklist", help="审核检查表 / audit checklists").add_subparsers(
        dest="sub", metavar="ACTION"
    )
    p = chk.add_parser(
        "start", help="对受审部门启用模板 / apply a template to an audited department"
    )
    p.add_argument("audit")
    p.add_argument("template")
    p.add_argument("department")
    p.add_argument("--auditor", help="审核员 / auditor")
    p.add_argument("--representative", default="", help="受审方陪同人 / auditee representative")
    p.set_defaults(handler=cmd_checklist_start)
    p = chk.add_parser("list", help="列出审核的检查表 / list an audit's checklists")
    p.add_argument("audit")
    p.set_defaults(handler=cmd_checklist_list)
    p = chk.add_parser("show", help="查看检查表与回答 / show a checklist with its answers")
    p.add_argument("audit")
    p.add_argument("template")
    p.add_argument("--dept", help="受审部门(有多个时) / department, when there are several")
    p.add_argument("--unanswered", action="store_true", help="只显示未答项 / unanswered only")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_checklist_show)

    p = sub.add_parser(
        "answer", help="记录一个检查项的回答(立即保存) / record an answer (saved at once)"
    )
    p.add_argument("audit")
    p.add_argument("template")
    p.add_argument("item", help="检查项编号,如 SD-04 / item id")
    p.add_argument(
        "result",
        type=parsing.result,
        nargs="?",
        help="符合/不符合/观察/不适用 或 C/NC/OBS/NA 或 1–4",
    )
    p.add_argument("--dept", help="受审部门 / department")
    p.add_argument("--notes", help="记录 / notes")
    p.add_argument("--sample", type=int, help="样本量 / sample size")
    p.add_argument("--bad", type=int, help="不符合数 / nonconforming count")
    p.add_argument("--refs", type=parsing.csv_list, help="抽样记录编号,逗号分隔 / sampled records")
    p.add_argument("--value", type=parsing.rate_or_number, help="测量值,如 85% / measured value")
    p.add_argument("--clear", action="store_true", help="清除回答 / clear the answer")
    p.set_defaults(handler=cmd_answer)

    p = sub.add_parser("attach", help="附加证据文件 / attach an evidence file")
    p.add_argument("file")
    p.add_argument("--nc", help="不符合项编号 / NC number")
    p.add_argument("--action", help="纠正措施,如 NC-2025-001:1 / an action as NUMBER:SEQ")
    p.add_argument("--audit")
    p.add_argument("--template")
    p.add_argument("--item")
    p.add_argument("--dept")
    p.add_argument("--caption", default="")
    p.set_defaults(handler=cmd_attach)


def _status(s: str) -> str:
    return label(AUDIT_STATUS_LABELS, AuditStatus(s))


def _print_audit(v) -> None:
    rows = [
        ["编号 number", v.number],
        ["名称 title", v.title],
        ["状态 status", _status(v.status)],
        ["目标 objectives", v.objectives],
        ["范围·过程 processes", "、".join(label(PROCESS_LABELS, p) for p in v.scope_processes)],
        ["范围·部门 departments", "、".join(d.name for d in v.scope_departments)],
        ["准则 criteria", v.criteria],
        ["委托方 client", v.client],
        ["组长 lead", v.lead_auditor.name if v.lead_auditor else ""],
        ["审核员 team", "、".join(t.name for t in v.team)],
        ["日期 dates", f"{fmt_date(v.planned_start)} – {fmt_date(v.planned_end)}"],
        ["首次会议 opening", fmt_date(v.opening_meeting_at)],
        ["末次会议 closing", fmt_date(v.closing_meeting_at)],
        ["进度 progress", f"{v.answered}/{v.total}"],
        ["不符合项 NCs", v.nc_count],
    ]
    table(["字段 field", "值 value"], rows)
    for w in v.warnings:
        print(f"注意 / warning: {w}")


def cmd_plan(args, rt) -> int:
    v = svc.plan_audit(
        rt.ctx,
        title=args.title,
        year=args.year,
        objectives=args.objectives,
        criteria=args.criteria,
        client=args.client,
        method=args.method,
        locations=args.locations,
        scope_processes=args.processes,
        scope_departments=args.departments,
        lead_auditor=args.lead,
        team=args.team,
        planned_start=args.start,
        planned_end=args.end,
        opening_meeting_at=args.opening,
        closing_meeting_at=args.closing,
    )
    print(f"已策划审核 / planned: {v.number} {v.title}")
    for w in v.warnings:
        print(f"注意 / warning: {w}")
    return 0


def cmd_list(args, rt) -> int:
    rows = svc.list_audits(rt.ctx, year=args.year)
    if args.json:
        print_json([dataclasses.asdict(r) for r in rows])
        return 0
    table(
        [
            "编号 number",
            "名称 title",
            "状态 status",
            "开始 start",
            "组长 lead",
            "过程 processes",
            "进度 progress",
            "不符合 NCs",
        ],
        [
            [
                r.number,
                clip(r.title, 30),
                _status(r.status),
                fmt_date(r.planned_start),
                r.lead_auditor,
                ",".join(r.scope_processes),
                f"{r.answered}/{r.total}",
                r.nc_count,
            ]
            for r in rows
        ],
    )
    return 0


def cmd_show(args, rt) -> int:
    v = svc.get_audit(rt.ctx, args.number)
    if args.json:
        print_json(v)
    else:
        _print_audit(v)
    return 0


def cmd_advance(args, rt) -> int:
    if args.action == "start":
        v = svc.start_audit(rt.ctx, args.number)
    elif args.action == "report":
        v = svc.report_audit(rt.ctx, args.number, conclusion=args.conclusion, force=args.force)
    else:
        v = svc.close_audit(rt.ctx, args.number)
    print(f"{v.number}: {_status(v.status)}")
    return 0


def cmd_checklist_start(args, rt) -> int:
    run = cl.start_run(
        rt.ctx,
        args.audit,
        args.template,
        args.department,
        auditor=args.auditor,
        representative=args.representative,
    )
    s = run.summary
    print(
        f"已启用检查表 / checklist started: {s.audit_number} {s.template_code} {s.title} — "
        f"{s.department} ({s.total} 项 items)"
    )
    for w in run.warnings:
        print(f"注意 / warning: {w}")
    return 0


def cmd_checklist_list(args, rt) -> int:
    table(
        ["模板 template", "名称 title", "受审部门 department", "审核员 auditor", "进度 progress"],
        [
            [r.template_code, r.title, r.department, r.auditor, f"{r.answered}/{r.total}"]
            for r in cl.list_runs(rt.ctx, args.audit)
        ],
    )
    return 0


def _result(value: str) -> str:
    return label(RESULT_LABELS, Result(value))


def cmd_checklist_show(args, rt) -> int:
    run = cl.get_run(rt.ctx, cl.find_run(rt.ctx, args.audit, args.template, args.dept))
    items = [i for i in run.items if not args.unanswered or i.response.result == Result.UNANSWERED]
    if args.json:
        print_json(
            [
                {
                    "item": i.item.id,
                    "question": i.item.question,
                    "result": i.response.result,
                    "notes": i.response.notes,
                    "sample_size": i.response.sample_size,
                    "nonconforming_count": i.response.nonconforming_count,
                    "measured_value": i.response.measured_value,
                    "sampled_refs": i.response.sampled_refs,
                    "answered_by": i.response.answered_by,
                    "answered_at": i.response.answered_at,
                    "ncs": i.nc_numbers,
                    "attachments": i.attachments,
                }
                for i in items
            ]
        )
        return 0
    s = run.summary
    print(
        f"{s.audit_number} {s.template_code} {s.title} — {s.department}  "
        f"已答 answered {s.answered}/{s.total}"
    )
    table(
        [
            "编号 id",
            "检查问题 question",
            "结论 result",
            "样本 sample",
            "记录 notes",
            "不符合项 NCs",
        ],
        [
            [
                i.item.id,
                clip(i.item.question, 36),
                _result(i.response.result),
                f"{i.response.nonconforming_count}/{i.response.sample_size}"
                if i.response.sample_size and i.response.nonconforming_count is not None
                else "",
                clip(i.response.notes, 30),
                ",".join(i.nc_numbers),
            ]
            for i in items
        ],
    )
    return 0


def _response_id(rt, audit, template, item, dept) -> str:
    return cl.response_id_for_item(rt.ctx, cl.find_run(rt.ctx, audit, template, dept), item)


def cmd_answer(args, rt) -> int:
    rid = _response_id(rt, args.audit, args.template, args.item, args.dept)
    fields = {}
    if args.clear:
        fields["result"] = Result.UNANSWERED.value
    elif args.result:
        fields["result"] = args.result
    for key, value in (
        ("notes", args.notes),
        ("sample_size", args.sample),
        ("nonconforming_count", args.bad),
        ("sampled_refs", args.refs),
        ("measured_value", args.value),
    ):
        if value is not None:
            fields[key] = value
    if not fields:
        print(
            "qa-desktop: 没有要记录的内容 / nothing to record (give a result or --notes …)",
            file=sys.stderr,
        )
        return 2
    r = cl.record_response(rt.ctx, rid, **fields)
    print(
        f"已保存 / saved: {r.item_id} {_result(r.result)}"
        + (
            f" ({r.nonconforming_count}/{r.sample_size})"
            if r.sample_size and r.nonconforming_count is not None
            else ""
        )
    )
    return 0


def cmd_attach(args, rt) -> int:
    if args.nc:
        a = att_svc.attach_file(rt.ctx, Path(args.file), nc=args.nc, caption=args.caption)
    elif args.action:
        number, _, seq = args.action.rpartition(":")
        action_id = nc_svc.action_id_by_seq(rt.ctx, number, int(seq) if seq.isdigit() else 0)
        a = att_svc.attach_file(rt.ctx, Path(args.file), action_id=action_id, caption=args.caption)
    elif args.audit and args.template and args.item:
        rid = _response_id(rt, args.audit, args.template, args.item, args.dept)
        a = att_svc.attach_file(rt.ctx, Path(args.file), response_id=rid, caption=args.caption)
    else:
        print(
            "qa-desktop: 请指定 --nc、--action 或 --audit/--template/--item / say what to attach to",
            file=sys.stderr,
        )
        return 2
    print(f"已附加 / attached: {a.original_name} ({a.mime_type}, {a.size} bytes, {a.sha256[:12]})")
    return 0
