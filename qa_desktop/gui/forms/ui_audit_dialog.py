# generated from ui/audit_dialog.ui by `python -m qa_desktop.gui.uic` — do not edit.
# ruff: noqa
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDateEdit, QDateTimeEdit, QDialog, QDialogButtonBox,
    QFormLayout, QGridLayout, QGroupBox, QHeaderView,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QSizePolicy, QTabWidget, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_AuditDialog(object):
    def setupUi(self, AuditDialog):
        if not AuditDialog.objectName():
            AuditDialog.setObjectName(u"AuditDialog")
        AuditDialog.resize(860, 640)
        self.dialogLayout = QVBoxLayout(AuditDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.tabs = QTabWidget(AuditDialog)
        self.tabs.setObjectName(u"tabs")
        self.generalTab = QWidget()
        self.generalTab.setObjectName(u"generalTab")
        self.generalForm = QFormLayout(self.generalTab)
        self.generalForm.setObjectName(u"generalForm")
        self.generalForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.numberCaption = QLabel(self.generalTab)
        self.numberCaption.setObjectName(u"numberCaption")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.numberCaption)

        self.numberLabel = QLabel(self.generalTab)
        self.numberLabel.setObjectName(u"numberLabel")
        self.numberLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.generalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.numberLabel)

        self.titleLabel = QLabel(self.generalTab)
        self.titleLabel.setObjectName(u"titleLabel")

        self.generalForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(self.generalTab)
        self.titleEdit.setObjectName(u"titleEdit")

        self.generalForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.objectivesLabel = QLabel(self.generalTab)
        self.objectivesLabel.setObjectName(u"objectivesLabel")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.objectivesLabel)

        self.objectivesEdit = QPlainTextEdit(self.generalTab)
        self.objectivesEdit.setObjectName(u"objectivesEdit")
        self.objectivesEdit.setTabChangesFocus(True)

        self.generalForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.objectivesEdit)

        self.criteriaLabel = QLabel(self.generalTab)
        self.criteriaLabel.setObjectName(u"criteriaLabel")

        self.generalForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.criteriaLabel)

        self.criteriaEdit = QPlainTextEdit(self.generalTab)
        self.criteriaEdit.setObjectName(u"criteriaEdit")
        self.criteriaEdit.setTabChangesFocus(True)

        self.generalForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.criteriaEdit)

        self.clientLabel = QLabel(self.generalTab)
        self.clientLabel.setObjectName(u"clientLabel")

        self.generalForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.clientLabel)

        self.clientEdit = QLineEdit(self.generalTab)
        self.clientEdit.setObjectName(u"clientEdit")

        self.generalForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.clientEdit)

        self.methodLabel = QLabel(self.generalTab)
        self.methodLabel.setObjectName(u"methodLabel")

        self.generalForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.methodLabel)

        self.methodEdit = QPlainTextEdit(self.generalTab)
        self.methodEdit.setObjectName(u"methodEdit")
        self.methodEdit.setTabChangesFocus(True)

        self.generalForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.methodEdit)

        self.locationsLabel = QLabel(self.generalTab)
        self.locationsLabel.setObjectName(u"locationsLabel")

        self.generalForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.locationsLabel)

        self.locationsEdit = QLineEdit(self.generalTab)
        self.locationsEdit.setObjectName(u"locationsEdit")

        self.generalForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.locationsEdit)

        self.conclusionLabel = QLabel(self.generalTab)
        self.conclusionLabel.setObjectName(u"conclusionLabel")

        self.generalForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.conclusionLabel)

        self.conclusionEdit = QPlainTextEdit(self.generalTab)
        self.conclusionEdit.setObjectName(u"conclusionEdit")
        self.conclusionEdit.setTabChangesFocus(True)

        self.generalForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.conclusionEdit)

        self.tabs.addTab(self.generalTab, "")
        self.scopeTab = QWidget()
        self.scopeTab.setObjectName(u"scopeTab")
        self.scopeGrid = QGridLayout(self.scopeTab)
        self.scopeGrid.setObjectName(u"scopeGrid")
        self.processGroup = QGroupBox(self.scopeTab)
        self.processGroup.setObjectName(u"processGroup")
        self.processLayout = QVBoxLayout(self.processGroup)
        self.processLayout.setObjectName(u"processLayout")

        self.scopeGrid.addWidget(self.processGroup, 0, 0, 1, 1)

        self.departmentsLabel = QLabel(self.scopeTab)
        self.departmentsLabel.setObjectName(u"departmentsLabel")

        self.scopeGrid.addWidget(self.departmentsLabel, 1, 0, 1, 1)

        self.departmentList = QListWidget(self.scopeTab)
        self.departmentList.setObjectName(u"departmentList")

        self.scopeGrid.addWidget(self.departmentList, 2, 0, 1, 1)

        self.teamForm = QFormLayout()
        self.teamForm.setObjectName(u"teamForm")
        self.leadLabel = QLabel(self.scopeTab)
        self.leadLabel.setObjectName(u"leadLabel")

        self.teamForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.leadLabel)

        self.leadCombo = QComboBox(self.scopeTab)
        self.leadCombo.setObjectName(u"leadCombo")

        self.teamForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.leadCombo)

        self.startLabel = QLabel(self.scopeTab)
        self.startLabel.setObjectName(u"startLabel")

        self.teamForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startEdit = QDateEdit(self.scopeTab)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setCalendarPopup(True)

        self.teamForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.endLabel = QLabel(self.scopeTab)
        self.endLabel.setObjectName(u"endLabel")

        self.teamForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.endEdit = QDateEdit(self.scopeTab)
        self.endEdit.setObjectName(u"endEdit")
        self.endEdit.setCalendarPopup(True)

        self.teamForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.endEdit)

        self.openingLabel = QLabel(self.scopeTab)
        self.openingLabel.setObjectName(u"openingLabel")

        self.teamForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.openingLabel)

        self.openingEdit = QDateTimeEdit(self.scopeTab)
        self.openingEdit.setObjectName(u"openingEdit")
        self.openingEdit.setCalendarPopup(True)

        self.teamForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.openingEdit)

        self.closingLabel = QLabel(self.scopeTab)
        self.closingLabel.setObjectName(u"closingLabel")

        self.teamForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.closingLabel)

        self.closingEdit = QDateTimeEdit(self.scopeTab)
        self.closingEdit.setObjectName(u"closingEdit")
        self.closingEdit.setCalendarPopup(True)

        self.teamForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.closingEdit)


        self.scopeGrid.addLayout(self.teamForm, 0, 1, 1, 1)

        self.teamLabel = QLabel(self.scopeTab)
        self.teamLabel.setObjectName(u"teamLabel")

        self.scopeGrid.addWidget(self.teamLabel, 1, 1, 1, 1)

        self.teamList = QListWidget(self.scopeTab)
        self.teamList.setObjectName(u"teamList")

        self.scopeGrid.addWidget(self.teamList, 2, 1, 1, 1)

        self.tabs.addTab(self.scopeTab, "")
        self.checklistsTab = QWidget()
        self.checklistsTab.setObjectName(u"checklistsTab")
        self.checklistsLayout = QVBoxLayout(self.checklistsTab)
        self.checklistsLayout.setObjectName(u"checklistsLayout")
        self.checklistsHint = QLabel(self.checklistsTab)
        self.checklistsHint.setObjectName(u"checklistsHint")
        self.checklistsHint.setWordWrap(True)

        self.checklistsLayout.addWidget(self.checklistsHint)

        self.runsTable = QTableWidget(self.checklistsTab)
        self.runsTable.setObjectName(u"runsTable")
        self.runsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.runsTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.runsTable.setWordWrap(False)
        self.runsTable.verticalHeader().setVisible(False)

        self.checklistsLayout.addWidget(self.runsTable)

        self.runsSummary = QLabel(self.checklistsTab)
        self.runsSummary.setObjectName(u"runsSummary")

        self.checklistsLayout.addWidget(self.runsSummary)

        self.tabs.addTab(self.checklistsTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.warningLabel = QLabel(AuditDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.warningLabel)

        self.errorLabel = QLabel(AuditDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(AuditDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.objectivesLabel.setBuddy(self.objectivesEdit)
        self.criteriaLabel.setBuddy(self.criteriaEdit)
        self.clientLabel.setBuddy(self.clientEdit)
        self.methodLabel.setBuddy(self.methodEdit)
        self.locationsLabel.setBuddy(self.locationsEdit)
        self.conclusionLabel.setBuddy(self.conclusionEdit)
        self.departmentsLabel.setBuddy(self.departmentList)
        self.leadLabel.setBuddy(self.leadCombo)
        self.startLabel.setBuddy(self.startEdit)
        self.endLabel.setBuddy(self.endEdit)
        self.openingLabel.setBuddy(self.openingEdit)
        self.closingLabel.setBuddy(self.closingEdit)
        self.teamLabel.setBuddy(self.teamList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.objectivesEdit)
        QWidget.setTabOrder(self.objectivesEdit, self.criteriaEdit)
        QWidget.setTabOrder(self.criteriaEdit, self.clientEdit)
        QWidget.setTabOrder(self.clientEdit, self.methodEdit)
        QWidget.setTabOrder(self.methodEdit, self.locationsEdit)
        QWidget.setTabOrder(self.locationsEdit, self.conclusionEdit)
        QWidget.setTabOrder(self.conclusionEdit, self.departmentList)
        QWidget.setTabOrder(self.departmentList, self.leadCombo)
        QWidget.setTabOrder(self.leadCombo, self.startEdit)
        QWidget.setTabOrder(self.startEdit, self.endEdit)
        QWidget.setTabOrder(self.endEdit, self.openingEdit)
        QWidget.setTabOrder(self.openingEdit, self.closingEdit)
        QWidget.setTabOrder(self.closingEdit, self.teamList)
        QWidget.setTabOrder(self.teamList, self.runsTable)

        self.retranslateUi(AuditDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(AuditDialog)
    # setupUi

    def retranslateUi(self, AuditDialog):
        AuditDialog.setWindowTitle(QCoreApplication.translate("AuditDialog", u"Audit plan", None))
        self.numberCaption.setText(QCoreApplication.translate("AuditDialog", u"Number:", None))
        self.titleLabel.setText(QCoreApplication.translate("AuditDialog", u"&Title:", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("AuditDialog", u"Required, e.g. the annual internal audit of the service management system", None))
        self.objectivesLabel.setText(QCoreApplication.translate("AuditDialog", u"&Objectives:", None))
#if QT_CONFIG(tooltip)
        self.objectivesEdit.setToolTip(QCoreApplication.translate("AuditDialog", u"What the audit is to find out (ISO 19011 6.3.2.2 a)", None))
#endif // QT_CONFIG(tooltip)
        self.criteriaLabel.setText(QCoreApplication.translate("AuditDialog", u"&Criteria:", None))
#if QT_CONFIG(tooltip)
        self.criteriaEdit.setToolTip(QCoreApplication.translate("AuditDialog", u"The standards and internal documents the evidence is compared with", None))
#endif // QT_CONFIG(tooltip)
        self.clientLabel.setText(QCoreApplication.translate("AuditDialog", u"Audit c&lient:", None))
#if QT_CONFIG(tooltip)
        self.clientEdit.setToolTip(QCoreApplication.translate("AuditDialog", u"Who asked for the audit and receives the report", None))
#endif // QT_CONFIG(tooltip)
        self.methodLabel.setText(QCoreApplication.translate("AuditDialog", u"&Methods and sampling:", None))
#if QT_CONFIG(tooltip)
        self.methodEdit.setToolTip(QCoreApplication.translate("AuditDialog", u"Interviews, record checks, site walks, and how large the samples are", None))
#endif // QT_CONFIG(tooltip)
        self.locationsLabel.setText(QCoreApplication.translate("AuditDialog", u"Locat&ions:", None))
        self.conclusionLabel.setText(QCoreApplication.translate("AuditDialog", u"Concl&usion:", None))
#if QT_CONFIG(tooltip)
        self.conclusionEdit.setToolTip(QCoreApplication.translate("AuditDialog", u"For the report: how far the audit criteria are fulfilled", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.generalTab), QCoreApplication.translate("AuditDialog", u"&Plan", None))
        self.processGroup.setTitle(QCoreApplication.translate("AuditDialog", u"Processes", None))
        self.departmentsLabel.setText(QCoreApplication.translate("AuditDialog", u"Audited &departments:", None))
#if QT_CONFIG(tooltip)
        self.departmentList.setToolTip(QCoreApplication.translate("AuditDialog", u"Tick the departments to audit (space toggles)", None))
#endif // QT_CONFIG(tooltip)
        self.leadLabel.setText(QCoreApplication.translate("AuditDialog", u"&Lead auditor:", None))
#if QT_CONFIG(tooltip)
        self.leadCombo.setToolTip(QCoreApplication.translate("AuditDialog", u"The audit team leader (people with the auditor or quality-manager role)", None))
#endif // QT_CONFIG(tooltip)
        self.startLabel.setText(QCoreApplication.translate("AuditDialog", u"Planned s&tart:", None))
        self.startEdit.setDisplayFormat(QCoreApplication.translate("AuditDialog", u"yyyy-MM-dd", None))
        self.endLabel.setText(QCoreApplication.translate("AuditDialog", u"Planned e&nd:", None))
        self.endEdit.setDisplayFormat(QCoreApplication.translate("AuditDialog", u"yyyy-MM-dd", None))
        self.openingLabel.setText(QCoreApplication.translate("AuditDialog", u"&Opening meeting:", None))
        self.openingEdit.setDisplayFormat(QCoreApplication.translate("AuditDialog", u"yyyy-MM-dd HH:mm", None))
        self.closingLabel.setText(QCoreApplication.translate("AuditDialog", u"Closin&g meeting:", None))
        self.closingEdit.setDisplayFormat(QCoreApplication.translate("AuditDialog", u"yyyy-MM-dd HH:mm", None))
        self.teamLabel.setText(QCoreApplication.translate("AuditDialog", u"Audit te&am:", None))
#if QT_CONFIG(tooltip)
        self.teamList.setToolTip(QCoreApplication.translate("AuditDialog", u"Tick the auditors who work with the lead auditor (space toggles)", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.scopeTab), QCoreApplication.translate("AuditDialog", u"&Scope and team", None))
        self.checklistsHint.setText(QCoreApplication.translate("AuditDialog", u"One row per audited process and department. Ticked rows get their checklist when you save; checklists already started stay as they are.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.checklistsTab), QCoreApplication.translate("AuditDialog", u"Chec&klists", None))
#if QT_CONFIG(tooltip)
        self.warningLabel.setToolTip(QCoreApplication.translate("AuditDialog", u"ISO 9001 9.2.2 c): auditors must not audit their own work", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

