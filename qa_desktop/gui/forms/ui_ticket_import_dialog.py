# generated from ui/ticket_import_dialog.ui by `python -m qa_desktop.gui.uic` — do not edit.
# ruff: noqa
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_TicketImportDialog(object):
    def setupUi(self, TicketImportDialog):
        if not TicketImportDialog.objectName():
            TicketImportDialog.setObjectName(u"TicketImportDialog")
        TicketImportDialog.resize(940, 720)
        self.mainLayout = QVBoxLayout(TicketImportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.fileForm = QFormLayout()
        self.fileForm.setObjectName(u"fileForm")
        self.fileForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fileLabel = QLabel(TicketImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileEdit = QLineEdit(TicketImportDialog)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileLayout.addWidget(self.fileEdit)

        self.browseButton = QPushButton(TicketImportDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.fileLayout.addWidget(self.browseButton)


        self.fileForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.fileLayout)

        self.profileLabel = QLabel(TicketImportDialog)
        self.profileLabel.setObjectName(u"profileLabel")

        self.fileForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.profileLabel)

        self.profileLayout = QHBoxLayout()
        self.profileLayout.setObjectName(u"profileLayout")
        self.profileCombo = QComboBox(TicketImportDialog)
        self.profileCombo.setObjectName(u"profileCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.profileCombo.sizePolicy().hasHeightForWidth())
        self.profileCombo.setSizePolicy(sizePolicy)

        self.profileLayout.addWidget(self.profileCombo)

        self.mappingButton = QPushButton(TicketImportDialog)
        self.mappingButton.setObjectName(u"mappingButton")
        self.mappingButton.setCheckable(True)

        self.profileLayout.addWidget(self.mappingButton)


        self.fileForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.profileLayout)


        self.mainLayout.addLayout(self.fileForm)

        self.mappingBox = QGroupBox(TicketImportDialog)
        self.mappingBox.setObjectName(u"mappingBox")
        self.mappingLayout = QGridLayout(self.mappingBox)
        self.mappingLayout.setObjectName(u"mappingLayout")
        self.mappingHint = QLabel(self.mappingBox)
        self.mappingHint.setObjectName(u"mappingHint")
        self.mappingHint.setWordWrap(True)

        self.mappingLayout.addWidget(self.mappingHint, 0, 0, 1, 4)

        self.fieldsLayout = QGridLayout()
        self.fieldsLayout.setObjectName(u"fieldsLayout")

        self.mappingLayout.addLayout(self.fieldsLayout, 1, 0, 1, 4)

        self.datesLabel = QLabel(self.mappingBox)
        self.datesLabel.setObjectName(u"datesLabel")

        self.mappingLayout.addWidget(self.datesLabel, 2, 0, 1, 1)

        self.datesEdit = QLineEdit(self.mappingBox)
        self.datesEdit.setObjectName(u"datesEdit")

        self.mappingLayout.addWidget(self.datesEdit, 2, 1, 1, 1)

        self.emptyLabel = QLabel(self.mappingBox)
        self.emptyLabel.setObjectName(u"emptyLabel")

        self.mappingLayout.addWidget(self.emptyLabel, 2, 2, 1, 1)

        self.emptyEdit = QLineEdit(self.mappingBox)
        self.emptyEdit.setObjectName(u"emptyEdit")

        self.mappingLayout.addWidget(self.emptyEdit, 2, 3, 1, 1)

        self.trueLabel = QLabel(self.mappingBox)
        self.trueLabel.setObjectName(u"trueLabel")

        self.mappingLayout.addWidget(self.trueLabel, 3, 0, 1, 1)

        self.trueEdit = QLineEdit(self.mappingBox)
        self.trueEdit.setObjectName(u"trueEdit")

        self.mappingLayout.addWidget(self.trueEdit, 3, 1, 1, 1)

        self.falseLabel = QLabel(self.mappingBox)
        self.falseLabel.setObjectName(u"falseLabel")

        self.mappingLayout.addWidget(self.falseLabel, 3, 2, 1, 1)

        self.falseEdit = QLineEdit(self.mappingBox)
        self.falseEdit.setObjectName(u"falseEdit")

        self.mappingLayout.addWidget(self.falseEdit, 3, 3, 1, 1)

        self.nameLabel = QLabel(self.mappingBox)
        self.nameLabel.setObjectName(u"nameLabel")

        self.mappingLayout.addWidget(self.nameLabel, 4, 0, 1, 1)

        self.nameEdit = QLineEdit(self.mappingBox)
        self.nameEdit.setObjectName(u"nameEdit")

        self.mappingLayout.addWidget(self.nameEdit, 4, 1, 1, 1)

        self.saveProfileButton = QPushButton(self.mappingBox)
        self.saveProfileButton.setObjectName(u"saveProfileButton")

        self.mappingLayout.addWidget(self.saveProfileButton, 4, 2, 1, 2)


        self.mainLayout.addWidget(self.mappingBox)

        self.previewLayout = QHBoxLayout()
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewButton = QPushButton(TicketImportDialog)
        self.previewButton.setObjectName(u"previewButton")

        self.previewLayout.addWidget(self.previewButton)

        self.summaryLabel = QLabel(TicketImportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.summaryLabel.setWordWrap(True)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.summaryLabel.sizePolicy().hasHeightForWidth())
        self.summaryLabel.setSizePolicy(sizePolicy1)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.previewLayout.addWidget(self.summaryLabel)


        self.mainLayout.addLayout(self.previewLayout)

        self.resultTabs = QTabWidget(TicketImportDialog)
        self.resultTabs.setObjectName(u"resultTabs")
        self.monthsTab = QWidget()
        self.monthsTab.setObjectName(u"monthsTab")
        self.monthsLayout = QVBoxLayout(self.monthsTab)
        self.monthsLayout.setObjectName(u"monthsLayout")
        self.monthsView = QTableView(self.monthsTab)
        self.monthsView.setObjectName(u"monthsView")
        self.monthsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.monthsView.setAlternatingRowColors(True)
        self.monthsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.monthsLayout.addWidget(self.monthsView)

        self.resultTabs.addTab(self.monthsTab, "")
        self.problemsTab = QWidget()
        self.problemsTab.setObjectName(u"problemsTab")
        self.problemsLayout = QVBoxLayout(self.problemsTab)
        self.problemsLayout.setObjectName(u"problemsLayout")
        self.problemsView = QTableView(self.problemsTab)
        self.problemsView.setObjectName(u"problemsView")
        self.problemsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problemsView.setAlternatingRowColors(True)
        self.problemsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problemsView.setWordWrap(True)

        self.problemsLayout.addWidget(self.problemsView)

        self.resultTabs.addTab(self.problemsTab, "")

        self.mainLayout.addWidget(self.resultTabs)

        self.buttonBox = QDialogButtonBox(TicketImportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.fileEdit)
        self.profileLabel.setBuddy(self.profileCombo)
        self.datesLabel.setBuddy(self.datesEdit)
        self.emptyLabel.setBuddy(self.emptyEdit)
        self.trueLabel.setBuddy(self.trueEdit)
        self.falseLabel.setBuddy(self.falseEdit)
        self.nameLabel.setBuddy(self.nameEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fileEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.profileCombo)
        QWidget.setTabOrder(self.profileCombo, self.mappingButton)
        QWidget.setTabOrder(self.mappingButton, self.datesEdit)
        QWidget.setTabOrder(self.datesEdit, self.emptyEdit)
        QWidget.setTabOrder(self.emptyEdit, self.trueEdit)
        QWidget.setTabOrder(self.trueEdit, self.falseEdit)
        QWidget.setTabOrder(self.falseEdit, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.saveProfileButton)
        QWidget.setTabOrder(self.saveProfileButton, self.previewButton)
        QWidget.setTabOrder(self.previewButton, self.resultTabs)
        QWidget.setTabOrder(self.resultTabs, self.monthsView)
        QWidget.setTabOrder(self.monthsView, self.problemsView)

        self.retranslateUi(TicketImportDialog)
        self.buttonBox.rejected.connect(TicketImportDialog.reject)

        QMetaObject.connectSlotsByName(TicketImportDialog)
    # setupUi

    def retranslateUi(self, TicketImportDialog):
        TicketImportDialog.setWindowTitle(QCoreApplication.translate("TicketImportDialog", u"Import service-desk tickets", None))
        self.fileLabel.setText(QCoreApplication.translate("TicketImportDialog", u"&File:", None))
#if QT_CONFIG(tooltip)
        self.fileEdit.setToolTip(QCoreApplication.translate("TicketImportDialog", u"A CSV (UTF-8 or GB18030) or Excel (.xlsx, first sheet) export, at most 50 MB", None))
#endif // QT_CONFIG(tooltip)
        self.browseButton.setText(QCoreApplication.translate("TicketImportDialog", u"&Browse\u2026", None))
        self.profileLabel.setText(QCoreApplication.translate("TicketImportDialog", u"&Profile:", None))
#if QT_CONFIG(tooltip)
        self.profileCombo.setToolTip(QCoreApplication.translate("TicketImportDialog", u"Which column holds what, and how the export writes dates and yes/no", None))
#endif // QT_CONFIG(tooltip)
        self.mappingButton.setText(QCoreApplication.translate("TicketImportDialog", u"Edit &mapping\u2026", None))
#if QT_CONFIG(tooltip)
        self.mappingButton.setToolTip(QCoreApplication.translate("TicketImportDialog", u"Map the file's columns yourself and save the mapping as a named profile", None))
#endif // QT_CONFIG(tooltip)
        self.mappingBox.setTitle(QCoreApplication.translate("TicketImportDialog", u"Column mapping", None))
        self.mappingHint.setText(QCoreApplication.translate("TicketImportDialog", u"Choose the file's column for each field. Number, opened, resolved and reassignment count are required; a version column makes the file an event log (the highest version of a ticket is its final state).", None))
        self.datesLabel.setText(QCoreApplication.translate("TicketImportDialog", u"&Date formats:", None))
#if QT_CONFIG(tooltip)
        self.datesEdit.setToolTip(QCoreApplication.translate("TicketImportDialog", u"One or more formats separated by \";\": yyyy year, mm month, dd day, HH hour, MM minute, ss second \u2014 e.g. dd-mm-yyyy HH:MM", None))
#endif // QT_CONFIG(tooltip)
        self.emptyLabel.setText(QCoreApplication.translate("TicketImportDialog", u"&Empty means:", None))
#if QT_CONFIG(tooltip)
        self.emptyEdit.setToolTip(QCoreApplication.translate("TicketImportDialog", u"Texts that mean \"no value\" besides a blank cell, separated by \";\" (ServiceNow writes ?)", None))
#endif // QT_CONFIG(tooltip)
        self.trueLabel.setText(QCoreApplication.translate("TicketImportDialog", u"&True words:", None))
#if QT_CONFIG(tooltip)
        self.trueEdit.setToolTip(QCoreApplication.translate("TicketImportDialog", u"How the export writes yes, separated by \";\" (case does not matter)", None))
#endif // QT_CONFIG(tooltip)
        self.falseLabel.setText(QCoreApplication.translate("TicketImportDialog", u"F&alse words:", None))
#if QT_CONFIG(tooltip)
        self.falseEdit.setToolTip(QCoreApplication.translate("TicketImportDialog", u"How the export writes no, separated by \";\"", None))
#endif // QT_CONFIG(tooltip)
        self.nameLabel.setText(QCoreApplication.translate("TicketImportDialog", u"Profile &name:", None))
#if QT_CONFIG(tooltip)
        self.nameEdit.setToolTip(QCoreApplication.translate("TicketImportDialog", u"Save the mapping under this name to use it again (servicenow is built in)", None))
#endif // QT_CONFIG(tooltip)
        self.saveProfileButton.setText(QCoreApplication.translate("TicketImportDialog", u"&Save profile", None))
        self.previewButton.setText(QCoreApplication.translate("TicketImportDialog", u"Pre&view", None))
#if QT_CONFIG(tooltip)
        self.previewButton.setToolTip(QCoreApplication.translate("TicketImportDialog", u"Read and check every row and show what the import would give; nothing is saved", None))
#endif // QT_CONFIG(tooltip)
        self.resultTabs.setTabText(self.resultTabs.indexOf(self.monthsTab), QCoreApplication.translate("TicketImportDialog", u"Months affected", None))
        self.resultTabs.setTabText(self.resultTabs.indexOf(self.problemsTab), QCoreApplication.translate("TicketImportDialog", u"Problems", None))
    # retranslateUi

