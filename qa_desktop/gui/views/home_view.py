"""Home: who I am today, my audits and their checklists, the NC counters, what the plan wants
next, what is late or falls due this week — and, on a second tab, the year's NC statistics."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidgetItem,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qa_desktop.domain.enums import AUDIT_STATUS_LABELS, GRADE_LABELS
from qa_desktop.services import home, organisation, reminders
from qa_desktop.services.home import HomeSummary
from qa_desktop.services.reminders import DUE_SOON_DAYS, DueItems

from ..forms.ui_home_view import Ui_HomeView
from ..session import ALL, ANSWERS, AUDITS, NCS, PROGRAMME, REVIEWS, SETTINGS, AppSession
from .dashboard import DashboardView

OVERDUE_RED = QColor("#b3261e")
RUN_ID_ROLE = Qt.ItemDataRole.UserRole
NC_NUMBER_ROLE = Qt.ItemDataRole.UserRole  # on reminder rows: the NC (or review) to open
KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "nc", "action" or "review"


class _Counter:
    """A big number over a caption inside a push button (the whole card is clickable)."""

    def __init__(self, button: QPushButton) -> None:
        self.button = button
        layout = QVBoxLayout(button)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(0)
        self.number = QLabel(button)
        self.caption = QLabel(button)
        font = QFont(button.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.number.setFont(font)
        for label in (self.number, self.caption):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)

    def set(self, count: int, caption: str, alarm: bool = False) -> None:
        self.number.setText(str(count))
        self.caption.setText(caption)
        self.button.setAccessibleName(f"{count} {caption}")
        self.number.setStyleSheet(f"color: {OVERDUE_RED.name()};" if alarm else "")


class HomeView(QWidget):
    open_run = Signal(str)  # checklist run id
    open_nc = Signal(str)  # NC number
    show_ncs = Signal(str)  # a preset of the NC page: "open" or "overdue"
    open_review = Signal(str)  # management review number

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = Ui_HomeView()
        self.ui.setupUi(self)
        self.summary: HomeSummary | None = None
        self.due: DueItems | None = None
        title_font = QFont(self.ui.greetingLabel.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        self.ui.greetingLabel.setFont(title_font)
        self._open = _Counter(self.ui.openButton)
        self._overdue = _Counter(self.ui.overdueButton)
        self.ui.openButton.clicked.connect(lambda: self.show_ncs.emit("open"))
        self.ui.overdueButton.clicked.connect(lambda: self.show_ncs.emit("overdue"))
        for reminder_tree in (self.ui.overdueTree, self.ui.dueSoonTree):
            reminder_tree.itemActivated.connect(self._reminder_activated)
            h = reminder_tree.header()
            h.setStretchLastSection(False)
            for col in (0, 1, 4, 5):
                h.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
            h.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
            h.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
            h.resizeSection(3, 90)
        splitter = self.ui.todaySplitter
        # Half each: my audits needs room for its titles next to the progress bars, and the
        # reminders for their six columns; the user can move the handle.
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1000, 1000])  # scaled to the width it gets: an equal start
        self.dashboard = DashboardView(session, self.ui.dashboardTab)
        self.ui.dashboardLayout.addWidget(self.dashboard)
        self.ui.homeTabs.currentChanged.connect(self._tab_changed)
        tree = self.ui.auditsTree
        tree.itemActivated.connect(self._activated)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(3, 130)
        table = self.ui.activitiesTable
        table.verticalHeader().setVisible(False)
        h = table.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3, 4):
            h.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        session.changed.connect(self._on_changed)

    # --- page contract --------------------------------------------------------------------

    def activate(self) -> None:
        self.refresh()
        if self.ui.homeTabs.currentWidget() is self.ui.dashboardTab:
            self.dashboard.activate()

    def refresh(self) -> None:
        ok, summary = self.session.call(self, home.home_summary)
        if not ok:
            return
        self.summary = summary
        # Before the first organisation exists there is nothing to remind of (and no box to show).
        ok, org = self.session.call(self, organisation.get_organisation)
        self.due = None
        if ok and org is not None:
            ok, due = self.session.call(self, reminders.due_items)
            self.due = due if ok else None
        self._fill()

    def _tab_changed(self, _index: int) -> None:
        if self.ui.homeTabs.currentWidget() is self.ui.dashboardTab:
            self.dashboard.activate()

    def _on_changed(self, kind: str) -> None:
        # A hidden page is brought up to date by activate() when it is shown again.
        if kind in (ALL, AUDITS, ANSWERS, NCS, SETTINGS, REVIEWS, PROGRAMME) and self.isVisible():
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            if self.summary is not None:
                self._fill()
        super().changeEvent(event)

    # --- filling ---------------------------------------------------------------------------

    def _fill(self) -> None:
        s = self.summary
        today = self.session.ctx.today()
        self.ui.greetingLabel.setText(self.tr("Hello, {user}").format(user=s.user or "—"))
        self.ui.dateLabel.setText(
            QLocale().toString(
                QDate(today.year, today.month, today.day), QLocale.FormatType.LongFormat
            )
        )
        self._open.set(s.open_ncs, self.tr("open nonconformities"))
        self._overdue.set(
            s.overdue_ncs, self.tr("overdue nonconformities"), alarm=s.overdue_ncs > 0
        )
        self._fill_reminders()
        self._fill_audits()
        self._fill_activities()

    def _fill_reminders(self) -> None:
        due = self.due or DueItems((), (), (), ())
        overdue = due.count
        soon = len(due.due_soon_ncs) + len(due.due_soon_actions) + len(due.due_soon_review_actions)
        self.ui.overdueLabel.setText(self.tr("Ove&rdue ({count})").format(count=overdue))
        self.ui.dueSoonLabel.setText(
            self.tr("Due &within {days} days ({count})").format(days=DUE_SOON_DAYS, count=soon)
        )
        self._fill_reminder_tree(
            self.ui.overdueTree,
            due.overdue_ncs,
            due.overdue_actions,
            due.overdue_review_actions,
            self.tr("Nothing is overdue."),
        )
        self._fill_reminder_tree(
            self.ui.dueSoonTree,
            due.due_soon_ncs,
            due.due_soon_actions,
            due.due_soon_review_actions,
            self.tr("Nothing falls due in the next {days} days.").format(days=DUE_SOON_DAYS),
        )

    def _fill_reminder_tree(self, tree, ncs, actions, decisions, nothing: str) -> None:
        tree.clear()
        today = self.session.ctx.today()
        rows = []
        for r in ncs:
            facts = r.facts.splitlines()[0] if r.facts else ""
            cells = [
                r.number,
                self.session.label(GRADE_LABELS, r.grade),
                facts,
                r.department,
                r.due_date.isoformat(),
                "",
            ]
            rows.append(((r.due_date - today).days, r.number, 0, "nc", cells, r.facts))
        for a in actions:
            cells = [
                self.tr("{number} action {seq}").format(number=a.nc_number, seq=a.seq),
                "",
                a.description.splitlines()[0] if a.description else "",
                a.owner,
                a.due_date.isoformat(),
                "",
            ]
            rows.append((a.days_left, a.nc_number, a.seq, "action", cells, a.description))
        for d in decisions:
            cells = [
                self.tr("{number} decision {seq}").format(number=d.review_number, seq=d.seq),
                "",
                d.description.splitlines()[0] if d.description else "",
                d.owner,
                d.due_date.isoformat(),
                "",
            ]
            days_left = (d.due_date - today).days
            rows.append((days_left, d.review_number, d.seq, "review", cells, d.description))
        rows.sort(key=lambda row: row[:3])  # the latest first, then by number
        for days_left, number, _seq, kind, cells, tip in rows:
            cells[5] = self._days_text(days_left)
            item = QTreeWidgetItem(cells)
            item.setData(0, NC_NUMBER_ROLE, number)
            item.setData(0, KIND_ROLE, kind)
            item.setToolTip(2, tip)
            item.setToolTip(
                0, self.tr("Double-click or press Enter to open {number}").format(number=number)
            )
            if days_left < 0:
                for col in range(len(cells)):
                    item.setForeground(col, QBrush(OVERDUE_RED))
            tree.addTopLevelItem(item)
        if not rows:
            item = QTreeWidgetItem([nothing])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            item.setForeground(0, tree.palette().placeholderText())
            tree.addTopLevelItem(item)
            item.setFirstColumnSpanned(True)

    def _days_text(self, days_left: int) -> str:
        if days_left == 0:
            return self.tr("due today")
        if days_left == -1:
            return self.tr("1 day late")
        if days_left == 1:
            return self.tr("1 day left")
        if days_left < 0:
            return self.tr("{days} days late").format(days=-days_left)
        return self.tr("{days} days left").format(days=days_left)

    def _reminder_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        number = item.data(0, NC_NUMBER_ROLE)
        if number and item.data(0, KIND_ROLE) == "review":
            self.open_review.emit(number)
        elif number:
            self.open_nc.emit(number)

    def _fill_audits(self) -> None:
        tree = self.ui.auditsTree
        tree.clear()
        roles = {"lead": self.tr("Lead auditor"), "auditor": self.tr("Auditor")}
        bold = QFont(tree.font())
        bold.setBold(True)
        for audit in self.summary.my_audits:
            top = QTreeWidgetItem(
                [
                    f"{audit.number}  {audit.title}",
                    roles.get(audit.role, audit.role),
                    "",
                    "",
                    self.session.label(AUDIT_STATUS_LABELS, audit.status),
                ]
            )
            top.setFont(0, bold)
            top.setToolTip(0, audit.title)
            tree.addTopLevelItem(top)
            for run in audit.runs:
                child = QTreeWidgetItem(
                    [run.title, run.department, run.auditor, "", self._run_state(run)]
                )
                child.setData(0, RUN_ID_ROLE, run.id)
                child.setToolTip(
                    0,
                    self.tr("{template} {version} — double-click to continue").format(
                        template=run.template_code, version=run.template_version
                    ),
                )
                top.addChild(child)
                bar = QProgressBar()
                bar.setRange(0, max(run.total, 1))
                bar.setValue(run.answered)
                bar.setFormat(self.tr("%v of %m answered"))
                bar.setMaximumHeight(tree.fontMetrics().height() + 4)
                tree.setItemWidget(child, 3, bar)
            top.setExpanded(True)
        has = bool(self.summary.my_audits)
        tree.setVisible(has)
        self.ui.noAuditsLabel.setVisible(not has)

    def _run_state(self, run) -> str:
        if run.total and run.answered >= run.total:
            return self.tr("Complete")
        if run.answered:
            return self.tr("In progress")
        return self.tr("Not started")

    def _state_text(self, state: str) -> str:
        return {
            "done": self.tr("Done"),
            "cancelled": self.tr("Cancelled"),
            "due": self.tr("Due now"),
            "overdue": self.tr("Overdue"),
            "upcoming": self.tr("Upcoming"),
        }.get(state, state)

    def _fill_activities(self) -> None:
        s = self.summary
        box, table = self.ui.activitiesBox, self.ui.activitiesTable
        if s.programme_year is None:
            box.setTitle(self.tr("Next activities of the year's programme"))
        else:
            box.setTitle(
                self.tr("Next activities of the {year} programme").format(year=s.programme_year)
            )
        english = self.session.language.startswith("en")
        locale = QLocale()
        table.setRowCount(len(s.next_activities))
        bold = QFont(table.font())
        bold.setBold(True)
        for row, a in enumerate(s.next_activities):
            name = a.name_en if english and a.name_en else a.name
            months = locale.createSeparatedList(
                [locale.monthName(m, QLocale.FormatType.ShortFormat) for m in a.planned_months]
            )
            responsible = a.owner or a.responsible_role
            cells = [name, responsible, months, a.output_document, self._state_text(a.state)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if a.state == "overdue":
                    item.setForeground(QBrush(OVERDUE_RED))
                    if col == 4:
                        item.setFont(bold)
                table.setItem(row, col, item)
        table.resizeRowsToContents()
        has = bool(s.next_activities)
        table.setVisible(has)
        self.ui.noActivitiesLabel.setVisible(not has)
        self.ui.noActivitiesLabel.setText(
            self.tr("No programme has been set up yet.")
            if s.programme_year is None
            else self.tr("Every activity of the programme is done.")
        )

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        run_id = item.data(0, RUN_ID_ROLE)
        if run_id:  # an audit row only folds (the tree does that itself)
            self.open_run.emit(run_id)
