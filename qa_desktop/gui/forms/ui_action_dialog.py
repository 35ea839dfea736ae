# generated from ui/action_dialog.ui by `python -m qa_desktop.gui.uic` — do not edit.
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

class Ui_ActionDialog(object):
    def setupUi(self, ActionDialog):
        if not ActionDialog.objectName():
            ActionDialog.setObjectName(u"ActionDialog")
        ActionDialog.resize(520, 300)
        self.verticalLayout = QVBoxLayout(ActionDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.introLabel = QLabel(ActionDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.descriptionLabel = QLabel(ActionDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(ActionDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setMinimumSize(QSize(0, 70))
        self.descriptionEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.ownerLabel = QLabel(ActionDialog)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.ownerCombo = QComboBox(ActionDialog)
        self.ownerCombo.setObjectName(u"ownerCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ownerCombo)

        self.dueLabel = QLabel(ActionDialog)
        self.dueLabel.setObjectName(u"dueLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dueLabel)

        self.dueLayout = QHBoxLayout()
        self.dueLayout.setObjectName(u"dueLayout")
        self.dueEdit = QDateEdit(ActionDialog)
        self.dueEdit.setObjectName(u"dueEdit")
        self.dueEdit.setCalendarPopup(True)

        self.dueLayout.addWidget(self.dueEdit)

        self.dueSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dueLayout.addItem(self.dueSpacer)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.dueLayout)

        self.evidenceLabel = QLabel(ActionDialog)
        self.evidenceLabel.setObjectName(u"evidenceLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.evidenceLabel)

        self.evidenceEdit = QLineEdit(ActionDialog)
        self.evidenceEdit.setObjectName(u"evidenceEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.evidenceEdit)


        self.verticalLayout.addLayout(self.formLayout)

        self.problemLabel = QLabel(ActionDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.problemLabel)

        self.spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(ActionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.ownerLabel.setBuddy(self.ownerCombo)
        self.dueLabel.setBuddy(self.dueEdit)
        self.evidenceLabel.setBuddy(self.evidenceEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.descriptionEdit, self.ownerCombo)
        QWidget.setTabOrder(self.ownerCombo, self.dueEdit)
        QWidget.setTabOrder(self.dueEdit, self.evidenceEdit)

        self.retranslateUi(ActionDialog)
        self.buttonBox.rejected.connect(ActionDialog.reject)

        QMetaObject.connectSlotsByName(ActionDialog)
    # setupUi

    def retranslateUi(self, ActionDialog):
        self.descriptionLabel.setText(QCoreApplication.translate("ActionDialog", u"Descr&iption:", None))
#if QT_CONFIG(tooltip)
        self.descriptionEdit.setToolTip(QCoreApplication.translate("ActionDialog", u"What will be done to remove the cause", None))
#endif // QT_CONFIG(tooltip)
        self.ownerLabel.setText(QCoreApplication.translate("ActionDialog", u"O&wner:", None))
#if QT_CONFIG(tooltip)
        self.ownerCombo.setToolTip(QCoreApplication.translate("ActionDialog", u"Who is responsible for carrying out the action", None))
#endif // QT_CONFIG(tooltip)
        self.dueLabel.setText(QCoreApplication.translate("ActionDialog", u"D&ue:", None))
#if QT_CONFIG(tooltip)
        self.dueEdit.setToolTip(QCoreApplication.translate("ActionDialog", u"The planned completion date", None))
#endif // QT_CONFIG(tooltip)
        self.dueEdit.setDisplayFormat(QCoreApplication.translate("ActionDialog", u"yyyy-MM-dd", None))
        self.evidenceLabel.setText(QCoreApplication.translate("ActionDialog", u"E&vidence note:", None))
#if QT_CONFIG(tooltip)
        self.evidenceEdit.setToolTip(QCoreApplication.translate("ActionDialog", u"What shows it was done (record, ticket, document); attach the files themselves below the action list", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

