"""The settings page: live language switch, user, organisation and logo, data folder, backup."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QDesktopServices, QImage

from qa_desktop.gui.views.home_view import HomeView
from qa_desktop.gui.views.settings_view import SettingsView
from qa_desktop.services import organisation
from tests.gui.conftest import tr


@pytest.fixture
def view(qtbot, session):
    v = SettingsView(session)
    qtbot.addWidget(v)
    v.resize(1000, 700)
    v.show()
    v.activate()
    return v


def _choose_language(view, code):
    combo = view.ui.languageCombo
    combo.setCurrentIndex(combo.findData(code))


def test_language_switch_retranslates_another_page_live(qtbot, session, view):
    home = HomeView(session)
    qtbot.addWidget(home)
    home.show()
    home.activate()
    chinese = tr("HomeView", "My audits")
    assert not chinese.isascii()
    qtbot.waitUntil(lambda: home.ui.auditsBox.title() == chinese, timeout=2000)
    top = home.ui.auditsTree.topLevelItem(0)
    assert top.text(4) == "已报告"

    _choose_language(view, "en")
    assert session.language == "en"
    # Qt posts LanguageChange to every widget: it arrives at the next event-loop turn.
    qtbot.waitUntil(lambda: home.ui.auditsBox.title() == "My audits", timeout=2000)
    assert home.ui.auditsTree.topLevelItem(0).text(4) == "Reported"
    saved = json.loads((session.data_dir / "settings.json").read_text(encoding="utf-8"))
    assert saved["language"] == "en"

    _choose_language(view, "zh_CN")
    assert session.language == "zh_CN"
    qtbot.waitUntil(lambda: home.ui.auditsBox.title() == chinese, timeout=2000)
    assert home.ui.auditsTree.topLevelItem(0).text(4) == "已报告"


def test_org_name_change_is_saved(qtbot, view, session):
    changed = []
    session.changed.connect(changed.append)
    assert not view.ui.saveOrgButton.isEnabled()
    view.ui.orgNameEdit.setText("新都远景(测试)")
    view.ui.prefixEdit.setText("XD")
    assert view.ui.saveOrgButton.isEnabled()
    qtbot.mouseClick(view.ui.saveOrgButton, Qt.MouseButton.LeftButton)
    org = organisation.get_organisation(session.ctx)
    assert (org.name, org.doc_prefix) == ("新都远景(测试)", "XD")
    assert org.name_en.startswith("Beijing")
    assert "settings" in changed
    assert not view.ui.saveOrgButton.isEnabled()


def test_empty_org_name_is_refused(qtbot, view, session, boxes):
    before = organisation.get_organisation(session.ctx)
    view.ui.orgNameEdit.setText("  ")
    qtbot.mouseClick(view.ui.saveOrgButton, Qt.MouseButton.LeftButton)
    assert boxes.shown and boxes.shown[-1][0] == "warning"
    assert organisation.get_organisation(session.ctx) == before
    assert view.ui.saveOrgButton.isEnabled()  # the typing is kept, to be corrected


def test_logo_is_previewed_then_copied_into_the_data_folder(
    qtbot, view, session, tmp_path, file_dialogs
):
    image = QImage(120, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#1a3d7c"))
    source = tmp_path / "logo.png"
    assert image.save(str(source))
    file_dialogs.open_path = str(source)
    qtbot.mouseClick(view.ui.chooseLogoButton, Qt.MouseButton.LeftButton)
    assert not view.ui.logoPreview.pixmap().isNull()
    qtbot.mouseClick(view.ui.saveOrgButton, Qt.MouseButton.LeftButton)
    org = organisation.get_organisation(session.ctx)
    assert org.logo_path.startswith(str(session.data_dir))
    from pathlib import Path

    assert Path(org.logo_path).read_bytes() == source.read_bytes()
    source.unlink()  # the original may go away: the copy stays
    view.refresh()
    assert not view.ui.logoPreview.pixmap().isNull()
    qtbot.mouseClick(view.ui.clearLogoButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.ui.saveOrgButton, Qt.MouseButton.LeftButton)
    assert organisation.get_organisation(session.ctx).logo_path == ""


def test_a_file_that_is_not_an_image_is_refused(
    qtbot, view, session, tmp_path, file_dialogs, boxes
):
    fake = tmp_path / "logo.png"
    fake.write_text("not an image", encoding="utf-8")
    file_dialogs.open_path = str(fake)
    qtbot.mouseClick(view.ui.chooseLogoButton, Qt.MouseButton.LeftButton)
    assert boxes.shown[-1][0] == "warning"
    assert not view.org_dirty()


def test_user_change_signs_later_changes(qtbot, view, session):
    view.ui.userEdit.setText("李明")
    assert view.ui.userButton.isEnabled()
    qtbot.mouseClick(view.ui.userButton, Qt.MouseButton.LeftButton)
    assert session.ctx.actor == "李明"
    saved = json.loads((session.data_dir / "settings.json").read_text(encoding="utf-8"))
    assert saved["user"] == "李明"
    assert not view.ui.userButton.isEnabled()


def test_unknown_user_is_warned_about(view):
    view.ui.userEdit.setText("访客")
    assert "访客" in view.ui.userHint.text()


def test_data_folder_is_shown_and_opened(qtbot, view, session, monkeypatch):
    opened = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True)
    )
    assert view.ui.dataDirEdit.text() == str(session.data_dir)
    assert view.ui.dataDirEdit.isReadOnly()
    qtbot.mouseClick(view.ui.openFolderButton, Qt.MouseButton.LeftButton)
    assert [u.toLocalFile() for u in opened] == [str(session.data_dir)]


def test_back_up_now_writes_the_file_and_says_where(qtbot, view, tmp_path, file_dialogs, boxes):
    dest = tmp_path / "usb" / "qa-backup.sqlite3"
    dest.parent.mkdir()
    file_dialogs.save_path = str(dest)
    qtbot.mouseClick(view.ui.backupButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(k == "information" for k, _t, _x in boxes.shown), timeout=10000)
    assert dest.exists() and dest.stat().st_size > 0
    assert str(dest) in boxes.shown[-1][2]
    assert str(dest) in view.ui.lastBackupLabel.text()
    assert view.ui.backupButton.isEnabled()
