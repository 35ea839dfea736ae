"""The demo year's measures, satisfaction surveys and management review, loaded through the
services from files shaped like the real ones (a ServiceNow export, questionnaire CSVs).

The figures tell one story: the first quarter misses the SLA, first-contact and satisfaction
targets; the June audit's escalation finding and its actions lift them from the summer on.
Everything is drawn from a seeded generator, so every demo folder holds the same numbers.
"""

from __future__ import annotations

import calendar
import csv
import random
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from . import measures, reviews, stock_figures, surveys, ticket_import
from .context import Context

TARGETS = {
    "fcr": (0.75, "运维服务能力指标体系:服务台一次性解决率"),
    "mttr_hours": (8.0, "P1–P4 加权,合同最严时限为P1 4小时"),
    "sla_rate": (0.95, "关键系统 ≥95%"),
    "kb_rate": (0.40, "知识条目关联率,逐季提升"),
    "csat": (0.90, "(满意+非常满意)份数 ÷ 有效问卷数"),
}

# month → (tickets, sla made, first-contact resolved, knowledge linked, mean hours)
_MONTHS = {
    1: (236, 0.922, 0.68, 0.34, 9.6),
    2: (198, 0.915, 0.67, 0.35, 10.1),
    3: (251, 0.931, 0.69, 0.37, 9.2),
    4: (244, 0.940, 0.70, 0.39, 8.8),
    5: (262, 0.944, 0.71, 0.40, 8.5),
    6: (270, 0.938, 0.72, 0.41, 8.4),
    7: (281, 0.952, 0.74, 0.44, 7.8),
    8: (266, 0.958, 0.75, 0.46, 7.5),
    9: (255, 0.961, 0.76, 0.48, 7.2),
    10: (229, 0.963, 0.76, 0.49, 7.0),
    11: (247, 0.957, 0.77, 0.51, 6.9),
    12: (258, 0.966, 0.78, 0.53, 6.7),
}
# ServiceNow priority → (share of tickets, resolution time relative to the month's mean)
_PRIORITIES = {
    "1 - Critical": (0.05, 0.4),
    "2 - High": (0.2, 0.7),
    "3 - Moderate": (0.5, 1.0),
    "4 - Low": (0.25, 1.5),
}

_PARTS = [
    ("服务器硬盘 2.4TB SAS", 1850.0),
    ("服务器内存 32GB DDR4", 960.0),
    ("交换机光模块 10G SFP+", 420.0),
    ("存储控制器电池", 2300.0),
    ("服务器电源 800W", 1280.0),
    ("笔记本电源适配器", 180.0),
]

_CUSTOMERS = [
    "北京市某区政务服务中心",
    "华北某城商行数据中心",
    "某三甲医院信息科",
    "某能源集团运维中心",
    "某高校网络中心",
    "某物流公司IT部",
    "某制造企业信息部",
    "某证券公司运营部",
]
_SURVEYS = {
    # quarter → (planned, conducted, responses, dissatisfied, satisfied share, analysis)
    1: (
        "03-05",
        "03-20",
        104,
        2,
        0.86,
        "第一季度满意率低于90%目标,主要意见集中在夜间响应和工程师到场时间。"
        "2份不满意问卷已电话回访,原因均为P2事件夜间未及时升级。",
    ),
    2: (
        "06-04",
        "06-18",
        104,
        1,
        0.91,
        "满意率回升至目标以上;响应性得分仍为五个维度中最低,需持续关注夜班升级。",
    ),
    3: (
        "09-03",
        "09-17",
        104,
        1,
        0.94,
        "满意率连续两个季度达标;客户对知识库自助服务评价较好。1份不满意问卷回访中。",
    ),
}


@dataclass(frozen=True)
class QualitySummary:
    tickets: int
    responses: int
    review_actions: int


def load_quality_year(
    as_: Callable[[str], Context], at: Callable[[date], None], year: int
) -> QualitySummary:
    """Targets, 12 months of measures, the three surveys and the management review.

    `as_(name)` gives a context acting as that person, `at(day)` moves the demo clock.
    """
    qm = as_("王海燕")
    at(date(year, 1, 15))
    # Inventory turnover has no target: domain.md found none, and for maintenance spares a
    # higher turnover is not by itself better.
    for kpi, (target, note) in TARGETS.items():
        measures.set_target(qm, year, kpi, target, note=note)
    rng = random.Random(year)
    with tempfile.TemporaryDirectory(prefix="qa-demo-") as tmp:
        folder = Path(tmp)
        at(date(year + 1, 1, 5))
        export = folder / f"servicenow-incidents-{year}.csv"
        tickets = _tickets(rng, year, export)
        ticket_import.commit_import(as_("郑雪"), export, "servicenow")
        _stock(as_("周婷"), at, rng, year)
        _knowledge(as_("吴强"), at, year)
        responses = _surveys(as_("郑雪"), at, rng, year, folder)
    actions = _review(qm, at, year)
    return QualitySummary(tickets=tickets, responses=responses, review_actions=actions)


def _stamp(moment: datetime) -> str:
    return moment.strftime("%d-%m-%Y %H:%M")


def _tickets(rng: random.Random, year: int, path: Path) -> int:
    rows = []
    seq = 20000
    for month, (count, sla, fcr, kb, hours) in _MONTHS.items():
        days = calendar.monthrange(year, month)[1]
        for _ in range(count):
            seq += 1
            priority = rng.choices(list(_PRIORITIES), weights=[w for w, _ in _PRIORITIES.values()])[
                0
            ]
            scale = _PRIORITIES[priority][1]
            spent = max(0.2, rng.expovariate(1 / (hours * scale)))
            resolved = datetime(
                year, month, rng.randint(1, days), rng.randint(0, 23), rng.randint(0, 59)
            )
            opened = resolved - timedelta(hours=spent)
            first = rng.random() < fcr
            rows.append(
                {
                    "number": f"INC{seq:07d}",
                    "opened_at": _stamp(opened),
                    "resolved_at": _stamp(resolved),
                    "priority": priority,
                    "made_sla": "true" if rng.random() < sla else "false",
                    "knowledge": "true" if rng.random() < kb else "false",
                    "reassignment_count": 0 if first else rng.choice([1, 1, 2]),
                    "reopen_count": 0 if first else rng.choice([0, 0, 1]),
                    "sys_mod_count": rng.randint(2, 9),
                }
            )
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)


def _stock(ctx: Context, at: Callable[[date], None], rng: random.Random, year: int) -> None:
    level = 486_000.0
    at(date(year, 1, 2))
    stock_figures.set_stock_level(ctx, f"{year - 1}-12", level)
    for month in range(1, 13):
        days = calendar.monthrange(year, month)[1]
        issued = received = 0.0
        for n in range(rng.randint(9, 14)):
            part, cost = rng.choice(_PARTS)
            qty = rng.randint(1, 8)
            day = date(year, month, rng.randint(1, days))
            at(day)
            stock_figures.record_movement(
                ctx, day, part, qty, cost, "out", reference=f"INC{20000 + month * 300 + n:07d}"
            )
            issued += qty * cost
        for _ in range(rng.randint(2, 4)):
            part, cost = rng.choice(_PARTS)
            qty = rng.randint(6, 20)
            day = date(year, month, rng.randint(1, days))
            at(day)
            stock_figures.record_movement(ctx, day, part, qty, cost, "in", reference="采购入库")
            received += qty * cost
        level = max(200_000.0, level + received - issued)
        at(date(year, month, days))
        stock_figures.set_stock_level(ctx, f"{year}-{month:02d}", round(level, 2))


def _knowledge(ctx: Context, at: Callable[[date], None], year: int) -> None:
    total = 1240
    for month in range(1, 13):
        new = 18 + month * 2
        total += new
        active = int(total * (0.38 + month * 0.012))
        at(date(year, month, calendar.monthrange(year, month)[1]))
        stock_figures.set_kb_counts(ctx, f"{year}-{month:02d}", total=total, active=active, new=new)


def _surveys(
    ctx: Context, at: Callable[[date], None], rng: random.Random, year: int, folder: Path
) -> int:
    def day(mmdd: str) -> date:
        m, d = mmdd.split("-")
        return date(year, int(m), int(d))

    total = 0
    for quarter, (planned, conducted, count, unhappy, share, analysis) in _SURVEYS.items():
        at(day(planned) - timedelta(days=10))
        survey = surveys.plan_survey(
            ctx,
            year,
            quarter,
            method="电话回访 + 电子问卷",
            sample_plan="覆盖全部8家合同客户,每家按服务量抽取10–16名联系人",
            sample_size=count,
            planned_on=day(planned),
            owner="郑雪",
        )
        path = folder / f"survey-{year}-Q{quarter}.csv"
        with path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(
                [
                    "customer",
                    "respondent",
                    "safety",
                    "reliability",
                    "responsiveness",
                    "tangibles",
                    "empathy",
                    "overall",
                    "comment",
                ]
            )
            satisfied = round(count * share)
            for n in range(count):
                if n < unhappy:
                    overall = 2
                    comment = "夜间报修后2小时无人响应,升级不及时" if quarter == 1 else "备件到货慢"
                elif n < count - satisfied + unhappy and n >= unhappy:
                    overall, comment = 3, ""
                else:
                    overall, comment = rng.choice([4, 4, 5, 5, 5]), ""
                scores = [min(5, max(1, overall + rng.choice([-1, 0, 0, 0, 1]))) for _ in range(5)]
                if quarter == 1:
                    scores[2] = max(1, scores[2] - 1)  # responsiveness: the quarter's weak point
                customer = _CUSTOMERS[n % len(_CUSTOMERS)]
                writer.writerow([customer, f"联系人{n + 1:03d}", *scores, overall, comment])
        at(day(conducted))
        surveys.import_responses(ctx, survey.id, path)
        surveys.update_survey(
            ctx, survey.id, conducted_on=day(conducted), status="done", analysis=analysis
        )
        at(day(conducted) + timedelta(days=3))
        for response in surveys.list_responses(ctx, survey.id):
            if response.overall is not None and response.overall <= 2:
                closed = quarter != 3
                surveys.record_follow_up(
                    ctx,
                    response.id,
                    status="done" if closed else "open",
                    note="已电话回访客户并说明整改措施,客户认可"
                    if closed
                    else "已联系客户,约定下周上门",
                )
        total += count
    return total


def _review(qm: Context, at: Callable[[date], None], year: int) -> int:
    at(date(year, 11, 18))
    review = reviews.plan_review(
        qm,
        title=f"{year}年度管理评审",
        planned_on=date(year, 11, 25),
        year=year,
        location="公司三层会议室",
        chair="孙玥",
        participants=["孙玥", "王海燕", "张伟", "刘洋", "周婷", "吴强", "马丽", "李明"],
        # Who presents each input (ISO/IEC 20000-1 9.3 a–k); the rest falls to the QM.
        owners={"b": "张伟", "d": "李明", "e": "郑雪", "h": "刘洋", "i": "周婷", "j": "马丽"},
    )
    at(date(year, 11, 25))
    reviews.hold_review(qm, review.id, date(year, 11, 25))
    notes = {
        "b": "9月起承接某能源集团运维中心驻场服务,服务范围新增两个数据中心;"
        "《网络安全等级保护》新版要求适用于三家政务客户。",
        "f": "年内未发生重大服务中断;两家客户提出夜间响应投诉,已纳入不符合项NC-2025-001和NC-2025-015处理。",
        "j": "新增兼职内审员2名(赵磊、陈静),已完成ISO 9001/20000内审员培训;夜班坐席编制增加2人。",
        "k": "建议2026年将知识库利用率目标提高到50%,将备件库盘点纳入季度监督计划。",
    }
    for key, text in notes.items():
        reviews.set_input_note(qm, review.id, key, text)
    specs = [
        (
            "夜间升级机制在全部驻场项目组落地,每月抽查夜班P2工单",
            "张伟",
            date(year + 1, 1, 31),
            "improvement",
        ),
        (
            "修订《备件管理制度》,库管职责分离并增加季度盘点",
            "周婷",
            date(year + 1, 2, 28),
            "system_change",
        ),
        ("增加夜班坐席2人并完成上岗培训", "马丽", date(year, 12, 20), "resources"),
    ]
    created = [
        reviews.add_action(qm, review.id, text, owner=owner, due_date=due, category=cat)
        for text, owner, due, cat in specs
    ]
    reviews.set_conclusion(
        qm,
        review.id,
        suitability="质量管理体系与公司运维服务的范围和战略方向相适宜,新增驻场服务已纳入体系范围。",
        adequacy="体系文件基本充分;备件管理和夜间升级两处存在缺口,已形成决议措施。",
        effectiveness="年度质量目标中满意率自第二季度起、SLA达成率自第三季度起达标,一次性解决率全年未达75%,"
        "体系总体有效,需持续改进。",
    )
    at(date(year, 12, 18))
    reviews.complete_action(
        qm, created[2].id, evidence="2名夜班坐席12月15日上岗,培训考核记录已归档"
    )
    return len(created)
