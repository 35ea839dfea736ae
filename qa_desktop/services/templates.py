"""Checklist templates: the built-in three, imports, exports. An import is all or nothing."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from qa_desktop.schemas.template import (
    ChecklistTemplateDoc,
    TemplateError,
    builtin_template_paths,
    dump_template,
    load_template_file,
)
from qa_desktop.store.models import ChecklistTemplate
from qa_desktop.store.queries import templates as q

from .context import Context, Invalid, NotFound


@dataclass(frozen=True)
class TemplateSummary:
    code: str
    version: str
    process: str
    title: str
    title_en: str
    items: int
    builtin: bool


def _sha(doc: ChecklistTemplateDoc) -> str:
    data = json.dumps(doc.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def _summary(t: ChecklistTemplate) -> TemplateSummary:
    return TemplateSummary(
        t.code,
        t.version,
        t.process,
        t.title,
        t.title_en,
        len(t.document.get("items", [])),
        t.builtin,
    )


def _add(session, doc: ChecklistTemplateDoc, builtin: bool) -> tuple[ChecklistTemplate, bool]:
    """(row, created). Same code+version with other content is refused: versions are immutable."""
    sha = _sha(doc)
    existing = q.by_code(session, doc.code, doc.version)
    if existing is not None:
        if existing.sha256 != sha:
            raise Invalid(
                f"模板 {doc.code} 版本 {doc.version} 已存在且内容不同,请提高版本号 / "
                f"template {doc.code} version {doc.version} exists with other content; raise the version"
            )
        return existing, False
    row = ChecklistTemplate(
        code=doc.code,
        version=doc.version,
        process=doc.process,
        title=doc.title,
        title_en=doc.title_en,
        document=doc.model_dump(mode="json"),
        sha256=sha,
        builtin=builtin,
    )
    session.add(row)
    return row, True


def install_builtin_templates(ctx: Context) -> list[TemplateSummary]:
    """Load the shipped templates into the database (idempotent); returns those added."""
    docs = [load_template_file(p) for p in builtin_template_paths()]
    added = []
    with ctx.read() as s:
        missing = [d for d in docs if q.by_code(s, d.code, d.version) is None]
    if not missing:
        return []
    with ctx.write() as s:
        for doc in missing:
            row, created = _add(s, doc, builtin=True)
            if created:
                s.flush()
                added.append(_summary(row))
    return added


def list_templates(ctx: Context) -> list[TemplateSummary]:
    with ctx.read() as s:
        return [_summary(t) for t in q.all_templates(s)]


def get_template(ctx: Context, code: str, version: str | None = None) -> ChecklistTemplateDoc:
    with ctx.read() as s:
        row = q.by_code(s, code.strip().upper(), version)
        if row is None:
            raise NotFound(
                f"找不到模板 / no such template: {code}{' ' + version if version else ''}"
            )
        return ChecklistTemplateDoc.model_validate(row.document)


def validate_template_file(path: Path) -> ChecklistTemplateDoc:
    """Parse and validate without touching the database; raises TemplateError."""
    return load_template_file(path)


def import_template_file(ctx: Context, path: Path) -> TemplateSummary:
    try:
        doc = load_template_file(path)
    except TemplateError as exc:
        raise Invalid(str(exc)) from exc
    with ctx.write() as s:
        row, created = _add(s, doc, builtin=False)
        if not created:
            raise Invalid(
                f"模板 {doc.code} 版本 {doc.version} 已导入,无需重复导入 / already imported"
            )
        s.flush()
        return _summary(row)


def export_template(ctx: Context, code: str, dest: Path, version: str | None = None) -> Path:
    doc = get_template(ctx, code, version)
    dest = Path(dest)
    try:
        dest.write_text(dump_template(doc), encoding="utf-8")
    except OSError as exc:
        raise Invalid(f"无法写入 / cannot write {dest}: {exc.strerror or exc}") from exc
    return dest
