# generated from ui/review_dialog.ui by `python -m qa_desktop.gui.uic` — do not edit.
# ruff: noqa
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDateEdit, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QSpinBox,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ReviewDialog(object):
    def setupUi(self, ReviewDialog):
        if not ReviewDialog.objectName():
            ReviewDialog.setObjectName(u"ReviewDialog")
        ReviewDialog.resize(820, 640)
        self.verticalLayout = QVBoxLayout(ReviewDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.titleLabel = QLabel(ReviewDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(ReviewDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(200)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.dateLabel = QLabel(ReviewDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateLayout = QHBoxLayout()
        self.dateLayout.setObjectName(u"dateLayout")
        self.dateEdit = QDateEdit(ReviewDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.dateLayout.addWidget(self.dateEdit)

        self.yearLabel = QLabel(ReviewDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.dateLayout.addWidget(self.yearLabel)

        self.yearSpin = QSpinBox(ReviewDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.dateLayout.addWidget(self.yearSpin)

        self.dateSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dateLayout.addItem(self.dateSpacer)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.dateLayout)

        self.locationLabel = QLabel(ReviewDialog)
        self.locationLabel.setObjectName(u"locationLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.locationLabel)

        self.locationEdit = QLineEdit(ReviewDialog)
        self.locationEdit.setObjectName(u"locationEdit")
        self.locationEdit.setMaxLength(200)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.locationEdit)

        self.chairLabel = QLabel(ReviewDialog)
        self.chairLabel.setObjectName(u"chairLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.chairLabel)

        self.chairCombo = QComboBox(ReviewDialog)
        self.chairCombo.setObjectName(u"chairCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.chairCombo)

        self.participantsLabel = QLabel(ReviewDialog)
        self.participantsLabel.setObjectName(u"participantsLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.participantsLabel)

        self.participantsEdit = QLineEdit(ReviewDialog)
        self.participantsEdit.setObjectName(u"participantsEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.participantsEdit)

        self.heldCheck = QCheckBox(ReviewDialog)
        self.heldCheck.setObjectName(u"heldCheck")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.heldCheck)

        self.heldLayout = QHBoxLayout()
        self.heldLayout.setObjectName(u"heldLayout")
        self.heldEdit = QDateEdit(ReviewDialog)
        self.heldEdit.setObjectName(u"heldEdit")
        self.heldEdit.setCalendarPopup(True)

        self.heldLayout.addWidget(self.heldEdit)

        self.heldSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.heldLayout.addItem(self.heldSpacer)


        self.formLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.heldLayout)


        self.verticalLayout.addLayout(self.formLayout)

        self.agendaLabel = QLabel(ReviewDialog)
        self.agendaLabel.setObjectName(u"agendaLabel")
        self.agendaLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.agendaLabel)

        self.agendaTable = QTableWidget(ReviewDialog)
        self.agendaTable.setObjectName(u"agendaTable")
        self.agendaTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.agendaTable.setWordWrap(False)
        self.agendaTable.verticalHeader().setVisible(False)

        self.verticalLayout.addWidget(self.agendaTable)

        self.problemLabel = QLabel(ReviewDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.verticalLayout.addWidget(self.problemLabel)

        self.buttonBox = QDialogButtonBox(ReviewDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.dateLabel.setBuddy(self.dateEdit)
        self.yearLabel.setBuddy(self.yearSpin)
        self.locationLabel.setBuddy(self.locationEdit)
        self.chairLabel.setBuddy(self.chairCombo)
        self.participantsLabel.setBuddy(self.participantsEdit)
        self.agendaLabel.setBuddy(self.agendaTable)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.yearSpin)
        QWidget.setTabOrder(self.yearSpin, self.locationEdit)
        QWidget.setTabOrder(self.locationEdit, self.chairCombo)
        QWidget.setTabOrder(self.chairCombo, self.participantsEdit)
        QWidget.setTabOrder(self.participantsEdit, self.heldCheck)
        QWidget.setTabOrder(self.heldCheck, self.heldEdit)
        QWidget.setTabOrder(self.heldEdit, self.agendaTable)

        self.retranslateUi(ReviewDialog)
        self.buttonBox.rejected.connect(ReviewDialog.reject)

        QMetaObject.connectSlotsByName(ReviewDialog)
    # setupUi

    def retranslateUi(self, ReviewDialog):
        ReviewDialog.setWindowTitle(QCoreApplication.translate("ReviewDialog", u"Management review", None))
        self.titleLabel.setText(QCoreApplication.translate("ReviewDialog", u"&Title:", None))
#if QT_CONFIG(tooltip)
        self.titleEdit.setToolTip(QCoreApplication.translate("ReviewDialog", u"For example 2025\u5e74\u5ea6\u7ba1\u7406\u8bc4\u5ba1", None))
#endif // QT_CONFIG(tooltip)
        self.dateLabel.setText(QCoreApplication.translate("ReviewDialog", u"&Planned date:", None))
#if QT_CONFIG(tooltip)
        self.dateEdit.setToolTip(QCoreApplication.translate("ReviewDialog", u"When the review meeting is planned; participants are notified in advance", None))
#endif // QT_CONFIG(tooltip)
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("ReviewDialog", u"yyyy-MM-dd", None))
        self.yearLabel.setText(QCoreApplication.translate("ReviewDialog", u"Review &year:", None))
#if QT_CONFIG(tooltip)
        self.yearSpin.setToolTip(QCoreApplication.translate("ReviewDialog", u"The year whose data the review looks at (a January meeting may review the year before)", None))
#endif // QT_CONFIG(tooltip)
        self.locationLabel.setText(QCoreApplication.translate("ReviewDialog", u"&Location:", None))
        self.chairLabel.setText(QCoreApplication.translate("ReviewDialog", u"&Chair:", None))
#if QT_CONFIG(tooltip)
        self.chairCombo.setToolTip(QCoreApplication.translate("ReviewDialog", u"Usually the top manager, who also approves the review plan", None))
#endif // QT_CONFIG(tooltip)
        self.participantsLabel.setText(QCoreApplication.translate("ReviewDialog", u"P&articipants:", None))
#if QT_CONFIG(tooltip)
        self.participantsEdit.setToolTip(QCoreApplication.translate("ReviewDialog", u"Names separated by commas (\u3001 or ,)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.heldCheck.setToolTip(QCoreApplication.translate("ReviewDialog", u"Record that the meeting took place, and when", None))
#endif // QT_CONFIG(tooltip)
        self.heldCheck.setText(QCoreApplication.translate("ReviewDialog", u"&Held on:", None))
        self.heldEdit.setDisplayFormat(QCoreApplication.translate("ReviewDialog", u"yyyy-MM-dd", None))
        self.agendaLabel.setText(QCoreApplication.translate("ReviewDialog", u"A&genda \u2014 the review inputs of ISO/IEC 20000-1:2018 9.3 and who presents each:", None))
#if QT_CONFIG(tooltip)
        self.agendaTable.setToolTip(QCoreApplication.translate("ReviewDialog", u"Double-click or press F2 to change who presents an input, or the agenda note", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

