# generated from ui/survey_dialog.ui by `python -m qa_desktop.gui.uic` — do not edit.
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
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_SurveyDialog(object):
    def setupUi(self, SurveyDialog):
        if not SurveyDialog.objectName():
            SurveyDialog.setObjectName(u"SurveyDialog")
        SurveyDialog.resize(600, 520)
        self.verticalLayout = QVBoxLayout(SurveyDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.introLabel = QLabel(SurveyDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.periodCaption = QLabel(SurveyDialog)
        self.periodCaption.setObjectName(u"periodCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.periodCaption)

        self.periodLayout = QHBoxLayout()
        self.periodLayout.setObjectName(u"periodLayout")
        self.yearSpin = QSpinBox(SurveyDialog)
        self.yearSpin.setObjectName(u"yearSpin")
        self.yearSpin.setMinimum(2000)
        self.yearSpin.setMaximum(2100)

        self.periodLayout.addWidget(self.yearSpin)

        self.quarterCombo = QComboBox(SurveyDialog)
        self.quarterCombo.setObjectName(u"quarterCombo")

        self.periodLayout.addWidget(self.quarterCombo)

        self.periodSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodLayout.addItem(self.periodSpacer)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.periodLayout)

        self.titleCaption = QLabel(SurveyDialog)
        self.titleCaption.setObjectName(u"titleCaption")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleCaption)

        self.titleEdit = QLineEdit(SurveyDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(200)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.methodCaption = QLabel(SurveyDialog)
        self.methodCaption.setObjectName(u"methodCaption")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.methodCaption)

        self.methodCombo = QComboBox(SurveyDialog)
        self.methodCombo.setObjectName(u"methodCombo")
        self.methodCombo.setEditable(True)
        self.methodCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.methodCombo)

        self.sampleSizeCaption = QLabel(SurveyDialog)
        self.sampleSizeCaption.setObjectName(u"sampleSizeCaption")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sampleSizeCaption)

        self.sampleSizeSpin = QSpinBox(SurveyDialog)
        self.sampleSizeSpin.setObjectName(u"sampleSizeSpin")
        self.sampleSizeSpin.setMaximum(100000)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sampleSizeSpin)

        self.samplePlanCaption = QLabel(SurveyDialog)
        self.samplePlanCaption.setObjectName(u"samplePlanCaption")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.samplePlanCaption)

        self.samplePlanEdit = QPlainTextEdit(SurveyDialog)
        self.samplePlanEdit.setObjectName(u"samplePlanEdit")
        self.samplePlanEdit.setMinimumSize(QSize(0, 70))
        self.samplePlanEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.samplePlanEdit)

        self.ownerCaption = QLabel(SurveyDialog)
        self.ownerCaption.setObjectName(u"ownerCaption")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.ownerCaption)

        self.ownerCombo = QComboBox(SurveyDialog)
        self.ownerCombo.setObjectName(u"ownerCombo")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.ownerCombo)

        self.plannedCheck = QCheckBox(SurveyDialog)
        self.plannedCheck.setObjectName(u"plannedCheck")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.plannedCheck)

        self.plannedEdit = QDateEdit(SurveyDialog)
        self.plannedEdit.setObjectName(u"plannedEdit")
        self.plannedEdit.setCalendarPopup(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.plannedEdit)

        self.conductedCheck = QCheckBox(SurveyDialog)
        self.conductedCheck.setObjectName(u"conductedCheck")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.conductedCheck)

        self.conductedEdit = QDateEdit(SurveyDialog)
        self.conductedEdit.setObjectName(u"conductedEdit")
        self.conductedEdit.setCalendarPopup(True)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.conductedEdit)

        self.statusCaption = QLabel(SurveyDialog)
        self.statusCaption.setObjectName(u"statusCaption")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.statusCaption)

        self.statusCombo = QComboBox(SurveyDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.statusCombo)


        self.verticalLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(SurveyDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.errorLabel)

        self.bottomSpacer = QSpacerItem(10, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(SurveyDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.periodCaption.setBuddy(self.yearSpin)
        self.titleCaption.setBuddy(self.titleEdit)
        self.methodCaption.setBuddy(self.methodCombo)
        self.sampleSizeCaption.setBuddy(self.sampleSizeSpin)
        self.samplePlanCaption.setBuddy(self.samplePlanEdit)
        self.ownerCaption.setBuddy(self.ownerCombo)
        self.statusCaption.setBuddy(self.statusCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.yearSpin, self.quarterCombo)
        QWidget.setTabOrder(self.quarterCombo, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.methodCombo)
        QWidget.setTabOrder(self.methodCombo, self.sampleSizeSpin)
        QWidget.setTabOrder(self.sampleSizeSpin, self.samplePlanEdit)
        QWidget.setTabOrder(self.samplePlanEdit, self.ownerCombo)
        QWidget.setTabOrder(self.ownerCombo, self.plannedCheck)
        QWidget.setTabOrder(self.plannedCheck, self.plannedEdit)
        QWidget.setTabOrder(self.plannedEdit, self.conductedCheck)
        QWidget.setTabOrder(self.conductedCheck, self.conductedEdit)
        QWidget.setTabOrder(self.conductedEdit, self.statusCombo)

        self.retranslateUi(SurveyDialog)

        QMetaObject.connectSlotsByName(SurveyDialog)
    # setupUi

    def retranslateUi(self, SurveyDialog):
        SurveyDialog.setWindowTitle(QCoreApplication.translate("SurveyDialog", u"Satisfaction survey plan", None))
        self.introLabel.setText(QCoreApplication.translate("SurveyDialog", u"Plan \u00a74.4: one customer satisfaction survey per quarter (March, June, September), planned, conducted and analysed by the service desk.", None))
        self.periodCaption.setText(QCoreApplication.translate("SurveyDialog", u"&Period:", None))
#if QT_CONFIG(tooltip)
        self.yearSpin.setToolTip(QCoreApplication.translate("SurveyDialog", u"The year of the survey", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.quarterCombo.setToolTip(QCoreApplication.translate("SurveyDialog", u"The quarter the survey covers; each quarter has at most one survey", None))
#endif // QT_CONFIG(tooltip)
        self.titleCaption.setText(QCoreApplication.translate("SurveyDialog", u"&Title:", None))
#if QT_CONFIG(tooltip)
        self.titleEdit.setToolTip(QCoreApplication.translate("SurveyDialog", u"Leave empty for the quarter's default title", None))
#endif // QT_CONFIG(tooltip)
        self.methodCaption.setText(QCoreApplication.translate("SurveyDialog", u"&Method:", None))
#if QT_CONFIG(tooltip)
        self.methodCombo.setToolTip(QCoreApplication.translate("SurveyDialog", u"How customers are asked: pick one or type your own", None))
#endif // QT_CONFIG(tooltip)
        self.sampleSizeCaption.setText(QCoreApplication.translate("SurveyDialog", u"Sample si&ze:", None))
#if QT_CONFIG(tooltip)
        self.sampleSizeSpin.setToolTip(QCoreApplication.translate("SurveyDialog", u"How many responses the plan aims for; the analysis compares it with the responses received", None))
#endif // QT_CONFIG(tooltip)
        self.samplePlanCaption.setText(QCoreApplication.translate("SurveyDialog", u"&Sample plan:", None))
#if QT_CONFIG(tooltip)
        self.samplePlanEdit.setToolTip(QCoreApplication.translate("SurveyDialog", u"Who is asked and how they are chosen: customers, contacts, share of closed tickets\u2026", None))
#endif // QT_CONFIG(tooltip)
        self.ownerCaption.setText(QCoreApplication.translate("SurveyDialog", u"O&wner:", None))
#if QT_CONFIG(tooltip)
        self.ownerCombo.setToolTip(QCoreApplication.translate("SurveyDialog", u"Who runs the survey (the plan names the service desk specialist)", None))
#endif // QT_CONFIG(tooltip)
        self.plannedCheck.setText(QCoreApplication.translate("SurveyDialog", u"P&lanned on:", None))
        self.plannedEdit.setDisplayFormat(QCoreApplication.translate("SurveyDialog", u"yyyy-MM-dd", None))
        self.conductedCheck.setText(QCoreApplication.translate("SurveyDialog", u"&Conducted on:", None))
#if QT_CONFIG(tooltip)
        self.conductedCheck.setToolTip(QCoreApplication.translate("SurveyDialog", u"The satisfaction KPI counts in this month; without a date, in the quarter's last month", None))
#endif // QT_CONFIG(tooltip)
        self.conductedEdit.setDisplayFormat(QCoreApplication.translate("SurveyDialog", u"yyyy-MM-dd", None))
        self.statusCaption.setText(QCoreApplication.translate("SurveyDialog", u"St&atus:", None))
#if QT_CONFIG(tooltip)
        self.statusCombo.setToolTip(QCoreApplication.translate("SurveyDialog", u"A survey is in progress once responses are recorded; mark it done when the results are complete", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

