# generated from ui/kpi_parts_dialog.ui by `python -m qa_desktop.gui.uic` — do not edit.
# ruff: noqa
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QDoubleSpinBox, QFormLayout, QLabel, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_KpiPartsDialog(object):
    def setupUi(self, KpiPartsDialog):
        if not KpiPartsDialog.objectName():
            KpiPartsDialog.setObjectName(u"KpiPartsDialog")
        KpiPartsDialog.resize(420, 220)
        self.mainLayout = QVBoxLayout(KpiPartsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(KpiPartsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.mainLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.numeratorLabel = QLabel(KpiPartsDialog)
        self.numeratorLabel.setObjectName(u"numeratorLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.numeratorLabel)

        self.numeratorSpin = QDoubleSpinBox(KpiPartsDialog)
        self.numeratorSpin.setObjectName(u"numeratorSpin")
        self.numeratorSpin.setDecimals(2)
        self.numeratorSpin.setMaximum(1000000000.000000000000000)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.numeratorSpin)

        self.denominatorLabel = QLabel(KpiPartsDialog)
        self.denominatorLabel.setObjectName(u"denominatorLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.denominatorLabel)

        self.denominatorSpin = QDoubleSpinBox(KpiPartsDialog)
        self.denominatorSpin.setObjectName(u"denominatorSpin")
        self.denominatorSpin.setDecimals(2)
        self.denominatorSpin.setMaximum(1000000000.000000000000000)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.denominatorSpin)

        self.resultLabel = QLabel(KpiPartsDialog)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.resultLabel)


        self.mainLayout.addLayout(self.form)

        self.buttonBox = QDialogButtonBox(KpiPartsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.numeratorLabel.setBuddy(self.numeratorSpin)
        self.denominatorLabel.setBuddy(self.denominatorSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.numeratorSpin, self.denominatorSpin)

        self.retranslateUi(KpiPartsDialog)
        self.buttonBox.accepted.connect(KpiPartsDialog.accept)
        self.buttonBox.rejected.connect(KpiPartsDialog.reject)

        QMetaObject.connectSlotsByName(KpiPartsDialog)
    # setupUi

    def retranslateUi(self, KpiPartsDialog):
        KpiPartsDialog.setWindowTitle(QCoreApplication.translate("KpiPartsDialog", u"Enter a month's value as its parts", None))
        self.numeratorLabel.setText(QCoreApplication.translate("KpiPartsDialog", u"&Numerator:", None))
        self.denominatorLabel.setText(QCoreApplication.translate("KpiPartsDialog", u"&of:", None))
    # retranslateUi

