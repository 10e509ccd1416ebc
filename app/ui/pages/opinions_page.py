"""社情民意信息: what members reported, whether it was adopted (采用), issued (签发) and instructed on."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel

from app.models.enums import SuggestionCategory
from app.services.crud import CrudService
from app.ui.changes import Change
from app.ui.dialogs.opinion_dialog import OpinionDialog
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.models.columns import CENTER, RIGHT, Column, enum_label
from app.ui.pages.list_page import ChoiceFilter, ListPage
from app.ui.widgets.date_range import DateRangeFilter
from app.ui.widgets.flow_layout import FlowLayout

YES_NO = [(True, QT_TRANSLATE_NOOP("Pages", "是")), (False, QT_TRANSLATE_NOOP("Pages", "否"))]


class OpinionsPage(ListPage):
    key = "opinions"
    title_text = QT_TRANSLATE_NOOP("Pages", "社情民意")
    hint_text = QT_TRANSLATE_NOOP("Pages", "委员报送的社情民意信息及采用、签发、批示情况")
    search_hint = QT_TRANSLATE_NOOP("Pages", "搜索标题、内容、报送人或期号")
    name_key = "title"
    dialog = OpinionDialog
    changes_kind = Change.CYCLE
    depends_on = frozenset({Change.CYCLE, Change.MEMBERS, Change.PLATFORMS})
    columns = [
        Column("submitted_on", QT_TRANSLATE_NOOP("Columns", "报送日期"), 96, CENTER),
        Column("title", QT_TRANSLATE_NOOP("Columns", "信息标题"), 260, flex=True),
        Column("submitters", QT_TRANSLATE_NOOP("Columns", "报送人"), 130, sortable=False),
        Column(
            "category", QT_TRANSLATE_NOOP("Columns", "类别"), 70, formatter=enum_label(SuggestionCategory)
        ),
        Column("reflects_problem", QT_TRANSLATE_NOOP("Columns", "反映问题"), 64, CENTER),
        Column("platform_name", QT_TRANSLATE_NOOP("Columns", "站室组"), 150),
        Column("adopted_on", QT_TRANSLATE_NOOP("Columns", "采用日期"), 96, CENTER),
        Column("adopted_by", QT_TRANSLATE_NOOP("Columns", "采用单位"), 100),
        Column("issued_on", QT_TRANSLATE_NOOP("Columns", "签发日期"), 96, CENTER),
        Column("instruction_count", QT_TRANSLATE_NOOP("Columns", "批示"), 48, RIGHT),
    ]
    filters = [
        ChoiceFilter("adopted", QT_TRANSLATE_NOOP("Pages", "已采用"), lambda s: YES_NO),
        ChoiceFilter("issued", QT_TRANSLATE_NOOP("Pages", "已签发"), lambda s: YES_NO),
        ChoiceFilter("instructed", QT_TRANSLATE_NOOP("Pages", "获批示"), lambda s: YES_NO),
        ChoiceFilter("reflects_problem", QT_TRANSLATE_NOOP("Pages", "反映问题"), lambda s: YES_NO),
        ChoiceFilter("platform_id", QT_TRANSLATE_NOOP("Pages", "站室组"), lambda s: s.platforms.choices()),
    ]

    def service(self) -> CrudService[Any, Any, Any]:
        return self.services.opinions

    def add_filter_widgets(self, row: FlowLayout) -> None:
        self.period = DateRangeFilter()
        self.period.changed.connect(self._period_changed)
        row.add(QLabel(self.tr("时间")))
        row.add(self.period)

    def _period_changed(self) -> None:
        date_from, date_to = self.period.range()
        self.model.set_filters({"date_from": date_from, "date_to": date_to})
