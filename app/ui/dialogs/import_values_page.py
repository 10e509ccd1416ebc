"""Import step 3 (when needed): every word the check did not recognise, listed once, with a drop-down.

A clerk maps the twenty words a ledger uses, not the two thousand cells holding them. The choices
go into the mapping (and so into a saved 导入方案); ticked, they also become the office's own words in
the settings, so every later ledger understands them.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.services.errors import ServiceError
from app.services.language import shown_pairs, shown_text
from app.services.ledger_import import ImportPlan
from app.services.ledger_import.model import UnknownWord
from app.services.value_words import NAMES, NAMES_ENGLISH, codes, english_of
from app.ui.dialogs.import_steps import ImportState, StepPage
from app.ui.messages import render, show_error
from app.ui.style import styled_label
from app.ui.tasks import Work
from app.ui.widgets.choice_combo import ChoiceCombo


class ValuesPage(StepPage):
    def __init__(self, state: ImportState) -> None:
        super().__init__(state)
        self.setTitle(self.tr("对应无法识别的取值"))
        self.setSubTitle(
            self.tr(
                "下面每个词在台账中出现一处或多处，程序不认识。请为每个词选择它表示的取值，不选的行按错误报告。"
            )
        )
        self.words = QTableWidget(0, 4)
        self.words.setHorizontalHeaderLabels(
            [self.tr("类别"), self.tr("台账中的写法"), self.tr("出现"), self.tr("表示")]
        )
        self.words.verticalHeader().hide()
        self.words.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.words.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.words.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 90), (2, 230), (3, 170)):
            self.words.setColumnWidth(column, width)
        self.office_wide = QCheckBox(self.tr("同时加入单位设置，以后导入的所有台账都认得这些词"))
        self.hint = styled_label("", "pageHint", wrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.words, 1)
        layout.addWidget(self.office_wide)
        layout.addWidget(self.hint)
        self.combos: list[tuple[UnknownWord, ChoiceCombo]] = []

    def initializePage(self) -> None:
        plan = self.state.plan
        unknown = plan.unknown_values if plan is not None else []
        self.combos.clear()
        self.words.setRowCount(len(unknown))
        for row, word in enumerate(unknown):
            texts = (
                shown_text(NAMES[word.vocabulary], NAMES_ENGLISH),
                word.text,
                self.tr("{n} 处，首见于{where}").format(n=word.count, where=word.where),
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.words.setItem(row, column, item)
            combo = ChoiceCombo()
            combo.set_choices(
                shown_pairs(codes(word.vocabulary), english_of(word.vocabulary)),
                none_label=self.tr("（不对应）"),
            )
            self.words.setCellWidget(row, 3, combo)
            self.combos.append((word, combo))
        self.hint.setText(self.tr("共 {n} 个词。").format(n=len(unknown)))

    def choose(self, text: str, code: str | None) -> None:
        """Pick what a word means (the same as choosing it in its row's drop-down)."""
        for word, combo in self.combos:
            if word.text == text:
                combo.set_value(code)

    def chosen(self) -> dict[str, dict[str, str]]:
        result: dict[str, dict[str, str]] = {}
        for word, combo in self.combos:
            code = combo.value()
            if code is not None:
                result.setdefault(word.vocabulary, {})[word.text] = str(code)
        return result

    # -- StepPage: check again with the words mapped -----------------------------------------------
    def step_label(self) -> str:
        return self.tr("正在按对应的取值重新检查……")

    def step_work(self) -> Work | None:
        preview, mapping = self.state.require_preview()
        for vocabulary, table in self.chosen().items():
            mapping.values.setdefault(vocabulary, {}).update(table)
        if self.office_wide.isChecked() and self.chosen():
            settings = self.state.settings
            try:
                words = {v: dict(t) for v, t in settings.get().value_words.items()}
                for vocabulary, table in self.chosen().items():
                    words.setdefault(vocabulary, {}).update(table)
                settings.set_value_words(words)
            except ServiceError as exc:
                show_error(self, render(exc.message))
                return None
        return self.state.check_job(preview, mapping.copy())

    def step_done(self, result: ImportPlan) -> None:
        self.state.plan = result

    def step_failed(self, error: BaseException) -> None:
        if not isinstance(error, ServiceError):
            raise error
        show_error(self, render(error.message))
