# generated from ui/nc_actions.ui by `python -m qa_desktop.gui.uic` — do not edit.
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
    QSpacerItem, QSplitter, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_NcActionsPanel(object):
    def setupUi(self, NcActionsPanel):
        if not NcActionsPanel.objectName():
            NcActionsPanel.setObjectName(u"NcActionsPanel")
        NcActionsPanel.resize(540, 640)
        self.mainLayout = QVBoxLayout(NcActionsPanel)
        self.mainLayout.setObjectName(u"mainLayout")
        self.splitter = QSplitter(NcActionsPanel)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.actionsBox = QGroupBox(self.splitter)
        self.actionsBox.setObjectName(u"actionsBox")
        self.actionsLayout = QVBoxLayout(self.actionsBox)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.actionsTable = QTableWidget(self.actionsBox)
        if (self.actionsTable.columnCount() < 7):
            self.actionsTable.setColumnCount(7)
        __qtablewidgetitem = QTableWidgetItem()
        self.actionsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.actionsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.actionsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.actionsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.actionsTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.actionsTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.actionsTable.setHorizontalHeaderItem(6, __qtablewidgetitem6)
        self.actionsTable.setObjectName(u"actionsTable")
        self.actionsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.actionsTable.setAlternatingRowColors(True)
        self.actionsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.actionsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.actionsTable.setWordWrap(False)
        self.actionsTable.setColumnCount(7)
        self.actionsTable.verticalHeader().setVisible(False)

        self.actionsLayout.addWidget(self.actionsTable)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.addButton = QPushButton(self.actionsBox)
        self.addButton.setObjectName(u"addButton")

        self.buttonLayout.addWidget(self.addButton)

        self.editButton = QPushButton(self.actionsBox)
        self.editButton.setObjectName(u"editButton")

        self.buttonLayout.addWidget(self.editButton)

        self.startButton = QPushButton(self.actionsBox)
        self.startButton.setObjectName(u"startButton")

        self.buttonLayout.addWidget(self.startButton)

        self.doneButton = QPushButton(self.actionsBox)
        self.doneButton.setObjectName(u"doneButton")

        self.buttonLayout.addWidget(self.doneButton)

        self.cancelButton = QPushButton(self.actionsBox)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonLayout.addWidget(self.cancelButton)

        self.buttonSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)


        self.actionsLayout.addLayout(self.buttonLayout)

        self.hintLabel = QLabel(self.actionsBox)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.actionsLayout.addWidget(self.hintLabel)

        self.splitter.addWidget(self.actionsBox)
        self.evidenceBox = QGroupBox(self.splitter)
        self.evidenceBox.setObjectName(u"evidenceBox")
        self.evidenceLayout = QVBoxLayout(self.evidenceBox)
        self.evidenceLayout.setObjectName(u"evidenceLayout")
        self.evidenceNoteLabel = QLabel(self.evidenceBox)
        self.evidenceNoteLabel.setObjectName(u"evidenceNoteLabel")
        self.evidenceNoteLabel.setWordWrap(True)
        self.evidenceNoteLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.evidenceLayout.addWidget(self.evidenceNoteLabel)

        self.splitter.addWidget(self.evidenceBox)

        self.mainLayout.addWidget(self.splitter)

        QWidget.setTabOrder(self.actionsTable, self.addButton)
        QWidget.setTabOrder(self.addButton, self.editButton)
        QWidget.setTabOrder(self.editButton, self.startButton)
        QWidget.setTabOrder(self.startButton, self.doneButton)
        QWidget.setTabOrder(self.doneButton, self.cancelButton)

        self.retranslateUi(NcActionsPanel)

        QMetaObject.connectSlotsByName(NcActionsPanel)
    # setupUi

    def retranslateUi(self, NcActionsPanel):
        self.actionsBox.setTitle(QCoreApplication.translate("NcActionsPanel", u"8 \u00b7 Corrective actions", None))
        ___qtablewidgetitem = self.actionsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("NcActionsPanel", u"#", None))
        ___qtablewidgetitem1 = self.actionsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("NcActionsPanel", u"Action", None))
        ___qtablewidgetitem2 = self.actionsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("NcActionsPanel", u"Owner", None))
        ___qtablewidgetitem3 = self.actionsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("NcActionsPanel", u"Due", None))
        ___qtablewidgetitem4 = self.actionsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("NcActionsPanel", u"Status", None))
        ___qtablewidgetitem5 = self.actionsTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("NcActionsPanel", u"Completed", None))
        ___qtablewidgetitem6 = self.actionsTable.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("NcActionsPanel", u"Evidence", None))
#if QT_CONFIG(tooltip)
        self.actionsTable.setToolTip(QCoreApplication.translate("NcActionsPanel", u"Insert adds an action; Enter or double-click edits the selected one", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("NcActionsPanel", u"Add a corrective action (Insert)", None))
#endif // QT_CONFIG(tooltip)
        self.addButton.setText(QCoreApplication.translate("NcActionsPanel", u"&Add\u2026", None))
#if QT_CONFIG(tooltip)
        self.editButton.setToolTip(QCoreApplication.translate("NcActionsPanel", u"Change the description, owner, due date or evidence note of the selected action (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.editButton.setText(QCoreApplication.translate("NcActionsPanel", u"&Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.startButton.setToolTip(QCoreApplication.translate("NcActionsPanel", u"Mark the selected action as in progress", None))
#endif // QT_CONFIG(tooltip)
        self.startButton.setText(QCoreApplication.translate("NcActionsPanel", u"S&tart", None))
#if QT_CONFIG(tooltip)
        self.doneButton.setToolTip(QCoreApplication.translate("NcActionsPanel", u"Mark the selected action as done (possible once the plan is approved)", None))
#endif // QT_CONFIG(tooltip)
        self.doneButton.setText(QCoreApplication.translate("NcActionsPanel", u"Mark &done", None))
#if QT_CONFIG(tooltip)
        self.cancelButton.setToolTip(QCoreApplication.translate("NcActionsPanel", u"The selected action is no longer needed", None))
#endif // QT_CONFIG(tooltip)
        self.cancelButton.setText(QCoreApplication.translate("NcActionsPanel", u"Ca&ncel action", None))
        self.evidenceBox.setTitle(QCoreApplication.translate("NcActionsPanel", u"Evidence of the selected action", None))
        pass
    # retranslateUi

