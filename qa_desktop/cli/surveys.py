"""Customer satisfaction surveys (plan §4.4 rows 1–3): plan, responses, import, analysis."""

from __future__ import annotations

import argparse
from pathlib import Path

from qa_desktop.domain.enums import label
from qa_desktop.schemas.survey_rows import parse_score
from qa_desktop.services import surveys as svc
from qa_desktop.services.context import Invalid

from . import parsing
from .output import clip, fmt_date, print_json, print_row_errors, table

ORDER = 70  # place in `qa-desktop --help`
MAX_SHOWN_ERRORS = 50


def _key(text: str) -> str:
    parsed = svc.parse_key(text)
    if parsed is None:
        raise argparse.ArgumentTypeError(
            f"调查应写作 YYYY-Qn,如 2025-Q1 / a survey is written YYYY-Qn, e.g. 2025-Q1: {text}"
        )
    return svc.survey_key(*parsed)


def _score(text: str) -> int:
    try:
        value = parse_score(text)
    except ValueError:
        value = None
    if value is None:
        raise argparse.ArgumentTypeError(f"分数应为 1–5 / a score is 1–5: {text}")
    return value


def _quarter(text: str) -> int:
    if text.strip().upper().removeprefix("Q") not in ("1", "2", "3", "4"):
        raise argparse.ArgumentTypeError(f"季度应为 1–4 / the quarter is 1–4: {text}")
    return int(text.strip().upper().removeprefix("Q"))


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"应为正整数 / expected a positive number: {text}")
    return value


def register(sub) -> None:
    sv = sub.add_parser(
        "survey", help="客户满意度调查 / customer satisfaction surveys"
    ).add_subparsers(dest="sub", metavar="ACTION")

    p = sv.add_parser("plan", help="制定季度满意度调查计划 / plan a quarter's survey")
    p.add_argument("--year", type=parsing.year, required=True)
    p.add_argument("--quarter", type=_quarter, required=True, help="1–4")
    p.add_argument("--title", default="", help="标题(默认按季度生成) / title (default by quarter)")
    _plan_options(p)
    p.set_defaults(handler=cmd_plan)

    p = sv.add_parser("update", help="修改调查计划或状态 / change a survey's plan or status")
    p.add_argument("survey", type=_key, metavar="YYYY-Qn")
    p.add_argument("--title")
    _plan_options(p)
    p.add_argument("--conducted", type=parsing.day, help="实施日期 / conducted on")
    p.add_argument(
        "--status", choices=list(svc.SURVEY_STATUS_LABELS), help="planned/in_progress/done"
    )
    p.add_argument("--analysis", help="分析结论 / the analyst's conclusions")
    p.set_defaults(handler=cmd_update)

    p = sv.add_parser("list", help="满意度调查一览 / list the surveys")
    p.add_argument("--year", type=parsing.year)
    p.add_argument("--json", action="store_true", help="输出 JSON 数组 / print a JSON array")
    p.set_defaults(handler=cmd_list)

    p = sv.add_parser(
        "import",
        help="从 CSV 导入问卷(全部成功或全部不导入) / import responses from a CSV (all or nothing)",
        description="列:客户、受访人、安全性、可靠性、响应性、有形性、友好性、总体满意度、意见"
        "(中文或英文表头,UTF-8 或 GB18030)。只要有一行有错,就不导入任何数据。 / Columns: "
        "customer, respondent, safety, reliability, responsiveness, tangibles, empathy, overall, "
        "comment (Chinese or English headers; UTF-8 or GB18030). If any row is wrong nothing is "
        "imported.",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--survey",
        type=_key,
        metavar="YYYY-Qn",
        help="导入到哪次调查(默认:本季度) / the survey (default: the current quarter's)",
    )
    p.add_argument("--dry-run", action="store_true", help="只检查,不导入 / check only")
    p.set_defaults(handler=cmd_import)

    p = sv.add_parser("respond", help="录入一份问卷 / record one response")
    p.add_argument("survey", type=_key, metavar="YYYY-Qn")
    p.add_argument("--customer", default="")
    p.add_argument("--respondent", default="")
    for d in svc.DIMENSIONS:
        p.add_argument(f"--{d.code}", type=_score, help=f"{d.zh} / {d.en} 1–5")
    p.add_argument("--overall", type=_score, help="总体满意度 / overall 1–5")
    p.add_argument("--comment", default="")
    p.set_defaults(handler=cmd_respond)

    p = sv.add_parser("show", help="调查结果分析 / a survey's analysis")
    p.add_argument("survey", type=_key, metavar="YYYY-Qn")
    p.add_argument("--responses", action="store_true", help="列出全部问卷 / list every response")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_show)

    p = sv.add_parser("follow-up", help="记录不满意问卷的跟进 / record a response's follow-up")
    p.add_argument("survey", type=_key, metavar="YYYY-Qn")
    p.add_argument("row", type=_positive, help="问卷序号(见 survey show) / response number")
    p.add_argument("--status", choices=list(svc.FOLLOW_UP_LABELS), default="done")
    p.add_argument("--note", help="跟进情况 / what was done")
    p.set_defaults(handler=cmd_follow_up)


def _plan_options(p) -> None:
    p.add_argument("--method", help="调查方式,如 电话回访/问卷 / method, e.g. phone call-backs")
    p.add_argument("--sample-plan", help="抽样方案 / who is asked and how they are chosen")
    p.add_argument("--sample-size", type=_positive, help="计划样本量 / planned sample size")
    p.add_argument("--planned", type=parsing.day, help="计划日期 / planned date")
    p.add_argument("--owner", help="负责人 / owner")


# --- formatting ------------------------------------------------------------------------------


def _pct(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.1f}%"


def _mean(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def _status(code: str) -> str:
    zh, en = svc.SURVEY_STATUS_LABELS.get(code, (code, code))
    return f"{zh} {en}"


def _follow(code: str) -> str:
    return label(svc.FOLLOW_UP_LABELS, code)


def _print_list(views: list[svc.SurveyView]) -> None:
    table(
        [
            "调查 survey",
            "标题 title",
            "状态 status",
            "计划 planned",
            "实施 conducted",
            "问卷 responses",
            "有效 valid",
            "平均分 mean",
            "满意率 satisfied",
            "待跟进 open",
        ],
        [
            [
                v.key,
                clip(v.title, 30),
                _status(v.status),
                fmt_date(v.planned_on),
                fmt_date(v.conducted_on),
                v.responses if v.sample_size is None else f"{v.responses}/{v.sample_size}",
                v.valid,
                _mean(v.mean_score),
                _pct(v.satisfied_rate),
                v.open_follow_ups,
            ]
            for v in views
        ],
    )


def _plan_kwargs(args) -> dict:
    given = {
        "method": args.method,
        "sample_plan": args.sample_plan,
        "sample_size": args.sample_size,
        "planned_on": args.planned,
        "owner": args.owner,
    }
    return {k: v for k, v in given.items() if v is not None}


# --- commands --------------------------------------------------------------------------------


def cmd_plan(args, rt) -> int:
    view = svc.plan_survey(rt.ctx, args.year, args.quarter, args.title, **_plan_kwargs(args))
    _print_list([view])
    return 0


def cmd_update(args, rt) -> int:
    changes = _plan_kwargs(args)
    for name, value in (
        ("title", args.title),
        ("conducted_on", args.conducted),
        ("status", args.status),
        ("analysis", args.analysis),
    ):
        if value is not None:
            changes[name] = value
    if not changes:
        raise Invalid("没有要修改的内容 / nothing to change (see survey update --help)")
    _print_list([svc.update_survey(rt.ctx, args.survey, **changes)])
    return 0


def cmd_list(args, rt) -> int:
    views = svc.list_surveys(rt.ctx, args.year)
    if args.json:
        print_json(views)
    else:
        _print_list(views)
    return 0


def cmd_import(args, rt) -> int:
    key = args.survey or svc.default_survey(rt.ctx).key
    report = svc.import_responses(rt.ctx, key, Path(args.file), dry_run=args.dry_run)
    if report.errors:
        return print_row_errors(report, MAX_SHOWN_ERRORS)
    if report.dry_run:
        print(
            f"{report.rows_ok} 行检查通过,其中有效问卷 {report.valid} 份(试运行,未导入) / "
            f"{report.rows_ok} rows OK, {report.valid} valid (dry run, nothing imported) → {key}"
        )
        return 0
    print(
        f"已导入 {report.imported} 份问卷到 {key},其中有效 {report.valid} 份 / imported "
        f"{report.imported} responses into {key}, {report.valid} valid"
    )
    return 0


def cmd_respond(args, rt) -> int:
    scores = {d.code: getattr(args, d.code) for d in svc.DIMENSIONS}
    r = svc.add_response(
        rt.ctx,
        args.survey,
        customer=args.customer,
        respondent=args.respondent,
        scores={k: v for k, v in scores.items() if v is not None},
        overall=args.overall,
        comment=args.comment,
    )
    note = "" if r.valid else "(无总体满意度,不计入有效问卷 / no overall score: not valid)"
    print(f"已录入第 {r.row} 份问卷 / recorded response {r.row} in {args.survey} {note}".rstrip())
    return 0


def _response_rows(rows) -> list[list]:
    return [
        [
            r.row,
            clip(r.customer, 20),
            clip(r.respondent, 10),
            *(r.scores.get(d.code, "") for d in svc.DIMENSIONS),
            "" if r.overall is None else r.overall,
            clip(r.comment, 30),
            _follow(r.follow_up_status),
            clip(r.follow_up, 30),
        ]
        for r in rows
    ]


def _response_headers() -> list[str]:
    return [
        "序号 #",
        "客户 customer",
        "受访人 respondent",
        *(d.zh for d in svc.DIMENSIONS),
        "总体 overall",
        "意见 comment",
        "跟进 follow-up",
        "跟进情况 note",
    ]


def cmd_show(args, rt) -> int:
    a = svc.analyse(rt.ctx, args.survey)
    responses = svc.list_responses(rt.ctx, args.survey) if args.responses else None
    if args.json:
        # With --responses: {"analysis": …, "responses": […]}; without, the analysis alone.
        print_json(a if responses is None else {"analysis": a, "responses": responses})
        return 0
    v = a.survey
    print(f"{v.key} {v.title}  [{_status(v.status)}]")
    sample = "—" if a.sample_size is None else str(a.sample_size)
    table(
        ["项目 item", "内容 value"],
        [
            ["调查方式 method", v.method],
            ["抽样方案 sample plan", clip(v.sample_plan, 60)],
            ["负责人 owner", v.owner],
            ["计划日期 planned", fmt_date(v.planned_on)],
            ["实施日期 conducted", fmt_date(v.conducted_on)],
            ["KPI 月份 csat month", v.kpi_period],
            [
                "问卷 responses",
                f"收回 {a.received} received / 计划 {sample} planned"
                + (f" ({_pct(a.sample_coverage)})" if a.sample_coverage is not None else ""),
            ],
            ["有效问卷 valid", a.valid],
            ["平均分 mean score", f"{_mean(a.mean_score)} / 5"],
            ["得分率 score rate", _pct(a.score_rate)],
            [
                "满意率 satisfied rate",
                f"{_pct(a.satisfied_rate)} ({a.satisfied}/{a.valid}); 目标 target ≥ "
                f"{_pct(a.target.value)}: "
                + {True: "达标 met", False: "未达标 NOT MET", None: "—"}[a.meets_target],
            ],
            ["不满意 dissatisfied", f"{len(a.dissatisfied)} (待跟进 open {a.open_follow_ups})"],
        ],
    )
    print()
    table(
        ["维度 dimension", "平均分 mean", "得分率 rate", "作答 answered"],
        [[f"{d.zh} {d.en}", _mean(d.mean), _pct(d.score_rate), d.answered] for d in a.dimensions],
    )
    print()
    print(
        "总体满意度分布 distribution: "
        + "  ".join(f"{k}分: {n}" for k, n in enumerate(a.distribution, 1))
    )
    if a.dissatisfied:
        print()
        print("不满意问卷 dissatisfied responses:")
        table(_response_headers(), _response_rows(a.dissatisfied))
    if v.analysis:
        print()
        print(f"分析结论 conclusions: {v.analysis}")
    if responses:
        print()
        table(_response_headers(), _response_rows(responses))
    return 0


def cmd_follow_up(args, rt) -> int:
    rows = svc.list_responses(rt.ctx, args.survey)
    if not 1 <= args.row <= len(rows):
        raise Invalid(
            f"{args.survey} 没有第 {args.row} 份问卷(共 {len(rows)} 份) / {args.survey} has no "
            f"response {args.row} (it has {len(rows)})"
        )
    r = svc.record_follow_up(rt.ctx, rows[args.row - 1].id, status=args.status, note=args.note)
    print(
        f"第 {r.row} 份问卷跟进:{_follow(r.follow_up_status)} / response {r.row} follow-up: "
        f"{label(svc.FOLLOW_UP_LABELS, r.follow_up_status, 'en')}"
    )
    return 0
