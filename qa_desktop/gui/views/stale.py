"""Pages that refresh once for a burst of changes, and only while someone can see them."""

from __future__ import annotations

from PySide6.QtCore import QTimer


class StaleRefresh:
    """Mixin for a page widget with a `refresh()`: `mark_stale()` on a change notice.

    Several notices from one action (an audit and its checklists) make one refresh, queued so
    the action finishes first; a hidden page refreshes when it is shown again."""

    _stale = False

    def mark_stale(self) -> None:
        was_stale, self._stale = self._stale, True
        if self.isVisible() and not was_stale:
            QTimer.singleShot(0, self._refresh_if_stale)

    def _refresh_if_stale(self) -> None:
        if self._stale and self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            QTimer.singleShot(0, self._refresh_if_stale)
