"""An audit's life: planned → in_progress → reported → closed, one step at a time."""

from __future__ import annotations

from .enums import AUDIT_STATUS_LABELS, AuditStatus

NEXT: dict[AuditStatus, AuditStatus] = {
    AuditStatus.PLANNED: AuditStatus.IN_PROGRESS,
    AuditStatus.IN_PROGRESS: AuditStatus.REPORTED,
    AuditStatus.REPORTED: AuditStatus.CLOSED,
}

# Answers may be given (or corrected) until the report is issued.
ANSWERABLE: frozenset[AuditStatus] = frozenset({AuditStatus.PLANNED, AuditStatus.IN_PROGRESS})


class AuditStateError(ValueError):
    pass


def advance(current: AuditStatus, target: AuditStatus) -> AuditStatus:
    if NEXT.get(current) != target:
        zh_cur, en_cur = AUDIT_STATUS_LABELS[current]
        zh_to, en_to = AUDIT_STATUS_LABELS[target]
        raise AuditStateError(
            f"审核状态为「{zh_cur}」,不能改为「{zh_to}」 / "
            f"an audit that is {en_cur.lower()} cannot become {en_to.lower()}"
        )
    return target
