# generated from ui/nc_cause.ui by `python -m qa_desktop.gui.uic` — do not edit.
# ruff: noqa
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QFrame,
    QGroupBox, QLabel, QPlainTextEdit, QScrollArea,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_NcCauseForm(object):
    def setupUi(self, NcCauseForm):
        if not NcCauseForm.objectName():
            NcCauseForm.setObjectName(u"NcCauseForm")
        NcCauseForm.resize(540, 900)
        self.mainLayout = QVBoxLayout(NcCauseForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(NcCauseForm)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.contents = QWidget()
        self.contents.setObjectName(u"contents")
        self.contentsLayout = QVBoxLayout(self.contents)
        self.contentsLayout.setObjectName(u"contentsLayout")
        self.hintLabel = QLabel(self.contents)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.contentsLayout.addWidget(self.hintLabel)

        self.correctionBox = QGroupBox(self.contents)
        self.correctionBox.setObjectName(u"correctionBox")
        self.correctionLayout = QVBoxLayout(self.correctionBox)
        self.correctionLayout.setObjectName(u"correctionLayout")
        self.correctionEdit = QPlainTextEdit(self.correctionBox)
        self.correctionEdit.setObjectName(u"correctionEdit")
        self.correctionEdit.setMinimumSize(QSize(0, 70))
        self.correctionEdit.setTabChangesFocus(True)

        self.correctionLayout.addWidget(self.correctionEdit)


        self.contentsLayout.addWidget(self.correctionBox)

        self.causeBox = QGroupBox(self.contents)
        self.causeBox.setObjectName(u"causeBox")
        self.causeForm = QFormLayout(self.causeBox)
        self.causeForm.setObjectName(u"causeForm")
        self.causeForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.categoryLabel = QLabel(self.causeBox)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.causeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(self.causeBox)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.causeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.whyLabel = QLabel(self.causeBox)
        self.whyLabel.setObjectName(u"whyLabel")

        self.causeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.whyLabel)

        self.whyHost = QWidget(self.causeBox)
        self.whyHost.setObjectName(u"whyHost")
        self.whyHostLayout = QVBoxLayout(self.whyHost)
        self.whyHostLayout.setObjectName(u"whyHostLayout")
        self.whyHostLayout.setContentsMargins(0, 0, 0, 0)

        self.causeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.whyHost)

        self.rootCauseLabel = QLabel(self.causeBox)
        self.rootCauseLabel.setObjectName(u"rootCauseLabel")

        self.causeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.rootCauseLabel)

        self.rootCauseEdit = QPlainTextEdit(self.causeBox)
        self.rootCauseEdit.setObjectName(u"rootCauseEdit")
        self.rootCauseEdit.setMinimumSize(QSize(0, 60))
        self.rootCauseEdit.setTabChangesFocus(True)

        self.causeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.rootCauseEdit)

        self.similarLabel = QLabel(self.causeBox)
        self.similarLabel.setObjectName(u"similarLabel")

        self.causeForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.similarLabel)

        self.similarEdit = QPlainTextEdit(self.causeBox)
        self.similarEdit.setObjectName(u"similarEdit")
        self.similarEdit.setMinimumSize(QSize(0, 60))
        self.similarEdit.setTabChangesFocus(True)

        self.causeForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.similarEdit)


        self.contentsLayout.addWidget(self.causeBox)

        self.systemBox = QGroupBox(self.contents)
        self.systemBox.setObjectName(u"systemBox")
        self.systemLayout = QVBoxLayout(self.systemBox)
        self.systemLayout.setObjectName(u"systemLayout")
        self.systemUpdateEdit = QPlainTextEdit(self.systemBox)
        self.systemUpdateEdit.setObjectName(u"systemUpdateEdit")
        self.systemUpdateEdit.setMinimumSize(QSize(0, 60))
        self.systemUpdateEdit.setTabChangesFocus(True)

        self.systemLayout.addWidget(self.systemUpdateEdit)


        self.contentsLayout.addWidget(self.systemBox)

        self.contentsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentsLayout.addItem(self.contentsSpacer)

        self.scroll.setWidget(self.contents)

        self.mainLayout.addWidget(self.scroll)

#if QT_CONFIG(shortcut)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.rootCauseLabel.setBuddy(self.rootCauseEdit)
        self.similarLabel.setBuddy(self.similarEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.correctionEdit, self.categoryCombo)

        self.retranslateUi(NcCauseForm)

        QMetaObject.connectSlotsByName(NcCauseForm)
    # setupUi

    def retranslateUi(self, NcCauseForm):
        self.correctionBox.setTitle(QCoreApplication.translate("NcCauseForm", u"6 \u00b7 Correction", None))
#if QT_CONFIG(tooltip)
        self.correctionEdit.setToolTip(QCoreApplication.translate("NcCauseForm", u"The immediate fix and how the consequences were handled", None))
#endif // QT_CONFIG(tooltip)
        self.correctionEdit.setPlaceholderText(QCoreApplication.translate("NcCauseForm", u"The immediate fix and how the consequences were handled", None))
        self.causeBox.setTitle(QCoreApplication.translate("NcCauseForm", u"7 \u00b7 Root cause", None))
        self.categoryLabel.setText(QCoreApplication.translate("NcCauseForm", u"Cause categor&y:", None))
#if QT_CONFIG(tooltip)
        self.categoryCombo.setToolTip(QCoreApplication.translate("NcCauseForm", u"Root-cause category (5M1E)", None))
#endif // QT_CONFIG(tooltip)
        self.whyLabel.setText(QCoreApplication.translate("NcCauseForm", u"5 whys:", None))
        self.rootCauseLabel.setText(QCoreApplication.translate("NcCauseForm", u"Root ca&use:", None))
#if QT_CONFIG(tooltip)
        self.rootCauseEdit.setToolTip(QCoreApplication.translate("NcCauseForm", u"The cause to eliminate so that it does not happen again", None))
#endif // QT_CONFIG(tooltip)
        self.similarLabel.setText(QCoreApplication.translate("NcCauseForm", u"Si&milar problems:", None))
#if QT_CONFIG(tooltip)
        self.similarEdit.setToolTip(QCoreApplication.translate("NcCauseForm", u"Were similar nonconformities looked for elsewhere? What was found?", None))
#endif // QT_CONFIG(tooltip)
        self.systemBox.setTitle(QCoreApplication.translate("NcCauseForm", u"9 \u00b7 Risks and system documents to update", None))
#if QT_CONFIG(tooltip)
        self.systemUpdateEdit.setToolTip(QCoreApplication.translate("NcCauseForm", u"Whether risks, or procedures and other documents of the management system, must change because of this nonconformity", None))
#endif // QT_CONFIG(tooltip)
        self.systemUpdateEdit.setPlaceholderText(QCoreApplication.translate("NcCauseForm", u"Risks to re-assess, procedures or forms to revise \u2014 or \u201cnone\u201d", None))
        pass
    # retranslateUi

