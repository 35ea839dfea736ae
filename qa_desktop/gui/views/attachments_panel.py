"""Evidence files of one checklist answer: thumbnails, add (button or drag & drop), open, remove.

Photos from phones are large and often stored sideways with an EXIF orientation tag, so
thumbnails are decoded scaled (the JPEG decoder does most of the shrinking) with the
orientation applied, on the thread pool, and cached by content hash.
"""

from __future__ import annotations

import tempfile
from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QObject, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QImage,
    QImageReader,
    QKeySequence,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
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

from ..session import AppSession
from ..workers import run_in_background

THUMB = 96
_CACHE_SIZE = 300
ViewRole = Qt.ItemDataRole.UserRole + 1


def decode_thumbnail(path: Path, edge: int = THUMB) -> QImage:
    """A thumbnail no larger than edge×edge, the right way up. Safe off the GUI thread."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)  # honour the EXIF orientation of phone photos
    raw = reader.size()  # before the orientation is applied
    if raw.isValid() and (raw.width() > edge or raw.height() > edge):
        # Scaling during decode: a 12-megapixel JPEG never exists in memory at full size.
        reader.setScaledSize(raw.scaled(edge, edge, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return image  # a null image when the file is not a readable picture


def _human_size(size: int) -> str:
    for unit in ("B", "KB", "MB"):
        if size < 1024 or unit == "MB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size} B"


def local_paths(mime: QMimeData) -> list[str]:
    """The local files in a drag, ignoring web links and folders."""
    if not mime.hasUrls():
        return []
    return [
        u.toLocalFile() for u in mime.urls() if u.isLocalFile() and Path(u.toLocalFile()).is_file()
    ]


class AttachmentsPanel(QWidget):
    count_changed = Signal(str, int)  # response id, how many files it has now

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._response_id: str | None = None
        self._editable = False
        self._generation = 0  # bumps on every reload; late thumbnails of an old list are dropped
        self._thumbs: OrderedDict[str, QImage] = OrderedDict()

        self.files = QListWidget(self)
        self.files.setObjectName("attachmentList")
        self.files.setViewMode(QListView.ViewMode.IconMode)
        self.files.setIconSize(QSize(THUMB, THUMB))
        self.files.setGridSize(QSize(THUMB + 28, THUMB + 36))
        self.files.setResizeMode(QListView.ResizeMode.Adjust)
        self.files.setMovement(QListView.Movement.Static)
        self.files.setWordWrap(True)
        self.files.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.files.setUniformItemSizes(True)
        self.files.setMinimumHeight(THUMB + 44)
        self.files.setAcceptDrops(False)  # drops go to the panel, which knows the answer
        self.files.itemActivated.connect(self.open_item)
        self.files.currentItemChanged.connect(lambda *_: self._update_buttons())

        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addFilesButton")
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removeFileButton")
        self.remove_button.clicked.connect(self.remove_current)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setEnabled(False)  # greyed: a hint, not content

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
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
        self._update_buttons()

    # --- texts -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add files…"))
        self.add_button.setToolTip(self.tr("Attach photos or documents as evidence for this item"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected file from this answer (Delete)"))
        self._update_hint()
        self.files.setToolTip(
            self.tr("Double-click or press Enter to open a file; Delete removes it")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- which answer ----------------------------------------------------------------------

    @property
    def response_id(self) -> str | None:
        return self._response_id

    def set_response(
        self, response_id: str | None, *, editable: bool, known_count: int = -1
    ) -> None:
        """Show the files of this answer. With known_count == 0 no query is needed."""
        self._response_id = response_id
        self._editable = editable and response_id is not None
        if response_id is None or known_count == 0:
            self._fill([])
        else:
            self.reload()
        self._update_buttons()

    def reload(self) -> None:
        if self._response_id is None:
            self._fill([])
            return
        try:
            views = attachments.list_attachments(self.session.ctx, response_id=self._response_id)
        except ServiceError as exc:
            self.session.refuse(self, str(exc))
            views = []
        self._fill(views)

    def count(self) -> int:
        return self.files.count()

    def _fill(self, views: list[AttachmentView]) -> None:
        self._generation += 1
        self.files.clear()
        file_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        wanted: list[tuple[str, Path]] = []
        for view in views:
            item = QListWidgetItem(file_icon, view.original_name)
            item.setData(ViewRole, view)
            item.setToolTip(
                self.tr("{name}\n{size} · added by {who} on {when}").format(
                    name=view.original_name,
                    size=_human_size(view.size),
                    who=view.added_by,
                    when=view.created_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                )
            )
            self.files.addItem(item)
            if view.is_image:
                cached = self._thumbs.get(view.sha256)
                if cached is not None:
                    item.setIcon(QIcon(QPixmap.fromImage(cached)))
                else:
                    wanted.append((view.sha256, view.path))
        if wanted:
            self._decode(wanted)
        self._update_buttons()

    def _decode(self, wanted: list[tuple[str, Path]]) -> None:
        generation = self._generation

        def work(task) -> list[tuple[str, QImage]]:
            out = []
            for sha, path in wanted:
                if task.cancelled:
                    break
                out.append((sha, decode_thumbnail(path)))
            return out

        def done(images: list[tuple[str, QImage]]) -> None:
            for sha, image in images:
                if not image.isNull():
                    self._remember(sha, image)
            if generation == self._generation:
                self._apply_thumbnails()

        run_in_background(
            self,
            work,
            title=self.tr("Making thumbnails…"),
            on_done=done,
            on_error=lambda _exc: None,  # an unreadable picture keeps its file icon
            show_progress=False,
        )

    def _remember(self, sha: str, image: QImage) -> None:
        self._thumbs[sha] = image
        self._thumbs.move_to_end(sha)
        while len(self._thumbs) > _CACHE_SIZE:
            self._thumbs.popitem(last=False)

    def _apply_thumbnails(self) -> None:
        for row in range(self.files.count()):
            item = self.files.item(row)
            image = self._thumbs.get(item.data(ViewRole).sha256)
            if image is not None:
                item.setIcon(QIcon(QPixmap.fromImage(image)))

    def thumbnails_pending(self) -> bool:
        """True while a picture in the list still shows the generic file icon."""
        for row in range(self.files.count()):
            view = self.files.item(row).data(ViewRole)
            if view.is_image and view.sha256 not in self._thumbs:
                return True
        return False

    def _update_hint(self) -> None:
        if self._editable:
            self.hint.setText(self.tr("Drop files here · double-click to open"))
        else:
            self.hint.setText(self.tr("Double-click to open"))

    def _update_buttons(self) -> None:
        self._update_hint()
        self.add_button.setEnabled(self._editable)
        self.remove_button.setEnabled(self._editable and self.files.currentItem() is not None)

    # --- adding ----------------------------------------------------------------------------

    def choose_files(self) -> None:
        if not self._editable:
            return
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Attach evidence files"),
            "",
            self.tr(
                "Photos and documents (*.jpg *.jpeg *.png *.heic *.pdf *.doc *.docx *.xls *.xlsx *.txt);;All files (*)"
            ),
        )
        if paths:
            self.add_paths(paths)

    def add_paths(self, paths: list[str]) -> int:
        """Attach files to the current answer; returns how many were attached."""
        if not self._editable or not paths:
            return 0
        added, failures = 0, []
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            for path in paths:
                try:
                    attachments.attach_file(
                        self.session.ctx, Path(path), response_id=self._response_id
                    )
                    added += 1
                except ServiceError as exc:
                    failures.append(self.session.text(str(exc)))
        finally:
            QApplication.restoreOverrideCursor()
        self.reload()
        if added:
            self.count_changed.emit(self._response_id, self.files.count())
        if failures:
            QMessageBox.warning(
                self,
                self.tr("Not attached"),
                self.tr("These files could not be attached:\n{list}").format(
                    list="\n".join(failures)
                ),
            )
        return added

    # --- drag & drop (on the panel, and on any widget handed to watch_drops) ---------------

    def watch_drops(self, widget: QWidget) -> None:
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            return self._accept_drag(event)
        if kind == QEvent.Type.Drop:
            return self._take_drop(event)
        return super().eventFilter(watched, event)

    def _accept_drag(self, event: QDragEnterEvent) -> bool:
        if self._editable and local_paths(event.mimeData()):
            event.acceptProposedAction()
            return True
        event.ignore()
        return False

    def _take_drop(self, event: QDropEvent) -> bool:
        paths = local_paths(event.mimeData()) if self._editable else []
        if not paths:
            event.ignore()
            return False
        event.acceptProposedAction()
        self.add_paths(paths)
        return True

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._accept_drag(event)

    def dragMoveEvent(self, event) -> None:
        self._accept_drag(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self._take_drop(event)

    # --- open and remove -------------------------------------------------------------------

    def open_item(self, item: QListWidgetItem) -> None:
        open_attachment(self, self.session, item.data(ViewRole))

    def remove_current(self) -> None:
        item = self.files.currentItem()
        if item is None or not self._editable:
            return
        view: AttachmentView = item.data(ViewRole)
        answer = QMessageBox.question(
            self,
            self.tr("Remove file"),
            self.tr("Remove {name} from this answer?").format(name=view.original_name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        ok, _ = self.session.call(self, attachments.remove_attachment, view.id)
        if ok:
            self.reload()
            self.count_changed.emit(self._response_id, self.files.count())


def open_attachment(parent: QWidget, session: AppSession, view: AttachmentView) -> None:
    """Open evidence in the system's viewer, through a copy under its real name: viewers
    need the extension, and must not edit the stored evidence."""
    folder = Path(tempfile.gettempdir()) / "qa-desktop-open" / view.id
    ok, path = session.call(parent, attachments.export_copy, view.id, folder)
    if ok and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("AttachmentsPanel", "Cannot open"),
            QCoreApplication.translate(
                "AttachmentsPanel", "No program is set up to open {name}."
            ).format(name=view.original_name),
        )
