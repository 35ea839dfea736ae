"""内审检查表 — the checklists of one audit, one section per run (a template applied to one
department): `build` shows what was found (result, n/N or measured value, notes, NC numbers,
photo thumbnails, the follow-up of earlier NCs); `build_blank` prints the same items with empty
answer boxes and ruled space, for the auditor to fill in on site."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, PageBreak, Spacer, Table

from qa_desktop.domain.enums import AnswerType, Result
from qa_desktop.schemas.report_inputs_audit import ChecklistData, ItemRow, Photo, RunChecklist

from .audit_common import (
    LANDSCAPE_WIDTH,
    RuledLines,
    alert,
    body,
    boxes,
    caption,
    cell,
    fmt_date,
    follow_up_table,
    form_table,
    grid_table,
    join,
    labelled,
    labels,
    process_label,
    result_label,
    section,
    small,
    subsection,
    two_lines,
    widths,
)
from .frame import Control, build_pdf
from .labels import Labels
from .styles import RULE, styles

CHECKLIST_LABELS: dict[str, tuple[str, str]] = {
    "s_overview": ("审核概况", "Overview"),
    "legend": (
        "结论:符合 / 不符合 / 观察 / 不适用;n/N = 不符合数 / 样本量;测量项记录实测值。"
        "不符合和观察须在“记录/说明”中写明客观证据(单号、日期、人员、样本)。",
        "Results: conform / nonconform / observation / not applicable; n/N = nonconforming "
        "count / sample size; measured items record the value found. A nonconformity or "
        "observation states its objective evidence in the notes (record numbers, dates, "
        "people, sample).",
    ),
    "planned_dates": ("审核日期", "Audit dates"),
    "run_title": ("{n}. {process} — {department}", "{n}. {process} — {department}"),
    "answer_date": ("审核日期", "Audit date"),
    "progress": ("已作答", "Answered"),
    "item": ("编号", "Item"),
    "question": ("检查问题", "Question"),
    "evidence": ("抽样/证据", "Sampling / evidence"),
    "samples": ("n/N 或测量值", "n/N or value"),
    "sampled": ("抽样记录", "Sampled"),
    "nc_link": ("不符合项", "NCs"),
    "photo_of": ("{item} {name}", "{item} {name}"),
    "photo_missing": ("[照片无法显示:{name}]", "[photo cannot be shown: {name}]"),
    "fu_here": ("以往不符合项跟踪验证(本部门)", "Follow-up of earlier NCs (this department)"),
    "fu_other": ("以往不符合项跟踪验证(其他)", "Follow-up of earlier NCs (other)"),
    "sign_auditor": ("审核员签字", "Auditor's signature"),
    "sign_rep": ("受审方代表签字", "Auditee rep. signature"),
    "no_runs": ("本次审核尚无检查表。", "This audit has no checklist yet."),
    "count": ("{answered} / {total}", "{answered} / {total}"),
}

THUMB_HEIGHT = 35 * mm
THUMBS_PER_ROW = 5


def _t(lang: str) -> Labels:
    return labels(lang, CHECKLIST_LABELS)


def _number(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _samples(item: ItemRow, t: Labels, *, blank: bool) -> Flowable:
    kind = item.answer_type
    if blank:
        if kind == AnswerType.SAMPLE:
            return cell(f"____ / {item.sample_size or '____'}")
        if kind == AnswerType.MEASURE:
            return cell(f"________ {item.unit}".rstrip())
        return cell("")
    text = ""
    if kind == AnswerType.SAMPLE or item.sample_size:
        bad = "—" if item.nonconforming_count is None else str(item.nonconforming_count)
        text = f"{bad}/{item.sample_size or '—'}"
    if item.measured_value is not None:
        if item.unit == "%":
            text = f"{_number(item.measured_value * 100)}%"
        else:
            text = f"{_number(item.measured_value)} {item.unit}".rstrip()
    refs = join(item.sampled_refs, t)
    if refs:
        return two_lines(text or "—", f"{t('sampled')}: {refs}")
    return cell(text)


def _result(item: ItemRow, t: Labels, *, blank: bool) -> Flowable:
    if blank:
        return boxes(item.allowed_results, t)
    label = result_label(item.result, t)
    if item.result in (Result.NONCONFORM.value, Result.OBSERVATION.value):
        return alert(label)
    return cell(label)


def _items_table(run: RunChecklist, t: Labels, *, blank: bool) -> Table:
    w = widths(LANDSCAPE_WIDTH, 0.05, 0.195, 0.13, 0.15, 0.095, 0.085, 0.21, 0.085)
    header = [
        t("item"),
        t("question"),
        t("clause"),
        t("evidence"),
        t("result"),
        t("samples"),
        t("notes"),
        t("nc_link"),
    ]
    rows = []
    for item in run.items:
        evidence = item.evidence_en or item.evidence if t.english else item.evidence
        rows.append(
            [
                cell(item.item_id),
                two_lines(item.question, item.question_en),
                cell("\n".join(item.clauses)),
                cell(evidence),
                _result(item, t, blank=blank),
                _samples(item, t, blank=blank),
                RuledLines(4) if blank else cell(item.notes),
                cell("") if blank else cell("\n".join(item.nc_numbers)),
            ]
        )
    return grid_table(header, rows, w, zebra=not blank)


def _thumbnail(photo: Photo, t: Labels) -> Flowable:
    """The photo upright (EXIF orientation applied), THUMB_HEIGHT tall, at most a cell wide."""
    try:
        from PIL import Image as PILImage
        from PIL import ImageOps

        with PILImage.open(photo.path) as img:
            upright = ImageOps.exif_transpose(img)
            upright = upright.convert("RGB")
            upright.thumbnail((1200, 1200))
            buf = io.BytesIO()
            upright.save(buf, format="JPEG", quality=85)
            w_px, h_px = upright.size
        buf.seek(0)
        max_width = LANDSCAPE_WIDTH / THUMBS_PER_ROW - 8
        height = THUMB_HEIGHT
        width = height * w_px / h_px
        if width > max_width:
            width, height = max_width, max_width * h_px / w_px
        return Image(buf, width=width, height=height)
    except Exception:  # a missing or damaged file must not stop the document
        return small(t("photo_missing", name=photo.name))


def _photos(run: RunChecklist, t: Labels) -> list[Flowable]:
    cells = []
    for item in run.items:
        for photo in item.photos:
            label = photo.caption or photo.name
            cells.append(
                [_thumbnail(photo, t), small(t("photo_of", item=item.item_id, name=label))]
            )
    if not cells:
        return []
    rows = [cells[i : i + THUMBS_PER_ROW] for i in range(0, len(cells), THUMBS_PER_ROW)]
    rows[-1] = rows[-1] + [""] * (THUMBS_PER_ROW - len(rows[-1]))
    table = Table(
        rows, colWidths=[LANDSCAPE_WIDTH / THUMBS_PER_ROW] * THUMBS_PER_ROW, hAlign="LEFT"
    )
    style = [("FONTNAME", (0, 0), (-1, -1), styles().font), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for n in range(len(cells)):  # a frame around each photo, none around the empty places
        col, row = n % THUMBS_PER_ROW, n // THUMBS_PER_ROW
        style.append(("BOX", (col, row), (col, row), 0.4, RULE))
    table.setStyle(style)
    return [Spacer(1, 3 * mm), caption(t("page_photos")), table]


def _run_header(data: ChecklistData, run: RunChecklist, t: Labels, *, blank: bool) -> Table:
    r = run.run
    if blank:
        when = ""
    else:
        days = sorted({d for d in (r.first_answer, r.last_answer) if d})
        when = " – ".join(fmt_date(d) for d in days)
    w = widths(LANDSCAPE_WIDTH, 0.1, 0.23, 0.1, 0.23, 0.1, 0.24)
    progress = "" if blank else t("count", answered=r.answered, total=r.items)
    rows = [
        [
            labelled(t, "audit_number"),
            cell(data.audit.number),
            labelled(t, "template"),
            cell(f"{r.template_code} v{r.template_version}"),
            labelled(t, "checklist"),
            two_lines(r.title, r.title_en if t.english else ""),
        ],
        [
            labelled(t, "department"),
            cell(r.department),
            labelled(t, "auditor"),
            cell(r.auditor),
            labelled(t, "representative"),
            cell(r.representative),
        ],
        [
            labelled(t, "answer_date"),
            cell(when),
            labelled(t, "progress"),
            cell(progress),
            labelled(t, "process"),
            cell(process_label(r.process, t)),
        ],
    ]
    return form_table(rows, w, label_columns=(0, 2, 4))


def _signatures(t: Labels) -> Table:
    w = widths(LANDSCAPE_WIDTH, 0.15, 0.25, 0.07, 0.13, 0.15, 0.25)
    line = "______________________"
    row = [
        cell(t("sign_auditor")),
        cell(line),
        cell(t("date")),
        cell("__________"),
        cell(t("sign_rep")),
        cell(line),
    ]
    table = Table([row], colWidths=w, hAlign="LEFT")
    # Every table names the CJK font: ReportLab would otherwise set Helvetica (never embedded)
    # for its cells even when they hold only paragraphs.
    table.setStyle(
        [("FONTNAME", (0, 0), (-1, -1), styles().font), ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]
    )
    return table


def _overview(data: ChecklistData, t: Labels) -> list[Flowable]:
    a = data.audit
    dates = " – ".join(x for x in (fmt_date(a.planned_start), fmt_date(a.planned_end)) if x)
    w = widths(LANDSCAPE_WIDTH, 0.1, 0.4, 0.1, 0.4)
    rows = [
        [labelled(t, "audit_number"), cell(a.number), labelled(t, "audit_title"), cell(a.title)],
        [
            labelled(t, "planned_dates"),
            cell(dates),
            labelled(t, "audit_team"),
            cell(join((a.lead_auditor, *a.team), t)),
        ],
    ]
    return [
        section(t("s_overview")),
        form_table(rows, w, label_columns=(0, 2)),
        Spacer(1, 2 * mm),
        small(t("legend")),
    ]


def story(data: ChecklistData, t: Labels) -> list[Flowable]:
    blank = data.blank
    out = _overview(data, t)
    if not data.runs:
        out.append(body(t("no_runs")))
    for n, run in enumerate(data.runs, start=1):
        if n > 1:
            out.append(PageBreak())
        title = t(
            "run_title",
            n=n,
            process=process_label(run.run.process, t),
            department=run.run.department,
        )
        out += [
            subsection(title),
            _run_header(data, run, t, blank=blank),
            Spacer(1, 3 * mm),
            _items_table(run, t, blank=blank),
        ]
        if not blank:
            out += _photos(run, t)
        if run.follow_ups:
            out += [
                Spacer(1, 3 * mm),
                caption(t("fu_here")),
                follow_up_table(
                    run.follow_ups, t, LANDSCAPE_WIDTH, mode="blank" if blank else "results"
                ),
            ]
        out += [Spacer(1, 6 * mm), _signatures(t)]
    if data.follow_ups:
        out += [
            Spacer(1, 4 * mm),
            caption(t("fu_other")),
            follow_up_table(
                data.follow_ups, t, LANDSCAPE_WIDTH, mode="blank" if blank else "results"
            ),
        ]
    return out


def build(data: ChecklistData, control: Control, lang: str, target: Path) -> int:
    return build_pdf(target, control, story(data, _t(lang)), lang, wide=True)


def build_blank(data: ChecklistData, control: Control, lang: str, target: Path) -> int:
    data = data if data.blank else data.model_copy(update={"blank": True})
    return build_pdf(target, control, story(data, _t(lang)), lang, wide=True)
