# generated from ui/checklist_runner.ui by `python -m qa_desktop.gui.uic` — do not edit.
# ruff: noqa
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QFormLayout,
    QFrame, QGridLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QListView, QListWidget,
    QListWidgetItem, QPlainTextEdit, QProgressBar, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSpinBox,
    QSplitter, QVBoxLayout, QWidget)

class Ui_ChecklistRunner(object):
    def setupUi(self, ChecklistRunner):
        if not ChecklistRunner.objectName():
            ChecklistRunner.setObjectName(u"ChecklistRunner")
        ChecklistRunner.resize(1100, 720)
        self.runnerLayout = QVBoxLayout(ChecklistRunner)
        self.runnerLayout.setObjectName(u"runnerLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.backButton = QPushButton(ChecklistRunner)
        self.backButton.setObjectName(u"backButton")
        self.backButton.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        self.headerLayout.addWidget(self.backButton)

        self.titleLayout = QVBoxLayout()
        self.titleLayout.setSpacing(0)
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleLabel = QLabel(ChecklistRunner)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.titleLayout.addWidget(self.titleLabel)

        self.subtitleLabel = QLabel(ChecklistRunner)
        self.subtitleLabel.setObjectName(u"subtitleLabel")
        self.subtitleLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.titleLayout.addWidget(self.subtitleLabel)


        self.headerLayout.addLayout(self.titleLayout)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.ncCountLabel = QLabel(ChecklistRunner)
        self.ncCountLabel.setObjectName(u"ncCountLabel")

        self.headerLayout.addWidget(self.ncCountLabel)

        self.progressBar = QProgressBar(ChecklistRunner)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setMinimumSize(QSize(170, 0))
        self.progressBar.setMaximumSize(QSize(220, 16777215))
        self.progressBar.setValue(0)

        self.headerLayout.addWidget(self.progressBar)

        self.savedLabel = QLabel(ChecklistRunner)
        self.savedLabel.setObjectName(u"savedLabel")
        self.savedLabel.setMinimumSize(QSize(150, 0))
        self.savedLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.headerLayout.addWidget(self.savedLabel)


        self.runnerLayout.addLayout(self.headerLayout)

        self.lockBanner = QLabel(ChecklistRunner)
        self.lockBanner.setObjectName(u"lockBanner")
        self.lockBanner.setWordWrap(True)
        self.lockBanner.setVisible(False)

        self.runnerLayout.addWidget(self.lockBanner)

        self.warningsLabel = QLabel(ChecklistRunner)
        self.warningsLabel.setObjectName(u"warningsLabel")
        self.warningsLabel.setWordWrap(True)
        self.warningsLabel.setVisible(False)

        self.runnerLayout.addWidget(self.warningsLabel)

        self.splitter = QSplitter(ChecklistRunner)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listPane = QWidget(self.splitter)
        self.listPane.setObjectName(u"listPane")
        self.listLayout = QVBoxLayout(self.listPane)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.unansweredCheck = QCheckBox(self.listPane)
        self.unansweredCheck.setObjectName(u"unansweredCheck")

        self.listLayout.addWidget(self.unansweredCheck)

        self.itemList = QListView(self.listPane)
        self.itemList.setObjectName(u"itemList")
        self.itemList.setMinimumSize(QSize(260, 0))
        self.itemList.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.itemList.setAlternatingRowColors(True)
        self.itemList.setIconSize(QSize(30, 22))
        self.itemList.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.itemList.setSpacing(1)
        self.itemList.setUniformItemSizes(True)

        self.listLayout.addWidget(self.itemList)

        self.splitter.addWidget(self.listPane)
        self.itemScroll = QScrollArea(self.splitter)
        self.itemScroll.setObjectName(u"itemScroll")
        self.itemScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.itemScroll.setWidgetResizable(True)
        self.itemPane = QWidget()
        self.itemPane.setObjectName(u"itemPane")
        self.itemPane.setAcceptDrops(True)
        self.paneLayout = QVBoxLayout(self.itemPane)
        self.paneLayout.setObjectName(u"paneLayout")
        self.questionLabel = QLabel(self.itemPane)
        self.questionLabel.setObjectName(u"questionLabel")
        self.questionLabel.setWordWrap(True)
        self.questionLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.paneLayout.addWidget(self.questionLabel)

        self.questionEnLabel = QLabel(self.itemPane)
        self.questionEnLabel.setObjectName(u"questionEnLabel")
        self.questionEnLabel.setWordWrap(True)
        self.questionEnLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.paneLayout.addWidget(self.questionEnLabel)

        self.referenceForm = QFormLayout()
        self.referenceForm.setObjectName(u"referenceForm")
        self.referenceForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.clauseCaption = QLabel(self.itemPane)
        self.clauseCaption.setObjectName(u"clauseCaption")

        self.referenceForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.clauseCaption)

        self.clauseLabel = QLabel(self.itemPane)
        self.clauseLabel.setObjectName(u"clauseLabel")
        self.clauseLabel.setWordWrap(True)
        self.clauseLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.referenceForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.clauseLabel)

        self.evidenceCaption = QLabel(self.itemPane)
        self.evidenceCaption.setObjectName(u"evidenceCaption")

        self.referenceForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.evidenceCaption)

        self.evidenceLabel = QLabel(self.itemPane)
        self.evidenceLabel.setObjectName(u"evidenceLabel")
        self.evidenceLabel.setWordWrap(True)
        self.evidenceLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.referenceForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.evidenceLabel)

        self.guidanceCaption = QLabel(self.itemPane)
        self.guidanceCaption.setObjectName(u"guidanceCaption")

        self.referenceForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.guidanceCaption)

        self.guidanceLabel = QLabel(self.itemPane)
        self.guidanceLabel.setObjectName(u"guidanceLabel")
        self.guidanceLabel.setWordWrap(True)
        self.guidanceLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.referenceForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.guidanceLabel)


        self.paneLayout.addLayout(self.referenceForm)

        self.resultLayout = QHBoxLayout()
        self.resultLayout.setObjectName(u"resultLayout")
        self.conformButton = QPushButton(self.itemPane)
        self.conformButton.setObjectName(u"conformButton")
        self.conformButton.setCheckable(True)
        self.conformButton.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.conformButton.setMinimumSize(QSize(96, 34))

        self.resultLayout.addWidget(self.conformButton)

        self.nonconformButton = QPushButton(self.itemPane)
        self.nonconformButton.setObjectName(u"nonconformButton")
        self.nonconformButton.setCheckable(True)
        self.nonconformButton.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.nonconformButton.setMinimumSize(QSize(96, 34))

        self.resultLayout.addWidget(self.nonconformButton)

        self.observationButton = QPushButton(self.itemPane)
        self.observationButton.setObjectName(u"observationButton")
        self.observationButton.setCheckable(True)
        self.observationButton.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.observationButton.setMinimumSize(QSize(96, 34))

        self.resultLayout.addWidget(self.observationButton)

        self.notApplicableButton = QPushButton(self.itemPane)
        self.notApplicableButton.setObjectName(u"notApplicableButton")
        self.notApplicableButton.setCheckable(True)
        self.notApplicableButton.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.notApplicableButton.setMinimumSize(QSize(96, 34))

        self.resultLayout.addWidget(self.notApplicableButton)

        self.resultHint = QLabel(self.itemPane)
        self.resultHint.setObjectName(u"resultHint")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.resultHint.sizePolicy().hasHeightForWidth())
        self.resultHint.setSizePolicy(sizePolicy)
        self.resultHint.setWordWrap(True)

        self.resultLayout.addWidget(self.resultHint)


        self.paneLayout.addLayout(self.resultLayout)

        self.answerGrid = QGridLayout()
        self.answerGrid.setObjectName(u"answerGrid")
        self.notesCaption = QLabel(self.itemPane)
        self.notesCaption.setObjectName(u"notesCaption")
        self.notesCaption.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.answerGrid.addWidget(self.notesCaption, 0, 0, 1, 1)

        self.notesEdit = QPlainTextEdit(self.itemPane)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMinimumSize(QSize(0, 64))
        self.notesEdit.setMaximumSize(QSize(16777215, 96))
        self.notesEdit.setAcceptDrops(False)
        self.notesEdit.setTabChangesFocus(True)

        self.answerGrid.addWidget(self.notesEdit, 0, 1, 1, 1)

        self.sampleCaption = QLabel(self.itemPane)
        self.sampleCaption.setObjectName(u"sampleCaption")

        self.answerGrid.addWidget(self.sampleCaption, 1, 0, 1, 1)

        self.sampleRow = QWidget(self.itemPane)
        self.sampleRow.setObjectName(u"sampleRow")
        self.sampleLayout = QHBoxLayout(self.sampleRow)
        self.sampleLayout.setObjectName(u"sampleLayout")
        self.sampleLayout.setContentsMargins(0, 0, 0, 0)
        self.sampleSizeSpin = QSpinBox(self.sampleRow)
        self.sampleSizeSpin.setObjectName(u"sampleSizeSpin")
        self.sampleSizeSpin.setMinimum(-1)
        self.sampleSizeSpin.setMaximum(100000)

        self.sampleLayout.addWidget(self.sampleSizeSpin)

        self.badCountCaption = QLabel(self.sampleRow)
        self.badCountCaption.setObjectName(u"badCountCaption")

        self.sampleLayout.addWidget(self.badCountCaption)

        self.badCountSpin = QSpinBox(self.sampleRow)
        self.badCountSpin.setObjectName(u"badCountSpin")
        self.badCountSpin.setMinimum(-1)
        self.badCountSpin.setMaximum(100000)

        self.sampleLayout.addWidget(self.badCountSpin)

        self.sampleSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sampleLayout.addItem(self.sampleSpacer)


        self.answerGrid.addWidget(self.sampleRow, 1, 1, 1, 1)

        self.valueCaption = QLabel(self.itemPane)
        self.valueCaption.setObjectName(u"valueCaption")

        self.answerGrid.addWidget(self.valueCaption, 2, 0, 1, 1)

        self.valueRow = QWidget(self.itemPane)
        self.valueRow.setObjectName(u"valueRow")
        self.valueLayout = QHBoxLayout(self.valueRow)
        self.valueLayout.setObjectName(u"valueLayout")
        self.valueLayout.setContentsMargins(0, 0, 0, 0)
        self.valueEdit = QLineEdit(self.valueRow)
        self.valueEdit.setObjectName(u"valueEdit")
        self.valueEdit.setMaximumSize(QSize(140, 16777215))
        self.valueEdit.setAcceptDrops(False)

        self.valueLayout.addWidget(self.valueEdit)

        self.unitLabel = QLabel(self.valueRow)
        self.unitLabel.setObjectName(u"unitLabel")

        self.valueLayout.addWidget(self.unitLabel)

        self.valueSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.valueLayout.addItem(self.valueSpacer)


        self.answerGrid.addWidget(self.valueRow, 2, 1, 1, 1)

        self.refsCaption = QLabel(self.itemPane)
        self.refsCaption.setObjectName(u"refsCaption")

        self.answerGrid.addWidget(self.refsCaption, 3, 0, 1, 1)

        self.refsEdit = QLineEdit(self.itemPane)
        self.refsEdit.setObjectName(u"refsEdit")
        self.refsEdit.setAcceptDrops(False)

        self.answerGrid.addWidget(self.refsEdit, 3, 1, 1, 1)


        self.paneLayout.addLayout(self.answerGrid)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.evidenceBox = QGroupBox(self.itemPane)
        self.evidenceBox.setObjectName(u"evidenceBox")
        self.attachmentsHost = QVBoxLayout(self.evidenceBox)
        self.attachmentsHost.setObjectName(u"attachmentsHost")
        self.attachmentsHost.setContentsMargins(4, 4, 4, 4)

        self.bottomLayout.addWidget(self.evidenceBox)

        self.ncBox = QGroupBox(self.itemPane)
        self.ncBox.setObjectName(u"ncBox")
        self.ncBox.setMaximumSize(QSize(300, 16777215))
        self.ncLayout = QVBoxLayout(self.ncBox)
        self.ncLayout.setObjectName(u"ncLayout")
        self.ncLayout.setContentsMargins(4, 4, 4, 4)
        self.raiseNcButton = QPushButton(self.ncBox)
        self.raiseNcButton.setObjectName(u"raiseNcButton")
        self.raiseNcButton.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        self.ncLayout.addWidget(self.raiseNcButton)

        self.ncList = QListWidget(self.ncBox)
        self.ncList.setObjectName(u"ncList")
        self.ncList.setMinimumSize(QSize(0, 60))
        self.ncList.setMaximumSize(QSize(16777215, 130))

        self.ncLayout.addWidget(self.ncList)


        self.bottomLayout.addWidget(self.ncBox)


        self.paneLayout.addLayout(self.bottomLayout)

        self.paneSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.paneLayout.addItem(self.paneSpacer)

        self.itemScroll.setWidget(self.itemPane)
        self.splitter.addWidget(self.itemScroll)

        self.runnerLayout.addWidget(self.splitter)

        self.runnerLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.notesCaption.setBuddy(self.notesEdit)
        self.sampleCaption.setBuddy(self.sampleSizeSpin)
        self.badCountCaption.setBuddy(self.badCountSpin)
        self.valueCaption.setBuddy(self.valueEdit)
        self.refsCaption.setBuddy(self.refsEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.itemList, self.conformButton)
        QWidget.setTabOrder(self.conformButton, self.nonconformButton)
        QWidget.setTabOrder(self.nonconformButton, self.observationButton)
        QWidget.setTabOrder(self.observationButton, self.notApplicableButton)
        QWidget.setTabOrder(self.notApplicableButton, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.sampleSizeSpin)
        QWidget.setTabOrder(self.sampleSizeSpin, self.badCountSpin)
        QWidget.setTabOrder(self.badCountSpin, self.valueEdit)
        QWidget.setTabOrder(self.valueEdit, self.refsEdit)
        QWidget.setTabOrder(self.refsEdit, self.raiseNcButton)
        QWidget.setTabOrder(self.raiseNcButton, self.ncList)
        QWidget.setTabOrder(self.ncList, self.unansweredCheck)
        QWidget.setTabOrder(self.unansweredCheck, self.backButton)

        self.retranslateUi(ChecklistRunner)

        QMetaObject.connectSlotsByName(ChecklistRunner)
    # setupUi

    def retranslateUi(self, ChecklistRunner):
        ChecklistRunner.setWindowTitle(QCoreApplication.translate("ChecklistRunner", u"Checklist", None))
#if QT_CONFIG(tooltip)
        self.backButton.setToolTip(QCoreApplication.translate("ChecklistRunner", u"Back to the audits (Alt+Left)", None))
#endif // QT_CONFIG(tooltip)
        self.backButton.setText(QCoreApplication.translate("ChecklistRunner", u"Back", None))
#if QT_CONFIG(tooltip)
        self.ncCountLabel.setToolTip(QCoreApplication.translate("ChecklistRunner", u"Nonconformities and observations raised from this checklist", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.progressBar.setToolTip(QCoreApplication.translate("ChecklistRunner", u"Items answered out of the checklist's items", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.savedLabel.setToolTip(QCoreApplication.translate("ChecklistRunner", u"Every answer is saved as soon as it is given; there is no Save button.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.unansweredCheck.setToolTip(QCoreApplication.translate("ChecklistRunner", u"List only the items still to be answered (F8 jumps to the next one)", None))
#endif // QT_CONFIG(tooltip)
        self.unansweredCheck.setText(QCoreApplication.translate("ChecklistRunner", u"&Unanswered only", None))
#if QT_CONFIG(tooltip)
        self.itemList.setToolTip(QCoreApplication.translate("ChecklistRunner", u"Checklist items. 1\u20134: choose the result \u00b7 Ctrl+Down / Ctrl+Up: next / previous item \u00b7 F8: next unanswered item", None))
#endif // QT_CONFIG(tooltip)
        self.clauseCaption.setText(QCoreApplication.translate("ChecklistRunner", u"Clauses:", None))
        self.evidenceCaption.setText(QCoreApplication.translate("ChecklistRunner", u"Sample / evidence:", None))
        self.guidanceCaption.setText(QCoreApplication.translate("ChecklistRunner", u"Guidance:", None))
        self.notesCaption.setText(QCoreApplication.translate("ChecklistRunner", u"&Notes:", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("ChecklistRunner", u"What you saw, heard and read: the objective evidence. Saved as you type.", None))
        self.sampleCaption.setText(QCoreApplication.translate("ChecklistRunner", u"&Sample:", None))
#if QT_CONFIG(tooltip)
        self.sampleSizeSpin.setToolTip(QCoreApplication.translate("ChecklistRunner", u"How many records you sampled (prefilled from the checklist)", None))
#endif // QT_CONFIG(tooltip)
        self.sampleSizeSpin.setSpecialValueText(QCoreApplication.translate("ChecklistRunner", u"\u2014", None))
        self.badCountCaption.setText(QCoreApplication.translate("ChecklistRunner", u"N&onconforming:", None))
#if QT_CONFIG(tooltip)
        self.badCountSpin.setToolTip(QCoreApplication.translate("ChecklistRunner", u"How many of the sampled records did not conform", None))
#endif // QT_CONFIG(tooltip)
        self.badCountSpin.setSpecialValueText(QCoreApplication.translate("ChecklistRunner", u"\u2014", None))
        self.valueCaption.setText(QCoreApplication.translate("ChecklistRunner", u"&Measured value:", None))
        self.refsCaption.setText(QCoreApplication.translate("ChecklistRunner", u"Sampled &records:", None))
#if QT_CONFIG(tooltip)
        self.refsEdit.setToolTip(QCoreApplication.translate("ChecklistRunner", u"Ticket, slip or serial numbers of the records you looked at, separated by commas or \u3001", None))
#endif // QT_CONFIG(tooltip)
        self.refsEdit.setPlaceholderText(QCoreApplication.translate("ChecklistRunner", u"e.g. INC-20251104-017, INC-20251104-022", None))
        self.evidenceBox.setTitle(QCoreApplication.translate("ChecklistRunner", u"Evidence files", None))
        self.ncBox.setTitle(QCoreApplication.translate("ChecklistRunner", u"Nonconformities from this item", None))
#if QT_CONFIG(tooltip)
        self.raiseNcButton.setToolTip(QCoreApplication.translate("ChecklistRunner", u"Raise a nonconformity or observation from this item, prefilled from the answer (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.raiseNcButton.setText(QCoreApplication.translate("ChecklistRunner", u"Raise NC\u2026", None))
#if QT_CONFIG(tooltip)
        self.ncList.setToolTip(QCoreApplication.translate("ChecklistRunner", u"Double-click or press Enter to open the nonconformity", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

