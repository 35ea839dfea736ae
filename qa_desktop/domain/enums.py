"""Vocabulary shared by every layer. Values are the stored codes; labels are for people."""

from __future__ import annotations

from enum import StrEnum


class Result(StrEnum):
    """A checklist answer."""

    UNANSWERED = "unanswered"
    CONFORM = "C"  # 符合
    NONCONFORM = "NC"  # 不符合
    OBSERVATION = "OBS"  # 观察
    NOT_APPLICABLE = "NA"  # 不适用


RESULT_LABELS: dict[Result, tuple[str, str]] = {
    Result.UNANSWERED: ("未作答", "Unanswered"),
    Result.CONFORM: ("符合", "Conform"),
    Result.NONCONFORM: ("不符合", "Nonconform"),
    Result.OBSERVATION: ("观察", "Observation"),
    Result.NOT_APPLICABLE: ("不适用", "Not applicable"),
}


class AnswerType(StrEnum):
    """What an item asks the auditor to record besides the result."""

    JUDGEMENT = "judgement"  # a result only
    SAMPLE = "sample"  # n nonconforming out of a sample of N
    MEASURE = "measure"  # a measured value (a rate in %, a count, days)


class Grade(StrEnum):
    MAJOR = "major"  # 严重不符合
    MINOR = "minor"  # 一般不符合
    OBSERVATION = "observation"  # 观察项


GRADE_LABELS: dict[Grade, tuple[str, str]] = {
    Grade.MAJOR: ("严重", "Major"),
    Grade.MINOR: ("一般", "Minor"),
    Grade.OBSERVATION: ("观察", "Observation"),
}


class NcType(StrEnum):
    SYSTEM = "system"  # 体系性: documents do not meet the standard
    IMPLEMENTATION = "implementation"  # 实施性: documents not followed
    EFFECTIVENESS = "effectiveness"  # 效果性: followed, results not achieved


NC_TYPE_LABELS: dict[NcType, tuple[str, str]] = {
    NcType.SYSTEM: ("体系性", "System"),
    NcType.IMPLEMENTATION: ("实施性", "Implementation"),
    NcType.EFFECTIVENESS: ("效果性", "Effectiveness"),
}


class CauseCategory(StrEnum):
    """人/机/料/法/环/测 (5M1E)."""

    MAN = "man"
    MACHINE = "machine"
    MATERIAL = "material"
    METHOD = "method"
    ENVIRONMENT = "environment"
    MEASUREMENT = "measurement"


CAUSE_LABELS: dict[CauseCategory, tuple[str, str]] = {
    CauseCategory.MAN: ("人", "People"),
    CauseCategory.MACHINE: ("机", "Machine / tools"),
    CauseCategory.MATERIAL: ("料", "Material"),
    CauseCategory.METHOD: ("法", "Method"),
    CauseCategory.ENVIRONMENT: ("环", "Environment"),
    CauseCategory.MEASUREMENT: ("测", "Measurement"),
}


class NcStatus(StrEnum):
    DRAFT = "draft"  # 草稿
    ISSUED = "issued"  # 已开具
    DISPUTED = "disputed"  # 有异议
    ACKNOWLEDGED = "acknowledged"  # 已确认
    PLAN_SUBMITTED = "plan_submitted"  # 措施计划已提交
    PLAN_REJECTED = "plan_rejected"  # 退回
    PLAN_APPROVED = "plan_approved"  # 计划已批准
    IN_PROGRESS = "in_progress"  # 实施中
    PENDING_VERIFICATION = "pending_verification"  # 待验证
    VERIFIED = "verified"  # 验证有效
    REOPENED = "reopened"  # 重新打开
    TRACKING = "tracking"  # 跟踪中 (observations)
    CLOSED = "closed"  # 已关闭
    WITHDRAWN = "withdrawn"  # 撤销


NC_STATUS_LABELS: dict[NcStatus, tuple[str, str]] = {
    NcStatus.DRAFT: ("草稿", "Draft"),
    NcStatus.ISSUED: ("已开具", "Issued"),
    NcStatus.DISPUTED: ("有异议", "Disputed"),
    NcStatus.ACKNOWLEDGED: ("已确认", "Acknowledged"),
    NcStatus.PLAN_SUBMITTED: ("措施计划已提交", "Plan submitted"),
    NcStatus.PLAN_REJECTED: ("计划退回", "Plan rejected"),
    NcStatus.PLAN_APPROVED: ("计划已批准", "Plan approved"),
    NcStatus.IN_PROGRESS: ("实施中", "In progress"),
    NcStatus.PENDING_VERIFICATION: ("待验证", "Pending verification"),
    NcStatus.VERIFIED: ("验证有效", "Verified effective"),
    NcStatus.REOPENED: ("重新打开", "Reopened"),
    NcStatus.TRACKING: ("跟踪中", "Tracking"),
    NcStatus.CLOSED: ("已关闭", "Closed"),
    NcStatus.WITHDRAWN: ("已撤销", "Withdrawn"),
}

# States in which an NC still needs work; only these can be overdue.
OPEN_NC_STATUSES: frozenset[NcStatus] = frozenset(
    set(NcStatus) - {NcStatus.VERIFIED, NcStatus.CLOSED, NcStatus.WITHDRAWN, NcStatus.DRAFT}
)


class VerificationResult(StrEnum):
    EFFECTIVE = "effective"
    NOT_EFFECTIVE = "not_effective"


VERIFICATION_LABELS: dict[VerificationResult, tuple[str, str]] = {
    VerificationResult.EFFECTIVE: ("有效", "Effective"),
    VerificationResult.NOT_EFFECTIVE: ("无效", "Not effective"),
}


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


ACTION_STATUS_LABELS: dict[ActionStatus, tuple[str, str]] = {
    ActionStatus.OPEN: ("未开始", "Open"),
    ActionStatus.IN_PROGRESS: ("进行中", "In progress"),
    ActionStatus.DONE: ("已完成", "Done"),
    ActionStatus.CANCELLED: ("已取消", "Cancelled"),
}


class AuditStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    REPORTED = "reported"
    CLOSED = "closed"


AUDIT_STATUS_LABELS: dict[AuditStatus, tuple[str, str]] = {
    AuditStatus.PLANNED: ("已计划", "Planned"),
    AuditStatus.IN_PROGRESS: ("进行中", "In progress"),
    AuditStatus.REPORTED: ("已报告", "Reported"),
    AuditStatus.CLOSED: ("已关闭", "Closed"),
}


class ActivityStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


ACTIVITY_STATUS_LABELS: dict[ActivityStatus, tuple[str, str]] = {
    ActivityStatus.PLANNED: ("计划中", "Planned"),
    ActivityStatus.IN_PROGRESS: ("进行中", "In progress"),
    ActivityStatus.DONE: ("已完成", "Done"),
    ActivityStatus.CANCELLED: ("已取消", "Cancelled"),
}


class Role(StrEnum):
    AUDITOR = "auditor"  # 内审员
    QUALITY_MANAGER = "quality_manager"  # 质量效能部经理
    DEPARTMENT_HEAD = "department_head"  # 部门负责人
    TOP_MANAGEMENT = "top_management"  # 最高管理者: approves controlled documents, chairs reviews


ROLE_LABELS: dict[Role, tuple[str, str]] = {
    Role.AUDITOR: ("内审员", "Auditor"),
    Role.QUALITY_MANAGER: ("质量经理", "Quality manager"),
    Role.DEPARTMENT_HEAD: ("部门负责人", "Department head"),
    Role.TOP_MANAGEMENT: ("最高管理者", "Top management"),
}


class TeamRole(StrEnum):
    LEAD = "lead"  # 审核组长
    AUDITOR = "auditor"  # 审核员
    OBSERVER = "observer"  # 观察员
    GUIDE = "guide"  # 向导


# The three processes the 2025 plan (§4.3) names for audit. Templates may add others.
PROCESS_LABELS: dict[str, tuple[str, str]] = {
    "SD": ("服务台事件管理", "Service-desk incident management"),
    "SP": ("备件库出入库管理", "Spare-parts warehouse in/out"),
    "KM": ("服务知识创建与应用闭环", "Knowledge creation-and-use loop"),
}


def label(labels: dict, value, lang: str = "zh_CN") -> str:
    """The display label of a coded value, Chinese first; falls back to the code."""
    pair = labels.get(value)
    if pair is None:
        return str(value)
    return pair[1] if lang.startswith("en") else pair[0]
