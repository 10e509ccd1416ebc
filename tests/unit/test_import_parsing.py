"""Reading cells the way clerks write them, and finding the header row and its columns."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.models.enums import (
    MembershipRole,
    PlatformKind,
    ResultClass,
    SessionForm,
    SuggestionState,
    TopicSource,
)
from app.services.ledger_import.headers import (
    detect,
    district_of,
    map_columns,
    match_header,
    platform_in_text,
)
from app.services.ledger_import.model import Formula
from app.services.ledger_import.parsers import (
    ParseError,
    cell_text,
    parse_bool,
    parse_date,
    parse_enum,
    parse_handling,
    parse_int,
    parse_memberships,
    split_names,
    split_numbered,
)
from app.services.ledger_import.reader import row_kind


@pytest.mark.parametrize(
    "value",
    [
        "2023年5月6日",
        "2023.5.6",
        "2023/5/6",
        "2023-05-06",
        "2023-05-06 00:00:00",
        "20230506",
        "２０２３年５月６日",
        "2023 年 5 月 6 日",
        45052,
        45052.0,
        datetime(2023, 5, 6),
        date(2023, 5, 6),
    ],
)
def test_dates_in_every_style(value: object) -> None:
    assert parse_date(value) == date(2023, 5, 6)


@pytest.mark.parametrize("text", ["2024年13月5日", "2024.2.30", "明年春天", "5月6日", "-3"])
def test_impossible_dates_are_named_in_the_message(text: str) -> None:
    with pytest.raises(ParseError) as info:
        parse_date(text)
    assert info.value.message == f"无法识别的日期“{text}”"


def test_numbered_suggestions_in_one_cell() -> None:
    assert split_numbered("1.尽快修复通道出口破损路面；2.增设防滑条和照明") == [
        "尽快修复通道出口破损路面",
        "增设防滑条和照明",
    ]
    assert split_numbered("（1）设置临时停车区;(2)错峰放学。") == ["设置临时停车区", "错峰放学"]
    assert split_numbered("一、规范摊位经营\n二、增加保洁频次") == ["规范摊位经营", "增加保洁频次"]
    assert split_numbered("①推进厕所革命；②完善垃圾收运体系") == ["推进厕所革命", "完善垃圾收运体系"]
    assert split_numbered("建立路灯巡检台账，十日内完成维修") == ["建立路灯巡检台账，十日内完成维修"]
    assert split_numbered(None) == []


@pytest.mark.parametrize(
    ("text", "unit", "state"),
    [
        ("市交通运输局办理中", "市交通运输局", SuggestionState.IN_PROGRESS),
        ("市住房和城乡建设局 已答复", "市住房和城乡建设局", SuggestionState.REPLIED),
        ("市文体旅游广电局已办结", "市文体旅游广电局", SuggestionState.CONCLUDED),
        ("市公安局交通警察支队：已交办", "市公安局交通警察支队", SuggestionState.ASSIGNED),
        ("已办结", None, SuggestionState.CONCLUDED),
        ("城西区人民政府留作参考", "城西区人民政府", SuggestionState.NOT_ADOPTED),
    ],
)
def test_handling_cell_holds_unit_and_state(text: str, unit: str | None, state: SuggestionState) -> None:
    assert parse_handling(text) == (unit, state)


def test_handling_cell_without_a_state_is_an_error() -> None:
    with pytest.raises(ParseError, match="无法从“市水务局正在协调”中识别办理状态"):
        parse_handling("市水务局正在协调")


def test_chinese_values_and_their_other_names() -> None:
    assert parse_enum("委员驿站", PlatformKind) is PlatformKind.STATION
    assert parse_enum("工作室", PlatformKind) is PlatformKind.STUDIO
    assert parse_enum("群众出题", TopicSource) is TopicSource.RESIDENTS
    assert parse_enum("云上协商", SessionForm) is SessionForm.ONLINE
    assert parse_enum("A类", ResultClass) is ResultClass.A
    assert parse_enum("A 解决或采纳", ResultClass) is ResultClass.A
    assert parse_enum("已办结", SuggestionState) is SuggestionState.CONCLUDED
    assert parse_enum(None, SuggestionState) is None
    with pytest.raises(ParseError, match="无法识别的取值“大概办完了”（可填：待交办、已交办"):
        parse_enum("大概办完了", SuggestionState)


def test_numbers_names_flags_and_roles() -> None:
    assert parse_int("12人") == 12 and parse_int(17.0) == 17 and parse_int(None) is None
    with pytest.raises(ParseError, match="应为整数"):
        parse_int("十二")
    assert split_names("何玲、马海云, 刘洋；何玲") == ["何玲", "马海云", "刘洋"]
    assert parse_bool("是") is True and parse_bool("否") is False and parse_bool("√") is True
    assert parse_memberships("城西区胜利路委员驿站（站长）、西门委员工作室") == [
        ("城西区胜利路委员驿站", MembershipRole.HEAD),
        ("西门委员工作室", MembershipRole.MEMBER),
    ]
    assert cell_text(13812345678) == "13812345678" and cell_text(12.0) == "12" and cell_text(" x ") == "x"


def test_header_synonyms() -> None:
    assert match_header("召开时间", "session") == "held_on"
    assert match_header("时间", "session") == "held_on"
    assert match_header("主题", "session") == "topic"
    assert match_header("群众代表（人）", "session") == "resident_count"
    assert match_header("活动时间（年月日）", "session") == "held_on"
    assert match_header("承办单位", "suggestion") == "lead_unit"
    assert match_header("记录编号（勿改）", "suggestion") == "record_id"
    assert match_header("说不清的列", "session") is None


def test_header_row_found_below_a_title_and_a_fill_in_line() -> None:
    rows = [
        ("城西区胜利路委员驿站2024年协商议事活动台账", None, None, None),
        ("填报单位：城西区政协办公室　　填报人：马晓明", None, None, None),
        ("序号", "召开时间", "议题", "办理情况"),
        (1, "2024.2.8", "加装红绿灯", "市交通运输局办理中"),
    ]
    band = detect(rows, "Sheet1")
    assert (band.first, band.last, band.target) == (3, 3, "session")
    assert map_columns(rows[2], "session") == {0: "seq", 1: "held_on", 2: "topic", 3: "handling"}
    empty = detect([("随便写点什么", "没有表头")], "Sheet1")
    assert (empty.last, empty.target) == (0, None)


def test_platform_and_district_read_from_a_title() -> None:
    title = "城西区胜利路委员驿站2024年“有事好商量”协商议事活动台账"
    assert platform_in_text(title) == "城西区胜利路委员驿站"
    assert district_of("城西区胜利路委员驿站") == "城西区"
    assert district_of("大通县桥头镇委员工作室") == "大通县"
    assert platform_in_text("2024年协商议事台账") is None


def test_total_rows_and_notes_are_recognised() -> None:
    assert row_kind(("合计", None, "共15次", Formula("=SUM(H4:H18)"))) == "total"
    assert row_kind((None, None, Formula("=SUM(C4:C9)"), 12)) == "total"
    assert row_kind(("注：本表由驿站联络员填写",)) == "note"
    assert row_kind((None, "", None)) == "empty"
    assert row_kind((1, "2024.2.8", "议题")) is None
