"""站室组: 委员驿站, 委员工作室 and 委员联络组."""

from __future__ import annotations

from typing import Any

from app.models.enums import PlatformKind
from app.services.crud import CrudService
from app.services.language import shown_choices
from app.ui.changes import Change
from app.ui.dialogs.platform_dialog import PlatformDialog
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.models.columns import CENTER, RIGHT, Column
from app.ui.pages.list_page import ChoiceFilter, ListPage


class PlatformsPage(ListPage):
    key = "platforms"
    title_text = QT_TRANSLATE_NOOP("Pages", "站室组")
    hint_text = QT_TRANSLATE_NOOP("Pages", "委员驿站、委员工作室、委员联络组")
    search_hint = QT_TRANSLATE_NOOP("Pages", "搜索名称、县区、乡镇街道、地址或联络人")
    dialog = PlatformDialog
    changes_kind = Change.PLATFORMS
    depends_on = frozenset({Change.PLATFORMS, Change.ROSTERS})
    columns = [
        Column("name", QT_TRANSLATE_NOOP("Columns", "名称"), 250, flex=True),
        Column("kind", QT_TRANSLATE_NOOP("Columns", "类型"), 100),
        Column("district", QT_TRANSLATE_NOOP("Columns", "县区"), 90),
        Column("township", QT_TRANSLATE_NOOP("Columns", "乡镇街道"), 120),
        Column("coordinator", QT_TRANSLATE_NOOP("Columns", "联络人"), 80),
        Column("phone", QT_TRANSLATE_NOOP("Columns", "联系电话"), 120),
        Column("founded_on", QT_TRANSLATE_NOOP("Columns", "成立日期"), 100, CENTER),
        Column("member_count", QT_TRANSLATE_NOOP("Columns", "委员数"), 70, RIGHT),
        Column("active", QT_TRANSLATE_NOOP("Columns", "正常开展"), 80, CENTER),
    ]
    filters = [
        ChoiceFilter("kind", QT_TRANSLATE_NOOP("Pages", "类型"), lambda s: shown_choices(PlatformKind)),
        ChoiceFilter(
            "district",
            QT_TRANSLATE_NOOP("Pages", "县区"),
            lambda s: [(d, d) for d in s.platforms.districts()],
        ),
    ]

    def service(self) -> CrudService[Any, Any, Any]:
        return self.services.platforms
