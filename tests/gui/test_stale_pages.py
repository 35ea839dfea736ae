"""Pages refresh once for a burst of changes, and a hidden page only when it is shown again."""

from __future__ import annotations

from qa_desktop.gui.session import PROGRAMME
from qa_desktop.gui.views.programme_view import ProgrammeView


def test_a_burst_of_changes_makes_one_refresh_and_a_hidden_page_waits(qtbot, session, monkeypatch):
    page = ProgrammeView(session)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    calls = []
    original = page.refresh
    monkeypatch.setattr(page, "refresh", lambda *a, **k: (calls.append(1), original(*a, **k)))
    for _ in range(3):
        session.changed.emit(PROGRAMME)
    qtbot.waitUntil(lambda: not page._stale)
    assert len(calls) == 1
    page.hide()
    session.changed.emit(PROGRAMME)
    assert page._stale and len(calls) == 1
    page.show()
    qtbot.waitUntil(lambda: not page._stale)
    assert len(calls) == 2
