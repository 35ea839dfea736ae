"""Set-up and upkeep: the user, the organisation, people, demo data, check/backup/restore."""

from __future__ import annotations

import sys
from pathlib import Path

from qa_desktop.config import save_settings
from qa_desktop.domain.enums import ROLE_LABELS, Role, label
from qa_desktop.services import demo, maintenance
from qa_desktop.services import organisation as org_svc
from qa_desktop.services.context import Invalid
from qa_desktop.store.database import open_database

from . import parsing
from .output import table

ORDER = 10  # place in `qa-desktop --help`


def register(sub) -> None:
    p = sub.add_parser("demo", help="载入一整年的演示数据 / load a whole demo year")
    p.add_argument("--year", type=parsing.year, default=2025, help="演示年度 / demo year (2025)")
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("user", help="查看或设置本机当前用户 / show or set this laptop's user")
    p.add_argument("name", nargs="?", help="姓名 / name")
    p.set_defaults(handler=cmd_user)

    p = sub.add_parser("org", help="查看或设置组织信息 / show or set the organisation")
    p.add_argument("--name", help="公司名称 / company name")
    p.add_argument("--name-en", help="英文名称 / English name")
    p.add_argument("--prefix", help="文件编号前缀,如 XDYJ / document-number prefix")
    p.add_argument("--logo", help="标志图片路径 / logo image path")
    p.set_defaults(handler=cmd_org)

    dept = sub.add_parser("dept", help="部门 / departments").add_subparsers(
        dest="sub", metavar="ACTION"
    )
    p = dept.add_parser("list", help="列出部门 / list departments")
    p.set_defaults(handler=cmd_dept_list)
    p = dept.add_parser("add", help="新增部门 / add a department")
    p.add_argument("name")
    p.add_argument("--en", default="", help="英文名称 / English name")
    p.add_argument("--code", default="", help="代码 / short code")
    p.set_defaults(handler=cmd_dept_add)

    person = sub.add_parser("person", help="人员 / people").add_subparsers(
        dest="sub", metavar="ACTION"
    )
    p = person.add_parser("list", help="列出人员 / list people")
    p.add_argument("--role", choices=[r.value for r in Role])
    p.set_defaults(handler=cmd_person_list)
    p = person.add_parser("add", help="新增人员 / add a person")
    p.add_argument("name")
    p.add_argument("--dept", help="所属部门 / department")
    p.add_argument(
        "--role",
        action="append",
        default=[],
        choices=[r.value for r in Role],
        help="角色,可重复 / role, repeatable",
    )
    p.add_argument("--title", default="", help="职务 / job title")
    p.add_argument("--email", default="")
    p.set_defaults(handler=cmd_person_add)

    p = sub.add_parser(
        "check", help="检查数据库完整性与事件日志哈希链 / verify integrity and the event log"
    )
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser("backup", help="备份数据库 / back up the database")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("restore", help="从备份恢复(会先备份当前数据) / restore a backup")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(handler=cmd_restore)


def cmd_demo(args, rt) -> int:
    summary = demo.load_demo(rt.ctx, year=args.year)
    print(
        f"演示数据已载入 / demo data loaded: {summary.audits} 次审核 audits, "
        f"{summary.answers} 个回答 answers, {summary.ncs} 个不符合项 nonconformities, "
        f"{summary.actions} 项纠正措施 actions, {summary.tickets} 张工单 tickets, "
        f"{summary.survey_responses} 份满意度问卷 survey responses, "
        f"{summary.review_actions} 项管理评审措施 review actions ({rt.data_dir})"
    )
    return 0


def cmd_user(args, rt) -> int:
    if args.name:
        settings = rt.settings.model_copy(update={"user": args.name.strip()})
        save_settings(rt.data_dir, settings)
        print(f"当前用户 / current user: {settings.user}")
    else:
        print(rt.actor)
    return 0


def cmd_org(args, rt) -> int:
    changes = {
        k: v
        for k, v in (
            ("name", args.name),
            ("name_en", args.name_en),
            ("doc_prefix", args.prefix),
            ("logo_path", args.logo),
        )
        if v is not None
    }
    view = (
        org_svc.set_organisation(rt.ctx, **changes) if changes else org_svc.get_organisation(rt.ctx)
    )
    if view is None:
        raise Invalid("尚未设置组织 / no organisation yet: qa-desktop org --name 公司名称")
    table(
        ["字段 field", "值 value"],
        [
            ["名称 name", view.name],
            ["English", view.name_en],
            ["编号前缀 prefix", view.doc_prefix],
            ["标志 logo", view.logo_path],
        ],
    )
    return 0


def cmd_dept_list(args, rt) -> int:
    table(
        ["部门 department", "English", "代码 code"],
        [[d.name, d.name_en, d.code] for d in org_svc.list_departments(rt.ctx)],
    )
    return 0


def cmd_dept_add(args, rt) -> int:
    d = org_svc.add_department(rt.ctx, args.name, name_en=args.en, code=args.code)
    print(f"已新增部门 / added: {d.name}")
    return 0


def cmd_person_list(args, rt) -> int:
    rows = [
        [p.name, p.title, p.department, "、".join(label(ROLE_LABELS, Role(r)) for r in p.roles)]
        for p in org_svc.list_people(rt.ctx, role=args.role)
    ]
    table(["姓名 name", "职务 title", "部门 department", "角色 roles"], rows)
    return 0


def cmd_person_add(args, rt) -> int:
    p = org_svc.add_person(
        rt.ctx, args.name, roles=args.role, department=args.dept, title=args.title, email=args.email
    )
    print(f"已新增人员 / added: {p.name}")
    return 0


def cmd_check(args, rt) -> int:
    problems = maintenance.check(rt.ctx.store)
    if not problems:
        print("检查通过:数据库完整,事件日志哈希链完好 / OK: database sound, event-log chain intact")
        return 0
    for p in problems[:50]:
        print(f"qa-desktop: {p}", file=sys.stderr)
    if len(problems) > 50:
        print(
            f"qa-desktop: … 另有 {len(problems) - 50} 处 / {len(problems) - 50} more",
            file=sys.stderr,
        )
    print(
        f"qa-desktop: 检查发现 {len(problems)} 处问题 / check found {len(problems)} problem(s)",
        file=sys.stderr,
    )
    return 1


def cmd_backup(args, rt) -> int:
    dest = maintenance.backup_to(rt.ctx.store, Path(args.output))
    print(f"已备份到 / backed up to: {dest}")
    return 0


def cmd_restore(args, rt) -> int:
    safety = maintenance.restore(rt.data_dir, Path(args.file))
    store, _ = open_database(rt.data_dir, daily_backup=False)  # migrate an older backup now
    store.dispose()
    if safety:
        print(f"原数据已备份到 / the previous data was saved to: {safety}")
    print(f"已从 {args.file} 恢复 / restored from {args.file}")
    return 0
