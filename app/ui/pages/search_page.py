"""检索: one search box over sessions and suggestions, with period, platform, district and state filters.

Any Chinese substring matches, two-character words included (交通, 监督); several words must all occur.
Results show where the words were found; double-click opens the session or the suggestion's handling.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.models.enums import SessionState, SuggestionState
from app.services.errors import ServiceError
from app.services.hub import Services
from app.services.search import SearchHit
from app.ui.dialogs.session_detail import SessionDetailDialog
from app.ui.dialogs.suggestion_detail import SuggestionDetailDialog
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.messages import show_error
from app.ui.pages.page import Page
from app.ui.settings import UiSettings
from app.ui.style import styled_label
from app.ui.widgets.choice_combo import ChoiceCombo
from app.ui.widgets.scope_bar import ALL_TIME, ScopeBar
from app.ui.widgets.search_box import SearchBox
from app.ui.widgets.search_results import SearchResults

RESULT_LIMIT = 100
KINDS = ("session", "suggestion")


class SearchPage(Page):
    key = "search"
    title_text = QT_TRANSLATE_NOOP("Pages", "检索")

    def __init__(self, services: Services, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(services, settings, parent)
        self.open_dialogs: list[QDialog] = []
        self.words: list[str] = []
        self.box = SearchBox(self.tr("输入要查找的字词，例如：交通　红绿灯（多个词用空格分开）"))
        self.box.setMinimumHeight(32)
        self.box.search_changed.connect(lambda _text: self.run_search())
        self.kind = ChoiceCombo()
        self.kind.set_choices(
            [("session", self.tr("协商议事活动")), ("suggestion", self.tr("意见建议"))],
            none_label=self.tr("活动和建议"),
        )
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.state = ChoiceCombo()
        self._fill_states()
        self.state.currentIndexChanged.connect(lambda _i: self.run_search())
        self.scope_bar = ScopeBar(services)
        self.scope_bar.period.blockSignals(True)
        self.scope_bar.period.set_value(ALL_TIME)
        self.scope_bar.period.blockSignals(False)
        self.scope_bar.changed.connect(self.run_search)
        filters = QHBoxLayout()
        filters.addWidget(self.scope_bar, 1)
        filters.addWidget(QLabel(self.tr("类型")))
        filters.addWidget(self.kind)
        filters.addSpacing(10)
        filters.addWidget(QLabel(self.tr("状态")))
        filters.addWidget(self.state)
        self.status = styled_label("", "countLabel")
        self.results = SearchResults()
        self.results.open_requested.connect(self.open_hit)

        title = styled_label(self.title(), "pageTitle")
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addSpacing(12)
        heading.addWidget(
            styled_label(
                self.tr("在议题、会议纪要、形成共识、建议内容、答复、落实情况和承办单位中查找"), "pageHint"
            ),
            0,
            Qt.AlignmentFlag.AlignBottom,
        )
        heading.addStretch(1)
        heading.addWidget(self.status, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 10)
        layout.setSpacing(10)
        layout.addLayout(heading)
        layout.addWidget(self.box)
        layout.addLayout(filters)
        layout.addWidget(self.results, 1)
        layout.addWidget(styled_label(self.tr("双击结果打开活动详情或意见建议的办理详情。"), "pageHint"))
        QShortcut(QKeySequence.StandardKey.Find, self, self.box.setFocus)

    # -- Page ---------------------------------------------------------------------------------
    def activate(self) -> None:
        self.scope_bar.load_choices()  # platforms may have been added since
        self.box.setFocus()

    def refresh(self) -> None:
        self.scope_bar.load_choices()
        self.run_search()

    # -- searching ----------------------------------------------------------------------------
    def _fill_states(self) -> None:
        kind = self.kind.value()
        choices: list[tuple[str, str]] = []
        if kind in (None, "session"):
            prefix = self.tr("活动：") if kind is None else ""
            choices += [(s.value, prefix + s.label) for s in SessionState]
        if kind in (None, "suggestion"):
            prefix = self.tr("建议：") if kind is None else ""
            choices += [(s.value, prefix + s.label) for s in SuggestionState]
        self.state.blockSignals(True)
        self.state.set_choices(choices, none_label=self.tr("全部状态"))
        self.state.blockSignals(False)

    def _kind_changed(self) -> None:
        self._fill_states()
        self.run_search()

    def run_search(self) -> list[SearchHit]:
        text = self.box.text().strip()
        self.words = text.split()
        if not self.words:
            self.results.set_hits([], [])
            self.status.setText("")
            return []
        kind = self.kind.value()
        try:
            hits = self.services.search.search(
                text,
                scope=self.scope_bar.scope(),
                state=self.state.value(),
                kinds=(kind,) if kind else KINDS,
                limit=RESULT_LIMIT,
            )
        except ServiceError as exc:
            self.status.setText(exc.message)
            return []
        self.results.set_hits(hits, self.words)
        if not hits:
            self.status.setText(self.tr("没有找到包含“{text}”的记录").format(text=text))
        elif len(hits) >= RESULT_LIMIT:
            self.status.setText(
                self.tr("找到很多，只显示最新的 {n} 条；可加词或筛选缩小范围").format(n=len(hits))
            )
        else:
            self.status.setText(self.tr("找到 {n} 条").format(n=len(hits)))
        return hits

    def open_hit(self, hit: SearchHit) -> QDialog | None:
        dialog: Any
        try:
            if hit.kind == "session":
                dialog = SessionDetailDialog(self.services, hit.id, self)
            else:
                dialog = SuggestionDetailDialog(self.services, hit.id, self)
        except ServiceError as exc:
            show_error(self, exc.message)
            return None
        dialog.changed.connect(lambda _id: self.run_search())
        self.open_dialogs.append(dialog)
        dialog.finished.connect(lambda _r: self.open_dialogs.remove(dialog))
        dialog.show()
        return dialog
