"""Turning what people type into the values the services take (Chinese words welcome)."""

from __future__ import annotations

import argparse
from datetime import date, datetime

from qa_desktop.domain.enums import (
    CAUSE_LABELS,
    GRADE_LABELS,
    NC_STATUS_LABELS,
    NC_TYPE_LABELS,
    RESULT_LABELS,
)


def _aliases(labels: dict) -> dict[str, str]:
    table = {}
    for code, (zh, en) in labels.items():
        for key in (code.value, zh, en, en.lower()):
            table[key.lower()] = code.value
    return table


_GRADES = {
    **_aliases(GRADE_LABELS),
    "严重不符合": "major",
    "一般不符合": "minor",
    "观察项": "observation",
}
_RESULTS = {
    **_aliases(RESULT_LABELS),
    "c": "C",
    "nc": "NC",
    "obs": "OBS",
    "na": "NA",
    "n/a": "NA",
    "1": "C",
    "2": "NC",
    "3": "OBS",
    "4": "NA",
}
_STATUSES = _aliases(NC_STATUS_LABELS)
_TYPES = _aliases(NC_TYPE_LABELS)
_CAUSES = _aliases(CAUSE_LABELS)


def _lookup(table: dict[str, str], what: str):
    def parse(text: str) -> str:
        value = table.get(text.strip().lower())
        if value is None:
            raise argparse.ArgumentTypeError(f"未知{what} / unknown {what}: {text}")
        return value

    return parse


grade = _lookup(_GRADES, "等级 grade")
result = _lookup(_RESULTS, "结论 result")
nc_status = _lookup(_STATUSES, "状态 status")
nc_type = _lookup(_TYPES, "类型 type")
cause = _lookup(_CAUSES, "原因类别 category")


def day(text: str) -> date:
    for fmt in ("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y%m%d"):
        try:
            return datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(
        f"日期格式应为 YYYY-MM-DD / expected a date YYYY-MM-DD: {text}"
    )


def moment(text: str) -> datetime:
    """A local date and time, returned timezone-aware."""
    for fmt in ("%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S"):
        try:
            return datetime.strptime(text.strip(), fmt).astimezone()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(
        f"时间格式应为 'YYYY-MM-DD HH:MM' / expected 'YYYY-MM-DD HH:MM': {text}"
    )


def csv_list(text: str) -> list[str]:
    return [x.strip() for x in text.replace(",", ",").replace("、", ",").split(",") if x.strip()]


def rate_or_number(text: str) -> float:
    """'85%' is 0.85; a plain number is taken as it is."""
    text = text.strip()
    try:
        if text.endswith("%"):
            return float(text[:-1]) / 100
        return float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"应为数字 / expected a number: {text}") from None


def months(text: str) -> list[int]:
    values = []
    for part in csv_list(text):
        if not part.isdigit() or not 1 <= int(part) <= 12:
            raise argparse.ArgumentTypeError(f"月份应为 1–12 / months are 1–12: {text}")
        values.append(int(part))
    return values


def year(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 2000 <= value <= 2100:
        raise argparse.ArgumentTypeError(f"年份不合理 / implausible year: {text}")
    return value
