"""The checklist runner: answers saved as given, keyboard flow, undo, refusals, evidence files."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QIODevice, QMimeData, QPointF, QSize, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QImage,
    QInputMethodEvent,
)
from PySide6.QtWidgets import QApplication, QMessageBox

from qa_desktop.domain.enums import Result
from qa_desktop.gui.models.run_items_model import (
    AttachmentCountRole,
    ItemIdRole,
    NcNumbersRole,
    ResultRole,
    RunItemsModel,
)
from qa_desktop.gui.views.attachments_panel import ViewRole
from qa_desktop.gui.views.checklist_runner import DEBOUNCE_MS, ChecklistRunner, split_refs
from qa_desktop.services import attachments, audits, checklists, nonconformities
from tests.gui.conftest import tr

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _saved() -> str:
    """ "Saved {time}" as shown, up to the time."""
    return tr("ChecklistRunner", "Saved {time}").split("{time}")[0]


def _not_saved() -> str:
    return tr("ChecklistRunner", "Not saved: {reason}").split("{reason}")[0]


# --- helpers -------------------------------------------------------------------------------


@pytest.fixture
def fresh_run(session) -> str:
    """A new audit with an empty SD checklist for 服务台 (the demo's audits are reported)."""
    audit = audits.plan_audit(session.ctx, title="现场审核(测试)", lead_auditor="王海燕")
    return checklists.start_run(session.ctx, audit.number, "SD", "服务台").summary.id


@pytest.fixture
def runner(qtbot, session) -> ChecklistRunner:
    w = ChecklistRunner(session)
    qtbot.addWidget(w)
    w.resize(1180, 760)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    return w


def answers(session, run_id: str) -> dict:
    return {it.item.id: it.response for it in checklists.get_run(session.ctx, run_id).items}


def current_id(w: ChecklistRunner) -> str:
    return w.current_item().item.id


def go_to(w: ChecklistRunner, item_id: str) -> None:
    w._select_row(w.model.row_of_item(item_id))
    w.ui.itemList.setFocus()


def type_text(qtbot, widget, text: str) -> None:
    """Type like an auditor: ASCII from the keyboard, Chinese committed by the input method
    (QTest cannot type non-Latin-1 keys)."""
    widget.setFocus()
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def key(qtbot, w: ChecklistRunner, k, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press where the auditor's focus is (shortcuts go through the focus widget)."""
    target = QApplication.focusWidget() or w
    qtbot.keyClick(target, k, modifier)


def exif_jpeg(path: Path, width: int = 200, height: int = 100, orientation: int = 6) -> Path:
    """A landscape JPEG whose EXIF says "rotate 90°": viewers must show it portrait."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a7bd5"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPG")
    data = bytes(buffer.data())
    # A minimal big-endian TIFF header with one IFD entry: Orientation (0x0112), SHORT, 1.
    tiff = (
        b"MM\x00\x2a\x00\x00\x00\x08"
        + b"\x00\x01"
        + struct.pack(">HHIH2x", 0x0112, 3, 1, orientation)
        + b"\x00\x00\x00\x00"
    )
    payload = b"Exif\x00\x00" + tiff
    app1 = b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload
    path.write_bytes(data[:2] + app1 + data[2:])
    return path


# --- loading -------------------------------------------------------------------------------


def test_load_shows_header_and_starts_at_first_unanswered(runner, session, fresh_run):
    run = checklists.get_run(session.ctx, fresh_run)
    checklists.record_response(session.ctx, run.items[0].response.id, result="C")
    runner.load(fresh_run)
    ui = runner.ui
    assert run.summary.audit_number in ui.titleLabel.text()
    assert "服务台" in ui.subtitleLabel.text()
    assert (ui.progressBar.value(), ui.progressBar.maximum()) == (1, 16)
    assert current_id(runner) == "SD-02"
    assert ui.questionLabel.text().startswith("SD-02")
    assert not ui.lockBanner.isVisible()
    assert runner.model.rowCount() == 16


# --- results from the keyboard -------------------------------------------------------------


def test_keys_1_to_4_record_results(qtbot, runner, session, fresh_run):
    runner.load(fresh_run)
    assert current_id(runner) == "SD-01"
    key(qtbot, runner, Qt.Key.Key_1)
    assert answers(session, fresh_run)["SD-01"].result == Result.CONFORM
    assert runner.ui.itemList.hasFocus()  # the flow continues from the list
    key(qtbot, runner, Qt.Key.Key_Down, CTRL)
    assert current_id(runner) == "SD-02"
    key(qtbot, runner, Qt.Key.Key_2)
    go_to(runner, "SD-11")  # allows C / NC / OBS
    key(qtbot, runner, Qt.Key.Key_3)
    go_to(runner, "SD-10")  # allows C / NC / NA
    key(qtbot, runner, Qt.Key.Key_4)
    saved = answers(session, fresh_run)
    assert saved["SD-02"].result == Result.NONCONFORM
    assert saved["SD-11"].result == Result.OBSERVATION
    assert saved["SD-10"].result == Result.NOT_APPLICABLE
    assert saved["SD-10"].answered_by == "王海燕"
    # Only the answered rows changed, and the list shows them at once.
    assert runner.model.index(runner.model.row_of_item("SD-10")).data(ResultRole) == "NA"
    assert runner.ui.progressBar.value() == 4
    assert runner.ui.notApplicableButton.isChecked()


def test_answer_updates_only_its_row(qtbot, runner, session, fresh_run):
    runner.load(fresh_run)
    changed, resets = [], []
    runner.model.dataChanged.connect(lambda a, b, *_: changed.append((a.row(), b.row())))
    runner.model.modelReset.connect(lambda: resets.append(1))
    key(qtbot, runner, Qt.Key.Key_2)
    assert changed == [(0, 0)]
    assert resets == []


def test_disallowed_result_is_refused_and_disabled(qtbot, runner, session, fresh_run):
    runner.load(fresh_run)
    assert current_id(runner) == "SD-01"  # C / NC only
    assert not runner.ui.observationButton.isEnabled()
    assert not runner.ui.notApplicableButton.isEnabled()
    assert runner.ui.conformButton.isEnabled()
    key(qtbot, runner, Qt.Key.Key_3)
    key(qtbot, runner, Qt.Key.Key_4)
    assert answers(session, fresh_run)["SD-01"].result == Result.UNANSWERED
    assert "SD-01" in runner.ui.resultHint.text()
    assert not runner.ui.observationButton.isChecked()


def test_digits_typed_into_notes_stay_text(qtbot, runner, session, fresh_run):
    runner.load(fresh_run)
    runner.ui.notesEdit.setFocus()
    qtbot.keyClicks(runner.ui.notesEdit, "checked 12 of 34")  # real key presses 1 2 3 4
    runner.flush()
    saved = answers(session, fresh_run)["SD-01"]
    assert saved.notes == "checked 12 of 34"
    assert saved.result == Result.UNANSWERED
    assert not any(b.isChecked() for b in runner._result_buttons.values())


def test_alt_digit_works_while_typing(qtbot, runner, session, fresh_run):
    runner.load(fresh_run)
    runner.ui.notesEdit.setFocus()
    type_text(qtbot, runner.ui.notesEdit, "程序未批准")
    qtbot.keyClick(runner.ui.notesEdit, Qt.Key.Key_2, ALT)
    saved = answers(session, fresh_run)["SD-01"]
    assert saved.result == Result.NONCONFORM
    assert saved.notes == "程序未批准"  # typed text saved first, not lost, not altered
    assert runner.ui.notesEdit.toPlainText() == "程序未批准"


def test_result_buttons_click(qtbot, runner, session, fresh_run):
    runner.load(fresh_run)
    qtbot.mouseClick(runner.ui.nonconformButton, Qt.MouseButton.LeftButton)
    assert answers(session, fresh_run)["SD-01"].result == Result.NONCONFORM
    assert runner.ui.nonconformButton.isChecked()
    assert not runner.ui.conformButton.isChecked()


# --- typed fields: debounce, leaving, flush --------------------------------------------------


def test_notes_saved_after_the_pause(qtbot, runner, session, fresh_run):
    runner.load(fresh_run)
    runner.ui.notesEdit.setFocus()
    type_text(qtbot, runner.ui.notesEdit, "坐席张三了解程序")
    assert runner.saved_text() == tr("ChecklistRunner", "Saving…")
    assert answers(session, fresh_run)["SD-01"].notes == ""  # not on every keystroke
    qtbot.waitUntil(
        lambda: answers(session, fresh_run)["SD-01"].notes == "坐席张三了解程序",
        timeout=DEBOUNCE_MS * 4,
    )
    assert runner.saved_text().startswith(_saved())


def test_notes_saved_at_once_on_item_change_and_flush(qtbot, runner, session, fresh_run):
    runner.load(fresh_run)
    runner.ui.notesEdit.setFocus()
    type_text(qtbot, runner.ui.notesEdit, "第一项")
    qtbot.keyClick(runner.ui.notesEdit, Qt.Key.Key_Down, CTRL)  # next item, no waiting
    assert current_id(runner) == "SD-02"
    assert answers(session, fresh_run)["SD-01"].notes == "第一项"
    runner.ui.notesEdit.setFocus()
    type_text(qtbot, runner.ui.notesEdit, "第二项")
    runner.flush()  # what the main window calls on close
    assert answers(session, fresh_run)["SD-02"].notes == "第二项"


def test_leaving_the_notes_field_saves(qtbot, runner, session, fresh_run):
    runner.load(fresh_run)
    runner.ui.notesEdit.setFocus()
    type_text(qtbot, runner.ui.notesEdit, "离开即保存")
    runner.ui.refsEdit.setFocus()
    qtbot.waitUntil(lambda: not runner.ui.notesEdit.hasFocus())
    assert answers(session, fresh_run)["SD-01"].notes == "离开即保存"


def test_sampled_refs_sample_counts_and_percentage(qtbot, runner, session, fresh_run):
    runner.load(fresh_run)
    go_to(runner, "SD-04")  # sample of 25
    ui = runner.ui
    assert ui.sampleRow.isVisible() and not ui.valueRow.isVisible()
    assert ui.sampleSizeSpin.value() == 25  # prefilled from the template
    ui.badCountSpin.setFocus()
    ui.badCountSpin.selectAll()
    type_text(qtbot, ui.badCountSpin, "3")
    ui.refsEdit.setFocus()
    type_text(qtbot, ui.refsEdit, "INC-001, INC-002、INC-003")
    runner.flush()
    saved = answers(session, fresh_run)["SD-04"]
    assert (saved.sample_size, saved.nonconforming_count) == (25, 3)
    assert saved.sampled_refs == ("INC-001", "INC-002", "INC-003")
    assert saved.result == Result.UNANSWERED  # the digit typed into the spin box stayed a number

    go_to(runner, "SD-03")  # a rate in %
    assert ui.valueRow.isVisible() and ui.unitLabel.text() == "%"
    ui.valueEdit.setFocus()
    type_text(qtbot, ui.valueEdit, "95")
    runner.flush()
    assert answers(session, fresh_run)["SD-03"].measured_value == pytest.approx(0.95)
    go_to(runner, "SD-04")
    go_to(runner, "SD-03")
    assert ui.valueEdit.text() == "95"  # shown back as a percentage


def test_split_refs():
    assert split_refs("A, B,C、D;E\nF ，G") == ["A", "B", "C", "D", "E", "F", "G"]
    assert split_refs("  ") == []


def test_bad_percentage_is_not_saved_and_says_why(qtbot, runner, session, boxes, fresh_run):
    runner.load(fresh_run)
    go_to(runner, "SD-03")
    runner.ui.valueEdit.setFocus()
    type_text(qtbot, runner.ui.valueEdit, "150")
    runner.flush()
    assert answers(session, fresh_run)["SD-03"].measured_value is None
    assert runner.saved_text().startswith(_not_saved())
    assert boxes.shown and "100" in boxes.shown[-1][2]


# --- navigation and the filter ---------------------------------------------------------------


def test_next_previous_and_next_unanswered_wraps(qtbot, runner, session, fresh_run):
    run = checklists.get_run(session.ctx, fresh_run)
    for it in run.items[:3]:
        checklists.record_response(session.ctx, it.response.id, result="C")
    runner.load(fresh_run)
    assert current_id(runner) == "SD-04"
    key(qtbot, runner, Qt.Key.Key_Up, CTRL)
    assert current_id(runner) == "SD-03"
    key(qtbot, runner, Qt.Key.Key_Down, CTRL)
    key(qtbot, runner, Qt.Key.Key_Down, CTRL)
    assert current_id(runner) == "SD-05"
    go_to(runner, "SD-16")
    key(qtbot, runner, Qt.Key.Key_1)  # answer the last one, then F8 wraps to the top
    key(qtbot, runner, Qt.Key.Key_F8)
    assert current_id(runner) == "SD-04"
    key(qtbot, runner, Qt.Key.Key_1)
    key(qtbot, runner, Qt.Key.Key_Down, CTRL | SHIFT)  # the other key for "next unanswered"
    assert current_id(runner) == "SD-05"


def test_unanswered_filter_keeps_the_current_item_until_left(qtbot, runner, session, fresh_run):
    run = checklists.get_run(session.ctx, fresh_run)
    for it in run.items[:2]:
        checklists.record_response(session.ctx, it.response.id, result="C")
    runner.load(fresh_run)
    runner.ui.unansweredCheck.setChecked(True)
    listed = lambda: [  # noqa: E731
        runner.proxy.index(r, 0).data(ItemIdRole) for r in range(runner.proxy.rowCount())
    ]
    assert listed()[0] == "SD-03" and len(listed()) == 14
    runner.ui.itemList.setFocus()
    key(qtbot, runner, Qt.Key.Key_1)  # SD-03 answered: still listed while it is open
    assert "SD-03" in listed()
    key(qtbot, runner, Qt.Key.Key_Down, CTRL)
    assert current_id(runner) == "SD-04"
    assert "SD-03" not in listed() and len(listed()) == 13
    runner.ui.unansweredCheck.setChecked(False)
    assert len(listed()) == 16


# --- undo ----------------------------------------------------------------------------------


def test_undo_restores_the_previous_answer_in_the_database(qtbot, runner, session, fresh_run):
    runner.load(fresh_run)
    key(qtbot, runner, Qt.Key.Key_2)
    key(qtbot, runner, Qt.Key.Key_1)  # changed my mind: C
    assert answers(session, fresh_run)["SD-01"].result == Result.CONFORM
    key(qtbot, runner, Qt.Key.Key_Z, CTRL)
    assert answers(session, fresh_run)["SD-01"].result == Result.NONCONFORM
    key(qtbot, runner, Qt.Key.Key_Z, CTRL)
    saved = answers(session, fresh_run)["SD-01"]
    assert saved.result == Result.UNANSWERED and saved.answered_at is None
    assert runner.model.index(0).data(ResultRole) == Result.UNANSWERED
    assert runner.ui.progressBar.value() == 0
    key(qtbot, runner, Qt.Key.Key_Z, CTRL | SHIFT)
    assert answers(session, fresh_run)["SD-01"].result == Result.NONCONFORM


def test_undo_of_notes_is_one_step_and_follows_the_item(qtbot, runner, session, fresh_run):
    runner.load(fresh_run)
    runner.ui.notesEdit.setFocus()
    type_text(qtbot, runner.ui.notesEdit, "甲")
    runner._save_pending(final=False)  # a pause while typing…
    type_text(qtbot, runner.ui.notesEdit, "乙")
    runner._save_pending(final=False)  # …and another: still one edit
    runner.ui.itemList.setFocus()
    key(qtbot, runner, Qt.Key.Key_Down, CTRL)
    assert answers(session, fresh_run)["SD-01"].notes == "甲乙"
    assert runner.undo_stack.count() == 1
    key(qtbot, runner, Qt.Key.Key_Z, CTRL)
    assert answers(session, fresh_run)["SD-01"].notes == ""
    assert current_id(runner) == "SD-01"  # undo shows the item it changed
    assert runner.ui.notesEdit.toPlainText() == ""


# --- refusals ------------------------------------------------------------------------------


def test_reported_audit_is_read_only(qtbot, runner, session):
    run_id = checklists.find_run(session.ctx, "IA-2025-02", "SP", "备件库")
    before = answers(session, run_id)
    runner.load(run_id)
    assert runner.ui.lockBanner.isVisible()
    assert "IA-2025-02" in runner.ui.lockBanner.text()
    assert not any(b.isEnabled() for b in runner._result_buttons.values())
    assert runner.ui.notesEdit.isReadOnly()
    assert not runner.attachments.add_button.isEnabled()
    assert runner.saved_text() == tr("ChecklistRunner", "Read only")
    key(qtbot, runner, Qt.Key.Key_2)
    assert answers(session, run_id) == before


def test_refused_answer_is_shown_and_changes_nothing(qtbot, runner, session, boxes, fresh_run):
    runner.load(fresh_run)
    number = checklists.get_run(session.ctx, fresh_run).summary.audit_number
    audits.start_audit(session.ctx, number)
    audits.report_audit(session.ctx, number, force=True)  # e.g. from another window
    key(qtbot, runner, Qt.Key.Key_2)
    assert answers(session, fresh_run)["SD-01"].result == Result.UNANSWERED
    assert runner.saved_text().startswith(_not_saved())
    assert number in runner.saved_text()
    assert [kind for kind, _t, _x in boxes.shown] == ["warning"]
    assert number in boxes.shown[0][2]
    assert runner.model.index(0).data(ResultRole) == Result.UNANSWERED
    assert not runner.ui.nonconformButton.isChecked()
    assert runner.undo_stack.count() == 0


def test_saved_indicator_states(qtbot, runner, session, fresh_run):
    runner.load(fresh_run)
    first = runner.saved_text()
    assert not first.startswith((_saved(), _not_saved()))
    key(qtbot, runner, Qt.Key.Key_1)
    assert runner.saved_text().startswith(_saved())
    runner.ui.notesEdit.setFocus()
    type_text(qtbot, runner.ui.notesEdit, "x")
    assert runner.saved_text() == tr("ChecklistRunner", "Saving…")
    runner.flush()
    assert runner.saved_text().startswith(_saved())


def test_back_flushes_and_signals(qtbot, runner, session, fresh_run):
    runner.load(fresh_run)
    runner.ui.notesEdit.setFocus()
    type_text(qtbot, runner.ui.notesEdit, "返回前保存")
    with qtbot.waitSignal(runner.back, timeout=1000):
        qtbot.mouseClick(runner.ui.backButton, Qt.MouseButton.LeftButton)
    assert answers(session, fresh_run)["SD-01"].notes == "返回前保存"


def test_escape_changes_nothing(qtbot, runner, session, fresh_run):
    runner.load(fresh_run)
    key(qtbot, runner, Qt.Key.Key_1)
    with qtbot.assertNotEmitted(runner.back):
        key(qtbot, runner, Qt.Key.Key_Escape)
    assert answers(session, fresh_run)["SD-01"].result == Result.CONFORM
    assert runner.undo_stack.count() == 1


# --- attachments -----------------------------------------------------------------------------


def test_attached_photo_honours_exif_orientation(
    qtbot, runner, session, file_dialogs, fresh_run, tmp_path
):
    runner.load(fresh_run)
    photo = exif_jpeg(tmp_path / "shelf.jpg")
    file_dialogs.open_paths = [str(photo)]
    qtbot.mouseClick(runner.attachments.add_button, Qt.MouseButton.LeftButton)
    response_id = runner.current_item().response.id
    stored = attachments.list_attachments(session.ctx, response_id=response_id)
    assert [a.original_name for a in stored] == ["shelf.jpg"]
    panel = runner.attachments
    qtbot.waitUntil(lambda: not panel.thumbnails_pending(), timeout=5000)
    icon = panel.files.item(0).icon()
    size = icon.actualSize(QSize(96, 96))
    assert size.width() < size.height()  # stored 200×100, shown upright as portrait
    assert runner.model.index(0).data(AttachmentCountRole) == 1


def test_big_photo_is_decoded_scaled(tmp_path):
    from qa_desktop.gui.views.attachments_panel import decode_thumbnail

    photo = exif_jpeg(tmp_path / "big.jpg", width=4000, height=3000)
    thumb = decode_thumbnail(photo, 96)
    assert max(thumb.width(), thumb.height()) <= 96
    assert thumb.width() < thumb.height()


def test_drop_files_on_the_item_pane(qtbot, runner, session, fresh_run, tmp_path):
    runner.load(fresh_run)
    doc = tmp_path / "抽样清单.txt"
    doc.write_text("INC-001\n", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(doc))])
    pane = runner.ui.itemPane
    enter = QDragEnterEvent(
        QPointF(pane.rect().center()),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(pane, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(pane.rect().center()),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(pane, drop)
    response_id = runner.current_item().response.id
    names = [
        a.original_name for a in attachments.list_attachments(session.ctx, response_id=response_id)
    ]
    assert names == ["抽样清单.txt"]
    assert runner.attachments.count() == 1
    assert "1" in runner.model.index(0).data(Qt.ItemDataRole.DisplayRole).splitlines()[1]


def test_drop_refused_on_a_reported_audit(qtbot, runner, session, tmp_path):
    runner.load(checklists.find_run(session.ctx, "IA-2025-02", "SP", "备件库"))
    doc = tmp_path / "x.txt"
    doc.write_text("x", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(doc))])
    drop = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(runner.ui.itemPane, drop)
    rid = runner.current_item().response.id
    assert attachments.list_attachments(session.ctx, response_id=rid) == []


def test_remove_asks_first(qtbot, runner, session, boxes, fresh_run, tmp_path):
    runner.load(fresh_run)
    rid = runner.current_item().response.id
    doc = tmp_path / "evidence.txt"
    doc.write_text("x", encoding="utf-8")
    runner.attachments.add_paths([str(doc)])
    files = runner.attachments.files
    files.setCurrentRow(0)
    files.setFocus()
    boxes.answer = QMessageBox.StandardButton.No
    qtbot.keyClick(files, Qt.Key.Key_Delete)
    assert boxes.shown[-1][0] == "question"
    assert len(attachments.list_attachments(session.ctx, response_id=rid)) == 1
    boxes.answer = QMessageBox.StandardButton.Yes
    qtbot.keyClick(files, Qt.Key.Key_Delete)
    assert attachments.list_attachments(session.ctx, response_id=rid) == []
    assert runner.model.index(0).data(AttachmentCountRole) == 0


def test_double_click_opens_a_named_copy(qtbot, runner, session, fresh_run, tmp_path, monkeypatch):
    opened = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True)
    )
    runner.load(fresh_run)
    doc = tmp_path / "盘点表.txt"
    doc.write_text("盘点", encoding="utf-8")
    runner.attachments.add_paths([str(doc)])
    item = runner.attachments.files.item(0)
    runner.attachments.files.itemActivated.emit(item)
    assert len(opened) == 1
    path = Path(opened[0].toLocalFile())
    assert path.name == "盘点表.txt" and path.read_text(encoding="utf-8") == "盘点"
    assert item.data(ViewRole).path != path  # the evidence itself is never handed out


# --- NCs from the runner ---------------------------------------------------------------------


def test_nc_marker_and_open_nc(qtbot, runner, session, fresh_run):
    run = checklists.get_run(session.ctx, fresh_run)
    rid = run.items[1].response.id
    checklists.record_response(session.ctx, rid, result="NC", notes="矩阵未覆盖合同SLA")
    nc = nonconformities.raise_nc_from_response(session.ctx, rid)
    runner.load(fresh_run)
    assert runner.model.index(1).data(NcNumbersRole) == [nc.number]
    assert runner.ui.ncCountLabel.text().endswith("1")
    go_to(runner, "SD-02")
    entry = runner.ui.ncList.item(0)
    assert entry.text() == nc.number
    with qtbot.waitSignal(runner.open_nc, timeout=1000) as signal:
        runner.ui.ncList.itemActivated.emit(entry)
    assert signal.args == [nc.number]


def test_other_screens_changes_reload_when_visible(qtbot, runner, session, fresh_run):
    from qa_desktop.gui.session import NCS

    runner.load(fresh_run)
    run = checklists.get_run(session.ctx, fresh_run)
    nc = nonconformities.raise_nc_from_response(session.ctx, run.items[0].response.id)
    session.changed.emit(NCS)
    assert runner.model.index(0).data(NcNumbersRole) == [nc.number]


# --- the model -----------------------------------------------------------------------------


def test_run_items_model_passes_the_model_tester(qtmodeltester, session, fresh_run):
    run = checklists.get_run(session.ctx, checklists.find_run(session.ctx, "IA-2025-02", "SD"))
    model = RunItemsModel(session)
    model.set_items(run.items)
    qtmodeltester.check(model)
    assert model.rowCount() == 16
    assert model.answered() == 16
    model.set_items(checklists.get_run(session.ctx, fresh_run).items)
    qtmodeltester.check(model)
    assert model.answered() == 0


def test_filter_proxy_passes_the_model_tester(qtmodeltester, session, fresh_run):
    from qa_desktop.gui.models.run_items_model import RunItemsFilter

    model = RunItemsModel(session)
    model.set_items(checklists.get_run(session.ctx, fresh_run).items)
    proxy = RunItemsFilter()
    proxy.setSourceModel(model)
    proxy.set_unanswered_only(True)
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 16


def test_language_switch_relabels_results(qtbot, runner, session, fresh_run):
    runner.load(fresh_run)
    key(qtbot, runner, Qt.Key.Key_1)
    assert "符合" in runner.ui.conformButton.text()
    assert "符合" in runner.model.index(0).data(Qt.ItemDataRole.DisplayRole)
    session.set_language("en")
    assert "Conform" in runner.ui.conformButton.text()
    assert "Conform" in runner.model.index(0).data(Qt.ItemDataRole.DisplayRole)
