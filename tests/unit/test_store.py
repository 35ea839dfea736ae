"""The store: migrations, refusing unusable databases, and detecting edits made outside the app."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from qa_desktop.store import backup, migrate
from qa_desktop.store.database import DatabaseUnusable, open_database
from qa_desktop.store.integrity import check
from qa_desktop.store.models import Base, Department, Nonconformity, Organisation


def _org(store, name="公司"):
    with store.write("测试员") as s:
        org = Organisation(name=name)
        s.add(org)
        s.flush()
        s.add(Department(organisation_id=org.id, name="服务台"))
        return org.id


# Expression indexes cannot be reflected on SQLite; the test checks them by name instead.
@pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified expression")
@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
def test_empty_database_migrates_to_the_models(tmp_path):
    store, report = open_database(tmp_path / "d")
    try:
        assert report.created and report.revision == migrate.head_revision()
        with store.engine.connect() as conn:
            diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert diffs == []
        with store.engine.connect() as conn:
            names = {
                r[0]
                for r in conn.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type='index' AND tbl_name='nonconformity'"
                )
            }
        # The expression indexes are written by hand in the migration; autogenerate cannot see them.
        assert {"ix_nc_due_text", "ix_nc_status_due", "ix_nc_year_due"} <= names
    finally:
        store.dispose()


def test_pragmas_are_set_on_every_connection(tmp_path):
    store, _ = open_database(tmp_path / "d")
    try:
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        store.dispose()


def test_reopening_an_existing_database_keeps_data_and_backs_up_daily(tmp_path):
    store, _ = open_database(tmp_path / "d")
    _org(store)
    store.dispose()
    store, report = open_database(tmp_path / "d")
    try:
        assert not report.created
        assert report.daily_backup is not None and report.daily_backup.exists()
        with store.read() as s:
            assert s.query(Organisation).count() == 1
    finally:
        store.dispose()
    # A second start the same day makes no second backup.
    store, report = open_database(tmp_path / "d")
    store.dispose()
    assert report.daily_backup is None


def test_daily_backups_rotate_to_seven(tmp_path):
    store, _ = open_database(tmp_path / "d")
    _org(store)
    store.dispose()
    db = tmp_path / "d" / "qa.sqlite3"
    start = datetime(2025, 3, 1, 8, tzinfo=UTC)
    for day in range(10):
        backup.auto_backup(db, tmp_path / "b", start + timedelta(days=day))
    kept = sorted(p.name for p in (tmp_path / "b").glob("auto-*.sqlite3"))
    assert len(kept) == 7
    assert kept[0].startswith("auto-20250304") and kept[-1].startswith("auto-20250310")


def test_a_database_newer_than_the_app_is_refused_untouched(tmp_path):
    store, _ = open_database(tmp_path / "d")
    _org(store)
    store.dispose()
    db = tmp_path / "d" / "qa.sqlite3"
    conn = sqlite3.connect(db)
    conn.execute("UPDATE alembic_version SET version_num = 'ffffffffffff'")
    conn.commit()
    conn.close()
    before = db.read_bytes()
    with pytest.raises(DatabaseUnusable, match="newer"):
        open_database(tmp_path / "d")
    assert db.read_bytes() == before


def test_a_damaged_database_file_gets_a_clear_message(tmp_path):
    data = tmp_path / "d"
    data.mkdir()
    (data / "qa.sqlite3").write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(DatabaseUnusable) as err:
        open_database(data)
    message = str(err.value)
    assert "restore" in message and "\n" not in message


def test_check_passes_on_data_written_by_the_app(tmp_path):
    store, _ = open_database(tmp_path / "d")
    try:
        org_id = _org(store)
        with store.write("测试员") as s:
            org = s.get(Organisation, org_id)
            org.name = "改名后的公司"
        assert check(store) == []
    finally:
        store.dispose()


def _nc(store, org_id):
    with store.write("测试员") as s:
        nc = Nonconformity(
            organisation_id=org_id,
            number="NC-2025-001",
            year=2025,
            process="SD",
            found_on=datetime(2025, 6, 1).date(),
            grade="minor",
            facts="原始事实",
            clause="8.6.1",
        )
        s.add(nc)
        s.flush()
        return nc.id


def test_an_nc_row_edited_with_sqlite3_is_detected(tmp_path):
    store, _ = open_database(tmp_path / "d")
    try:
        nc_id = _nc(store, _org(store))
        assert check(store) == []
        conn = sqlite3.connect(store.db_path)
        conn.execute("UPDATE nonconformity SET status = 'closed', facts = '被改过'")
        conn.commit()
        conn.close()
        problems = check(store)
        assert [p.kind for p in problems] == ["tampered"]
        assert str(nc_id) in problems[0].detail
        assert "status" in problems[0].detail and "facts" in problems[0].detail
    finally:
        store.dispose()


def test_rows_inserted_or_deleted_outside_the_app_are_detected(tmp_path):
    store, _ = open_database(tmp_path / "d")
    try:
        org_id = _org(store)
        _nc(store, org_id)
        conn = sqlite3.connect(store.db_path)
        conn.execute("DELETE FROM nonconformity")
        conn.execute(
            "INSERT INTO department (id, organisation_id, name, name_en, code, created_at, updated_at)"
            " VALUES ('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', ?, '黑户部门', '', '', '2025-01-01', '2025-01-01')",
            (org_id.hex,),
        )
        conn.commit()
        conn.close()
        kinds = sorted(p.kind for p in check(store))
        assert kinds == ["tampered", "unlogged"]
    finally:
        store.dispose()


def test_an_edited_or_removed_event_breaks_the_chain(tmp_path):
    store, _ = open_database(tmp_path / "d")
    try:
        org_id = _org(store)
        _nc(store, org_id)
        conn = sqlite3.connect(store.db_path)
        conn.execute("UPDATE event_log SET actor = '别人' WHERE seq = 2")
        conn.commit()
        problems = check(store)
        assert any(p.kind == "chain" and "2" in p.detail for p in problems)
        conn.execute("UPDATE event_log SET actor = '测试员' WHERE seq = 2")
        conn.execute("DELETE FROM event_log WHERE seq = 1")
        conn.commit()
        conn.close()
        problems = check(store)
        assert any(p.kind == "chain" for p in problems)
    finally:
        store.dispose()


def test_a_change_outside_a_named_write_is_refused(tmp_path):
    store, _ = open_database(tmp_path / "d")
    try:
        with pytest.raises(ValueError, match="actor"), store.write("  "):
            pass
        with store.read() as s:
            s.add(Organisation(name="没人签字"))
            with pytest.raises(RuntimeError, match=r"outside Store\.write"):
                s.flush()
    finally:
        store.dispose()


def test_backup_to_a_full_or_missing_place_leaves_no_partial_file(tmp_path):
    store, _ = open_database(tmp_path / "d")
    _org(store)
    store.dispose()
    target = tmp_path / "not-a-dir"
    target.write_text("a file where a folder should be")
    with pytest.raises(backup.BackupError):
        backup.copy_database(tmp_path / "d" / "qa.sqlite3", target / "copy.sqlite3")
    assert not list(tmp_path.glob("**/*.part"))


def test_an_older_database_is_backed_up_then_migrated_keeping_its_data(tmp_path):
    from alembic import command

    from qa_desktop.store.engine import make_engine, sqlite_url

    data = tmp_path / "d"
    data.mkdir()
    engine = make_engine(sqlite_url(data / "qa.sqlite3"))
    first = migrate.script().get_base()
    cfg = migrate.alembic_config()
    with engine.execution_options(qa_begin_immediate=True).begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, first)
    engine.dispose()
    conn = sqlite3.connect(data / "qa.sqlite3")
    conn.execute(
        "INSERT INTO organisation (id, name, name_en, doc_prefix, logo_path, created_at, updated_at)"
        " VALUES ('bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', '旧公司', '', '', '', '2025-01-01', '2025-01-01')"
    )
    conn.commit()
    conn.close()

    store, report = open_database(data)
    try:
        assert report.migrated_from == first and report.revision == migrate.head_revision()
        assert report.safety_backup is not None and report.safety_backup.exists()
        with store.read() as s:
            assert [o.name for o in s.query(Organisation)] == ["旧公司"]
        with store.engine.connect() as c:
            indexes = {r[1] for r in c.exec_driver_sql("PRAGMA index_list(nonconformity)")}
        # Later migrations must not lose the hand-written expression indexes of the first.
        assert {"ix_nc_grade_due", "ix_nc_status_due", "ix_nc_due_text"} <= indexes
    finally:
        store.dispose()
