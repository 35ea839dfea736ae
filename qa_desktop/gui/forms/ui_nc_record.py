# generated from ui/nc_record.ui by `python -m qa_desktop.gui.uic` — do not edit.
# ruff: noqa
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QFormLayout, QFrame, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QScrollArea,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_NcRecordForm(object):
    def setupUi(self, NcRecordForm):
        if not NcRecordForm.objectName():
            NcRecordForm.setObjectName(u"NcRecordForm")
        NcRecordForm.resize(540, 900)
        self.mainLayout = QVBoxLayout(NcRecordForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(NcRecordForm)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.contents = QWidget()
        self.contents.setObjectName(u"contents")
        self.contentsLayout = QVBoxLayout(self.contents)
        self.contentsLayout.setObjectName(u"contentsLayout")
        self.identificationBox = QGroupBox(self.contents)
        self.identificationBox.setObjectName(u"identificationBox")
        self.identificationForm = QFormLayout(self.identificationBox)
        self.identificationForm.setObjectName(u"identificationForm")
        self.identificationForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.numberCaption = QLabel(self.identificationBox)
        self.numberCaption.setObjectName(u"numberCaption")

        self.identificationForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.numberCaption)

        self.numberValue = QLabel(self.identificationBox)
        self.numberValue.setObjectName(u"numberValue")

        self.identificationForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.numberValue)

        self.auditCaption = QLabel(self.identificationBox)
        self.auditCaption.setObjectName(u"auditCaption")

        self.identificationForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.auditCaption)

        self.auditValue = QLabel(self.identificationBox)
        self.auditValue.setObjectName(u"auditValue")

        self.identificationForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.auditValue)

        self.itemCaption = QLabel(self.identificationBox)
        self.itemCaption.setObjectName(u"itemCaption")

        self.identificationForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.itemCaption)

        self.itemValue = QLabel(self.identificationBox)
        self.itemValue.setObjectName(u"itemValue")

        self.identificationForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.itemValue)

        self.processCaption = QLabel(self.identificationBox)
        self.processCaption.setObjectName(u"processCaption")

        self.identificationForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.processCaption)

        self.processCombo = QComboBox(self.identificationBox)
        self.processCombo.setObjectName(u"processCombo")

        self.identificationForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.processCombo)

        self.departmentCaption = QLabel(self.identificationBox)
        self.departmentCaption.setObjectName(u"departmentCaption")

        self.identificationForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.departmentCaption)

        self.departmentCombo = QComboBox(self.identificationBox)
        self.departmentCombo.setObjectName(u"departmentCombo")

        self.identificationForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.departmentCombo)

        self.auditorCaption = QLabel(self.identificationBox)
        self.auditorCaption.setObjectName(u"auditorCaption")

        self.identificationForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.auditorCaption)

        self.auditorValue = QLabel(self.identificationBox)
        self.auditorValue.setObjectName(u"auditorValue")

        self.identificationForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.auditorValue)

        self.representativeCaption = QLabel(self.identificationBox)
        self.representativeCaption.setObjectName(u"representativeCaption")

        self.identificationForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.representativeCaption)

        self.representativeEdit = QLineEdit(self.identificationBox)
        self.representativeEdit.setObjectName(u"representativeEdit")

        self.identificationForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.representativeEdit)

        self.foundCaption = QLabel(self.identificationBox)
        self.foundCaption.setObjectName(u"foundCaption")

        self.identificationForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.foundCaption)

        self.foundEdit = QDateEdit(self.identificationBox)
        self.foundEdit.setObjectName(u"foundEdit")
        self.foundEdit.setCalendarPopup(True)

        self.identificationForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.foundEdit)


        self.contentsLayout.addWidget(self.identificationBox)

        self.factsBox = QGroupBox(self.contents)
        self.factsBox.setObjectName(u"factsBox")
        self.factsLayout = QVBoxLayout(self.factsBox)
        self.factsLayout.setObjectName(u"factsLayout")
        self.factsEdit = QPlainTextEdit(self.factsBox)
        self.factsEdit.setObjectName(u"factsEdit")
        self.factsEdit.setMinimumSize(QSize(0, 96))
        self.factsEdit.setMaximumSize(QSize(16777215, 150))
        self.factsEdit.setTabChangesFocus(True)

        self.factsLayout.addWidget(self.factsEdit)


        self.contentsLayout.addWidget(self.factsBox)

        self.clauseBox = QGroupBox(self.contents)
        self.clauseBox.setObjectName(u"clauseBox")
        self.clauseForm = QFormLayout(self.clauseBox)
        self.clauseForm.setObjectName(u"clauseForm")
        self.clauseForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.clauseCaption = QLabel(self.clauseBox)
        self.clauseCaption.setObjectName(u"clauseCaption")

        self.clauseForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.clauseCaption)

        self.clauseEdit = QLineEdit(self.clauseBox)
        self.clauseEdit.setObjectName(u"clauseEdit")

        self.clauseForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.clauseEdit)

        self.internalClauseCaption = QLabel(self.clauseBox)
        self.internalClauseCaption.setObjectName(u"internalClauseCaption")

        self.clauseForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.internalClauseCaption)

        self.internalClauseEdit = QLineEdit(self.clauseBox)
        self.internalClauseEdit.setObjectName(u"internalClauseEdit")

        self.clauseForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.internalClauseEdit)


        self.contentsLayout.addWidget(self.clauseBox)

        self.classificationBox = QGroupBox(self.contents)
        self.classificationBox.setObjectName(u"classificationBox")
        self.classificationForm = QFormLayout(self.classificationBox)
        self.classificationForm.setObjectName(u"classificationForm")
        self.classificationForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.gradeCaption = QLabel(self.classificationBox)
        self.gradeCaption.setObjectName(u"gradeCaption")

        self.classificationForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.gradeCaption)

        self.gradeCombo = QComboBox(self.classificationBox)
        self.gradeCombo.setObjectName(u"gradeCombo")

        self.classificationForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.gradeCombo)

        self.typeCaption = QLabel(self.classificationBox)
        self.typeCaption.setObjectName(u"typeCaption")

        self.classificationForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.typeCaption)

        self.typeCombo = QComboBox(self.classificationBox)
        self.typeCombo.setObjectName(u"typeCombo")

        self.classificationForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.typeCombo)

        self.dueCaption = QLabel(self.classificationBox)
        self.dueCaption.setObjectName(u"dueCaption")

        self.classificationForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dueCaption)

        self.dueLayout = QHBoxLayout()
        self.dueLayout.setObjectName(u"dueLayout")
        self.dueEdit = QDateEdit(self.classificationBox)
        self.dueEdit.setObjectName(u"dueEdit")
        self.dueEdit.setCalendarPopup(True)

        self.dueLayout.addWidget(self.dueEdit)

        self.noDueCheck = QCheckBox(self.classificationBox)
        self.noDueCheck.setObjectName(u"noDueCheck")

        self.dueLayout.addWidget(self.noDueCheck)

        self.dueSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dueLayout.addItem(self.dueSpacer)


        self.classificationForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.dueLayout)


        self.contentsLayout.addWidget(self.classificationBox)

        self.acknowledgementBox = QGroupBox(self.contents)
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


        self.contentsLayout.addWidget(self.acknowledgementBox)

        self.linksBox = QGroupBox(self.contents)
        self.linksBox.setObjectName(u"linksBox")
        self.linksForm = QFormLayout(self.linksBox)
        self.linksForm.setObjectName(u"linksForm")
        self.linksForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.parentCaption = QLabel(self.linksBox)
        self.parentCaption.setObjectName(u"parentCaption")

        self.linksForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.parentCaption)

        self.parentValue = QLabel(self.linksBox)
        self.parentValue.setObjectName(u"parentValue")

        self.linksForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.parentValue)

        self.childrenCaption = QLabel(self.linksBox)
        self.childrenCaption.setObjectName(u"childrenCaption")

        self.linksForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.childrenCaption)

        self.childrenValue = QLabel(self.linksBox)
        self.childrenValue.setObjectName(u"childrenValue")

        self.linksForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.childrenValue)

        self.repeatCaption = QLabel(self.linksBox)
        self.repeatCaption.setObjectName(u"repeatCaption")

        self.linksForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.repeatCaption)

        self.repeatValue = QLabel(self.linksBox)
        self.repeatValue.setObjectName(u"repeatValue")

        self.linksForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.repeatValue)


        self.contentsLayout.addWidget(self.linksBox)

        self.contentsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentsLayout.addItem(self.contentsSpacer)

        self.scroll.setWidget(self.contents)

        self.mainLayout.addWidget(self.scroll)

#if QT_CONFIG(shortcut)
        self.processCaption.setBuddy(self.processCombo)
        self.departmentCaption.setBuddy(self.departmentCombo)
        self.representativeCaption.setBuddy(self.representativeEdit)
        self.foundCaption.setBuddy(self.foundEdit)
        self.clauseCaption.setBuddy(self.clauseEdit)
        self.internalClauseCaption.setBuddy(self.internalClauseEdit)
        self.gradeCaption.setBuddy(self.gradeCombo)
        self.typeCaption.setBuddy(self.typeCombo)
        self.dueCaption.setBuddy(self.dueEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.processCombo, self.departmentCombo)
        QWidget.setTabOrder(self.departmentCombo, self.representativeEdit)
        QWidget.setTabOrder(self.representativeEdit, self.foundEdit)
        QWidget.setTabOrder(self.foundEdit, self.factsEdit)
        QWidget.setTabOrder(self.factsEdit, self.clauseEdit)
        QWidget.setTabOrder(self.clauseEdit, self.internalClauseEdit)
        QWidget.setTabOrder(self.internalClauseEdit, self.gradeCombo)
        QWidget.setTabOrder(self.gradeCombo, self.typeCombo)
        QWidget.setTabOrder(self.typeCombo, self.dueEdit)
        QWidget.setTabOrder(self.dueEdit, self.noDueCheck)

        self.retranslateUi(NcRecordForm)

        QMetaObject.connectSlotsByName(NcRecordForm)
    # setupUi

    def retranslateUi(self, NcRecordForm):
        self.identificationBox.setTitle(QCoreApplication.translate("NcRecordForm", u"1 \u00b7 Identification", None))
        self.numberCaption.setText(QCoreApplication.translate("NcRecordForm", u"Number:", None))
        self.auditCaption.setText(QCoreApplication.translate("NcRecordForm", u"Audit:", None))
        self.itemCaption.setText(QCoreApplication.translate("NcRecordForm", u"Checklist item:", None))
        self.processCaption.setText(QCoreApplication.translate("NcRecordForm", u"&Process:", None))
        self.departmentCaption.setText(QCoreApplication.translate("NcRecordForm", u"&Department:", None))
#if QT_CONFIG(tooltip)
        self.departmentCombo.setToolTip(QCoreApplication.translate("NcRecordForm", u"The audited department that answers this nonconformity", None))
#endif // QT_CONFIG(tooltip)
        self.auditorCaption.setText(QCoreApplication.translate("NcRecordForm", u"Auditor:", None))
        self.representativeCaption.setText(QCoreApplication.translate("NcRecordForm", u"Auditee &representative:", None))
#if QT_CONFIG(tooltip)
        self.representativeEdit.setToolTip(QCoreApplication.translate("NcRecordForm", u"Who accompanied the auditor for the audited department", None))
#endif // QT_CONFIG(tooltip)
        self.foundCaption.setText(QCoreApplication.translate("NcRecordForm", u"&Found on:", None))
        self.foundEdit.setDisplayFormat(QCoreApplication.translate("NcRecordForm", u"yyyy-MM-dd", None))
        self.factsBox.setTitle(QCoreApplication.translate("NcRecordForm", u"2 \u00b7 Facts (objective evidence)", None))
#if QT_CONFIG(tooltip)
        self.factsEdit.setToolTip(QCoreApplication.translate("NcRecordForm", u"Ticket, slip and serial numbers, dates, people, sample size", None))
#endif // QT_CONFIG(tooltip)
        self.clauseBox.setTitle(QCoreApplication.translate("NcRecordForm", u"3 \u00b7 Clause", None))
        self.clauseCaption.setText(QCoreApplication.translate("NcRecordForm", u"Standard &clause:", None))
        self.internalClauseCaption.setText(QCoreApplication.translate("NcRecordForm", u"&Internal clause:", None))
#if QT_CONFIG(tooltip)
        self.internalClauseEdit.setToolTip(QCoreApplication.translate("NcRecordForm", u"The clause of the company's own procedure or rule", None))
#endif // QT_CONFIG(tooltip)
        self.classificationBox.setTitle(QCoreApplication.translate("NcRecordForm", u"4 \u00b7 Classification", None))
        self.gradeCaption.setText(QCoreApplication.translate("NcRecordForm", u"&Grade:", None))
#if QT_CONFIG(tooltip)
        self.gradeCombo.setToolTip(QCoreApplication.translate("NcRecordForm", u"Major: a systemic or area-wide failure, or serious consequences. Minor: an isolated lapse. Observation: not yet a nonconformity.", None))
#endif // QT_CONFIG(tooltip)
        self.typeCaption.setText(QCoreApplication.translate("NcRecordForm", u"T&ype:", None))
#if QT_CONFIG(tooltip)
        self.typeCombo.setToolTip(QCoreApplication.translate("NcRecordForm", u"System: the documents do not meet the standard. Implementation: the documents are not followed. Effectiveness: followed, but the results were not achieved.", None))
#endif // QT_CONFIG(tooltip)
        self.dueCaption.setText(QCoreApplication.translate("NcRecordForm", u"D&ue date:", None))
#if QT_CONFIG(tooltip)
        self.dueEdit.setToolTip(QCoreApplication.translate("NcRecordForm", u"When the nonconformity must be closed; overdue after this day", None))
#endif // QT_CONFIG(tooltip)
        self.dueEdit.setDisplayFormat(QCoreApplication.translate("NcRecordForm", u"yyyy-MM-dd", None))
#if QT_CONFIG(tooltip)
        self.noDueCheck.setToolTip(QCoreApplication.translate("NcRecordForm", u"Observations may be tracked without a deadline", None))
#endif // QT_CONFIG(tooltip)
        self.noDueCheck.setText(QCoreApplication.translate("NcRecordForm", u"&No due date", None))
        self.acknowledgementBox.setTitle(QCoreApplication.translate("NcRecordForm", u"5 \u00b7 Auditee acknowledgement", None))
        self.ackByCaption.setText(QCoreApplication.translate("NcRecordForm", u"Acknowledged by:", None))
        self.ackOnCaption.setText(QCoreApplication.translate("NcRecordForm", u"Acknowledged on:", None))
        self.disputeCaption.setText(QCoreApplication.translate("NcRecordForm", u"Dispute reason:", None))
        self.reasonCaption.setText(QCoreApplication.translate("NcRecordForm", u"Last reason or ruling:", None))
        self.linksBox.setTitle(QCoreApplication.translate("NcRecordForm", u"Linked nonconformities", None))
        self.parentCaption.setText(QCoreApplication.translate("NcRecordForm", u"Follows up:", None))
#if QT_CONFIG(tooltip)
        self.parentValue.setToolTip(QCoreApplication.translate("NcRecordForm", u"The earlier nonconformity this one was raised to follow up (a recurrence)", None))
#endif // QT_CONFIG(tooltip)
        self.childrenCaption.setText(QCoreApplication.translate("NcRecordForm", u"Followed up by:", None))
#if QT_CONFIG(tooltip)
        self.childrenValue.setToolTip(QCoreApplication.translate("NcRecordForm", u"Follow-up nonconformities raised because this one recurred", None))
#endif // QT_CONFIG(tooltip)
        self.repeatCaption.setText(QCoreApplication.translate("NcRecordForm", u"Repeat of:", None))
#if QT_CONFIG(tooltip)
        self.repeatValue.setToolTip(QCoreApplication.translate("NcRecordForm", u"An NC of an earlier audit on the same process and clause (a repeat finding)", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

