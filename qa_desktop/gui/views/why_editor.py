"""The 5-why editor: an ordered list of "why?" steps the user adds, removes and reorders.

Each step is a line edit, so what is typed counts as an edit at once (the form's unsaved
state never misses a half-typed step). Keyboard, inside a step:
  Enter            a new step after this one
  Alt+Up/Alt+Down  move this step up or down
  Ctrl+Delete      remove this step (Backspace does it too on an empty step)
  Up/Down          the previous or next step
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


class _Step(QWidget):
    def __init__(self, editor: WhyEditor) -> None:
        super().__init__(editor)
        self.label = QLabel(self)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("whyStepEdit")
        self.up = QToolButton(self)
        self.down = QToolButton(self)
        self.remove = QToolButton(self)
        style = self.style()
        self.up.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp))
        self.down.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown))
        self.remove.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_DialogDiscardButton))
        for button in (self.up, self.down, self.remove):
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys do this from the step
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.up)
        layout.addWidget(self.down)
        layout.addWidget(self.remove)


class WhyEditor(QWidget):
    changed = Signal()  # a step was typed, added, removed or moved
    rows_changed = Signal()  # rows were added or removed (the tab order needs them)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._steps: list[_Step] = []
        self._read_only = False
        self._rows = QVBoxLayout()
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.setSpacing(2)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addWhyButton")
        self.add_button.clicked.connect(lambda: self.insert_step(len(self._steps)))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(self._rows)
        layout.addLayout(buttons)
        self.set_steps([])
        self.retranslate()

    # --- contents --------------------------------------------------------------------------

    def steps(self) -> list[str]:
        """The non-empty steps, in order (what is saved)."""
        return [s.edit.text().strip() for s in self._steps if s.edit.text().strip()]

    def texts(self) -> list[str]:
        """Every row as typed, empty ones included."""
        return [s.edit.text() for s in self._steps]

    def set_steps(self, steps) -> None:
        """Show these steps (plus an empty one to type into when there are none)."""
        steps = list(steps) or [""]
        while len(self._steps) > len(steps):
            self._drop(len(self._steps) - 1)
        while len(self._steps) < len(steps):
            self._make(len(self._steps))
        for step, text in zip(self._steps, steps, strict=True):
            step.edit.blockSignals(True)
            step.edit.setText(text)
            step.edit.blockSignals(False)
        self._renumber()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for s in self._steps:
            s.edit.setReadOnly(read_only)
        self._update_buttons()

    def edits(self) -> list[QLineEdit]:
        return [s.edit for s in self._steps]

    def focus_chain(self) -> list[QWidget]:
        """The widgets Tab visits, in order (the form puts them between its other fields)."""
        return [*self.edits(), self.add_button]

    # --- editing ---------------------------------------------------------------------------

    def insert_step(self, index: int, text: str = "") -> QLineEdit | None:
        if self._read_only:
            return None
        index = max(0, min(index, len(self._steps)))
        step = self._make(index)
        step.edit.setText(text)
        self._renumber()
        step.edit.setFocus()
        self.changed.emit()
        return step.edit

    def remove_step(self, index: int) -> None:
        if self._read_only or not 0 <= index < len(self._steps):
            return
        if len(self._steps) == 1:
            # The last row stays, emptied: there is always somewhere to type.
            self._steps[0].edit.clear()
            return
        self._drop(index)
        self._renumber()
        self._steps[max(index - 1, 0)].edit.setFocus()
        self.changed.emit()

    def move_step(self, index: int, delta: int) -> None:
        target = index + delta
        if self._read_only or not (
            0 <= index < len(self._steps) and 0 <= target < len(self._steps)
        ):
            return
        a, b = self._steps[index].edit, self._steps[target].edit
        text_a, text_b = a.text(), b.text()
        for edit, text in ((a, text_b), (b, text_a)):
            edit.blockSignals(True)
            edit.setText(text)
            edit.blockSignals(False)
        b.setFocus()
        b.setCursorPosition(len(b.text()))
        self._update_buttons()
        self.changed.emit()

    # --- rows ------------------------------------------------------------------------------

    def _make(self, index: int) -> _Step:
        step = _Step(self)
        step.edit.setReadOnly(self._read_only)
        step.edit.textChanged.connect(self._edited)
        step.edit.installEventFilter(self)
        step.up.clicked.connect(lambda: self.move_step(self._index(step), -1))
        step.down.clicked.connect(lambda: self.move_step(self._index(step), 1))
        step.remove.clicked.connect(lambda: self.remove_step(self._index(step)))
        self._label_step(step)
        self._steps.insert(index, step)
        self._rows.insertWidget(index, step)
        self.rows_changed.emit()
        return step

    def _drop(self, index: int) -> None:
        step = self._steps.pop(index)
        self._rows.removeWidget(step)
        step.hide()
        step.deleteLater()
        self.rows_changed.emit()

    def _index(self, step: _Step) -> int:
        return self._steps.index(step)

    def _edited(self) -> None:
        self._update_buttons()
        self.changed.emit()

    def _renumber(self) -> None:
        for n, step in enumerate(self._steps, start=1):
            step.label.setText(self.tr("Why {n}?").format(n=n))
        self._update_buttons()

    def _update_buttons(self) -> None:
        last = len(self._steps) - 1
        for i, s in enumerate(self._steps):
            s.up.setEnabled(not self._read_only and i > 0)
            s.down.setEnabled(not self._read_only and i < last)
            s.remove.setEnabled(not self._read_only and (last > 0 or bool(s.edit.text())))
        self.add_button.setEnabled(not self._read_only)

    # --- keyboard --------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(watched, QLineEdit):
            index = next((i for i, s in enumerate(self._steps) if s.edit is watched), -1)
            if index >= 0 and self._key(index, event):
                return True
        return super().eventFilter(watched, event)

    def _key(self, index: int, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers()
        alt = mods & Qt.KeyboardModifier.AltModifier
        ctrl = mods & Qt.KeyboardModifier.ControlModifier
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (alt or ctrl):
            self.insert_step(index + 1)
            return True
        if alt and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_step(index, -1 if key == Qt.Key.Key_Up else 1)
            return True
        if (ctrl and key == Qt.Key.Key_Delete) or (
            key == Qt.Key.Key_Backspace and not self._steps[index].edit.text()
        ):
            self.remove_step(index)
            return True
        if not (alt or ctrl) and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            target = index + (-1 if key == Qt.Key.Key_Up else 1)
            if 0 <= target < len(self._steps):
                self._steps[target].edit.setFocus()
            return True
        return False

    # --- language --------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Add a why"))
        self.add_button.setToolTip(
            self.tr("Add another “why?” at the end (Enter in a step adds one after it)")
        )
        for s in self._steps:
            self._label_step(s)
        self._renumber()

    def _label_step(self, step: _Step) -> None:
        step.edit.setToolTip(
            self.tr("Enter: new step after this one · Alt+Up/Down: move · Ctrl+Delete: remove")
        )
        step.edit.setPlaceholderText(self.tr("Why did it happen?"))
        step.up.setToolTip(self.tr("Move up (Alt+Up)"))
        step.down.setToolTip(self.tr("Move down (Alt+Down)"))
        step.remove.setToolTip(self.tr("Remove this step (Ctrl+Delete)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
