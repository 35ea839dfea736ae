"""Enter a month's measure as its parts — 17 of 20 tickets, 640 hours over 52 tickets — so the
quarter and the year weigh the month by its volume (a typed rate counts as one of one)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from qa_desktop.domain.kpi import KPI_DEFINITIONS

from ..forms.ui_kpi_parts_dialog import Ui_KpiPartsDialog
from ..models.measure_models import format_value


class KpiPartsDialog(QDialog):
    def __init__(
        self,
        kpi: str,
        period: str,
        numerator: float | None = None,
        denominator: float | None = None,
        *,
        language: str = "zh_CN",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kpi, self.period, self.language = kpi, period, language
        self.ui = Ui_KpiPartsDialog()
        self.ui.setupUi(self)
        if numerator is not None and denominator and denominator != 1:
            self.ui.numeratorSpin.setValue(numerator)
            self.ui.denominatorSpin.setValue(denominator)
        self.ui.numeratorSpin.valueChanged.connect(self._update)
        self.ui.denominatorSpin.valueChanged.connect(self._update)
        self._retranslate()
        self.ui.numeratorSpin.setFocus()
        self.ui.numeratorSpin.selectAll()

    def parts(self) -> tuple[float, float]:
        return self.ui.numeratorSpin.value(), self.ui.denominatorSpin.value()

    def _update(self) -> None:
        n, d = self.parts()
        valid = d > 0 and (KPI_DEFINITIONS[self.kpi].unit != "%" or n <= d)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(valid)
        self.ui.resultLabel.setText(
            "= " + format_value(self.kpi, n / d)
            if d > 0
            else self.tr("the denominator must be above 0")
        )

    def _retranslate(self) -> None:
        d = KPI_DEFINITIONS[self.kpi]
        name = d.name(self.language)
        if d.unit == "%":
            what = self.tr("Count the month's cases that met the measure, of all cases counted.")
            top, bottom = self.tr("&Met:"), self.tr("&of:")
        elif d.unit == "h":
            what = self.tr("Total resolution hours of the month, over the tickets resolved.")
            top, bottom = self.tr("Total &hours:"), self.tr("&Tickets:")
        else:
            what = self.tr("Cost issued in the month, over the month's average stock value.")
            top, bottom = self.tr("&Issued cost:"), self.tr("A&verage stock:")
        self.ui.introLabel.setText(
            self.tr("{name}, {period}. {what}").format(name=name, period=self.period, what=what)
        )
        self.ui.numeratorLabel.setText(top)
        self.ui.denominatorLabel.setText(bottom)
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)
