# generated from ui/review_view.ui by `python -m qa_desktop.gui.uic` — do not edit.
# ruff: noqa
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QFrame,
    QHBoxLayout, QHeaderView, QLabel, QListView,
    QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSplitter, QStackedWidget, QTabWidget,
    QTableView, QToolButton, QVBoxLayout, QWidget)

class Ui_ReviewView(object):
    def setupUi(self, ReviewView):
        if not ReviewView.objectName():
            ReviewView.setObjectName(u"ReviewView")
        ReviewView.resize(1100, 720)
        self.pageLayout = QVBoxLayout(ReviewView)
        self.pageLayout.setObjectName(u"pageLayout")
        self.toolbarLayout = QHBoxLayout()
        self.toolbarLayout.setObjectName(u"toolbarLayout")
        self.headingLabel = QLabel(ReviewView)
        self.headingLabel.setObjectName(u"headingLabel")
        self.headingLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.headingLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.headingLabel.sizePolicy().hasHeightForWidth())
        self.headingLabel.setSizePolicy(sizePolicy)

        self.toolbarLayout.addWidget(self.headingLabel)

        self.newButton = QPushButton(ReviewView)
        self.newButton.setObjectName(u"newButton")

        self.toolbarLayout.addWidget(self.newButton)

        self.editButton = QPushButton(ReviewView)
        self.editButton.setObjectName(u"editButton")

        self.toolbarLayout.addWidget(self.editButton)

        self.documentsButton = QToolButton(ReviewView)
        self.documentsButton.setObjectName(u"documentsButton")
        self.documentsButton.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        self.toolbarLayout.addWidget(self.documentsButton)


        self.pageLayout.addLayout(self.toolbarLayout)

        self.mainSplitter = QSplitter(ReviewView)
        self.mainSplitter.setObjectName(u"mainSplitter")
        self.mainSplitter.setOrientation(Qt.Orientation.Vertical)
        self.mainSplitter.setChildrenCollapsible(False)
        self.reviewsTable = QTableView(self.mainSplitter)
        self.reviewsTable.setObjectName(u"reviewsTable")
        self.reviewsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reviewsTable.setAlternatingRowColors(True)
        self.reviewsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.reviewsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.reviewsTable.setWordWrap(False)
        self.mainSplitter.addWidget(self.reviewsTable)
        self.reviewsTable.horizontalHeader().setHighlightSections(False)
        self.reviewsTable.verticalHeader().setVisible(False)
        self.detailStack = QStackedWidget(self.mainSplitter)
        self.detailStack.setObjectName(u"detailStack")
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.detailStack.addWidget(self.emptyPage)
        self.tabs = QTabWidget()
        self.tabs.setObjectName(u"tabs")
        self.planTab = QWidget()
        self.planTab.setObjectName(u"planTab")
        self.planLayout = QVBoxLayout(self.planTab)
        self.planLayout.setObjectName(u"planLayout")
        self.planForm = QFormLayout()
        self.planForm.setObjectName(u"planForm")
        self.planForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.planForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.meetingCaption = QLabel(self.planTab)
        self.meetingCaption.setObjectName(u"meetingCaption")

        self.planForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.meetingCaption)

        self.meetingValue = QLabel(self.planTab)
        self.meetingValue.setObjectName(u"meetingValue")

        self.planForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.meetingValue)

        self.chairCaption = QLabel(self.planTab)
        self.chairCaption.setObjectName(u"chairCaption")

        self.planForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.chairCaption)

        self.chairValue = QLabel(self.planTab)
        self.chairValue.setObjectName(u"chairValue")

        self.planForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.chairValue)

        self.participantsCaption = QLabel(self.planTab)
        self.participantsCaption.setObjectName(u"participantsCaption")

        self.planForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.participantsCaption)

        self.participantsValue = QLabel(self.planTab)
        self.participantsValue.setObjectName(u"participantsValue")

        self.planForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.participantsValue)


        self.planLayout.addLayout(self.planForm)

        self.agendaTable = QTableView(self.planTab)
        self.agendaTable.setObjectName(u"agendaTable")
        self.agendaTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.agendaTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agendaTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agendaTable.setWordWrap(False)
        self.agendaTable.verticalHeader().setVisible(False)

        self.planLayout.addWidget(self.agendaTable)

        self.tabs.addTab(self.planTab, "")
        self.packTab = QWidget()
        self.packTab.setObjectName(u"packTab")
        self.packLayout = QVBoxLayout(self.packTab)
        self.packLayout.setObjectName(u"packLayout")
        self.packBar = QHBoxLayout()
        self.packBar.setObjectName(u"packBar")
        self.compiledLabel = QLabel(self.packTab)
        self.compiledLabel.setObjectName(u"compiledLabel")
        self.compiledLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.packBar.addWidget(self.compiledLabel)

        self.packSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.packBar.addItem(self.packSpacer)

        self.recompileButton = QPushButton(self.packTab)
        self.recompileButton.setObjectName(u"recompileButton")

        self.packBar.addWidget(self.recompileButton)


        self.packLayout.addLayout(self.packBar)

        self.packSplitter = QSplitter(self.packTab)
        self.packSplitter.setObjectName(u"packSplitter")
        self.packSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.packSplitter.setChildrenCollapsible(False)
        self.sectionsList = QListView(self.packSplitter)
        self.sectionsList.setObjectName(u"sectionsList")
        self.sectionsList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sectionsList.setWordWrap(True)
        self.packSplitter.addWidget(self.sectionsList)
        self.sectionPanel = QWidget(self.packSplitter)
        self.sectionPanel.setObjectName(u"sectionPanel")
        self.sectionLayout = QVBoxLayout(self.sectionPanel)
        self.sectionLayout.setObjectName(u"sectionLayout")
        self.sectionLayout.setContentsMargins(0, 0, 0, 0)
        self.sectionTitleLabel = QLabel(self.sectionPanel)
        self.sectionTitleLabel.setObjectName(u"sectionTitleLabel")
        self.sectionTitleLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.sectionTitleLabel.setWordWrap(True)

        self.sectionLayout.addWidget(self.sectionTitleLabel)

        self.packScroll = QScrollArea(self.sectionPanel)
        self.packScroll.setObjectName(u"packScroll")
        self.packScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.packScroll.setWidgetResizable(True)
        self.packContents = QWidget()
        self.packContents.setObjectName(u"packContents")
        self.blocksLayout = QVBoxLayout(self.packContents)
        self.blocksLayout.setObjectName(u"blocksLayout")
        self.blocksLayout.setContentsMargins(0, 0, 0, 0)
        self.summaryLabel = QLabel(self.packContents)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.blocksLayout.addWidget(self.summaryLabel)

        self.problemsLabel = QLabel(self.packContents)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.problemsLabel.setWordWrap(True)

        self.blocksLayout.addWidget(self.problemsLabel)

        self.packScroll.setWidget(self.packContents)

        self.sectionLayout.addWidget(self.packScroll)

        self.notesLabel = QLabel(self.sectionPanel)
        self.notesLabel.setObjectName(u"notesLabel")

        self.sectionLayout.addWidget(self.notesLabel)

        self.notesEdit = QPlainTextEdit(self.sectionPanel)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaximumSize(QSize(16777215, 110))
        self.notesEdit.setTabChangesFocus(True)

        self.sectionLayout.addWidget(self.notesEdit)

        self.packSplitter.addWidget(self.sectionPanel)

        self.packLayout.addWidget(self.packSplitter)

        self.tabs.addTab(self.packTab, "")
        self.actionsTab = QWidget()
        self.actionsTab.setObjectName(u"actionsTab")
        self.actionsLayout = QVBoxLayout(self.actionsTab)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.actionsTable = QTableView(self.actionsTab)
        self.actionsTable.setObjectName(u"actionsTable")
        self.actionsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.actionsTable.setAlternatingRowColors(True)
        self.actionsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.actionsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.actionsTable.setWordWrap(False)
        self.actionsTable.verticalHeader().setVisible(False)

        self.actionsLayout.addWidget(self.actionsTable)

        self.actionButtons = QHBoxLayout()
        self.actionButtons.setObjectName(u"actionButtons")
        self.actionsSummaryLabel = QLabel(self.actionsTab)
        self.actionsSummaryLabel.setObjectName(u"actionsSummaryLabel")
        self.actionsSummaryLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.actionButtons.addWidget(self.actionsSummaryLabel)

        self.actionsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionButtons.addItem(self.actionsSpacer)

        self.addActionButton = QPushButton(self.actionsTab)
        self.addActionButton.setObjectName(u"addActionButton")

        self.actionButtons.addWidget(self.addActionButton)

        self.editActionButton = QPushButton(self.actionsTab)
        self.editActionButton.setObjectName(u"editActionButton")

        self.actionButtons.addWidget(self.editActionButton)

        self.doneActionButton = QPushButton(self.actionsTab)
        self.doneActionButton.setObjectName(u"doneActionButton")

        self.actionButtons.addWidget(self.doneActionButton)


        self.actionsLayout.addLayout(self.actionButtons)

        self.tabs.addTab(self.actionsTab, "")
        self.conclusionTab = QWidget()
        self.conclusionTab.setObjectName(u"conclusionTab")
        self.conclusionLayout = QVBoxLayout(self.conclusionTab)
        self.conclusionLayout.setObjectName(u"conclusionLayout")
        self.conclusionIntro = QLabel(self.conclusionTab)
        self.conclusionIntro.setObjectName(u"conclusionIntro")
        self.conclusionIntro.setWordWrap(True)

        self.conclusionLayout.addWidget(self.conclusionIntro)

        self.conclusionForm = QFormLayout()
        self.conclusionForm.setObjectName(u"conclusionForm")
        self.conclusionForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.conclusionForm.setLabelAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)
        self.suitabilityLabel = QLabel(self.conclusionTab)
        self.suitabilityLabel.setObjectName(u"suitabilityLabel")

        self.conclusionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.suitabilityLabel)

        self.suitabilityEdit = QPlainTextEdit(self.conclusionTab)
        self.suitabilityEdit.setObjectName(u"suitabilityEdit")
        self.suitabilityEdit.setTabChangesFocus(True)

        self.conclusionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.suitabilityEdit)

        self.adequacyLabel = QLabel(self.conclusionTab)
        self.adequacyLabel.setObjectName(u"adequacyLabel")

        self.conclusionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.adequacyLabel)

        self.adequacyEdit = QPlainTextEdit(self.conclusionTab)
        self.adequacyEdit.setObjectName(u"adequacyEdit")
        self.adequacyEdit.setTabChangesFocus(True)

        self.conclusionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.adequacyEdit)

        self.effectivenessLabel = QLabel(self.conclusionTab)
        self.effectivenessLabel.setObjectName(u"effectivenessLabel")

        self.conclusionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.effectivenessLabel)

        self.effectivenessEdit = QPlainTextEdit(self.conclusionTab)
        self.effectivenessEdit.setObjectName(u"effectivenessEdit")
        self.effectivenessEdit.setTabChangesFocus(True)

        self.conclusionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.effectivenessEdit)


        self.conclusionLayout.addLayout(self.conclusionForm)

        self.blockersLabel = QLabel(self.conclusionTab)
        self.blockersLabel.setObjectName(u"blockersLabel")
        self.blockersLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.blockersLabel.setWordWrap(True)

        self.conclusionLayout.addWidget(self.blockersLabel)

        self.conclusionButtons = QHBoxLayout()
        self.conclusionButtons.setObjectName(u"conclusionButtons")
        self.conclusionSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.conclusionButtons.addItem(self.conclusionSpacer)

        self.saveConclusionButton = QPushButton(self.conclusionTab)
        self.saveConclusionButton.setObjectName(u"saveConclusionButton")

        self.conclusionButtons.addWidget(self.saveConclusionButton)

        self.closeReviewButton = QPushButton(self.conclusionTab)
        self.closeReviewButton.setObjectName(u"closeReviewButton")

        self.conclusionButtons.addWidget(self.closeReviewButton)


        self.conclusionLayout.addLayout(self.conclusionButtons)

        self.tabs.addTab(self.conclusionTab, "")
        self.detailStack.addWidget(self.tabs)
        self.mainSplitter.addWidget(self.detailStack)

        self.pageLayout.addWidget(self.mainSplitter)

#if QT_CONFIG(shortcut)
        self.notesLabel.setBuddy(self.notesEdit)
        self.suitabilityLabel.setBuddy(self.suitabilityEdit)
        self.adequacyLabel.setBuddy(self.adequacyEdit)
        self.effectivenessLabel.setBuddy(self.effectivenessEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reviewsTable, self.newButton)
        QWidget.setTabOrder(self.newButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.documentsButton)
        QWidget.setTabOrder(self.documentsButton, self.tabs)
        QWidget.setTabOrder(self.tabs, self.agendaTable)
        QWidget.setTabOrder(self.agendaTable, self.recompileButton)
        QWidget.setTabOrder(self.recompileButton, self.sectionsList)
        QWidget.setTabOrder(self.sectionsList, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.actionsTable)
        QWidget.setTabOrder(self.actionsTable, self.addActionButton)
        QWidget.setTabOrder(self.addActionButton, self.editActionButton)
        QWidget.setTabOrder(self.editActionButton, self.doneActionButton)
        QWidget.setTabOrder(self.doneActionButton, self.suitabilityEdit)
        QWidget.setTabOrder(self.suitabilityEdit, self.adequacyEdit)
        QWidget.setTabOrder(self.adequacyEdit, self.effectivenessEdit)
        QWidget.setTabOrder(self.effectivenessEdit, self.saveConclusionButton)
        QWidget.setTabOrder(self.saveConclusionButton, self.closeReviewButton)

        self.retranslateUi(ReviewView)

        QMetaObject.connectSlotsByName(ReviewView)
    # setupUi

    def retranslateUi(self, ReviewView):
        ReviewView.setWindowTitle(QCoreApplication.translate("ReviewView", u"Management review", None))
#if QT_CONFIG(tooltip)
        self.newButton.setToolTip(QCoreApplication.translate("ReviewView", u"Plan a new management review (Ctrl+Shift+N)", None))
#endif // QT_CONFIG(tooltip)
        self.newButton.setText(QCoreApplication.translate("ReviewView", u"&New review\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("ReviewView", u"Change the selected review's plan and agenda, or record that it was held (Ctrl+E, or double-click the review)", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("ReviewView", u"&Edit plan\u2026", None))
#if QT_CONFIG(tooltip)
        self.documentsButton.setToolTip(QCoreApplication.translate("ReviewView", u"PDF documents of the selected review: the plan and the report", None))
#endif // QT_CONFIG(tooltip)
        self.documentsButton.setText(QCoreApplication.translate("ReviewView", u"Doc&uments", None))
#if QT_CONFIG(tooltip)
        self.reviewsTable.setToolTip(QCoreApplication.translate("ReviewView", u"Double-click a review to edit its plan", None))
#endif // QT_CONFIG(tooltip)
        self.meetingCaption.setText(QCoreApplication.translate("ReviewView", u"Meeting:", None))
        self.chairCaption.setText(QCoreApplication.translate("ReviewView", u"Chair:", None))
        self.participantsCaption.setText(QCoreApplication.translate("ReviewView", u"Participants:", None))
#if QT_CONFIG(tooltip)
        self.agendaTable.setToolTip(QCoreApplication.translate("ReviewView", u"ISO/IEC 20000-1:2018 9.3 review inputs and who presents each; notes are written on the Input pack tab", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.planTab), QCoreApplication.translate("ReviewView", u"&Plan and agenda", None))
#if QT_CONFIG(tooltip)
        self.recompileButton.setToolTip(QCoreApplication.translate("ReviewView", u"Compile the pack again from today's data (F5)", None))
#endif // QT_CONFIG(tooltip)
        self.recompileButton.setText(QCoreApplication.translate("ReviewView", u"&Recompile", None))
#if QT_CONFIG(tooltip)
        self.sectionsList.setToolTip(QCoreApplication.translate("ReviewView", u"The review inputs a\u2013k; grey ones have no data yet, \u270e marks those with notes", None))
#endif // QT_CONFIG(tooltip)
        self.notesLabel.setText(QCoreApplication.translate("ReviewView", u"N&otes for this input (what the data cannot say):", None))
#if QT_CONFIG(tooltip)
        self.notesEdit.setToolTip(QCoreApplication.translate("ReviewView", u"Saved when you leave the field, switch inputs or press Ctrl+S", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.packTab), QCoreApplication.translate("ReviewView", u"&Input pack", None))
#if QT_CONFIG(tooltip)
        self.actionsTable.setToolTip(QCoreApplication.translate("ReviewView", u"Double-click an action to change it; overdue actions are red", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.addActionButton.setToolTip(QCoreApplication.translate("ReviewView", u"Record a decision of the review with its owner and deadline (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.addActionButton.setText(QCoreApplication.translate("ReviewView", u"&Add action\u2026", None))
#if QT_CONFIG(tooltip)
        self.editActionButton.setToolTip(QCoreApplication.translate("ReviewView", u"Change the selected action", None))
#endif // QT_CONFIG(tooltip)
        self.editActionButton.setText(QCoreApplication.translate("ReviewView", u"Cha&nge\u2026", None))
#if QT_CONFIG(tooltip)
        self.doneActionButton.setToolTip(QCoreApplication.translate("ReviewView", u"Mark the selected action done, with its evidence", None))
#endif // QT_CONFIG(tooltip)
        self.doneActionButton.setText(QCoreApplication.translate("ReviewView", u"Mark &done\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.actionsTab), QCoreApplication.translate("ReviewView", u"&Decisions and actions", None))
        self.conclusionIntro.setText(QCoreApplication.translate("ReviewView", u"The review's conclusion on the management system: is it still suitable, adequate and effective?", None))
        self.suitabilityLabel.setText(QCoreApplication.translate("ReviewView", u"&Suitability:", None))
#if QT_CONFIG(tooltip)
        self.suitabilityEdit.setToolTip(QCoreApplication.translate("ReviewView", u"Does the system still fit the organisation, its services and its context?", None))
#endif // QT_CONFIG(tooltip)
        self.adequacyLabel.setText(QCoreApplication.translate("ReviewView", u"&Adequacy:", None))
#if QT_CONFIG(tooltip)
        self.adequacyEdit.setToolTip(QCoreApplication.translate("ReviewView", u"Does it cover what it must (requirements, processes, resources)?", None))
#endif // QT_CONFIG(tooltip)
        self.effectivenessLabel.setText(QCoreApplication.translate("ReviewView", u"E&ffectiveness:", None))
#if QT_CONFIG(tooltip)
        self.effectivenessEdit.setToolTip(QCoreApplication.translate("ReviewView", u"Does it achieve the intended results (objectives, service levels, satisfaction)?", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.saveConclusionButton.setToolTip(QCoreApplication.translate("ReviewView", u"Save the conclusion (Ctrl+S); it is also saved when you leave the page", None))
#endif // QT_CONFIG(tooltip)
        self.saveConclusionButton.setText(QCoreApplication.translate("ReviewView", u"&Save conclusion", None))
#if QT_CONFIG(tooltip)
        self.closeReviewButton.setToolTip(QCoreApplication.translate("ReviewView", u"Close the review once it was held and its conclusion is written; its actions stay followed up", None))
#endif // QT_CONFIG(tooltip)
        self.closeReviewButton.setText(QCoreApplication.translate("ReviewView", u"C&lose review", None))
        self.tabs.setTabText(self.tabs.indexOf(self.conclusionTab), QCoreApplication.translate("ReviewView", u"&Conclusion", None))
    # retranslateUi

