"""Evidence files attached to an answer, a nonconformity or a corrective action."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from qa_desktop.domain.audit_workflow import ANSWERABLE
from qa_desktop.domain.enums import AuditStatus, NcStatus
from qa_desktop.store.attachments import AttachmentError, BlobStore
from qa_desktop.store.models import (
    Attachment,
    Audit,
    ChecklistRun,
    CorrectiveAction,
    Nonconformity,
    Response,
)
from qa_desktop.store.queries import ncs as q

from .context import Context, Invalid, NotFound
from .nonconformities import find_nc
from .organisation import current_org


@dataclass(frozen=True)
class AttachmentView:
    id: str
    sha256: str
    original_name: str
    mime_type: str
    size: int
    caption: str
    added_by: str
    created_at: datetime
    path: Path

    @property
    def is_image(self) -> bool:
        return self.mime_type.startswith("image/")


def _view(blobs: BlobStore, a: Attachment) -> AttachmentView:
    return AttachmentView(
        str(a.id),
        a.sha256,
        a.original_name,
        a.mime_type,
        a.size,
        a.caption,
        a.added_by,
        a.created_at,
        blobs.path_for(a.sha256),
    )


def _uuid(value: str | None, what: str) -> uuid.UUID | None:
    if value is None:
        return None
    try:
        return uuid.UUID(str(value))
    except ValueError:
        raise NotFound(f"找不到{what} / no such {what}: {value}") from None


def attach_file(
    ctx: Context,
    path: Path,
    *,
    response_id: str | None = None,
    nc: str | None = None,
    action_id: str | None = None,
    caption: str = "",
) -> AttachmentView:
    """Copy the file into the data folder (once per content) and link it."""
    if sum(x is not None for x in (response_id, nc, action_id)) != 1:
        raise Invalid("附件须关联一个回答、不符合项或纠正措施 / attach to exactly one record")
    blobs = BlobStore(ctx.store.attachments_dir)
    try:
        stored = blobs.put_file(Path(path))
    except AttachmentError as exc:
        raise Invalid(str(exc)) from exc
    with ctx.write() as s:
        row = Attachment(
            sha256=stored.sha256,
            original_name=Path(path).name[:255],
            mime_type=stored.mime_type,
            size=stored.size,
            caption=caption.strip(),
            added_by=ctx.actor,
        )
        if response_id is not None:
            rid = _uuid(response_id, "检查项回答 response")
            if s.get(Response, rid) is None:
                raise NotFound(f"找不到检查项回答 / no such response: {response_id}")
            row.response_id = rid
        elif nc is not None:
            row.nc_id = find_nc(s, current_org(s), nc).id
        else:
            aid = _uuid(action_id, "纠正措施 action")
            if s.get(CorrectiveAction, aid) is None:
                raise NotFound(f"找不到纠正措施 / no such action: {action_id}")
            row.action_id = aid
        reason = _frozen(s, row)
        if reason:
            raise Invalid(reason)
        s.add(row)
        s.flush()
        return _view(blobs, row)


def list_attachments(
    ctx: Context,
    *,
    response_id: str | None = None,
    nc: str | None = None,
    action_id: str | None = None,
) -> list[AttachmentView]:
    blobs = BlobStore(ctx.store.attachments_dir)
    with ctx.read() as s:
        nc_id = find_nc(s, current_org(s), nc).id if nc else None
        rows = q.attachments(
            s,
            nc_id=nc_id,
            response_id=_uuid(response_id, "response"),
            action_id=_uuid(action_id, "action"),
        )
        return [_view(blobs, a) for a in rows]


def _frozen(s, a: Attachment) -> str | None:
    """Why evidence may no longer be added or removed: its record is closed or reported."""
    nc_id = a.nc_id
    if a.action_id is not None:
        nc_id = s.get(CorrectiveAction, a.action_id).nc_id
    if nc_id is not None:
        nc = s.get(Nonconformity, nc_id)
        if NcStatus(nc.status) in (NcStatus.CLOSED, NcStatus.WITHDRAWN):
            return f"{nc.number} 已关闭或撤销,证据不能再改动 / {nc.number} is closed or withdrawn"
    if a.response_id is not None:
        run = s.get(ChecklistRun, s.get(Response, a.response_id).run_id)
        audit = s.get(Audit, run.audit_id)
        if AuditStatus(audit.status) not in ANSWERABLE:
            return f"审核 {audit.number} 已报告,证据不能再改动 / audit {audit.number} is reported"
    return None


def remove_attachment(ctx: Context, attachment_id: str) -> None:
    """Unlink an attachment. The file stays in the store: the event log still refers to it."""
    with ctx.write() as s:
        a = s.get(Attachment, _uuid(attachment_id, "附件 attachment"))
        if a is None:
            raise NotFound(f"找不到附件 / no such attachment: {attachment_id}")
        reason = _frozen(s, a)
        if reason:
            raise Invalid(reason)
        s.delete(a)


def _safe_name(name: str) -> str:
    # The original name came from another machine: keep it readable, never a path.
    cleaned = "".join("_" if c in '<>:"/\\|?*' or ord(c) < 32 else c for c in name).strip(" .")
    return cleaned or "attachment"


def export_copy(ctx: Context, attachment_id: str, folder: Path) -> Path:
    """Copy an attachment out under its original name, so another program can open it.

    The stored file is named by its hash and has no extension; a viewer needs the real name,
    and must not be handed the evidence itself (an editor could change it)."""
    blobs = BlobStore(ctx.store.attachments_dir)
    with ctx.read() as s:
        a = s.get(Attachment, _uuid(attachment_id, "附件 attachment"))
        if a is None:
            raise NotFound(f"找不到附件 / no such attachment: {attachment_id}")
        sha, name = a.sha256, a.original_name
    if not blobs.path_for(sha).is_file():
        raise Invalid(f"附件文件缺失 / the attachment's file is missing: {name}")
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        return blobs.export(sha, folder / _safe_name(name))
    except OSError as exc:
        raise Invalid(f"无法导出附件 / cannot copy the attachment out: {exc}") from exc
