# generated from ui/measures_view.ui by `python -m qa_desktop.gui.uic` — do not edit.
# ruff: noqa
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QDoubleSpinBox, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_MeasuresView(object):
    def setupUi(self, MeasuresView):
        if not MeasuresView.objectName():
            MeasuresView.setObjectName(u"MeasuresView")
        MeasuresView.resize(1180, 760)
        self.mainLayout = QVBoxLayout(MeasuresView)
        self.mainLayout.setObjectName(u"mainLayout")
        self.topLayout = QHBoxLayout()
        self.topLayout.setObjectName(u"topLayout")
        self.yearLabel = QLabel(MeasuresView)
        self.yearLabel.setObjectName(u"yearLabel")

        self.topLayout.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(MeasuresView)
        self.yearCombo.setObjectName(u"yearCombo")
        self.yearCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.topLayout.addWidget(self.yearCombo)

        self.statusLabel = QLabel(MeasuresView)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.statusLabel.sizePolicy().hasHeightForWidth())
        self.statusLabel.setSizePolicy(sizePolicy)
        self.statusLabel.setWordWrap(True)

        self.topLayout.addWidget(self.statusLabel)

        self.importButton = QPushButton(MeasuresView)
        self.importButton.setObjectName(u"importButton")

        self.topLayout.addWidget(self.importButton)


        self.mainLayout.addLayout(self.topLayout)

        self.tabs = QTabWidget(MeasuresView)
        self.tabs.setObjectName(u"tabs")
        self.measuresTab = QWidget()
        self.measuresTab.setObjectName(u"measuresTab")
        self.measuresLayout = QVBoxLayout(self.measuresTab)
        self.measuresLayout.setObjectName(u"measuresLayout")
        self.measuresSplitter = QSplitter(self.measuresTab)
        self.measuresSplitter.setObjectName(u"measuresSplitter")
        self.measuresSplitter.setOrientation(Qt.Orientation.Vertical)
        self.measuresSplitter.setChildrenCollapsible(False)
        self.gridPane = QWidget(self.measuresSplitter)
        self.gridPane.setObjectName(u"gridPane")
        self.gridLayout = QVBoxLayout(self.gridPane)
        self.gridLayout.setObjectName(u"gridLayout")
        self.gridLayout.setContentsMargins(0, 0, 0, 0)
        self.gridView = QTableView(self.gridPane)
        self.gridView.setObjectName(u"gridView")
        self.gridView.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.gridView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.gridView.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.gridView.setWordWrap(False)

        self.gridLayout.addWidget(self.gridView)

        self.gridButtons = QHBoxLayout()
        self.gridButtons.setObjectName(u"gridButtons")
        self.partsButton = QPushButton(self.gridPane)
        self.partsButton.setObjectName(u"partsButton")

        self.gridButtons.addWidget(self.partsButton)

        self.clearButton = QPushButton(self.gridPane)
        self.clearButton.setObjectName(u"clearButton")

        self.gridButtons.addWidget(self.clearButton)

        self.cellLabel = QLabel(self.gridPane)
        self.cellLabel.setObjectName(u"cellLabel")
        self.cellLabel.setTextFormat(Qt.TextFormat.PlainText)
        sizePolicy.setHeightForWidth(self.cellLabel.sizePolicy().hasHeightForWidth())
        self.cellLabel.setSizePolicy(sizePolicy)
        self.cellLabel.setWordWrap(True)
        self.cellLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.gridButtons.addWidget(self.cellLabel)


        self.gridLayout.addLayout(self.gridButtons)

        self.measuresSplitter.addWidget(self.gridPane)
        self.chartPane = QWidget(self.measuresSplitter)
        self.chartPane.setObjectName(u"chartPane")
        self.chartLayout = QVBoxLayout(self.chartPane)
        self.chartLayout.setObjectName(u"chartLayout")
        self.chartLayout.setContentsMargins(0, 0, 0, 0)
        self.measuresSplitter.addWidget(self.chartPane)

        self.measuresLayout.addWidget(self.measuresSplitter)

        self.tabs.addTab(self.measuresTab, "")
        self.stockTab = QWidget()
        self.stockTab.setObjectName(u"stockTab")
        self.stockTabLayout = QHBoxLayout(self.stockTab)
        self.stockTabLayout.setObjectName(u"stockTabLayout")
        self.stockBox = QGroupBox(self.stockTab)
        self.stockBox.setObjectName(u"stockBox")
        self.stockLayout = QVBoxLayout(self.stockBox)
        self.stockLayout.setObjectName(u"stockLayout")
        self.stockView = QTableView(self.stockBox)
        self.stockView.setObjectName(u"stockView")
        self.stockView.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.stockView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.stockView.setWordWrap(False)

        self.stockLayout.addWidget(self.stockView)

        self.movementsLabel = QLabel(self.stockBox)
        self.movementsLabel.setObjectName(u"movementsLabel")

        self.stockLayout.addWidget(self.movementsLabel)

        self.movementForm = QHBoxLayout()
        self.movementForm.setObjectName(u"movementForm")
        self.moveDateEdit = QDateEdit(self.stockBox)
        self.moveDateEdit.setObjectName(u"moveDateEdit")
        self.moveDateEdit.setCalendarPopup(True)

        self.movementForm.addWidget(self.moveDateEdit)

        self.partEdit = QLineEdit(self.stockBox)
        self.partEdit.setObjectName(u"partEdit")

        self.movementForm.addWidget(self.partEdit)

        self.directionCombo = QComboBox(self.stockBox)
        self.directionCombo.setObjectName(u"directionCombo")

        self.movementForm.addWidget(self.directionCombo)

        self.quantitySpin = QDoubleSpinBox(self.stockBox)
        self.quantitySpin.setObjectName(u"quantitySpin")
        self.quantitySpin.setDecimals(0)
        self.quantitySpin.setMinimum(1.000000000000000)
        self.quantitySpin.setMaximum(1000000.000000000000000)

        self.movementForm.addWidget(self.quantitySpin)

        self.unitCostSpin = QDoubleSpinBox(self.stockBox)
        self.unitCostSpin.setObjectName(u"unitCostSpin")
        self.unitCostSpin.setDecimals(2)
        self.unitCostSpin.setMaximum(100000000.000000000000000)

        self.movementForm.addWidget(self.unitCostSpin)

        self.referenceEdit = QLineEdit(self.stockBox)
        self.referenceEdit.setObjectName(u"referenceEdit")

        self.movementForm.addWidget(self.referenceEdit)

        self.addMoveButton = QPushButton(self.stockBox)
        self.addMoveButton.setObjectName(u"addMoveButton")

        self.movementForm.addWidget(self.addMoveButton)


        self.stockLayout.addLayout(self.movementForm)

        self.movementsView = QTableView(self.stockBox)
        self.movementsView.setObjectName(u"movementsView")
        self.movementsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.movementsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.movementsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.movementsView.setAlternatingRowColors(True)

        self.stockLayout.addWidget(self.movementsView)

        self.movementButtons = QHBoxLayout()
        self.movementButtons.setObjectName(u"movementButtons")
        self.importMovesButton = QPushButton(self.stockBox)
        self.importMovesButton.setObjectName(u"importMovesButton")

        self.movementButtons.addWidget(self.importMovesButton)

        self.deleteMoveButton = QPushButton(self.stockBox)
        self.deleteMoveButton.setObjectName(u"deleteMoveButton")

        self.movementButtons.addWidget(self.deleteMoveButton)

        self.movementSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.movementButtons.addItem(self.movementSpacer)


        self.stockLayout.addLayout(self.movementButtons)


        self.stockTabLayout.addWidget(self.stockBox)

        self.kbBox = QGroupBox(self.stockTab)
        self.kbBox.setObjectName(u"kbBox")
        self.kbLayout = QVBoxLayout(self.kbBox)
        self.kbLayout.setObjectName(u"kbLayout")
        self.kbView = QTableView(self.kbBox)
        self.kbView.setObjectName(u"kbView")
        self.kbView.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.kbView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.kbLayout.addWidget(self.kbView)

        self.kbNote = QLabel(self.kbBox)
        self.kbNote.setObjectName(u"kbNote")
        self.kbNote.setWordWrap(True)

        self.kbLayout.addWidget(self.kbNote)


        self.stockTabLayout.addWidget(self.kbBox)

        self.stockTabLayout.setStretch(0, 3)
        self.stockTabLayout.setStretch(1, 2)
        self.tabs.addTab(self.stockTab, "")

        self.mainLayout.addWidget(self.tabs)

#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearCombo)
        self.movementsLabel.setBuddy(self.movementsView)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.yearCombo, self.importButton)
        QWidget.setTabOrder(self.importButton, self.tabs)
        QWidget.setTabOrder(self.tabs, self.gridView)
        QWidget.setTabOrder(self.gridView, self.partsButton)
        QWidget.setTabOrder(self.partsButton, self.clearButton)
        QWidget.setTabOrder(self.clearButton, self.stockView)
        QWidget.setTabOrder(self.stockView, self.moveDateEdit)
        QWidget.setTabOrder(self.moveDateEdit, self.partEdit)
        QWidget.setTabOrder(self.partEdit, self.directionCombo)
        QWidget.setTabOrder(self.directionCombo, self.quantitySpin)
        QWidget.setTabOrder(self.quantitySpin, self.unitCostSpin)
        QWidget.setTabOrder(self.unitCostSpin, self.referenceEdit)
        QWidget.setTabOrder(self.referenceEdit, self.addMoveButton)
        QWidget.setTabOrder(self.addMoveButton, self.movementsView)
        QWidget.setTabOrder(self.movementsView, self.importMovesButton)
        QWidget.setTabOrder(self.importMovesButton, self.deleteMoveButton)
        QWidget.setTabOrder(self.deleteMoveButton, self.kbView)

        self.retranslateUi(MeasuresView)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(MeasuresView)
    # setupUi

    def retranslateUi(self, MeasuresView):
        self.yearLabel.setText(QCoreApplication.translate("MeasuresView", u"&Year:", None))
#if QT_CONFIG(tooltip)
        self.yearCombo.setToolTip(QCoreApplication.translate("MeasuresView", u"The year whose measures are shown (Alt+Y)", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("MeasuresView", u"&Import tickets\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("MeasuresView", u"Compute first-contact resolution, MTTR, SLA and knowledge use from a service-desk export (Ctrl+I)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.gridView.setToolTip(QCoreApplication.translate("MeasuresView", u"Double-click a month to type its value: 85 or 85% for a rate, 17/20 for 17 of 20 tickets, hours for MTTR. Delete clears the month.", None))
#endif // QT_CONFIG(tooltip)
        self.partsButton.setText(QCoreApplication.translate("MeasuresView", u"Enter as n &of N\u2026", None))
#if QT_CONFIG(tooltip)
        self.partsButton.setToolTip(QCoreApplication.translate("MeasuresView", u"Enter the selected month as its parts (e.g. 17 of 20 tickets), so quarters weigh each month by its volume (Ctrl+E)", None))
#endif // QT_CONFIG(tooltip)
        self.clearButton.setText(QCoreApplication.translate("MeasuresView", u"C&lear month", None))
#if QT_CONFIG(tooltip)
        self.clearButton.setToolTip(QCoreApplication.translate("MeasuresView", u"Remove the selected month's value (Delete)", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.measuresTab), QCoreApplication.translate("MeasuresView", u"&Measures", None))
        self.stockBox.setTitle(QCoreApplication.translate("MeasuresView", u"Spare-parts inventory turnover", None))
#if QT_CONFIG(tooltip)
        self.stockView.setToolTip(QCoreApplication.translate("MeasuresView", u"Double-click Month-end stock to enter the stock's value at the end of the month; turnover needs this month's and the previous month's", None))
#endif // QT_CONFIG(tooltip)
        self.movementsLabel.setText(QCoreApplication.translate("MeasuresView", u"Stock &movements of the year:", None))
#if QT_CONFIG(tooltip)
        self.moveDateEdit.setToolTip(QCoreApplication.translate("MeasuresView", u"Date of the movement", None))
#endif // QT_CONFIG(tooltip)
        self.moveDateEdit.setDisplayFormat(QCoreApplication.translate("MeasuresView", u"yyyy-MM-dd", None))
        self.partEdit.setPlaceholderText(QCoreApplication.translate("MeasuresView", u"Part", None))
#if QT_CONFIG(tooltip)
        self.partEdit.setToolTip(QCoreApplication.translate("MeasuresView", u"The spare part (name or model)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.directionCombo.setToolTip(QCoreApplication.translate("MeasuresView", u"Out: issued to a job (counts as issued cost); in: received into stock", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.quantitySpin.setToolTip(QCoreApplication.translate("MeasuresView", u"Quantity", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.unitCostSpin.setToolTip(QCoreApplication.translate("MeasuresView", u"Unit cost", None))
#endif // QT_CONFIG(tooltip)
        self.referenceEdit.setPlaceholderText(QCoreApplication.translate("MeasuresView", u"Reference", None))
#if QT_CONFIG(tooltip)
        self.referenceEdit.setToolTip(QCoreApplication.translate("MeasuresView", u"Slip or ticket number", None))
#endif // QT_CONFIG(tooltip)
        self.addMoveButton.setText(QCoreApplication.translate("MeasuresView", u"&Add", None))
        self.importMovesButton.setText(QCoreApplication.translate("MeasuresView", u"Import &movements\u2026", None))
#if QT_CONFIG(tooltip)
        self.importMovesButton.setToolTip(QCoreApplication.translate("MeasuresView", u"A CSV or Excel file with the columns date, part, quantity, unit cost, direction (in/out) and optionally reference", None))
#endif // QT_CONFIG(tooltip)
        self.deleteMoveButton.setText(QCoreApplication.translate("MeasuresView", u"&Delete movement", None))
        self.kbBox.setTitle(QCoreApplication.translate("MeasuresView", u"Knowledge base", None))
#if QT_CONFIG(tooltip)
        self.kbView.setToolTip(QCoreApplication.translate("MeasuresView", u"Double-click to enter the month's articles in force, those referenced at least once, and those added", None))
#endif // QT_CONFIG(tooltip)
        self.kbNote.setText(QCoreApplication.translate("MeasuresView", u"Active rate = articles referenced at least once \u00f7 articles in force. It is a secondary figure: the knowledge-base utilisation measure counts resolved tickets that used an article.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.stockTab), QCoreApplication.translate("MeasuresView", u"&Spare parts and knowledge", None))
        pass
    # retranslateUi

