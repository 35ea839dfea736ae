# generated from ui/first_run_dialog.ui by `python -m qa_desktop.gui.uic` — do not edit.
# ruff: noqa
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_FirstRunDialog(object):
    def setupUi(self, FirstRunDialog):
        if not FirstRunDialog.objectName():
            FirstRunDialog.setObjectName(u"FirstRunDialog")
        FirstRunDialog.resize(520, 300)
        self.verticalLayout = QVBoxLayout(FirstRunDialog)
        self.verticalLayout.setObjectName(u"verticalLayout")
        self.introLabel = QLabel(FirstRunDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.verticalLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.userLabel = QLabel(FirstRunDialog)
        self.userLabel.setObjectName(u"userLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.userEdit = QLineEdit(FirstRunDialog)
        self.userEdit.setObjectName(u"userEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.userEdit)

        self.companyLabel = QLabel(FirstRunDialog)
        self.companyLabel.setObjectName(u"companyLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.companyLabel)

        self.companyEdit = QLineEdit(FirstRunDialog)
        self.companyEdit.setObjectName(u"companyEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.companyEdit)

        self.folderCaption = QLabel(FirstRunDialog)
        self.folderCaption.setObjectName(u"folderCaption")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.folderCaption)

        self.folderLabel = QLabel(FirstRunDialog)
        self.folderLabel.setObjectName(u"folderLabel")
        self.folderLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folderLabel.setWordWrap(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.folderLabel)


        self.verticalLayout.addLayout(self.formLayout)

        self.demoCheck = QCheckBox(FirstRunDialog)
        self.demoCheck.setObjectName(u"demoCheck")

        self.verticalLayout.addWidget(self.demoCheck)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.verticalLayout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(FirstRunDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.verticalLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.userLabel.setBuddy(self.userEdit)
        self.companyLabel.setBuddy(self.companyEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FirstRunDialog)

        QMetaObject.connectSlotsByName(FirstRunDialog)
    # setupUi

    def retranslateUi(self, FirstRunDialog):
        FirstRunDialog.setWindowTitle(QCoreApplication.translate("FirstRunDialog", u"Welcome to qa-desktop", None))
        self.introLabel.setText(QCoreApplication.translate("FirstRunDialog", u"This data folder is new. Tell qa-desktop who you are: your name signs every change you make. Then start with your company, or with a demo year to try things out.", None))
        self.userLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Your &name:", None))
        self.companyLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Company:", None))
        self.folderCaption.setText(QCoreApplication.translate("FirstRunDialog", u"Data folder:", None))
        self.demoCheck.setText(QCoreApplication.translate("FirstRunDialog", u"Load the &demo year instead (a whole year of audits and nonconformities)", None))
    # retranslateUi

