"""Generating the plan's documents: compile the data through the services, lay it out with
the report module of its kind, write the PDF, and record number, version, date and hash.

A document's version moves on only when the data it shows changed (V1.0, V1.1, …); building
the same data again gives the same version, recorded again with the new file's hash.
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib
import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from qa_desktop.reports.frame import Control, People, Revision
from qa_desktop.store.models import GeneratedDocument
from qa_desktop.store.queries import documents as q

from .context import Context, Invalid
from .organisation import current_org


@dataclass(frozen=True)
class Kind:
    code: str  # short code in the document number
    title_zh: str
    title_en: str
    selector: str  # audit / nc / review / year
    compile_path: str  # "module:function" (ctx, selector value) -> data
    build_path: str  # "module:function" (data, control, lang, target) -> pages
    wide: bool = False


_DATA = "qa_desktop.services.report_data"
_R = "qa_desktop.reports"

KINDS: dict[str, Kind] = {
    "audit-plan": Kind(
        "AP",
        "内审计划",
        "Internal audit plan",
        "audit",
        f"{_DATA}.audits:compile_audit_plan",
        f"{_R}.audit_plan:build",
    ),
    "checklist": Kind(
        "CL",
        "内审检查表",
        "Internal audit checklist",
        "audit",
        f"{_DATA}.audits:compile_checklist",
        f"{_R}.checklist:build",
    ),
    "checklist-blank": Kind(
        "CB",
        "内审检查表(空白)",
        "Internal audit checklist (blank)",
        "audit",
        f"{_DATA}.audits:compile_checklist_blank",
        f"{_R}.checklist:build_blank",
    ),
    "nc": Kind(
        "NCR",
        "内审不符合报告",
        "Internal audit nonconformity report",
        "nc",
        f"{_DATA}.audits:compile_nc",
        f"{_R}.nc_report:build",
    ),
    "nc-register": Kind(
        "NCL",
        "不符合项登记表",
        "Nonconformity register",
        "audit",
        f"{_DATA}.audits:compile_nc_register",
        f"{_R}.nc_register:build",
        wide=True,
    ),
    "audit-report": Kind(
        "AR",
        "内审报告",
        "Internal audit report",
        "audit",
        f"{_DATA}.audits:compile_audit_report",
        f"{_R}.audit_report:build",
    ),
    "review-plan": Kind(
        "MRP",
        "管理评审计划",
        "Management review plan",
        "review",
        f"{_DATA}.reviews:compile_review_plan",
        f"{_R}.review_plan:build",
    ),
    "review-report": Kind(
        "MRR",
        "管理评审报告",
        "Management review report",
        "review",
        f"{_DATA}.reviews:compile_review_report",
        f"{_R}.review_report:build",
    ),
    "annual": Kind(
        "QMR",
        "质量管理报告",
        "Annual quality management report",
        "year",
        f"{_DATA}.annual:compile_annual",
        f"{_R}.annual:build",
    ),
    "survey-plan": Kind(
        "CSP",
        "满意度调查计划",
        "Customer satisfaction survey plan",
        "year",
        f"{_DATA}.surveys:compile_survey_plan",
        f"{_R}.survey_plan:build",
    ),
    "survey-results": Kind(
        "CSR",
        "满意度调查结果",
        "Customer satisfaction survey results",
        "year",
        f"{_DATA}.surveys:compile_survey_results",
        f"{_R}.survey_results:build",
    ),
    "survey-report": Kind(
        "CSA",
        "满意度调查报告",
        "Customer satisfaction survey report",
        "year",
        f"{_DATA}.surveys:compile_survey_report",
        f"{_R}.survey_report:build",
    ),
}


def _load(path: str) -> Callable[..., Any]:
    module, _, name = path.partition(":")
    return getattr(importlib.import_module(module), name)


def _jsonable(data: Any) -> Any:
    if hasattr(data, "model_dump"):
        return data.model_dump(mode="json")
    if dataclasses.is_dataclass(data):
        return _jsonable(dataclasses.asdict(data))
    if isinstance(data, dict):
        return {str(k): _jsonable(v) for k, v in data.items()}
    if isinstance(data, list | tuple):
        return [_jsonable(v) for v in data]
    if isinstance(data, date | datetime):
        return data.isoformat()
    return data


def data_hash(data: Any) -> str:
    text = json.dumps(_jsonable(data), sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class _Version:
    id: Any
    version: str
    data_sha256: str
    created_at: datetime


def _next_version(history: list[_Version], digest: str) -> str:
    if not history:
        return "V1.0"
    last = history[-1]
    if last.data_sha256 == digest:
        return last.version
    major, _, minor = last.version.lstrip("V").partition(".")
    return f"V{major}.{int(minor or 0) + 1}"


@dataclass(frozen=True)
class GeneratedView:
    kind: str
    subject: str
    number: str
    version: str
    lang: str
    title: str
    path: Path
    sha256: str
    pages: int
    created_at: datetime


def _sha_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def generate(
    ctx: Context,
    kind: str,
    output: Path,
    *,
    audit: str | None = None,
    nc: str | None = None,
    review: str | None = None,
    year: int | None = None,
    lang: str = "zh_CN",
    progress: Callable[[int, int, str], None] | None = None,
) -> GeneratedView:
    """Build one document to `output` and record it."""
    spec = KINDS.get(kind)
    if spec is None:
        raise Invalid(f"未知文件类型 / unknown document kind: {kind} ({', '.join(KINDS)})")
    lang = "en" if lang.startswith("en") else "zh_CN"
    selector = {"audit": audit, "nc": nc, "review": review, "year": year}[spec.selector]
    if spec.selector == "review" and selector is None and year is not None:
        selector = str(year)  # "--year selects that year's review"
    if selector is None:
        raise Invalid(f"{kind} 需要 --{spec.selector} / {kind} needs --{spec.selector}")
    step = progress or (lambda *_a: None)
    step(0, 3, "compile")
    data = _load(spec.compile_path)(ctx, selector)
    digest = data_hash(data)
    subject, doc_year = str(data.subject), int(data.year)
    with ctx.read() as s:
        org = current_org(s)
        # Plain copies: the rows expire when the read session ends.
        history = [
            _Version(h.id, h.version, h.data_sha256, h.created_at)
            for h in q.history(s, org.id, kind, subject, lang)
        ]
        prefix = (org.doc_prefix or "QA").strip()
        company = (org.name_en or org.name) if lang == "en" else org.name
        logo = org.logo_path
    version = _next_version(history, digest)
    people = People(**data.people.model_dump())
    # The first version carries the record's own date (its approval); later ones the day they
    # were issued.
    issued = people.approved_on or people.prepared_on
    revisions = [
        Revision(
            (issued if i == 0 and issued else h.created_at.astimezone().date()),
            h.version,
            change_label(i, lang),
            people.approved_by,
        )
        for i, h in enumerate(_first_of_each_version(history))
    ]
    if not history or history[-1].version != version:
        first = not history
        revisions.append(
            Revision(
                (issued or ctx.today()) if first else ctx.today(),
                version,
                change_label(0 if first else 1, lang),
                people.approved_by,
            )
        )
    title = spec.title_en if lang == "en" else spec.title_zh
    control = Control(
        title=title,
        number=f"{prefix}-{spec.code}-{subject}",
        version=version,
        company=company,
        logo_path=logo,
        prepared_by=people.prepared_by,
        prepared_on=people.prepared_on,
        reviewed_by=people.reviewed_by,
        reviewed_on=people.reviewed_on,
        approved_by=people.approved_by,
        approved_on=people.approved_on,
        revisions=tuple(revisions),
        subject=f"{title} {subject}",
        author=ctx.actor,
        keywords=(kind, subject),
    )
    step(1, 3, "layout")
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=output.parent, prefix=".qa-report-", suffix=".pdf")
    os.close(fd)
    try:
        pages = _load(spec.build_path)(data, control, lang, Path(tmp))
        os.replace(tmp, output)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise Invalid(f"无法写入 / cannot write {output}: {exc.strerror or exc}") from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    step(2, 3, "record")
    sha = _sha_file(output)
    with ctx.write() as s:
        row = GeneratedDocument(
            organisation_id=current_org(s).id,
            kind=kind,
            subject=subject,
            year=doc_year,
            number=control.number,
            version=version,
            lang=lang,
            title=title,
            file_name=output.name,
            sha256=sha,
            data_sha256=digest,
            pages=pages,
        )
        if history and history[-1].version == version:
            # Same data, same version: refresh the record rather than add a duplicate version.
            row = s.get(GeneratedDocument, history[-1].id)
            row.file_name, row.sha256, row.pages = output.name, sha, pages
        else:
            s.add(row)
        s.flush()
        created = row.created_at
    step(3, 3, "done")
    return GeneratedView(
        kind, subject, control.number, version, lang, title, output, sha, pages, created
    )


def change_label(index: int, lang: str) -> str:
    """What a revision did: the first created the document, the others updated it."""
    zh, en = ("新建", "New") if index == 0 else ("更新", "Updated")
    return en if lang == "en" else zh


def _first_of_each_version(history: list[_Version]) -> list[_Version]:
    seen: dict[str, _Version] = {}
    for h in history:
        seen.setdefault(h.version, h)
    return list(seen.values())


@dataclass(frozen=True)
class DocumentRecord:
    kind: str
    subject: str
    number: str
    version: str
    lang: str
    title: str
    file_name: str
    sha256: str
    pages: int
    created_at: datetime


def documents_of_year(ctx: Context, year: int) -> list[DocumentRecord]:
    """What was generated for a year — the outputs the annual schedule links to."""
    with ctx.read() as s:
        return [
            DocumentRecord(
                d.kind,
                d.subject,
                d.number,
                d.version,
                d.lang,
                d.title,
                d.file_name,
                d.sha256,
                d.pages,
                d.created_at,
            )
            for d in q.of_year(s, current_org(s).id, year)
        ]
