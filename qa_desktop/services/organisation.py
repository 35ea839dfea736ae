"""The organisation, its departments and people."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from qa_desktop.domain.enums import Role
from qa_desktop.store.models import Department, Organisation, Person
from qa_desktop.store.queries import org as q

from .context import Context, Invalid, NotFound, clean


@dataclass(frozen=True)
class OrgView:
    id: str
    name: str
    name_en: str
    doc_prefix: str
    logo_path: str


@dataclass(frozen=True)
class DepartmentView:
    id: str
    name: str
    name_en: str
    code: str


@dataclass(frozen=True)
class PersonView:
    id: str
    name: str
    title: str
    department_id: str | None
    department: str
    roles: tuple[str, ...]
    email: str
    active: bool


def org_view(o: Organisation) -> OrgView:
    return OrgView(str(o.id), o.name, o.name_en, o.doc_prefix, o.logo_path)


def dept_view(d: Department) -> DepartmentView:
    return DepartmentView(str(d.id), d.name, d.name_en, d.code)


def person_view(session: Session, p: Person) -> PersonView:
    dept = session.get(Department, p.department_id) if p.department_id else None
    return PersonView(
        str(p.id),
        p.name,
        p.title,
        str(p.department_id) if p.department_id else None,
        dept.name if dept else "",
        tuple(p.roles),
        p.email,
        p.active,
    )


def current_org(session: Session) -> Organisation:
    org = q.organisation(session)
    if org is None:
        raise NotFound(
            "尚未设置组织 / no organisation is set up yet "
            "(run `qa-desktop org --name 公司名称` or `qa-desktop demo`)"
        )
    return org


def get_organisation(ctx: Context) -> OrgView | None:
    with ctx.read() as s:
        org = q.organisation(s)
        return org_view(org) if org else None


def set_organisation(
    ctx: Context,
    *,
    name: str | None = None,
    name_en: str | None = None,
    doc_prefix: str | None = None,
    logo_path: str | None = None,
) -> OrgView:
    with ctx.write() as s:
        org = q.organisation(s)
        if org is None:
            if not clean(name):
                raise Invalid("首次设置需提供公司名称 / the company name is required")
            org = Organisation(name=clean(name))
            s.add(org)
        if name is not None:
            if not clean(name):
                raise Invalid("公司名称不能为空 / the company name cannot be empty")
            org.name = clean(name)
        if name_en is not None:
            org.name_en = clean(name_en)
        if doc_prefix is not None:
            org.doc_prefix = clean(doc_prefix)
        if logo_path is not None:
            org.logo_path = clean(logo_path)
        s.flush()
        return org_view(org)


def department(session: Session, org: Organisation, ref: str | uuid.UUID) -> Department:
    """A department by id, name, English name or code."""
    dept = None
    if isinstance(ref, uuid.UUID):
        dept = session.get(Department, ref)
    else:
        try:
            dept = session.get(Department, uuid.UUID(str(ref)))
        except ValueError:
            dept = q.department_by_name(session, org.id, clean(ref))
    if dept is None or dept.organisation_id != org.id:
        raise NotFound(f"找不到部门 / no such department: {ref}")
    return dept


def person(session: Session, org: Organisation, ref: str | uuid.UUID) -> Person:
    """A person by id or name."""
    found = None
    if isinstance(ref, uuid.UUID):
        found = session.get(Person, ref)
    else:
        try:
            found = session.get(Person, uuid.UUID(str(ref)))
        except ValueError:
            found = q.person_by_name(session, org.id, clean(ref))
    if found is None or found.organisation_id != org.id:
        raise NotFound(f"找不到人员 / no such person: {ref}")
    return found


def add_department(ctx: Context, name: str, *, name_en: str = "", code: str = "") -> DepartmentView:
    if not clean(name):
        raise Invalid("部门名称不能为空 / the department name cannot be empty")
    with ctx.write() as s:
        org = current_org(s)
        if q.department_by_name(s, org.id, clean(name)):
            raise Invalid(f"部门已存在 / the department already exists: {name}")
        d = Department(
            organisation_id=org.id, name=clean(name), name_en=clean(name_en), code=clean(code)
        )
        s.add(d)
        s.flush()
        return dept_view(d)


def list_departments(ctx: Context) -> list[DepartmentView]:
    with ctx.read() as s:
        org = q.organisation(s)
        return [dept_view(d) for d in q.departments(s, org.id)] if org else []


def _roles(roles) -> list[str]:
    out = []
    for r in roles or ():
        try:
            out.append(Role(str(r).strip()).value)
        except ValueError:
            valid = ", ".join(x.value for x in Role)
            raise Invalid(f"未知角色 / unknown role: {r} (可用 / valid: {valid})") from None
    return sorted(set(out))


def add_person(
    ctx: Context,
    name: str,
    *,
    roles=(),
    department: str | None = None,
    title: str = "",
    email: str = "",
) -> PersonView:
    if not clean(name):
        raise Invalid("姓名不能为空 / the name cannot be empty")
    with ctx.write() as s:
        org = current_org(s)
        if q.person_by_name(s, org.id, clean(name)):
            raise Invalid(f"人员已存在 / this person already exists: {name}")
        dept = _dept_or_none(s, org, department)
        p = Person(
            organisation_id=org.id,
            name=clean(name),
            roles=_roles(roles),
            department_id=dept.id if dept else None,
            title=clean(title),
            email=clean(email),
        )
        s.add(p)
        s.flush()
        return person_view(s, p)


def update_person(
    ctx: Context,
    ref: str,
    *,
    roles=None,
    department: str | None = None,
    title: str | None = None,
    email: str | None = None,
    active: bool | None = None,
) -> PersonView:
    with ctx.write() as s:
        org = current_org(s)
        p = person(s, org, ref)
        if roles is not None:
            p.roles = _roles(roles)
        if department is not None:
            dept = _dept_or_none(s, org, department)
            p.department_id = dept.id if dept else None
        if title is not None:
            p.title = clean(title)
        if email is not None:
            p.email = clean(email)
        if active is not None:
            p.active = active
        s.flush()
        return person_view(s, p)


def _dept_or_none(s: Session, org: Organisation, ref: str | None) -> Department | None:
    return department(s, org, ref) if ref and clean(ref) else None


def list_people(ctx: Context, role: str | None = None) -> list[PersonView]:
    with ctx.read() as s:
        org = q.organisation(s)
        if org is None:
            return []
        return [person_view(s, p) for p in q.people(s, org.id) if role is None or role in p.roles]


# --- the logo --------------------------------------------------------------------------------

LOGO_MAX_BYTES = 2 * 1024 * 1024
_LOGO_KINDS = {b"\x89PNG\r\n\x1a\n": ".png", b"\xff\xd8\xff": ".jpg"}


def import_logo(ctx: Context, source: str | Path) -> OrgView:
    """Copy a PNG/JPEG logo into the data folder and make it the organisation's logo.

    The copy lives next to the database, so reports still find it after the original on a
    USB stick or a network share has gone.
    """
    source = Path(source)
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise Invalid(
            f"无法读取图片 / cannot read the image {source.name}: {exc.strerror or exc}"
        ) from exc
    suffix = next((s for magic, s in _LOGO_KINDS.items() if data.startswith(magic)), None)
    if suffix is None:
        raise Invalid(
            f"标志须为 PNG 或 JPEG 图片 / the logo must be a PNG or JPEG image: {source.name}"
        )
    if len(data) > LOGO_MAX_BYTES:
        raise Invalid(
            f"标志图片不能超过 2 MB / the logo image must be 2 MB or smaller: {source.name}"
        )
    folder = ctx.store.data_dir / "branding"
    dest = folder / f"logo-{hashlib.sha256(data).hexdigest()[:12]}{suffix}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if not dest.exists():
            tmp = dest.with_suffix(dest.suffix + ".part")
            tmp.write_bytes(data)
            tmp.replace(dest)
    except OSError as exc:
        raise Invalid(
            f"无法保存标志 / cannot save the logo in {folder}: {exc.strerror or exc}"
        ) from exc
    return set_organisation(ctx, logo_path=str(dest))
