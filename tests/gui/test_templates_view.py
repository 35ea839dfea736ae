"""The templates page: list, items, and all-or-nothing import, export and validation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from qa_desktop.gui.models.template_models import TemplateItemsModel, TemplateListModel
from qa_desktop.gui.views.templates_view import TemplatesView
from qa_desktop.schemas.template import dump_template
from qa_desktop.services import templates
from tests.gui.conftest import tr


@pytest.fixture
def view(qtbot, session):
    v = TemplatesView(session)
    qtbot.addWidget(v)
    v.resize(1100, 760)
    v.show()
    v.activate()
    return v


def _keys(session):
    return [(t.code, t.version) for t in templates.list_templates(session.ctx)]


def _sd_text(session, version: str = "1.1") -> str:
    doc = templates.get_template(session.ctx, "SD")
    return dump_template(doc.model_copy(update={"version": version}))


def _select(view, code, version="1.0"):
    row = view.list_model.row_of(code, version)
    view.ui.templatesTable.setCurrentIndex(view.list_model.index(row, 0))


def test_models_pass_the_model_tester(qtmodeltester, session):
    lst = TemplateListModel(session)
    lst.set_templates(templates.list_templates(session.ctx))
    qtmodeltester.check(lst)
    items = TemplateItemsModel(session)
    items.set_document(templates.get_template(session.ctx, "SP"))
    qtmodeltester.check(items)
    items.set_document(None)
    qtmodeltester.check(items)


def test_lists_every_template_and_shows_the_selected_items(view, session):
    assert [
        view.list_model.data(view.list_model.index(r, 0)) for r in range(view.list_model.rowCount())
    ] == [code for code, _v in _keys(session)]
    _select(view, "SD")
    doc = templates.get_template(session.ctx, "SD")
    m = view.items_model
    assert m.rowCount() == len(doc.items) == 16
    assert m.data(m.index(0, 0)) == "SD-01"
    assert m.data(m.index(0, 1)) == doc.items[0].question
    assert "ISO/IEC 20000-1:2018 8.6.1" in m.data(m.index(0, 2))
    assert "SD 1.0" in view.ui.templateTitleLabel.text()
    assert view.list_model.data(view.list_model.index(0, 5)) == tr("TemplateListModel", "Built-in")


def test_sample_items_say_their_sample_size(view, session):
    _select(view, "SD")
    doc = templates.get_template(session.ctx, "SD")
    row = next(i for i, item in enumerate(doc.items) if item.answer.type == "sample")
    text = view.items_model.data(view.items_model.index(row, 4))
    assert str(doc.items[row].answer.sample_size) in text


def test_import_of_a_malformed_file_names_the_line_and_imports_nothing(
    qtbot, view, session, tmp_path, file_dialogs
):
    text = _sd_text(session).replace("id: SD-02", "id: SD-01", 1)
    bad = tmp_path / "SD-bad.yaml"
    bad.write_text(text, encoding="utf-8")
    line = (
        text.splitlines().index("  - id: SD-01", text.splitlines().index("  - id: SD-01") + 1) + 1
    )
    before = _keys(session)
    file_dialogs.open_path = str(bad)
    with qtbot.waitSignal(view.import_failed, timeout=5000) as sig:
        qtbot.mouseClick(view.ui.importButton, Qt.MouseButton.LeftButton)
    message = sig.args[0]
    assert "SD-bad.yaml" in message and f"line {line}" in message and "SD-01" in message
    assert _keys(session) == before
    assert view.list_model.rowCount() == len(before)
    assert view.ui.importButton.isEnabled()


def test_import_of_a_new_version_adds_it(qtbot, view, session, tmp_path, file_dialogs, boxes):
    good = tmp_path / "SD-1.1.yaml"
    good.write_text(_sd_text(session, "1.1"), encoding="utf-8")
    file_dialogs.open_path = str(good)
    with qtbot.waitSignal(view.imported, timeout=5000) as sig:
        qtbot.mouseClick(view.ui.importButton, Qt.MouseButton.LeftButton)
    assert sig.args == ["SD 1.1"]
    assert ("SD", "1.1") in _keys(session)
    assert view.selected_key() == ("SD", "1.1")
    assert view.list_model.data(
        view.list_model.index(view.list_model.row_of("SD", "1.1"), 5)
    ) == tr("TemplateListModel", "Imported")
    assert boxes.shown[-1][0] == "information"


def test_importing_the_same_version_twice_is_refused(qtbot, view, session, tmp_path, file_dialogs):
    same = tmp_path / "SD.yaml"
    same.write_text(_sd_text(session, "1.0"), encoding="utf-8")
    file_dialogs.open_path = str(same)
    before = _keys(session)
    with qtbot.waitSignal(view.import_failed, timeout=5000):
        qtbot.mouseClick(view.ui.importButton, Qt.MouseButton.LeftButton)
    assert _keys(session) == before


def test_cancelled_file_dialog_does_nothing(view, session, file_dialogs, boxes):
    file_dialogs.open_path = ""
    view.import_file()
    view.validate_file()
    assert boxes.shown == []


def test_export_writes_a_valid_file(qtbot, view, session, tmp_path, file_dialogs, boxes):
    _select(view, "KM")
    file_dialogs.save_path = str(tmp_path / "km-export")  # no suffix: .yaml is added
    qtbot.mouseClick(view.ui.exportButton, Qt.MouseButton.LeftButton)
    out = tmp_path / "km-export.yaml"
    doc = templates.validate_template_file(out)
    assert doc == templates.get_template(session.ctx, "KM")
    assert boxes.shown[-1][0] == "information" and str(out) in boxes.shown[-1][2]


def test_validate_reports_ok_or_the_error_without_importing(
    view, session, tmp_path, file_dialogs, boxes
):
    good = tmp_path / "SD-2.0.yaml"
    good.write_text(_sd_text(session, "2.0"), encoding="utf-8")
    file_dialogs.open_path = str(good)
    view.validate_file()
    kind, _title, text = boxes.shown[-1]
    assert kind == "information" and "SD-2.0.yaml" in text and "16" in text
    lines = _sd_text(session, "2.0").splitlines()
    typo = next(i for i, line in enumerate(lines) if line.strip() == "type: judgement")
    lines[typo] = lines[typo].replace("judgement", "judgment")
    bad = tmp_path / "broken.yaml"
    bad.write_text("\n".join(lines), encoding="utf-8")
    file_dialogs.open_path = str(bad)
    view.validate_file()
    kind, _title, text = boxes.shown[-1]
    assert kind == "warning" and "broken.yaml" in text and f"line {typo + 1}" in text
    assert "judgment" in text
    assert ("SD", "2.0") not in _keys(session)
