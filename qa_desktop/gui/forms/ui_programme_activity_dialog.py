# generated from ui/programme_activity_dialog.ui by `python -m qa_desktop.gui.uic` — do not edit.
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
    QGridLayout, QHBoxLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ProgrammeActivityDialog(object):
    def setupUi(self, ProgrammeActivityDialog):
        if not ProgrammeActivityDialog.objectName():
            ProgrammeActivityDialog.setObjectName(u"ProgrammeActivityDialog")
        ProgrammeActivityDialog.resize(560, 420)
        self.verticalLayout = QVBoxLayout(ProgrammeActivityDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.headingLabel = QLabel(ProgrammeActivityDialog)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)
        self.headingLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.verticalLayout.addWidget(self.headingLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.statusLabel = QLabel(ProgrammeActivityDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(ProgrammeActivityDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.doneCheck = QCheckBox(ProgrammeActivityDialog)
        self.doneCheck.setObjectName(u"doneCheck")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.doneCheck)

        self.doneLayout = QHBoxLayout()
        self.doneLayout.setObjectName(u"doneLayout")
        self.doneEdit = QDateEdit(ProgrammeActivityDialog)
        self.doneEdit.setObjectName(u"doneEdit")
        self.doneEdit.setCalendarPopup(True)

        self.doneLayout.addWidget(self.doneEdit)

        self.doneSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.doneLayout.addItem(self.doneSpacer)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.doneLayout)

        self.ownerLabel = QLabel(ProgrammeActivityDialog)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.ownerCombo = QComboBox(ProgrammeActivityDialog)
        self.ownerCombo.setObjectName(u"ownerCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.ownerCombo)

        self.monthsLabel = QLabel(ProgrammeActivityDialog)
        self.monthsLabel.setObjectName(u"monthsLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.monthsLabel)

        self.monthsBox = QWidget(ProgrammeActivityDialog)
        self.monthsBox.setObjectName(u"monthsBox")
        self.monthsGrid = QGridLayout(self.monthsBox)
        self.monthsGrid.setObjectName(u"monthsGrid")
        self.monthsGrid.setContentsMargins(0, 0, 0, 0)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.monthsBox)

        self.notesLabel = QLabel(ProgrammeActivityDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(ProgrammeActivityDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMinimumSize(QSize(0, 70))
        self.notesEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.verticalLayout.addLayout(self.formLayout)

        self.problemLabel = QLabel(ProgrammeActivityDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.verticalLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(ProgrammeActivityDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.statusLabel.setBuddy(self.statusCombo)
        self.ownerLabel.setBuddy(self.ownerCombo)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.statusCombo, self.doneCheck)
        QWidget.setTabOrder(self.doneCheck, self.doneEdit)
        QWidget.setTabOrder(self.doneEdit, self.ownerCombo)
        QWidget.setTabOrder(self.ownerCombo, self.notesEdit)

        self.retranslateUi(ProgrammeActivityDialog)
        self.buttonBox.rejected.connect(ProgrammeActivityDialog.reject)

        QMetaObject.connectSlotsByName(ProgrammeActivityDialog)
    # setupUi

    def retranslateUi(self, ProgrammeActivityDialog):
        ProgrammeActivityDialog.setWindowTitle(QCoreApplication.translate("ProgrammeActivityDialog", u"Programme activity", None))
        self.statusLabel.setText(QCoreApplication.translate("ProgrammeActivityDialog", u"&Status:", None))
#if QT_CONFIG(tooltip)
        self.statusCombo.setToolTip(QCoreApplication.translate("ProgrammeActivityDialog", u"Planned, in progress, done or cancelled; due and overdue follow from the planned months", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.doneCheck.setToolTip(QCoreApplication.translate("ProgrammeActivityDialog", u"Record the day the activity was actually done", None))
#endif // QT_CONFIG(tooltip)
        self.doneCheck.setText(QCoreApplication.translate("ProgrammeActivityDialog", u"&Done on:", None))
#if QT_CONFIG(tooltip)
        self.doneEdit.setToolTip(QCoreApplication.translate("ProgrammeActivityDialog", u"The actual date", None))
#endif // QT_CONFIG(tooltip)
        self.doneEdit.setDisplayFormat(QCoreApplication.translate("ProgrammeActivityDialog", u"yyyy-MM-dd", None))
        self.ownerLabel.setText(QCoreApplication.translate("ProgrammeActivityDialog", u"O&wner:", None))
#if QT_CONFIG(tooltip)
        self.ownerCombo.setToolTip(QCoreApplication.translate("ProgrammeActivityDialog", u"The person who carries out the activity this year", None))
#endif // QT_CONFIG(tooltip)
        self.monthsLabel.setText(QCoreApplication.translate("ProgrammeActivityDialog", u"Planned months:", None))
#if QT_CONFIG(tooltip)
        self.monthsBox.setToolTip(QCoreApplication.translate("ProgrammeActivityDialog", u"The months of the year in which the activity is planned", None))
#endif // QT_CONFIG(tooltip)
        self.notesLabel.setText(QCoreApplication.translate("ProgrammeActivityDialog", u"&Notes:", None))
#if QT_CONFIG(tooltip)
        self.notesEdit.setToolTip(QCoreApplication.translate("ProgrammeActivityDialog", u"What was done, what is late and why", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

