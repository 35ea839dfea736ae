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
    QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTableView, QToolButton, QVBoxLayout,
    QWidget)

class Ui_NonconformitiesView(object):
    def setupUi(self, NonconformitiesView):
        if not NonconformitiesView.objectName():
            NonconformitiesView.setObjectName(u"NonconformitiesView")
        NonconformitiesView.resize(1030, 720)
        self.mainLayout = QVBoxLayout(NonconformitiesView)
        self.mainLayout.setObjectName(u"mainLayout")
        self.presetLayout = QHBoxLayout()
        self.presetLayout.setObjectName(u"presetLayout")
        self.presetLabel = QLabel(NonconformitiesView)
        self.presetLabel.setObjectName(u"presetLabel")

        self.presetLayout.addWidget(self.presetLabel)

        self.presetCombo = QComboBox(NonconformitiesView)
        self.presetCombo.setObjectName(u"presetCombo")
        self.presetCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.presetLayout.addWidget(self.presetCombo)

        self.savePresetButton = QToolButton(NonconformitiesView)
        self.savePresetButton.setObjectName(u"savePresetButton")

        self.presetLayout.addWidget(self.savePresetButton)

        self.deletePresetButton = QToolButton(NonconformitiesView)
        self.deletePresetButton.setObjectName(u"deletePresetButton")

        self.presetLayout.addWidget(self.deletePresetButton)

        self.presetSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.presetLayout.addItem(self.presetSpacer)

        self.exportButton = QPushButton(NonconformitiesView)
        self.exportButton.setObjectName(u"exportButton")

        self.presetLayout.addWidget(self.exportButton)


        self.mainLayout.addLayout(self.presetLayout)

        self.filterGrid = QGridLayout()
        self.filterGrid.setObjectName(u"filterGrid")
        self.filterGrid.setHorizontalSpacing(6)
        self.filterGrid.setVerticalSpacing(4)
        self.statusLabel = QLabel(NonconformitiesView)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterGrid.addWidget(self.statusLabel, 0, 0, 1, 1)

        self.statusCombo = QComboBox(NonconformitiesView)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filterGrid.addWidget(self.statusCombo, 0, 1, 1, 1)

        self.gradeLabel = QLabel(NonconformitiesView)
        self.gradeLabel.setObjectName(u"gradeLabel")

        self.filterGrid.addWidget(self.gradeLabel, 0, 2, 1, 1)

        self.gradeCombo = QComboBox(NonconformitiesView)
        self.gradeCombo.setObjectName(u"gradeCombo")

        self.filterGrid.addWidget(self.gradeCombo, 0, 3, 1, 1)

        self.processLabel = QLabel(NonconformitiesView)
        self.processLabel.setObjectName(u"processLabel")

        self.filterGrid.addWidget(self.processLabel, 0, 4, 1, 1)

        self.processCombo = QComboBox(NonconformitiesView)
        self.processCombo.setObjectName(u"processCombo")

        self.filterGrid.addWidget(self.processCombo, 0, 5, 1, 1)

        self.departmentLabel = QLabel(NonconformitiesView)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.filterGrid.addWidget(self.departmentLabel, 0, 6, 1, 1)

        self.departmentCombo = QComboBox(NonconformitiesView)
        self.departmentCombo.setObjectName(u"departmentCombo")

        self.filterGrid.addWidget(self.departmentCombo, 0, 7, 1, 1)

        self.auditLabel = QLabel(NonconformitiesView)
        self.auditLabel.setObjectName(u"auditLabel")

        self.filterGrid.addWidget(self.auditLabel, 0, 8, 1, 1)

        self.auditCombo = QComboBox(NonconformitiesView)
        self.auditCombo.setObjectName(u"auditCombo")

        self.filterGrid.addWidget(self.auditCombo, 0, 9, 1, 1)

        self.yearLabel = QLabel(NonconformitiesView)
        self.yearLabel.setObjectName(u"yearLabel")

        self.filterGrid.addWidget(self.yearLabel, 1, 0, 1, 1)

        self.yearCombo = QComboBox(NonconformitiesView)
        self.yearCombo.setObjectName(u"yearCombo")

        self.filterGrid.addWidget(self.yearCombo, 1, 1, 1, 1)

        self.ownerLabel = QLabel(NonconformitiesView)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.filterGrid.addWidget(self.ownerLabel, 1, 2, 1, 1)

        self.ownerCombo = QComboBox(NonconformitiesView)
        self.ownerCombo.setObjectName(u"ownerCombo")

        self.filterGrid.addWidget(self.ownerCombo, 1, 3, 1, 1)

        self.auditorLabel = QLabel(NonconformitiesView)
        self.auditorLabel.setObjectName(u"auditorLabel")

        self.filterGrid.addWidget(self.auditorLabel, 1, 4, 1, 1)

        self.auditorCombo = QComboBox(NonconformitiesView)
        self.auditorCombo.setObjectName(u"auditorCombo")

        self.filterGrid.addWidget(self.auditorCombo, 1, 5, 1, 1)

        self.overdueCheck = QCheckBox(NonconformitiesView)
        self.overdueCheck.setObjectName(u"overdueCheck")

        self.filterGrid.addWidget(self.overdueCheck, 1, 6, 1, 2)

        self.searchLayout = QHBoxLayout()
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchEdit = QLineEdit(NonconformitiesView)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setMinimumSize(QSize(140, 0))
        self.searchEdit.setClearButtonEnabled(True)

        self.searchLayout.addWidget(self.searchEdit)

        self.resetButton = QToolButton(NonconformitiesView)
        self.resetButton.setObjectName(u"resetButton")

        self.searchLayout.addWidget(self.resetButton)


        self.filterGrid.addLayout(self.searchLayout, 1, 8, 1, 2)


        self.mainLayout.addLayout(self.filterGrid)

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
        self.presetLabel.setBuddy(self.presetCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.gradeLabel.setBuddy(self.gradeCombo)
        self.processLabel.setBuddy(self.processCombo)
        self.departmentLabel.setBuddy(self.departmentCombo)
        self.auditLabel.setBuddy(self.auditCombo)
        self.yearLabel.setBuddy(self.yearCombo)
        self.ownerLabel.setBuddy(self.ownerCombo)
        self.auditorLabel.setBuddy(self.auditorCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.presetCombo, self.savePresetButton)
        QWidget.setTabOrder(self.savePresetButton, self.deletePresetButton)
        QWidget.setTabOrder(self.deletePresetButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.gradeCombo)
        QWidget.setTabOrder(self.gradeCombo, self.processCombo)
        QWidget.setTabOrder(self.processCombo, self.departmentCombo)
        QWidget.setTabOrder(self.departmentCombo, self.auditCombo)
        QWidget.setTabOrder(self.auditCombo, self.yearCombo)
        QWidget.setTabOrder(self.yearCombo, self.ownerCombo)
        QWidget.setTabOrder(self.ownerCombo, self.auditorCombo)
        QWidget.setTabOrder(self.auditorCombo, self.overdueCheck)
        QWidget.setTabOrder(self.overdueCheck, self.searchEdit)
        QWidget.setTabOrder(self.searchEdit, self.resetButton)
        QWidget.setTabOrder(self.resetButton, self.table)

        self.retranslateUi(NonconformitiesView)

        QMetaObject.connectSlotsByName(NonconformitiesView)
    # setupUi

    def retranslateUi(self, NonconformitiesView):
        self.presetLabel.setText(QCoreApplication.translate("NonconformitiesView", u"Pre&set:", None))
#if QT_CONFIG(tooltip)
        self.presetCombo.setToolTip(QCoreApplication.translate("NonconformitiesView", u"Saved filters: choose one to set every filter below at once", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.savePresetButton.setToolTip(QCoreApplication.translate("NonconformitiesView", u"Save the current filters under a name of your choice", None))
#endif // QT_CONFIG(tooltip)
        self.savePresetButton.setText(QCoreApplication.translate("NonconformitiesView", u"Save filters\u2026", None))
#if QT_CONFIG(tooltip)
        self.deletePresetButton.setToolTip(QCoreApplication.translate("NonconformitiesView", u"Delete the chosen preset (only your own presets can be deleted)", None))
#endif // QT_CONFIG(tooltip)
        self.deletePresetButton.setText(QCoreApplication.translate("NonconformitiesView", u"Delete preset", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("NonconformitiesView", u"Write the nonconformities of the current filters to an Excel or CSV file", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("NonconformitiesView", u"E&xport\u2026", None))
        self.statusLabel.setText(QCoreApplication.translate("NonconformitiesView", u"S&tatus:", None))
        self.gradeLabel.setText(QCoreApplication.translate("NonconformitiesView", u"G&rade:", None))
        self.processLabel.setText(QCoreApplication.translate("NonconformitiesView", u"&Process:", None))
        self.departmentLabel.setText(QCoreApplication.translate("NonconformitiesView", u"&Department:", None))
        self.auditLabel.setText(QCoreApplication.translate("NonconformitiesView", u"A&udit:", None))
        self.yearLabel.setText(QCoreApplication.translate("NonconformitiesView", u"&Year:", None))
#if QT_CONFIG(tooltip)
        self.yearCombo.setToolTip(QCoreApplication.translate("NonconformitiesView", u"The year the nonconformity was raised in (its number's year)", None))
#endif // QT_CONFIG(tooltip)
        self.ownerLabel.setText(QCoreApplication.translate("NonconformitiesView", u"Action o&wner:", None))
#if QT_CONFIG(tooltip)
        self.ownerCombo.setToolTip(QCoreApplication.translate("NonconformitiesView", u"Only nonconformities with a corrective action owned by this person", None))
#endif // QT_CONFIG(tooltip)
        self.auditorLabel.setText(QCoreApplication.translate("NonconformitiesView", u"Aud&itor:", None))
#if QT_CONFIG(tooltip)
        self.auditorCombo.setToolTip(QCoreApplication.translate("NonconformitiesView", u"Only nonconformities raised by this auditor", None))
#endif // QT_CONFIG(tooltip)
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

