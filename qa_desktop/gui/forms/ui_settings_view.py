# generated from ui/settings_view.ui by `python -m qa_desktop.gui.uic` — do not edit.
# ruff: noqa
from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QFrame,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_SettingsView(object):
    def setupUi(self, SettingsView):
        if not SettingsView.objectName():
            SettingsView.setObjectName(u"SettingsView")
        SettingsView.resize(1030, 720)
        self.mainLayout = QVBoxLayout(SettingsView)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(SettingsView)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.contents = QWidget()
        self.contents.setObjectName(u"contents")
        self.centerLayout = QHBoxLayout(self.contents)
        self.centerLayout.setObjectName(u"centerLayout")
        self.contentsLayout = QVBoxLayout()
        self.contentsLayout.setObjectName(u"contentsLayout")
        self.userBox = QGroupBox(self.contents)
        self.userBox.setObjectName(u"userBox")
        self.userForm = QFormLayout(self.userBox)
        self.userForm.setObjectName(u"userForm")
        self.userForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.languageLabel = QLabel(self.userBox)
        self.languageLabel.setObjectName(u"languageLabel")

        self.userForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.userBox)
        self.languageCombo.setObjectName(u"languageCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.languageCombo.sizePolicy().hasHeightForWidth())
        self.languageCombo.setSizePolicy(sizePolicy)
        self.languageCombo.setMinimumSize(QSize(200, 0))

        self.userForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.userLabel = QLabel(self.userBox)
        self.userLabel.setObjectName(u"userLabel")

        self.userForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.userLayout = QHBoxLayout()
        self.userLayout.setObjectName(u"userLayout")
        self.userEdit = QLineEdit(self.userBox)
        self.userEdit.setObjectName(u"userEdit")

        self.userLayout.addWidget(self.userEdit)

        self.userButton = QPushButton(self.userBox)
        self.userButton.setObjectName(u"userButton")

        self.userLayout.addWidget(self.userButton)


        self.userForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.userLayout)

        self.userHint = QLabel(self.userBox)
        self.userHint.setObjectName(u"userHint")
        self.userHint.setWordWrap(True)

        self.userForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.userHint)


        self.contentsLayout.addWidget(self.userBox)

        self.orgBox = QGroupBox(self.contents)
        self.orgBox.setObjectName(u"orgBox")
        self.orgForm = QFormLayout(self.orgBox)
        self.orgForm.setObjectName(u"orgForm")
        self.orgForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.orgNameLabel = QLabel(self.orgBox)
        self.orgNameLabel.setObjectName(u"orgNameLabel")

        self.orgForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.orgNameLabel)

        self.orgNameEdit = QLineEdit(self.orgBox)
        self.orgNameEdit.setObjectName(u"orgNameEdit")

        self.orgForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.orgNameEdit)

        self.orgNameEnLabel = QLabel(self.orgBox)
        self.orgNameEnLabel.setObjectName(u"orgNameEnLabel")

        self.orgForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.orgNameEnLabel)

        self.orgNameEnEdit = QLineEdit(self.orgBox)
        self.orgNameEnEdit.setObjectName(u"orgNameEnEdit")

        self.orgForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.orgNameEnEdit)

        self.prefixLabel = QLabel(self.orgBox)
        self.prefixLabel.setObjectName(u"prefixLabel")

        self.orgForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.prefixLabel)

        self.prefixEdit = QLineEdit(self.orgBox)
        self.prefixEdit.setObjectName(u"prefixEdit")
        self.prefixEdit.setMaximumSize(QSize(200, 16777215))
        self.prefixEdit.setMaxLength(20)

        self.orgForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.prefixEdit)

        self.logoLabel = QLabel(self.orgBox)
        self.logoLabel.setObjectName(u"logoLabel")

        self.orgForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.logoLabel)

        self.logoLayout = QHBoxLayout()
        self.logoLayout.setObjectName(u"logoLayout")
        self.logoPreview = QLabel(self.orgBox)
        self.logoPreview.setObjectName(u"logoPreview")
        self.logoPreview.setMinimumSize(QSize(220, 90))
        self.logoPreview.setMaximumSize(QSize(220, 90))
        self.logoPreview.setFrameShape(QFrame.Shape.StyledPanel)
        self.logoPreview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logoPreview.setWordWrap(True)

        self.logoLayout.addWidget(self.logoPreview)

        self.logoButtons = QVBoxLayout()
        self.logoButtons.setObjectName(u"logoButtons")
        self.chooseLogoButton = QPushButton(self.orgBox)
        self.chooseLogoButton.setObjectName(u"chooseLogoButton")

        self.logoButtons.addWidget(self.chooseLogoButton)

        self.clearLogoButton = QPushButton(self.orgBox)
        self.clearLogoButton.setObjectName(u"clearLogoButton")

        self.logoButtons.addWidget(self.clearLogoButton)

        self.logoButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.logoButtons.addItem(self.logoButtonsSpacer)


        self.logoLayout.addLayout(self.logoButtons)

        self.logoSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.logoLayout.addItem(self.logoSpacer)


        self.orgForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.logoLayout)

        self.logoPathLabel = QLabel(self.orgBox)
        self.logoPathLabel.setObjectName(u"logoPathLabel")
        self.logoPathLabel.setWordWrap(True)
        self.logoPathLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.orgForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.logoPathLabel)

        self.orgButtons = QHBoxLayout()
        self.orgButtons.setObjectName(u"orgButtons")
        self.orgButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.orgButtons.addItem(self.orgButtonsSpacer)

        self.revertOrgButton = QPushButton(self.orgBox)
        self.revertOrgButton.setObjectName(u"revertOrgButton")

        self.orgButtons.addWidget(self.revertOrgButton)

        self.saveOrgButton = QPushButton(self.orgBox)
        self.saveOrgButton.setObjectName(u"saveOrgButton")

        self.orgButtons.addWidget(self.saveOrgButton)


        self.orgForm.setLayout(5, QFormLayout.ItemRole.SpanningRole, self.orgButtons)


        self.contentsLayout.addWidget(self.orgBox)

        self.dataBox = QGroupBox(self.contents)
        self.dataBox.setObjectName(u"dataBox")
        self.dataForm = QFormLayout(self.dataBox)
        self.dataForm.setObjectName(u"dataForm")
        self.dataForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.dataDirLabel = QLabel(self.dataBox)
        self.dataDirLabel.setObjectName(u"dataDirLabel")

        self.dataForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dataDirLabel)

        self.dataDirLayout = QHBoxLayout()
        self.dataDirLayout.setObjectName(u"dataDirLayout")
        self.dataDirEdit = QLineEdit(self.dataBox)
        self.dataDirEdit.setObjectName(u"dataDirEdit")
        self.dataDirEdit.setReadOnly(True)

        self.dataDirLayout.addWidget(self.dataDirEdit)

        self.openFolderButton = QPushButton(self.dataBox)
        self.openFolderButton.setObjectName(u"openFolderButton")

        self.dataDirLayout.addWidget(self.openFolderButton)


        self.dataForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.dataDirLayout)

        self.backupLabel = QLabel(self.dataBox)
        self.backupLabel.setObjectName(u"backupLabel")

        self.dataForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.backupLabel)

        self.backupLayout = QHBoxLayout()
        self.backupLayout.setObjectName(u"backupLayout")
        self.backupButton = QPushButton(self.dataBox)
        self.backupButton.setObjectName(u"backupButton")

        self.backupLayout.addWidget(self.backupButton)

        self.lastBackupLabel = QLabel(self.dataBox)
        self.lastBackupLabel.setObjectName(u"lastBackupLabel")
        self.lastBackupLabel.setWordWrap(True)
        self.lastBackupLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.backupLayout.addWidget(self.lastBackupLabel)

        self.backupSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.backupLayout.addItem(self.backupSpacer)


        self.dataForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.backupLayout)


        self.contentsLayout.addWidget(self.dataBox)

        self.contentsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.contentsLayout.addItem(self.contentsSpacer)


        self.centerLayout.addLayout(self.contentsLayout)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.centerLayout.addItem(self.rightSpacer)

        self.centerLayout.setStretch(0, 3)
        self.centerLayout.setStretch(1, 1)
        self.scroll.setWidget(self.contents)

        self.mainLayout.addWidget(self.scroll)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
        self.userLabel.setBuddy(self.userEdit)
        self.orgNameLabel.setBuddy(self.orgNameEdit)
        self.orgNameEnLabel.setBuddy(self.orgNameEnEdit)
        self.prefixLabel.setBuddy(self.prefixEdit)
        self.logoLabel.setBuddy(self.chooseLogoButton)
        self.dataDirLabel.setBuddy(self.dataDirEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.languageCombo, self.userEdit)
        QWidget.setTabOrder(self.userEdit, self.userButton)
        QWidget.setTabOrder(self.userButton, self.orgNameEdit)
        QWidget.setTabOrder(self.orgNameEdit, self.orgNameEnEdit)
        QWidget.setTabOrder(self.orgNameEnEdit, self.prefixEdit)
        QWidget.setTabOrder(self.prefixEdit, self.chooseLogoButton)
        QWidget.setTabOrder(self.chooseLogoButton, self.clearLogoButton)
        QWidget.setTabOrder(self.clearLogoButton, self.revertOrgButton)
        QWidget.setTabOrder(self.revertOrgButton, self.saveOrgButton)
        QWidget.setTabOrder(self.saveOrgButton, self.dataDirEdit)
        QWidget.setTabOrder(self.dataDirEdit, self.openFolderButton)
        QWidget.setTabOrder(self.openFolderButton, self.backupButton)

        self.retranslateUi(SettingsView)

        QMetaObject.connectSlotsByName(SettingsView)
    # setupUi

    def retranslateUi(self, SettingsView):
        self.userBox.setTitle(QCoreApplication.translate("SettingsView", u"Language and user", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsView", u"&Language:", None))
#if QT_CONFIG(tooltip)
        self.languageCombo.setToolTip(QCoreApplication.translate("SettingsView", u"The whole interface switches at once; reports keep their own language", None))
#endif // QT_CONFIG(tooltip)
        self.userLabel.setText(QCoreApplication.translate("SettingsView", u"Your &name:", None))
#if QT_CONFIG(tooltip)
        self.userEdit.setToolTip(QCoreApplication.translate("SettingsView", u"Your name signs every change you make on this laptop", None))
#endif // QT_CONFIG(tooltip)
        self.userButton.setText(QCoreApplication.translate("SettingsView", u"&Change user", None))
        self.orgBox.setTitle(QCoreApplication.translate("SettingsView", u"Organisation", None))
        self.orgNameLabel.setText(QCoreApplication.translate("SettingsView", u"Company na&me:", None))
        self.orgNameEnLabel.setText(QCoreApplication.translate("SettingsView", u"&English name:", None))
        self.prefixLabel.setText(QCoreApplication.translate("SettingsView", u"Document &prefix:", None))
#if QT_CONFIG(tooltip)
        self.prefixEdit.setToolTip(QCoreApplication.translate("SettingsView", u"Starts the numbers of controlled documents, e.g. XDYJ in XDYJ-04-09", None))
#endif // QT_CONFIG(tooltip)
        self.logoLabel.setText(QCoreApplication.translate("SettingsView", u"Logo:", None))
#if QT_CONFIG(tooltip)
        self.chooseLogoButton.setToolTip(QCoreApplication.translate("SettingsView", u"A PNG or JPEG image, at most 2 MB; it is copied into the data folder", None))
#endif // QT_CONFIG(tooltip)
        self.chooseLogoButton.setText(QCoreApplication.translate("SettingsView", u"C&hoose\u2026", None))
        self.clearLogoButton.setText(QCoreApplication.translate("SettingsView", u"&Remove", None))
        self.revertOrgButton.setText(QCoreApplication.translate("SettingsView", u"Re&vert", None))
#if QT_CONFIG(tooltip)
        self.saveOrgButton.setToolTip(QCoreApplication.translate("SettingsView", u"Save the organisation's details (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.saveOrgButton.setText(QCoreApplication.translate("SettingsView", u"&Save", None))
        self.dataBox.setTitle(QCoreApplication.translate("SettingsView", u"Data", None))
        self.dataDirLabel.setText(QCoreApplication.translate("SettingsView", u"&Data folder:", None))
#if QT_CONFIG(tooltip)
        self.dataDirEdit.setToolTip(QCoreApplication.translate("SettingsView", u"Where the database, attachments and backups are kept", None))
#endif // QT_CONFIG(tooltip)
        self.openFolderButton.setText(QCoreApplication.translate("SettingsView", u"&Open folder", None))
        self.backupLabel.setText(QCoreApplication.translate("SettingsView", u"Backup:", None))
#if QT_CONFIG(tooltip)
        self.backupButton.setToolTip(QCoreApplication.translate("SettingsView", u"Copy the whole database to a file of your choice, e.g. on a USB stick", None))
#endif // QT_CONFIG(tooltip)
        self.backupButton.setText(QCoreApplication.translate("SettingsView", u"&Back up now\u2026", None))
        pass
    # retranslateUi

