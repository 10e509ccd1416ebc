"""Office-wide settings: defaults, audited writes by the office only, validation, holiday years."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlmodel import select

from app.models import AuditEntry
from app.models.enums import UserRole
from app.services.actor import Actor
from app.services.errors import ConflictError, PermissionDenied, ValidationError
from app.services.hub import Services
from app.services.office_settings import DutyThresholds, OfficeSettingsService
from app.services.print_settings import PrintSettings
from app.services.workdays import UnknownHolidayYear


def test_defaults(services: Services) -> None:
    settings = services.settings.get()
    assert settings.office_name == "××市政协办公室"
    assert (settings.handling_days, settings.return_window_days, settings.due_soon_days) == (15, 7, 3)
    assert settings.duty == DutyThresholds(4, 2, 2)
    assert settings.holiday_years == {} and settings.versions == {}


def test_writes_are_stored_and_audited(services: Services, db) -> None:
    services.settings.set_office_name("  西宁市政协办公室 ")
    services.settings.set_handling_days(20)
    services.settings.set_duty_thresholds(
        DutyThresholds(min_sessions_attended=6, max_absences=1, min_suggestions=3)
    )
    fresh = OfficeSettingsService(db, services.actor).get()
    assert (fresh.office_name, fresh.handling_days) == ("西宁市政协办公室", 20)
    assert fresh.duty.min_sessions_attended == 6
    with db.session(write=False) as s:
        entries = s.exec(select(AuditEntry).where(AuditEntry.entity == "office_setting")).all()
    assert [e.note for e in entries] == ["单位名称", "办理时限", "履职提醒标准"]
    assert json.loads(entries[0].after) == {"key": "office_name", "value": "西宁市政协办公室"}
    services.settings.set_handling_days(20)  # unchanged: no new audit entry
    with db.session(write=False) as s:
        assert len(s.exec(select(AuditEntry).where(AuditEntry.entity == "office_setting")).all()) == 3


def test_validation_messages(services: Services) -> None:
    with pytest.raises(ValidationError) as info:
        services.settings.set_office_name(" ")
    assert info.value.message == "单位名称不能为空"
    with pytest.raises(ValidationError) as info:
        services.settings.set_handling_days(0)
    assert info.value.message == "办理时限应为 1 到 365 之间的整数"
    with pytest.raises(ValidationError) as info:
        services.settings.set_return_window_days(61)
    assert info.value.message == "退办期限应为 1 到 60 之间的整数"
    with pytest.raises(ValidationError) as info:
        services.settings.set_holiday_year(2027, [date(2026, 12, 31)], [])
    assert info.value.message == "日期 2026-12-31 不在 2027 年内"
    with pytest.raises(ValidationError) as info:
        services.settings.set_holiday_year(2027, [date(2027, 2, 6)], [date(2027, 2, 6)])
    assert info.value.message == "2027-02-06 不能既是节假日又是调休上班日"


def test_only_the_office_may_change_settings(services: Services, db) -> None:
    for role in (UserRole.VIEWER, UserRole.COORDINATOR):
        other = OfficeSettingsService(db, Actor("x", "他人", role))
        with pytest.raises(PermissionDenied) as info:
            other.set_due_soon_days(5)
        assert info.value.message == "只有管理员或办公室工作人员可以修改单位设置。"
        assert other.get().due_soon_days == 3  # reading is open to everyone


def test_lost_update_is_refused(services: Services) -> None:
    saved = services.settings.set_due_soon_days(5)
    version = saved.versions["due_soon_days"]
    services.settings.set_due_soon_days(6, expected_version=version)
    with pytest.raises(ConflictError) as info:
        services.settings.set_due_soon_days(7, expected_version=version)
    assert "到期提醒天数" in info.value.message


def test_holiday_year_feeds_the_calendar(services: Services) -> None:
    with pytest.raises(UnknownHolidayYear):
        services.settings.calendar().is_working_day(date(2027, 1, 1))
    services.settings.set_holiday_year(2027, [date(2027, 1, 1)], [date(2027, 1, 9)])
    calendar = services.settings.calendar()
    assert not calendar.is_working_day(date(2027, 1, 1))
    assert calendar.is_working_day(date(2027, 1, 9))  # a Saturday entered as 调休 working day
    assert list(services.settings.get().holiday_years) == [2027]
    services.settings.remove_holiday_year(2027)
    assert services.settings.get().holiday_years == {}


def test_print_settings_round_trip_and_name_every_wrong_field(services: Services) -> None:
    saved = services.settings.set_printing(
        PrintSettings(
            {"session": " 西政协纪 ", "assignment": "西政协交"},
            " 市委办公室 ",
            {"body": "C:/Fonts/simfang.ttf"},
        )
    )
    assert saved.printing == PrintSettings(
        {"session": "西政协纪", "assignment": "西政协交"}, "市委办公室", {"body": "C:/Fonts/simfang.ttf"}
    )
    with pytest.raises(ValidationError) as caught:
        services.settings.set_printing(
            PrintSettings({"session": "西政协〔2026〕"}, "抄" * 201, {"title": "C:/Fonts/readme.txt"})
        )
    assert set(caught.value.errors) == {"prefix.session", "cc", "font.title"}
    assert services.settings.get().printing == saved.printing  # nothing half-saved


def test_the_office_adds_its_own_value_words(services: Services, db) -> None:
    from app.models.enums import TopicSource
    from app.services.value_words import import_words

    saved = services.settings.set_value_words({"TopicSource": {" 领导交办 ": "party_government"}})
    assert saved.value_words == {"TopicSource": {"领导交办": "party_government"}}
    words = import_words(saved.value_words, {})
    assert words.enum(TopicSource, "领导交办") is TopicSource.PARTY_GOVERNMENT
    assert words.enum(TopicSource, "群众点题") is TopicSource.RESIDENTS  # shipped words still apply
    with pytest.raises(ValidationError, match="不是议题来源的取值"):
        services.settings.set_value_words({"TopicSource": {"上级交办": "nonsense"}})
    with pytest.raises(ValidationError, match="取值类别“Colour”不存在"):
        services.settings.set_value_words({"Colour": {"红": "red"}})
    coordinator = OfficeSettingsService(db, Actor("c", "联络员", UserRole.COORDINATOR))
    with pytest.raises(PermissionDenied):
        coordinator.set_value_words({"TopicSource": {"领导交办": "party_government"}})


def test_every_shipped_word_list_loads_and_names_real_codes() -> None:
    from app.services.value_words import NAMES, codes, shipped_words

    words = shipped_words()
    assert set(words) == set(NAMES)
    for vocabulary, table in words.items():
        allowed = {code for code, _label in codes(vocabulary)}
        assert table and set(table.values()) <= allowed, vocabulary
