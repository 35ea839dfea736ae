# generated from ui/nc_view.ui by `python -m qa_desktop.gui.uic` — do not edit.
# ruff: noqa
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QSizePolicy, QSplitter, QTableView, QToolButton,
    QVBoxLayout, QWidget)

class Ui_NonconformitiesView(object):
    def setupUi(self, NonconformitiesView):
        if not NonconformitiesView.objectName():
            NonconformitiesView.setObjectName(u"NonconformitiesView")
        NonconformitiesView.resize(1030, 720)
        self.mainLayout = QVBoxLayout(NonconformitiesView)
        self.mainLayout.setObjectName(u"mainLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.statusLabel = QLabel(NonconformitiesView)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterLayout.addWidget(self.statusLabel)

        self.statusCombo = QComboBox(NonconformitiesView)
        self.statusCombo.setObjectName(u"statusCombo")
        self.statusCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.statusCombo)

        self.gradeLabel = QLabel(NonconformitiesView)
        self.gradeLabel.setObjectName(u"gradeLabel")

        self.filterLayout.addWidget(self.gradeLabel)

        self.gradeCombo = QComboBox(NonconformitiesView)
        self.gradeCombo.setObjectName(u"gradeCombo")
        self.gradeCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.gradeCombo)

        self.processLabel = QLabel(NonconformitiesView)
        self.processLabel.setObjectName(u"processLabel")

        self.filterLayout.addWidget(self.processLabel)

        self.processCombo = QComboBox(NonconformitiesView)
        self.processCombo.setObjectName(u"processCombo")
        self.processCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.processCombo)

        self.overdueCheck = QCheckBox(NonconformitiesView)
        self.overdueCheck.setObjectName(u"overdueCheck")

        self.filterLayout.addWidget(self.overdueCheck)

        self.searchEdit = QLineEdit(NonconformitiesView)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(160, 0))
        self.searchEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.searchEdit)

        self.resetButton = QToolButton(NonconformitiesView)
        self.resetButton.setObjectName(u"resetButton")

        self.filterLayout.addWidget(self.resetButton)


        self.mainLayout.addLayout(self.filterLayout)

        self.splitter = QSplitter(NonconformitiesView)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listPane = QWidget(self.splitter)
        self.listPane.setObjectName(u"listPane")
        self.listLayout = QVBoxLayout(self.listPane)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableView(self.listPane)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)

        self.listLayout.addWidget(self.table)

        self.countLabel = QLabel(self.listPane)
        self.countLabel.setObjectName(u"countLabel")

        self.listLayout.addWidget(self.countLabel)

        self.splitter.addWidget(self.listPane)
        self.detailHost = QWidget(self.splitter)
        self.detailHost.setObjectName(u"detailHost")
        self.detailLayout = QVBoxLayout(self.detailHost)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(0, 0, 0, 0)
        self.splitter.addWidget(self.detailHost)

        self.mainLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.statusLabel.setBuddy(self.statusCombo)
        self.gradeLabel.setBuddy(self.gradeCombo)
        self.processLabel.setBuddy(self.processCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.statusCombo, self.gradeCombo)
        QWidget.setTabOrder(self.gradeCombo, self.processCombo)
        QWidget.setTabOrder(self.processCombo, self.overdueCheck)
        QWidget.setTabOrder(self.overdueCheck, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.resetButton)
        QWidget.setTabOrder(self.resetButton, self.table)

        self.retranslateUi(NonconformitiesView)

        QMetaObject.connectSlotsByName(NonconformitiesView)
    # setupUi

    def retranslateUi(self, NonconformitiesView):
        self.statusLabel.setText(QCoreApplication.translate("NonconformitiesView", u"&Status:", None))
        self.gradeLabel.setText(QCoreApplication.translate("NonconformitiesView", u"G&rade:", None))
        self.processLabel.setText(QCoreApplication.translate("NonconformitiesView", u"&Process:", None))
#if QT_CONFIG(tooltip)
        self.overdueCheck.setToolTip(QCoreApplication.translate("NonconformitiesView", u"Only open nonconformities whose due date has passed", None))
#endif // QT_CONFIG(tooltip)
        self.overdueCheck.setText(QCoreApplication.translate("NonconformitiesView", u"&Overdue only", None))
#if QT_CONFIG(tooltip)
        self.searchEdit.setToolTip(QCoreApplication.translate("NonconformitiesView", u"Search the number, clause and facts (Ctrl+F)", None))
#endif // QT_CONFIG(tooltip)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("NonconformitiesView", u"Search number, clause, facts\u2026", None))
#if QT_CONFIG(tooltip)
        self.resetButton.setToolTip(QCoreApplication.translate("NonconformitiesView", u"Show every nonconformity again", None))
#endif // QT_CONFIG(tooltip)
        self.resetButton.setText(QCoreApplication.translate("NonconformitiesView", u"C&lear filters", None))
        pass
    # retranslateUi

