"""Documents from the desktop: the generate dialog offers the right subjects, and the review
and survey pages write their PDFs in the background, record them and open them."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QDesktopServices

from qa_desktop.gui.report_actions import ReportDialog, output_path
from qa_desktop.gui.views.review_view import ReviewView
from qa_desktop.gui.views.surveys_view import SurveysView
from qa_desktop.services import documents

WAIT_MS = 60_000


@pytest.fixture
def opened(monkeypatch):
    urls: list = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda url: urls.append(url) or True)
    )
    return urls


def _page(qtbot, page):
    qtbot.addWidget(page)
    page.resize(1180, 760)
    page.show()
    page.activate()
    return page


def _menu_titles(button) -> list[str]:
    menu = button.menu()
    menu.aboutToShow.emit()
    return [a.text() for a in menu.actions()]


def test_the_dialog_offers_reviews_for_review_documents_and_survey_years(qtbot, session):
    dialog = ReportDialog(session, "review-report")
    qtbot.addWidget(dialog)
    combo = dialog.ui.subjectCombo
    assert [combo.itemData(i) for i in range(combo.count())] == ["MR-2025-01"]
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData("survey-report"))
    assert "2025" in [combo.itemData(i) for i in range(combo.count())]
    assert output_path(session, "survey-report", "2025", "zh_CN").name in dialog.ui.whereLabel.text()


def test_the_review_page_writes_its_report_and_opens_it(qtbot, session, opened):
    page = _page(qtbot, ReviewView(session))
    page.select_review("MR-2025-01")
    assert page.ui.documentsButton.isEnabled()
    assert _menu_titles(page.ui.documentsButton) == ["管理评审计划…", "管理评审报告…"]
    page.ui.documentsButton.menu().actions()[1].trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=WAIT_MS)
    path = output_path(session, "review-report", "MR-2025-01", "zh_CN")
    assert opened[0].toLocalFile() == str(path)
    assert path.read_bytes().startswith(b"%PDF")
    recorded = documents.documents_of_year(session.ctx, 2025)
    assert any(d.kind == "review-report" and d.sha256 for d in recorded)


def test_the_survey_page_writes_the_years_survey_report(qtbot, session, opened):
    page = _page(qtbot, SurveysView(session))
    assert page.ui.yearCombo.currentData() == 2025
    assert len(_menu_titles(page.ui.documentsButton)) == 3
    page.ui.documentsButton.menu().actions()[2].trigger()
    qtbot.waitUntil(lambda: bool(opened), timeout=WAIT_MS)
    path = output_path(session, "survey-report", "2025", "zh_CN")
    assert opened[0].toLocalFile() == str(path) and path.stat().st_size > 10_000


def test_the_schedule_links_the_generated_output_and_opens_it(qtbot, session, opened):
    from qa_desktop.gui.models.programme_models import ProgrammeGridModel
    from qa_desktop.gui.views.programme_view import ProgrammeView

    target = output_path(session, "audit-plan", "IA-2025-02", "zh_CN")
    made = documents.generate(session.ctx, "audit-plan", target, audit="IA-2025-02")
    page = _page(qtbot, ProgrammeView(session))
    model = page.model
    row = next(r for r in range(model.rowCount()) if model.activity(r).output_kind == "audit-plan")
    cell = model.index(row, ProgrammeGridModel.DOCUMENT)
    assert cell.data() == f"{made.number} {made.version}"
    others = [model.index(r, ProgrammeGridModel.DOCUMENT).data() for r in range(model.rowCount())]
    assert sum(bool(text) for text in others) == 1  # nothing else was generated
    page.ui.gridTable.setCurrentIndex(cell)
    page.ui.gridTable.doubleClicked.emit(cell)
    assert [u.toLocalFile() for u in opened] == [str(target)]


def test_an_open_schedule_shows_a_document_as_soon_as_it_is_written(qtbot, session, opened):
    from qa_desktop.gui.models.programme_models import ProgrammeGridModel
    from qa_desktop.gui.report_actions import generate
    from qa_desktop.gui.views.programme_view import ProgrammeView

    page = _page(qtbot, ProgrammeView(session))
    model = page.model
    row = next(r for r in range(model.rowCount()) if model.activity(r).output_kind == "audit-plan")
    assert not model.index(row, ProgrammeGridModel.DOCUMENT).data()
    generate(page, session, "audit-plan", "IA-2025-02", open_after=False)
    qtbot.waitUntil(
        lambda: bool(page.model.index(row, ProgrammeGridModel.DOCUMENT).data()), timeout=WAIT_MS
    )
    assert opened == []
