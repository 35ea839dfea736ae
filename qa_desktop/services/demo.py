"""Load the demo year through the services, so it is exactly what real use would have stored."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from . import audits, checklists, nonconformities, organisation, programme, templates
from .context import Context, Invalid
from .demo_data import ANSWERS, AUDITS, DEPARTMENTS, ORG, PEOPLE, PROGRAMME_PROGRESS
from .demo_quality import load_quality_year


@dataclass(frozen=True)
class DemoSummary:
    audits: int
    answers: int
    ncs: int
    actions: int
    tickets: int = 0
    survey_responses: int = 0
    review_actions: int = 0


class _Clock:
    """The demo's own calendar: each step happens on the day it would have in the real year."""

    def __init__(self) -> None:
        self.moment = datetime(2025, 1, 1, 9, 0, tzinfo=UTC)

    def at(self, day: date, hour: int = 10) -> None:
        local = datetime.combine(day, time(hour, 0)).astimezone()
        self.moment = local.astimezone(UTC)

    def __call__(self) -> datetime:
        self.moment += timedelta(seconds=37)  # distinct, ordered timestamps within a day
        return self.moment


def _day(year: int, mmdd: str) -> date:
    month, day = mmdd.split("-")
    return date(year, int(month), int(day))


def _moment(year: int, text: str) -> datetime:
    mmdd, hhmm = text.split()
    hour, minute = hhmm.split(":")
    return datetime.combine(_day(year, mmdd), time(int(hour), int(minute))).astimezone()


def _is_empty(ctx: Context) -> bool:
    return organisation.get_organisation(ctx) is None


def load_demo(ctx: Context, year: int = 2025) -> DemoSummary:
    if not _is_empty(ctx):
        raise Invalid(
            "数据库不是空的,演示数据只能载入新的数据文件夹 / the database is not empty; load the "
            "demo into a new data folder (--data-dir)"
        )
    clock = _Clock()
    clock.at(date(year, 1, 6))

    def as_(actor: str) -> Context:
        return dataclasses.replace(ctx, actor=actor, clock=clock)

    qm = as_("王海燕")
    organisation.set_organisation(qm, **ORG)
    for name, name_en, code in DEPARTMENTS:
        organisation.add_department(qm, name, name_en=name_en, code=code)
    for name, title, dept, roles in PEOPLE:
        organisation.add_person(qm, name, title=title, department=dept, roles=roles)
    templates.install_builtin_templates(qm)

    clock.at(date(year, 1, 10))
    prog = programme.create_programme(qm, year)
    for act in prog.activities:
        owner, status, done_on, notes = PROGRAMME_PROGRESS[act.seq]
        when = _day(year, done_on) if done_on else None
        if when:
            clock.at(when)
        programme.update_activity(
            qm, act.id, owner=owner, status=status, actual_date=when, notes=notes
        )

    answers = actions = 0
    numbers: dict[str, str] = {}
    created: list[str] = []
    for spec in AUDITS:
        start = _day(year, spec["start"])
        clock.at(start - timedelta(days=21))
        audit = audits.plan_audit(
            qm,
            title=spec["title"],
            year=year,
            objectives=spec["objectives"],
            criteria=spec["criteria"],
            client=spec["client"],
            method=spec["method"],
            locations=spec["locations"],
            scope_processes=spec["processes"],
            scope_departments=spec["departments"],
            lead_auditor=spec["lead"],
            team=spec["team"],
            planned_start=start,
            planned_end=_day(year, spec["end"]),
            opening_meeting_at=_moment(year, spec["opening"]),
            closing_meeting_at=_moment(year, spec["closing"]),
        )
        spec_number = numbers[spec["key"]] = audit.number
        clock.at(start - timedelta(days=3))
        for code, dept, auditor, rep in spec["runs"]:
            checklists.start_run(qm, spec_number, code, dept, auditor=auditor, representative=rep)
        clock.at(start, 9)
        audits.start_audit(qm, spec_number)
        for run_no, (code, dept, auditor, _rep) in enumerate(spec["runs"]):
            clock.at(start + timedelta(days=min(run_no, 2)), 10)
            run = checklists.get_run(qm, checklists.find_run(qm, spec_number, code, dept))
            for item in run.items:
                result, notes, extra = ANSWERS[(spec["key"], code, dept)][item.item.id]
                fields = {"result": result, "notes": notes}
                if "bad" in extra:
                    fields["nonconforming_count"] = extra["bad"]
                if "refs" in extra:
                    fields["sampled_refs"] = extra["refs"]
                if "value" in extra:
                    fields["measured_value"] = extra["value"]
                checklists.record_response(as_(auditor), item.response.id, **fields)
                answers += 1
        # Each audit's findings are followed up before the next audit is planned, so the
        # November audit carries over what the June one left open.
        cases = [
            c for c in _CASES if (c.source[0] if c.source else c.standalone["after"]) == spec["key"]
        ]
        actions += _nonconformities(ctx, as_, clock, year, numbers, cases, created)
        end = _day(year, spec["end"])
        clock.at(end + timedelta(days=9))
        audits.report_audit(qm, spec_number, conclusion=spec["conclusion"])
        if spec["final"] == "closed":
            clock.at(end + timedelta(days=120))
            audits.close_audit(qm, spec_number)
    quality = load_quality_year(as_, clock.at, year)
    return DemoSummary(
        audits=len(AUDITS),
        answers=answers,
        ncs=len(created),
        actions=actions,
        tickets=quality.tickets,
        survey_responses=quality.responses,
        review_actions=quality.review_actions,
    )


@dataclass
class _Case:
    source: tuple[str, str, str, str] | None  # audit key, template, department, item
    grade: str
    nc_type: str
    until: str  # the stage the demo leaves it in
    correction: str = ""
    root_cause: str = ""
    category: str = ""
    whys: tuple[str, ...] = ()
    actions: tuple[tuple[str, str, int], ...] = ()  # description, owner, days after found
    acknowledged_by: str = ""
    verifier: str = "李明"
    method: str = ""
    reason: str = ""
    facts: str | None = None
    parent: int | None = None  # index of an earlier case this one recurs
    standalone: dict | None = None


_CASES: list[_Case] = [
    _Case(
        ("A1", "SD", "服务台", "SD-06"),
        "minor",
        "implementation",
        "closed",
        correction="对4张超时工单逐一复盘并向客户书面说明;当天为P2配置升级提醒。",
        root_cause="SLA计时提醒只为P1配置了自动升级;程序未规定夜间升级联系人;夜班新员工未受升级规则培训。",
        category="method",
        whys=(
            "P2超时未升级",
            "系统未对P2触发提醒",
            "只为P1配置了自动升级",
            "程序未要求全优先级配置",
        ),
        actions=(
            ("为P1~P3全部配置超时前30分钟及超时时自动升级", "刘洋", 20),
            ("修订《事件管理程序》,增加夜间升级名单", "刘洋", 25),
            ("对夜班坐席进行升级规则培训和考核", "马丽", 30),
        ),
        acknowledged_by="刘洋",
        verifier="李明",
        method="下月抽查P2工单20张,超时未升级数为0",
    ),
    _Case(
        ("A1", "KM", "技术支持部", "KM-02"),
        "minor",
        "implementation",
        "in_progress_after_reopen",
        correction="补录“存储控制器告警”已知错误及处理方法,补齐其余未沉淀的P1/P2知识。",
        root_cause="关闭工单时提交知识不是必经步骤;审核人积压且无审核时限;绩效考核不含知识贡献。",
        category="method",
        whys=("P1/P2事件未沉淀知识", "关闭时无强制步骤", "工单系统流程未配置知识节点"),
        actions=(
            ("工单系统在P1/P2关闭时强制关联已有知识或新建草稿", "吴强", 30),
            ("知识审核时限定为3个工作日", "吴强", 30),
        ),
        acknowledged_by="吴强",
        verifier="王海燕",
        method="抽查P1/P2工单10张的知识关联情况",
    ),
    _Case(
        ("A1", "SD", "服务台", "SD-12"),
        "observation",
        "effectiveness",
        "closed_observation",
        acknowledged_by="刘洋",
    ),
    _Case(
        ("A1", "KM", "服务台", "KM-09"),
        "observation",
        "implementation",
        "tracking",
        acknowledged_by="刘洋",
    ),
    _Case(
        ("A1", "SD", "服务台", "SD-11"),
        "minor",
        "implementation",
        "withdrawn",
        reason="受审方提供了问题管理系统中的PRB000198记录,“VPN掉线”已作为问题处理,审核组长裁定撤销。",
    ),
    _Case(
        ("A1", "KM", "服务台", "KM-05"),
        "minor",
        "implementation",
        "verified",
        facts="10条服务台FAQ中2条缺少适用范围与有效期,《知识管理制度》4.2要求条目字段完整。",
        correction="补齐2条FAQ的适用范围与有效期。",
        root_cause="FAQ模板未将适用范围、有效期设为必填。",
        category="method",
        whys=("FAQ字段缺失", "模板未设必填", "模板由服务台自建,未按制度评审"),
        actions=(("FAQ模板将适用范围、有效期设为必填", "刘洋", 20),),
        acknowledged_by="刘洋",
        verifier="李明",
        method="复查新发布FAQ 10条,字段完整",
    ),
    _Case(
        ("A2", "SP", "备件库", "SP-02"),
        "major",
        "system",
        "plan_approved",
        correction="7天内全面盘点、调平账实,隔离并标识故障件,向受影响客户提交事件报告。",
        root_cause="库管员由现场工程师兼任,保管、领用、记账三项职责未分离;盘点职责未落实到岗。",
        category="man",
        whys=("账实不符", "出入库未及时记账", "库管员兼任现场工程师", "岗位设置未考虑职责分离"),
        actions=(
            ("设专职库管员,保管、审批、记账职责分离", "张伟", 30),
            ("每季度盘点纳入质量部监督计划", "王海燕", 40),
        ),
        acknowledged_by="周婷",
    ),
    _Case(
        ("A2", "SP", "备件库", "SP-04"),
        "minor",
        "implementation",
        "pending_verification",
        correction="补齐5张出库单的工单号和审批。",
        root_cause="系统出库不强制关联工单号。",
        category="machine",
        whys=("出库单无工单号", "系统允许空工单号出库"),
        actions=(("系统出库强制关联工单号并实行二级审批", "周婷", 14),),
        acknowledged_by="周婷",
    ),
    _Case(
        ("A2", "SP", "备件库", "SP-12"),
        "minor",
        "implementation",
        "plan_rejected",
        correction="追查2块硬盘去向并补做数据清除。",
        root_cause="报废流程未包含介质数据清除步骤。",
        category="method",
        whys=("硬盘无销毁记录", "流程无此步骤"),
        actions=(("修订报废流程", "周婷", 30),),
        acknowledged_by="周婷",
        reason="纠正措施未覆盖历史已报废介质的横向排查,请补充。",
    ),
    _Case(
        ("A2", "SD", "运维管理部", "SD-16"),
        "minor",
        "implementation",
        "plan_submitted",
        correction="当日禁用2名离职人员账号。",
        root_cause="离职流程未通知系统管理员。",
        category="method",
        whys=("账号未禁用", "管理员不知离职", "离职清单无系统账号项"),
        actions=(
            ("离职交接清单增加系统账号注销项", "马丽", 20),
            ("每月核对在职名单与系统账号", "张伟", 30),
        ),
        acknowledged_by="张伟",
    ),
    _Case(
        ("A2", "KM", "运维管理部", "KM-13"),
        "major",
        "effectiveness",
        "acknowledged",
        acknowledged_by="张伟",
    ),
    _Case(
        ("A2", "SD", "运维管理部", "SD-09"),
        "minor",
        "implementation",
        "disputed",
        reason="4张工单的用户已通过电话确认,通话录音可查,只是未在系统中勾选。",
    ),
    _Case(("A2", "SP", "备件库", "SP-11"), "observation", "implementation", "issued"),
    _Case(("A2", "KM", "运维管理部", "KM-05"), "minor", "implementation", "draft"),
    _Case(
        ("A2", "SD", "运维管理部", "SD-06"),
        "major",
        "effectiveness",
        "reopened",
        facts="抽查第3季度已关闭P2事件25张,3张夜班事件(INC0015522/15608/15731)超时且无升级记录。"
        "6月同条款不符合项(夜间升级)整改后再次发生,判为严重。",
        correction="复盘3张工单并向客户说明。",
        root_cause="夜间升级名单未同步到驻场项目组。",
        category="man",
        whys=("夜班仍未升级", "项目组不知新名单", "程序修订未发放到项目组"),
        actions=(("程序修订版发放到全部项目组并签收", "张伟", 10),),
        acknowledged_by="张伟",
        verifier="王海燕",
        method="抽查11月夜班P2工单",
        parent=0,
    ),
    _Case(
        None,
        "minor",
        "implementation",
        "closed",
        facts="质量检查发现:备件借用登记表中3件借用件逾期30天以上未归还,未见催还记录。",
        correction="催还3件借用件,已全部归还。",
        root_cause="借用件未设到期提醒。",
        category="method",
        whys=("逾期未还", "无人跟踪", "无到期提醒"),
        actions=(("台账增加借用到期提醒", "周婷", 15),),
        acknowledged_by="周婷",
        verifier="李明",
        method="检查借用台账与提醒记录",
        standalone={
            "process": "SP",
            "clause": "《备件管理制度》5.4 借用归还",
            "department": "备件库",
            "found": "08-12",
            "after": "A2",  # raised last, so the demo keeps its numbers (NC-2025-016)
        },
    ),
]

# The path every case walks, in order; each case stops at its `until`.
_STAGES = [
    "draft",
    "issued",
    "acknowledged",
    "plan_submitted",
    "plan_approved",
    "in_progress",
    "pending_verification",
    "verified",
    "closed",
]


def _nonconformities(
    ctx: Context,
    as_,
    clock: _Clock,
    year: int,
    numbers: dict[str, str],
    cases: list[_Case],
    created: list[str],
) -> int:
    """Raise and walk these cases; appends their numbers to `created`, returns actions added."""
    action_count = 0
    for case in cases:
        if case.standalone:
            sa = case.standalone
            found = _day(year, sa["found"])
            clock.at(found)
            nc = nonconformities.raise_nc(
                as_("王海燕"),
                process=sa["process"],
                facts=case.facts,
                clause=sa["clause"],
                grade=case.grade,
                department=sa["department"],
                nc_type=case.nc_type,
                found_on=found,
                auditor="王海燕",
            )
            auditor = "王海燕"
        else:
            key, code, dept, item = case.source
            spec = next(s for s in AUDITS if s["key"] == key)
            found = _day(year, spec["start"]) + timedelta(days=1)
            clock.at(found, 15)
            run_id = checklists.find_run(ctx, numbers[key], code, dept)
            auditor = next(r[2] for r in spec["runs"] if r[0] == code and r[1] == dept)
            rid = checklists.response_id_for_item(ctx, run_id, item)
            nc = nonconformities.raise_nc_from_response(
                as_(auditor), rid, grade=case.grade, facts=case.facts, nc_type=case.nc_type
            )
        if case.parent is not None:
            nonconformities.update_nc(as_("王海燕"), nc.number, parent=created[case.parent])
        created.append(nc.number)
        action_count += _walk(case, nc.number, found, as_, clock, auditor)
    return action_count


def _walk(case: _Case, number: str, found: date, as_, clock: _Clock, auditor: str) -> int:
    """Move one NC along its path to the stage the demo leaves it in."""
    t = nonconformities.transition
    lead = as_("王海燕")
    head = as_(case.acknowledged_by or "张伟")
    day = [found]

    def step(days: int) -> None:
        day[0] = day[0] + timedelta(days=days)
        clock.at(day[0])

    if case.until == "draft":
        return 0
    step(1)
    t(as_(auditor), number, "issue")
    if case.until == "issued":
        return 0
    if case.until in ("disputed", "withdrawn"):
        step(1)
        t(head, number, "dispute", reason=case.reason)
        if case.until == "withdrawn":
            step(2)
            t(lead, number, "withdraw", reason=case.reason)
        return 0
    step(1)
    t(head, number, "acknowledge", acknowledged_by=case.acknowledged_by)
    if case.until == "acknowledged":
        return 0
    if case.until in ("tracking", "closed_observation"):
        step(2)
        t(lead, number, "track")
        if case.until == "closed_observation":
            step(60)
            t(lead, number, "close")
        return 0
    step(3)
    nonconformities.update_nc(
        head,
        number,
        correction=case.correction,
        root_cause=case.root_cause,
        root_cause_category=case.category,
        why_steps=list(case.whys),
    )
    ids = []
    for desc, owner, after in case.actions:
        a = nonconformities.add_action(
            head, number, desc, owner=owner, due_date=found + timedelta(days=after)
        )
        ids.append((a.id, owner))
    t(head, number, "submit_plan")
    if case.until == "plan_submitted":
        return len(ids)
    step(2)
    if case.until == "plan_rejected":
        t(lead, number, "reject_plan", reason=case.reason)
        return len(ids)
    t(lead, number, "approve_plan")
    if case.until == "plan_approved":
        return len(ids)
    step(1)
    t(head, number, "start")
    for action_id, owner in ids:
        step(4)
        nonconformities.complete_action(as_(owner), action_id, evidence="见附件及系统配置截图")
    step(2)
    t(head, number, "request_verification")
    if case.until == "pending_verification":
        return len(ids)
    step(14)
    verifier = as_(case.verifier)
    if case.until in ("reopened", "in_progress_after_reopen"):
        t(
            verifier,
            number,
            "verify_not_effective",
            verifier=case.verifier,
            method=case.method,
            notes="复查仍发现同类问题,措施未达到预期效果。",
        )
        if case.until == "reopened":
            return len(ids)
        step(5)
        nonconformities.add_action(
            head,
            number,
            "知识贡献纳入月度绩效考核,每月通报知识库利用率",
            owner="马丽",
            due_date=day[0] + timedelta(days=40),
        )
        t(head, number, "submit_plan")
        step(2)
        t(lead, number, "approve_plan")
        step(1)
        t(head, number, "start")
        return len(ids) + 1
    t(
        verifier,
        number,
        "verify_effective",
        verifier=case.verifier,
        method=case.method,
        notes="措施有效。",
    )
    if case.until == "verified":
        return len(ids)
    step(3)
    t(lead, number, "close")
    return len(ids)
