"""Settings: language and user (this laptop), the organisation (the database), the data folder."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import QCompleter, QFileDialog, QMessageBox, QWidget

from qa_desktop.services import maintenance, organisation
from qa_desktop.services.organisation import OrgView

from ..forms.ui_settings_view import Ui_SettingsView
from ..session import ALL, SETTINGS, AppSession
from ..workers import run_in_background

LANGUAGES = ("zh_CN", "en")


class SettingsView(QWidget):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = Ui_SettingsView()
        self.ui.setupUi(self)
        self.org: OrgView | None = None
        self._logo = ""  # the logo shown: the stored one, a newly chosen file, or "" for none
        self._people: list[str] = []
        self.last_backup: Path | None = None
        for box in (self.ui.userBox, self.ui.orgBox, self.ui.dataBox):
            box.setMaximumWidth(820)
        self._fill_languages()
        self.ui.languageCombo.currentIndexChanged.connect(self._language_chosen)
        self.ui.userEdit.textChanged.connect(self._update_user)
        self.ui.userEdit.returnPressed.connect(self.apply_user)
        self.ui.userButton.clicked.connect(self.apply_user)
        for edit in (self.ui.orgNameEdit, self.ui.orgNameEnEdit, self.ui.prefixEdit):
            edit.textChanged.connect(self._update_org_buttons)
        self.ui.chooseLogoButton.clicked.connect(self.choose_logo)
        self.ui.clearLogoButton.clicked.connect(self.clear_logo)
        self.ui.saveOrgButton.clicked.connect(self.save_organisation)
        self.ui.revertOrgButton.clicked.connect(self._fill_org)
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save_organisation)
        self.ui.openFolderButton.clicked.connect(self.open_folder)
        self.ui.backupButton.clicked.connect(self.backup_now)
        session.changed.connect(self._on_changed)

    # --- page contract --------------------------------------------------------------------

    def activate(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.org = organisation.get_organisation(self.session.ctx)
        self._people = [p.name for p in organisation.list_people(self.session.ctx)]
        completer = QCompleter(self._people, self.ui.userEdit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.ui.userEdit.setCompleter(completer)
        self._select_language()
        self.ui.userEdit.setText(self.session.ctx.actor)
        self._update_user()
        self._fill_org()
        self.ui.dataDirEdit.setText(str(self.session.data_dir))
        self._fill_backup_label()

    def _on_changed(self, kind: str) -> None:
        # Only reload when nothing typed here could be overwritten.
        if kind in (SETTINGS, ALL) and self.isVisible() and not self.org_dirty():
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._update_user()
            self._show_logo()
            self._fill_backup_label()
        super().changeEvent(event)

    # --- language and user ----------------------------------------------------------------

    def _fill_languages(self) -> None:
        combo = self.ui.languageCombo
        combo.blockSignals(True)
        combo.clear()
        # Each language named in itself, so anyone can find their own.
        chinese = QLocale(QLocale.Language.Chinese, QLocale.Country.China).nativeLanguageName()
        combo.addItem(chinese, "zh_CN")
        combo.addItem("English", "en")
        combo.blockSignals(False)
        self._select_language()

    def _select_language(self) -> None:
        combo = self.ui.languageCombo
        combo.blockSignals(True)
        combo.setCurrentIndex(max(combo.findData(self.session.language), 0))
        combo.blockSignals(False)

    def _language_chosen(self, index: int) -> None:
        language = self.ui.languageCombo.itemData(index)
        if language in LANGUAGES and language != self.session.language:
            self.session.set_language(language)

    def _update_user(self) -> None:
        name = self.ui.userEdit.text().strip()
        self.ui.userButton.setEnabled(bool(name) and name != self.session.ctx.actor)
        if not name:
            hint = self.tr("Enter your name: every change is signed with it.")
        elif self._people and name not in self._people:
            hint = self.tr(
                "{name} is not among the organisation's people: “My audits” will stay empty."
            ).format(name=name)
        else:
            hint = self.tr("Every change you make is signed with this name.")
        self.ui.userHint.setText(hint)

    def apply_user(self) -> None:
        name = self.ui.userEdit.text().strip()
        if not name or name == self.session.ctx.actor:
            return
        self.session.set_user(name)
        self._update_user()

    # --- organisation -----------------------------------------------------------------------

    def _fill_org(self) -> None:
        org = self.org
        self.ui.orgNameEdit.setText(org.name if org else "")
        self.ui.orgNameEnEdit.setText(org.name_en if org else "")
        self.ui.prefixEdit.setText(org.doc_prefix if org else "")
        self._logo = org.logo_path if org else ""
        self._show_logo()
        self._update_org_buttons()

    def _form(self) -> dict[str, str]:
        return {
            "name": self.ui.orgNameEdit.text().strip(),
            "name_en": self.ui.orgNameEnEdit.text().strip(),
            "doc_prefix": self.ui.prefixEdit.text().strip(),
            "logo_path": self._logo,
        }

    def _stored(self) -> dict[str, str]:
        org = self.org
        return {
            "name": org.name if org else "",
            "name_en": org.name_en if org else "",
            "doc_prefix": org.doc_prefix if org else "",
            "logo_path": org.logo_path if org else "",
        }

    def org_dirty(self) -> bool:
        return self._form() != self._stored()

    def _update_org_buttons(self) -> None:
        dirty = self.org_dirty()
        self.ui.saveOrgButton.setEnabled(dirty)
        self.ui.revertOrgButton.setEnabled(dirty)
        self.ui.clearLogoButton.setEnabled(bool(self._logo))

    def _show_logo(self) -> None:
        preview = self.ui.logoPreview
        if not self._logo:
            preview.setPixmap(QPixmap())
            preview.setText(self.tr("No logo"))
            self.ui.logoPathLabel.clear()
            return
        pixmap = QPixmap(self._logo)
        if pixmap.isNull():
            preview.setPixmap(QPixmap())
            preview.setText(self.tr("The image cannot be shown"))
        else:
            preview.setPixmap(
                pixmap.scaled(
                    preview.minimumSize(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        self.ui.logoPathLabel.setText(self._logo)

    def choose_logo(self) -> None:
        start = str(Path(self._logo).parent) if self._logo else ""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the logo"), start, self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if not path:
            return
        if QPixmap(path).isNull():
            QMessageBox.warning(
                self,
                self.tr("Not an image"),
                self.tr("{file} is not a PNG or JPEG image.").format(file=Path(path).name),
            )
            return
        self._logo = path
        self._show_logo()
        self._update_org_buttons()

    def clear_logo(self) -> None:
        self._logo = ""
        self._show_logo()
        self._update_org_buttons()

    def save_organisation(self) -> bool:
        if not self.org_dirty():
            return True
        form, stored = self._form(), self._stored()
        new_logo = form["logo_path"] if form["logo_path"] != stored["logo_path"] else None
        ok, org = self.session.call(
            self,
            organisation.set_organisation,
            name=form["name"],
            name_en=form["name_en"],
            doc_prefix=form["doc_prefix"],
            logo_path="" if new_logo == "" else None,
        )
        if ok and new_logo:
            # The chosen file is copied next to the database; the copy becomes the logo.
            ok, with_logo = self.session.call(self, organisation.import_logo, new_logo)
            org = with_logo or org
        if org is None:
            return False
        self.org = org
        self.session.changed.emit(SETTINGS)
        if ok:
            self._fill_org()
        else:
            self._update_org_buttons()  # the refused logo stays chosen, to be replaced
        return ok

    # --- data folder ------------------------------------------------------------------------

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.session.data_dir)))

    def _fill_backup_label(self) -> None:
        self.ui.lastBackupLabel.setText(
            self.tr("Last backup: {path}").format(path=self.last_backup) if self.last_backup else ""
        )

    def backup_now(self) -> None:
        suggested = str(self.session.data_dir / f"qa-backup-{date.today():%Y%m%d}.sqlite3")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Back up the database"), suggested, self.tr("SQLite database (*.sqlite3)")
        )
        if not path:
            return
        store = self.session.ctx.store
        self.ui.backupButton.setEnabled(False)

        def done(dest) -> None:
            self.ui.backupButton.setEnabled(True)
            self.last_backup = Path(dest)
            self._fill_backup_label()
            QMessageBox.information(
                self,
                self.tr("Backup made"),
                self.tr("The database was backed up to\n{path}").format(path=dest),
            )

        def failed(exc: Exception) -> None:
            self.ui.backupButton.setEnabled(True)
            self.session.refuse(self, str(exc))

        run_in_background(
            self,
            lambda task: maintenance.backup_to(store, Path(path)),
            title=self.tr("Backing up…"),
            on_done=done,
            on_error=failed,
            cancellable=False,
        )
