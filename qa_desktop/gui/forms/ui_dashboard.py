# generated from ui/dashboard.ui by `python -m qa_desktop.gui.uic` — do not edit.
# ruff: noqa
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QFrame, QGroupBox,
    QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_DashboardView(object):
    def setupUi(self, DashboardView):
        if not DashboardView.objectName():
            DashboardView.setObjectName(u"DashboardView")
        DashboardView.resize(1000, 600)
        self.mainLayout = QVBoxLayout(DashboardView)
        self.mainLayout.setObjectName(u"mainLayout")
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.yearLabel = QLabel(DashboardView)
        self.yearLabel.setObjectName(u"yearLabel")

        self.filterLayout.addWidget(self.yearLabel)

        self.yearCombo = QComboBox(DashboardView)
        self.yearCombo.setObjectName(u"yearCombo")
        self.yearCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filterLayout.addWidget(self.yearCombo)

        self.scopeLabel = QLabel(DashboardView)
        self.scopeLabel.setObjectName(u"scopeLabel")
        self.scopeLabel.setTextFormat(Qt.TextFormat.PlainText)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.scopeLabel.sizePolicy().hasHeightForWidth())
        self.scopeLabel.setSizePolicy(sizePolicy)

        self.filterLayout.addWidget(self.scopeLabel)


        self.mainLayout.addLayout(self.filterLayout)

        self.tilesLayout = QHBoxLayout()
        self.tilesLayout.setObjectName(u"tilesLayout")
        self.closureTile = QFrame(DashboardView)
        self.closureTile.setObjectName(u"closureTile")
        self.closureTile.setFrameShape(QFrame.Shape.StyledPanel)
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.closureTile.sizePolicy().hasHeightForWidth())
        self.closureTile.setSizePolicy(sizePolicy1)
        self.closureLayout = QVBoxLayout(self.closureTile)
        self.closureLayout.setSpacing(0)
        self.closureLayout.setObjectName(u"closureLayout")
        self.closureValue = QLabel(self.closureTile)
        self.closureValue.setObjectName(u"closureValue")
        self.closureValue.setTextFormat(Qt.TextFormat.PlainText)
        self.closureValue.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.closureLayout.addWidget(self.closureValue)

        self.closureCaption = QLabel(self.closureTile)
        self.closureCaption.setObjectName(u"closureCaption")
        self.closureCaption.setTextFormat(Qt.TextFormat.PlainText)
        self.closureCaption.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.closureLayout.addWidget(self.closureCaption)

        self.closureDetail = QLabel(self.closureTile)
        self.closureDetail.setObjectName(u"closureDetail")
        self.closureDetail.setTextFormat(Qt.TextFormat.PlainText)
        self.closureDetail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.closureDetail.setWordWrap(True)

        self.closureLayout.addWidget(self.closureDetail)


        self.tilesLayout.addWidget(self.closureTile)

        self.daysTile = QFrame(DashboardView)
        self.daysTile.setObjectName(u"daysTile")
        self.daysTile.setFrameShape(QFrame.Shape.StyledPanel)
        sizePolicy1.setHeightForWidth(self.daysTile.sizePolicy().hasHeightForWidth())
        self.daysTile.setSizePolicy(sizePolicy1)
        self.daysLayout = QVBoxLayout(self.daysTile)
        self.daysLayout.setSpacing(0)
        self.daysLayout.setObjectName(u"daysLayout")
        self.daysValue = QLabel(self.daysTile)
        self.daysValue.setObjectName(u"daysValue")
        self.daysValue.setTextFormat(Qt.TextFormat.PlainText)
        self.daysValue.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.daysLayout.addWidget(self.daysValue)

        self.daysCaption = QLabel(self.daysTile)
        self.daysCaption.setObjectName(u"daysCaption")
        self.daysCaption.setTextFormat(Qt.TextFormat.PlainText)
        self.daysCaption.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.daysLayout.addWidget(self.daysCaption)

        self.daysDetail = QLabel(self.daysTile)
        self.daysDetail.setObjectName(u"daysDetail")
        self.daysDetail.setTextFormat(Qt.TextFormat.PlainText)
        self.daysDetail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.daysDetail.setWordWrap(True)

        self.daysLayout.addWidget(self.daysDetail)


        self.tilesLayout.addWidget(self.daysTile)

        self.overdueTile = QFrame(DashboardView)
        self.overdueTile.setObjectName(u"overdueTile")
        self.overdueTile.setFrameShape(QFrame.Shape.StyledPanel)
        sizePolicy1.setHeightForWidth(self.overdueTile.sizePolicy().hasHeightForWidth())
        self.overdueTile.setSizePolicy(sizePolicy1)
        self.overdueLayout = QVBoxLayout(self.overdueTile)
        self.overdueLayout.setSpacing(0)
        self.overdueLayout.setObjectName(u"overdueLayout")
        self.overdueValue = QLabel(self.overdueTile)
        self.overdueValue.setObjectName(u"overdueValue")
        self.overdueValue.setTextFormat(Qt.TextFormat.PlainText)
        self.overdueValue.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.overdueLayout.addWidget(self.overdueValue)

        self.overdueCaption = QLabel(self.overdueTile)
        self.overdueCaption.setObjectName(u"overdueCaption")
        self.overdueCaption.setTextFormat(Qt.TextFormat.PlainText)
        self.overdueCaption.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.overdueLayout.addWidget(self.overdueCaption)

        self.overdueDetail = QLabel(self.overdueTile)
        self.overdueDetail.setObjectName(u"overdueDetail")
        self.overdueDetail.setTextFormat(Qt.TextFormat.PlainText)
        self.overdueDetail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.overdueDetail.setWordWrap(True)

        self.overdueLayout.addWidget(self.overdueDetail)


        self.tilesLayout.addWidget(self.overdueTile)

        self.capaTile = QFrame(DashboardView)
        self.capaTile.setObjectName(u"capaTile")
        self.capaTile.setFrameShape(QFrame.Shape.StyledPanel)
        sizePolicy1.setHeightForWidth(self.capaTile.sizePolicy().hasHeightForWidth())
        self.capaTile.setSizePolicy(sizePolicy1)
        self.capaLayout = QVBoxLayout(self.capaTile)
        self.capaLayout.setSpacing(0)
        self.capaLayout.setObjectName(u"capaLayout")
        self.capaValue = QLabel(self.capaTile)
        self.capaValue.setObjectName(u"capaValue")
        self.capaValue.setTextFormat(Qt.TextFormat.PlainText)
        self.capaValue.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.capaLayout.addWidget(self.capaValue)

        self.capaCaption = QLabel(self.capaTile)
        self.capaCaption.setObjectName(u"capaCaption")
        self.capaCaption.setTextFormat(Qt.TextFormat.PlainText)
        self.capaCaption.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.capaLayout.addWidget(self.capaCaption)

        self.capaDetail = QLabel(self.capaTile)
        self.capaDetail.setObjectName(u"capaDetail")
        self.capaDetail.setTextFormat(Qt.TextFormat.PlainText)
        self.capaDetail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.capaDetail.setWordWrap(True)

        self.capaLayout.addWidget(self.capaDetail)


        self.tilesLayout.addWidget(self.capaTile)


        self.mainLayout.addLayout(self.tilesLayout)

        self.chartsLayout = QHBoxLayout()
        self.chartsLayout.setObjectName(u"chartsLayout")
        self.gradeBox = QGroupBox(DashboardView)
        self.gradeBox.setObjectName(u"gradeBox")
        self.gradeLayout = QVBoxLayout(self.gradeBox)
        self.gradeLayout.setObjectName(u"gradeLayout")

        self.chartsLayout.addWidget(self.gradeBox)

        self.statusBox = QGroupBox(DashboardView)
        self.statusBox.setObjectName(u"statusBox")
        self.statusLayout = QVBoxLayout(self.statusBox)
        self.statusLayout.setObjectName(u"statusLayout")

        self.chartsLayout.addWidget(self.statusBox)

        self.chartsLayout.setStretch(0, 3)
        self.chartsLayout.setStretch(1, 2)

        self.mainLayout.addLayout(self.chartsLayout)

        self.mainLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.yearLabel.setBuddy(self.yearCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DashboardView)

        QMetaObject.connectSlotsByName(DashboardView)
    # setupUi

    def retranslateUi(self, DashboardView):
        self.yearLabel.setText(QCoreApplication.translate("DashboardView", u"&Year:", None))
#if QT_CONFIG(tooltip)
        self.yearCombo.setToolTip(QCoreApplication.translate("DashboardView", u"The year the nonconformities were found in (Alt+Y)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.closureTile.setToolTip(QCoreApplication.translate("DashboardView", u"Closed \u00f7 all nonconformities except drafts and withdrawn ones", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.daysTile.setToolTip(QCoreApplication.translate("DashboardView", u"Calendar days from finding to closing, averaged over the closed nonconformities", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.overdueTile.setToolTip(QCoreApplication.translate("DashboardView", u"Open nonconformities whose due date has passed", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.capaTile.setToolTip(QCoreApplication.translate("DashboardView", u"Effective verifications \u00f7 (effective verifications + times a nonconformity was found not effective or reopened)", None))
#endif // QT_CONFIG(tooltip)
        self.gradeBox.setTitle(QCoreApplication.translate("DashboardView", u"Nonconformities by process and grade", None))
        self.statusBox.setTitle(QCoreApplication.translate("DashboardView", u"Nonconformities by status", None))
        pass
    # retranslateUi

