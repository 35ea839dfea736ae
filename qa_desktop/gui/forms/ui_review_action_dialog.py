# generated from ui/review_action_dialog.ui by `python -m qa_desktop.gui.uic` — do not edit.
# ruff: noqa
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ReviewActionDialog(object):
    def setupUi(self, ReviewActionDialog):
        if not ReviewActionDialog.objectName():
            ReviewActionDialog.setObjectName(u"ReviewActionDialog")
        ReviewActionDialog.resize(560, 360)
        self.verticalLayout = QVBoxLayout(ReviewActionDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.introLabel = QLabel(ReviewActionDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.verticalLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.categoryLabel = QLabel(ReviewActionDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(ReviewActionDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.descriptionLabel = QLabel(ReviewActionDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(ReviewActionDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setMinimumSize(QSize(0, 70))
        self.descriptionEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.ownerLabel = QLabel(ReviewActionDialog)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.ownerCombo = QComboBox(ReviewActionDialog)
        self.ownerCombo.setObjectName(u"ownerCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.ownerCombo)

        self.dueLabel = QLabel(ReviewActionDialog)
        self.dueLabel.setObjectName(u"dueLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dueLabel)

        self.dueLayout = QHBoxLayout()
        self.dueLayout.setObjectName(u"dueLayout")
        self.dueEdit = QDateEdit(ReviewActionDialog)
        self.dueEdit.setObjectName(u"dueEdit")
        self.dueEdit.setCalendarPopup(True)

        self.dueLayout.addWidget(self.dueEdit)

        self.dueSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dueLayout.addItem(self.dueSpacer)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.dueLayout)

        self.statusLabel = QLabel(ReviewActionDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(ReviewActionDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.evidenceLabel = QLabel(ReviewActionDialog)
        self.evidenceLabel.setObjectName(u"evidenceLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.evidenceLabel)

        self.evidenceEdit = QLineEdit(ReviewActionDialog)
        self.evidenceEdit.setObjectName(u"evidenceEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.evidenceEdit)


        self.verticalLayout.addLayout(self.formLayout)

        self.problemLabel = QLabel(ReviewActionDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.verticalLayout.addWidget(self.problemLabel)

        self.spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(ReviewActionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.ownerLabel.setBuddy(self.ownerCombo)
        self.dueLabel.setBuddy(self.dueEdit)
        self.statusLabel.setBuddy(self.statusCombo)
        self.evidenceLabel.setBuddy(self.evidenceEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.categoryCombo, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.ownerCombo)
        QWidget.setTabOrder(self.ownerCombo, self.dueEdit)
        QWidget.setTabOrder(self.dueEdit, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.evidenceEdit)

        self.retranslateUi(ReviewActionDialog)
        self.buttonBox.rejected.connect(ReviewActionDialog.reject)

        QMetaObject.connectSlotsByName(ReviewActionDialog)
    # setupUi

    def retranslateUi(self, ReviewActionDialog):
        ReviewActionDialog.setWindowTitle(QCoreApplication.translate("ReviewActionDialog", u"Review action", None))
        self.categoryLabel.setText(QCoreApplication.translate("ReviewActionDialog", u"&Category:", None))
#if QT_CONFIG(tooltip)
        self.categoryCombo.setToolTip(QCoreApplication.translate("ReviewActionDialog", u"ISO 9001 9.3.3: an improvement, a change to the management system or the services, or a resource need", None))
#endif // QT_CONFIG(tooltip)
        self.descriptionLabel.setText(QCoreApplication.translate("ReviewActionDialog", u"Descr&iption:", None))
#if QT_CONFIG(tooltip)
        self.descriptionEdit.setToolTip(QCoreApplication.translate("ReviewActionDialog", u"The decision and what will be done about it", None))
#endif // QT_CONFIG(tooltip)
        self.ownerLabel.setText(QCoreApplication.translate("ReviewActionDialog", u"O&wner:", None))
#if QT_CONFIG(tooltip)
        self.ownerCombo.setToolTip(QCoreApplication.translate("ReviewActionDialog", u"Who is responsible (\u8d23\u4efb\u4eba)", None))
#endif // QT_CONFIG(tooltip)
        self.dueLabel.setText(QCoreApplication.translate("ReviewActionDialog", u"D&ue:", None))
#if QT_CONFIG(tooltip)
        self.dueEdit.setToolTip(QCoreApplication.translate("ReviewActionDialog", u"The deadline (\u671f\u9650); after it an unfinished action is overdue", None))
#endif // QT_CONFIG(tooltip)
        self.dueEdit.setDisplayFormat(QCoreApplication.translate("ReviewActionDialog", u"yyyy-MM-dd", None))
        self.statusLabel.setText(QCoreApplication.translate("ReviewActionDialog", u"&Status:", None))
#if QT_CONFIG(tooltip)
        self.statusCombo.setToolTip(QCoreApplication.translate("ReviewActionDialog", u"Done records today as the completion date", None))
#endif // QT_CONFIG(tooltip)
        self.evidenceLabel.setText(QCoreApplication.translate("ReviewActionDialog", u"E&vidence:", None))
#if QT_CONFIG(tooltip)
        self.evidenceEdit.setToolTip(QCoreApplication.translate("ReviewActionDialog", u"What shows it was done: a record, a document, a ticket", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

