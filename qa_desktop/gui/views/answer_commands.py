"""Undo for checklist answers.

An answer is saved the moment it is given, so undo cannot just forget it: each command
remembers the fields it changed (before and after) and undoing saves the "before" values
again through the same service call. A result going back to "unanswered" clears the answer.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand

# Commands that may merge share this id (QUndoCommand.id() == -1 means "never merge").
_MERGEABLE_ID = 0x5E7


class AnswerTarget(Protocol):
    def apply_answer(self, response_id: str, values: dict[str, Any]) -> bool:
        """Save these values for that answer and show them; False when refused."""
        ...


class AnswerCommand(QUndoCommand):
    """One change of one answer: a result, or a batch of typed fields.

    The change is already saved when the command is pushed, so the first redo() does
    nothing. `edit_session` groups text edits: successive saves of the same fields while
    the auditor keeps typing in the same field become one undo step.
    """

    def __init__(
        self,
        target: AnswerTarget,
        response_id: str,
        before: dict[str, Any],
        after: dict[str, Any],
        text: str,
        edit_session: int | None = None,
    ) -> None:
        super().__init__(text)
        self.target = target
        self.response_id = response_id
        self.before = dict(before)
        self.after = dict(after)
        self.edit_session = edit_session
        self._done = True  # pushed after saving

    def id(self) -> int:
        return _MERGEABLE_ID if self.edit_session is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, AnswerCommand)
            and other.response_id == self.response_id
            and other.edit_session == self.edit_session
            and set(other.after) == set(self.after)
        ):
            return False
        self.after = dict(other.after)
        if self.after == self.before:
            self.setObsolete(True)  # typed and typed back: nothing left to undo
        return True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        if not self.target.apply_answer(self.response_id, self.after):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self.target.apply_answer(self.response_id, self.before):
            # Refused (e.g. the audit has been reported since): the step cannot be replayed.
            self.setObsolete(True)
