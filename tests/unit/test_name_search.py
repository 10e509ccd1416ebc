"""Names found as people type them: characters, full pinyin, initials, in 姓氏笔画 order, everywhere."""

from __future__ import annotations

import pytest

from app.models import HandlingUnitCreate, MemberCreate, PlatformCreate
from app.models.enums import PlatformKind
from app.models.platforms import PlatformUpdate
from app.services.hub import Services
from app.services.listing import ListQuery
from app.services.names import matches, search_key, stroke_key
from app.services.validation import build

NAMES = ["张宏伟", "王志忠", "汪子轩", "曾小明", "李四", "王飞"]


@pytest.fixture
def members(services: Services) -> dict[str, object]:
    made = {}
    for name in NAMES:
        made[name] = services.members.create(MemberCreate(name=name, sector="教育界")).id
    return made


def test_the_key_has_full_pinyin_and_initials_from_every_character() -> None:
    key = search_key("张宏伟").split()
    assert key == ["zhanghongwei", "zhw", "hongwei", "hw", "wei", "w"]
    assert "zengxiaoming" in search_key("曾小明").split()  # a surname's other reading
    assert "lvbu" in search_key("吕布").split()  # ü typed as v
    assert search_key("5G创新工作室").split()[:2] == ["5gchuangxingongzuoshi", "5gcxgzs"]


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("zhw", True),
        ("zhang", True),
        ("hongwei", True),
        ("宏伟", True),
        ("ZHW", True),
        ("an", False),
        ("zw", False),
    ],
)
def test_a_typed_word_finds_a_name_by_the_one_rule(typed: str, found: bool) -> None:
    assert matches(typed, "张宏伟（教育界）", search_key("张宏伟")) is found


def test_member_lists_find_pinyin_and_initials(services: Services, members: dict[str, object]) -> None:
    def names(text: str) -> list[str]:
        return [r["name"] for r in services.members.list(ListQuery(search=text)).rows]

    assert names("zhw") == ["张宏伟"]
    # 姓氏笔画 order: 王 (4 strokes) before 汪 (7); 王飞 (飞 3 strokes) before 王志忠
    assert names("wang") == ["王飞", "王志忠", "汪子轩"]
    assert names("wzz") == ["王志忠"]
    assert names("wzx") == ["汪子轩"]
    assert names("zeng") == ["曾小明"]
    assert len(names("教育")) == len(NAMES)  # characters still find the sector


def test_choices_come_in_stroke_order_with_their_keys(services: Services, members: dict[str, object]) -> None:
    choices = services.members.name_choices()
    labels = [c.label.split("（")[0] for c in choices]
    assert labels == sorted(NAMES, key=stroke_key)
    assert all(c.key == search_key(c.label.split("（")[0]) for c in choices)


def test_units_and_platforms_have_keys_kept_on_rename(services: Services) -> None:
    unit = services.units.create(HandlingUnitCreate(name="市住房和城乡建设局"))
    platform = services.platforms.create(
        build(PlatformCreate, kind=PlatformKind.STATION, name="城西区胜利路街道委员驿站", district="城西区")
    )
    assert [c.label for c in services.units.name_choices() if matches("zfhcx", c.label, c.key)] == [unit.name]
    assert [r["name"] for r in services.platforms.list(ListQuery(search="slljd")).rows] == [platform.name]
    services.platforms.update(platform.id, PlatformUpdate(name="城东区委员驿站"))
    assert services.platforms.list(ListQuery(search="slljd")).rows == []
    assert [r["name"] for r in services.platforms.list(ListQuery(search="cdq")).rows] == ["城东区委员驿站"]


def test_search_finds_members_by_name_and_pinyin(services: Services, members: dict[str, object]) -> None:
    found = services.search.find("zhw", kinds=("member",))
    assert (found.total, [h.title for h in found.hits]) == (1, ["张宏伟"])
    hit = found.hits[0]
    assert (hit.kind, hit.kind_label) == ("member", "委员")
    both = services.search.find("wang", kinds=("member", "session", "suggestion"))
    assert [h.title for h in both.hits] == ["王飞", "王志忠", "汪子轩"]


def test_members_list_names_their_platforms(services: Services, members: dict[str, object]) -> None:
    east = services.platforms.create(
        build(PlatformCreate, kind="station", name="东关驿站", district="城东区")
    )
    west = services.platforms.create(
        build(PlatformCreate, kind="station", name="西门驿站", district="城西区")
    )
    member_id = members["张宏伟"]
    services.rosters.add_member(west.id, member_id)  # type: ignore[arg-type]
    services.rosters.add_member(east.id, member_id)  # type: ignore[arg-type]
    row = next(r for r in services.members.list(ListQuery(search="张宏伟")).rows)
    assert row["platform_names"] == "、".join(sorted(["东关驿站", "西门驿站"], key=stroke_key))
