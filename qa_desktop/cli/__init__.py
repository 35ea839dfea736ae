"""The `qa-desktop` command: the GUI by default, sub-commands for everything else.

Exit codes: 0 ok, 1 a refusal or error the user can act on (one line on stderr), 2 usage.
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys

from qa_desktop import __version__
from qa_desktop.schemas.template import TemplateError
from qa_desktop.services.context import ServiceError
from qa_desktop.store.backup import BackupError
from qa_desktop.store.database import DatabaseUnusable

from .runtime import Runtime

DESCRIPTION = (
    "qa-desktop — 运维服务质量保证与内部审核工具(离线)。不带子命令时启动图形界面。\n"
    "Offline QA-plan and internal-audit tool for IT operations. Without a command it starts the GUI."
)


def command_modules() -> list:
    """Every module of this package that defines `register(subparsers)`, in `ORDER` (help order)."""
    found = []
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        if callable(getattr(module, "register", None)):
            found.append(module)
    return sorted(found, key=lambda m: (getattr(m, "ORDER", 50), m.__name__))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="qa-desktop",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"qa-desktop {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="数据文件夹(默认:系统用户数据目录,或环境变量 QA_DESKTOP_DATA_DIR) / "
        "data folder (default: the user data folder, or QA_DESKTOP_DATA_DIR)",
    )
    parser.add_argument(
        "--user",
        metavar="NAME",
        help="以此用户身份记录本次修改 / record this run's changes under NAME",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="启动前在空数据文件夹中载入演示年度 / load the demo year into an empty data folder first",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in command_modules():
        module.register(sub)
    return parser


def _gui(rt: Runtime, argv: list[str], demo_year: bool) -> int:
    if demo_year:
        from qa_desktop.services import demo, organisation

        if organisation.get_organisation(rt.ctx) is None:
            summary = demo.load_demo(rt.ctx)
            print(
                f"演示数据已载入 / demo data loaded: {summary.ncs} NCs, {summary.answers} answers "
                f"({rt.data_dir})"
            )
    try:
        from qa_desktop.gui.app import run
    except ImportError:
        print(
            "qa-desktop: 图形界面尚未包含在此版本中,请使用子命令(qa-desktop --help) / "
            "the graphical interface is not part of this build yet; use the sub-commands "
            "(qa-desktop --help)",
            file=sys.stderr,
        )
        return 1
    return run(rt, argv)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if args.command is not None and extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    rt = Runtime(data_dir_arg=args.data_dir, user_arg=args.user)
    try:
        if args.command is None:
            return _gui(rt, extra, args.demo)
        if getattr(args, "handler", None) is None:
            parser.parse_args([args.command, "--help"])
        return args.handler(args, rt) or 0
    except (ServiceError, TemplateError, DatabaseUnusable, BackupError) as exc:
        print(f"qa-desktop: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `qa-desktop nc list | head`: the reader left; say nothing more.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - replaces the closed stream for exit
        return 0
    finally:
        rt.close()
