"""政协委员."""

from __future__ import annotations

from typing import Any

from app.services.crud import CrudService
from app.ui.dialogs.member_dialog import MemberDialog
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.models.columns import CENTER, RIGHT, Column
from app.ui.pages.list_page import ChoiceFilter, ListPage


class MembersPage(ListPage):
    key = "members"
    title_text = QT_TRANSLATE_NOOP("Pages", "委员")
    hint_text = QT_TRANSLATE_NOOP("Pages", "政协委员名册")
    search_hint = QT_TRANSLATE_NOOP("Pages", "搜索姓名、界别、党派或工作单位")
    dialog = MemberDialog
    print_kinds = ("member",)
    columns = [
        Column("name", QT_TRANSLATE_NOOP("Columns", "姓名"), 90),
        Column("gender", QT_TRANSLATE_NOOP("Columns", "性别"), 50, CENTER),
        Column("sector", QT_TRANSLATE_NOOP("Columns", "界别"), 140),
        Column("party", QT_TRANSLATE_NOOP("Columns", "党派"), 150),
        Column("term", QT_TRANSLATE_NOOP("Columns", "届次"), 70),
        Column("workplace", QT_TRANSLATE_NOOP("Columns", "工作单位及职务"), 300, flex=True),
        Column("phone", QT_TRANSLATE_NOOP("Columns", "联系电话"), 120),
        Column("platform_count", QT_TRANSLATE_NOOP("Columns", "所在站室组"), 90, RIGHT),
    ]
    filters = [
        ChoiceFilter(
            "sector", QT_TRANSLATE_NOOP("Pages", "界别"), lambda s: [(x, x) for x in s.members.sectors()]
        ),
        ChoiceFilter("platform_id", QT_TRANSLATE_NOOP("Pages", "站室组"), lambda s: s.platforms.choices()),
    ]

    def service(self) -> CrudService[Any, Any, Any]:
        return self.services.members
