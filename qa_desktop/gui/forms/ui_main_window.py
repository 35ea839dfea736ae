# generated from ui/main_window.ui by `python -m qa_desktop.gui.uic` — do not edit.
# ruff: noqa
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QMainWindow, QMenu,
    QMenuBar, QPushButton, QSizePolicy, QStackedWidget,
    QStatusBar, QToolButton, QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1180, 760)
        self.actionBackup = QAction(MainWindow)
        self.actionBackup.setObjectName(u"actionBackup")
        self.actionQuit = QAction(MainWindow)
        self.actionQuit.setObjectName(u"actionQuit")
        self.actionHome = QAction(MainWindow)
        self.actionHome.setObjectName(u"actionHome")
        self.actionAudits = QAction(MainWindow)
        self.actionAudits.setObjectName(u"actionAudits")
        self.actionNonconformities = QAction(MainWindow)
        self.actionNonconformities.setObjectName(u"actionNonconformities")
        self.actionTemplates = QAction(MainWindow)
        self.actionTemplates.setObjectName(u"actionTemplates")
        self.actionSettings = QAction(MainWindow)
        self.actionSettings.setObjectName(u"actionSettings")
        self.actionGenerateDocument = QAction(MainWindow)
        self.actionGenerateDocument.setObjectName(u"actionGenerateDocument")
        self.actionAbout = QAction(MainWindow)
        self.actionAbout.setObjectName(u"actionAbout")
        self.centralwidget = QWidget(MainWindow)
        self.centralwidget.setObjectName(u"centralwidget")
        self.centralLayout = QHBoxLayout(self.centralwidget)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.navList = QListWidget(self.centralwidget)
        self.navList.setObjectName(u"navList")
        self.navList.setMinimumSize(QSize(150, 0))
        self.navList.setMaximumSize(QSize(190, 16777215))
        self.navList.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.navList.setFrameShape(QFrame.Shape.NoFrame)
        self.navList.setIconSize(QSize(22, 22))
        self.navList.setSpacing(2)
        self.navList.setUniformItemSizes(True)

        self.centralLayout.addWidget(self.navList)

        self.pageColumn = QVBoxLayout()
        self.pageColumn.setSpacing(0)
        self.pageColumn.setObjectName(u"pageColumn")
        self.noticeBar = QFrame(self.centralwidget)
        self.noticeBar.setObjectName(u"noticeBar")
        self.noticeBar.setFrameShape(QFrame.Shape.StyledPanel)
        self.noticeLayout = QHBoxLayout(self.noticeBar)
        self.noticeLayout.setObjectName(u"noticeLayout")
        self.noticeLabel = QLabel(self.noticeBar)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setWordWrap(True)

        self.noticeLayout.addWidget(self.noticeLabel)

        self.noticeShowButton = QPushButton(self.noticeBar)
        self.noticeShowButton.setObjectName(u"noticeShowButton")

        self.noticeLayout.addWidget(self.noticeShowButton)

        self.noticeCloseButton = QToolButton(self.noticeBar)
        self.noticeCloseButton.setObjectName(u"noticeCloseButton")
        self.noticeCloseButton.setAutoRaise(True)

        self.noticeLayout.addWidget(self.noticeCloseButton)


        self.pageColumn.addWidget(self.noticeBar)

        self.pages = QStackedWidget(self.centralwidget)
        self.pages.setObjectName(u"pages")

        self.pageColumn.addWidget(self.pages)


        self.centralLayout.addLayout(self.pageColumn)

        MainWindow.setCentralWidget(self.centralwidget)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuGo = QMenu(self.menubar)
        self.menuGo.setObjectName(u"menuGo")
        self.menuReports = QMenu(self.menubar)
        self.menuReports.setObjectName(u"menuReports")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuGo.menuAction())
        self.menubar.addAction(self.menuReports.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())
        self.menuFile.addAction(self.actionBackup)
        self.menuFile.addSeparator()
        self.menuFile.addAction(self.actionQuit)
        self.menuGo.addAction(self.actionHome)
        self.menuGo.addAction(self.actionAudits)
        self.menuGo.addAction(self.actionNonconformities)
        self.menuGo.addAction(self.actionTemplates)
        self.menuGo.addAction(self.actionSettings)
        self.menuReports.addAction(self.actionGenerateDocument)
        self.menuReports.addSeparator()
        self.menuHelp.addAction(self.actionAbout)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"qa-desktop \u2014 Quality assurance and internal audit", None))
        self.actionBackup.setText(QCoreApplication.translate("MainWindow", u"&Back up now\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionBackup.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Shift+B", None))
#endif // QT_CONFIG(shortcut)
        self.actionQuit.setText(QCoreApplication.translate("MainWindow", u"&Quit", None))
#if QT_CONFIG(shortcut)
        self.actionQuit.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.actionHome.setText(QCoreApplication.translate("MainWindow", u"&Home", None))
#if QT_CONFIG(shortcut)
        self.actionHome.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+1", None))
#endif // QT_CONFIG(shortcut)
        self.actionAudits.setText(QCoreApplication.translate("MainWindow", u"&Audits", None))
#if QT_CONFIG(shortcut)
        self.actionAudits.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+2", None))
#endif // QT_CONFIG(shortcut)
        self.actionNonconformities.setText(QCoreApplication.translate("MainWindow", u"&Nonconformities", None))
#if QT_CONFIG(shortcut)
        self.actionNonconformities.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+3", None))
#endif // QT_CONFIG(shortcut)
        self.actionTemplates.setText(QCoreApplication.translate("MainWindow", u"&Templates", None))
#if QT_CONFIG(shortcut)
        self.actionTemplates.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+4", None))
#endif // QT_CONFIG(shortcut)
        self.actionSettings.setText(QCoreApplication.translate("MainWindow", u"&Settings", None))
#if QT_CONFIG(shortcut)
        self.actionSettings.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+5", None))
#endif // QT_CONFIG(shortcut)
        self.actionGenerateDocument.setText(QCoreApplication.translate("MainWindow", u"&Generate a document\u2026", None))
#if QT_CONFIG(shortcut)
        self.actionGenerateDocument.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+P", None))
#endif // QT_CONFIG(shortcut)
        self.actionAbout.setText(QCoreApplication.translate("MainWindow", u"&About qa-desktop", None))
        self.noticeShowButton.setText(QCoreApplication.translate("MainWindow", u"Show", None))
#if QT_CONFIG(tooltip)
        self.noticeCloseButton.setToolTip(QCoreApplication.translate("MainWindow", u"Dismiss", None))
#endif // QT_CONFIG(tooltip)
        self.noticeCloseButton.setText(QCoreApplication.translate("MainWindow", u"\u2715", None))
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuGo.setTitle(QCoreApplication.translate("MainWindow", u"&Go", None))
        self.menuReports.setTitle(QCoreApplication.translate("MainWindow", u"&Reports", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

