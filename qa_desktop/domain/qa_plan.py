"""The company's QA plan XDYJ-04-09 §4.4: the activities every year's programme starts from."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PlannedActivity:
    seq: int
    name: str
    name_en: str
    responsible_role: str
    months: tuple[int, ...]
    output_document: str
    output_kind: str  # the report KIND that produces the output document


PLAN_DOCUMENT_NUMBER = "XDYJ-04-09"
PLAN_TITLE = "运维服务质量管理计划"

SECTION_4_4: tuple[PlannedActivity, ...] = (
    PlannedActivity(
        1,
        "客户满意度调查计划",
        "Customer satisfaction survey plan",
        "服务台专员",
        (3, 6, 9),
        "《满意度调查计划》",
        "survey-plan",
    ),
    PlannedActivity(
        2,
        "客户满意度调查",
        "Customer satisfaction survey",
        "服务台专员",
        (3, 6, 9),
        "《满意度调查结果》",
        "survey-results",
    ),
    PlannedActivity(
        3,
        "满意度调查结果分析",
        "Satisfaction survey analysis",
        "服务台专员",
        (3, 6, 9),
        "《满意度调查报告》",
        "survey-report",
    ),
    PlannedActivity(
        4, "内审计划", "Internal audit plan", "质量效能部经理", (11,), "《内审计划》", "audit-plan"
    ),
    PlannedActivity(
        5,
        "内审检查表",
        "Internal audit checklist",
        "质量效能部经理",
        (11,),
        "《内审检查表》",
        "checklist",
    ),
    PlannedActivity(
        6,
        "内审结果分析、汇总,不符合项处理",
        "Internal audit analysis and nonconformity handling",
        "质量效能部经理",
        (11,),
        "《内审不符合报告》《内审报告》",
        "audit-report",
    ),
    PlannedActivity(
        7,
        "管理评审",
        "Management review",
        "质量效能部经理",
        (11,),
        "《管理评审计划》",
        "review-plan",
    ),
    PlannedActivity(
        8,
        "管评结果分析、汇总",
        "Management review analysis",
        "质量效能部经理",
        (11,),
        "《管理评审报告》",
        "review-report",
    ),
    PlannedActivity(
        9,
        "质量管理总结",
        "Annual quality management summary",
        "质量效能部经理",
        (11,),
        "《质量管理报告》",
        "annual",
    ),
)
