# generated from ui/follow_up_panel.ui by `python -m qa_desktop.gui.uic` — do not edit.
# ruff: noqa
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_FollowUpPanel(object):
    def setupUi(self, FollowUpPanel):
        if not FollowUpPanel.objectName():
            FollowUpPanel.setObjectName(u"FollowUpPanel")
        self.layout = QVBoxLayout(FollowUpPanel)
        self.layout.setObjectName(u"layout")
        self.followUpList = QListWidget(FollowUpPanel)
        self.followUpList.setObjectName(u"followUpList")
        self.followUpList.setMaximumSize(QSize(16777215, 120))
        self.followUpList.setAlternatingRowColors(True)

        self.layout.addWidget(self.followUpList)

        self.factsLabel = QLabel(FollowUpPanel)
        self.factsLabel.setObjectName(u"factsLabel")
        self.factsLabel.setWordWrap(True)
        self.factsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.factsLabel)

        self.resultRow = QHBoxLayout()
        self.resultRow.setObjectName(u"resultRow")
        self.effectiveButton = QPushButton(FollowUpPanel)
        self.effectiveButton.setObjectName(u"effectiveButton")
        self.effectiveButton.setCheckable(True)

        self.resultRow.addWidget(self.effectiveButton)

        self.notEffectiveButton = QPushButton(FollowUpPanel)
        self.notEffectiveButton.setObjectName(u"notEffectiveButton")
        self.notEffectiveButton.setCheckable(True)

        self.resultRow.addWidget(self.notEffectiveButton)

        self.notApplicableButton = QPushButton(FollowUpPanel)
        self.notApplicableButton.setObjectName(u"notApplicableButton")
        self.notApplicableButton.setCheckable(True)

        self.resultRow.addWidget(self.notApplicableButton)


        self.layout.addLayout(self.resultRow)

        self.notesEdit = QLineEdit(FollowUpPanel)
        self.notesEdit.setObjectName(u"notesEdit")

        self.layout.addWidget(self.notesEdit)

        self.openNcButton = QPushButton(FollowUpPanel)
        self.openNcButton.setObjectName(u"openNcButton")

        self.layout.addWidget(self.openNcButton)


        self.retranslateUi(FollowUpPanel)

        QMetaObject.connectSlotsByName(FollowUpPanel)
    # setupUi

    def retranslateUi(self, FollowUpPanel):
        FollowUpPanel.setTitle(QCoreApplication.translate("FollowUpPanel", u"Follow-up of earlier nonconformities", None))
#if QT_CONFIG(tooltip)
        FollowUpPanel.setToolTip(QCoreApplication.translate("FollowUpPanel", u"Open nonconformities of earlier audits in this process and department: record whether each has been corrected effectively. The nonconformity keeps its own status.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.effectiveButton.setToolTip(QCoreApplication.translate("FollowUpPanel", u"The correction and corrective actions are in place and effective", None))
#endif // QT_CONFIG(tooltip)
        self.effectiveButton.setText(QCoreApplication.translate("FollowUpPanel", u"Corrected", None))
#if QT_CONFIG(tooltip)
        self.notEffectiveButton.setToolTip(QCoreApplication.translate("FollowUpPanel", u"The nonconformity is still present or the actions are not effective", None))
#endif // QT_CONFIG(tooltip)
        self.notEffectiveButton.setText(QCoreApplication.translate("FollowUpPanel", u"Not corrected", None))
#if QT_CONFIG(tooltip)
        self.notApplicableButton.setToolTip(QCoreApplication.translate("FollowUpPanel", u"Could not be followed up in this audit", None))
#endif // QT_CONFIG(tooltip)
        self.notApplicableButton.setText(QCoreApplication.translate("FollowUpPanel", u"N/A", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("FollowUpPanel", u"What you saw (saved when you leave the field)", None))
        self.openNcButton.setText(QCoreApplication.translate("FollowUpPanel", u"Open the nonconformity", None))
    # retranslateUi

