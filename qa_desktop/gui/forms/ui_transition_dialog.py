# generated from ui/transition_dialog.ui by `python -m qa_desktop.gui.uic` — do not edit.
# ruff: noqa
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_TransitionDialog(object):
    def setupUi(self, TransitionDialog):
        if not TransitionDialog.objectName():
            TransitionDialog.setObjectName(u"TransitionDialog")
        TransitionDialog.resize(480, 320)
        self.verticalLayout = QVBoxLayout(TransitionDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.introLabel = QLabel(TransitionDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.reasonLabel = QLabel(TransitionDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(TransitionDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaximumSize(QSize(16777215, 90))
        self.reasonEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.acknowledgedLabel = QLabel(TransitionDialog)
        self.acknowledgedLabel.setObjectName(u"acknowledgedLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.acknowledgedLabel)

        self.acknowledgedEdit = QLineEdit(TransitionDialog)
        self.acknowledgedEdit.setObjectName(u"acknowledgedEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.acknowledgedEdit)

        self.verifierLabel = QLabel(TransitionDialog)
        self.verifierLabel.setObjectName(u"verifierLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.verifierLabel)

        self.verifierCombo = QComboBox(TransitionDialog)
        self.verifierCombo.setObjectName(u"verifierCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.verifierCombo)

        self.verifierHint = QLabel(TransitionDialog)
        self.verifierHint.setObjectName(u"verifierHint")
        self.verifierHint.setWordWrap(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.verifierHint)

        self.methodLabel = QLabel(TransitionDialog)
        self.methodLabel.setObjectName(u"methodLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.methodLabel)

        self.methodCombo = QComboBox(TransitionDialog)
        self.methodCombo.setObjectName(u"methodCombo")
        self.methodCombo.setEditable(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.methodCombo)

        self.notesLabel = QLabel(TransitionDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(TransitionDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaximumSize(QSize(16777215, 90))
        self.notesEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.verticalLayout.addLayout(self.formLayout)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(TransitionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.acknowledgedLabel.setBuddy(self.acknowledgedEdit)
        self.verifierLabel.setBuddy(self.verifierCombo)
        self.methodLabel.setBuddy(self.methodCombo)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reasonEdit, self.acknowledgedEdit)
        QWidget.setTabOrder(self.acknowledgedEdit, self.verifierCombo)
        QWidget.setTabOrder(self.verifierCombo, self.methodCombo)
        QWidget.setTabOrder(self.methodCombo, self.notesEdit)

        self.retranslateUi(TransitionDialog)
        self.buttonBox.rejected.connect(TransitionDialog.reject)

        QMetaObject.connectSlotsByName(TransitionDialog)
    # setupUi

    def retranslateUi(self, TransitionDialog):
        self.reasonLabel.setText(QCoreApplication.translate("TransitionDialog", u"&Reason:", None))
        self.acknowledgedLabel.setText(QCoreApplication.translate("TransitionDialog", u"&Acknowledged by:", None))
#if QT_CONFIG(tooltip)
        self.acknowledgedEdit.setToolTip(QCoreApplication.translate("TransitionDialog", u"The auditee representative who accepts the finding", None))
#endif // QT_CONFIG(tooltip)
        self.verifierLabel.setText(QCoreApplication.translate("TransitionDialog", u"&Verifier:", None))
#if QT_CONFIG(tooltip)
        self.verifierCombo.setToolTip(QCoreApplication.translate("TransitionDialog", u"Who checked the effectiveness; not the owner of any corrective action", None))
#endif // QT_CONFIG(tooltip)
        self.methodLabel.setText(QCoreApplication.translate("TransitionDialog", u"&Method:", None))
#if QT_CONFIG(tooltip)
        self.methodCombo.setToolTip(QCoreApplication.translate("TransitionDialog", u"How the effectiveness was checked; pick one or type your own", None))
#endif // QT_CONFIG(tooltip)
        self.notesLabel.setText(QCoreApplication.translate("TransitionDialog", u"Result &notes:", None))
#if QT_CONFIG(tooltip)
        self.notesEdit.setToolTip(QCoreApplication.translate("TransitionDialog", u"What the verification found: samples re-checked, KPI values", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

