"""Checklist templates: what is installed, what each asks, and import / export / validate."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir, QEvent, QModelIndex, Signal
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMessageBox, QWidget

from qa_desktop.schemas.template import TemplateError
from qa_desktop.services import templates
from qa_desktop.services.context import ServiceError
from qa_desktop.services.templates import TemplateSummary

from ..forms.ui_templates_view import Ui_TemplatesView
from ..models.template_models import TemplateItemsModel, TemplateListModel
from ..session import ALL, TEMPLATES, AppSession
from ..workers import run_in_background


class TemplatesView(QWidget):
    imported = Signal(str)  # "CODE VERSION", once an import is in the database
    import_failed = Signal(str)  # the refusal, as shown to the user

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = Ui_TemplatesView()
        self.ui.setupUi(self)
        self.list_model = TemplateListModel(session, self)
        self.items_model = TemplateItemsModel(session, self)
        self.ui.templatesTable.setModel(self.list_model)
        self.ui.itemsTable.setModel(self.items_model)
        lh = self.ui.templatesTable.horizontalHeader()
        for col in range(self.list_model.columnCount()):
            lh.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        lh.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        ih = self.ui.itemsTable.horizontalHeader()
        ih.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        ih.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        ih.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        ih.resizeSection(0, 64)
        ih.resizeSection(2, 200)
        ih.resizeSection(4, 200)
        self.ui.splitter.setStretchFactor(0, 1)
        self.ui.splitter.setStretchFactor(1, 4)
        self.ui.splitter.setSizes([150, 560])
        font = self.ui.templateTitleLabel.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.ui.templateTitleLabel.setFont(font)
        self.ui.templatesTable.selectionModel().currentRowChanged.connect(self._current_changed)
        self.ui.importButton.clicked.connect(self.import_file)
        self.ui.exportButton.clicked.connect(self.export_selected)
        self.ui.validateButton.clicked.connect(self.validate_file)
        self._job = None
        session.changed.connect(self._on_changed)

    # --- page contract --------------------------------------------------------------------

    def activate(self) -> None:
        self.refresh()

    def refresh(self, select: tuple[str, str] | None = None) -> None:
        key = select or self.selected_key()
        ok, rows = self.session.call(self, templates.list_templates)
        if not ok:
            return
        self.list_model.set_templates(rows)
        row = self.list_model.row_of(*key) if key else -1
        if row < 0 and rows:
            row = 0
        if row >= 0:
            self.ui.templatesTable.setCurrentIndex(self.list_model.index(row, 0))
        else:
            self._show(None)
        self.ui.exportButton.setEnabled(bool(rows))

    def _on_changed(self, kind: str) -> None:
        if kind in (TEMPLATES, ALL) and self.isVisible():
            self.refresh()

    def selected_key(self) -> tuple[str, str] | None:
        t = self.selected()
        return (t.code, t.version) if t else None

    def selected(self) -> TemplateSummary | None:
        index = self.ui.templatesTable.currentIndex()
        return self.list_model.template_at(index.row()) if index.isValid() else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show(self.list_model.template_at(current.row()) if current.isValid() else None)

    def _show(self, t: TemplateSummary | None) -> None:
        doc = None
        if t is not None:
            ok, doc = self.session.call(self, templates.get_template, t.code, t.version)
            if not ok:
                doc = None
        self.items_model.set_document(doc)
        self.ui.itemsTable.resizeRowsToContents()
        self._fill_title()

    def _fill_title(self) -> None:
        doc = self.items_model.doc
        if doc is None:
            self.ui.templateTitleLabel.setText(self.tr("No template selected."))
            self.ui.descriptionLabel.clear()
            return
        english = self.session.language.startswith("en")
        title = doc.title_en if english and doc.title_en else doc.title
        description = doc.description_en if english and doc.description_en else doc.description
        self.ui.templateTitleLabel.setText(
            self.tr("{code} {version} — {title} ({count} items)").format(
                code=doc.code, version=doc.version, title=title, count=len(doc.items)
            )
        )
        self.ui.descriptionLabel.setText(description)
        self.ui.descriptionLabel.setVisible(bool(description))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.list_model.retranslate()
            self.items_model.retranslate()
            self.ui.itemsTable.resizeRowsToContents()
            self._fill_title()
        super().changeEvent(event)

    # --- import ---------------------------------------------------------------------------

    def _file_filter(self) -> str:
        return self.tr("Checklist templates (*.yaml *.yml)")

    def import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a checklist template"), QDir.homePath(), self._file_filter()
        )
        if not path:
            return
        ctx = self.session.ctx
        source = Path(path)

        label = self.tr("Checking and importing {file}…").format(file=source.name)

        def work(task):
            task.progress(0, 0, label)
            # All or nothing: the service validates the whole file before writing a row.
            return templates.import_template_file(ctx, source)

        self.ui.importButton.setEnabled(False)
        self._job = run_in_background(
            self,
            work,
            title=self.tr("Importing the template…"),
            on_done=self._imported,
            on_error=self._import_error,
            cancellable=False,
        )

    def _imported(self, summary: TemplateSummary) -> None:
        self._job = None
        self.ui.importButton.setEnabled(True)
        self.refresh(select=(summary.code, summary.version))
        self.session.changed.emit(TEMPLATES)
        QMessageBox.information(
            self,
            self.tr("Template imported"),
            self.tr("{code} {version} — {title}: {count} items imported.").format(
                code=summary.code, version=summary.version, title=summary.title, count=summary.items
            ),
        )
        self.imported.emit(f"{summary.code} {summary.version}")

    def _import_error(self, exc: Exception) -> None:
        self._job = None
        self.ui.importButton.setEnabled(True)
        if isinstance(exc, ServiceError | TemplateError):
            message = self.session.text(str(exc))
            QMessageBox.warning(self, self.tr("Template not imported"), message)
        else:
            message = self.tr("The import failed unexpectedly: {error}").format(error=exc)
            QMessageBox.critical(self, self.tr("Template not imported"), message)
        self.import_failed.emit(message)

    # --- export ---------------------------------------------------------------------------

    def export_selected(self) -> None:
        t = self.selected()
        if t is None:
            return
        suggested = str(Path(QDir.homePath()) / f"{t.code}-{t.version}.yaml")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the checklist template"), suggested, self._file_filter()
        )
        if not path:
            return
        dest = Path(path)
        if dest.suffix.lower() not in (".yaml", ".yml"):
            dest = dest.with_name(dest.name + ".yaml")
        ok, written = self.session.call(self, templates.export_template, t.code, dest, t.version)
        if ok:
            QMessageBox.information(
                self,
                self.tr("Template exported"),
                self.tr("{code} {version} was saved to {path}").format(
                    code=t.code, version=t.version, path=written
                ),
            )

    # --- validate ---------------------------------------------------------------------------

    def validate_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Validate a checklist template"), QDir.homePath(), self._file_filter()
        )
        if not path:
            return
        source = Path(path)
        try:
            doc = templates.validate_template_file(source)
        except TemplateError as exc:
            QMessageBox.warning(
                self, self.tr("The template has an error"), self.session.text(str(exc))
            )
            return
        known = self.list_model.keys()
        note = (
            self.tr("This version is already imported.")
            if (doc.code, doc.version) in known
            else self.tr("It can be imported.")
        )
        QMessageBox.information(
            self,
            self.tr("The template is valid"),
            self.tr("{file} is valid: {code} {version} — {title}, {count} items. {note}").format(
                file=source.name,
                code=doc.code,
                version=doc.version,
                title=doc.title,
                count=len(doc.items),
                note=note,
            ),
        )
