"""Office-wide settings kept in the database (table office_setting, one JSON value per key).

Clerks sharing one database share these: the office name printed on documents, the handling time limit,
the 退办 window, the due-soon warning, members' duty thresholds, and holiday arrangements the
chinese_calendar package does not know yet. Reading is open to everyone; only administrators and office
clerks may change them, each change audited in the same transaction.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from app.db.session import Database
from app.messages import msg
from app.models.enums import AuditAction
from app.models.office import OfficeSetting
from app.services import audit, permissions
from app.services.activity_kinds import kind_labels
from app.services.actor import Actor
from app.services.errors import ConflictError
from app.services.office_names import DEFAULT_OFFICE_NAME
from app.services.points_rules import KEY_POINTS, PointsRules, check_points_rules, parse_points_rules
from app.services.print_settings import KEY_PRINT, PrintSettings, check_print_settings, parse_print_settings
from app.services.validation import max_length, raise_if
from app.services.value_words import SHIPPED, VocabularyError, normalize
from app.services.workdays import HolidayYear, WorkCalendar

KEY_OFFICE_NAME = "office_name"
KEY_HANDLING_DAYS = "handling_days"
KEY_RETURN_WINDOW = "return_window_days"
KEY_DUE_SOON = "due_soon_days"
KEY_DUTY = "duty_thresholds"
KEY_ATTACHMENT_LIMIT = "attachment_max_mb"
KEY_VALUE_WORDS = "import_value_words"  # vocabulary → word → code, added to the shipped word lists
HOLIDAY_PREFIX = "holidays."  # one key per year: holidays.2027

MAX_ATTACHMENT_MB = 500


@dataclass(frozen=True)
class DutyThresholds:
    """Yearly minimums and maximums for members' duty (履职); 0 switches a check off."""

    min_sessions_attended: int = 4  # 履职活动 of every kind attended (协商议事 included)
    max_absences: int = 2  # unexcused absences from any kind of 履职活动
    min_suggestions: int = 2
    min_points: int = 0  # 履职积分 (0: not checked)


@dataclass(frozen=True)
class OfficeSettings:
    office_name: str = DEFAULT_OFFICE_NAME
    handling_days: int = 15  # 办理时限, working days after 交办
    return_window_days: int = 7  # 退办 allowed within this many working days after 交办
    due_soon_days: int = 3  # warn this many working days before the deadline
    attachment_max_mb: int = 50  # the largest file that may be attached (kept in the database)
    duty: DutyThresholds = field(default_factory=DutyThresholds)
    holiday_years: dict[int, HolidayYear] = field(default_factory=dict)
    value_words: dict[str, dict[str, str]] = field(default_factory=dict)  # the office's import words
    printing: PrintSettings = field(default_factory=PrintSettings)
    points: PointsRules = field(default_factory=PointsRules)
    # Row version of each stored key, for lost-update checks (absent = never saved).
    versions: dict[str, int] = field(default_factory=dict)

    def calendar(self) -> WorkCalendar:
        """The working-day calendar including the office's own holiday entries."""
        return WorkCalendar(dict(self.holiday_years))

    @property
    def document_prefixes(self) -> dict[str, str]:
        return self.printing.document_prefixes


def load_settings(session: Session) -> OfficeSettings:
    """The settings as stored, with defaults for anything never saved (inside a caller's transaction).

    The stored rows are read each time (a few small ones); what they say is parsed once for each
    different content, as every list page and deadline check asks for the settings."""
    stmt = sa.select(col(OfficeSetting.key), col(OfficeSetting.value), col(OfficeSetting.version))
    return _parsed(tuple(sorted((k, v, n) for k, v, n in session.execute(stmt))))


@lru_cache(maxsize=16)
def _parsed(rows: tuple[tuple[str, str, int], ...]) -> OfficeSettings:
    values = {key: json.loads(value) for key, value, _ in rows}
    versions = {key: version for key, _, version in rows}
    defaults = OfficeSettings()
    years: dict[int, HolidayYear] = {}
    for key, value in values.items():
        if key.startswith(HOLIDAY_PREFIX):
            year = int(key[len(HOLIDAY_PREFIX) :])
            years[year] = HolidayYear(
                year,
                frozenset(date.fromisoformat(d) for d in value.get("holidays", [])),
                frozenset(date.fromisoformat(d) for d in value.get("workdays", [])),
            )
    duty = values.get(KEY_DUTY) or {}
    return OfficeSettings(
        office_name=values.get(KEY_OFFICE_NAME) or defaults.office_name,
        handling_days=int(values.get(KEY_HANDLING_DAYS, defaults.handling_days)),
        return_window_days=int(values.get(KEY_RETURN_WINDOW, defaults.return_window_days)),
        due_soon_days=int(values.get(KEY_DUE_SOON, defaults.due_soon_days)),
        attachment_max_mb=int(values.get(KEY_ATTACHMENT_LIMIT, defaults.attachment_max_mb)),
        duty=DutyThresholds(
            **{k: int(v) for k, v in duty.items() if k in DutyThresholds.__dataclass_fields__}
        ),
        holiday_years=dict(sorted(years.items())),
        value_words=values.get(KEY_VALUE_WORDS) or {},
        printing=parse_print_settings(values.get(KEY_PRINT)),
        points=parse_points_rules(values.get(KEY_POINTS)),
        versions=versions,
    )


class OfficeSettingsService:
    """Typed reads and audited writes of the office settings."""

    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    # -- reading ------------------------------------------------------------------------------
    def get(self) -> OfficeSettings:
        with self.db.session(write=False) as s:
            return load_settings(s)

    def calendar(self) -> WorkCalendar:
        return self.get().calendar()

    # -- writing ------------------------------------------------------------------------------
    def set_office_name(self, name: str, *, expected_version: int | None = None) -> OfficeSettings:
        name = (name or "").strip()
        errors: dict[str, str] = {}
        if not name:
            errors["office_name"] = msg("单位名称不能为空")
        elif len(name) > (limit := max_length("office", "office_name") or 0):
            errors["office_name"] = msg("单位名称过长（最多 {limit} 个字）", limit=limit)
        raise_if(errors)
        return self._store({KEY_OFFICE_NAME: name}, expected_version, "单位名称")

    def set_handling_days(self, days: int, *, expected_version: int | None = None) -> OfficeSettings:
        _check_range("handling_days", msg("办理时限"), days, 1, 365)
        return self._store({KEY_HANDLING_DAYS: days}, expected_version, "办理时限")

    def set_return_window_days(self, days: int, *, expected_version: int | None = None) -> OfficeSettings:
        _check_range("return_window_days", msg("退办期限"), days, 1, 60)
        return self._store({KEY_RETURN_WINDOW: days}, expected_version, "退办期限")

    def set_due_soon_days(self, days: int, *, expected_version: int | None = None) -> OfficeSettings:
        _check_range("due_soon_days", msg("到期提醒天数"), days, 0, 30)
        return self._store({KEY_DUE_SOON: days}, expected_version, "到期提醒天数")

    def set_attachment_max_mb(self, megabytes: int, *, expected_version: int | None = None) -> OfficeSettings:
        _check_range("attachment_max_mb", msg("附件大小上限"), megabytes, 1, MAX_ATTACHMENT_MB)
        return self._store({KEY_ATTACHMENT_LIMIT: megabytes}, expected_version, "附件大小上限")

    def set_duty_thresholds(
        self, thresholds: DutyThresholds, *, expected_version: int | None = None
    ) -> OfficeSettings:
        attended = thresholds.min_sessions_attended
        _check_range("min_sessions_attended", msg("每年最少参加履职活动次数"), attended, 0, 366)
        _check_range("max_absences", msg("每年最多缺席次数"), thresholds.max_absences, 0, 366)
        _check_range("min_suggestions", msg("每年最少提出意见建议条数"), thresholds.min_suggestions, 0, 1000)
        _check_range("min_points", msg("每年最低履职积分"), thresholds.min_points, 0, 10_000)
        return self._store({KEY_DUTY: asdict(thresholds)}, expected_version, "履职提醒标准")

    def set_points_rules(self, rules: PointsRules, *, expected_version: int | None = None) -> OfficeSettings:
        """履职积分 rules and the 履职评价 grades' thresholds."""
        self._require_office()
        with self.db.session(write=False) as s:
            labels = kind_labels(s)
        value = check_points_rules(rules, labels).as_value()
        return self._store({KEY_POINTS: value}, expected_version, "履职积分规则")

    def set_printing(self, printing: PrintSettings, *, expected_version: int | None = None) -> OfficeSettings:
        """发文字号 prefixes, the 抄送 line and the print fonts."""
        value = check_print_settings(printing).as_value()
        return self._store({KEY_PRINT: value}, expected_version, "打印设置")

    def set_holiday_year(
        self,
        year: int,
        holidays: Iterable[date],
        workdays: Iterable[date] = (),
        *,
        expected_version: int | None = None,
    ) -> OfficeSettings:
        """Enter (or correct) one year's 法定节假日 and 调休上班日."""
        days_off, days_on = sorted(set(holidays)), sorted(set(workdays))
        errors: dict[str, str] = {}
        if not 2000 <= year <= 2100:
            errors["year"] = msg("年份应在 2000 年至 2100 年之间")
        else:
            wrong = [d for d in (*days_off, *days_on) if d.year != year]
            if wrong:
                errors["dates"] = msg(
                    "日期 {isoformat} 不在 {year} 年内", isoformat=wrong[0].isoformat(), year=year
                )
            both = sorted(set(days_off) & set(days_on))
            if both:
                errors["workdays"] = msg(
                    "{isoformat} 不能既是节假日又是调休上班日", isoformat=both[0].isoformat()
                )
        raise_if(errors)
        value = {"holidays": [d.isoformat() for d in days_off], "workdays": [d.isoformat() for d in days_on]}
        return self._store({f"{HOLIDAY_PREFIX}{year}": value}, expected_version, f"{year}年节假日安排")

    def set_value_words(
        self, words: dict[str, dict[str, str]], *, expected_version: int | None = None
    ) -> OfficeSettings:
        """The office's own words for coded values in imported ledgers (vocabulary → word → code)."""
        cleaned = {v: {w.strip(): c for w, c in table.items() if w.strip()} for v, table in words.items()}
        try:
            SHIPPED.extended(cleaned, "取值对应")
        except VocabularyError as exc:
            raise_if({"value_words": str(exc)})
        cleaned = {v: dict(sorted(t.items(), key=lambda i: normalize(i[0]))) for v, t in cleaned.items() if t}
        return self._store({KEY_VALUE_WORDS: cleaned}, expected_version, "导入取值对应")

    def remove_holiday_year(self, year: int) -> OfficeSettings:
        """Forget the office's entries for a year (the package's data, if any, applies again)."""
        self._require_office()
        with self.db.session() as s:
            row = s.exec(select(OfficeSetting).where(OfficeSetting.key == f"{HOLIDAY_PREFIX}{year}")).first()
            if row is not None:
                audit.record(
                    s,
                    self.actor,
                    AuditAction.DELETE,
                    "office_setting",
                    row.id,
                    before={"key": row.key, "value": json.loads(row.value)},
                    note=f"{year}年节假日安排",
                )
                s.delete(row)
                s.flush()
            return load_settings(s)

    # -- plumbing -----------------------------------------------------------------------------
    def _require_office(self) -> None:
        permissions.require_change(self.actor, permissions.Area.SETTINGS)

    def _store(self, values: dict[str, Any], expected_version: int | None, what: str) -> OfficeSettings:
        self._require_office()
        with self.db.session() as s:
            for key, value in values.items():
                row = s.exec(select(OfficeSetting).where(OfficeSetting.key == key)).first()
                current = row.version if row is not None else None
                if expected_version is not None and current != expected_version:
                    raise ConflictError(msg("“{what}”已被他人修改，请刷新后重试。", what=what))
                text = json.dumps(value, ensure_ascii=False, sort_keys=True)
                before = {"key": key, "value": json.loads(row.value)} if row is not None else None
                if row is None:
                    row = OfficeSetting(key=key, value=text)
                    s.add(row)
                elif row.value == text:
                    continue
                else:
                    row.value = text
                s.flush()
                audit.record(
                    s,
                    self.actor,
                    AuditAction.CREATE if before is None else AuditAction.UPDATE,
                    "office_setting",
                    row.id,
                    before=before,
                    after={"key": key, "value": value},
                    note=what,
                )
            return load_settings(s)


def _check_range(key: str, label: str, value: int, low: int, high: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise_if({key: msg("{label}应为 {low} 到 {high} 之间的整数", label=label, low=low, high=high)})
