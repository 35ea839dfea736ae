"""The workflow buttons of one nonconformity.

Every transition whose from-state is the NC's state gets a button (nc_workflow.TRANSITIONS).
A transition whose guards fail is disabled, with the reasons as its tooltip, so the user sees
both what comes next and what is missing. Guards about the input a step asks for (a reason,
a verifier) are not reasons to disable: the step's dialog asks for them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from qa_desktop.domain import nc_workflow as wf
from qa_desktop.domain.enums import NC_STATUS_LABELS, ActionStatus, NcStatus
from qa_desktop.services.nonconformities import FINAL, NcView

from ..session import AppSession
from .nc_common import day, html

# The step that moves the NC forward on the main path (domain.md §2): shown first and bold,
# and the one the "Why can't I…?" note explains.
MAIN_NEXT: dict[str, wf.Transition] = {
    NcStatus.DRAFT: wf.Transition.ISSUE,
    NcStatus.ISSUED: wf.Transition.ACKNOWLEDGE,
    NcStatus.DISPUTED: wf.Transition.RESOLVE_DISPUTE,
    NcStatus.ACKNOWLEDGED: wf.Transition.SUBMIT_PLAN,
    NcStatus.PLAN_SUBMITTED: wf.Transition.APPROVE_PLAN,
    NcStatus.PLAN_REJECTED: wf.Transition.SUBMIT_PLAN,
    NcStatus.PLAN_APPROVED: wf.Transition.START,
    NcStatus.IN_PROGRESS: wf.Transition.REQUEST_VERIFICATION,
    NcStatus.PENDING_VERIFICATION: wf.Transition.VERIFY_EFFECTIVE,
    NcStatus.VERIFIED: wf.Transition.CLOSE,
    NcStatus.REOPENED: wf.Transition.SUBMIT_PLAN,
    NcStatus.TRACKING: wf.Transition.CLOSE,
}
# Blockers about what the transition dialog asks for, not about the record.
INPUT_BLOCKERS = frozenset(
    {
        "wrong_state",
        "reason_required",
        "acknowledged_by_required",
        "verifier_required",
        "verifier_is_owner",
        "method_required",
    }
)


def offered(nc: NcView) -> list[wf.Transition]:
    """The transitions that start from the NC's state, the main step first."""
    status = NcStatus(nc.status)
    main = MAIN_NEXT.get(status)
    order = list(wf.Transition)
    found = [t for t, (sources, _target) in wf.TRANSITIONS.items() if status in sources]
    return sorted(found, key=lambda t: (t != main, order.index(t)))


def blockers(nc: NcView, t: wf.Transition) -> list[wf.Blocker]:
    """Why the record does not allow `t` now (empty when it does)."""
    if t.value in nc.allowed:
        return []
    return [b for b in nc.blockers.get(t.value, ()) if b.code not in INPUT_BLOCKERS]


def reasons(nc: NcView, t: wf.Transition, lang: str) -> list[str]:
    return [b.message(lang) for b in blockers(nc, t)]


class WorkflowBar(QObject):
    requested = Signal(str)  # the transition chosen

    def __init__(self, session: AppSession, host: QWidget, layout: QHBoxLayout) -> None:
        super().__init__(host)
        self.session = session
        self.host = host
        self._layout = layout
        self.buttons: dict[str, QPushButton] = {}

    def show_nc(self, nc: NcView) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.widget():
                item.widget().hide()  # gone now, not at the next event-loop turn
                item.widget().deleteLater()
        self.buttons = {}
        lang = self.session.language
        label = self.session.label
        main = MAIN_NEXT.get(NcStatus(nc.status))
        for t in offered(nc):
            button = QPushButton(label(wf.TRANSITION_LABELS, t), self.host)
            button.setObjectName(f"transition_{t.value}")
            button.setProperty("transition", t.value)
            why = blockers(nc, t)
            target = label(NC_STATUS_LABELS, wf.TRANSITIONS[t][1])
            if why:
                button.setEnabled(False)
                button.setToolTip(self._blocked_tip(nc, why, lang))
            else:
                button.setToolTip(self.tr("Changes the status to “{status}”").format(status=target))
            if t == main:
                font = QFont(button.font())
                font.setBold(True)
                button.setFont(font)
            button.clicked.connect(lambda _checked=False, tt=t: self.requested.emit(tt.value))
            self._layout.addWidget(button)
            button.setVisible(True)  # a layout shows it only later when the pane is visible
            self.buttons[t.value] = button

    def _blocked_tip(self, nc: NcView, why: list[wf.Blocker], lang: str) -> str:
        lines = [self.tr("Not possible yet:")]
        for b in why:
            lines.append(f"• {b.message(lang)}")
            if b.code == "actions_not_done":
                # Name the actions still open: that is what the user has to chase.
                for a in nc.actions:
                    if a.status in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS):
                        lines.append(
                            "    "
                            + self.tr("{seq}. {action} — {owner}, due {due}").format(
                                seq=a.seq,
                                action=a.description,
                                owner=a.owner or "—",
                                due=day(a.due_date),
                            )
                        )
        return "\n".join(lines)

    def explanation(self, nc: NcView) -> str:
        """Rich text: why the main step is blocked, or that the NC is finished; else empty."""
        lang = self.session.language
        main = MAIN_NEXT.get(NcStatus(nc.status))
        if main is not None:
            why = reasons(nc, main, lang)
            if why:
                items = "".join(f"<li>{html(line)}</li>" for line in why)
                title = self.tr("Why can't I “{action}”?").format(
                    action=html(self.session.label(wf.TRANSITION_LABELS, main))
                )
                return f"<b>{title}</b><ul style='margin: 0'>{items}</ul>"
        if NcStatus(nc.status) in FINAL and not nc.allowed:
            return html(self.tr("This nonconformity is finished; no further step."))
        return ""
