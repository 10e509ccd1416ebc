"""协商议事活动, with the period filter and the state menu."""

from __future__ import annotations

import uuid
from typing import Any

from app.models.enums import LabeledEnum, SessionForm, SessionState, TopicSource
from app.services.crud import CrudService
from app.services.language import shown, shown_choices
from app.services.transitions import allowed_session_moves
from app.ui.changes import Change
from app.ui.dialogs.session_detail import SessionDetailDialog
from app.ui.dialogs.session_dialog import SessionDialog
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.models.columns import CENTER, RIGHT, Column
from app.ui.pages.list_page import ChoiceFilter, ListPage
from app.ui.widgets.date_range import DateRangeFilter
from app.ui.widgets.flow_layout import FlowLayout
from app.ui.widgets.state_button import StateButton


class SessionsPage(ListPage):
    key = "sessions"
    title_text = QT_TRANSLATE_NOOP("Pages", "协商议事")
    hint_text = QT_TRANSLATE_NOOP("Pages", "各站室组开展的协商议事活动")
    count_text = QT_TRANSLATE_NOOP("Pages", "共 {n} 条（含筹备中的活动；工作台只计已开展的）")
    search_hint = QT_TRANSLATE_NOOP("Pages", "搜索议题、地点或站室组")
    name_key = "topic"
    dialog = SessionDialog
    changes_kind = Change.SESSIONS
    depends_on = frozenset({Change.SESSIONS, Change.SUGGESTIONS, Change.PLATFORMS, Change.MEMBERS})
    print_kinds = ("session", "dossier", "signin")
    columns = [
        Column("held_on", QT_TRANSLATE_NOOP("Columns", "活动时间"), 96, CENTER),
        Column("topic", QT_TRANSLATE_NOOP("Columns", "议题"), 260, flex=True),
        Column("platform_name", QT_TRANSLATE_NOOP("Columns", "站室组"), 190),
        Column("district", QT_TRANSLATE_NOOP("Columns", "县区"), 70),
        Column("topic_source", QT_TRANSLATE_NOOP("Columns", "议题来源"), 80),
        Column("form", QT_TRANSLATE_NOOP("Columns", "形式"), 80),
        Column("convener_name", QT_TRANSLATE_NOOP("Columns", "召集人"), 70),
        Column("state", QT_TRANSLATE_NOOP("Columns", "状态"), 72, CENTER),
        Column("suggestion_count", QT_TRANSLATE_NOOP("Columns", "建议数"), 60, RIGHT),
        Column("location", QT_TRANSLATE_NOOP("Columns", "地点"), 160),
    ]
    filters = [
        ChoiceFilter(
            "platform_id",
            QT_TRANSLATE_NOOP("Pages", "站室组"),
            lambda s: s.platforms.name_choices(),
            names=True,
        ),
        ChoiceFilter(
            "district",
            QT_TRANSLATE_NOOP("Pages", "县区"),
            lambda s: [(d, d) for d in s.platforms.districts()],
        ),
        ChoiceFilter("state", QT_TRANSLATE_NOOP("Pages", "状态"), lambda s: shown_choices(SessionState)),
        ChoiceFilter("form", QT_TRANSLATE_NOOP("Pages", "形式"), lambda s: shown_choices(SessionForm)),
        ChoiceFilter(
            "topic_source", QT_TRANSLATE_NOOP("Pages", "来源"), lambda s: shown_choices(TopicSource)
        ),
    ]

    def open_row(self, row: int) -> object:
        """Enter or a double-click opens everything about the session (editing is one button away)."""
        return self.open_detail(self.model.row_id(row))

    def service(self) -> CrudService[Any, Any, Any]:
        return self.services.sessions

    def open_detail(self, session_id: uuid.UUID) -> SessionDetailDialog | None:
        return self.show_detail(lambda: SessionDetailDialog(self.services, session_id, self))  # type: ignore[return-value]

    def add_toolbar_widgets(self, toolbar: FlowLayout) -> None:
        self.state_button = StateButton(self._moves, self._move)
        toolbar.add_spacing(12)
        toolbar.add(self.state_button)

    def add_filter_widgets(self, row: FlowLayout) -> None:
        self.period = DateRangeFilter()
        self.period.changed.connect(self._period_changed)
        row.add(self._filter_field(self.tr("时间"), self.period))

    def selection_changed(self, row: dict[str, Any] | None) -> None:
        self.state_button.set_rows([r for r in self.selected_rows() if self.may_change(r)])

    def _period_changed(self) -> None:
        date_from, date_to = self.period.range()
        self.model.set_filters({"date_from": date_from, "date_to": date_to})

    @staticmethod
    def _moves(row: dict[str, Any]) -> list[LabeledEnum]:
        return list(allowed_session_moves(SessionState(row["state"])))

    def _move(self, rows: list[dict[str, Any]], target: LabeledEnum) -> None:
        if len(rows) == 1:
            row = rows[0]
            self._run(
                lambda: self.services.sessions.transition(
                    row["id"], SessionState(target), expected_version=row["version"]
                )
            )
            return
        records = [(r["id"], str(r.get("topic") or "")) for r in rows]
        sessions = self.services.sessions
        self.run_batch(
            self.tr("正在将 {n} 次活动改为“{state}”…").format(n=len(rows), state=shown(target)),
            lambda progress: sessions.transition_many(records, SessionState(target), progress),
            self.tr("改为“{state}”").format(state=shown(target)),
        )
