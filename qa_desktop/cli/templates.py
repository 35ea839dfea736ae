"""Checklist templates: list, show, validate, import, export."""

from __future__ import annotations

from pathlib import Path

from qa_desktop.domain.enums import RESULT_LABELS, label
from qa_desktop.services import templates as svc

from .output import print_json, table

ORDER = 30  # place in `qa-desktop --help`


def register(sub) -> None:
    tpl = sub.add_parser("template", help="检查表模板 / checklist templates").add_subparsers(
        dest="sub", metavar="ACTION"
    )
    p = tpl.add_parser("list", help="列出模板 / list templates")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_list)
    p = tpl.add_parser("show", help="显示模板内容 / show a template")
    p.add_argument("code")
    p.add_argument("--version")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_show)
    p = tpl.add_parser("validate", help="校验模板文件(不导入) / validate a template file")
    p.add_argument("file")
    p.set_defaults(handler=cmd_validate)
    p = tpl.add_parser("import", help="导入模板文件 / import a template file")
    p.add_argument("file")
    p.set_defaults(handler=cmd_import)
    p = tpl.add_parser("export", help="导出模板为 YAML / export a template as YAML")
    p.add_argument("code")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--version")
    p.set_defaults(handler=cmd_export)


def cmd_list(args, rt) -> int:
    rows = svc.list_templates(rt.ctx)
    if args.json:
        print_json(rows)
        return 0
    for t in rows:
        origin = "内置 built-in" if t.builtin else "导入 imported"
        print(f"{t.code}  v{t.version}  {t.title} / {t.title_en}  ({t.items} 项 items, {origin})")
    return 0


def cmd_show(args, rt) -> int:
    doc = svc.get_template(rt.ctx, args.code, args.version)
    if args.json:
        print_json(doc)
        return 0
    print(f"{doc.code} v{doc.version}  {doc.title} / {doc.title_en}")
    table(
        ["编号 id", "检查问题 question", "依据 clause", "抽样/证据 evidence", "类型 answer"],
        [
            [
                i.id,
                i.question,
                ";".join(i.clause),
                i.evidence,
                f"{i.answer.type.value}"
                + (f" n/{i.answer.sample_size}" if i.answer.sample_size else "")
                + (f" {i.answer.unit}" if i.answer.unit else "")
                + " ["
                + "/".join(label(RESULT_LABELS, r) for r in i.answer.results)
                + "]",
            ]
            for i in doc.items
        ],
    )
    return 0


def cmd_validate(args, rt) -> int:
    doc = svc.validate_template_file(Path(args.file))
    print(f"有效 / valid: {doc.code} v{doc.version} {doc.title} ({len(doc.items)} 项 items)")
    return 0


def cmd_import(args, rt) -> int:
    t = svc.import_template_file(rt.ctx, Path(args.file))
    print(f"已导入 / imported: {t.code} v{t.version} {t.title} ({t.items} 项 items)")
    return 0


def cmd_export(args, rt) -> int:
    dest = svc.export_template(rt.ctx, args.code, Path(args.output), args.version)
    print(f"已导出 / exported: {dest}")
    return 0
