"""履职活动: 专题协商, 联动民主监督, 视察, 调研, 委员讲堂, 走访, 全会和常委会议 and the office's own kinds, at
the office (政协机关) or a 站室组. The 站室组 协商议事 sessions have their own page."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from app.models.enums import ActivityState, InspectionKind
from app.services.activity_kinds import KIND_ENGLISH
from app.services.crud import CrudService
from app.services.hub import Services
from app.services.language import shown_choices, shown_pairs
from app.ui.changes import Change
from app.ui.dialogs.activity_dialog import ActivityDialog
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.models.columns import CENTER, RIGHT, Column, enum_label, label_text
from app.ui.pages.list_page import ChoiceFilter, ListPage
from app.ui.settings import UiSettings
from app.ui.widgets.date_range import DateRangeFilter
from app.ui.widgets.flow_layout import FlowLayout


class ActivitiesPage(ListPage):
    key = "activities"
    title_text = QT_TRANSLATE_NOOP("Pages", "履职活动")
    hint_text = QT_TRANSLATE_NOOP("Pages", "专题协商、民主监督、视察调研、委员讲堂、走访和会议")
    search_hint = QT_TRANSLATE_NOOP("Pages", "搜索主题、地点或组织单位")
    name_key = "title"
    dialog = ActivityDialog
    changes_kind = Change.CYCLE
    depends_on = frozenset({Change.CYCLE, Change.MEMBERS, Change.PLATFORMS})
    columns = [
        Column("held_on", QT_TRANSLATE_NOOP("Columns", "活动时间"), 88, CENTER),
        Column("kind_label", QT_TRANSLATE_NOOP("Columns", "类型"), 118, formatter=label_text(KIND_ENGLISH)),
        Column("title", QT_TRANSLATE_NOOP("Columns", "活动主题"), 220, flex=True),
        Column(
            "inspection_kind",
            QT_TRANSLATE_NOOP("Columns", "视察类型"),
            72,
            formatter=enum_label(InspectionKind),
        ),
        Column("platform_name", QT_TRANSLATE_NOOP("Columns", "组织层级"), 150),
        Column("organiser", QT_TRANSLATE_NOOP("Columns", "组织单位"), 130),
        Column("convener_name", QT_TRANSLATE_NOOP("Columns", "牵头委员"), 64),
        Column("present_count", QT_TRANSLATE_NOOP("Columns", "出席"), 48, RIGHT),
        Column("suggestion_count", QT_TRANSLATE_NOOP("Columns", "建议数"), 56, RIGHT),
        Column("report_count", QT_TRANSLATE_NOOP("Columns", "报告"), 48, RIGHT),
        Column("state", QT_TRANSLATE_NOOP("Columns", "状态"), 64, CENTER),
    ]
    filters = [
        ChoiceFilter(
            "kind",
            QT_TRANSLATE_NOOP("Pages", "类型"),
            lambda s: shown_pairs(s.activity_kinds.choices(), KIND_ENGLISH),
        ),
        ChoiceFilter("platform_id", QT_TRANSLATE_NOOP("Pages", "站室组"), lambda s: s.platforms.choices()),
        ChoiceFilter(
            "office_level",
            QT_TRANSLATE_NOOP("Pages", "层级"),
            lambda s: [
                (True, QT_TRANSLATE_NOOP("Pages", "政协机关")),
                (False, QT_TRANSLATE_NOOP("Pages", "站室组")),
            ],
        ),
        ChoiceFilter("state", QT_TRANSLATE_NOOP("Pages", "状态"), lambda s: shown_choices(ActivityState)),
    ]

    def __init__(self, services: Services, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(services, settings, parent)

    def service(self) -> CrudService[Any, Any, Any]:
        return self.services.activities

    def add_filter_widgets(self, row: FlowLayout) -> None:
        self.period = DateRangeFilter()
        self.period.changed.connect(self._period_changed)
        row.add(QLabel(self.tr("时间")))
        row.add(self.period)
        row.add_spacing(8)

    def _period_changed(self) -> None:
        date_from, date_to = self.period.range()
        self.model.set_filters({"date_from": date_from, "date_to": date_to})
