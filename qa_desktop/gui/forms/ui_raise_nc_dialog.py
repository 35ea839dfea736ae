# generated from ui/raise_nc_dialog.ui by `python -m qa_desktop.gui.uic` — do not edit.
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

class Ui_RaiseNcDialog(object):
    def setupUi(self, RaiseNcDialog):
        if not RaiseNcDialog.objectName():
            RaiseNcDialog.setObjectName(u"RaiseNcDialog")
        RaiseNcDialog.resize(620, 520)
        self.verticalLayout = QVBoxLayout(RaiseNcDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.sourceLabel = QLabel(RaiseNcDialog)
        self.sourceLabel.setObjectName(u"sourceLabel")
        self.sourceLabel.setWordWrap(True)
        self.sourceLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.verticalLayout.addWidget(self.sourceLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.gradeCaption = QLabel(RaiseNcDialog)
        self.gradeCaption.setObjectName(u"gradeCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.gradeCaption)

        self.gradeLayout = QHBoxLayout()
        self.gradeLayout.setObjectName(u"gradeLayout")
        self.gradeCombo = QComboBox(RaiseNcDialog)
        self.gradeCombo.setObjectName(u"gradeCombo")

        self.gradeLayout.addWidget(self.gradeCombo)

        self.typeCaption = QLabel(RaiseNcDialog)
        self.typeCaption.setObjectName(u"typeCaption")

        self.gradeLayout.addWidget(self.typeCaption)

        self.typeCombo = QComboBox(RaiseNcDialog)
        self.typeCombo.setObjectName(u"typeCombo")

        self.gradeLayout.addWidget(self.typeCombo)

        self.gradeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.gradeLayout.addItem(self.gradeSpacer)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.gradeLayout)

        self.clauseCaption = QLabel(RaiseNcDialog)
        self.clauseCaption.setObjectName(u"clauseCaption")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.clauseCaption)

        self.clauseEdit = QLineEdit(RaiseNcDialog)
        self.clauseEdit.setObjectName(u"clauseEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.clauseEdit)

        self.internalClauseCaption = QLabel(RaiseNcDialog)
        self.internalClauseCaption.setObjectName(u"internalClauseCaption")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.internalClauseCaption)

        self.internalClauseEdit = QLineEdit(RaiseNcDialog)
        self.internalClauseEdit.setObjectName(u"internalClauseEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.internalClauseEdit)

        self.factsCaption = QLabel(RaiseNcDialog)
        self.factsCaption.setObjectName(u"factsCaption")
        self.factsCaption.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.factsCaption)

        self.factsEdit = QPlainTextEdit(RaiseNcDialog)
        self.factsEdit.setObjectName(u"factsEdit")
        self.factsEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.factsEdit)

        self.dueCaption = QLabel(RaiseNcDialog)
        self.dueCaption.setObjectName(u"dueCaption")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.dueCaption)

        self.dueLayout = QHBoxLayout()
        self.dueLayout.setObjectName(u"dueLayout")
        self.dueDateEdit = QDateEdit(RaiseNcDialog)
        self.dueDateEdit.setObjectName(u"dueDateEdit")
        self.dueDateEdit.setCalendarPopup(True)

        self.dueLayout.addWidget(self.dueDateEdit)

        self.noDueCheck = QCheckBox(RaiseNcDialog)
        self.noDueCheck.setObjectName(u"noDueCheck")

        self.dueLayout.addWidget(self.noDueCheck)

        self.dueSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dueLayout.addItem(self.dueSpacer)


        self.formLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.dueLayout)

        self.issueCheck = QCheckBox(RaiseNcDialog)
        self.issueCheck.setObjectName(u"issueCheck")
        self.issueCheck.setChecked(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.issueCheck)


        self.verticalLayout.addLayout(self.formLayout)

        self.problemLabel = QLabel(RaiseNcDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(RaiseNcDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.gradeCaption.setBuddy(self.gradeCombo)
        self.typeCaption.setBuddy(self.typeCombo)
        self.clauseCaption.setBuddy(self.clauseEdit)
        self.internalClauseCaption.setBuddy(self.internalClauseEdit)
        self.factsCaption.setBuddy(self.factsEdit)
        self.dueCaption.setBuddy(self.dueDateEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.gradeCombo, self.typeCombo)
        QWidget.setTabOrder(self.typeCombo, self.clauseEdit)
        QWidget.setTabOrder(self.clauseEdit, self.internalClauseEdit)
        QWidget.setTabOrder(self.internalClauseEdit, self.factsEdit)
        QWidget.setTabOrder(self.factsEdit, self.dueDateEdit)
        QWidget.setTabOrder(self.dueDateEdit, self.noDueCheck)
        QWidget.setTabOrder(self.noDueCheck, self.issueCheck)

        self.retranslateUi(RaiseNcDialog)
        self.buttonBox.rejected.connect(RaiseNcDialog.reject)

        QMetaObject.connectSlotsByName(RaiseNcDialog)
    # setupUi

    def retranslateUi(self, RaiseNcDialog):
        RaiseNcDialog.setWindowTitle(QCoreApplication.translate("RaiseNcDialog", u"Raise a nonconformity", None))
        self.gradeCaption.setText(QCoreApplication.translate("RaiseNcDialog", u"&Grade:", None))
#if QT_CONFIG(tooltip)
        self.gradeCombo.setToolTip(QCoreApplication.translate("RaiseNcDialog", u"Major: a systemic or area-wide failure, or serious consequences. Minor: an isolated lapse. Observation: not yet a nonconformity.", None))
#endif // QT_CONFIG(tooltip)
        self.typeCaption.setText(QCoreApplication.translate("RaiseNcDialog", u"&Type:", None))
#if QT_CONFIG(tooltip)
        self.typeCombo.setToolTip(QCoreApplication.translate("RaiseNcDialog", u"System: the documents do not meet the standard. Implementation: the documents are not followed. Effectiveness: followed, but the results were not achieved.", None))
#endif // QT_CONFIG(tooltip)
        self.clauseCaption.setText(QCoreApplication.translate("RaiseNcDialog", u"Standard &clause:", None))
        self.internalClauseCaption.setText(QCoreApplication.translate("RaiseNcDialog", u"&Internal clause:", None))
        self.internalClauseEdit.setPlaceholderText(QCoreApplication.translate("RaiseNcDialog", u"The company procedure and its clause, e.g. QP-08 \u00a74.2", None))
        self.factsCaption.setText(QCoreApplication.translate("RaiseNcDialog", u"&Facts:", None))
        self.factsEdit.setPlaceholderText(QCoreApplication.translate("RaiseNcDialog", u"Objective evidence: ticket, slip and serial numbers, dates, people, sample size (required)", None))
        self.dueCaption.setText(QCoreApplication.translate("RaiseNcDialog", u"&Due date:", None))
#if QT_CONFIG(tooltip)
        self.dueDateEdit.setToolTip(QCoreApplication.translate("RaiseNcDialog", u"When the corrective action must be complete (major and minor: 30 days by default)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.noDueCheck.setToolTip(QCoreApplication.translate("RaiseNcDialog", u"Observations are tracked without a deadline", None))
#endif // QT_CONFIG(tooltip)
        self.noDueCheck.setText(QCoreApplication.translate("RaiseNcDialog", u"No &deadline", None))
#if QT_CONFIG(tooltip)
        self.issueCheck.setToolTip(QCoreApplication.translate("RaiseNcDialog", u"Issue the nonconformity to the auditee now; unchecked, it stays a draft you can still edit", None))
#endif // QT_CONFIG(tooltip)
        self.issueCheck.setText(QCoreApplication.translate("RaiseNcDialog", u"Issue &now", None))
    # retranslateUi

