# generated from ui/nc_detail.ui by `python -m qa_desktop.gui.uic` — do not edit.
# ruff: noqa
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QFormLayout, QFrame, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QStackedWidget, QTabWidget, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_NcDetail(object):
    def setupUi(self, NcDetail):
        if not NcDetail.objectName():
            NcDetail.setObjectName(u"NcDetail")
        NcDetail.resize(520, 700)
        self.mainLayout = QVBoxLayout(NcDetail)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(NcDetail)
        self.stack.setObjectName(u"stack")
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.stack.addWidget(self.emptyPage)
        self.contentPage = QWidget()
        self.contentPage.setObjectName(u"contentPage")
        self.contentLayout = QVBoxLayout(self.contentPage)
        self.contentLayout.setObjectName(u"contentLayout")
        self.contentLayout.setContentsMargins(0, 0, 0, 0)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(self.contentPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerLayout.addWidget(self.titleLabel)

        self.statusChip = QLabel(self.contentPage)
        self.statusChip.setObjectName(u"statusChip")

        self.headerLayout.addWidget(self.statusChip)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)


        self.contentLayout.addLayout(self.headerLayout)

        self.summaryLabel = QLabel(self.contentPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.contentLayout.addWidget(self.summaryLabel)

        self.overdueLabel = QLabel(self.contentPage)
        self.overdueLabel.setObjectName(u"overdueLabel")
        self.overdueLabel.setWordWrap(True)

        self.contentLayout.addWidget(self.overdueLabel)

        self.transitionLayout = QHBoxLayout()
        self.transitionLayout.setObjectName(u"transitionLayout")
        self.nextLabel = QLabel(self.contentPage)
        self.nextLabel.setObjectName(u"nextLabel")

        self.transitionLayout.addWidget(self.nextLabel)

        self.transitionBar = QWidget(self.contentPage)
        self.transitionBar.setObjectName(u"transitionBar")
        self.transitionButtons = QHBoxLayout(self.transitionBar)
        self.transitionButtons.setObjectName(u"transitionButtons")
        self.transitionButtons.setContentsMargins(0, 0, 0, 0)

        self.transitionLayout.addWidget(self.transitionBar)

        self.transitionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.transitionLayout.addItem(self.transitionSpacer)


        self.contentLayout.addLayout(self.transitionLayout)

        self.blockersLabel = QLabel(self.contentPage)
        self.blockersLabel.setObjectName(u"blockersLabel")
        self.blockersLabel.setWordWrap(True)
        self.blockersLabel.setTextFormat(Qt.TextFormat.RichText)

        self.contentLayout.addWidget(self.blockersLabel)

        self.tabs = QTabWidget(self.contentPage)
        self.tabs.setObjectName(u"tabs")
        self.recordTab = QWidget()
        self.recordTab.setObjectName(u"recordTab")
        self.recordLayout = QVBoxLayout(self.recordTab)
        self.recordLayout.setObjectName(u"recordLayout")
        self.recordLayout.setContentsMargins(0, 0, 0, 0)
        self.recordScroll = QScrollArea(self.recordTab)
        self.recordScroll.setObjectName(u"recordScroll")
        self.recordScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.recordScroll.setWidgetResizable(True)
        self.recordContents = QWidget()
        self.recordContents.setObjectName(u"recordContents")
        self.recordContentsLayout = QVBoxLayout(self.recordContents)
        self.recordContentsLayout.setObjectName(u"recordContentsLayout")
        self.identificationBox = QGroupBox(self.recordContents)
        self.identificationBox.setObjectName(u"identificationBox")
        self.identificationForm = QFormLayout(self.identificationBox)
        self.identificationForm.setObjectName(u"identificationForm")
        self.identificationForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.auditCaption = QLabel(self.identificationBox)
        self.auditCaption.setObjectName(u"auditCaption")

        self.identificationForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.auditCaption)

        self.auditValue = QLabel(self.identificationBox)
        self.auditValue.setObjectName(u"auditValue")

        self.identificationForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.auditValue)

        self.itemCaption = QLabel(self.identificationBox)
        self.itemCaption.setObjectName(u"itemCaption")

        self.identificationForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.itemCaption)

        self.itemValue = QLabel(self.identificationBox)
        self.itemValue.setObjectName(u"itemValue")

        self.identificationForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.itemValue)

        self.processCaption = QLabel(self.identificationBox)
        self.processCaption.setObjectName(u"processCaption")

        self.identificationForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.processCaption)

        self.processValue = QLabel(self.identificationBox)
        self.processValue.setObjectName(u"processValue")

        self.identificationForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.processValue)

        self.departmentCaption = QLabel(self.identificationBox)
        self.departmentCaption.setObjectName(u"departmentCaption")

        self.identificationForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.departmentCaption)

        self.departmentValue = QLabel(self.identificationBox)
        self.departmentValue.setObjectName(u"departmentValue")

        self.identificationForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.departmentValue)

        self.auditorCaption = QLabel(self.identificationBox)
        self.auditorCaption.setObjectName(u"auditorCaption")

        self.identificationForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.auditorCaption)

        self.auditorValue = QLabel(self.identificationBox)
        self.auditorValue.setObjectName(u"auditorValue")

        self.identificationForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.auditorValue)

        self.representativeCaption = QLabel(self.identificationBox)
        self.representativeCaption.setObjectName(u"representativeCaption")

        self.identificationForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.representativeCaption)

        self.representativeValue = QLabel(self.identificationBox)
        self.representativeValue.setObjectName(u"representativeValue")

        self.identificationForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.representativeValue)

        self.foundCaption = QLabel(self.identificationBox)
        self.foundCaption.setObjectName(u"foundCaption")

        self.identificationForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.foundCaption)

        self.foundValue = QLabel(self.identificationBox)
        self.foundValue.setObjectName(u"foundValue")

        self.identificationForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.foundValue)

        self.dueCaption = QLabel(self.identificationBox)
        self.dueCaption.setObjectName(u"dueCaption")

        self.identificationForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.dueCaption)

        self.dueValue = QLabel(self.identificationBox)
        self.dueValue.setObjectName(u"dueValue")

        self.identificationForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.dueValue)

        self.parentCaption = QLabel(self.identificationBox)
        self.parentCaption.setObjectName(u"parentCaption")

        self.identificationForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.parentCaption)

        self.parentValue = QLabel(self.identificationBox)
        self.parentValue.setObjectName(u"parentValue")

        self.identificationForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.parentValue)

        self.reopenCaption = QLabel(self.identificationBox)
        self.reopenCaption.setObjectName(u"reopenCaption")

        self.identificationForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.reopenCaption)

        self.reopenValue = QLabel(self.identificationBox)
        self.reopenValue.setObjectName(u"reopenValue")

        self.identificationForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.reopenValue)


        self.recordContentsLayout.addWidget(self.identificationBox)

        self.factsBox = QGroupBox(self.recordContents)
        self.factsBox.setObjectName(u"factsBox")
        self.factsForm = QFormLayout(self.factsBox)
        self.factsForm.setObjectName(u"factsForm")
        self.factsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.factsCaption = QLabel(self.factsBox)
        self.factsCaption.setObjectName(u"factsCaption")

        self.factsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.factsCaption)

        self.factsValue = QLabel(self.factsBox)
        self.factsValue.setObjectName(u"factsValue")

        self.factsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.factsValue)

        self.clauseCaption = QLabel(self.factsBox)
        self.clauseCaption.setObjectName(u"clauseCaption")

        self.factsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.clauseCaption)

        self.clauseValue = QLabel(self.factsBox)
        self.clauseValue.setObjectName(u"clauseValue")

        self.factsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.clauseValue)

        self.internalClauseCaption = QLabel(self.factsBox)
        self.internalClauseCaption.setObjectName(u"internalClauseCaption")

        self.factsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.internalClauseCaption)

        self.internalClauseValue = QLabel(self.factsBox)
        self.internalClauseValue.setObjectName(u"internalClauseValue")

        self.factsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.internalClauseValue)


        self.recordContentsLayout.addWidget(self.factsBox)

        self.classificationBox = QGroupBox(self.recordContents)
        self.classificationBox.setObjectName(u"classificationBox")
        self.classificationForm = QFormLayout(self.classificationBox)
        self.classificationForm.setObjectName(u"classificationForm")
        self.classificationForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.gradeCaption = QLabel(self.classificationBox)
        self.gradeCaption.setObjectName(u"gradeCaption")

        self.classificationForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.gradeCaption)

        self.gradeValue = QLabel(self.classificationBox)
        self.gradeValue.setObjectName(u"gradeValue")

        self.classificationForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.gradeValue)

        self.typeCaption = QLabel(self.classificationBox)
        self.typeCaption.setObjectName(u"typeCaption")

        self.classificationForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.typeCaption)

        self.typeValue = QLabel(self.classificationBox)
        self.typeValue.setObjectName(u"typeValue")

        self.classificationForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.typeValue)


        self.recordContentsLayout.addWidget(self.classificationBox)

        self.acknowledgementBox = QGroupBox(self.recordContents)
        self.acknowledgementBox.setObjectName(u"acknowledgementBox")
        self.acknowledgementForm = QFormLayout(self.acknowledgementBox)
        self.acknowledgementForm.setObjectName(u"acknowledgementForm")
        self.acknowledgementForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.ackByCaption = QLabel(self.acknowledgementBox)
        self.ackByCaption.setObjectName(u"ackByCaption")

        self.acknowledgementForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.ackByCaption)

        self.ackByValue = QLabel(self.acknowledgementBox)
        self.ackByValue.setObjectName(u"ackByValue")

        self.acknowledgementForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.ackByValue)

        self.ackOnCaption = QLabel(self.acknowledgementBox)
        self.ackOnCaption.setObjectName(u"ackOnCaption")

        self.acknowledgementForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.ackOnCaption)

        self.ackOnValue = QLabel(self.acknowledgementBox)
        self.ackOnValue.setObjectName(u"ackOnValue")

        self.acknowledgementForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ackOnValue)

        self.disputeCaption = QLabel(self.acknowledgementBox)
        self.disputeCaption.setObjectName(u"disputeCaption")

        self.acknowledgementForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.disputeCaption)

        self.disputeValue = QLabel(self.acknowledgementBox)
        self.disputeValue.setObjectName(u"disputeValue")

        self.acknowledgementForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.disputeValue)

        self.reasonCaption = QLabel(self.acknowledgementBox)
        self.reasonCaption.setObjectName(u"reasonCaption")

        self.acknowledgementForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reasonCaption)

        self.reasonValue = QLabel(self.acknowledgementBox)
        self.reasonValue.setObjectName(u"reasonValue")

        self.acknowledgementForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reasonValue)


        self.recordContentsLayout.addWidget(self.acknowledgementBox)

        self.recordSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.recordContentsLayout.addItem(self.recordSpacer)

        self.recordScroll.setWidget(self.recordContents)

        self.recordLayout.addWidget(self.recordScroll)

        self.tabs.addTab(self.recordTab, "")
        self.causeTab = QWidget()
        self.causeTab.setObjectName(u"causeTab")
        self.causeLayout = QVBoxLayout(self.causeTab)
        self.causeLayout.setObjectName(u"causeLayout")
        self.causeLayout.setContentsMargins(0, 0, 0, 0)
        self.causeScroll = QScrollArea(self.causeTab)
        self.causeScroll.setObjectName(u"causeScroll")
        self.causeScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.causeScroll.setWidgetResizable(True)
        self.causeContents = QWidget()
        self.causeContents.setObjectName(u"causeContents")
        self.causeContentsLayout = QVBoxLayout(self.causeContents)
        self.causeContentsLayout.setObjectName(u"causeContentsLayout")
        self.causeForm = QFormLayout()
        self.causeForm.setObjectName(u"causeForm")
        self.causeForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.correctionLabel = QLabel(self.causeContents)
        self.correctionLabel.setObjectName(u"correctionLabel")

        self.causeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.correctionLabel)

        self.correctionEdit = QPlainTextEdit(self.causeContents)
        self.correctionEdit.setObjectName(u"correctionEdit")
        self.correctionEdit.setMaximumSize(QSize(16777215, 70))
        self.correctionEdit.setTabChangesFocus(True)

        self.causeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.correctionEdit)

        self.categoryLabel = QLabel(self.causeContents)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.causeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(self.causeContents)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.causeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.whyLabel = QLabel(self.causeContents)
        self.whyLabel.setObjectName(u"whyLabel")

        self.causeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.whyLabel)

        self.whyLayout = QVBoxLayout()
        self.whyLayout.setObjectName(u"whyLayout")
        self.why1Edit = QLineEdit(self.causeContents)
        self.why1Edit.setObjectName(u"why1Edit")

        self.whyLayout.addWidget(self.why1Edit)

        self.why2Edit = QLineEdit(self.causeContents)
        self.why2Edit.setObjectName(u"why2Edit")

        self.whyLayout.addWidget(self.why2Edit)

        self.why3Edit = QLineEdit(self.causeContents)
        self.why3Edit.setObjectName(u"why3Edit")

        self.whyLayout.addWidget(self.why3Edit)

        self.why4Edit = QLineEdit(self.causeContents)
        self.why4Edit.setObjectName(u"why4Edit")

        self.whyLayout.addWidget(self.why4Edit)

        self.why5Edit = QLineEdit(self.causeContents)
        self.why5Edit.setObjectName(u"why5Edit")

        self.whyLayout.addWidget(self.why5Edit)


        self.causeForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.whyLayout)

        self.rootCauseLabel = QLabel(self.causeContents)
        self.rootCauseLabel.setObjectName(u"rootCauseLabel")

        self.causeForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.rootCauseLabel)

        self.rootCauseEdit = QPlainTextEdit(self.causeContents)
        self.rootCauseEdit.setObjectName(u"rootCauseEdit")
        self.rootCauseEdit.setMaximumSize(QSize(16777215, 70))
        self.rootCauseEdit.setTabChangesFocus(True)

        self.causeForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.rootCauseEdit)

        self.similarLabel = QLabel(self.causeContents)
        self.similarLabel.setObjectName(u"similarLabel")

        self.causeForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.similarLabel)

        self.similarEdit = QPlainTextEdit(self.causeContents)
        self.similarEdit.setObjectName(u"similarEdit")
        self.similarEdit.setMaximumSize(QSize(16777215, 56))
        self.similarEdit.setTabChangesFocus(True)

        self.causeForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.similarEdit)

        self.causeButtons = QHBoxLayout()
        self.causeButtons.setObjectName(u"causeButtons")
        self.causeHintLabel = QLabel(self.causeContents)
        self.causeHintLabel.setObjectName(u"causeHintLabel")
        self.causeHintLabel.setWordWrap(True)

        self.causeButtons.addWidget(self.causeHintLabel)

        self.causeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.causeButtons.addItem(self.causeSpacer)

        self.revertButton = QPushButton(self.causeContents)
        self.revertButton.setObjectName(u"revertButton")

        self.causeButtons.addWidget(self.revertButton)

        self.saveButton = QPushButton(self.causeContents)
        self.saveButton.setObjectName(u"saveButton")

        self.causeButtons.addWidget(self.saveButton)


        self.causeForm.setLayout(5, QFormLayout.ItemRole.SpanningRole, self.causeButtons)


        self.causeContentsLayout.addLayout(self.causeForm)

        self.causeBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.causeContentsLayout.addItem(self.causeBottomSpacer)

        self.causeScroll.setWidget(self.causeContents)

        self.causeLayout.addWidget(self.causeScroll)

        self.tabs.addTab(self.causeTab, "")
        self.actionsTab = QWidget()
        self.actionsTab.setObjectName(u"actionsTab")
        self.actionsLayout = QVBoxLayout(self.actionsTab)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.actionsTable = QTableWidget(self.actionsTab)
        if (self.actionsTable.columnCount() < 5):
            self.actionsTable.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.actionsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.actionsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.actionsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.actionsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.actionsTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.actionsTable.setObjectName(u"actionsTable")
        self.actionsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.actionsTable.setAlternatingRowColors(True)
        self.actionsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.actionsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.actionsTable.setWordWrap(True)
        self.actionsTable.setColumnCount(5)
        self.actionsTable.verticalHeader().setVisible(False)

        self.actionsLayout.addWidget(self.actionsTable)

        self.actionButtons = QVBoxLayout()
        self.actionButtons.setObjectName(u"actionButtons")
        self.evidenceLayout = QHBoxLayout()
        self.evidenceLayout.setObjectName(u"evidenceLayout")
        self.evidenceLabel = QLabel(self.actionsTab)
        self.evidenceLabel.setObjectName(u"evidenceLabel")

        self.evidenceLayout.addWidget(self.evidenceLabel)

        self.evidenceEdit = QLineEdit(self.actionsTab)
        self.evidenceEdit.setObjectName(u"evidenceEdit")

        self.evidenceLayout.addWidget(self.evidenceEdit)


        self.actionButtons.addLayout(self.evidenceLayout)

        self.actionStatusLayout = QHBoxLayout()
        self.actionStatusLayout.setObjectName(u"actionStatusLayout")
        self.actionStatusSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionStatusLayout.addItem(self.actionStatusSpacer)

        self.startActionButton = QPushButton(self.actionsTab)
        self.startActionButton.setObjectName(u"startActionButton")

        self.actionStatusLayout.addWidget(self.startActionButton)

        self.doneActionButton = QPushButton(self.actionsTab)
        self.doneActionButton.setObjectName(u"doneActionButton")

        self.actionStatusLayout.addWidget(self.doneActionButton)

        self.cancelActionButton = QPushButton(self.actionsTab)
        self.cancelActionButton.setObjectName(u"cancelActionButton")

        self.actionStatusLayout.addWidget(self.cancelActionButton)


        self.actionButtons.addLayout(self.actionStatusLayout)


        self.actionsLayout.addLayout(self.actionButtons)

        self.actionsHintLabel = QLabel(self.actionsTab)
        self.actionsHintLabel.setObjectName(u"actionsHintLabel")
        self.actionsHintLabel.setWordWrap(True)

        self.actionsLayout.addWidget(self.actionsHintLabel)

        self.newActionBox = QGroupBox(self.actionsTab)
        self.newActionBox.setObjectName(u"newActionBox")
        self.newActionForm = QFormLayout(self.newActionBox)
        self.newActionForm.setObjectName(u"newActionForm")
        self.newActionForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.newDescriptionLabel = QLabel(self.newActionBox)
        self.newDescriptionLabel.setObjectName(u"newDescriptionLabel")

        self.newActionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.newDescriptionLabel)

        self.newDescriptionEdit = QLineEdit(self.newActionBox)
        self.newDescriptionEdit.setObjectName(u"newDescriptionEdit")

        self.newActionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.newDescriptionEdit)

        self.newOwnerLabel = QLabel(self.newActionBox)
        self.newOwnerLabel.setObjectName(u"newOwnerLabel")

        self.newActionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.newOwnerLabel)

        self.newOwnerCombo = QComboBox(self.newActionBox)
        self.newOwnerCombo.setObjectName(u"newOwnerCombo")

        self.newActionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.newOwnerCombo)

        self.newDueLabel = QLabel(self.newActionBox)
        self.newDueLabel.setObjectName(u"newDueLabel")

        self.newActionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.newDueLabel)

        self.newDueLayout = QHBoxLayout()
        self.newDueLayout.setObjectName(u"newDueLayout")
        self.newDueEdit = QDateEdit(self.newActionBox)
        self.newDueEdit.setObjectName(u"newDueEdit")
        self.newDueEdit.setCalendarPopup(True)

        self.newDueLayout.addWidget(self.newDueEdit)

        self.newDueSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.newDueLayout.addItem(self.newDueSpacer)

        self.addActionButton = QPushButton(self.newActionBox)
        self.addActionButton.setObjectName(u"addActionButton")

        self.newDueLayout.addWidget(self.addActionButton)


        self.newActionForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.newDueLayout)


        self.actionsLayout.addWidget(self.newActionBox)

        self.tabs.addTab(self.actionsTab, "")
        self.closureTab = QWidget()
        self.closureTab.setObjectName(u"closureTab")
        self.closureLayout = QVBoxLayout(self.closureTab)
        self.closureLayout.setObjectName(u"closureLayout")
        self.closureLayout.setContentsMargins(0, 0, 0, 0)
        self.closureScroll = QScrollArea(self.closureTab)
        self.closureScroll.setObjectName(u"closureScroll")
        self.closureScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.closureScroll.setWidgetResizable(True)
        self.closureContents = QWidget()
        self.closureContents.setObjectName(u"closureContents")
        self.closureContentsLayout = QVBoxLayout(self.closureContents)
        self.closureContentsLayout.setObjectName(u"closureContentsLayout")
        self.verificationBox = QGroupBox(self.closureContents)
        self.verificationBox.setObjectName(u"verificationBox")
        self.verificationForm = QFormLayout(self.verificationBox)
        self.verificationForm.setObjectName(u"verificationForm")
        self.verificationForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.verifierCaption = QLabel(self.verificationBox)
        self.verifierCaption.setObjectName(u"verifierCaption")

        self.verificationForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.verifierCaption)

        self.verifierValue = QLabel(self.verificationBox)
        self.verifierValue.setObjectName(u"verifierValue")

        self.verificationForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.verifierValue)

        self.verifiedOnCaption = QLabel(self.verificationBox)
        self.verifiedOnCaption.setObjectName(u"verifiedOnCaption")

        self.verificationForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.verifiedOnCaption)

        self.verifiedOnValue = QLabel(self.verificationBox)
        self.verifiedOnValue.setObjectName(u"verifiedOnValue")

        self.verificationForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.verifiedOnValue)

        self.methodCaption = QLabel(self.verificationBox)
        self.methodCaption.setObjectName(u"methodCaption")

        self.verificationForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.methodCaption)

        self.methodValue = QLabel(self.verificationBox)
        self.methodValue.setObjectName(u"methodValue")

        self.verificationForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.methodValue)

        self.resultCaption = QLabel(self.verificationBox)
        self.resultCaption.setObjectName(u"resultCaption")

        self.verificationForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.resultCaption)

        self.resultValue = QLabel(self.verificationBox)
        self.resultValue.setObjectName(u"resultValue")

        self.verificationForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.resultValue)

        self.notesCaption = QLabel(self.verificationBox)
        self.notesCaption.setObjectName(u"notesCaption")

        self.verificationForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.notesCaption)

        self.notesValue = QLabel(self.verificationBox)
        self.notesValue.setObjectName(u"notesValue")

        self.verificationForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.notesValue)


        self.closureContentsLayout.addWidget(self.verificationBox)

        self.closureBox = QGroupBox(self.closureContents)
        self.closureBox.setObjectName(u"closureBox")
        self.closureForm = QFormLayout(self.closureBox)
        self.closureForm.setObjectName(u"closureForm")
        self.closureForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.closedAtCaption = QLabel(self.closureBox)
        self.closedAtCaption.setObjectName(u"closedAtCaption")

        self.closureForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.closedAtCaption)

        self.closedAtValue = QLabel(self.closureBox)
        self.closedAtValue.setObjectName(u"closedAtValue")

        self.closureForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.closedAtValue)

        self.closedByCaption = QLabel(self.closureBox)
        self.closedByCaption.setObjectName(u"closedByCaption")

        self.closureForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.closedByCaption)

        self.closedByValue = QLabel(self.closureBox)
        self.closedByValue.setObjectName(u"closedByValue")

        self.closureForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.closedByValue)

        self.reopenCountCaption = QLabel(self.closureBox)
        self.reopenCountCaption.setObjectName(u"reopenCountCaption")

        self.closureForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reopenCountCaption)

        self.reopenCountValue = QLabel(self.closureBox)
        self.reopenCountValue.setObjectName(u"reopenCountValue")

        self.closureForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reopenCountValue)


        self.closureContentsLayout.addWidget(self.closureBox)

        self.closureSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.closureContentsLayout.addItem(self.closureSpacer)

        self.closureScroll.setWidget(self.closureContents)

        self.closureLayout.addWidget(self.closureScroll)

        self.tabs.addTab(self.closureTab, "")

        self.contentLayout.addWidget(self.tabs)

        self.stack.addWidget(self.contentPage)

        self.mainLayout.addWidget(self.stack)

#if QT_CONFIG(shortcut)
        self.correctionLabel.setBuddy(self.correctionEdit)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.whyLabel.setBuddy(self.why1Edit)
        self.rootCauseLabel.setBuddy(self.rootCauseEdit)
        self.similarLabel.setBuddy(self.similarEdit)
        self.evidenceLabel.setBuddy(self.evidenceEdit)
        self.newDescriptionLabel.setBuddy(self.newDescriptionEdit)
        self.newOwnerLabel.setBuddy(self.newOwnerCombo)
        self.newDueLabel.setBuddy(self.newDueEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabs, self.correctionEdit)
        QWidget.setTabOrder(self.correctionEdit, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.why1Edit)
        QWidget.setTabOrder(self.why1Edit, self.why2Edit)
        QWidget.setTabOrder(self.why2Edit, self.why3Edit)
        QWidget.setTabOrder(self.why3Edit, self.why4Edit)
        QWidget.setTabOrder(self.why4Edit, self.why5Edit)
        QWidget.setTabOrder(self.why5Edit, self.rootCauseEdit)
        QWidget.setTabOrder(self.rootCauseEdit, self.similarEdit)
        QWidget.setTabOrder(self.similarEdit, self.revertButton)
        QWidget.setTabOrder(self.revertButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.actionsTable)
        QWidget.setTabOrder(self.actionsTable, self.evidenceEdit)
        QWidget.setTabOrder(self.evidenceEdit, self.startActionButton)
        QWidget.setTabOrder(self.startActionButton, self.doneActionButton)
        QWidget.setTabOrder(self.doneActionButton, self.cancelActionButton)
        QWidget.setTabOrder(self.cancelActionButton, self.newDescriptionEdit)
        QWidget.setTabOrder(self.newDescriptionEdit, self.newOwnerCombo)
        QWidget.setTabOrder(self.newOwnerCombo, self.newDueEdit)
        QWidget.setTabOrder(self.newDueEdit, self.addActionButton)

        self.retranslateUi(NcDetail)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(NcDetail)
    # setupUi

    def retranslateUi(self, NcDetail):
        self.emptyLabel.setText(QCoreApplication.translate("NcDetail", u"Select a nonconformity in the list to see and work on it.", None))
        self.nextLabel.setText(QCoreApplication.translate("NcDetail", u"Next step:", None))
        self.identificationBox.setTitle(QCoreApplication.translate("NcDetail", u"Identification", None))
        self.auditCaption.setText(QCoreApplication.translate("NcDetail", u"Audit:", None))
        self.itemCaption.setText(QCoreApplication.translate("NcDetail", u"Checklist item:", None))
        self.processCaption.setText(QCoreApplication.translate("NcDetail", u"Process:", None))
        self.departmentCaption.setText(QCoreApplication.translate("NcDetail", u"Department:", None))
        self.auditorCaption.setText(QCoreApplication.translate("NcDetail", u"Auditor:", None))
        self.representativeCaption.setText(QCoreApplication.translate("NcDetail", u"Auditee representative:", None))
        self.foundCaption.setText(QCoreApplication.translate("NcDetail", u"Found on:", None))
        self.dueCaption.setText(QCoreApplication.translate("NcDetail", u"Due date:", None))
        self.parentCaption.setText(QCoreApplication.translate("NcDetail", u"Follows up:", None))
        self.reopenCaption.setText(QCoreApplication.translate("NcDetail", u"Reopened:", None))
        self.factsBox.setTitle(QCoreApplication.translate("NcDetail", u"Facts and clause", None))
        self.factsCaption.setText(QCoreApplication.translate("NcDetail", u"Facts:", None))
        self.clauseCaption.setText(QCoreApplication.translate("NcDetail", u"Standard clause:", None))
        self.internalClauseCaption.setText(QCoreApplication.translate("NcDetail", u"Internal clause:", None))
        self.classificationBox.setTitle(QCoreApplication.translate("NcDetail", u"Classification", None))
        self.gradeCaption.setText(QCoreApplication.translate("NcDetail", u"Grade:", None))
        self.typeCaption.setText(QCoreApplication.translate("NcDetail", u"Type:", None))
        self.acknowledgementBox.setTitle(QCoreApplication.translate("NcDetail", u"Acknowledgement", None))
        self.ackByCaption.setText(QCoreApplication.translate("NcDetail", u"Acknowledged by:", None))
        self.ackOnCaption.setText(QCoreApplication.translate("NcDetail", u"Acknowledged on:", None))
        self.disputeCaption.setText(QCoreApplication.translate("NcDetail", u"Dispute reason:", None))
        self.reasonCaption.setText(QCoreApplication.translate("NcDetail", u"Last reason or ruling:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.recordTab), QCoreApplication.translate("NcDetail", u"Record", None))
        self.correctionLabel.setText(QCoreApplication.translate("NcDetail", u"&Correction:", None))
#if QT_CONFIG(tooltip)
        self.correctionEdit.setToolTip(QCoreApplication.translate("NcDetail", u"The immediate fix and how the consequences were handled", None))
#endif // QT_CONFIG(tooltip)
        self.categoryLabel.setText(QCoreApplication.translate("NcDetail", u"Cause categor&y:", None))
#if QT_CONFIG(tooltip)
        self.categoryCombo.setToolTip(QCoreApplication.translate("NcDetail", u"Root-cause category (5M1E)", None))
#endif // QT_CONFIG(tooltip)
        self.whyLabel.setText(QCoreApplication.translate("NcDetail", u"&5 whys:", None))
        self.why1Edit.setPlaceholderText(QCoreApplication.translate("NcDetail", u"Why 1?", None))
        self.why2Edit.setPlaceholderText(QCoreApplication.translate("NcDetail", u"Why 2?", None))
        self.why3Edit.setPlaceholderText(QCoreApplication.translate("NcDetail", u"Why 3?", None))
        self.why4Edit.setPlaceholderText(QCoreApplication.translate("NcDetail", u"Why 4?", None))
        self.why5Edit.setPlaceholderText(QCoreApplication.translate("NcDetail", u"Why 5?", None))
        self.rootCauseLabel.setText(QCoreApplication.translate("NcDetail", u"Root ca&use:", None))
#if QT_CONFIG(tooltip)
        self.rootCauseEdit.setToolTip(QCoreApplication.translate("NcDetail", u"The cause to eliminate so that it does not happen again", None))
#endif // QT_CONFIG(tooltip)
        self.similarLabel.setText(QCoreApplication.translate("NcDetail", u"Si&milar problems:", None))
#if QT_CONFIG(tooltip)
        self.similarEdit.setToolTip(QCoreApplication.translate("NcDetail", u"Were similar nonconformities looked for elsewhere? What was found?", None))
#endif // QT_CONFIG(tooltip)
        self.revertButton.setText(QCoreApplication.translate("NcDetail", u"Rever&t", None))
        self.saveButton.setText(QCoreApplication.translate("NcDetail", u"Sa&ve", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("NcDetail", u"Save the correction and cause analysis (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.causeTab), QCoreApplication.translate("NcDetail", u"Correction and cause", None))
        ___qtablewidgetitem = self.actionsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("NcDetail", u"#", None))
        ___qtablewidgetitem1 = self.actionsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("NcDetail", u"Action", None))
        ___qtablewidgetitem2 = self.actionsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("NcDetail", u"Owner", None))
        ___qtablewidgetitem3 = self.actionsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("NcDetail", u"Due", None))
        ___qtablewidgetitem4 = self.actionsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("NcDetail", u"Status", None))
        self.evidenceLabel.setText(QCoreApplication.translate("NcDetail", u"E&vidence:", None))
        self.evidenceEdit.setPlaceholderText(QCoreApplication.translate("NcDetail", u"What shows it was done (record, ticket, document)", None))
#if QT_CONFIG(tooltip)
        self.evidenceEdit.setToolTip(QCoreApplication.translate("NcDetail", u"Saved with the action when you mark it done", None))
#endif // QT_CONFIG(tooltip)
        self.startActionButton.setText(QCoreApplication.translate("NcDetail", u"S&tart", None))
#if QT_CONFIG(tooltip)
        self.startActionButton.setToolTip(QCoreApplication.translate("NcDetail", u"Mark the selected action as in progress", None))
#endif // QT_CONFIG(tooltip)
        self.doneActionButton.setText(QCoreApplication.translate("NcDetail", u"Mark &done", None))
#if QT_CONFIG(tooltip)
        self.doneActionButton.setToolTip(QCoreApplication.translate("NcDetail", u"Mark the selected action as done, with the evidence typed above", None))
#endif // QT_CONFIG(tooltip)
        self.cancelActionButton.setText(QCoreApplication.translate("NcDetail", u"Ca&ncel action", None))
#if QT_CONFIG(tooltip)
        self.cancelActionButton.setToolTip(QCoreApplication.translate("NcDetail", u"The selected action is no longer needed", None))
#endif // QT_CONFIG(tooltip)
        self.newActionBox.setTitle(QCoreApplication.translate("NcDetail", u"New corrective action", None))
        self.newDescriptionLabel.setText(QCoreApplication.translate("NcDetail", u"Descr&iption:", None))
        self.newDescriptionEdit.setPlaceholderText(QCoreApplication.translate("NcDetail", u"What will be done to remove the cause", None))
        self.newOwnerLabel.setText(QCoreApplication.translate("NcDetail", u"O&wner:", None))
        self.newDueLabel.setText(QCoreApplication.translate("NcDetail", u"D&ue:", None))
        self.newDueEdit.setDisplayFormat(QCoreApplication.translate("NcDetail", u"yyyy-MM-dd", None))
        self.addActionButton.setText(QCoreApplication.translate("NcDetail", u"&Add action", None))
        self.tabs.setTabText(self.tabs.indexOf(self.actionsTab), QCoreApplication.translate("NcDetail", u"Actions", None))
        self.verificationBox.setTitle(QCoreApplication.translate("NcDetail", u"Verification", None))
        self.verifierCaption.setText(QCoreApplication.translate("NcDetail", u"Verifier:", None))
        self.verifiedOnCaption.setText(QCoreApplication.translate("NcDetail", u"Verified on:", None))
        self.methodCaption.setText(QCoreApplication.translate("NcDetail", u"Method:", None))
        self.resultCaption.setText(QCoreApplication.translate("NcDetail", u"Result:", None))
        self.notesCaption.setText(QCoreApplication.translate("NcDetail", u"Notes:", None))
        self.closureBox.setTitle(QCoreApplication.translate("NcDetail", u"Closure", None))
        self.closedAtCaption.setText(QCoreApplication.translate("NcDetail", u"Closed at:", None))
        self.closedByCaption.setText(QCoreApplication.translate("NcDetail", u"Closed by:", None))
        self.reopenCountCaption.setText(QCoreApplication.translate("NcDetail", u"Times reopened:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.closureTab), QCoreApplication.translate("NcDetail", u"Verification and closure", None))
        pass
    # retranslateUi

