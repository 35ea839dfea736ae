# generated from ui/recurrence_dialog.ui by `python -m qa_desktop.gui.uic` — do not edit.
# ruff: noqa
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_RecurrenceDialog(object):
    def setupUi(self, RecurrenceDialog):
        if not RecurrenceDialog.objectName():
            RecurrenceDialog.setObjectName(u"RecurrenceDialog")
        RecurrenceDialog.resize(640, 560)
        self.verticalLayout = QVBoxLayout(RecurrenceDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.introLabel = QLabel(RecurrenceDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.verticalLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.parentCaption = QLabel(RecurrenceDialog)
        self.parentCaption.setObjectName(u"parentCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.parentCaption)

        self.parentValue = QLabel(RecurrenceDialog)
        self.parentValue.setObjectName(u"parentValue")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.parentValue)

        self.gradeCaption = QLabel(RecurrenceDialog)
        self.gradeCaption.setObjectName(u"gradeCaption")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.gradeCaption)

        self.gradeLayout = QHBoxLayout()
        self.gradeLayout.setObjectName(u"gradeLayout")
        self.gradeCombo = QComboBox(RecurrenceDialog)
        self.gradeCombo.setObjectName(u"gradeCombo")

        self.gradeLayout.addWidget(self.gradeCombo)

        self.typeCaption = QLabel(RecurrenceDialog)
        self.typeCaption.setObjectName(u"typeCaption")

        self.gradeLayout.addWidget(self.typeCaption)

        self.typeCombo = QComboBox(RecurrenceDialog)
        self.typeCombo.setObjectName(u"typeCombo")

        self.gradeLayout.addWidget(self.typeCombo)

        self.gradeSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.gradeLayout.addItem(self.gradeSpacer)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.gradeLayout)

        self.suggestionLabel = QLabel(RecurrenceDialog)
        self.suggestionLabel.setObjectName(u"suggestionLabel")
        self.suggestionLabel.setWordWrap(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.suggestionLabel)

        self.auditCaption = QLabel(RecurrenceDialog)
        self.auditCaption.setObjectName(u"auditCaption")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.auditCaption)

        self.auditCombo = QComboBox(RecurrenceDialog)
        self.auditCombo.setObjectName(u"auditCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.auditCombo)

        self.processCaption = QLabel(RecurrenceDialog)
        self.processCaption.setObjectName(u"processCaption")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.processCaption)

        self.processCombo = QComboBox(RecurrenceDialog)
        self.processCombo.setObjectName(u"processCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.processCombo)

        self.departmentCaption = QLabel(RecurrenceDialog)
        self.departmentCaption.setObjectName(u"departmentCaption")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.departmentCaption)

        self.departmentCombo = QComboBox(RecurrenceDialog)
        self.departmentCombo.setObjectName(u"departmentCombo")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.departmentCombo)

        self.clauseCaption = QLabel(RecurrenceDialog)
        self.clauseCaption.setObjectName(u"clauseCaption")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.clauseCaption)

        self.clauseEdit = QLineEdit(RecurrenceDialog)
        self.clauseEdit.setObjectName(u"clauseEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.clauseEdit)

        self.internalClauseCaption = QLabel(RecurrenceDialog)
        self.internalClauseCaption.setObjectName(u"internalClauseCaption")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.internalClauseCaption)

        self.internalClauseEdit = QLineEdit(RecurrenceDialog)
        self.internalClauseEdit.setObjectName(u"internalClauseEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.internalClauseEdit)

        self.factsCaption = QLabel(RecurrenceDialog)
        self.factsCaption.setObjectName(u"factsCaption")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.factsCaption)

        self.factsEdit = QPlainTextEdit(RecurrenceDialog)
        self.factsEdit.setObjectName(u"factsEdit")
        self.factsEdit.setMinimumSize(QSize(0, 90))
        self.factsEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.factsEdit)

        self.foundCaption = QLabel(RecurrenceDialog)
        self.foundCaption.setObjectName(u"foundCaption")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.foundCaption)

        self.datesLayout = QHBoxLayout()
        self.datesLayout.setObjectName(u"datesLayout")
        self.foundEdit = QDateEdit(RecurrenceDialog)
        self.foundEdit.setObjectName(u"foundEdit")
        self.foundEdit.setCalendarPopup(True)

        self.datesLayout.addWidget(self.foundEdit)

        self.dueCaption = QLabel(RecurrenceDialog)
        self.dueCaption.setObjectName(u"dueCaption")

        self.datesLayout.addWidget(self.dueCaption)

        self.dueEdit = QDateEdit(RecurrenceDialog)
        self.dueEdit.setObjectName(u"dueEdit")
        self.dueEdit.setCalendarPopup(True)

        self.datesLayout.addWidget(self.dueEdit)

        self.datesSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.datesLayout.addItem(self.datesSpacer)


        self.formLayout.setLayout(9, QFormLayout.ItemRole.FieldRole, self.datesLayout)

        self.issueCheck = QCheckBox(RecurrenceDialog)
        self.issueCheck.setObjectName(u"issueCheck")
        self.issueCheck.setChecked(True)

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.issueCheck)


        self.verticalLayout.addLayout(self.formLayout)

        self.problemLabel = QLabel(RecurrenceDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(RecurrenceDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.gradeCaption.setBuddy(self.gradeCombo)
        self.typeCaption.setBuddy(self.typeCombo)
        self.auditCaption.setBuddy(self.auditCombo)
        self.processCaption.setBuddy(self.processCombo)
        self.departmentCaption.setBuddy(self.departmentCombo)
        self.clauseCaption.setBuddy(self.clauseEdit)
        self.internalClauseCaption.setBuddy(self.internalClauseEdit)
        self.factsCaption.setBuddy(self.factsEdit)
        self.foundCaption.setBuddy(self.foundEdit)
        self.dueCaption.setBuddy(self.dueEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.factsEdit, self.gradeCombo)
        QWidget.setTabOrder(self.gradeCombo, self.typeCombo)
        QWidget.setTabOrder(self.typeCombo, self.auditCombo)
        QWidget.setTabOrder(self.auditCombo, self.processCombo)
        QWidget.setTabOrder(self.processCombo, self.departmentCombo)
        QWidget.setTabOrder(self.departmentCombo, self.clauseEdit)
        QWidget.setTabOrder(self.clauseEdit, self.internalClauseEdit)
        QWidget.setTabOrder(self.internalClauseEdit, self.foundEdit)
        QWidget.setTabOrder(self.foundEdit, self.dueEdit)
        QWidget.setTabOrder(self.dueEdit, self.issueCheck)

        self.retranslateUi(RecurrenceDialog)
        self.buttonBox.rejected.connect(RecurrenceDialog.reject)

        QMetaObject.connectSlotsByName(RecurrenceDialog)
    # setupUi

    def retranslateUi(self, RecurrenceDialog):
        RecurrenceDialog.setWindowTitle(QCoreApplication.translate("RecurrenceDialog", u"Raise a follow-up nonconformity", None))
        self.parentCaption.setText(QCoreApplication.translate("RecurrenceDialog", u"Follows up:", None))
        self.gradeCaption.setText(QCoreApplication.translate("RecurrenceDialog", u"&Grade:", None))
#if QT_CONFIG(tooltip)
        self.gradeCombo.setToolTip(QCoreApplication.translate("RecurrenceDialog", u"A recurrence is usually escalated one grade: a recurring minor nonconformity becomes major", None))
#endif // QT_CONFIG(tooltip)
        self.typeCaption.setText(QCoreApplication.translate("RecurrenceDialog", u"T&ype:", None))
#if QT_CONFIG(tooltip)
        self.typeCombo.setToolTip(QCoreApplication.translate("RecurrenceDialog", u"System: the documents do not meet the standard. Implementation: the documents are not followed. Effectiveness: followed, but the results were not achieved.", None))
#endif // QT_CONFIG(tooltip)
        self.auditCaption.setText(QCoreApplication.translate("RecurrenceDialog", u"&Audit:", None))
#if QT_CONFIG(tooltip)
        self.auditCombo.setToolTip(QCoreApplication.translate("RecurrenceDialog", u"The audit in which the problem was found again", None))
#endif // QT_CONFIG(tooltip)
        self.processCaption.setText(QCoreApplication.translate("RecurrenceDialog", u"&Process:", None))
        self.departmentCaption.setText(QCoreApplication.translate("RecurrenceDialog", u"&Department:", None))
        self.clauseCaption.setText(QCoreApplication.translate("RecurrenceDialog", u"Standard &clause:", None))
        self.internalClauseCaption.setText(QCoreApplication.translate("RecurrenceDialog", u"&Internal clause:", None))
        self.factsCaption.setText(QCoreApplication.translate("RecurrenceDialog", u"&Facts:", None))
#if QT_CONFIG(tooltip)
        self.factsEdit.setToolTip(QCoreApplication.translate("RecurrenceDialog", u"What was found this time: ticket and record numbers, dates, sample size", None))
#endif // QT_CONFIG(tooltip)
        self.foundCaption.setText(QCoreApplication.translate("RecurrenceDialog", u"F&ound on:", None))
        self.foundEdit.setDisplayFormat(QCoreApplication.translate("RecurrenceDialog", u"yyyy-MM-dd", None))
        self.dueCaption.setText(QCoreApplication.translate("RecurrenceDialog", u"D&ue:", None))
#if QT_CONFIG(tooltip)
        self.dueEdit.setToolTip(QCoreApplication.translate("RecurrenceDialog", u"When the follow-up must be closed; 30 days after it was found unless you change it", None))
#endif // QT_CONFIG(tooltip)
        self.dueEdit.setDisplayFormat(QCoreApplication.translate("RecurrenceDialog", u"yyyy-MM-dd", None))
#if QT_CONFIG(tooltip)
        self.issueCheck.setToolTip(QCoreApplication.translate("RecurrenceDialog", u"Issue it to the department at once; otherwise it is kept as a draft", None))
#endif // QT_CONFIG(tooltip)
        self.issueCheck.setText(QCoreApplication.translate("RecurrenceDialog", u"&Issue now", None))
    # retranslateUi

