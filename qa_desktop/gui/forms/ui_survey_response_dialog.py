# generated from ui/survey_response_dialog.ui by `python -m qa_desktop.gui.uic` — do not edit.
# ruff: noqa
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_ResponseDialog(object):
    def setupUi(self, ResponseDialog):
        if not ResponseDialog.objectName():
            ResponseDialog.setObjectName(u"ResponseDialog")
        ResponseDialog.resize(520, 520)
        self.verticalLayout = QVBoxLayout(ResponseDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.headingLabel = QLabel(ResponseDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.headingLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.customerCaption = QLabel(ResponseDialog)
        self.customerCaption.setObjectName(u"customerCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.customerCaption)

        self.customerEdit = QLineEdit(ResponseDialog)
        self.customerEdit.setObjectName(u"customerEdit")
        self.customerEdit.setMaxLength(200)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.customerEdit)

        self.respondentCaption = QLabel(ResponseDialog)
        self.respondentCaption.setObjectName(u"respondentCaption")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.respondentCaption)

        self.respondentEdit = QLineEdit(ResponseDialog)
        self.respondentEdit.setObjectName(u"respondentEdit")
        self.respondentEdit.setMaxLength(100)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.respondentEdit)


        self.verticalLayout.addLayout(self.formLayout)

        self.scoresGroup = QGroupBox(ResponseDialog)
        self.scoresGroup.setObjectName(u"scoresGroup")
        self.scoresForm = QFormLayout(self.scoresGroup)
        self.scoresForm.setObjectName(u"scoresForm")
        self.scoresForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.verticalLayout.addWidget(self.scoresGroup)

        self.overallForm = QFormLayout()
        self.overallForm.setObjectName(u"overallForm")
        self.overallForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.overallCaption = QLabel(ResponseDialog)
        self.overallCaption.setObjectName(u"overallCaption")

        self.overallForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.overallCaption)

        self.overallCombo = QComboBox(ResponseDialog)
        self.overallCombo.setObjectName(u"overallCombo")

        self.overallForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.overallCombo)

        self.commentCaption = QLabel(ResponseDialog)
        self.commentCaption.setObjectName(u"commentCaption")

        self.overallForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.commentCaption)

        self.commentEdit = QPlainTextEdit(ResponseDialog)
        self.commentEdit.setObjectName(u"commentEdit")
        self.commentEdit.setMinimumSize(QSize(0, 60))
        self.commentEdit.setTabChangesFocus(True)

        self.overallForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.commentEdit)


        self.verticalLayout.addLayout(self.overallForm)

        self.validityLabel = QLabel(ResponseDialog)
        self.validityLabel.setObjectName(u"validityLabel")
        self.validityLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.validityLabel)

        self.buttonBox = QDialogButtonBox(ResponseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.customerCaption.setBuddy(self.customerEdit)
        self.respondentCaption.setBuddy(self.respondentEdit)
        self.overallCaption.setBuddy(self.overallCombo)
        self.commentCaption.setBuddy(self.commentEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.customerEdit, self.respondentEdit)
        QWidget.setTabOrder(self.respondentEdit, self.overallCombo)
        QWidget.setTabOrder(self.overallCombo, self.commentEdit)

        self.retranslateUi(ResponseDialog)

        QMetaObject.connectSlotsByName(ResponseDialog)
    # setupUi

    def retranslateUi(self, ResponseDialog):
        ResponseDialog.setWindowTitle(QCoreApplication.translate("ResponseDialog", u"Survey response", None))
        self.customerCaption.setText(QCoreApplication.translate("ResponseDialog", u"C&ustomer:", None))
        self.respondentCaption.setText(QCoreApplication.translate("ResponseDialog", u"&Respondent:", None))
        self.scoresGroup.setTitle(QCoreApplication.translate("ResponseDialog", u"Scores (1 very dissatisfied \u2026 5 very satisfied; type the digit)", None))
        self.overallCaption.setText(QCoreApplication.translate("ResponseDialog", u"&Overall satisfaction:", None))
#if QT_CONFIG(tooltip)
        self.overallCombo.setToolTip(QCoreApplication.translate("ResponseDialog", u"Without an overall score the response is kept but is not a valid response for the rates", None))
#endif // QT_CONFIG(tooltip)
        self.commentCaption.setText(QCoreApplication.translate("ResponseDialog", u"Co&mment:", None))
    # retranslateUi

