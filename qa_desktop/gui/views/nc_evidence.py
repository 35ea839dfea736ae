"""Evidence files of a nonconformity or of one of its corrective actions: list, add, open, remove.

The files are copied into the data folder by the attachments service; the list only holds
what the service returns. Adding is by button or by dropping files on the list.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from qa_desktop.services import attachments
from qa_desktop.services.attachments import AttachmentView
from qa_desktop.services.context import ServiceError

from ..session import NCS, AppSession
from .attachments_panel import local_paths, open_attachment

VIEW_ROLE = Qt.ItemDataRole.UserRole + 1


def human_size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


class EvidenceList(QWidget):
    count_changed = Signal(int)

    def __init__(
        self, session: AppSession, parent: QWidget | None = None, *, compact: bool = False
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._nc: str | None = None
        self._action_id: str | None = None
        self._editable = False
        self.files = QListWidget(self)
        self.files.setObjectName("evidenceList")
        self.files.setMinimumHeight(72)
        if compact:
            self.files.setMaximumHeight(120)  # one of several groups on a scrolling page
        self.files.setAlternatingRowColors(True)
        self.files.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.files.itemActivated.connect(self.open_item)
        self.files.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addEvidenceButton")
        self.add_button.clicked.connect(self.choose_files)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("openEvidenceButton")
        self.open_button.clicked.connect(
            lambda: self.open_item(self.files.currentItem()) if self.files.currentItem() else None
        )
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removeEvidenceButton")
        self.remove_button.clicked.connect(self.remove_current)
        self.hint = QLabel(self)
        self.hint.setEnabled(False)  # greyed: a hint, not content
        self.hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.hint, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.files, 1)
        layout.addLayout(buttons)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.files)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_current)
        self.setAcceptDrops(True)
        self.retranslate()

    # --- texts -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add files…"))
        self.add_button.setToolTip(self.tr("Attach records, photos or documents as evidence"))
        self.open_button.setText(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Open a copy of the selected file (Enter)"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected file (Delete)"))
        self.files.setToolTip(self.tr("Double-click or press Enter to open a file"))
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.reload()
        super().changeEvent(event)

    # --- whose evidence --------------------------------------------------------------------

    def set_target(
        self, *, nc: str | None = None, action_id: str | None = None, editable: bool
    ) -> None:
        """Show the files of an NC or of one action (neither: an empty, disabled list)."""
        self._nc, self._action_id = nc, action_id
        self._editable = editable and (nc is not None or action_id is not None)
        self.reload()

    def _target(self) -> dict:
        if self._action_id is not None:
            return {"action_id": self._action_id}
        if self._nc is not None:
            return {"nc": self._nc}
        return {}

    def reload(self) -> None:
        target = self._target()
        views: list[AttachmentView] = []
        if target:
            try:
                views = attachments.list_attachments(self.session.ctx, **target)
            except ServiceError:
                views = []  # the record just went away; the form reloads next
        current = self.files.currentItem()
        current_id = current.data(VIEW_ROLE).id if current else None
        self.files.clear()
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        for view in views:
            when = view.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
            item = QListWidgetItem(
                icon,
                self.tr("{name}  ·  {size}  ·  {who}, {when}").format(
                    name=view.original_name,
                    size=human_size(view.size),
                    who=view.added_by,
                    when=when,
                ),
            )
            item.setData(VIEW_ROLE, view)
            item.setToolTip(view.original_name)
            self.files.addItem(item)
            if view.id == current_id:
                self.files.setCurrentItem(item)
        self._update_buttons()

    def count(self) -> int:
        return self.files.count()

    def names(self) -> list[str]:
        return [self.files.item(i).data(VIEW_ROLE).original_name for i in range(self.count())]

    def _update_buttons(self) -> None:
        has_target = bool(self._target())
        self.add_button.setEnabled(self._editable)
        self.open_button.setEnabled(self.files.currentItem() is not None)
        self.remove_button.setEnabled(self._editable and self.files.currentItem() is not None)
        if not has_target:
            self.hint.setText("")
        elif self._editable:
            self.hint.setText(self.tr("or drop files here"))
        else:
            self.hint.setText(self.tr("Closed records keep their evidence unchanged."))

    # --- adding ----------------------------------------------------------------------------

    def choose_files(self) -> None:
        if not self._editable:
            return
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Attach evidence files"),
            "",
            self.tr(
                "Records and documents (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx "
                "*.txt *.csv);;All files (*)"
            ),
        )
        if paths:
            self.add_paths(paths)

    def add_paths(self, paths: list[str]) -> int:
        """Attach files to the current NC or action; returns how many were attached."""
        target = self._target()
        if not self._editable or not paths or not target:
            return 0
        added, failures = 0, []
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            for path in paths:
                try:
                    attachments.attach_file(self.session.ctx, Path(path), **target)
                    added += 1
                except ServiceError as exc:
                    failures.append(self.session.text(str(exc)))
        finally:
            QApplication.restoreOverrideCursor()
        self.reload()
        if added:
            self.count_changed.emit(self.count())
            self.session.changed.emit(NCS)  # the history tab and evidence counts follow
        if failures:
            QMessageBox.warning(
                self,
                self.tr("Not attached"),
                self.tr("These files could not be attached:\n{list}").format(
                    list="\n".join(failures)
                ),
            )
        return added

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._editable and local_paths(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_paths(event.mimeData()) if self._editable else []
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_paths(paths)

    # --- open and remove -------------------------------------------------------------------

    def open_item(self, item: QListWidgetItem) -> None:
        open_attachment(self, self.session, item.data(VIEW_ROLE))

    def remove_current(self) -> None:
        item = self.files.currentItem()
        if item is None or not self._editable:
            return
        view: AttachmentView = item.data(VIEW_ROLE)
        answer = QMessageBox.question(
            self,
            self.tr("Remove file"),
            self.tr("Remove {name} from the evidence?").format(name=view.original_name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        ok, _ = self.session.call(self, attachments.remove_attachment, view.id, changed=NCS)
        if ok:
            self.reload()
            self.count_changed.emit(self.count())
