"""Home: who I am today, my audits and their checklists, the NC counters, what the plan wants next."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTableWidgetItem,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qa_desktop.domain.enums import AUDIT_STATUS_LABELS, GRADE_LABELS
from qa_desktop.services import home
from qa_desktop.services.home import HomeSummary

from ..forms.ui_home_view import Ui_HomeView
from ..session import ALL, ANSWERS, AUDITS, NCS, SETTINGS, AppSession

OVERDUE_RED = QColor("#b3261e")
RUN_ID_ROLE = Qt.ItemDataRole.UserRole
MOST_OVERDUE = 5


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

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = Ui_HomeView()
        self.ui.setupUi(self)
        self.summary: HomeSummary | None = None
        self._overdue_rows: tuple = ()
        title_font = QFont(self.ui.greetingLabel.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        self.ui.greetingLabel.setFont(title_font)
        self._open = _Counter(self.ui.openButton)
        self._overdue = _Counter(self.ui.overdueButton)
        self.ui.openButton.clicked.connect(lambda: self.show_ncs.emit("open"))
        self.ui.overdueButton.clicked.connect(lambda: self.show_ncs.emit("overdue"))
        self.ui.overdueList.itemActivated.connect(
            lambda item: self.open_nc.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        tree = self.ui.auditsTree
        tree.itemActivated.connect(self._activated)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(3, 150)
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

    def refresh(self) -> None:
        ok, summary = self.session.call(self, home.home_summary)
        if not ok:
            return
        ok, overdue = self.session.call(self, home.most_overdue_ncs, limit=MOST_OVERDUE)
        self.summary = summary
        self._overdue_rows = overdue if ok else ()
        self._fill()

    def _on_changed(self, kind: str) -> None:
        # A hidden page is brought up to date by activate() when it is shown again.
        if kind in (ALL, AUDITS, ANSWERS, NCS, SETTINGS) and self.isVisible():
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
        self._fill_overdue_list()
        self._fill_audits()
        self._fill_activities()

    def _fill_overdue_list(self) -> None:
        lst = self.ui.overdueList
        lst.clear()
        today = self.session.ctx.today()
        for row in self._overdue_rows:
            days = (today - row.due_date).days if row.due_date else 0
            facts = row.facts.splitlines()[0] if row.facts else ""
            text = self.tr("{number} · {grade} · {days} days late · {facts}").format(
                number=row.number,
                grade=self.session.label(GRADE_LABELS, row.grade),
                days=days,
                facts=facts,
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row.number)
            item.setToolTip(row.facts)
            item.setForeground(QBrush(OVERDUE_RED))
            lst.addItem(item)
        empty = not self._overdue_rows
        if empty:
            item = QListWidgetItem(self.tr("Nothing is overdue."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            lst.addItem(item)
        lst.setEnabled(not empty)

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
