"""政协委员."""

from __future__ import annotations

from typing import Any

from app.services.crud import CrudService
from app.ui.changes import Change
from app.ui.dialogs.member_dialog import MemberDialog
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.models.columns import CENTER, Column
from app.ui.pages.list_page import ChoiceFilter, ListPage


class MembersPage(ListPage):
    key = "members"
    title_text = QT_TRANSLATE_NOOP("Pages", "委员")
    hint_text = QT_TRANSLATE_NOOP("Pages", "政协委员名册")
    search_hint = QT_TRANSLATE_NOOP("Pages", "搜索姓名（可用拼音或首字母，如 zhw）、界别、党派或工作单位")
    dialog = MemberDialog
    changes_kind = Change.MEMBERS
    depends_on = frozenset({Change.MEMBERS, Change.ROSTERS, Change.PLATFORMS})
    print_kinds = ("member",)
    columns = [
        Column("name", QT_TRANSLATE_NOOP("Columns", "姓名"), 90),
        Column("gender", QT_TRANSLATE_NOOP("Columns", "性别"), 50, CENTER),
        Column("sector", QT_TRANSLATE_NOOP("Columns", "界别"), 110),
        Column("party", QT_TRANSLATE_NOOP("Columns", "党派"), 130),
        Column("term", QT_TRANSLATE_NOOP("Columns", "届次"), 60),
        Column("workplace", QT_TRANSLATE_NOOP("Columns", "工作单位及职务"), 300, flex=True),
        Column("phone", QT_TRANSLATE_NOOP("Columns", "联系电话"), 110),
        Column("platform_names", QT_TRANSLATE_NOOP("Columns", "所在站室组"), 200),
    ]
    filters = [
        ChoiceFilter(
            "sector", QT_TRANSLATE_NOOP("Pages", "界别"), lambda s: [(x, x) for x in s.members.sectors()]
        ),
        ChoiceFilter(
            "platform_id",
            QT_TRANSLATE_NOOP("Pages", "站室组"),
            lambda s: s.platforms.name_choices(),
            names=True,
        ),
    ]

    def service(self) -> CrudService[Any, Any, Any]:
        return self.services.members
