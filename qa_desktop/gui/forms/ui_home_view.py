# generated from ui/home_view.ui by `python -m qa_desktop.gui.uic` — do not edit.
# ruff: noqa
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTabWidget, QTableWidget,
    QTableWidgetItem, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
    QWidget)

class Ui_HomeView(object):
    def setupUi(self, HomeView):
        if not HomeView.objectName():
            HomeView.setObjectName(u"HomeView")
        HomeView.resize(1100, 720)
        self.mainLayout = QVBoxLayout(HomeView)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.greetingLayout = QVBoxLayout()
        self.greetingLayout.setSpacing(2)
        self.greetingLayout.setObjectName(u"greetingLayout")
        self.greetingLabel = QLabel(HomeView)
        self.greetingLabel.setObjectName(u"greetingLabel")
        self.greetingLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.greetingLayout.addWidget(self.greetingLabel)

        self.dateLabel = QLabel(HomeView)
        self.dateLabel.setObjectName(u"dateLabel")
        self.dateLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.greetingLayout.addWidget(self.dateLabel)


        self.headerLayout.addLayout(self.greetingLayout)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)

        self.openButton = QPushButton(HomeView)
        self.openButton.setObjectName(u"openButton")
        self.openButton.setMinimumSize(QSize(170, 68))

        self.headerLayout.addWidget(self.openButton)

        self.overdueButton = QPushButton(HomeView)
        self.overdueButton.setObjectName(u"overdueButton")
        self.overdueButton.setMinimumSize(QSize(170, 68))

        self.headerLayout.addWidget(self.overdueButton)


        self.mainLayout.addLayout(self.headerLayout)

        self.homeTabs = QTabWidget(HomeView)
        self.homeTabs.setObjectName(u"homeTabs")
        self.todayTab = QWidget()
        self.todayTab.setObjectName(u"todayTab")
        self.todayLayout = QVBoxLayout(self.todayTab)
        self.todayLayout.setObjectName(u"todayLayout")
        self.todaySplitter = QSplitter(self.todayTab)
        self.todaySplitter.setObjectName(u"todaySplitter")
        self.todaySplitter.setOrientation(Qt.Orientation.Horizontal)
        self.todaySplitter.setChildrenCollapsible(False)
        self.workColumn = QWidget(self.todaySplitter)
        self.workColumn.setObjectName(u"workColumn")
        self.workLayout = QVBoxLayout(self.workColumn)
        self.workLayout.setObjectName(u"workLayout")
        self.workLayout.setContentsMargins(0, 0, 0, 0)
        self.auditsBox = QGroupBox(self.workColumn)
        self.auditsBox.setObjectName(u"auditsBox")
        self.auditsLayout = QVBoxLayout(self.auditsBox)
        self.auditsLayout.setObjectName(u"auditsLayout")
        self.auditsTree = QTreeWidget(self.auditsBox)
        self.auditsTree.setObjectName(u"auditsTree")
        self.auditsTree.setAlternatingRowColors(True)
        self.auditsTree.setUniformRowHeights(True)
        self.auditsTree.setColumnCount(5)

        self.auditsLayout.addWidget(self.auditsTree)

        self.noAuditsLabel = QLabel(self.auditsBox)
        self.noAuditsLabel.setObjectName(u"noAuditsLabel")
        self.noAuditsLabel.setWordWrap(True)

        self.auditsLayout.addWidget(self.noAuditsLabel)


        self.workLayout.addWidget(self.auditsBox)

        self.activitiesBox = QGroupBox(self.workColumn)
        self.activitiesBox.setObjectName(u"activitiesBox")
        self.activitiesLayout = QVBoxLayout(self.activitiesBox)
        self.activitiesLayout.setObjectName(u"activitiesLayout")
        self.activitiesTable = QTableWidget(self.activitiesBox)
        if (self.activitiesTable.columnCount() < 5):
            self.activitiesTable.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.activitiesTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.activitiesTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.activitiesTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.activitiesTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.activitiesTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.activitiesTable.setObjectName(u"activitiesTable")
        self.activitiesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.activitiesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.activitiesTable.setAlternatingRowColors(True)
        self.activitiesTable.setWordWrap(False)
        self.activitiesTable.setColumnCount(5)

        self.activitiesLayout.addWidget(self.activitiesTable)

        self.noActivitiesLabel = QLabel(self.activitiesBox)
        self.noActivitiesLabel.setObjectName(u"noActivitiesLabel")
        self.noActivitiesLabel.setWordWrap(True)

        self.activitiesLayout.addWidget(self.noActivitiesLabel)


        self.workLayout.addWidget(self.activitiesBox)

        self.workLayout.setStretch(0, 3)
        self.workLayout.setStretch(1, 2)
        self.todaySplitter.addWidget(self.workColumn)
        self.remindersBox = QGroupBox(self.todaySplitter)
        self.remindersBox.setObjectName(u"remindersBox")
        self.remindersLayout = QVBoxLayout(self.remindersBox)
        self.remindersLayout.setObjectName(u"remindersLayout")
        self.overdueLabel = QLabel(self.remindersBox)
        self.overdueLabel.setObjectName(u"overdueLabel")

        self.remindersLayout.addWidget(self.overdueLabel)

        self.overdueTree = QTreeWidget(self.remindersBox)
        self.overdueTree.setObjectName(u"overdueTree")
        self.overdueTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.overdueTree.setAlternatingRowColors(True)
        self.overdueTree.setRootIsDecorated(False)
        self.overdueTree.setUniformRowHeights(True)
        self.overdueTree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.overdueTree.setColumnCount(6)

        self.remindersLayout.addWidget(self.overdueTree)

        self.dueSoonLabel = QLabel(self.remindersBox)
        self.dueSoonLabel.setObjectName(u"dueSoonLabel")

        self.remindersLayout.addWidget(self.dueSoonLabel)

        self.dueSoonTree = QTreeWidget(self.remindersBox)
        self.dueSoonTree.setObjectName(u"dueSoonTree")
        self.dueSoonTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.dueSoonTree.setAlternatingRowColors(True)
        self.dueSoonTree.setRootIsDecorated(False)
        self.dueSoonTree.setUniformRowHeights(True)
        self.dueSoonTree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.dueSoonTree.setColumnCount(6)

        self.remindersLayout.addWidget(self.dueSoonTree)

        self.remindersLayout.setStretch(1, 1)
        self.remindersLayout.setStretch(3, 1)
        self.todaySplitter.addWidget(self.remindersBox)

        self.todayLayout.addWidget(self.todaySplitter)

        self.homeTabs.addTab(self.todayTab, "")
        self.dashboardTab = QWidget()
        self.dashboardTab.setObjectName(u"dashboardTab")
        self.dashboardLayout = QVBoxLayout(self.dashboardTab)
        self.dashboardLayout.setObjectName(u"dashboardLayout")
        self.dashboardLayout.setContentsMargins(0, 0, 0, 0)
        self.homeTabs.addTab(self.dashboardTab, "")

        self.mainLayout.addWidget(self.homeTabs)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.overdueLabel.setBuddy(self.overdueTree)
        self.dueSoonLabel.setBuddy(self.dueSoonTree)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.openButton, self.overdueButton)
        QWidget.setTabOrder(self.overdueButton, self.homeTabs)
        QWidget.setTabOrder(self.homeTabs, self.auditsTree)
        QWidget.setTabOrder(self.auditsTree, self.activitiesTable)
        QWidget.setTabOrder(self.activitiesTable, self.overdueTree)
        QWidget.setTabOrder(self.overdueTree, self.dueSoonTree)

        self.retranslateUi(HomeView)

        self.homeTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(HomeView)
    # setupUi

    def retranslateUi(self, HomeView):
#if QT_CONFIG(tooltip)
        self.openButton.setToolTip(QCoreApplication.translate("HomeView", u"Show the open nonconformities (Alt+O)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.openButton.setShortcut(QCoreApplication.translate("HomeView", u"Alt+O", None))
#endif // QT_CONFIG(shortcut)
#if QT_CONFIG(tooltip)
        self.overdueButton.setToolTip(QCoreApplication.translate("HomeView", u"Show the open nonconformities past their due date (Alt+V)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(shortcut)
        self.overdueButton.setShortcut(QCoreApplication.translate("HomeView", u"Alt+V", None))
#endif // QT_CONFIG(shortcut)
        self.auditsBox.setTitle(QCoreApplication.translate("HomeView", u"My audits", None))
        ___qtreewidgetitem = self.auditsTree.headerItem()
        ___qtreewidgetitem.setText(4, QCoreApplication.translate("HomeView", u"Status", None))
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("HomeView", u"Progress", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("HomeView", u"Auditor", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("HomeView", u"Role / department", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("HomeView", u"Audit / checklist", None))
#if QT_CONFIG(tooltip)
        self.auditsTree.setToolTip(QCoreApplication.translate("HomeView", u"Double-click a checklist (or press Enter) to continue it", None))
#endif // QT_CONFIG(tooltip)
        self.noAuditsLabel.setText(QCoreApplication.translate("HomeView", u"You lead or audit no open audit.", None))
        ___qtablewidgetitem = self.activitiesTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("HomeView", u"Activity", None))
        ___qtablewidgetitem1 = self.activitiesTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("HomeView", u"Responsible", None))
        ___qtablewidgetitem2 = self.activitiesTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("HomeView", u"Planned", None))
        ___qtablewidgetitem3 = self.activitiesTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("HomeView", u"Output document", None))
        ___qtablewidgetitem4 = self.activitiesTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("HomeView", u"State", None))
        self.remindersBox.setTitle(QCoreApplication.translate("HomeView", u"Reminders", None))
        self.overdueLabel.setText(QCoreApplication.translate("HomeView", u"Ove&rdue", None))
        ___qtreewidgetitem1 = self.overdueTree.headerItem()
        ___qtreewidgetitem1.setText(5, QCoreApplication.translate("HomeView", u"Days", None))
        ___qtreewidgetitem1.setText(4, QCoreApplication.translate("HomeView", u"Due", None))
        ___qtreewidgetitem1.setText(3, QCoreApplication.translate("HomeView", u"Responsible", None))
        ___qtreewidgetitem1.setText(2, QCoreApplication.translate("HomeView", u"Facts / action", None))
        ___qtreewidgetitem1.setText(1, QCoreApplication.translate("HomeView", u"Grade", None))
        ___qtreewidgetitem1.setText(0, QCoreApplication.translate("HomeView", u"Item", None))
#if QT_CONFIG(tooltip)
        self.overdueTree.setToolTip(QCoreApplication.translate("HomeView", u"Double-click or press Enter to open the nonconformity", None))
#endif // QT_CONFIG(tooltip)
        self.dueSoonLabel.setText(QCoreApplication.translate("HomeView", u"Due &within 7 days", None))
        ___qtreewidgetitem2 = self.dueSoonTree.headerItem()
        ___qtreewidgetitem2.setText(5, QCoreApplication.translate("HomeView", u"Days", None))
        ___qtreewidgetitem2.setText(4, QCoreApplication.translate("HomeView", u"Due", None))
        ___qtreewidgetitem2.setText(3, QCoreApplication.translate("HomeView", u"Responsible", None))
        ___qtreewidgetitem2.setText(2, QCoreApplication.translate("HomeView", u"Facts / action", None))
        ___qtreewidgetitem2.setText(1, QCoreApplication.translate("HomeView", u"Grade", None))
        ___qtreewidgetitem2.setText(0, QCoreApplication.translate("HomeView", u"Item", None))
#if QT_CONFIG(tooltip)
        self.dueSoonTree.setToolTip(QCoreApplication.translate("HomeView", u"Double-click or press Enter to open the nonconformity", None))
#endif // QT_CONFIG(tooltip)
        self.homeTabs.setTabText(self.homeTabs.indexOf(self.todayTab), QCoreApplication.translate("HomeView", u"&Today", None))
        self.homeTabs.setTabText(self.homeTabs.indexOf(self.dashboardTab), QCoreApplication.translate("HomeView", u"&Statistics", None))
        pass
    # retranslateUi

