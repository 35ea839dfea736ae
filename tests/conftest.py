"""Shared fixtures: a fresh data folder, a store, a context with a fixed clock, a demo year."""

from __future__ import annotations

import os
import shutil

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import UTC, datetime

import pytest

from qa_desktop.services import organisation, templates
from qa_desktop.services.context import Context
from qa_desktop.store.database import open_database
from qa_desktop.store.engine import DB_FILENAME

ACTOR = "测试员"
DEPARTMENTS = ("服务台", "备件库", "质量效能部", "研发部")
PEOPLE = (
    ("王海燕", "质量效能部", ("quality_manager", "auditor")),
    ("李明", "质量效能部", ("auditor",)),
    ("赵磊", "研发部", ("auditor",)),
    ("刘洋", "服务台", ("department_head",)),
    ("周婷", "备件库", ("department_head",)),
)


class FixedClock:
    """A clock that stands still until a test moves it: `clock.now = ...` or `clock.set(y, m, d)`."""

    def __init__(self, now: datetime | None = None) -> None:
        self.now = now or datetime(2025, 6, 16, 10, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def set(self, year: int, month: int, day: int, hour: int = 10) -> None:
        self.now = datetime(year, month, day, hour, tzinfo=UTC)


def _set_up_org(ctx: Context) -> None:
    organisation.set_organisation(ctx, name="测试运维服务有限公司", name_en="Test Ops Co.")
    for name in DEPARTMENTS:
        organisation.add_department(ctx, name)
    for name, dept, roles in PEOPLE:
        organisation.add_person(ctx, name, department=dept, roles=roles)
    templates.install_builtin_templates(ctx)


@pytest.fixture(scope="session")
def _org_seed(tmp_path_factory):
    """The org_ctx database, built once; each test that wants it gets a fresh copy."""
    path = tmp_path_factory.mktemp("org-seed")
    st, _report = open_database(path)
    try:
        _set_up_org(Context(store=st, actor=ACTOR, clock=FixedClock()))
    finally:
        st.dispose()
    return path / DB_FILENAME


@pytest.fixture
def data_dir(tmp_path):
    return tmp_path / "data"


@pytest.fixture
def store(request, data_dir):
    # Setting up the organisation costs a dozen committed writes: tests that ask for org_ctx
    # start from a copy of a database where that was done once.
    if "org_ctx" in request.fixturenames:
        data_dir.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(request.getfixturevalue("_org_seed"), data_dir / DB_FILENAME)
    st, _report = open_database(data_dir)
    yield st
    st.dispose()


@pytest.fixture
def clock():
    return FixedClock()


@pytest.fixture
def ctx(store, clock):
    return Context(store=store, actor=ACTOR, clock=clock)


@pytest.fixture
def org_ctx(ctx):
    """ctx with the organisation, four departments, five people and the built-in templates."""
    return ctx


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory):
    """A data folder holding the demo year, loaded once. Read it only, or copy it first."""
    from qa_desktop.services.demo import load_demo

    path = tmp_path_factory.mktemp("demo") / "data"
    st, _report = open_database(path)
    try:
        load_demo(Context(store=st, actor="王海燕"), 2025)
    finally:
        st.dispose()
    return path


@pytest.fixture
def demo_ctx(demo_db, clock):
    """A read-only look at the demo year (nothing may be written through it)."""
    st, _report = open_database(demo_db, daily_backup=False)
    yield Context(store=st, actor="只读", clock=clock)
    st.dispose()


def pytest_collection_modifyitems(config, items):
    # Everything under tests/gui drives real widgets: `pytest -m "not gui"` runs the logic alone.
    for item in items:
        if "tests/gui/" in item.nodeid.replace("\\", "/") or item.nodeid.startswith("gui/"):
            item.add_marker(pytest.mark.gui)
