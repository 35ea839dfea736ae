# generated from ui/nc_verification.ui by `python -m qa_desktop.gui.uic` — do not edit.
# ruff: noqa
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFormLayout, QFrame, QGroupBox,
    QLabel, QScrollArea, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_NcVerificationPanel(object):
    def setupUi(self, NcVerificationPanel):
        if not NcVerificationPanel.objectName():
            NcVerificationPanel.setObjectName(u"NcVerificationPanel")
        NcVerificationPanel.resize(540, 800)
        self.mainLayout = QVBoxLayout(NcVerificationPanel)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(NcVerificationPanel)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.contents = QWidget()
        self.contents.setObjectName(u"contents")
        self.contentsLayout = QVBoxLayout(self.contents)
        self.contentsLayout.setObjectName(u"contentsLayout")
        self.evidenceBox = QGroupBox(self.contents)
        self.evidenceBox.setObjectName(u"evidenceBox")
        self.evidenceLayout = QVBoxLayout(self.evidenceBox)
        self.evidenceLayout.setObjectName(u"evidenceLayout")
        self.completionForm = QFormLayout()
        self.completionForm.setObjectName(u"completionForm")
        self.completionCaption = QLabel(self.evidenceBox)
        self.completionCaption.setObjectName(u"completionCaption")

        self.completionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.completionCaption)

        self.completionValue = QLabel(self.evidenceBox)
        self.completionValue.setObjectName(u"completionValue")

        self.completionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.completionValue)


        self.evidenceLayout.addLayout(self.completionForm)


        self.contentsLayout.addWidget(self.evidenceBox)

        self.verificationBox = QGroupBox(self.contents)
        self.verificationBox.setObjectName(u"verificationBox")
        self.verificationForm = QFormLayout(self.verificationBox)
        self.verificationForm.setObjectName(u"verificationForm")
        self.verificationForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.verifierCaption = QLabel(self.verificationBox)
        self.verifierCaption.setObjectName(u"verifierCaption")

        self.verificationForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.verifierCaption)

        self.verifierValue = QLabel(self.verificationBox)
        self.verifierValue.setObjectName(u"verifierValue")

        self.verificationForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.verifierValue)

        self.verifiedOnCaption = QLabel(self.verificationBox)
        self.verifiedOnCaption.setObjectName(u"verifiedOnCaption")

        self.verificationForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.verifiedOnCaption)

        self.verifiedOnValue = QLabel(self.verificationBox)
        self.verifiedOnValue.setObjectName(u"verifiedOnValue")

        self.verificationForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.verifiedOnValue)

        self.methodCaption = QLabel(self.verificationBox)
        self.methodCaption.setObjectName(u"methodCaption")

        self.verificationForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.methodCaption)

        self.methodValue = QLabel(self.verificationBox)
        self.methodValue.setObjectName(u"methodValue")

        self.verificationForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.methodValue)


        self.contentsLayout.addWidget(self.verificationBox)

        self.conclusionBox = QGroupBox(self.contents)
        self.conclusionBox.setObjectName(u"conclusionBox")
        self.conclusionForm = QFormLayout(self.conclusionBox)
        self.conclusionForm.setObjectName(u"conclusionForm")
        self.conclusionForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.resultCaption = QLabel(self.conclusionBox)
        self.resultCaption.setObjectName(u"resultCaption")

        self.conclusionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.resultCaption)

        self.resultValue = QLabel(self.conclusionBox)
        self.resultValue.setObjectName(u"resultValue")

        self.conclusionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.resultValue)

        self.notesCaption = QLabel(self.conclusionBox)
        self.notesCaption.setObjectName(u"notesCaption")

        self.conclusionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.notesCaption)

        self.notesValue = QLabel(self.conclusionBox)
        self.notesValue.setObjectName(u"notesValue")

        self.conclusionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.notesValue)

        self.reopenCaption = QLabel(self.conclusionBox)
        self.reopenCaption.setObjectName(u"reopenCaption")

        self.conclusionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reopenCaption)

        self.reopenValue = QLabel(self.conclusionBox)
        self.reopenValue.setObjectName(u"reopenValue")

        self.conclusionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reopenValue)


        self.contentsLayout.addWidget(self.conclusionBox)

        self.closureBox = QGroupBox(self.contents)
        self.closureBox.setObjectName(u"closureBox")
        self.closureForm = QFormLayout(self.closureBox)
        self.closureForm.setObjectName(u"closureForm")
        self.closureForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.closedAtCaption = QLabel(self.closureBox)
        self.closedAtCaption.setObjectName(u"closedAtCaption")

        self.closureForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.closedAtCaption)

        self.closedAtValue = QLabel(self.closureBox)
        self.closedAtValue.setObjectName(u"closedAtValue")

        self.closureForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.closedAtValue)

        self.closedByCaption = QLabel(self.closureBox)
        self.closedByCaption.setObjectName(u"closedByCaption")

        self.closureForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.closedByCaption)

        self.closedByValue = QLabel(self.closureBox)
        self.closedByValue.setObjectName(u"closedByValue")

        self.closureForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.closedByValue)


        self.contentsLayout.addWidget(self.closureBox)

        self.contentsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentsLayout.addItem(self.contentsSpacer)

        self.scroll.setWidget(self.contents)

        self.mainLayout.addWidget(self.scroll)


        self.retranslateUi(NcVerificationPanel)

        QMetaObject.connectSlotsByName(NcVerificationPanel)
    # setupUi

    def retranslateUi(self, NcVerificationPanel):
        self.evidenceBox.setTitle(QCoreApplication.translate("NcVerificationPanel", u"10 \u00b7 Implementation evidence", None))
        self.completionCaption.setText(QCoreApplication.translate("NcVerificationPanel", u"Actually completed:", None))
#if QT_CONFIG(tooltip)
        self.completionValue.setToolTip(QCoreApplication.translate("NcVerificationPanel", u"When the last corrective action was marked done", None))
#endif // QT_CONFIG(tooltip)
        self.verificationBox.setTitle(QCoreApplication.translate("NcVerificationPanel", u"11 \u00b7 Verification", None))
        self.verifierCaption.setText(QCoreApplication.translate("NcVerificationPanel", u"Verifier:", None))
        self.verifiedOnCaption.setText(QCoreApplication.translate("NcVerificationPanel", u"Verified on:", None))
        self.methodCaption.setText(QCoreApplication.translate("NcVerificationPanel", u"Method:", None))
        self.conclusionBox.setTitle(QCoreApplication.translate("NcVerificationPanel", u"12 \u00b7 Verification conclusion", None))
        self.resultCaption.setText(QCoreApplication.translate("NcVerificationPanel", u"Result:", None))
        self.notesCaption.setText(QCoreApplication.translate("NcVerificationPanel", u"Notes:", None))
        self.reopenCaption.setText(QCoreApplication.translate("NcVerificationPanel", u"Times reopened:", None))
#if QT_CONFIG(tooltip)
        self.reopenValue.setToolTip(QCoreApplication.translate("NcVerificationPanel", u"A verification found not effective reopens the nonconformity for another round of corrective action, and is counted", None))
#endif // QT_CONFIG(tooltip)
        self.closureBox.setTitle(QCoreApplication.translate("NcVerificationPanel", u"13 \u00b7 Closure", None))
        self.closedAtCaption.setText(QCoreApplication.translate("NcVerificationPanel", u"Closed at:", None))
        self.closedByCaption.setText(QCoreApplication.translate("NcVerificationPanel", u"Closed by:", None))
        pass
    # retranslateUi

