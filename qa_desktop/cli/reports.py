"""`report KIND`: the plan's documents as PDF."""

from __future__ import annotations

import sys
from pathlib import Path

from qa_desktop.services import documents

from . import parsing

ORDER = 90  # place in `qa-desktop --help`


def register(sub) -> None:
    p = sub.add_parser("report", help="生成 PDF 文件 / write a PDF document")
    p.add_argument(
        "kind",
        choices=list(documents.KINDS),
        metavar="KIND",
        help="文件类型 / kind: " + ", ".join(documents.KINDS),
    )
    which = p.add_mutually_exclusive_group()
    which.add_argument("--audit", metavar="NUMBER", help="审核编号 / audit number (IA-YYYY-NN)")
    which.add_argument("--nc", metavar="NUMBER", help="不符合项编号 / NC number")
    which.add_argument("--review", metavar="ID", help="管理评审编号 / review number (MR-YYYY-NN)")
    p.add_argument("--year", type=parsing.year, help="年度(评审、满意度、年度报告) / year")
    p.add_argument("--lang", choices=["zh_CN", "en"], default="zh_CN", help="语言 / language")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    p.set_defaults(handler=cmd_report)


def cmd_report(args, rt) -> int:
    def progress(done: int, total: int, text: str) -> None:
        if sys.stderr.isatty():
            print(f"\r{done}/{total} {text}   ", end="", file=sys.stderr, flush=True)

    view = documents.generate(
        rt.ctx,
        args.kind,
        Path(args.output),
        audit=args.audit,
        nc=args.nc,
        review=args.review,
        year=args.year,
        lang=args.lang,
        progress=progress,
    )
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(
        f"已生成 / written: {view.path} — {view.title} {view.number} {view.version}, "
        f"{view.pages} 页 pages, sha256 {view.sha256[:12]}"
    )
    return 0
