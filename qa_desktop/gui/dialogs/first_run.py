"""The first start on a new data folder: who you are, and your company or the demo year."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ..forms.ui_first_run_dialog import Ui_FirstRunDialog

DEMO_USER = "王海燕"


class FirstRunDialog(QDialog):
    def __init__(self, folder: str, user: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstRunDialog()
        self.ui.setupUi(self)
        self.ui.folderLabel.setText(folder)
        self.ui.userEdit.setText(user)
        self.ui.userEdit.textChanged.connect(self._update)
        self.ui.companyEdit.textChanged.connect(self._update)
        self._typed_user = user
        self.ui.demoCheck.toggled.connect(self._demo_toggled)
        self.ui.demoCheck.toggled.connect(self._update)
        self._update()

    def _demo_toggled(self, on: bool) -> None:
        # The demo year's quality manager, so "my audits" has something to show.
        if on:
            self._typed_user = self.ui.userEdit.text()
            self.ui.userEdit.setText(DEMO_USER)
        elif self.ui.userEdit.text() == DEMO_USER:
            self.ui.userEdit.setText(self._typed_user)

    def _update(self) -> None:
        demo = self.ui.demoCheck.isChecked()
        self.ui.companyEdit.setEnabled(not demo)
        ok = bool(self.user()) and (demo or bool(self.company()))
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def user(self) -> str:
        return self.ui.userEdit.text().strip()

    def company(self) -> str:
        return self.ui.companyEdit.text().strip()

    def wants_demo(self) -> bool:
        return self.ui.demoCheck.isChecked()
