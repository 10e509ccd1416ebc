"""The choices an import makes where a ledger is silent: platform, district, dates, unit, answer class.

Each is stated in the check's report and saved with the mapping (导入方案).
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QLineEdit, QWidget

from app.models.enums import ResultClass
from app.services.language import shown_choices
from app.services.ledger_import import ImportMapping
from app.ui.widgets.choice_combo import ChoiceCombo


class ImportDefaults(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.platform = QLineEdit()
        self.platform.setPlaceholderText(self.tr("例如：城西区胜利路委员驿站"))
        self.district = QLineEdit()
        self.district.setPlaceholderText(self.tr("例如：城西区"))
        self.fill_dates = QCheckBox(
            self.tr("缺少的交办、答复、办结、评价日期取相邻的已知日期（在检查结果中注明）")
        )
        self.default_unit = QLineEdit()
        self.default_unit.setPlaceholderText(self.tr("已交办但未写承办单位时使用（可不填）"))
        self.default_result = ChoiceCombo()
        self.default_result.set_choices(shown_choices(ResultClass), none_label=self.tr("不指定"))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for row, pairs in enumerate(
            (
                (
                    (self.tr("未填站室组的行归入"), self.platform),
                    (self.tr("新建站室组所属县区"), self.district),
                ),
                (
                    (self.tr("默认承办单位"), self.default_unit),
                    (self.tr("默认答复类别"), self.default_result),
                ),
            )
        ):
            for column, (label, widget) in enumerate(pairs):
                grid.addWidget(QLabel(label), row, column * 2)
                grid.addWidget(widget, row, column * 2 + 1)
        grid.addWidget(self.fill_dates, 2, 0, 1, 4)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 1)

    def show_mapping(self, mapping: ImportMapping, sheet_platform: str | None) -> None:
        self.platform.setText(sheet_platform or mapping.platform or "")
        self.district.setText(mapping.district or "")
        self.fill_dates.setChecked(mapping.fill_dates)
        self.default_unit.setText(mapping.default_unit or "")
        self.default_result.set_value(mapping.default_result)

    def store(self, mapping: ImportMapping) -> str | None:
        """Write the choices into the mapping; returns the platform typed for the current sheet."""
        mapping.district = self.district.text().strip() or None
        mapping.fill_dates = self.fill_dates.isChecked()
        mapping.default_unit = self.default_unit.text().strip() or None
        mapping.default_result = self.default_result.value()
        return self.platform.text().strip() or None
