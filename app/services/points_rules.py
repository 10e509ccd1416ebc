"""履职积分 rules the office sets: points per kind of record and per role, a yearly cap per kind, points
deducted for each unexcused absence, and the yearly points each 履职评价 grade needs.

Kinds of record ("categories"): every 履职活动 kind (协商议事 `consultation` included), where a member is
出席 / 召集主持 / 发言 / 无故缺席, and the three written kinds — 意见建议, 社情民意信息, 调研报告 — which a
member 提交 (submits, or writes), which are 被采用 (adopted: result class A for a suggestion) and 获领导批示.
A kind the office adds later and has not given points yet counts with DEFAULT_NEW_KIND. Stored as one
office setting (key `duty_points`); points are whole numbers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.messages import msg
from app.models.enums import PointRole
from app.services import activity_kinds as kinds
from app.services.validation import raise_if

KEY_POINTS = "duty_points"
SUGGESTION = "suggestion"
OPINION = "public_opinion"
RESEARCH_REPORT = "research_report"
WRITTEN_LABELS = {SUGGESTION: "意见建议", OPINION: "社情民意信息", RESEARCH_REPORT: "调研报告"}
ACTIVITY_ROLES = (PointRole.ATTENDED, PointRole.CONVENED, PointRole.SPOKE, PointRole.ABSENT)
WRITTEN_ROLES = (PointRole.SUBMITTED, PointRole.ADOPTED, PointRole.INSTRUCTED)
MAX_POINTS = 100
MAX_CAP = 1000


@dataclass(frozen=True)
class Rule:
    """Points per role (ABSENT: points taken off per unexcused absence) and the most a member earns from
    this kind in a year (0: no cap; deductions are never capped)."""

    points: dict[str, int] = field(default_factory=dict)
    cap: int = 0

    def of(self, role: PointRole) -> int:
        return int(self.points.get(role.value, 0))


@dataclass(frozen=True)
class GradeThresholds:
    """Yearly 履职积分 for each grade (below `basic`: 不称职)."""

    excellent: int = 80
    competent: int = 40
    basic: int = 20


def _rule(attended: int, convened: int, spoke: int, absent: int, cap: int = 0) -> Rule:
    return Rule({"attended": attended, "convened": convened, "spoke": spoke, "absent": absent}, cap)


def _written(submitted: int, adopted: int, instructed: int, cap: int = 0) -> Rule:
    return Rule({"submitted": submitted, "adopted": adopted, "instructed": instructed}, cap)


DEFAULT_NEW_KIND = _rule(2, 3, 1, 2)
DEFAULT_RULES: dict[str, Rule] = {
    kinds.CONSULTATION: _rule(3, 4, 1, 2),
    kinds.SPECIAL_CONSULTATION: _rule(4, 5, 2, 3),
    kinds.DEMOCRATIC_SUPERVISION: _rule(4, 5, 1, 3),
    kinds.INSPECTION: _rule(3, 4, 1, 2),
    kinds.RESEARCH: _rule(3, 4, 1, 2),
    kinds.LECTURE: _rule(1, 5, 0, 0, cap=10),
    kinds.VISIT: _rule(2, 2, 0, 0, cap=20),
    kinds.PLENARY: _rule(4, 0, 3, 5),
    kinds.STANDING_COMMITTEE: _rule(3, 0, 2, 3),
    SUGGESTION: _written(2, 3, 5),
    OPINION: _written(2, 4, 6),
    RESEARCH_REPORT: _written(5, 5, 8),
}


@dataclass(frozen=True)
class PointsRules:
    rules: dict[str, Rule] = field(default_factory=lambda: dict(DEFAULT_RULES))
    grades: GradeThresholds = field(default_factory=GradeThresholds)

    def rule(self, category: str) -> Rule:
        found = self.rules.get(category)
        if found is not None:
            return found
        return Rule() if category in WRITTEN_LABELS else DEFAULT_NEW_KIND

    def points(self, category: str, role: PointRole) -> int:
        return self.rule(category).of(role)

    def as_value(self) -> dict[str, Any]:
        return {
            "rules": {k: {"points": dict(r.points), "cap": r.cap} for k, r in sorted(self.rules.items())},
            "grades": {"excellent": self.grades.excellent, "competent": self.grades.competent,
                       "basic": self.grades.basic},
        }  # fmt: skip


def roles_of(category: str) -> tuple[PointRole, ...]:
    return WRITTEN_ROLES if category in WRITTEN_LABELS else ACTIVITY_ROLES


def parse_points_rules(value: Any) -> PointsRules:
    """The stored rules, defaults filling in anything never saved (and any kind saved before it existed)."""
    if not isinstance(value, dict):
        return PointsRules()
    rules = dict(DEFAULT_RULES)
    for category, item in (value.get("rules") or {}).items():
        if not isinstance(item, dict):
            continue
        allowed = {r.value for r in roles_of(str(category))}
        points = {str(k): int(v) for k, v in (item.get("points") or {}).items() if str(k) in allowed}
        rules[str(category)] = Rule(points, int(item.get("cap") or 0))
    g = value.get("grades") or {}
    defaults = GradeThresholds()
    grades = GradeThresholds(
        int(g.get("excellent", defaults.excellent)),
        int(g.get("competent", defaults.competent)),
        int(g.get("basic", defaults.basic)),
    )
    return PointsRules(rules, grades)


def check_points_rules(rules: PointsRules, labels: dict[str, str]) -> PointsRules:
    """The rules if every number is sensible, else a ValidationError naming each wrong one."""
    errors: dict[str, str] = {}
    names = {**labels, **WRITTEN_LABELS}
    for category, rule in rules.rules.items():
        name = names.get(category)
        if name is None:
            errors[f"{category}.kind"] = msg("没有代码为“{category}”的履职活动类型", category=category)
            continue
        for role in roles_of(category):
            value = rule.points.get(role.value, 0)
            if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_POINTS:
                errors[f"{category}.{role.value}"] = msg(
                    "{name}“{label}”的分值应为 0 到 {max_points} 的整数",
                    name=name,
                    label=role.label,
                    max_points=MAX_POINTS,
                )
        if isinstance(rule.cap, bool) or not isinstance(rule.cap, int) or not 0 <= rule.cap <= MAX_CAP:
            errors[f"{category}.cap"] = msg(
                "{name}的每年积分上限应为 0 到 {max_cap} 的整数（0 表示不设上限）", name=name, max_cap=MAX_CAP
            )
    g = rules.grades
    if not all(isinstance(v, int) and 0 <= v <= 10_000 for v in (g.excellent, g.competent, g.basic)):
        errors["grades"] = msg("评价等次的分数线应为 0 到 10000 的整数")
    elif not g.excellent > g.competent > g.basic:
        errors["grades"] = msg("分数线应依次降低：优秀高于称职，称职高于基本称职")
    raise_if(errors)
    return rules
