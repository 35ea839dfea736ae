# generated from ui/surveys_view.ui by `python -m qa_desktop.gui.uic` — do not edit.
# ruff: noqa
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTabWidget, QTableView, QToolButton,
    QVBoxLayout, QWidget)

class Ui_SurveysView(object):
    def setupUi(self, SurveysView):
        if not SurveysView.objectName():
            SurveysView.setObjectName(u"SurveysView")
        SurveysView.resize(1100, 740)
        self.pageLayout = QVBoxLayout(SurveysView)
        self.pageLayout.setObjectName(u"pageLayout")
        self.toolbarLayout = QHBoxLayout()
        self.toolbarLayout.setObjectName(u"toolbarLayout")
        self.yearLabel = QLabel(SurveysView)
        self.yearLabel.setObjectName(u"yearLabel")

        self.toolbarLayout.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(SurveysView)
        self.yearCombo.setObjectName(u"yearCombo")
        self.yearCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.toolbarLayout.addWidget(self.yearCombo)

        self.targetLabel = QLabel(SurveysView)
        self.targetLabel.setObjectName(u"targetLabel")

        self.toolbarLayout.addWidget(self.targetLabel)

        self.toolbarSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbarLayout.addItem(self.toolbarSpacer)

        self.newButton = QPushButton(SurveysView)
        self.newButton.setObjectName(u"newButton")

        self.toolbarLayout.addWidget(self.newButton)

        self.editButton = QPushButton(SurveysView)
        self.editButton.setObjectName(u"editButton")

        self.toolbarLayout.addWidget(self.editButton)

        self.deleteButton = QPushButton(SurveysView)
        self.deleteButton.setObjectName(u"deleteButton")

        self.toolbarLayout.addWidget(self.deleteButton)

        self.documentsButton = QToolButton(SurveysView)
        self.documentsButton.setObjectName(u"documentsButton")
        self.documentsButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        self.toolbarLayout.addWidget(self.documentsButton)


        self.pageLayout.addLayout(self.toolbarLayout)

        self.mainSplitter = QSplitter(SurveysView)
        self.mainSplitter.setObjectName(u"mainSplitter")
        self.mainSplitter.setOrientation(Qt.Orientation.Vertical)
        self.mainSplitter.setChildrenCollapsible(False)
        self.surveysTable = QTableView(self.mainSplitter)
        self.surveysTable.setObjectName(u"surveysTable")
        self.surveysTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.surveysTable.setAlternatingRowColors(True)
        self.surveysTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.surveysTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.surveysTable.setWordWrap(False)
        self.mainSplitter.addWidget(self.surveysTable)
        self.surveysTable.horizontalHeader().setStretchLastSection(False)
        self.surveysTable.verticalHeader().setVisible(False)
        self.detailWidget = QWidget(self.mainSplitter)
        self.detailWidget.setObjectName(u"detailWidget")
        self.detailLayout = QVBoxLayout(self.detailWidget)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.headingLabel = QLabel(self.detailWidget)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setWordWrap(True)

        self.detailLayout.addWidget(self.headingLabel)

        self.planLabel = QLabel(self.detailWidget)
        self.planLabel.setObjectName(u"planLabel")
        self.planLabel.setWordWrap(True)

        self.detailLayout.addWidget(self.planLabel)

        self.tabs = QTabWidget(self.detailWidget)
        self.tabs.setObjectName(u"tabs")
        self.analysisTab = QWidget()
        self.analysisTab.setObjectName(u"analysisTab")
        self.analysisLayout = QHBoxLayout(self.analysisTab)
        self.analysisLayout.setObjectName(u"analysisLayout")
        self.analysisSplitter = QSplitter(self.analysisTab)
        self.analysisSplitter.setObjectName(u"analysisSplitter")
        self.analysisSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.analysisSplitter.setChildrenCollapsible(False)
        self.resultsWidget = QWidget(self.analysisSplitter)
        self.resultsWidget.setObjectName(u"resultsWidget")
        self.resultsLayout = QVBoxLayout(self.resultsWidget)
        self.resultsLayout.setObjectName(u"resultsLayout")
        self.resultsLayout.setContentsMargins(0, 0, 0, 0)
        self.figuresLayout = QGridLayout()
        self.figuresLayout.setObjectName(u"figuresLayout")
        self.figuresLayout.setHorizontalSpacing(18)
        self.validCaption = QLabel(self.resultsWidget)
        self.validCaption.setObjectName(u"validCaption")

        self.figuresLayout.addWidget(self.validCaption, 0, 0, 1, 1)

        self.meanCaption = QLabel(self.resultsWidget)
        self.meanCaption.setObjectName(u"meanCaption")

        self.figuresLayout.addWidget(self.meanCaption, 0, 1, 1, 1)

        self.scoreRateCaption = QLabel(self.resultsWidget)
        self.scoreRateCaption.setObjectName(u"scoreRateCaption")

        self.figuresLayout.addWidget(self.scoreRateCaption, 0, 2, 1, 1)

        self.satisfiedCaption = QLabel(self.resultsWidget)
        self.satisfiedCaption.setObjectName(u"satisfiedCaption")

        self.figuresLayout.addWidget(self.satisfiedCaption, 0, 3, 1, 1)

        self.validValue = QLabel(self.resultsWidget)
        self.validValue.setObjectName(u"validValue")

        self.figuresLayout.addWidget(self.validValue, 1, 0, 1, 1)

        self.meanValue = QLabel(self.resultsWidget)
        self.meanValue.setObjectName(u"meanValue")

        self.figuresLayout.addWidget(self.meanValue, 1, 1, 1, 1)

        self.scoreRateValue = QLabel(self.resultsWidget)
        self.scoreRateValue.setObjectName(u"scoreRateValue")

        self.figuresLayout.addWidget(self.scoreRateValue, 1, 2, 1, 1)

        self.satisfiedValue = QLabel(self.resultsWidget)
        self.satisfiedValue.setObjectName(u"satisfiedValue")

        self.figuresLayout.addWidget(self.satisfiedValue, 1, 3, 1, 1)

        self.validDetail = QLabel(self.resultsWidget)
        self.validDetail.setObjectName(u"validDetail")

        self.figuresLayout.addWidget(self.validDetail, 2, 0, 1, 1)

        self.meanDetail = QLabel(self.resultsWidget)
        self.meanDetail.setObjectName(u"meanDetail")

        self.figuresLayout.addWidget(self.meanDetail, 2, 1, 1, 1)

        self.scoreRateDetail = QLabel(self.resultsWidget)
        self.scoreRateDetail.setObjectName(u"scoreRateDetail")

        self.figuresLayout.addWidget(self.scoreRateDetail, 2, 2, 1, 1)

        self.satisfiedDetail = QLabel(self.resultsWidget)
        self.satisfiedDetail.setObjectName(u"satisfiedDetail")

        self.figuresLayout.addWidget(self.satisfiedDetail, 2, 3, 1, 1)


        self.resultsLayout.addLayout(self.figuresLayout)

        self.chartsLayout = QHBoxLayout()
        self.chartsLayout.setObjectName(u"chartsLayout")
        self.dimensionsLayout = QVBoxLayout()
        self.dimensionsLayout.setObjectName(u"dimensionsLayout")

        self.chartsLayout.addLayout(self.dimensionsLayout)

        self.distributionLayout = QVBoxLayout()
        self.distributionLayout.setObjectName(u"distributionLayout")

        self.chartsLayout.addLayout(self.distributionLayout)


        self.resultsLayout.addLayout(self.chartsLayout)

        self.analysisSplitter.addWidget(self.resultsWidget)
        self.followUpWidget = QWidget(self.analysisSplitter)
        self.followUpWidget.setObjectName(u"followUpWidget")
        self.followUpLayout = QVBoxLayout(self.followUpWidget)
        self.followUpLayout.setObjectName(u"followUpLayout")
        self.followUpLayout.setContentsMargins(0, 0, 0, 0)
        self.dissatisfiedLabel = QLabel(self.followUpWidget)
        self.dissatisfiedLabel.setObjectName(u"dissatisfiedLabel")
        self.dissatisfiedLabel.setWordWrap(True)

        self.followUpLayout.addWidget(self.dissatisfiedLabel)

        self.dissatisfiedTable = QTableView(self.followUpWidget)
        self.dissatisfiedTable.setObjectName(u"dissatisfiedTable")
        self.dissatisfiedTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.dissatisfiedTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.dissatisfiedTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.dissatisfiedTable.setWordWrap(False)
        self.dissatisfiedTable.verticalHeader().setVisible(False)

        self.followUpLayout.addWidget(self.dissatisfiedTable)

        self.followUpForm = QFormLayout()
        self.followUpForm.setObjectName(u"followUpForm")
        self.followUpForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.followStatusCaption = QLabel(self.followUpWidget)
        self.followStatusCaption.setObjectName(u"followStatusCaption")

        self.followUpForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.followStatusCaption)

        self.followStatusLayout = QHBoxLayout()
        self.followStatusLayout.setObjectName(u"followStatusLayout")
        self.followStatusCombo = QComboBox(self.followUpWidget)
        self.followStatusCombo.setObjectName(u"followStatusCombo")

        self.followStatusLayout.addWidget(self.followStatusCombo)

        self.followSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.followStatusLayout.addItem(self.followSpacer)

        self.saveFollowUpButton = QPushButton(self.followUpWidget)
        self.saveFollowUpButton.setObjectName(u"saveFollowUpButton")

        self.followStatusLayout.addWidget(self.saveFollowUpButton)


        self.followUpForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.followStatusLayout)

        self.followNoteCaption = QLabel(self.followUpWidget)
        self.followNoteCaption.setObjectName(u"followNoteCaption")

        self.followUpForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.followNoteCaption)

        self.followNoteEdit = QPlainTextEdit(self.followUpWidget)
        self.followNoteEdit.setObjectName(u"followNoteEdit")
        self.followNoteEdit.setMaximumSize(QSize(16777215, 70))
        self.followNoteEdit.setTabChangesFocus(True)

        self.followUpForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.followNoteEdit)


        self.followUpLayout.addLayout(self.followUpForm)

        self.conclusionsLabel = QLabel(self.followUpWidget)
        self.conclusionsLabel.setObjectName(u"conclusionsLabel")

        self.followUpLayout.addWidget(self.conclusionsLabel)

        self.conclusionsEdit = QPlainTextEdit(self.followUpWidget)
        self.conclusionsEdit.setObjectName(u"conclusionsEdit")
        self.conclusionsEdit.setMaximumSize(QSize(16777215, 80))
        self.conclusionsEdit.setTabChangesFocus(True)

        self.followUpLayout.addWidget(self.conclusionsEdit)

        self.conclusionsButtons = QHBoxLayout()
        self.conclusionsButtons.setObjectName(u"conclusionsButtons")
        self.conclusionsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.conclusionsButtons.addItem(self.conclusionsSpacer)

        self.saveConclusionsButton = QPushButton(self.followUpWidget)
        self.saveConclusionsButton.setObjectName(u"saveConclusionsButton")

        self.conclusionsButtons.addWidget(self.saveConclusionsButton)


        self.followUpLayout.addLayout(self.conclusionsButtons)

        self.analysisSplitter.addWidget(self.followUpWidget)

        self.analysisLayout.addWidget(self.analysisSplitter)

        self.tabs.addTab(self.analysisTab, "")
        self.responsesTab = QWidget()
        self.responsesTab.setObjectName(u"responsesTab")
        self.responsesLayout = QVBoxLayout(self.responsesTab)
        self.responsesLayout.setObjectName(u"responsesLayout")
        self.responsesToolbar = QHBoxLayout()
        self.responsesToolbar.setObjectName(u"responsesToolbar")
        self.addResponseButton = QPushButton(self.responsesTab)
        self.addResponseButton.setObjectName(u"addResponseButton")

        self.responsesToolbar.addWidget(self.addResponseButton)

        self.editResponseButton = QPushButton(self.responsesTab)
        self.editResponseButton.setObjectName(u"editResponseButton")

        self.responsesToolbar.addWidget(self.editResponseButton)

        self.deleteResponseButton = QPushButton(self.responsesTab)
        self.deleteResponseButton.setObjectName(u"deleteResponseButton")

        self.responsesToolbar.addWidget(self.deleteResponseButton)

        self.importButton = QPushButton(self.responsesTab)
        self.importButton.setObjectName(u"importButton")

        self.responsesToolbar.addWidget(self.importButton)

        self.responsesSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.responsesToolbar.addItem(self.responsesSpacer)

        self.responsesLabel = QLabel(self.responsesTab)
        self.responsesLabel.setObjectName(u"responsesLabel")

        self.responsesToolbar.addWidget(self.responsesLabel)


        self.responsesLayout.addLayout(self.responsesToolbar)

        self.responsesTable = QTableView(self.responsesTab)
        self.responsesTable.setObjectName(u"responsesTable")
        self.responsesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.responsesTable.setAlternatingRowColors(True)
        self.responsesTable.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.responsesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.responsesTable.setWordWrap(False)
        self.responsesTable.verticalHeader().setVisible(False)

        self.responsesLayout.addWidget(self.responsesTable)

        self.tabs.addTab(self.responsesTab, "")

        self.detailLayout.addWidget(self.tabs)

        self.mainSplitter.addWidget(self.detailWidget)

        self.pageLayout.addWidget(self.mainSplitter)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearCombo)
        self.dissatisfiedLabel.setBuddy(self.dissatisfiedTable)
        self.followStatusCaption.setBuddy(self.followStatusCombo)
        self.followNoteCaption.setBuddy(self.followNoteEdit)
        self.conclusionsLabel.setBuddy(self.conclusionsEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.yearCombo, self.newButton)
        QWidget.setTabOrder(self.newButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.deleteButton)
        QWidget.setTabOrder(self.deleteButton, self.documentsButton)
        QWidget.setTabOrder(self.documentsButton, self.surveysTable)
        QWidget.setTabOrder(self.surveysTable, self.tabs)
        QWidget.setTabOrder(self.tabs, self.dissatisfiedTable)
        QWidget.setTabOrder(self.dissatisfiedTable, self.followStatusCombo)
        QWidget.setTabOrder(self.followStatusCombo, self.saveFollowUpButton)
        QWidget.setTabOrder(self.saveFollowUpButton, self.followNoteEdit)
        QWidget.setTabOrder(self.followNoteEdit, self.conclusionsEdit)
        QWidget.setTabOrder(self.conclusionsEdit, self.saveConclusionsButton)
        QWidget.setTabOrder(self.saveConclusionsButton, self.addResponseButton)
        QWidget.setTabOrder(self.addResponseButton, self.editResponseButton)
        QWidget.setTabOrder(self.editResponseButton, self.deleteResponseButton)
        QWidget.setTabOrder(self.deleteResponseButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.responsesTable)

        self.retranslateUi(SurveysView)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(SurveysView)
    # setupUi

    def retranslateUi(self, SurveysView):
        SurveysView.setWindowTitle(QCoreApplication.translate("SurveysView", u"Satisfaction surveys", None))
        self.yearLabel.setText(QCoreApplication.translate("SurveysView", u"&Year:", None))
#if QT_CONFIG(tooltip)
        self.yearCombo.setToolTip(QCoreApplication.translate("SurveysView", u"Show the surveys of one year", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.targetLabel.setToolTip(QCoreApplication.translate("SurveysView", u"The satisfied-rate target the surveys are measured against", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("SurveysView", u"Plan a quarter's satisfaction survey (Ctrl+Shift+N)", None))
#endif // QT_CONFIG(tooltip)
        self.newButton.setText(QCoreApplication.translate("SurveysView", u"&New survey\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("SurveysView", u"Edit the selected survey's plan, dates and status (Ctrl+E, or double-click the survey)", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("SurveysView", u"&Edit survey\u2026", None))
#if QT_CONFIG(tooltip)
        self.deleteButton.setToolTip(QCoreApplication.translate("SurveysView", u"Delete a survey planned by mistake (only while it has no responses)", None))
#endif // QT_CONFIG(tooltip)
        self.deleteButton.setText(QCoreApplication.translate("SurveysView", u"&Delete survey", None))
#if QT_CONFIG(tooltip)
        self.documentsButton.setToolTip(QCoreApplication.translate("SurveysView", u"PDF documents of the year's surveys: the plan, the results and the report", None))
#endif // QT_CONFIG(tooltip)
        self.documentsButton.setText(QCoreApplication.translate("SurveysView", u"Documen&ts", None))
#if QT_CONFIG(tooltip)
        self.surveysTable.setToolTip(QCoreApplication.translate("SurveysView", u"The year's surveys; the satisfied rate is green when it reaches the target, red when it does not", None))
#endif // QT_CONFIG(tooltip)
        self.validCaption.setText(QCoreApplication.translate("SurveysView", u"valid responses", None))
        self.meanCaption.setText(QCoreApplication.translate("SurveysView", u"mean score (of 5)", None))
        self.scoreRateCaption.setText(QCoreApplication.translate("SurveysView", u"score rate", None))
        self.satisfiedCaption.setText(QCoreApplication.translate("SurveysView", u"satisfied rate", None))
#if QT_CONFIG(tooltip)
        self.validValue.setToolTip(QCoreApplication.translate("SurveysView", u"Responses with an overall score", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.meanValue.setToolTip(QCoreApplication.translate("SurveysView", u"\u03a3 overall \u00f7 valid responses", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.scoreRateValue.setToolTip(QCoreApplication.translate("SurveysView", u"\u03a3 overall \u00f7 (valid responses \u00d7 5)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.satisfiedValue.setToolTip(QCoreApplication.translate("SurveysView", u"Responses scoring overall 4 or 5 \u00f7 valid responses; this is the satisfaction KPI", None))
#endif // QT_CONFIG(tooltip)
        self.dissatisfiedLabel.setText(QCoreApplication.translate("SurveysView", u"Dissatisfied responses (overall 1\u20132) and their follow-up:", None))
        self.followStatusCaption.setText(QCoreApplication.translate("SurveysView", u"Follow-&up:", None))
#if QT_CONFIG(tooltip)
        self.followStatusCombo.setToolTip(QCoreApplication.translate("SurveysView", u"Open until the customer has been called back and the cause dealt with", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.saveFollowUpButton.setToolTip(QCoreApplication.translate("SurveysView", u"Save the follow-up of the selected response", None))
#endif // QT_CONFIG(tooltip)
        self.saveFollowUpButton.setText(QCoreApplication.translate("SurveysView", u"Save &follow-up", None))
        self.followNoteCaption.setText(QCoreApplication.translate("SurveysView", u"What was &done:", None))
#if QT_CONFIG(tooltip)
        self.followNoteEdit.setToolTip(QCoreApplication.translate("SurveysView", u"Call-back, apology, corrective action \u2014 what was done about this customer's dissatisfaction", None))
#endif // QT_CONFIG(tooltip)
        self.conclusionsLabel.setText(QCoreApplication.translate("SurveysView", u"C&onclusions of the analysis:", None))
#if QT_CONFIG(tooltip)
        self.conclusionsEdit.setToolTip(QCoreApplication.translate("SurveysView", u"The analyst's conclusions for the survey report: trends, causes, improvements", None))
#endif // QT_CONFIG(tooltip)
        self.saveConclusionsButton.setText(QCoreApplication.translate("SurveysView", u"Save co&nclusions", None))
        self.tabs.setTabText(self.tabs.indexOf(self.analysisTab), QCoreApplication.translate("SurveysView", u"&Analysis", None))
#if QT_CONFIG(tooltip)
        self.addResponseButton.setToolTip(QCoreApplication.translate("SurveysView", u"Enter one questionnaire (Insert)", None))
#endif // QT_CONFIG(tooltip)
        self.addResponseButton.setText(QCoreApplication.translate("SurveysView", u"Add res&ponse\u2026", None))
#if QT_CONFIG(tooltip)
        self.editResponseButton.setToolTip(QCoreApplication.translate("SurveysView", u"Correct the selected response (Enter, or double-click it)", None))
#endif // QT_CONFIG(tooltip)
        self.editResponseButton.setText(QCoreApplication.translate("SurveysView", u"Ed&it response\u2026", None))
#if QT_CONFIG(tooltip)
        self.deleteResponseButton.setToolTip(QCoreApplication.translate("SurveysView", u"Delete the selected responses (Delete)", None))
#endif // QT_CONFIG(tooltip)
        self.deleteResponseButton.setText(QCoreApplication.translate("SurveysView", u"De&lete response", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("SurveysView", u"Import a CSV of responses (Ctrl+I): headers \u5ba2\u6237, \u53d7\u8bbf\u4eba, \u5b89\u5168\u6027, \u53ef\u9760\u6027, \u54cd\u5e94\u6027, \u6709\u5f62\u6027, \u53cb\u597d\u6027, \u603b\u4f53\u6ee1\u610f\u5ea6, \u610f\u89c1, or in English; nothing is imported if any row is wrong", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("SurveysView", u"I&mport CSV\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.responsesTab), QCoreApplication.translate("SurveysView", u"&Responses", None))
    # retranslateUi

