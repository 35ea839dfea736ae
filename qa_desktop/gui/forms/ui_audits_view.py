# generated from ui/audits_view.ui by `python -m qa_desktop.gui.uic` — do not edit.
# ruff: noqa
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QFrame, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QToolButton, QVBoxLayout, QWidget)

class Ui_AuditsView(object):
    def setupUi(self, AuditsView):
        if not AuditsView.objectName():
            AuditsView.setObjectName(u"AuditsView")
        AuditsView.resize(1030, 720)
        self.pageLayout = QVBoxLayout(AuditsView)
        self.pageLayout.setObjectName(u"pageLayout")
        self.toolbarLayout = QHBoxLayout()
        self.toolbarLayout.setObjectName(u"toolbarLayout")
        self.yearLabel = QLabel(AuditsView)
        self.yearLabel.setObjectName(u"yearLabel")

        self.toolbarLayout.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(AuditsView)
        self.yearCombo.setObjectName(u"yearCombo")
        self.yearCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.toolbarLayout.addWidget(self.yearCombo)

        self.filterEdit = QLineEdit(AuditsView)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setMinimumSize(QSize(220, 0))
        self.filterEdit.setClearButtonEnabled(True)

        self.toolbarLayout.addWidget(self.filterEdit)

        self.toolbarSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbarLayout.addItem(self.toolbarSpacer)

        self.newButton = QPushButton(AuditsView)
        self.newButton.setObjectName(u"newButton")

        self.toolbarLayout.addWidget(self.newButton)

        self.editButton = QPushButton(AuditsView)
        self.editButton.setObjectName(u"editButton")

        self.toolbarLayout.addWidget(self.editButton)

        self.startButton = QPushButton(AuditsView)
        self.startButton.setObjectName(u"startButton")

        self.toolbarLayout.addWidget(self.startButton)

        self.reportButton = QPushButton(AuditsView)
        self.reportButton.setObjectName(u"reportButton")

        self.toolbarLayout.addWidget(self.reportButton)

        self.closeAuditButton = QPushButton(AuditsView)
        self.closeAuditButton.setObjectName(u"closeAuditButton")

        self.toolbarLayout.addWidget(self.closeAuditButton)

        self.documentsButton = QToolButton(AuditsView)
        self.documentsButton.setObjectName(u"documentsButton")
        self.documentsButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        self.toolbarLayout.addWidget(self.documentsButton)


        self.pageLayout.addLayout(self.toolbarLayout)

        self.mainSplitter = QSplitter(AuditsView)
        self.mainSplitter.setObjectName(u"mainSplitter")
        self.mainSplitter.setOrientation(Qt.Orientation.Vertical)
        self.mainSplitter.setChildrenCollapsible(False)
        self.auditsTable = QTableView(self.mainSplitter)
        self.auditsTable.setObjectName(u"auditsTable")
        self.auditsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.auditsTable.setAlternatingRowColors(True)
        self.auditsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.auditsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.auditsTable.setSortingEnabled(True)
        self.auditsTable.setWordWrap(False)
        self.mainSplitter.addWidget(self.auditsTable)
        self.auditsTable.horizontalHeader().setHighlightSections(False)
        self.auditsTable.verticalHeader().setVisible(False)
        self.lowerSplitter = QSplitter(self.mainSplitter)
        self.lowerSplitter.setObjectName(u"lowerSplitter")
        self.lowerSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.lowerSplitter.setChildrenCollapsible(False)
        self.detailsGroup = QGroupBox(self.lowerSplitter)
        self.detailsGroup.setObjectName(u"detailsGroup")
        self.detailsLayout = QVBoxLayout(self.detailsGroup)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.headingLabel = QLabel(self.detailsGroup)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)
        self.headingLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsLayout.addWidget(self.headingLabel)

        self.warningLabel = QLabel(self.detailsGroup)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)
        self.warningLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsLayout.addWidget(self.warningLabel)

        self.emptyLabel = QLabel(self.detailsGroup)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)

        self.detailsLayout.addWidget(self.emptyLabel)

        self.detailsScroll = QScrollArea(self.detailsGroup)
        self.detailsScroll.setObjectName(u"detailsScroll")
        self.detailsScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.detailsScroll.setWidgetResizable(True)
        self.detailsContents = QWidget()
        self.detailsContents.setObjectName(u"detailsContents")
        self.detailsForm = QFormLayout(self.detailsContents)
        self.detailsForm.setObjectName(u"detailsForm")
        self.detailsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.detailsForm.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.detailsForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.detailsForm.setContentsMargins(0, 0, 0, 0)
        self.objectivesCaption = QLabel(self.detailsContents)
        self.objectivesCaption.setObjectName(u"objectivesCaption")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.objectivesCaption)

        self.objectivesValue = QLabel(self.detailsContents)
        self.objectivesValue.setObjectName(u"objectivesValue")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.objectivesValue)

        self.processesCaption = QLabel(self.detailsContents)
        self.processesCaption.setObjectName(u"processesCaption")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.processesCaption)

        self.processesValue = QLabel(self.detailsContents)
        self.processesValue.setObjectName(u"processesValue")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.processesValue)

        self.departmentsCaption = QLabel(self.detailsContents)
        self.departmentsCaption.setObjectName(u"departmentsCaption")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.departmentsCaption)

        self.departmentsValue = QLabel(self.detailsContents)
        self.departmentsValue.setObjectName(u"departmentsValue")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.departmentsValue)

        self.criteriaCaption = QLabel(self.detailsContents)
        self.criteriaCaption.setObjectName(u"criteriaCaption")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.criteriaCaption)

        self.criteriaValue = QLabel(self.detailsContents)
        self.criteriaValue.setObjectName(u"criteriaValue")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.criteriaValue)

        self.teamCaption = QLabel(self.detailsContents)
        self.teamCaption.setObjectName(u"teamCaption")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.teamCaption)

        self.teamValue = QLabel(self.detailsContents)
        self.teamValue.setObjectName(u"teamValue")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.teamValue)

        self.datesCaption = QLabel(self.detailsContents)
        self.datesCaption.setObjectName(u"datesCaption")

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.datesCaption)

        self.datesValue = QLabel(self.detailsContents)
        self.datesValue.setObjectName(u"datesValue")

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.datesValue)

        self.meetingsCaption = QLabel(self.detailsContents)
        self.meetingsCaption.setObjectName(u"meetingsCaption")

        self.detailsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.meetingsCaption)

        self.meetingsValue = QLabel(self.detailsContents)
        self.meetingsValue.setObjectName(u"meetingsValue")

        self.detailsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.meetingsValue)

        self.clientCaption = QLabel(self.detailsContents)
        self.clientCaption.setObjectName(u"clientCaption")

        self.detailsForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.clientCaption)

        self.clientValue = QLabel(self.detailsContents)
        self.clientValue.setObjectName(u"clientValue")

        self.detailsForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.clientValue)

        self.methodCaption = QLabel(self.detailsContents)
        self.methodCaption.setObjectName(u"methodCaption")

        self.detailsForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.methodCaption)

        self.methodValue = QLabel(self.detailsContents)
        self.methodValue.setObjectName(u"methodValue")

        self.detailsForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.methodValue)

        self.locationsCaption = QLabel(self.detailsContents)
        self.locationsCaption.setObjectName(u"locationsCaption")

        self.detailsForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.locationsCaption)

        self.locationsValue = QLabel(self.detailsContents)
        self.locationsValue.setObjectName(u"locationsValue")

        self.detailsForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.locationsValue)

        self.conclusionCaption = QLabel(self.detailsContents)
        self.conclusionCaption.setObjectName(u"conclusionCaption")

        self.detailsForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.conclusionCaption)

        self.conclusionValue = QLabel(self.detailsContents)
        self.conclusionValue.setObjectName(u"conclusionValue")

        self.detailsForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.conclusionValue)

        self.followUpsCaption = QLabel(self.detailsContents)
        self.followUpsCaption.setObjectName(u"followUpsCaption")

        self.detailsForm.setWidget(11, QFormLayout.ItemRole.LabelRole, self.followUpsCaption)

        self.followUpsValue = QLabel(self.detailsContents)
        self.followUpsValue.setObjectName(u"followUpsValue")
        self.followUpsValue.setWordWrap(True)
        self.followUpsValue.setTextFormat(Qt.TextFormat.PlainText)

        self.detailsForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.followUpsValue)

        self.detailsScroll.setWidget(self.detailsContents)

        self.detailsLayout.addWidget(self.detailsScroll)

        self.lowerSplitter.addWidget(self.detailsGroup)
        self.runsGroup = QGroupBox(self.lowerSplitter)
        self.runsGroup.setObjectName(u"runsGroup")
        self.runsLayout = QVBoxLayout(self.runsGroup)
        self.runsLayout.setObjectName(u"runsLayout")
        self.runsTable = QTableView(self.runsGroup)
        self.runsTable.setObjectName(u"runsTable")
        self.runsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.runsTable.setAlternatingRowColors(True)
        self.runsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.runsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.runsTable.setWordWrap(False)
        self.runsTable.horizontalHeader().setHighlightSections(False)
        self.runsTable.verticalHeader().setVisible(False)

        self.runsLayout.addWidget(self.runsTable)

        self.runsButtons = QHBoxLayout()
        self.runsButtons.setObjectName(u"runsButtons")
        self.runsHint = QLabel(self.runsGroup)
        self.runsHint.setObjectName(u"runsHint")
        self.runsHint.setWordWrap(True)

        self.runsButtons.addWidget(self.runsHint)

        self.openRunButton = QPushButton(self.runsGroup)
        self.openRunButton.setObjectName(u"openRunButton")

        self.runsButtons.addWidget(self.openRunButton)

        self.runsButtons.setStretch(0, 1)

        self.runsLayout.addLayout(self.runsButtons)

        self.lowerSplitter.addWidget(self.runsGroup)
        self.mainSplitter.addWidget(self.lowerSplitter)

        self.pageLayout.addWidget(self.mainSplitter)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.yearCombo, self.filterEdit)
        QWidget.setTabOrder(self.filterEdit, self.auditsTable)
        QWidget.setTabOrder(self.auditsTable, self.runsTable)
        QWidget.setTabOrder(self.runsTable, self.openRunButton)
        QWidget.setTabOrder(self.openRunButton, self.newButton)
        QWidget.setTabOrder(self.newButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.startButton)
        QWidget.setTabOrder(self.startButton, self.reportButton)
        QWidget.setTabOrder(self.reportButton, self.closeAuditButton)

        self.retranslateUi(AuditsView)

        QMetaObject.connectSlotsByName(AuditsView)
    # setupUi

    def retranslateUi(self, AuditsView):
        AuditsView.setWindowTitle(QCoreApplication.translate("AuditsView", u"Audits", None))
        self.yearLabel.setText(QCoreApplication.translate("AuditsView", u"&Year:", None))
#if QT_CONFIG(tooltip)
        self.yearCombo.setToolTip(QCoreApplication.translate("AuditsView", u"Show the audits of one year, or of all years", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.filterEdit.setToolTip(QCoreApplication.translate("AuditsView", u"Show only audits whose number, title, status or lead auditor contains this text", None))
#endif // QT_CONFIG(tooltip)
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("AuditsView", u"Filter audits\u2026", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("AuditsView", u"Plan a new audit (Ctrl+Shift+N)", None))
#endif // QT_CONFIG(tooltip)
        self.newButton.setText(QCoreApplication.translate("AuditsView", u"&New audit\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("AuditsView", u"Edit the selected audit's plan and start more checklists (Ctrl+E, or double-click the audit)", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("AuditsView", u"&Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.startButton.setToolTip(QCoreApplication.translate("AuditsView", u"Mark the planned audit as started", None))
#endif // QT_CONFIG(tooltip)
        self.startButton.setText(QCoreApplication.translate("AuditsView", u"&Start audit", None))
#if QT_CONFIG(tooltip)
        self.reportButton.setToolTip(QCoreApplication.translate("AuditsView", u"Mark the audit as reported: its checklist answers can no longer change", None))
#endif // QT_CONFIG(tooltip)
        self.reportButton.setText(QCoreApplication.translate("AuditsView", u"&Report audit", None))
#if QT_CONFIG(tooltip)
        self.closeAuditButton.setToolTip(QCoreApplication.translate("AuditsView", u"Close the reported audit: its plan can no longer change", None))
#endif // QT_CONFIG(tooltip)
        self.closeAuditButton.setText(QCoreApplication.translate("AuditsView", u"C&lose audit", None))
#if QT_CONFIG(tooltip)
        self.documentsButton.setToolTip(QCoreApplication.translate("AuditsView", u"PDF documents of the selected audit: plan, checklists, nonconformity register, report", None))
#endif // QT_CONFIG(tooltip)
        self.documentsButton.setText(QCoreApplication.translate("AuditsView", u"&Documents", None))
#if QT_CONFIG(tooltip)
        self.auditsTable.setToolTip(QCoreApplication.translate("AuditsView", u"Double-click an audit to edit it; Enter opens its checklist", None))
#endif // QT_CONFIG(tooltip)
        self.detailsGroup.setTitle(QCoreApplication.translate("AuditsView", u"Audit plan", None))
#if QT_CONFIG(tooltip)
        self.warningLabel.setToolTip(QCoreApplication.translate("AuditsView", u"ISO 9001 9.2.2 c): auditors must not audit their own work", None))
#endif // QT_CONFIG(tooltip)
        self.emptyLabel.setText(QCoreApplication.translate("AuditsView", u"Select an audit to see its plan and checklists.", None))
        self.objectivesCaption.setText(QCoreApplication.translate("AuditsView", u"Objectives:", None))
        self.processesCaption.setText(QCoreApplication.translate("AuditsView", u"Processes:", None))
        self.departmentsCaption.setText(QCoreApplication.translate("AuditsView", u"Departments:", None))
        self.criteriaCaption.setText(QCoreApplication.translate("AuditsView", u"Criteria:", None))
        self.teamCaption.setText(QCoreApplication.translate("AuditsView", u"Audit team:", None))
        self.datesCaption.setText(QCoreApplication.translate("AuditsView", u"Dates:", None))
        self.meetingsCaption.setText(QCoreApplication.translate("AuditsView", u"Meetings:", None))
        self.clientCaption.setText(QCoreApplication.translate("AuditsView", u"Audit client:", None))
        self.methodCaption.setText(QCoreApplication.translate("AuditsView", u"Methods:", None))
        self.locationsCaption.setText(QCoreApplication.translate("AuditsView", u"Locations:", None))
        self.conclusionCaption.setText(QCoreApplication.translate("AuditsView", u"Conclusion:", None))
        self.followUpsCaption.setText(QCoreApplication.translate("AuditsView", u"Follow-up:", None))
#if QT_CONFIG(tooltip)
        self.followUpsCaption.setToolTip(QCoreApplication.translate("AuditsView", u"Open nonconformities of earlier audits in this audit's processes and departments, to be checked again", None))
#endif // QT_CONFIG(tooltip)
        self.runsGroup.setTitle(QCoreApplication.translate("AuditsView", u"Checklists", None))
#if QT_CONFIG(tooltip)
        self.runsTable.setToolTip(QCoreApplication.translate("AuditsView", u"Double-click a checklist or press Enter to answer it", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.openRunButton.setToolTip(QCoreApplication.translate("AuditsView", u"Answer the selected checklist (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.openRunButton.setText(QCoreApplication.translate("AuditsView", u"&Open checklist", None))
    # retranslateUi

