"""承办单位: the departments suggestions are handed to."""

from __future__ import annotations

from typing import Any

from app.services.crud import CrudService
from app.ui.changes import Change
from app.ui.dialogs.unit_dialog import UnitDialog
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.models.columns import RIGHT, Column
from app.ui.pages.list_page import ListPage


class UnitsPage(ListPage):
    key = "units"
    title_text = QT_TRANSLATE_NOOP("Pages", "承办单位")
    hint_text = QT_TRANSLATE_NOOP("Pages", "负责办理意见建议的部门")
    search_hint = QT_TRANSLATE_NOOP("Pages", "搜索单位名称或联系人")
    dialog = UnitDialog
    changes_kind = Change.UNITS
    depends_on = frozenset({Change.UNITS, Change.SUGGESTIONS})
    print_kinds = ("reminder",)
    columns = [
        Column("name", QT_TRANSLATE_NOOP("Columns", "单位名称"), 320, flex=True),
        Column("contact", QT_TRANSLATE_NOOP("Columns", "联系人"), 120),
        Column("phone", QT_TRANSLATE_NOOP("Columns", "联系电话"), 160),
        Column("suggestion_count", QT_TRANSLATE_NOOP("Columns", "主办建议数"), 110, RIGHT),
    ]

    def service(self) -> CrudService[Any, Any, Any]:
        return self.services.units
