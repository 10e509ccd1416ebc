"""履职积分规则 as a grid: one row per kind of record, one column per role (出席, 召集主持, 发言, 无故缺席
— points taken off —, 提交, 被采用, 获领导批示) and the yearly cap; then the points each 履职评价 grade
needs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHeaderView,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import PointRole
from app.services.language import shown
from app.services.points_rules import (
    MAX_CAP,
    MAX_POINTS,
    WRITTEN_LABELS,
    GradeThresholds,
    PointsRules,
    Rule,
    roles_of,
)
from app.ui.style import styled_label

ROLES = (
    PointRole.ATTENDED, PointRole.CONVENED, PointRole.SPOKE, PointRole.ABSENT,
    PointRole.SUBMITTED, PointRole.ADOPTED, PointRole.INSTRUCTED,
)  # fmt: skip
CAP_COLUMN = len(ROLES)


def _spin(high: int, special: str | None = None) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, high)
    if special:
        spin.setSpecialValueText(special)
    return spin


class PointsRulesForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.categories: list[str] = []
        self.table = QTableWidget(0, len(ROLES) + 1)
        headers = [shown(r) if r is not PointRole.ABSENT else self.tr("无故缺席扣") for r in ROLES]
        self.table.setHorizontalHeaderLabels([*headers, self.tr("每年上限")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(400)
        self.excellent = _spin(10_000)
        self.competent = _spin(10_000)
        self.basic = _spin(10_000)
        grades = QFormLayout()
        grades.addRow(self.tr("优秀（不低于）"), self.excellent)
        grades.addRow(self.tr("称职（不低于）"), self.competent)
        grades.addRow(self.tr("基本称职（不低于）"), self.basic)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(
            styled_label(
                self.tr("积分由各类履职记录自动计算；“每年上限”为 0 表示不设上限，扣分不受上限限制。"),
                "pageHint",
                wrap=True,
            )
        )
        layout.addWidget(
            styled_label(
                self.tr("年度履职评价分数线（按每年标准，统计期不足一年时按月折算）"), "pageHint", wrap=True
            )
        )
        layout.addLayout(grades)

    def set_values(self, rules: PointsRules, labels: dict[str, str]) -> None:
        """Show `rules`; the table's boxes are made once per set of categories and then only refilled."""
        names = {**labels, **WRITTEN_LABELS}
        if list(names) != self.categories:
            self._build(list(names))
        self.table.setVerticalHeaderLabels([names[c] for c in self.categories])
        for category in self.categories:
            rule = rules.rule(category)
            for c, role in enumerate(ROLES):
                spin = self.spin(category, c)
                if spin is not None:
                    spin.setValue(rule.of(role))
            cap = self.spin(category, CAP_COLUMN)
            if cap is not None:
                cap.setValue(rule.cap)
        self.excellent.setValue(rules.grades.excellent)
        self.competent.setValue(rules.grades.competent)
        self.basic.setValue(rules.grades.basic)

    def _build(self, categories: list[str]) -> None:
        """One row per category: a box for each role it earns points for, "—" for the others, the cap."""
        self.categories = categories
        self.table.setRowCount(0)  # the old rows and their boxes go
        self.table.setRowCount(len(categories))
        for r, category in enumerate(categories):
            allowed = roles_of(category)
            for c, role in enumerate(ROLES):
                if role in allowed:
                    self.table.setCellWidget(r, c, _spin(MAX_POINTS))
                else:
                    item = QTableWidgetItem("—")
                    item.setFlags(Qt.ItemFlag.NoItemFlags)
                    self.table.setItem(r, c, item)
            self.table.setCellWidget(r, CAP_COLUMN, _spin(MAX_CAP, self.tr("不限")))

    def spin(self, category: str, column: int) -> QSpinBox | None:
        widget = self.table.cellWidget(self.categories.index(category), column)
        return widget if isinstance(widget, QSpinBox) else None

    def values(self) -> PointsRules:
        rules: dict[str, Rule] = {}
        for category in self.categories:
            points = {}
            for c, role in enumerate(ROLES):
                spin = self.spin(category, c)
                if spin is not None:
                    points[role.value] = spin.value()
            cap = self.spin(category, CAP_COLUMN)
            rules[category] = Rule(points, cap.value() if cap is not None else 0)
        grades = GradeThresholds(self.excellent.value(), self.competent.value(), self.basic.value())
        return PointsRules(rules, grades)
