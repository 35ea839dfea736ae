# generated from ui/report_dialog.ui by `python -m qa_desktop.gui.uic` — do not edit.
# ruff: noqa
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ReportDialog(object):
    def setupUi(self, ReportDialog):
        if not ReportDialog.objectName():
            ReportDialog.setObjectName(u"ReportDialog")
        ReportDialog.resize(520, 220)
        self.layout = QVBoxLayout(ReportDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.kindLabel = QLabel(ReportDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(ReportDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.subjectLabel = QLabel(ReportDialog)
        self.subjectLabel.setObjectName(u"subjectLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.subjectLabel)

        self.subjectCombo = QComboBox(ReportDialog)
        self.subjectCombo.setObjectName(u"subjectCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.subjectCombo)

        self.langLabel = QLabel(ReportDialog)
        self.langLabel.setObjectName(u"langLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.langLabel)

        self.langCombo = QComboBox(ReportDialog)
        self.langCombo.setObjectName(u"langCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.langCombo)


        self.layout.addLayout(self.form)

        self.whereLabel = QLabel(ReportDialog)
        self.whereLabel.setObjectName(u"whereLabel")
        self.whereLabel.setWordWrap(True)
        self.whereLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.whereLabel)

        self.buttonBox = QDialogButtonBox(ReportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.subjectLabel.setBuddy(self.subjectCombo)
        self.langLabel.setBuddy(self.langCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReportDialog)

        QMetaObject.connectSlotsByName(ReportDialog)
    # setupUi

    def retranslateUi(self, ReportDialog):
        ReportDialog.setWindowTitle(QCoreApplication.translate("ReportDialog", u"Generate a document", None))
        self.kindLabel.setText(QCoreApplication.translate("ReportDialog", u"&Document:", None))
        self.subjectLabel.setText(QCoreApplication.translate("ReportDialog", u"&For:", None))
        self.langLabel.setText(QCoreApplication.translate("ReportDialog", u"&Language:", None))
    # retranslateUi

