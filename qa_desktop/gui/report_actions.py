"""Generating a document from the desktop: one routine behind the Reports menu and the
buttons on the audit, NC, review and survey screens.

The PDF is written into <data dir>/documents (so the annual schedule can open it again),
built in the background worker with progress, recorded, and opened in the system viewer.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMenu, QToolButton, QWidget

from qa_desktop.services import audits, documents, measures, programme, reviews, surveys
from qa_desktop.services import nonconformities as ncs
from qa_desktop.services.context import ServiceError

from .forms.ui_report_dialog import Ui_ReportDialog
from .session import DOCUMENTS, AppSession
from .workers import run_in_background

DOCUMENTS_FOLDER = "documents"


def documents_dir(session: AppSession) -> Path:
    return session.data_dir / DOCUMENTS_FOLDER


def output_path(session: AppSession, kind: str, subject: str, lang: str) -> Path:
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in subject)
    return documents_dir(session) / f"{kind}-{safe}-{lang}.pdf"


def kind_title(kind: str, lang: str) -> str:
    spec = documents.KINDS[kind]
    return spec.title_en if lang.startswith("en") else spec.title_zh


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportActions", text)


def generate(
    parent: QWidget | None,
    session: AppSession,
    kind: str,
    subject: str,
    lang: str | None = None,
    *,
    open_after: bool = True,
    on_done=None,
) -> None:
    """Build `kind` for `subject` (an audit or NC number, a review number or a year)."""
    lang = lang or session.language
    spec = documents.KINDS[kind]
    selector = {spec.selector: int(subject) if spec.selector == "year" else subject}
    target = output_path(session, kind, subject, lang)
    ctx = session.ctx

    def work(task):
        return documents.generate(ctx, kind, target, lang=lang, progress=task.progress, **selector)

    def done(view) -> None:
        session.changed.emit(DOCUMENTS)
        if open_after:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(view.path)))
        if on_done:
            on_done(view)

    run_in_background(
        parent,
        work,
        title=_tr("Writing {title}…").format(title=kind_title(kind, session.language)),
        on_done=done,
        on_error=lambda exc: session.refuse(parent, str(exc)),
        cancellable=False,
    )


def attach_documents_menu(
    button: QToolButton,
    session: AppSession,
    kinds: tuple[str, ...],
    subject: Callable[[], str | None],
) -> QMenu:
    """A page's Documents button: one entry per kind, built for what the page shows now.

    The titles are filled when the menu opens, so they follow a language switch."""
    menu = QMenu(button)
    parent = button.window()

    def fill() -> None:
        menu.clear()
        for kind in kinds:
            action = menu.addAction(kind_title(kind, session.language) + "…")
            action.triggered.connect(lambda _c=False, k=kind: _generate_for(k))

    def _generate_for(kind: str) -> None:
        value = subject()
        if value is not None:
            generate(parent, session, kind, value)

    menu.aboutToShow.connect(fill)
    fill()
    button.setMenu(menu)
    return menu


class ReportDialog(QDialog):
    """Choose a document, what it is for and its language."""

    def __init__(
        self,
        session: AppSession,
        kind: str | None = None,
        subject: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = Ui_ReportDialog()
        self.ui.setupUi(self)
        for code in documents.KINDS:
            self.ui.kindCombo.addItem(kind_title(code, session.language), code)
        self.ui.langCombo.addItem("中文", "zh_CN")
        self.ui.langCombo.addItem("English", "en")
        self.ui.langCombo.setCurrentIndex(1 if session.language == "en" else 0)
        self.ui.kindCombo.currentIndexChanged.connect(self._fill_subjects)
        self.ui.subjectCombo.currentIndexChanged.connect(self._update)
        self.ui.langCombo.currentIndexChanged.connect(self._update)
        if kind:
            self.ui.kindCombo.setCurrentIndex(max(self.ui.kindCombo.findData(kind), 0))
        self._fill_subjects()
        if subject:
            index = self.ui.subjectCombo.findData(subject)
            if index >= 0:
                self.ui.subjectCombo.setCurrentIndex(index)
        self._update()

    def kind(self) -> str:
        return self.ui.kindCombo.currentData()

    def subject(self) -> str | None:
        return self.ui.subjectCombo.currentData()

    def lang(self) -> str:
        return self.ui.langCombo.currentData()

    def _subjects(self, selector: str) -> list[tuple[str, str]]:
        ctx = self.session.ctx
        try:
            if selector == "audit":
                return [(f"{a.number}  {a.title}", a.number) for a in audits.list_audits(ctx)]
            if selector == "nc":
                page = ncs.list_ncs(
                    ctx, sort="number", descending=True, limit=500, with_total=False
                )
                return [
                    (f"{r.number}  {r.facts.splitlines()[0][:40] if r.facts else ''}", r.number)
                    for r in page.rows
                ]
            if selector == "review":
                return [(f"{r.number}  {r.title}", r.number) for r in reviews.list_reviews(ctx)]
            years = {a.year for a in audits.list_audits(ctx)} | {ctx.today().year}
            years |= set(surveys.survey_years(ctx)) | set(programme.programme_years(ctx))
            years |= set(measures.measure_years(ctx))
        except ServiceError:  # no organisation yet: nothing to choose from
            return []
        return [(str(y), str(y)) for y in sorted(years, reverse=True)]

    def _fill_subjects(self) -> None:
        combo = self.ui.subjectCombo
        combo.blockSignals(True)
        combo.clear()
        for text, value in self._subjects(documents.KINDS[self.kind()].selector):
            combo.addItem(text, value)
        combo.blockSignals(False)
        self._update()

    def _update(self) -> None:
        ok = self.subject() is not None
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        self.ui.whereLabel.setText(
            self.tr("Saved as {path} and opened in your PDF viewer.").format(
                path=output_path(self.session, self.kind(), self.subject() or "…", self.lang())
            )
        )


def ask_and_generate(
    parent: QWidget, session: AppSession, kind: str | None = None, subject: str | None = None
) -> None:
    dialog = ReportDialog(session, kind, subject, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted and dialog.subject() is not None:
        generate(parent, session, dialog.kind(), dialog.subject(), dialog.lang())
