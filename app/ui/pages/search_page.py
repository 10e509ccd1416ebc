"""检索: one search box over sessions, suggestions and members, with period, platform, district and state.

Any Chinese substring matches, two-character words included (交通, 监督); several words must all occur.
Members are found by name, full pinyin or initials (zhw) too. The page says how many records match,
pages through all of them (100 at a time) and exports them all. Results show where the words were
found; Enter or a double-click opens the session, the suggestion's handling or the member. Searching
runs off the GUI thread; an answer to an older search is dropped.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.models.enums import SessionState, SuggestionState
from app.services.errors import ServiceError
from app.services.hub import Services
from app.services.language import shown
from app.services.search import SearchHit, SearchResult
from app.ui import changes
from app.ui.changes import Change
from app.ui.dialogs.member_dialog import MemberDialog
from app.ui.dialogs.session_detail import SessionDetailDialog
from app.ui.dialogs.suggestion_detail import SuggestionDetailDialog
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.messages import render, show_error
from app.ui.pages.page import Page
from app.ui.settings import UiSettings
from app.ui.style import styled_label
from app.ui.tasks import TaskContext, TaskHandle, run_task
from app.ui.widgets.choice_combo import ChoiceCombo
from app.ui.widgets.elided_label import ElidedLabel
from app.ui.widgets.flow_layout import FlowLayout
from app.ui.widgets.row_export import export_rows
from app.ui.widgets.scope_bar import ALL_TIME, ScopeBar
from app.ui.widgets.search_box import SearchBox
from app.ui.widgets.search_results import SearchResults

PAGE_SIZE = 100
EXPORT_LIMIT = 1_000_000
KINDS = ("member", "session", "suggestion")
# The export is a document: its headers stay Chinese whatever the display language.
EXPORT_COLUMNS = [
    ("kind_label", "类型"),
    ("title", "标题或姓名"),
    ("date", "日期"),
    ("platform_name", "站室组"),
    ("district", "县区"),
    ("state_label", "状态"),
    ("field", "找到的位置"),
    ("snippet", "内容"),
]


def hit_row(hit: SearchHit) -> dict[str, Any]:
    return {
        "kind_label": hit.kind_label,
        "title": hit.title,
        "date": hit.date,
        "platform_name": hit.platform_name,
        "district": hit.district,
        "state_label": hit.state_label,
        "field": hit.field,
        "snippet": hit.snippet,
    }


class SearchPage(Page):
    key = "search"
    title_text = QT_TRANSLATE_NOOP("Pages", "检索")

    def __init__(self, services: Services, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(services, settings, parent)
        self.words: list[str] = []
        self.offset = 0
        self.total = 0
        self.hits: list[SearchHit] = []
        self.task: TaskHandle | None = None
        self._generation = 0
        self.box = SearchBox(self.tr("输入要查找的字词，例如：交通　红绿灯；委员可输入姓名或拼音，如 zhw"))
        self.box.setMinimumHeight(32)
        self.box.search_changed.connect(lambda _text: self.run_search())
        self.kind = ChoiceCombo()
        self.kind.set_choices(
            [
                ("session", self.tr("协商议事活动")),
                ("suggestion", self.tr("意见建议")),
                ("member", self.tr("委员")),
            ],
            none_label=self.tr("全部类型"),
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
        filters = FlowLayout()
        filters.add(self.scope_bar)
        filters.add(self._field(self.tr("类型"), self.kind))
        filters.add(self._field(self.tr("状态"), self.state))
        self.status = ElidedLabel("")
        self.status.setObjectName("countLabel")
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.results = SearchResults()
        self.results.open_requested.connect(self.open_hit)
        self.previous_button = QPushButton(self.tr("上一页"))
        self.previous_button.clicked.connect(lambda _c=False: self.show_page(self.offset - PAGE_SIZE))
        self.next_button = QPushButton(self.tr("下一页"))
        self.next_button.clicked.connect(lambda _c=False: self.show_page(self.offset + PAGE_SIZE))
        self.page_label = QLabel()
        self.export_button = QPushButton(self.tr("导出结果"))
        self.export_button.setToolTip(self.tr("把全部检索结果（不只是本页）导出为 Excel"))
        self.export_button.clicked.connect(lambda _c=False: self.export())

        title = styled_label(self.title(), "pageTitle")
        hint = ElidedLabel(
            self.tr(
                "在议题、会议纪要、形成共识、建议内容、答复、落实情况、承办单位和委员姓名（含拼音）中查找"
            )
        )
        hint.setObjectName("pageHint")
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addSpacing(12)
        heading.addWidget(hint, 2, Qt.AlignmentFlag.AlignBottom)
        heading.addWidget(self.status, 2, Qt.AlignmentFlag.AlignBottom)
        pager = QHBoxLayout()
        pager.addWidget(
            styled_label(
                self.tr("按 Enter 或双击打开：活动详情、意见建议的办理详情或委员信息。"), "pageHint"
            ),
            1,
        )
        pager.addWidget(self.previous_button)
        pager.addWidget(self.page_label)
        pager.addWidget(self.next_button)
        pager.addSpacing(12)
        pager.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 10)
        layout.setSpacing(10)
        layout.addLayout(heading)
        layout.addWidget(self.box)
        layout.addLayout(filters)
        layout.addWidget(self.results, 1)
        layout.addLayout(pager)
        QShortcut(QKeySequence.StandardKey.Find, self, self.box.setFocus)
        changes.subscribe(self, {Change.SESSIONS, Change.SUGGESTIONS, Change.MEMBERS}, self._records_changed)
        self._show_pager()

    @staticmethod
    def _field(label: str, widget: QWidget) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 6, 0)
        row.addWidget(QLabel(label))
        row.addWidget(widget)
        return box

    # -- Page ---------------------------------------------------------------------------------
    def activate(self) -> None:
        self.scope_bar.load_choices()  # platforms may have been added since
        self.box.setFocus()

    def refresh(self) -> None:
        self.scope_bar.load_choices()
        self.run_search()

    def focus_target(self) -> QWidget:
        return self.box

    def _records_changed(self, _kinds: frozenset[Change]) -> None:
        if self.isVisible() and self.words:
            self.show_page(self.offset)

    # -- searching ----------------------------------------------------------------------------
    def _fill_states(self) -> None:
        kind = self.kind.value()
        choices: list[tuple[str, str]] = []
        if kind in (None, "session"):
            prefix = self.tr("活动：") if kind is None else ""
            choices += [(s.value, prefix + shown(s)) for s in SessionState]
        if kind in (None, "suggestion"):
            prefix = self.tr("建议：") if kind is None else ""
            choices += [(s.value, prefix + shown(s)) for s in SuggestionState]
        self.state.blockSignals(True)
        self.state.set_choices(choices, none_label=self.tr("全部状态"))
        self.state.blockSignals(False)
        self.state.setEnabled(kind != "member")

    def _kind_changed(self) -> None:
        self._fill_states()
        self.run_search()

    def kinds(self) -> tuple[str, ...]:
        kind = self.kind.value()
        return (kind,) if kind else KINDS

    def query(self) -> dict[str, Any]:
        return {
            "text": self.box.text().strip(),
            "scope": self.scope_bar.scope(),
            "state": self.state.value() if self.kind.value() != "member" else None,
            "kinds": self.kinds(),
        }

    def run_search(self) -> None:
        """A new search from its first page."""
        self.show_page(0)

    def show_page(self, offset: int) -> None:
        text = self.box.text().strip()
        self.words = text.split()
        self._generation += 1
        generation = self._generation
        if not self.words:
            self.hits, self.total, self.offset = [], 0, 0
            self.results.set_hits([], [])
            self.status.setText("")
            self._show_pager()
            return
        try:
            query = self.query()
        except ServiceError as exc:
            self.status.setText(render(exc.message))
            return
        search = self.services.search
        offset = max(0, offset)
        self.status.setText(self.tr("正在查找…"))

        def work(_ctx: TaskContext) -> SearchResult:
            return search.find(**query, offset=offset, limit=PAGE_SIZE)

        self.task = run_task(
            work,
            on_result=lambda result: self._show(generation, offset, text, result),
            on_error=lambda error: self._failed(generation, error),
            owner=self,
        )

    def _show(self, generation: int, offset: int, text: str, result: SearchResult) -> None:
        if generation != self._generation:
            return
        self.hits, self.total, self.offset = result.hits, result.total, offset
        self.results.set_hits(result.hits, self.words)
        if not result.hits and offset == 0:
            self.status.setText(self.tr("没有找到包含“{text}”的记录").format(text=text))
        else:
            self.status.setText(self.tr("共找到 {n} 条").format(n=f"{result.total:,}"))
        self._show_pager()
        if result.hits:
            self.results.setCurrentRow(0)

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        if not isinstance(error, ServiceError):
            raise error
        self.status.setText(render(error.message))

    def _show_pager(self) -> None:
        pages = max(1, -(-self.total // PAGE_SIZE))
        current = self.offset // PAGE_SIZE + 1
        first, last = self.offset + 1, self.offset + len(self.hits)
        self.page_label.setText(
            self.tr("第 {a}–{b} 条（第 {p}/{n} 页）").format(a=first, b=last, p=current, n=pages)
            if self.hits
            else ""
        )
        self.previous_button.setEnabled(self.offset > 0)
        self.next_button.setEnabled(self.offset + PAGE_SIZE < self.total)
        self.export_button.setEnabled(self.total > 0)

    def export(self) -> TaskHandle | None:
        """Every hit of the current search (not just this page), as one sheet."""
        if not self.words:
            return None
        query = self.query()
        search = self.services.search

        def rows() -> list[dict[str, Any]]:
            return [hit_row(h) for h in search.find(**query, limit=EXPORT_LIMIT, count=False).hits]

        # The workbook is a document: Chinese headers and title whatever the display language.
        title = f"检索结果：{query['text']}"
        columns = list(EXPORT_COLUMNS)
        return export_rows(self, self.services, title, columns, rows)

    def open_hit(self, hit: SearchHit) -> QDialog | None:
        dialog: Any
        try:
            if hit.kind == "session":
                dialog = SessionDetailDialog(self.services, hit.id, self)
            elif hit.kind == "member":
                dialog = MemberDialog(self.services, hit.id, self)
            else:
                dialog = SuggestionDetailDialog(self.services, hit.id, self)
        except ServiceError as exc:
            show_error(self, render(exc.message))
            return None
        if isinstance(dialog, MemberDialog):
            dialog.finished.connect(lambda _r: dialog.deleteLater())
            dialog.open()
        else:
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.show()
        return dialog
