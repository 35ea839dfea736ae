# generated from ui/templates_view.ui by `python -m qa_desktop.gui.uic` — do not edit.
# ruff: noqa
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_TemplatesView(object):
    def setupUi(self, TemplatesView):
        if not TemplatesView.objectName():
            TemplatesView.setObjectName(u"TemplatesView")
        TemplatesView.resize(1030, 720)
        self.mainLayout = QVBoxLayout(TemplatesView)
        self.mainLayout.setObjectName(u"mainLayout")
        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.importButton = QPushButton(TemplatesView)
        self.importButton.setObjectName(u"importButton")

        self.buttonsLayout.addWidget(self.importButton)

        self.exportButton = QPushButton(TemplatesView)
        self.exportButton.setObjectName(u"exportButton")

        self.buttonsLayout.addWidget(self.exportButton)

        self.validateButton = QPushButton(TemplatesView)
        self.validateButton.setObjectName(u"validateButton")

        self.buttonsLayout.addWidget(self.validateButton)

        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)


        self.mainLayout.addLayout(self.buttonsLayout)

        self.splitter = QSplitter(TemplatesView)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.templatesTable = QTableView(self.splitter)
        self.templatesTable.setObjectName(u"templatesTable")
        self.templatesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.templatesTable.setAlternatingRowColors(True)
        self.templatesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.templatesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.splitter.addWidget(self.templatesTable)
        self.templatesTable.verticalHeader().setVisible(False)
        self.itemsPane = QWidget(self.splitter)
        self.itemsPane.setObjectName(u"itemsPane")
        self.itemsLayout = QVBoxLayout(self.itemsPane)
        self.itemsLayout.setObjectName(u"itemsLayout")
        self.itemsLayout.setContentsMargins(0, 0, 0, 0)
        self.templateTitleLabel = QLabel(self.itemsPane)
        self.templateTitleLabel.setObjectName(u"templateTitleLabel")
        self.templateTitleLabel.setWordWrap(True)

        self.itemsLayout.addWidget(self.templateTitleLabel)

        self.descriptionLabel = QLabel(self.itemsPane)
        self.descriptionLabel.setObjectName(u"descriptionLabel")
        self.descriptionLabel.setWordWrap(True)

        self.itemsLayout.addWidget(self.descriptionLabel)

        self.itemsTable = QTableView(self.itemsPane)
        self.itemsTable.setObjectName(u"itemsTable")
        self.itemsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.itemsTable.setAlternatingRowColors(True)
        self.itemsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.itemsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.itemsTable.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.itemsTable.setWordWrap(True)
        self.itemsTable.verticalHeader().setVisible(False)

        self.itemsLayout.addWidget(self.itemsTable)

        self.splitter.addWidget(self.itemsPane)

        self.mainLayout.addWidget(self.splitter)

        QWidget.setTabOrder(self.importButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.validateButton)
        QWidget.setTabOrder(self.validateButton, self.templatesTable)
        QWidget.setTabOrder(self.templatesTable, self.itemsTable)

        self.retranslateUi(TemplatesView)

        QMetaObject.connectSlotsByName(TemplatesView)
    # setupUi

    def retranslateUi(self, TemplatesView):
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("TemplatesView", u"Add a checklist template from a YAML file; a file with any error is refused as a whole (Ctrl+I)", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("TemplatesView", u"&Import\u2026", None))
#if QT_CONFIG(shortcut)
        self.importButton.setShortcut(QCoreApplication.translate("TemplatesView", u"Ctrl+I", None))
#endif // QT_CONFIG(shortcut)
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("TemplatesView", u"Save the selected template as a YAML file, to edit it or give it to a colleague (Ctrl+E)", None))
#endif // QT_CONFIG(tooltip)
        self.exportButton.setText(QCoreApplication.translate("TemplatesView", u"&Export\u2026", None))
#if QT_CONFIG(shortcut)
        self.exportButton.setShortcut(QCoreApplication.translate("TemplatesView", u"Ctrl+E", None))
#endif // QT_CONFIG(shortcut)
#if QT_CONFIG(tooltip)
        self.validateButton.setToolTip(QCoreApplication.translate("TemplatesView", u"Check a YAML file for errors without importing it", None))
#endif // QT_CONFIG(tooltip)
        self.validateButton.setText(QCoreApplication.translate("TemplatesView", u"&Validate\u2026", None))
        pass
    # retranslateUi

