"""Evidence files, the integrity check, backups and restore."""

from __future__ import annotations

import hashlib
import os
import sqlite3

import pytest

from qa_desktop.services import attachments, audits, checklists, maintenance, organisation
from qa_desktop.services import nonconformities as ncs
from qa_desktop.services.context import Context, Invalid, NotFound
from qa_desktop.store.database import open_database
from qa_desktop.store.engine import DB_FILENAME

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + os.urandom(64)


def _write(path, data):
    path.write_bytes(data)
    return path


def _blob_files(ctx):
    root = ctx.store.attachments_dir
    if not root.exists():
        return []
    return [p for p in root.rglob("*") if p.is_file() and not p.name.startswith(".")]


@pytest.fixture
def targets(org_ctx):
    """(response id, NC number, action id) to attach to."""
    a = audits.plan_audit(
        org_ctx, title="内审", lead_auditor="王海燕", scope_departments=["服务台"]
    )
    run = checklists.start_run(org_ctx, a.number, "SD", "服务台")
    rid = checklists.response_id_for_item(org_ctx, run.summary.id, "SD-04")
    checklists.record_response(
        org_ctx, rid, result="NC", notes="4张工单缺CI", nonconforming_count=4
    )
    nc = ncs.raise_nc_from_response(org_ctx, rid)
    action = ncs.add_action(org_ctx, nc.number, "补录CI", owner="刘洋", due_date=None)
    return rid, nc.number, action.id


# --- attachments ------------------------------------------------------------------------


def test_attach_to_response_nc_and_action(org_ctx, targets, tmp_path):
    rid, number, action_id = targets
    photo = _write(tmp_path / "现场照片.png", PNG)
    on_response = attachments.attach_file(org_ctx, photo, response_id=rid, caption=" 工单截图 ")
    on_nc = attachments.attach_file(org_ctx, photo, nc=number)
    on_action = attachments.attach_file(org_ctx, photo, action_id=action_id)

    sha = hashlib.sha256(PNG).hexdigest()
    for a in (on_response, on_nc, on_action):
        assert a.sha256 == sha
        assert a.size == len(PNG)
        assert a.mime_type == "image/png" and a.is_image
        assert a.original_name == "现场照片.png"
        assert a.added_by == "测试员"
        assert a.path.read_bytes() == PNG
    assert on_response.caption == "工单截图"
    assert len({on_response.id, on_nc.id, on_action.id}) == 3

    assert [a.id for a in attachments.list_attachments(org_ctx, response_id=rid)] == [
        on_response.id
    ]
    assert [a.id for a in attachments.list_attachments(org_ctx, nc=number)] == [on_nc.id]
    assert [a.id for a in attachments.list_attachments(org_ctx, action_id=action_id)] == [
        on_action.id
    ]
    run_items = checklists.get_run(org_ctx, checklists.get_response(org_ctx, rid).run_id).items
    assert {i.item.id: i.attachments for i in run_items if i.attachments} == {"SD-04": 1}
    # The same content is stored once.
    assert len(_blob_files(org_ctx)) == 1
    assert maintenance.check(org_ctx.store) == []


def test_mime_from_content_not_extension(org_ctx, targets, tmp_path):
    _, number, _ = targets
    wrong = attachments.attach_file(org_ctx, _write(tmp_path / "photo.txt", PNG), nc=number)
    assert wrong.mime_type == "image/png"
    noext = attachments.attach_file(org_ctx, _write(tmp_path / "IMG_0001", PNG), nc=number)
    assert noext.mime_type == "image/png"
    jpeg = attachments.attach_file(
        org_ctx, _write(tmp_path / "scan.pdf", b"\xff\xd8\xff\xe0" + b"x" * 40), nc=number
    )
    assert jpeg.mime_type == "image/jpeg"
    pdf = attachments.attach_file(
        org_ctx, _write(tmp_path / "report.bin", b"%PDF-1.7\n" + b"y" * 40), nc=number
    )
    assert pdf.mime_type == "application/pdf" and not pdf.is_image
    text = attachments.attach_file(
        org_ctx, _write(tmp_path / "notes.txt", "现场记录".encode()), nc=number
    )
    assert text.mime_type == "text/plain"
    assert len(_blob_files(org_ctx)) == 4  # the two PNGs share one file


def test_same_content_twice_stored_once(org_ctx, targets, tmp_path):
    _, number, _ = targets
    first = attachments.attach_file(org_ctx, _write(tmp_path / "a.png", PNG), nc=number)
    second = attachments.attach_file(org_ctx, _write(tmp_path / "b.png", PNG), nc=number)
    assert first.id != second.id
    assert first.path == second.path
    assert len(_blob_files(org_ctx)) == 1
    assert [a.original_name for a in attachments.list_attachments(org_ctx, nc=number)] == [
        "a.png",
        "b.png",
    ]
    other = attachments.attach_file(org_ctx, _write(tmp_path / "c.png", PNG + b"!"), nc=number)
    assert other.path != first.path
    assert len(_blob_files(org_ctx)) == 2


def test_exactly_one_target(org_ctx, targets, tmp_path):
    rid, number, action_id = targets
    photo = _write(tmp_path / "p.png", PNG)
    with pytest.raises(Invalid):
        attachments.attach_file(org_ctx, photo)
    with pytest.raises(Invalid):
        attachments.attach_file(org_ctx, photo, response_id=rid, nc=number)
    with pytest.raises(Invalid):
        attachments.attach_file(org_ctx, photo, nc=number, action_id=action_id)
    assert attachments.list_attachments(org_ctx, nc=number) == []
    assert attachments.list_attachments(org_ctx, response_id=rid) == []


def test_missing_file_and_unknown_target(org_ctx, targets, tmp_path):
    _, number, _ = targets
    with pytest.raises(Invalid):
        attachments.attach_file(org_ctx, tmp_path / "没有这个文件.png", nc=number)
    with pytest.raises(Invalid):
        attachments.attach_file(org_ctx, tmp_path, nc=number)  # a folder
    photo = _write(tmp_path / "p.png", PNG)
    with pytest.raises(NotFound):
        attachments.attach_file(org_ctx, photo, nc="NC-2025-404")
    with pytest.raises(NotFound):
        attachments.attach_file(org_ctx, photo, response_id="00000000-0000-0000-0000-000000000000")
    with pytest.raises(NotFound):
        attachments.attach_file(org_ctx, photo, action_id="not-an-id")
    assert attachments.list_attachments(org_ctx, nc=number) == []


def test_remove_attachment(org_ctx, targets, tmp_path):
    _, number, _ = targets
    a = attachments.attach_file(org_ctx, _write(tmp_path / "p.png", PNG), nc=number)
    attachments.remove_attachment(org_ctx, a.id)
    assert attachments.list_attachments(org_ctx, nc=number) == []
    assert a.path.exists()  # the event log still refers to the file
    with pytest.raises(NotFound):
        attachments.remove_attachment(org_ctx, a.id)
    assert maintenance.check(org_ctx.store) == []


def test_attachment_of_closed_nc_cannot_be_removed(org_ctx, tmp_path):
    nc = ncs.raise_nc(
        org_ctx,
        process="SD",
        facts="交接偶有遗漏",
        clause="SD-11",
        grade="observation",
        department="服务台",
        issue=True,
    )
    a = attachments.attach_file(org_ctx, _write(tmp_path / "p.png", PNG), nc=nc.number)
    ncs.transition(org_ctx, nc.number, "close")
    with pytest.raises(Invalid):
        attachments.remove_attachment(org_ctx, a.id)
    assert len(attachments.list_attachments(org_ctx, nc=nc.number)) == 1


def test_no_new_evidence_on_a_closed_nc(org_ctx, tmp_path):
    nc = ncs.raise_nc(
        org_ctx,
        process="SD",
        facts="交接偶有遗漏",
        clause="SD-11",
        grade="observation",
        department="服务台",
        issue=True,
    )
    ncs.transition(org_ctx, nc.number, "close")
    with pytest.raises(Invalid, match="closed"):
        attachments.attach_file(org_ctx, _write(tmp_path / "late.png", PNG), nc=nc.number)
    assert attachments.list_attachments(org_ctx, nc=nc.number) == []


# --- check ------------------------------------------------------------------------------


def test_check_reports_a_deleted_attachment_file(org_ctx, targets, tmp_path):
    _, number, _ = targets
    a = attachments.attach_file(org_ctx, _write(tmp_path / "evidence.png", PNG), nc=number)
    assert maintenance.check(org_ctx.store) == []
    a.path.unlink()
    problems = maintenance.check(org_ctx.store)
    assert [p.kind for p in problems] == ["attachment"]
    assert "evidence.png" in problems[0].detail
    assert "missing" in problems[0].detail


def test_check_reports_an_altered_attachment_file(org_ctx, targets, tmp_path):
    _, number, _ = targets
    a = attachments.attach_file(org_ctx, _write(tmp_path / "evidence.png", PNG), nc=number)
    a.path.write_bytes(PNG[:-1] + b"\x00")
    problems = maintenance.check(org_ctx.store)
    assert [p.kind for p in problems] == ["attachment"]
    assert "altered" in problems[0].detail
    assert "evidence.png" in str(problems[0])


def test_check_reports_a_row_changed_outside_the_app(org_ctx, targets):
    _, number, _ = targets
    assert maintenance.check(org_ctx.store) == []
    with sqlite3.connect(org_ctx.store.db_path) as conn:
        conn.execute("UPDATE nonconformity SET grade = 'observation' WHERE number = ?", (number,))
    problems = maintenance.check(org_ctx.store)
    assert problems
    assert any("grade" in p.detail for p in problems)


# --- backup and restore ------------------------------------------------------------------


def _departments(data_dir):
    st, _ = open_database(data_dir, daily_backup=False)
    try:
        return {d.name for d in organisation.list_departments(Context(store=st, actor="x"))}
    finally:
        st.dispose()


def _db_digest(data_dir):
    return hashlib.sha256((data_dir / DB_FILENAME).read_bytes()).hexdigest()


def test_backup_then_restore_brings_back_the_earlier_state(org_ctx, data_dir, tmp_path):
    organisation.add_department(org_ctx, "运维管理部")
    dest = maintenance.backup_to(org_ctx.store, tmp_path / "out" / "qa-backup.sqlite3")
    assert dest.is_file()
    assert not list(dest.parent.glob("*.part"))
    organisation.add_department(org_ctx, "备份之后的部门")
    ncs.raise_nc(org_ctx, process="SD", facts="f", clause="c", grade="minor", department="服务台")
    org_ctx.store.dispose()  # restore needs the database closed

    safety = maintenance.restore(data_dir, dest)

    names = _departments(data_dir)
    assert "运维管理部" in names
    assert "备份之后的部门" not in names
    # The state before the restore is kept in backups/.
    assert safety is not None and safety.parent == data_dir / "backups"
    assert safety.name.startswith("pre-restore-")
    with sqlite3.connect(safety) as conn:
        kept = {r[0] for r in conn.execute("SELECT name FROM department")}
        assert conn.execute("SELECT count(*) FROM nonconformity").fetchone()[0] == 1
    assert "备份之后的部门" in kept

    st, _ = open_database(data_dir, daily_backup=False)
    try:
        ctx = Context(store=st, actor="x", clock=org_ctx.clock)
        assert maintenance.check(st) == []
        assert ncs.list_ncs(ctx).total == 0
        # The restored database takes new work.
        assert (
            ncs.raise_nc(
                ctx, process="SD", facts="f", clause="c", grade="minor", department="服务台"
            ).number
            == "NC-2025-001"
        )
    finally:
        st.dispose()


def test_backup_is_a_standalone_file(org_ctx, tmp_path):
    dest = maintenance.backup_to(org_ctx.store, tmp_path / "b.sqlite3")
    with sqlite3.connect(dest) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert conn.execute("SELECT count(*) FROM person").fetchone()[0] == 5


def _not_a_db(tmp_path):
    return _write(tmp_path / "notes.txt", "这不是数据库\n".encode())


def _foreign_sqlite(tmp_path):
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO customers (name) VALUES ('某客户')")
    conn.close()
    return path


def _missing(tmp_path):
    return tmp_path / "no-such-backup.sqlite3"


def _truncated(tmp_path):
    path = tmp_path / "cut.sqlite3"
    src = _foreign_sqlite(tmp_path)
    path.write_bytes(src.read_bytes()[:100])
    return path


@pytest.mark.parametrize("make", [_not_a_db, _foreign_sqlite, _missing, _truncated])
def test_restore_refuses_and_leaves_live_data_untouched(org_ctx, data_dir, tmp_path, make):
    organisation.add_department(org_ctx, "运维管理部")
    org_ctx.store.dispose()
    before = _db_digest(data_dir)
    backups_before = sorted(p.name for p in (data_dir / "backups").glob("*"))
    source = make(tmp_path)

    with pytest.raises(Invalid) as exc:
        maintenance.restore(data_dir, source)
    assert "\n" not in str(exc.value)

    assert _db_digest(data_dir) == before
    assert sorted(p.name for p in (data_dir / "backups").glob("*")) == backups_before
    assert "运维管理部" in _departments(data_dir)


def test_restore_refuses_a_backup_from_a_newer_version(org_ctx, data_dir, tmp_path):
    dest = maintenance.backup_to(org_ctx.store, tmp_path / "b.sqlite3")
    with sqlite3.connect(dest) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()
    org_ctx.store.dispose()
    before = _db_digest(data_dir)
    with pytest.raises(Invalid):
        maintenance.restore(data_dir, dest)
    assert _db_digest(data_dir) == before


def test_restore_into_an_empty_folder(org_ctx, tmp_path):
    dest = maintenance.backup_to(org_ctx.store, tmp_path / "b.sqlite3")
    fresh = tmp_path / "new-laptop"
    assert maintenance.restore(fresh, dest) is None  # nothing to keep
    assert "研发部" in _departments(fresh)


def test_backup_refuses_an_impossible_destination(org_ctx, tmp_path):
    blocker = _write(tmp_path / "file", b"x")
    with pytest.raises(Invalid):
        maintenance.backup_to(org_ctx.store, blocker / "sub" / "b.sqlite3")


def test_backup_onto_a_folder_refused_without_leftovers(org_ctx, tmp_path):
    folder = tmp_path / "folder"
    folder.mkdir()
    with pytest.raises(Invalid):
        maintenance.backup_to(org_ctx.store, folder)
    assert not list(tmp_path.rglob("*.part"))


def test_action_evidence_of_closed_nc_cannot_be_removed(org_ctx, targets, tmp_path):
    _, number, action_id = targets
    evidence = attachments.attach_file(
        org_ctx, _write(tmp_path / "配置截图.png", PNG), action_id=action_id
    )
    ncs.transition(org_ctx, number, "issue")
    ncs.transition(org_ctx, number, "acknowledge", acknowledged_by="刘洋")
    ncs.update_nc(org_ctx, number, correction="c", root_cause="r", root_cause_category="method")
    for t in ("submit_plan", "approve_plan"):
        ncs.transition(org_ctx, number, t)
    ncs.complete_action(org_ctx, action_id)
    ncs.transition(org_ctx, number, "request_verification")
    ncs.transition(org_ctx, number, "verify_effective", verifier="李明", method="复查")
    ncs.transition(org_ctx, number, "close")
    with pytest.raises(Invalid):
        attachments.remove_attachment(org_ctx, evidence.id)
    assert len(attachments.list_attachments(org_ctx, action_id=action_id)) == 1


def test_answer_evidence_frozen_after_report(org_ctx, targets, tmp_path):
    rid, _, _ = targets
    evidence = attachments.attach_file(org_ctx, _write(tmp_path / "p.png", PNG), response_id=rid)
    audits.report_audit(org_ctx, "IA-2025-01", force=True)
    with pytest.raises(Invalid):
        attachments.remove_attachment(org_ctx, evidence.id)
    assert len(attachments.list_attachments(org_ctx, response_id=rid)) == 1
