"""成果报送: 协商专报 (results reported to the party committee and government) and 调研报告, one list each."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel

from app.services.crud import CrudService
from app.ui.changes import Change
from app.ui.dialogs.research_report_dialog import ResearchReportDialog
from app.ui.dialogs.results_report_dialog import ResultsReportDialog
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.models.columns import CENTER, RIGHT, Column
from app.ui.pages.list_page import ChoiceFilter, ListPage
from app.ui.widgets.date_range import DateRangeFilter
from app.ui.widgets.flow_layout import FlowLayout

YES_NO = [(True, QT_TRANSLATE_NOOP("Pages", "是")), (False, QT_TRANSLATE_NOOP("Pages", "否"))]


class _Dated(ListPage):
    changes_kind = Change.CYCLE
    depends_on = frozenset({Change.CYCLE, Change.MEMBERS, Change.PLATFORMS})

    def add_filter_widgets(self, row: FlowLayout) -> None:
        self.period = DateRangeFilter()
        self.period.changed.connect(self._period_changed)
        row.add(QLabel(self.tr("时间")))
        row.add(self.period)

    def _period_changed(self) -> None:
        date_from, date_to = self.period.range()
        self.model.set_filters({"date_from": date_from, "date_to": date_to})


class ResultsReportsPage(_Dated):
    key = "results_reports"
    title_text = QT_TRANSLATE_NOOP("Pages", "协商专报")
    hint_text = QT_TRANSLATE_NOOP("Pages", "协商成果报送党委政府的专报及批示、转化情况")
    search_hint = QT_TRANSLATE_NOOP("Pages", "搜索标题、期号、报送对象或正文")
    name_key = "title"
    dialog = ResultsReportDialog
    print_kinds = ("results_report",)
    columns = [
        Column("issued_on", QT_TRANSLATE_NOOP("Columns", "报送日期"), 96, CENTER),
        Column("number", QT_TRANSLATE_NOOP("Columns", "期号"), 172),
        Column("title", QT_TRANSLATE_NOOP("Columns", "专报标题"), 260, flex=True),
        Column("sent_to", QT_TRANSLATE_NOOP("Columns", "报送对象"), 120),
        Column("about", QT_TRANSLATE_NOOP("Columns", "所报活动"), 200),
        Column("platform_name", QT_TRANSLATE_NOOP("Columns", "组织层级"), 140),
        Column("instruction_count", QT_TRANSLATE_NOOP("Columns", "批示"), 48, RIGHT),
        Column("outcome_count", QT_TRANSLATE_NOOP("Columns", "转化"), 48, RIGHT),
    ]
    filters = [
        ChoiceFilter("instructed", QT_TRANSLATE_NOOP("Pages", "获批示"), lambda s: YES_NO),
        ChoiceFilter("platform_id", QT_TRANSLATE_NOOP("Pages", "站室组"), lambda s: s.platforms.choices()),
    ]

    def service(self) -> CrudService[Any, Any, Any]:
        return self.services.results_reports


class ResearchReportsPage(_Dated):
    key = "research_reports"
    title_text = QT_TRANSLATE_NOOP("Pages", "调研报告")
    hint_text = QT_TRANSLATE_NOOP("Pages", "调研、视察形成的调研报告及采用情况")
    search_hint = QT_TRANSLATE_NOOP("Pages", "搜索标题、摘要、执笔人或采用单位")
    name_key = "title"
    dialog = ResearchReportDialog
    columns = [
        Column("written_on", QT_TRANSLATE_NOOP("Columns", "成文日期"), 96, CENTER),
        Column("title", QT_TRANSLATE_NOOP("Columns", "报告标题"), 260, flex=True),
        Column("authors", QT_TRANSLATE_NOOP("Columns", "执笔"), 140, sortable=False),
        Column("activity_title", QT_TRANSLATE_NOOP("Columns", "所属调研活动"), 200),
        Column("platform_name", QT_TRANSLATE_NOOP("Columns", "组织层级"), 140),
        Column("adopted_on", QT_TRANSLATE_NOOP("Columns", "采用日期"), 96, CENTER),
        Column("adopted_by", QT_TRANSLATE_NOOP("Columns", "采用单位"), 110),
        Column("instruction_count", QT_TRANSLATE_NOOP("Columns", "批示"), 48, RIGHT),
    ]
    filters = [
        ChoiceFilter("adopted", QT_TRANSLATE_NOOP("Pages", "已采用"), lambda s: YES_NO),
        ChoiceFilter("platform_id", QT_TRANSLATE_NOOP("Pages", "站室组"), lambda s: s.platforms.choices()),
    ]

    def service(self) -> CrudService[Any, Any, Any]:
        return self.services.research_reports
