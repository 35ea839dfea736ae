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
    QHeaderView, QLabel, QListView, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget)

class Ui_HomeView(object):
    def setupUi(self, HomeView):
        if not HomeView.objectName():
            HomeView.setObjectName(u"HomeView")
        HomeView.resize(1000, 720)
        self.mainLayout = QVBoxLayout(HomeView)
        self.mainLayout.setObjectName(u"mainLayout")
        self.greetingLayout = QHBoxLayout()
        self.greetingLayout.setObjectName(u"greetingLayout")
        self.greetingLabel = QLabel(HomeView)
        self.greetingLabel.setObjectName(u"greetingLabel")
        self.greetingLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.greetingLayout.addWidget(self.greetingLabel)

        self.greetingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.greetingLayout.addItem(self.greetingSpacer)

        self.dateLabel = QLabel(HomeView)
        self.dateLabel.setObjectName(u"dateLabel")
        self.dateLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.greetingLayout.addWidget(self.dateLabel)


        self.mainLayout.addLayout(self.greetingLayout)

        self.countersLayout = QHBoxLayout()
        self.countersLayout.setObjectName(u"countersLayout")
        self.openButton = QPushButton(HomeView)
        self.openButton.setObjectName(u"openButton")
        self.openButton.setMinimumSize(QSize(190, 76))

        self.countersLayout.addWidget(self.openButton)

        self.overdueButton = QPushButton(HomeView)
        self.overdueButton.setObjectName(u"overdueButton")
        self.overdueButton.setMinimumSize(QSize(190, 76))

        self.countersLayout.addWidget(self.overdueButton)

        self.overdueListLayout = QVBoxLayout()
        self.overdueListLayout.setSpacing(2)
        self.overdueListLayout.setObjectName(u"overdueListLayout")
        self.overdueListLabel = QLabel(HomeView)
        self.overdueListLabel.setObjectName(u"overdueListLabel")

        self.overdueListLayout.addWidget(self.overdueListLabel)

        self.overdueList = QListWidget(HomeView)
        self.overdueList.setObjectName(u"overdueList")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.overdueList.sizePolicy().hasHeightForWidth())
        self.overdueList.setSizePolicy(sizePolicy)
        self.overdueList.setMaximumSize(QSize(16777215, 84))
        self.overdueList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.overdueList.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.overdueList.setResizeMode(QListView.ResizeMode.Adjust)
        self.overdueList.setAlternatingRowColors(True)

        self.overdueListLayout.addWidget(self.overdueList)


        self.countersLayout.addLayout(self.overdueListLayout)


        self.mainLayout.addLayout(self.countersLayout)

        self.auditsBox = QGroupBox(HomeView)
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


        self.mainLayout.addWidget(self.auditsBox)

        self.activitiesBox = QGroupBox(HomeView)
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


        self.mainLayout.addWidget(self.activitiesBox)

        self.mainLayout.setStretch(2, 3)
        self.mainLayout.setStretch(3, 2)
#if QT_CONFIG(shortcut)
        self.overdueListLabel.setBuddy(self.overdueList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.openButton, self.overdueButton)
        QWidget.setTabOrder(self.overdueButton, self.overdueList)
        QWidget.setTabOrder(self.overdueList, self.auditsTree)
        QWidget.setTabOrder(self.auditsTree, self.activitiesTable)

        self.retranslateUi(HomeView)

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
        self.overdueListLabel.setText(QCoreApplication.translate("HomeView", u"Most overdue:", None))
#if QT_CONFIG(tooltip)
        self.overdueList.setToolTip(QCoreApplication.translate("HomeView", u"Double-click or press Enter to open the nonconformity", None))
#endif // QT_CONFIG(tooltip)
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
        pass
    # retranslateUi

