# generated from ui/programme_view.ui by `python -m qa_desktop.gui.uic` — do not edit.
# ruff: noqa
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QStackedWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_ProgrammeView(object):
    def setupUi(self, ProgrammeView):
        if not ProgrammeView.objectName():
            ProgrammeView.setObjectName(u"ProgrammeView")
        ProgrammeView.resize(1100, 700)
        self.pageLayout = QVBoxLayout(ProgrammeView)
        self.pageLayout.setObjectName(u"pageLayout")
        self.toolbarLayout = QHBoxLayout()
        self.toolbarLayout.setObjectName(u"toolbarLayout")
        self.yearLabel = QLabel(ProgrammeView)
        self.yearLabel.setObjectName(u"yearLabel")

        self.toolbarLayout.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(ProgrammeView)
        self.yearCombo.setObjectName(u"yearCombo")
        self.yearCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.toolbarLayout.addWidget(self.yearCombo)

        self.titleLabel = QLabel(ProgrammeView)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.toolbarLayout.addWidget(self.titleLabel)

        self.toolbarSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.toolbarLayout.addItem(self.toolbarSpacer)

        self.editButton = QPushButton(ProgrammeView)
        self.editButton.setObjectName(u"editButton")

        self.toolbarLayout.addWidget(self.editButton)

        self.nextYearButton = QPushButton(ProgrammeView)
        self.nextYearButton.setObjectName(u"nextYearButton")

        self.toolbarLayout.addWidget(self.nextYearButton)


        self.pageLayout.addLayout(self.toolbarLayout)

        self.summaryLabel = QLabel(ProgrammeView)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.summaryLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.summaryLabel)

        self.stack = QStackedWidget(ProgrammeView)
        self.stack.setObjectName(u"stack")
        self.gridPage = QWidget()
        self.gridPage.setObjectName(u"gridPage")
        self.gridLayout = QVBoxLayout(self.gridPage)
        self.gridLayout.setObjectName(u"gridLayout")
        self.gridLayout.setContentsMargins(0, 0, 0, 0)
        self.gridTable = QTableView(self.gridPage)
        self.gridTable.setObjectName(u"gridTable")
        self.gridTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.gridTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.gridTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.gridTable.setWordWrap(True)
        self.gridTable.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.gridTable.horizontalHeader().setHighlightSections(False)
        self.gridTable.verticalHeader().setVisible(False)

        self.gridLayout.addWidget(self.gridTable)

        self.legendLabel = QLabel(self.gridPage)
        self.legendLabel.setObjectName(u"legendLabel")
        self.legendLabel.setWordWrap(True)

        self.gridLayout.addWidget(self.legendLabel)

        self.notesGroup = QGroupBox(self.gridPage)
        self.notesGroup.setObjectName(u"notesGroup")
        self.notesLayout = QVBoxLayout(self.notesGroup)
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesLabel = QLabel(self.notesGroup)
        self.notesLabel.setObjectName(u"notesLabel")
        self.notesLabel.setWordWrap(True)
        self.notesLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.notesLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.notesLayout.addWidget(self.notesLabel)


        self.gridLayout.addWidget(self.notesGroup)

        self.gridBottom = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.gridLayout.addItem(self.gridBottom)

        self.stack.addWidget(self.gridPage)
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyTop = QSpacerItem(10, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyTop)

        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.emptyLabel.setWordWrap(True)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.createLayout = QHBoxLayout()
        self.createLayout.setObjectName(u"createLayout")
        self.createLeft = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.createLayout.addItem(self.createLeft)

        self.createButton = QPushButton(self.emptyPage)
        self.createButton.setObjectName(u"createButton")

        self.createLayout.addWidget(self.createButton)

        self.createRight = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.createLayout.addItem(self.createRight)


        self.emptyLayout.addLayout(self.createLayout)

        self.emptyBottom = QSpacerItem(10, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.emptyLayout.addItem(self.emptyBottom)

        self.stack.addWidget(self.emptyPage)

        self.pageLayout.addWidget(self.stack)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.yearCombo, self.gridTable)
        QWidget.setTabOrder(self.gridTable, self.editButton)
        QWidget.setTabOrder(self.editButton, self.nextYearButton)
        QWidget.setTabOrder(self.nextYearButton, self.createButton)

        self.retranslateUi(ProgrammeView)

        QMetaObject.connectSlotsByName(ProgrammeView)
    # setupUi

    def retranslateUi(self, ProgrammeView):
        ProgrammeView.setWindowTitle(QCoreApplication.translate("ProgrammeView", u"Annual programme", None))
        self.yearLabel.setText(QCoreApplication.translate("ProgrammeView", u"&Year:", None))
#if QT_CONFIG(tooltip)
        self.yearCombo.setToolTip(QCoreApplication.translate("ProgrammeView", u"The year whose programme is shown", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("ProgrammeView", u"Update the selected activity: status, date done, owner, months, notes (Ctrl+E, Enter or double-click)", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("ProgrammeView", u"&Update activity\u2026", None))
#if QT_CONFIG(tooltip)
        self.nextYearButton.setToolTip(QCoreApplication.translate("ProgrammeView", u"Create the following year's programme with the same activities, months, owners and outputs", None))
#endif // QT_CONFIG(tooltip)
        self.nextYearButton.setText(QCoreApplication.translate("ProgrammeView", u"Create &next year from this one", None))
#if QT_CONFIG(tooltip)
        self.gridTable.setToolTip(QCoreApplication.translate("ProgrammeView", u"Shaded months are planned, in the colour of the activity's state; \u2713 marks the month it was done", None))
#endif // QT_CONFIG(tooltip)
        self.notesGroup.setTitle(QCoreApplication.translate("ProgrammeView", u"Selected activity", None))
#if QT_CONFIG(tooltip)
        self.createButton.setToolTip(QCoreApplication.translate("ProgrammeView", u"Create this year's programme from the nine activities of plan \u00a74.4", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

