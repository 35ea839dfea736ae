"""The register at 10,000 nonconformities: every filter, preset and sort of the page gives
exactly the rows and counts the service query gives, the presets are what they say, and the
export receives the page's filters."""

from __future__ import annotations

import random
import shutil
import sys
import types
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from qa_desktop.domain.enums import Grade, NcStatus
from qa_desktop.gui.models.nc_table_model import COLUMN, COLUMNS, NcTableModel
from qa_desktop.gui.register_presets import EMPTY_STATE, OPEN
from qa_desktop.gui.views.nc_view import NonconformitiesView
from qa_desktop.services import audits, organisation
from qa_desktop.services import nonconformities as ncs
from qa_desktop.services.context import Context
from qa_desktop.store import bulk
from qa_desktop.store.database import open_database
from qa_desktop.store.models import CorrectiveAction, Nonconformity
from tests.gui.conftest import DEMO_USER, _session, tr

COUNT = 10_000
TODAY = date(2025, 11, 20)  # the gui_clock's day


def _seed(store, rng: random.Random) -> None:
    """10,000 NCs over five years, a third with a corrective action, straight into the store."""
    ctx = Context(store=store, actor=DEMO_USER)
    with store.read() as s:
        org_id = organisation.current_org(s).id
    departments = [uuid.UUID(d.id) for d in organisation.list_departments(ctx)]
    people = [uuid.UUID(p.id) for p in organisation.list_people(ctx)]
    audit_ids = [uuid.UUID(a.id) for a in audits.list_audits(ctx)] + [None]
    statuses = [s.value for s in NcStatus]
    now = datetime.now(UTC)
    ncs_rows, action_rows = [], []
    per_year: dict[int, int] = {}
    for i in range(COUNT):
        year = rng.choice([2021, 2022, 2023, 2024, 2025])
        per_year[year] = per_year.get(year, 99) + 1  # clear of the demo's NC-2025-001…016
        found = date(year, 1, 1) + timedelta(days=rng.randint(0, 330))
        grade = rng.choices([g.value for g in Grade], weights=[1, 6, 3])[0]
        nc_id = uuid.uuid4()
        ncs_rows.append(
            {
                "id": nc_id,
                "organisation_id": org_id,
                "number": f"NC-{year}-{per_year[year]:03d}",
                "year": year,
                "audit_id": rng.choice(audit_ids),
                "process": rng.choice(["SD", "SP", "KM"]),
                "department_id": rng.choice(departments),
                "auditor_id": rng.choice(people),
                "found_on": found,
                "facts": f"抽查工单INC{rng.randint(100, 999)}{i:05d},记录不完整。",
                "clause": f"ISO/IEC 20000-1:2018 8.{rng.randint(1, 7)}.{rng.randint(1, 6)}",
                "grade": grade,
                "status": rng.choice(statuses),
                "due_date": None if grade == "observation" else found + timedelta(days=30),
                "created_at": now,
                "updated_at": now,
            }
        )
        if i % 3 == 0:
            action_rows.append(
                {
                    "id": uuid.uuid4(),
                    "nc_id": nc_id,
                    "seq": 1,
                    "description": "整改",
                    "owner_id": rng.choice(people),
                    "due_date": found + timedelta(days=20),
                    "status": rng.choice(["open", "in_progress", "done"]),
                    "created_at": now,
                    "updated_at": now,
                }
            )
    bulk.insert_rows(store, Nonconformity, ncs_rows)
    bulk.insert_rows(store, CorrectiveAction, action_rows)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory, demo_db) -> Path:
    path = tmp_path_factory.mktemp("register") / "data"
    shutil.copytree(demo_db, path)
    store, _ = open_database(path, daily_backup=False)
    try:
        _seed(store, random.Random(20251120))
    finally:
        store.dispose()
    return path


@pytest.fixture
def big(qapp, seeded, tmp_path, gui_clock):
    """An AppSession over a private copy of the demo year plus 10,000 generated NCs."""
    path = tmp_path / "data"
    shutil.copytree(seeded, path)
    s = _session(path, gui_clock)
    yield s
    s.ctx.store.dispose()


@pytest.fixture
def view(qtbot, big):
    v = NonconformitiesView(big)
    qtbot.addWidget(v)
    v.resize(1180, 760)
    v.show()
    v.activate()
    return v


def _fetch_all(model: NcTableModel) -> None:
    """Read every page (the model holds the whole filter's rows, fetching pages on demand)."""
    model.rows()


def _numbers(model: NcTableModel) -> list[str]:
    return [model.row_at(r).number for r in range(model.rowCount())]


def _service(session, sort="due_date", descending=False, **filters) -> list[str]:
    page = ncs.list_ncs(session.ctx, sort=sort, descending=descending, limit=COUNT * 2, **filters)
    return [r.number for r in page.rows]


def _ids(session) -> dict[str, str]:
    ctx = session.ctx
    ids = {d.name: d.id for d in organisation.list_departments(ctx)}
    ids.update({p.name: p.id for p in organisation.list_people(ctx)})
    return ids


def _expect_count_label(view, session, filters) -> None:
    total = ncs.list_ncs(session.ctx, limit=0, **filters).total
    overdue = ncs.list_ncs(session.ctx, limit=0, **{**filters, "overdue": True}).total
    text = tr("NonconformitiesView", "{total} nonconformities ({overdue} overdue)").format(
        total=total, overdue=overdue
    )
    assert view.ui.countLabel.text() == text
    assert view.count_text() == text


def test_the_register_really_holds_ten_thousand(big):
    assert ncs.list_ncs(big.ctx, limit=1).total == COUNT + 16


# --- filters, each through its own widget --------------------------------------------------------

# (widget state, the list_ncs keywords it must mean); names stand for ids, resolved in the test.
CASES = [
    ({}, {}),
    ({"status": OPEN}, {"open_only": True}),
    ({"status": "in_progress"}, {"status": "in_progress"}),
    ({"grade": "major"}, {"grade": "major"}),
    ({"process": "SP"}, {"process": "SP"}),
    ({"department": "备件库"}, {"department_ref": "备件库"}),
    ({"audit": "IA-2025-02"}, {"audit": "IA-2025-02"}),
    ({"year": 2023}, {"year": 2023}),
    ({"owner": "张伟"}, {"owner": "张伟"}),
    ({"auditor": "李明"}, {"auditor": "李明"}),
    ({"overdue": True}, {"overdue": True}),
    ({"text": "INC12"}, {"text": "INC12"}),
    (
        {"status": OPEN, "grade": "major", "year": 2025},
        {"open_only": True, "grade": "major", "year": 2025},
    ),
    (
        {"process": "SD", "department": "服务台", "overdue": True},
        {"process": "SD", "department_ref": "服务台", "overdue": True},
    ),
    (
        {"owner": "周婷", "status": "in_progress", "year": 2024},
        {"owner": "周婷", "status": "in_progress", "year": 2024},
    ),
    (
        {"audit": "IA-2025-01", "grade": "minor", "text": "INC5"},
        {"audit": "IA-2025-01", "grade": "minor", "text": "INC5"},
    ),
]


@pytest.mark.parametrize(("state", "expected"), CASES, ids=[str(c[0]) for c in CASES])
def test_filters_equal_the_service_query(qtbot, view, big, state, expected):
    ids = _ids(big)
    ui = view.ui
    combos = {
        "status": ui.statusCombo,
        "grade": ui.gradeCombo,
        "process": ui.processCombo,
        "department": ui.departmentCombo,
        "audit": ui.auditCombo,
        "year": ui.yearCombo,
        "owner": ui.ownerCombo,
        "auditor": ui.auditorCombo,
    }
    for key, value in state.items():
        if key in combos:
            data = ids.get(value, value) if key in ("department", "owner", "auditor") else value
            index = combos[key].findData(data)
            assert index > 0, (key, value)
            combos[key].setCurrentIndex(index)  # each change queries at once
        elif key == "overdue":
            ui.overdueCheck.setChecked(True)
        elif key == "text":
            qtbot.keyClicks(ui.searchEdit, value)
            qtbot.waitUntil(lambda v=value: view.model.filters.get("text") == v, timeout=3000)
    # The page asks the service for exactly these filters (people and departments by id).
    want = {
        k: ids.get(v, v) if k in ("owner", "auditor", "department_ref") else v
        for k, v in expected.items()
    }
    assert view.current_filters() == want
    _fetch_all(view.model)
    assert _numbers(view.model) == _service(big, **expected)
    assert view.model.total == ncs.list_ncs(big.ctx, limit=0, **expected).total
    _expect_count_label(view, big, expected)


def test_first_page_only_until_scrolled(view, big):
    total = ncs.list_ncs(big.ctx, limit=0).total
    assert view.model.rowCount() == total and view.model.pages_in_memory() == 1
    assert str(total) in view.ui.countLabel.text()
    view.ui.table.scrollToBottom()
    last = ncs.list_ncs(big.ctx, descending=True, limit=1).rows[0].number
    assert view.model.row_at(total - 1).number == last
    assert view.model.pages_in_memory() <= 3  # the first page, the last, perhaps one before


def test_count_is_sent_to_the_status_bar(qtbot, view, big):
    with qtbot.waitSignal(view.status_message) as blocker:
        view.ui.gradeCombo.setCurrentIndex(view.ui.gradeCombo.findData("observation"))
    total = ncs.list_ncs(big.ctx, limit=0, grade="observation").total
    assert blocker.args == [
        tr("NonconformitiesView", "{total} nonconformities ({overdue} overdue)").format(
            total=total,
            overdue=0,  # observations have no due date: never overdue
        )
    ]


# --- sorting --------------------------------------------------------------------------------------


@pytest.mark.parametrize("key", [sort for _k, sort in COLUMNS if sort])
def test_sorting_each_column_agrees_with_the_service(view, big, key):
    column = next(i for i, (_k, s) in enumerate(COLUMNS) if s == key)
    header = view.ui.table.horizontalHeader()
    view.ui.statusCombo.setCurrentIndex(view.ui.statusCombo.findData(OPEN))
    for descending in (False, True):
        if view.model.sort_key != key or view.model.descending != descending:
            header.sectionClicked.emit(column)
        if view.model.descending != descending:
            header.sectionClicked.emit(column)
        assert (view.model.sort_key, view.model.descending) == (key, descending)
        assert header.sortIndicatorSection() == column
        _fetch_all(view.model)
        assert _numbers(view.model) == _service(
            big, sort=key, descending=descending, open_only=True
        )


def test_unsortable_columns_keep_the_order(view, big):
    header = view.ui.table.horizontalHeader()
    header.sectionClicked.emit(COLUMN["facts"])
    header.sectionClicked.emit(COLUMN["repeat"])
    assert view.model.sort_key == "due_date" and header.sortIndicatorSection() == COLUMN["due_date"]
    assert _numbers(view.model)[:200] == _service(big)[:200]


# --- presets --------------------------------------------------------------------------------------


def _choose(view, key: str) -> None:
    combo = view.ui.presetCombo
    index = combo.findData(key)
    assert index > 0, key
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


BUILTINS = {
    "builtin:awaiting_verification": {"status": "pending_verification", "auditor": DEMO_USER},
    "builtin:overdue": {"overdue": True},
    "builtin:major_this_year": {"grade": "major", "year": TODAY.year},
    "builtin:my_actions": {"open_only": True, "owner": DEMO_USER},
    "builtin:open_this_year": {"open_only": True, "year": TODAY.year},
}


@pytest.mark.parametrize("key", list(BUILTINS))
def test_builtin_presets_set_the_expected_filters(view, big, key):
    _choose(view, key)
    me = _ids(big)[DEMO_USER]
    want = {k: me if v == DEMO_USER else v for k, v in BUILTINS[key].items()}
    assert view.current_filters() == want
    _fetch_all(view.model)
    expected = _service(big, **BUILTINS[key])
    assert expected and _numbers(view.model) == expected
    _expect_count_label(view, big, BUILTINS[key])


def test_builtin_presets_are_named_in_the_source_language_for_translation(view):
    names = [view.ui.presetCombo.itemText(i) for i in range(1, 6)]
    assert names == [
        tr("RegisterPresets", n)
        for n in (
            "Awaiting my verification",
            "Overdue",
            "Major this year",
            "My corrective actions",
            "Open this year",
        )
    ]


def test_home_page_presets_still_work(view, big):
    view.show_preset("overdue")
    assert view.current_filters() == {"overdue": True}
    view.show_preset("open")
    assert view.current_filters() == {"open_only": True}
    assert view.model.total == ncs.list_ncs(big.ctx, limit=0, open_only=True).total


def test_changing_a_filter_leaves_the_preset(view):
    _choose(view, "builtin:overdue")
    assert view.ui.presetCombo.currentData() == "builtin:overdue"
    view.ui.gradeCombo.setCurrentIndex(view.ui.gradeCombo.findData("minor"))
    assert view.ui.presetCombo.currentIndex() == 0
    assert view.current_filters() == {"overdue": True, "grade": "minor"}


def test_a_saved_preset_survives_a_restart(qtbot, view, big, monkeypatch):
    ids = _ids(big)
    view.ui.departmentCombo.setCurrentIndex(view.ui.departmentCombo.findData(ids["备件库"]))
    view.ui.overdueCheck.setChecked(True)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("备件库逾期", True)))
    view.ui.savePresetButton.click()
    saved = dict(view.current_filters())
    assert view.ui.presetCombo.currentText() == "备件库逾期"
    assert view.ui.deletePresetButton.isEnabled()

    again = NonconformitiesView(big)  # the next start of the app
    qtbot.addWidget(again)
    again.activate()
    assert again.current_filters() == {}
    _choose(again, "备件库逾期")
    assert again.current_filters() == saved == {"department_ref": ids["备件库"], "overdue": True}
    _fetch_all(again.model)
    assert _numbers(again.model) == _service(big, department_ref="备件库", overdue=True)

    assert again.delete_preset()
    third = NonconformitiesView(big)
    qtbot.addWidget(third)
    assert third.ui.presetCombo.findData("备件库逾期") < 0


def test_builtin_presets_cannot_be_replaced_or_deleted(view, boxes):
    assert not view.save_preset(tr("RegisterPresets", "Overdue"))
    assert boxes.shown and boxes.shown[-1][0] == "warning"
    _choose(view, "builtin:overdue")
    assert not view.ui.deletePresetButton.isEnabled()
    assert not view.delete_preset()


def test_my_presets_need_me_among_the_people(view, big, boxes):
    big.ctx.actor = "外部顾问"
    _choose(view, "builtin:my_actions")
    assert boxes.shown and boxes.shown[-1][0] == "information"
    assert view.current_filters() == {}


# --- export ---------------------------------------------------------------------------------------


def test_export_passes_the_current_filters(qtbot, view, big, file_dialogs, tmp_path, monkeypatch):
    calls = []

    def export_ncs(ctx, path, *, fmt=None, lang="zh_CN", **filters):
        calls.append((Path(path), fmt, lang, filters))
        return 7

    fake = types.ModuleType("qa_desktop.services.nc_exchange")
    fake.export_ncs = export_ncs
    monkeypatch.setitem(sys.modules, "qa_desktop.services.nc_exchange", fake)
    import qa_desktop.services as services_pkg

    monkeypatch.setattr(services_pkg, "nc_exchange", fake, raising=False)
    _choose(view, "builtin:open_this_year")
    view.ui.processCombo.setCurrentIndex(view.ui.processCombo.findData("KM"))
    file_dialogs.save_path = str(tmp_path / "out")
    view.ui.exportButton.click()
    qtbot.waitUntil(lambda: bool(calls), timeout=5000)
    path, _fmt, lang, filters = calls[0]
    assert filters == view.current_filters() == {"open_only": True, "year": 2025, "process": "KM"}
    assert path == tmp_path / "out.xlsx" and lang == "zh_CN"
    assert file_dialogs.asked  # a save dialog was shown
    qtbot.waitUntil(lambda: view.ui.exportButton.isEnabled(), timeout=5000)


def test_export_writes_the_filtered_rows(qtbot, view, big, file_dialogs, tmp_path, boxes):
    view.ui.yearCombo.setCurrentIndex(view.ui.yearCombo.findData(2022))
    view.ui.processCombo.setCurrentIndex(view.ui.processCombo.findData("SP"))
    target = tmp_path / "register.csv"
    file_dialogs.save_path = str(target)
    view.ui.exportButton.click()
    qtbot.waitUntil(lambda: any(kind == "information" for kind, *_ in boxes.shown), timeout=20000)
    total = ncs.list_ncs(big.ctx, limit=0, year=2022, process="SP").total
    assert target.exists()
    text = target.read_text(encoding="utf-8-sig")
    assert sum(1 for line in text.splitlines() if line.startswith("NC-2022-")) == total
    assert str(total) in boxes.shown[-1][2]


def test_default_export_name(view, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    captured = {}

    def fake_save(parent=None, caption="", directory="", *a, **k):
        captured["directory"] = directory
        return "", ""  # cancelled: nothing is exported

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    view.export()
    assert Path(captured["directory"]).name == f"不符合项-{TODAY:%Y%m%d}.xlsx"


# --- the model at scale --------------------------------------------------------------------------


def test_model_at_scale_passes_the_model_tester(qtmodeltester, big):
    model = NcTableModel(big)
    model.set_filters(open_only=True)
    assert model.total > 200  # more than one page
    qtmodeltester.check(model)


def test_repeat_marker_column(big):
    model = NcTableModel(big)
    model.set_filters(text="NC-2025-01")
    row = model.row_of("NC-2025-014")
    index = model.index(row, COLUMN["repeat"])
    assert model.data(index) == tr("NcTableModel", "Repeat")
    assert model.data(index, Qt.ItemDataRole.ToolTipRole)
    plain = model.index(model.row_of("NC-2025-013"), COLUMN["repeat"])
    assert model.data(plain) == "" and model.data(plain, Qt.ItemDataRole.ToolTipRole) is None


def test_a_common_text_search_paints_first_and_counts_after(qtbot, view, big):
    """Every generated NC mentions 记录: the first page comes at once, the count just after."""
    view.set_state({**EMPTY_STATE, "text": "记录"})
    view.apply_filters()
    assert view.model.counting and view.model.rowCount() == 200
    assert "200+" in view.ui.countLabel.text()
    with qtbot.waitSignal(view.model.counted, timeout=5000):
        pass
    expected = ncs.list_ncs(big.ctx, limit=1, text="记录")
    assert not view.model.counting
    assert (view.model.rowCount(), view.model.overdue_total) == (
        expected.total,
        expected.overdue_total,
    )
    assert str(expected.total) in view.ui.countLabel.text()


def test_a_rare_text_search_is_counted_from_its_first_page(view, big):
    view.set_state({**EMPTY_STATE, "text": "INC12"})
    view.apply_filters()
    assert not view.model.counting
    assert view.model.total == ncs.list_ncs(big.ctx, limit=0, text="INC12").total
