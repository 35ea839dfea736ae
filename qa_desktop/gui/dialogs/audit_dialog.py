"""Plan a new audit or change one: scope, team, dates, and the checklists to start.

Independence (ISO 9001 9.2.2 c: auditors do not audit their own work) is checked live as the
lead, team and departments change. It does not block: a small company may have to accept it,
but the warning stays visible and is asked about once more on save.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QEvent, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QTableWidgetItem,
    QWidget,
)

from qa_desktop.domain.audit_workflow import ANSWERABLE
from qa_desktop.domain.enums import PROCESS_LABELS, AuditStatus, Role
from qa_desktop.services import audits, checklists, organisation, templates
from qa_desktop.services.audits import AuditView
from qa_desktop.services.checklists import RunSummary
from qa_desktop.services.context import ServiceError
from qa_desktop.services.organisation import PersonView
from qa_desktop.services.templates import TemplateSummary

from ..forms.ui_audit_dialog import Ui_AuditDialog
from ..session import AUDITS, AppSession

AUDITOR_ROLES = {Role.AUDITOR.value, Role.QUALITY_MANAGER.value}
ID_ROLE = Qt.ItemDataRole.UserRole

WARNING_STYLE = (
    "QLabel { background: #fff4ce; color: #5c3c00; border: 1px solid #e3b341;"
    " border-radius: 3px; padding: 6px; }"
)
ERROR_STYLE = "QLabel { color: #b00020; font-weight: bold; }"


def version_key(version: str) -> tuple:
    """Version 1.10 sorts after 1.9; parts that are not numbers sort after numbers, as text."""
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in version.split("."))


def to_qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def from_qdate(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


def to_qdatetime(moment: datetime) -> QDateTime:
    local = moment.astimezone()  # shown in the auditor's local time
    return QDateTime(to_qdate(local.date()), QTime(local.hour, local.minute))


def from_qdatetime(moment: QDateTime) -> datetime:
    d, t = moment.date(), moment.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()).astimezone()


@dataclass
class _RunRow:
    """One row of the checklists table: a started run, or a (process, department) pair."""

    process: str
    department_id: str
    department: str
    existing: RunSummary | None = None
    template: QComboBox | None = None
    auditor: QComboBox | None = None
    include: QCheckBox | None = None


class AuditDialog(QDialog):
    def __init__(
        self, session: AppSession, audit_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.audit_id = audit_id
        self.ui = Ui_AuditDialog()
        self.ui.setupUi(self)
        ctx = session.ctx
        self._audit: AuditView | None = audits.get_audit(ctx, audit_id) if audit_id else None
        self._departments = organisation.list_departments(ctx)
        self._people = organisation.list_people(ctx)
        self._templates = templates.list_templates(ctx)
        self._runs: list[RunSummary] = checklists.list_runs(ctx, audit_id) if audit_id else []
        self._auditors = self._auditor_choices()
        self._warnings: list[str] = []  # bilingual service messages
        self._tried_save = False
        # User choices per (process, department) survive rebuilding the checklists table.
        self._choices: dict[tuple[str, str], tuple[tuple | None, str | None, bool]] = {}
        self._rows: list[_RunRow] = []
        self._process_checks: dict[str, QCheckBox] = {}

        self.ui.warningLabel.setStyleSheet(WARNING_STYLE)
        self.ui.warningLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.ui.warningLabel.hide()
        self.ui.errorLabel.setStyleSheet(ERROR_STYLE)
        self.ui.errorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.ui.errorLabel.hide()
        self.ui.objectivesEdit.setMinimumHeight(70)
        self.ui.runsTable.setColumnCount(5)
        header = self.ui.runsTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # Combo boxes in cells do not size their column: give the auditor and include room.
        for column, width in ((3, 140), (4, 130)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, width)

        self._build_processes()
        self._fill_departments()
        self._fill_lead()
        self._fill_team()
        self._load_values()
        self._retranslate_code()
        self._connect()
        self._lead_changed()  # team list, run auditors, independence
        self._rebuild_runs()
        self.ui.tabs.setCurrentIndex(0)
        self.ui.titleEdit.setFocus()

    # --- set-up ----------------------------------------------------------------------------

    def _auditor_choices(self) -> list[PersonView]:
        """Active auditors and quality managers, plus whoever this audit already names."""
        named = set()
        if self._audit:
            named = {r.id for r in self._audit.team}
            if self._audit.lead_auditor:
                named.add(self._audit.lead_auditor.id)
        return [
            p
            for p in self._people
            if p.id in named or (p.active and AUDITOR_ROLES.intersection(p.roles))
        ]

    def _process_codes(self) -> list[str]:
        codes = list(PROCESS_LABELS)
        extra = {t.process for t in self._templates} | set(
            self._audit.scope_processes if self._audit else ()
        )
        codes += sorted(extra - set(codes))
        return codes

    def _process_label(self, code: str) -> str:
        if code in PROCESS_LABELS:
            return self.session.label(PROCESS_LABELS, code)
        english = self.session.language.startswith("en")
        for t in self._templates:
            if t.process == code:
                return (t.title_en or t.title) if english else t.title
        return code

    def _build_processes(self) -> None:
        layout = self.ui.processGroup.layout()
        previous: QWidget = self.ui.tabs
        for code in self._process_codes():
            check = QCheckBox(self.ui.processGroup)
            check.setObjectName(f"process_{code}")
            layout.addWidget(check)
            self._process_checks[code] = check
            QWidget.setTabOrder(previous, check)
            previous = check
        QWidget.setTabOrder(previous, self.ui.departmentList)

    def _person_text(self, p: PersonView) -> str:
        return f"{p.name} ({p.department})" if p.department else p.name

    def _fill_departments(self) -> None:
        for d in self._departments:
            item = QListWidgetItem(d.name, self.ui.departmentList)
            item.setData(ID_ROLE, d.id)
            if d.name_en:
                item.setToolTip(d.name_en)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)

    def _fill_lead(self) -> None:
        combo = self.ui.leadCombo
        # The service cannot remove a lead once named, so "none" is offered only until then.
        if not (self._audit and self._audit.lead_auditor):
            combo.addItem("", None)
        for p in self._auditors:
            combo.addItem(self._person_text(p), p.id)

    def _fill_team(self) -> None:
        for p in self._auditors:
            item = QListWidgetItem(self._person_text(p), self.ui.teamList)
            item.setData(ID_ROLE, p.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)

    def _load_values(self) -> None:
        ui, a = self.ui, self._audit
        today = self.session.ctx.today()
        start = (a.planned_start if a else None) or today
        end = (a.planned_end if a else None) or max(start, today) + timedelta(days=2)
        ui.startEdit.setDate(to_qdate(start))
        ui.endEdit.setDate(to_qdate(end))
        ui.openingEdit.setDateTime(
            to_qdatetime(a.opening_meeting_at)
            if a and a.opening_meeting_at
            else QDateTime(to_qdate(start), QTime(9, 0))
        )
        ui.closingEdit.setDateTime(
            to_qdatetime(a.closing_meeting_at)
            if a and a.closing_meeting_at
            else QDateTime(to_qdate(end), QTime(17, 0))
        )
        self._start_prev, self._end_prev = ui.startEdit.date(), ui.endEdit.date()
        if a is None:
            ui.generalForm.setRowVisible(ui.conclusionEdit, False)  # nothing to conclude yet
            me = self.session.ctx.actor
            for p in self._auditors:
                if p.name == me:
                    ui.leadCombo.setCurrentIndex(ui.leadCombo.findData(p.id))
            return
        ui.titleEdit.setText(a.title)
        ui.objectivesEdit.setPlainText(a.objectives)
        ui.criteriaEdit.setPlainText(a.criteria)
        ui.clientEdit.setText(a.client)
        ui.methodEdit.setPlainText(a.method)
        ui.locationsEdit.setText(a.locations)
        ui.conclusionEdit.setPlainText(a.conclusion)
        for code in a.scope_processes:
            self._process_checks[code].setChecked(True)
        self._check_ids(ui.departmentList, {d.id for d in a.scope_departments})
        if a.lead_auditor:
            ui.leadCombo.setCurrentIndex(ui.leadCombo.findData(a.lead_auditor.id))
        self._check_ids(ui.teamList, {t.id for t in a.team})
        # What has a started checklist stays in scope: its answers belong to it.
        for run in self._runs:
            if run.process in self._process_checks:
                check = self._process_checks[run.process]
                check.setChecked(True)
                check.setEnabled(False)
                check.setToolTip(self.tr("A checklist of this process has been started"))
        started = {run.department_id for run in self._runs}
        for i in range(ui.departmentList.count()):
            item = ui.departmentList.item(i)
            if item.data(ID_ROLE) in started:
                item.setCheckState(Qt.CheckState.Checked)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(self.tr("A checklist has been started for this department"))

    @staticmethod
    def _check_ids(widget: QListWidget, ids: set[str]) -> None:
        for i in range(widget.count()):
            item = widget.item(i)
            if item.data(ID_ROLE) in ids:
                item.setCheckState(Qt.CheckState.Checked)

    def _connect(self) -> None:
        ui = self.ui
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        for check in self._process_checks.values():
            check.toggled.connect(self._scope_changed)
        ui.departmentList.itemChanged.connect(self._scope_changed)
        ui.leadCombo.currentIndexChanged.connect(self._lead_changed)
        ui.teamList.itemChanged.connect(self._team_changed)
        ui.startEdit.dateChanged.connect(self._start_changed)
        ui.endEdit.dateChanged.connect(self._end_changed)
        ui.titleEdit.textChanged.connect(self._revalidate)

    # --- reading the form ------------------------------------------------------------------

    def _stored_order(self, chosen: list[str], stored: list[str]) -> list[str]:
        # Saving an unchanged plan must not reshuffle its scope: kept entries stay in their
        # stored order, new ones follow in the order of the form.
        return [x for x in stored if x in chosen] + [x for x in chosen if x not in stored]

    def processes(self) -> list[str]:
        chosen = [code for code, check in self._process_checks.items() if check.isChecked()]
        return self._stored_order(chosen, list(self._audit.scope_processes) if self._audit else [])

    @staticmethod
    def _checked(widget: QListWidget) -> list[QListWidgetItem]:
        return [
            widget.item(i)
            for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked
        ]

    def department_ids(self) -> list[str]:
        chosen = [item.data(ID_ROLE) for item in self._checked(self.ui.departmentList)]
        stored = [d.id for d in self._audit.scope_departments] if self._audit else []
        return self._stored_order(chosen, stored)

    def lead_id(self) -> str | None:
        return self.ui.leadCombo.currentData()

    def team_ids(self) -> list[str]:
        lead = self.lead_id()
        chosen = [
            item.data(ID_ROLE)
            for item in self._checked(self.ui.teamList)
            if item.data(ID_ROLE) != lead
        ]
        return self._stored_order(chosen, [t.id for t in self._audit.team] if self._audit else [])

    def warnings(self) -> list[str]:
        """The independence warnings shown now, in the current language."""
        return [self.session.text(w) for w in self._warnings]

    # --- live reactions --------------------------------------------------------------------

    def _lead_changed(self) -> None:
        lead = self.lead_id()
        team = self.ui.teamList
        team.blockSignals(True)
        for i in range(team.count()):
            item = team.item(i)
            is_lead = item.data(ID_ROLE) == lead
            if is_lead:
                item.setCheckState(Qt.CheckState.Unchecked)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(self.tr("The lead auditor"))
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip("")
        team.blockSignals(False)
        self._team_changed()

    def _team_changed(self) -> None:
        self._refresh_auditor_combos()
        self._check_independence()

    def _scope_changed(self) -> None:
        self._rebuild_runs()
        self._check_independence()
        self._revalidate()

    def _start_changed(self, new: QDate) -> None:
        # The end keeps the audit's length, and meetings on the old first/last day move along.
        old, end = self._start_prev, self.ui.endEdit.date()
        if end >= old and new > end:
            self.ui.endEdit.setDate(new.addDays(old.daysTo(end)))
        self._move_meeting(self.ui.openingEdit, old, new)
        self._start_prev = new
        self._revalidate()

    def _end_changed(self, new: QDate) -> None:
        self._move_meeting(self.ui.closingEdit, self._end_prev, new)
        self._end_prev = new
        self._revalidate()

    @staticmethod
    def _move_meeting(edit, old: QDate, new: QDate) -> None:
        if edit.date() == old:
            edit.setDateTime(QDateTime(new, edit.time()))

    def _check_independence(self) -> None:
        auditors = [a for a in [self.lead_id(), *self.team_ids()] if a]
        try:
            self._warnings = audits.check_independence(
                self.session.ctx, auditors, self.department_ids()
            )
        except ServiceError:
            self._warnings = []
        self._show_warnings()

    def _show_warnings(self) -> None:
        label = self.ui.warningLabel
        if not self._warnings:
            label.hide()
            label.clear()
            return
        lines = [self.tr("Auditor independence:")]
        lines += [f"• {w}" for w in self.warnings()]
        label.setText("\n".join(lines))
        label.show()

    # --- the checklists table --------------------------------------------------------------

    def _answerable(self) -> bool:
        return self._audit is None or AuditStatus(self._audit.status) in ANSWERABLE

    def _remember_choices(self) -> None:
        for row in self._rows:
            if row.existing is None and row.template is not None:
                self._choices[(row.process, row.department_id)] = (
                    row.template.currentData(),
                    row.auditor.currentData() if row.auditor else None,
                    row.include.isChecked(),
                )

    def _rebuild_runs(self) -> None:
        self._remember_choices()
        names = {d.id: d.name for d in self._departments}
        rows = [_RunRow(r.process, r.department_id, r.department, existing=r) for r in self._runs]
        covered = {(r.process, r.department_id) for r in self._runs}
        if self._answerable():
            for dept_id in self.department_ids():
                for code in self.processes():
                    if (code, dept_id) not in covered:
                        rows.append(_RunRow(code, dept_id, names.get(dept_id, "")))
        table = self.ui.runsTable
        table.setRowCount(0)
        table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            process = QTableWidgetItem(row.process)
            process.setToolTip(self._process_label(row.process))
            table.setItem(i, 0, process)
            table.setItem(i, 1, QTableWidgetItem(row.department))
            if row.existing:
                self._fill_started_row(i, row)
            else:
                self._fill_new_row(i, row)
        self._rows = rows
        self._refresh_auditor_combos()
        self._update_runs_summary()

    def _fill_started_row(self, i: int, row: _RunRow) -> None:
        r = row.existing
        table = self.ui.runsTable
        table.setItem(i, 2, QTableWidgetItem(f"{r.template_code} v{r.template_version} {r.title}"))
        table.setItem(i, 3, QTableWidgetItem(r.auditor))
        started = QTableWidgetItem(
            self.tr("Started ({answered}/{total})").format(answered=r.answered, total=r.total)
        )
        started.setToolTip(self.tr("Already started: its answers are kept"))
        table.setItem(i, 4, started)

    def _fill_new_row(self, i: int, row: _RunRow) -> None:
        table = self.ui.runsTable
        chosen_tpl, chosen_auditor, include = self._choices.get(
            (row.process, row.department_id), (None, None, True)
        )
        combo = QComboBox()
        for t in self._templates_for(row.process):
            combo.addItem(f"{t.code} v{t.version} {self._template_title(t)}", (t.code, t.version))
        if chosen_tpl is not None and combo.findData(chosen_tpl) >= 0:
            combo.setCurrentIndex(combo.findData(chosen_tpl))
        auditor = QComboBox()
        auditor.setProperty("chosen", chosen_auditor)
        check = QCheckBox(self.tr("Start"))
        check.setToolTip(self.tr("Start this checklist when the audit is saved"))
        if combo.count() == 0:
            combo.addItem(self.tr("No template for this process"), None)
            combo.setEnabled(False)
            include = False
            check.setEnabled(False)
        check.setChecked(include)
        check.toggled.connect(self._update_runs_summary)
        holder = QWidget()
        layout = QHBoxLayout(holder)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.addWidget(check)
        table.setCellWidget(i, 2, combo)
        table.setCellWidget(i, 3, auditor)
        table.setCellWidget(i, 4, holder)
        row.template, row.auditor, row.include = combo, auditor, check

    def _templates_for(self, process: str) -> list[TemplateSummary]:
        """The process's templates; the one named like the process first, newest version first."""
        mine = [t for t in self._templates if t.process == process]
        mine.sort(key=lambda t: version_key(t.version), reverse=True)
        mine.sort(key=lambda t: (t.code != process, t.code))
        return mine

    def _template_title(self, t: TemplateSummary) -> str:
        return (t.title_en or t.title) if self.session.language.startswith("en") else t.title

    def _refresh_auditor_combos(self) -> None:
        """Each new checklist is done by the lead or a team member; the lead by default."""
        by_id = {p.id: p for p in self._auditors}
        team = [pid for pid in [self.lead_id(), *self.team_ids()] if pid in by_id]
        for row in self._rows:
            combo = row.auditor
            if combo is None:
                continue
            keep = combo.currentData() if combo.count() else combo.property("chosen")
            combo.blockSignals(True)
            combo.clear()
            for pid in team:
                combo.addItem(by_id[pid].name, pid)
            if not team:
                combo.addItem(self.tr("(lead auditor)"), None)
            at = combo.findData(keep) if keep else -1
            combo.setCurrentIndex(max(at, 0))
            combo.setEnabled(row.include.isEnabled())
            combo.blockSignals(False)

    def _update_runs_summary(self) -> None:
        new = sum(1 for r in self._rows if r.include and r.include.isChecked())
        started = sum(1 for r in self._rows if r.existing)
        if not self._answerable():
            self.ui.runsSummary.setText(
                self.tr("The audit is reported: no more checklists can start.")
            )
            return
        self.ui.runsSummary.setText(
            self.tr("{new} checklist(s) will start on save; {started} already started.").format(
                new=new, started=started
            )
        )

    # --- validation and saving -------------------------------------------------------------

    def _errors(self) -> list[tuple[str, QWidget, int]]:
        ui = self.ui
        errors = []
        if not ui.titleEdit.text().strip():
            errors.append((self.tr("Enter a title for the audit."), ui.titleEdit, 0))
        if not self.processes():
            first = next(iter(self._process_checks.values()), ui.departmentList)
            errors.append((self.tr("Tick at least one process to audit."), first, 1))
        if not self.department_ids():
            errors.append((self.tr("Tick at least one department to audit."), ui.departmentList, 1))
        if ui.endEdit.date() < ui.startEdit.date():
            errors.append((self.tr("The planned end is before the planned start."), ui.endEdit, 1))
        return errors

    def _show_errors(self, errors) -> None:
        label = self.ui.errorLabel
        label.setText("\n".join(message for message, _w, _t in errors))
        label.setVisible(bool(errors))

    def _revalidate(self, *_args) -> None:
        # Before the first save only a wrong date order is worth interrupting for.
        errors = self._errors()
        if not self._tried_save:
            errors = [e for e in errors if e[1] is self.ui.endEdit]
        self._show_errors(errors)

    def _fields(self) -> dict:
        ui = self.ui
        fields = {
            "title": ui.titleEdit.text().strip(),
            "objectives": ui.objectivesEdit.toPlainText().strip(),
            "criteria": ui.criteriaEdit.toPlainText().strip(),
            "client": ui.clientEdit.text().strip(),
            "method": ui.methodEdit.toPlainText().strip(),
            "locations": ui.locationsEdit.text().strip(),
            "scope_processes": self.processes(),
            "scope_departments": self.department_ids(),
            "lead_auditor": self.lead_id(),
            "team": self.team_ids(),
            "planned_start": from_qdate(ui.startEdit.date()),
            "planned_end": from_qdate(ui.endEdit.date()),
            "opening_meeting_at": from_qdatetime(ui.openingEdit.dateTime()),
            "closing_meeting_at": from_qdatetime(ui.closingEdit.dateTime()),
        }
        if self._audit is not None:
            fields["conclusion"] = ui.conclusionEdit.toPlainText().strip()
        return fields

    def save(self) -> None:
        self._tried_save = True
        errors = self._errors()
        self._show_errors(errors)
        if errors:
            _message, widget, tab = errors[0]
            self.ui.tabs.setCurrentIndex(tab)
            widget.setFocus()
            return
        self._check_independence()
        if self._warnings and not self._accept_warnings():
            return
        fields = self._fields()
        if self.audit_id is None:
            ok, view = self.session.call(self, audits.plan_audit, changed=AUDITS, **fields)
        else:
            ok, view = self.session.call(
                self, audits.update_audit, self.audit_id, changed=AUDITS, **fields
            )
        if not ok:
            return
        # From here on the audit exists: a retry after a refused checklist must update it.
        self.audit_id, self._audit = view.id, view
        if self._start_runs():
            self.accept()
            return
        self._runs = checklists.list_runs(self.session.ctx, self.audit_id)
        self._number_text()
        self._rebuild_runs()

    def _accept_warnings(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Auditor independence"),
            self.tr(
                "{warnings}\n\nAuditors should not audit their own work. Save the plan anyway?"
            ).format(warnings="\n".join(self.warnings())),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _start_runs(self) -> bool:
        """Start every ticked checklist; False when one was refused (the refusal was shown)."""
        started = 0
        all_ok = True
        for row in self._rows:
            if row.existing or not (row.include and row.include.isChecked()):
                continue
            code, version = row.template.currentData()
            ok, _run = self.session.call(
                self,
                checklists.start_run,
                self.audit_id,
                code,
                row.department_id,
                version=version,
                auditor=row.auditor.currentData(),
            )
            started += ok
            all_ok = all_ok and ok
        if started:
            self.session.changed.emit(AUDITS)
        return all_ok

    # --- language --------------------------------------------------------------------------

    def _number_text(self) -> None:
        self.ui.numberLabel.setText(
            self._audit.number if self._audit else self.tr("assigned when saved")
        )
        self.setWindowTitle(
            self.tr("Audit {number}").format(number=self._audit.number)
            if self._audit
            else self.tr("New audit")
        )

    def _retranslate_code(self) -> None:
        self._number_text()
        for code, check in self._process_checks.items():
            check.setText(f"{code} · {self._process_label(code)}")
        if self.ui.leadCombo.count() and self.ui.leadCombo.itemData(0) is None:
            self.ui.leadCombo.setItemText(0, self.tr("(none)"))
        self.ui.runsTable.setHorizontalHeaderLabels(
            [
                self.tr("Process"),
                self.tr("Department"),
                self.tr("Template"),
                self.tr("Auditor"),
                self.tr("Include"),
            ]
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate_code()
            self._rebuild_runs()
            self._show_warnings()
            if self.ui.errorLabel.isVisible():
                self._revalidate()
        super().changeEvent(event)
