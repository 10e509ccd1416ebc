"""意见建议 and how far their handling has come; overdue items are shown in red."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QMenu, QPushButton, QWidget

from app.models.enums import SuggestionCategory, SuggestionState
from app.services.crud import CrudService
from app.services.handling_steps import HandlingStep
from app.services.hub import Services
from app.services.language import shown, shown_choices
from app.ui.changes import Change
from app.ui.dialogs.batch_dialogs import BatchStepDialog
from app.ui.dialogs.suggestion_detail import SuggestionDetailDialog
from app.ui.dialogs.suggestion_dialog import SuggestionDialog
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.messages import show_info
from app.ui.models.columns import CENTER, Column
from app.ui.pages.list_page import ChoiceFilter, ListPage
from app.ui.settings import UiSettings
from app.ui.widgets.flow_layout import FlowLayout
from app.ui.widgets.handling_menu import HandlingButton, step_refusal
from app.ui.widgets.session_suggestions import target_of


class SuggestionsPage(ListPage):
    key = "suggestions"
    title_text = QT_TRANSLATE_NOOP("Pages", "意见建议")
    hint_text = QT_TRANSLATE_NOOP("Pages", "协商成果的交办、办理与答复；红色为超期未答复")
    search_hint = QT_TRANSLATE_NOOP("Pages", "搜索标题、内容、答复或承办单位")
    name_key = "title"
    dialog = SuggestionDialog
    changes_kind = Change.SUGGESTIONS
    depends_on = frozenset(
        {Change.SUGGESTIONS, Change.SESSIONS, Change.PLATFORMS, Change.UNITS, Change.MEMBERS, Change.SETTINGS}
    )
    print_kinds = ("assignment",)
    columns = [
        Column("raised_on", QT_TRANSLATE_NOOP("Columns", "提出日期"), 96, CENTER),
        Column("title", QT_TRANSLATE_NOOP("Columns", "建议标题"), 260, flex=True),
        Column("category", QT_TRANSLATE_NOOP("Columns", "类别"), 70),
        Column("state", QT_TRANSLATE_NOOP("Columns", "状态"), 70, CENTER),
        Column("lead_unit_name", QT_TRANSLATE_NOOP("Columns", "主办单位"), 170),
        Column("due_on", QT_TRANSLATE_NOOP("Columns", "办理时限"), 96, CENTER),
        Column(
            "working_days_overdue",
            QT_TRANSLATE_NOOP("Columns", "超期工作日"),
            80,
            CENTER,
            formatter=lambda n: str(n) if n else "",
        ),
        Column("replied_on", QT_TRANSLATE_NOOP("Columns", "答复日期"), 96, CENTER),
        Column("platform_name", QT_TRANSLATE_NOOP("Columns", "站室组"), 190),
        Column("proposer_name", QT_TRANSLATE_NOOP("Columns", "提出人"), 80),
        Column("result_class", QT_TRANSLATE_NOOP("Columns", "办理结果"), 130),
        Column("district", QT_TRANSLATE_NOOP("Columns", "县区"), 70),
    ]
    filters = [
        ChoiceFilter("state", QT_TRANSLATE_NOOP("Pages", "状态"), lambda s: shown_choices(SuggestionState)),
        ChoiceFilter(
            "category", QT_TRANSLATE_NOOP("Pages", "类别"), lambda s: shown_choices(SuggestionCategory)
        ),
        ChoiceFilter(
            "district",
            QT_TRANSLATE_NOOP("Pages", "县区"),
            lambda s: [(d, d) for d in s.platforms.districts()],
        ),
    ]

    def __init__(self, services: Services, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(services, settings, parent)
        # Right-click offers 办理 for the row under the cursor.
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(
            lambda pos: self.handling_button.handling_menu.popup(self.view.viewport().mapToGlobal(pos))
        )

    def open_row(self, row: int) -> object:
        """Enter or a double-click opens the handling detail (编辑 stays on its button)."""
        return self.open_detail(self.model.row_id(row))

    def service(self) -> CrudService[Any, Any, Any]:
        return self.services.suggestions

    def add_toolbar_widgets(self, toolbar: FlowLayout) -> None:
        # State changes go through the 办理 steps only, so each move carries its dates, units and text.
        toolbar.add_spacing(12)
        self.handling_button = HandlingButton(self.services, self)
        self.handling_button.handling_menu.detail_requested.connect(self.open_detail)
        toolbar.add(self.handling_button)
        self.batch_button = QPushButton(self.tr("批量办理"))
        self.batch_button.setToolTip(self.tr("为选中的多条意见建议一起催办或开始办理"))
        menu = QMenu(self.batch_button)
        self.batch_actions = {}
        for step in BatchStepDialog.STEPS:
            action = menu.addAction(self.tr("批量{step}…").format(step=shown(step)))
            action.triggered.connect(lambda _checked=False, s=step: self.open_batch(s))
            self.batch_actions[step] = action
        self.batch_button.setMenu(menu)
        toolbar.add(self.batch_button)

    def add_filter_widgets(self, row: FlowLayout) -> None:
        self.overdue_only = QCheckBox(self.tr("只看超期未答复"))
        self.overdue_only.toggled.connect(lambda on: self.model.set_filter("overdue", True if on else None))
        row.add(self.overdue_only)

    def selection_changed(self, row: dict[str, Any] | None) -> None:
        selected = self.selected_row()  # read-only users still open the detail
        self.handling_button.set_target(target_of(selected) if selected is not None else None)
        rows = self.selected_rows()
        for step, action in self.batch_actions.items():
            action.setEnabled(any(not step_refusal(self.services, step, target_of(r)) for r in rows))
        self.batch_button.setEnabled(
            len(rows) > 0 and any(a.isEnabled() for a in self.batch_actions.values())
        )
        self.batch_button.setText(
            self.tr("批量办理（{n} 条）").format(n=len(rows)) if len(rows) > 1 else self.tr("批量办理")
        )

    def open_batch(self, step: HandlingStep) -> BatchStepDialog | None:
        rows = self.selected_rows()
        if not rows:
            return None
        dialog = BatchStepDialog(self.services, step, rows, self.window())
        dialog.accepted.connect(lambda: self._batch_done(dialog))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        return dialog

    def _batch_done(self, dialog: BatchStepDialog) -> None:
        if dialog.report is not None:
            show_info(
                self,
                dialog.report.summary(shown(dialog.step)),
                self.tr("批量{step}").format(step=shown(dialog.step)),
            )

    def open_detail(self, suggestion_id: uuid.UUID) -> SuggestionDetailDialog | None:
        return self.show_detail(lambda: SuggestionDetailDialog(self.services, suggestion_id, self))  # type: ignore[return-value]
