"""How to read a service-desk tool's ticket export: which column holds what, and how dates,
blanks and yes/no are written. Saved by name (import_profile.settings holds the JSON); the
built-in `servicenow` profile reads ServiceNow's incident export and its event log.

Date formats are written the way people describe them — ``dd-mm-yyyy HH:MM`` — with
``yyyy`` year, ``mm`` month, ``dd`` day, ``HH`` hour (00–23), ``MM`` minute, ``ss`` second
(month is lower-case ``mm``, minute upper-case ``MM``); a format containing ``%`` is taken as
a Python strptime format as it is.
"""

from __future__ import annotations

import re
from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

__all__ = [
    "FIELDS",
    "FIELD_LABELS",
    "REQUIRED_FIELDS",
    "SERVICENOW",
    "TicketColumns",
    "TicketProfile",
    "strptime_format",
]

# Every field a profile maps, in the order the editor shows them.
FIELDS = (
    "number",
    "opened_at",
    "resolved_at",
    "priority",
    "made_sla",
    "knowledge",
    "reassignment_count",
    "reopen_count",
    "version",
)
# Without these no KPI can be computed: a ticket needs its number, its two times, and the
# reassignment count that first-contact resolution is decided by.
REQUIRED_FIELDS = ("number", "opened_at", "resolved_at", "reassignment_count")

FIELD_LABELS: dict[str, tuple[str, str]] = {
    "number": ("工单号", "Ticket number"),
    "opened_at": ("受理/创建时间", "Opened at"),
    "resolved_at": ("解决时间", "Resolved at"),
    "priority": ("优先级", "Priority"),
    "made_sla": ("SLA达成", "Made SLA"),
    "knowledge": ("使用知识条目", "Knowledge used"),
    "reassignment_count": ("转派次数", "Reassignment count"),
    "reopen_count": ("重开次数", "Reopen count"),
    "version": ("版本(事件日志)", "Version (event log)"),
}

_TOKENS = {
    "yyyy": "%Y",
    "yy": "%y",
    "dd": "%d",
    "mm": "%m",
    "HH": "%H",
    "hh": "%H",
    "MM": "%M",
    "ss": "%S",
}
_TOKEN_RE = re.compile("|".join(sorted(_TOKENS, key=len, reverse=True)))


def strptime_format(pattern: str) -> str:
    """``dd-mm-yyyy HH:MM`` → ``%d-%m-%Y %H:%M`` (a pattern with % is returned as it is)."""
    if "%" in pattern:
        return pattern
    return _TOKEN_RE.sub(lambda m: _TOKENS[m.group(0)], pattern)


def _words(values) -> tuple[str, ...]:
    return tuple(dict.fromkeys(str(v).strip().lower() for v in values if str(v).strip()))


class TicketColumns(BaseModel):
    """The header of the export's column for each field; None: the export has no such column."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    number: str
    opened_at: str
    resolved_at: str
    reassignment_count: str
    priority: str | None = None
    made_sla: str | None = None
    knowledge: str | None = None
    reopen_count: str | None = None
    version: str | None = None  # the event log's change counter; None: one row per ticket

    @field_validator("*", mode="before")
    @classmethod
    def _strip(cls, v):
        if v is None:
            return None
        text = str(v).strip()
        return text or None

    @model_validator(mode="after")
    def _distinct(self) -> TicketColumns:
        for name in REQUIRED_FIELDS:
            if not getattr(self, name):
                zh, en = FIELD_LABELS[name]
                raise ValueError(f"必须指定“{zh}”列 / the {en} column is required")
        seen: dict[str, str] = {}
        for name in FIELDS:
            col = getattr(self, name)
            if col is None:
                continue
            key = col.lower()
            if key in seen:
                raise ValueError(
                    f"列“{col}”被用于两个字段({seen[key]}, {name}) / column “{col}” is mapped "
                    f"to two fields ({seen[key]}, {name})"
                )
            seen[key] = name
        return self

    def mapped(self) -> dict[str, str]:
        """{field: column header} of the fields the export has."""
        return {f: getattr(self, f) for f in FIELDS if getattr(self, f)}


class TicketProfile(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(min_length=1, max_length=60)
    columns: TicketColumns
    date_formats: tuple[str, ...] = ("yyyy-mm-dd HH:MM:ss", "yyyy-mm-dd HH:MM")
    # Texts that mean "no value" besides a blank cell (ServiceNow writes "?").
    empty: tuple[str, ...] = ()
    true_words: tuple[str, ...] = ("true", "yes", "y", "1", "是")
    false_words: tuple[str, ...] = ("false", "no", "n", "0", "否")

    @field_validator("name", mode="before")
    @classmethod
    def _name(cls, v):
        return str(v or "").strip()

    @field_validator("date_formats", mode="before")
    @classmethod
    def _formats(cls, v):
        if isinstance(v, str):
            v = [v]
        formats = tuple(str(f).strip() for f in v if str(f).strip())
        if not formats:
            raise ValueError("至少需要一种日期格式 / give at least one date format")
        for f in formats:
            fmt = strptime_format(f)
            if "%" not in fmt:
                raise ValueError(
                    f"日期格式无效 / not a date format: {f} (例 / e.g. dd-mm-yyyy HH:MM)"
                )
            try:
                datetime.strptime(datetime(2025, 1, 2, 3, 4, 5).strftime(fmt), fmt)
            except ValueError as exc:
                raise ValueError(f"日期格式无效 / not a date format: {f}") from exc
        return formats

    @field_validator("empty", mode="before")
    @classmethod
    def _empty(cls, v):
        if isinstance(v, str):
            v = [v]
        return tuple(dict.fromkeys(str(t).strip() for t in v if str(t).strip()))

    @field_validator("true_words", "false_words", mode="before")
    @classmethod
    def _bool_words(cls, v):
        if isinstance(v, str):
            v = [v]
        words = _words(v)
        if not words:
            raise ValueError("是/否的写法不能为空 / give at least one word for true and for false")
        return words

    @model_validator(mode="after")
    def _disjoint(self) -> TicketProfile:
        both = set(self.true_words) & set(self.false_words)
        if both:
            raise ValueError(
                f"同一个词既表示是又表示否 / a word means both true and false: {', '.join(both)}"
            )
        return self

    @property
    def strptime_formats(self) -> tuple[str, ...]:
        return tuple(strptime_format(f) for f in self.date_formats)


SERVICENOW = TicketProfile(
    name="servicenow",
    columns=TicketColumns(
        number="number",
        opened_at="opened_at",
        resolved_at="resolved_at",
        priority="priority",
        made_sla="made_sla",
        knowledge="knowledge",
        reassignment_count="reassignment_count",
        reopen_count="reopen_count",
        version="sys_mod_count",
    ),
    date_formats=("dd-mm-yyyy HH:MM",),
    empty=("?",),
    true_words=("true",),
    false_words=("false",),
)
