# generated from ui/nc_detail.ui by `python -m qa_desktop.gui.uic` — do not edit.
# ruff: noqa
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QStackedWidget, QTabWidget,
    QToolButton, QVBoxLayout, QWidget)

class Ui_NcDetail(object):
    def setupUi(self, NcDetail):
        if not NcDetail.objectName():
            NcDetail.setObjectName(u"NcDetail")
        NcDetail.resize(560, 720)
        self.mainLayout = QVBoxLayout(NcDetail)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget(NcDetail)
        self.stack.setObjectName(u"stack")
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.stack.addWidget(self.emptyPage)
        self.contentPage = QWidget()
        self.contentPage.setObjectName(u"contentPage")
        self.contentLayout = QVBoxLayout(self.contentPage)
        self.contentLayout.setSpacing(4)
        self.contentLayout.setObjectName(u"contentLayout")
        self.contentLayout.setContentsMargins(0, 0, 0, 0)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(self.contentPage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerLayout.addWidget(self.titleLabel)

        self.statusChip = QLabel(self.contentPage)
        self.statusChip.setObjectName(u"statusChip")

        self.headerLayout.addWidget(self.statusChip)

        self.repeatFlag = QLabel(self.contentPage)
        self.repeatFlag.setObjectName(u"repeatFlag")

        self.headerLayout.addWidget(self.repeatFlag)

        self.headerSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.wideButton = QToolButton(self.contentPage)
        self.wideButton.setObjectName(u"wideButton")
        self.wideButton.setCheckable(True)

        self.headerLayout.addWidget(self.wideButton)


        self.contentLayout.addLayout(self.headerLayout)

        self.summaryLabel = QLabel(self.contentPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.contentLayout.addWidget(self.summaryLabel)

        self.overdueLabel = QLabel(self.contentPage)
        self.overdueLabel.setObjectName(u"overdueLabel")
        self.overdueLabel.setWordWrap(True)

        self.contentLayout.addWidget(self.overdueLabel)

        self.transitionLayout = QHBoxLayout()
        self.transitionLayout.setObjectName(u"transitionLayout")
        self.nextLabel = QLabel(self.contentPage)
        self.nextLabel.setObjectName(u"nextLabel")

        self.transitionLayout.addWidget(self.nextLabel)

        self.transitionBar = QWidget(self.contentPage)
        self.transitionBar.setObjectName(u"transitionBar")
        self.transitionButtons = QHBoxLayout(self.transitionBar)
        self.transitionButtons.setObjectName(u"transitionButtons")
        self.transitionButtons.setContentsMargins(0, 0, 0, 0)

        self.transitionLayout.addWidget(self.transitionBar)

        self.transitionSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.transitionLayout.addItem(self.transitionSpacer)

        self.printButton = QPushButton(self.contentPage)
        self.printButton.setObjectName(u"printButton")

        self.transitionLayout.addWidget(self.printButton)

        self.recurrenceButton = QPushButton(self.contentPage)
        self.recurrenceButton.setObjectName(u"recurrenceButton")

        self.transitionLayout.addWidget(self.recurrenceButton)


        self.contentLayout.addLayout(self.transitionLayout)

        self.blockersLabel = QLabel(self.contentPage)
        self.blockersLabel.setObjectName(u"blockersLabel")
        self.blockersLabel.setWordWrap(True)
        self.blockersLabel.setTextFormat(Qt.TextFormat.RichText)

        self.contentLayout.addWidget(self.blockersLabel)

        self.tabs = QTabWidget(self.contentPage)
        self.tabs.setObjectName(u"tabs")
        self.tabs.setDocumentMode(True)
        self.recordTab = QWidget()
        self.recordTab.setObjectName(u"recordTab")
        self.recordTabLayout = QVBoxLayout(self.recordTab)
        self.recordTabLayout.setObjectName(u"recordTabLayout")
        self.recordTabLayout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.recordTab, "")
        self.causeTab = QWidget()
        self.causeTab.setObjectName(u"causeTab")
        self.causeTabLayout = QVBoxLayout(self.causeTab)
        self.causeTabLayout.setObjectName(u"causeTabLayout")
        self.causeTabLayout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.causeTab, "")
        self.actionsTab = QWidget()
        self.actionsTab.setObjectName(u"actionsTab")
        self.actionsTabLayout = QVBoxLayout(self.actionsTab)
        self.actionsTabLayout.setObjectName(u"actionsTabLayout")
        self.actionsTabLayout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.actionsTab, "")
        self.verificationTab = QWidget()
        self.verificationTab.setObjectName(u"verificationTab")
        self.verificationTabLayout = QVBoxLayout(self.verificationTab)
        self.verificationTabLayout.setObjectName(u"verificationTabLayout")
        self.verificationTabLayout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.verificationTab, "")
        self.historyTab = QWidget()
        self.historyTab.setObjectName(u"historyTab")
        self.historyTabLayout = QVBoxLayout(self.historyTab)
        self.historyTabLayout.setObjectName(u"historyTabLayout")
        self.historyTabLayout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.historyTab, "")

        self.contentLayout.addWidget(self.tabs)

        self.saveLayout = QHBoxLayout()
        self.saveLayout.setObjectName(u"saveLayout")
        self.saveStateLabel = QLabel(self.contentPage)
        self.saveStateLabel.setObjectName(u"saveStateLabel")

        self.saveLayout.addWidget(self.saveStateLabel)

        self.saveSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.saveLayout.addItem(self.saveSpacer)

        self.revertButton = QPushButton(self.contentPage)
        self.revertButton.setObjectName(u"revertButton")

        self.saveLayout.addWidget(self.revertButton)

        self.saveButton = QPushButton(self.contentPage)
        self.saveButton.setObjectName(u"saveButton")

        self.saveLayout.addWidget(self.saveButton)


        self.contentLayout.addLayout(self.saveLayout)

        self.stack.addWidget(self.contentPage)

        self.mainLayout.addWidget(self.stack)

        QWidget.setTabOrder(self.wideButton, self.recurrenceButton)
        QWidget.setTabOrder(self.recurrenceButton, self.tabs)
        QWidget.setTabOrder(self.tabs, self.revertButton)
        QWidget.setTabOrder(self.revertButton, self.saveButton)

        self.retranslateUi(NcDetail)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(NcDetail)
    # setupUi

    def retranslateUi(self, NcDetail):
        self.emptyLabel.setText(QCoreApplication.translate("NcDetail", u"Select a nonconformity in the list to see and work on it.", None))
#if QT_CONFIG(tooltip)
        self.repeatFlag.setToolTip(QCoreApplication.translate("NcDetail", u"Repeat finding: the same process and clause as a nonconformity of an earlier audit", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.wideButton.setToolTip(QCoreApplication.translate("NcDetail", u"Hide the list to give the form the whole page (Ctrl+Shift+W)", None))
#endif // QT_CONFIG(tooltip)
        self.wideButton.setText(QCoreApplication.translate("NcDetail", u"&Wide form", None))
        self.nextLabel.setText(QCoreApplication.translate("NcDetail", u"Next step:", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("NcDetail", u"The nonconformity report as a PDF, with signature boxes", None))
#endif // QT_CONFIG(tooltip)
        self.printButton.setText(QCoreApplication.translate("NcDetail", u"&Print report\u2026", None))
#if QT_CONFIG(tooltip)
        self.recurrenceButton.setToolTip(QCoreApplication.translate("NcDetail", u"The problem happened again: raise a follow-up nonconformity linked to this one, one grade higher", None))
#endif // QT_CONFIG(tooltip)
        self.recurrenceButton.setText(QCoreApplication.translate("NcDetail", u"Raise follow-up NC (&recurrence)\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.recordTab), QCoreApplication.translate("NcDetail", u"Record", None))
        self.tabs.setTabText(self.tabs.indexOf(self.causeTab), QCoreApplication.translate("NcDetail", u"Correction and cause", None))
        self.tabs.setTabText(self.tabs.indexOf(self.actionsTab), QCoreApplication.translate("NcDetail", u"Actions", None))
        self.tabs.setTabText(self.tabs.indexOf(self.verificationTab), QCoreApplication.translate("NcDetail", u"Verification and closure", None))
        self.tabs.setTabText(self.tabs.indexOf(self.historyTab), QCoreApplication.translate("NcDetail", u"History", None))
#if QT_CONFIG(tooltip)
        self.revertButton.setToolTip(QCoreApplication.translate("NcDetail", u"Throw away the changes not saved yet and show the record as stored", None))
#endif // QT_CONFIG(tooltip)
        self.revertButton.setText(QCoreApplication.translate("NcDetail", u"Rever&t", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("NcDetail", u"Save the changes to this nonconformity (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.saveButton.setText(QCoreApplication.translate("NcDetail", u"Sa&ve", None))
        pass
    # retranslateUi

