"""The one source of every figure in the product: dashboard, Excel 统计 sheet, PDF summary, `stats --json`.

`compute(session, scope, today)` returns a dict with stable snake_case keys (see FIGURE_KEYS in
statistics_text for the Chinese name of each). Suggestions count when raised (raised_on) in the period,
sessions when held (held_on); archived records never count. The figures of topics, 履职活动 of every
kind, reports, 社情民意信息 and 批示 on any record come from statistics_cycle (merged in, same scope).
The work is a handful of grouped queries over covering indexes (migration 0002): one pass over the
suggestions, one over the sessions, one over attendance, plus small ones; about a second for all of a
100,000-session database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from app.db.session import Database
from app.models._base import table_of
from app.models.enums import (
    AttendanceStatus,
    PlatformKind,
    QualityRating,
    ResultClass,
    Satisfaction,
    SessionForm,
    SessionState,
    SuggestionCategory,
    SuggestionState,
    TopicSource,
)
from app.models.members import Member
from app.models.platforms import Platform, PlatformMembership
from app.models.sessions import ConsultationSession, SessionAttendance
from app.models.suggestions import (
    CHASE_KINDS,
    FollowUpEvent,
    LeaderInstruction,
    Suggestion,
    chase_kinds_clause,
)
from app.services import permissions, rosters
from app.services.actor import Actor
from app.services.deadlines import Deadlines, deadlines_for
from app.services.scope import Scope
from app.services.statistics_cycle import cycle_figures
from app.services.statistics_text import draft_paragraph

PL = table_of(Platform).c
ME = table_of(Member).c
PM = table_of(PlatformMembership).c
CS = table_of(ConsultationSession).c
AT = table_of(SessionAttendance).c
SG = table_of(Suggestion).c
LI = table_of(LeaderInstruction).c
FE = table_of(FollowUpEvent).c

_HANDED_OUT = (
    SuggestionState.ASSIGNED.value,
    SuggestionState.IN_PROGRESS.value,
    SuggestionState.REPLIED.value,
    SuggestionState.CONCLUDED.value,
)
_SATISFIED = (Satisfaction.SATISFIED.value, Satisfaction.BASICALLY.value)
ASPECTS = {"before": SG.eval_before, "during": SG.eval_during, "after": SG.eval_after}

__all__ = ["StatisticsService", "compute", "draft_paragraph", "rate"]


def rate(part: int, whole: int) -> float | None:
    """A percentage with one decimal, or None when there is nothing to divide by."""
    return round(100.0 * part / whole, 1) if whole else None


@dataclass
class StatisticsService:
    db: Database
    actor: Actor

    def summary(self, scope: Scope | None = None, *, today: date | None = None) -> dict[str, Any]:
        """The figures of `scope`, counting only what the actor may see (a coordinator: their platforms)."""
        scope = permissions.restrict(self.actor, scope)
        with self.db.session(write=False) as s:
            return compute(s, scope, today or date.today())

    def draft_paragraph(self, figures: dict[str, Any]) -> str:
        return draft_paragraph(figures)


def _count(session: Session, table: Any, *where: Any) -> int:
    return int(session.execute(sa.select(sa.func.count()).select_from(table).where(*where)).scalar_one())


def _n(cond: Any) -> Any:
    return sa.func.count().filter(cond)


def _suggestion_counts(rules: Deadlines) -> dict[str, Any]:
    """Labelled FILTER counts evaluated in the one pass over the suggestions."""
    counts: dict[str, Any] = {"total": sa.func.count()}
    counts |= {f"state:{m.value}": _n(SG.state == m.value) for m in SuggestionState}
    counts |= {f"result:{m.value}": _n(SG.result_class == m.value) for m in ResultClass}
    counts |= {f"category:{m.value}": _n(SG.category == m.value) for m in SuggestionCategory}
    counts |= {f"quality:{m.value}": _n(SG.quality_rating == m.value) for m in QualityRating}
    for aspect, column in ASPECTS.items():
        counts |= {f"{aspect}:{m.value}": _n(column == m.value) for m in Satisfaction}
    on_time = sa.and_(
        SG.state == SuggestionState.CONCLUDED.value,
        SG.due_on.is_not(None),
        sa.func.coalesce(SG.replied_on, SG.concluded_on) <= SG.due_on,
    )
    inspection_sessions = sa.select(CS.id).where(
        CS.form == SessionForm.INSPECTION.value, CS.archived_at.is_(None)
    )
    counts |= {
        "handed_out": _n(SG.state.in_(_HANDED_OUT)),
        "on_time": _n(on_time),
        "replied": _n(SG.replied_on.is_not(None)),
        "returned": _n(SG.returned_on.is_not(None)),
        "problems": _n(SG.reflects_problem.is_(True)),
        "overdue": _n(rules.overdue_clause()),
        "due_soon": _n(rules.due_soon_clause()),
        "inspection": _n(SG.session_id.in_(inspection_sessions)),
        "from_sessions": sa.func.count(SG.session_id),  # raised at a 协商议事活动 (statistics_cycle)
    }
    return counts


def _session_counts() -> dict[str, Any]:
    counts: dict[str, Any] = {"total": sa.func.count()}
    counts |= {f"state:{m.value}": _n(CS.state == m.value) for m in SessionState}
    counts |= {f"form:{m.value}": _n(CS.form == m.value) for m in SessionForm}
    counts |= {f"source:{m.value}": _n(CS.topic_source == m.value) for m in TopicSource}
    held = CS.state != SessionState.PLANNED.value
    counts |= {f"held_form:{m.value}": _n(sa.and_(held, CS.form == m.value)) for m in SessionForm}
    counts |= {f"held_source:{m.value}": _n(sa.and_(held, CS.topic_source == m.value)) for m in TopicSource}
    return counts


def _per_platform(
    session: Session, counts: dict[str, Any], platform: Any, where: list[Any]
) -> dict[Any, dict]:
    """{platform_id: {label: count}} from one grouped pass."""
    stmt = sa.select(platform, *(c.label(f"c{i}") for i, c in enumerate(counts.values())))
    stmt = stmt.where(*where).group_by(platform)
    out: dict[Any, dict[str, int]] = {}
    for row in session.execute(stmt).all():
        out[row[0]] = {key: int(v or 0) for key, v in zip(counts, row[1:], strict=True)}
    return out


def _total(rows: dict[Any, dict[str, int]], key: str) -> int:
    return sum(r[key] for r in rows.values())


def _group(rows: dict[Any, dict[str, int]], prefix: str, enum_cls: Any) -> dict[str, int]:
    return {m.value: _total(rows, f"{prefix}:{m.value}") for m in enum_cls}


def compute(session: Session, scope: Scope, today: date) -> dict[str, Any]:
    rules = deadlines_for(session, today)
    settings = rules.settings

    # Platforms (not bound to the period: the standing network), with kind and district for grouping.
    platform_rows = session.execute(
        sa.select(PL.id, PL.name, PL.kind, PL.district, PL.active, PL.archived_at)
    ).all()
    platform_info = {r.id: r for r in platform_rows}
    in_scope = [
        r for r in platform_rows if r.archived_at is None and scope.includes_platform(r.id, r.district)
    ]
    by_kind = {k.value: sum(1 for r in in_scope if _value(r.kind) == k.value) for k in PlatformKind}
    member_where: list[Any] = [ME.archived_at.is_(None)]
    if scope.narrowed:
        member_where.append(ME.id.in_(rosters.members_in(scope, today)))
    members = _count(session, table_of(Member), *member_where)

    # Sessions held in the period: one pass grouped by platform.
    session_where = [
        CS.archived_at.is_(None),
        *scope.period_clauses(CS.held_on),
        *scope.platform_clauses(CS.platform_id),
    ]
    sess = _per_platform(session, _session_counts(), CS.platform_id, session_where)
    sessions_by_state = _group(sess, "state", SessionState)
    sessions_total = _total(sess, "total")
    held_where = [*session_where, CS.state != SessionState.PLANNED.value]

    # Suggestions raised in the period: one pass grouped by platform.
    sugg_where = [
        SG.archived_at.is_(None),
        *scope.period_clauses(SG.raised_on),
        *scope.platform_clauses(SG.platform_id),
    ]
    sugg = _per_platform(session, _suggestion_counts(rules), SG.platform_id, sugg_where)
    suggestions_total = _total(sugg, "total")
    concluded = _total(sugg, f"state:{SuggestionState.CONCLUDED.value}")
    handed_out = _total(sugg, "handed_out")
    on_time = _total(sugg, "on_time")
    problems = _total(sugg, "problems")
    aspects = {a: _group(sugg, a, Satisfaction) for a in ASPECTS}
    evaluated = sum(aspects["after"].values())
    satisfied = sum(aspects["after"][v] for v in _SATISFIED)

    # Members' participation in the period's sessions.
    sessions_in_scope = sa.select(CS.id).where(*session_where)
    present = AT.status == AttendanceStatus.PRESENT.value
    att_row = session.execute(
        sa.select(
            *(_n(AT.status == m.value) for m in AttendanceStatus),
            sa.func.count(sa.distinct(AT.member_id)).filter(present),
        ).where(AT.session_id.in_(sessions_in_scope))
    ).one()
    attendance = {m.value: int(n or 0) for m, n in zip(AttendanceStatus, att_row[:-1], strict=True)}
    attending = int(att_row[-1] or 0)
    raising = int(
        session.execute(sa.select(sa.func.count(sa.distinct(SG.proposer_id))).where(*sugg_where)).scalar_one()
    )
    expected = sum(attendance.values())

    _on_suggestions, instructed = _instructions(session, scope)
    sessions_held = sessions_total - sessions_by_state[SessionState.PLANNED.value]
    cycle = cycle_figures(session, scope, today, sessions_held, _total(sugg, "from_sessions"))
    figures: dict[str, Any] = {
        "scope": scope.as_dict(),
        "as_of": today.isoformat(),
        "platforms": len(in_scope),
        "platforms_active": sum(1 for r in in_scope if r.active),
        "platforms_by_kind": by_kind,
        "members": members,
        "sessions": sessions_total,
        "sessions_held": sessions_held,
        "sessions_by_state": sessions_by_state,
        "sessions_by_form": _group(sess, "form", SessionForm),
        "sessions_by_topic_source": _group(sess, "source", TopicSource),
        "sessions_by_platform_kind": _by_attribute(
            sess, platform_info, "kind", [k.value for k in PlatformKind]
        ),
        "suggestions": suggestions_total,
        "suggestions_by_state": _group(sugg, "state", SuggestionState),
        "suggestions_by_result_class": _group(sugg, "result", ResultClass),
        "suggestions_by_category": _group(sugg, "category", SuggestionCategory),
        "suggestions_handed_out": handed_out,
        "suggestions_replied": _total(sugg, "replied"),
        "suggestions_concluded": concluded,
        "suggestions_concluded_on_time": on_time,
        "concluded_rate": rate(concluded, handed_out),
        "on_time_rate": rate(on_time, concluded),
        "evaluated": evaluated,
        "satisfied": satisfied,
        "satisfaction_rate": rate(satisfied, evaluated),
        "full_satisfaction_rate": rate(aspects["after"][Satisfaction.SATISFIED.value], evaluated),
        # 批示 on every kind of record (suggestions, sessions, 履职活动, 专报, 调研报告, 社情民意信息).
        "leader_instructions": sum(cycle["leader_instructions_by_subject"].values()),
        "problem_suggestions": problems,
        "problem_share": rate(problems, suggestions_total),
        "overdue": _total(sugg, "overdue"),
        "attendance": attendance,
        "members_attending": attending,
        "attendance_rate": rate(attendance[AttendanceStatus.PRESENT.value], expected),
        "member_participation_rate": rate(attending, members),
        "sessions_by_month": _by_month(session, CS.held_on, held_where),
        "suggestions_by_month": _by_month(session, SG.raised_on, sugg_where),
        "sessions_by_platform": _sessions_by_platform(sess, platform_info),
        # Added with the follow-up workflow (issue 3).
        "due_soon": _total(sugg, "due_soon"),
        "due_soon_days": settings.due_soon_days,
        "suggestions_returned": _total(sugg, "returned"),
        "suggestions_with_instructions": instructed,
        "inspection_suggestions": _total(sugg, "inspection"),
        "evaluations_by_aspect": aspects,
        "satisfaction_rate_by_aspect": {
            a: rate(sum(c[v] for v in _SATISFIED), sum(c.values())) for a, c in aspects.items()
        },
        "quality_ratings": _group(sugg, "quality", QualityRating),
        "follow_up_events": _follow_ups(session, scope),
        "members_raising_suggestions": raising,
        "sessions_held_by_form": _group(sess, "held_form", SessionForm),
        "sessions_held_by_topic_source": _group(sess, "held_source", TopicSource),
        "sessions_by_district": _by_attribute(sess, platform_info, "district"),
        "suggestions_by_district": _by_attribute(sugg, platform_info, "district"),
        "platform_table": _platform_table(sess, sugg, in_scope, platform_info),
        # Added with the whole consultation cycle and every kind of duty (issue 16).
        **cycle,
    }
    return figures


def _value(v: Any) -> str:
    return str(getattr(v, "value", v))


def _suggestions_of(scope: Scope) -> Any:
    """Ids of the suggestions (archived ones too) of the scope's platforms."""
    return sa.select(SG.id).where(*scope.platform_clauses(SG.platform_id))


def _instructions(session: Session, scope: Scope) -> tuple[int, int]:
    """领导批示 件次 given in the period on suggestions in scope, and how many suggestions got one."""
    where: list[Any] = [LI.suggestion_id.is_not(None), *scope.period_clauses(LI.given_on)]
    if scope.narrowed:
        where.append(LI.suggestion_id.in_(_suggestions_of(scope)))
    row = session.execute(
        sa.select(sa.func.count(), sa.func.count(sa.distinct(LI.suggestion_id)))
        .select_from(table_of(LeaderInstruction))
        .where(*where)
    ).one()
    return int(row[0]), int(row[1])


def _follow_ups(session: Session, scope: Scope) -> dict[str, int]:
    """催办, 督办 and 电话沟通 recorded in the period on suggestions in scope."""
    where: list[Any] = [
        chase_kinds_clause(FE.kind),  # the partial index ix_follow_up_event_kind_day
        *scope.period_clauses(FE.happened_on),
    ]
    if scope.narrowed:
        where.append(FE.suggestion_id.in_(_suggestions_of(scope)))
    stmt = sa.select(FE.kind, sa.func.count()).where(*where).group_by(FE.kind)
    counts = {_value(k): int(n) for k, n in session.execute(stmt).all()}
    return {k.value: counts.get(k.value, 0) for k in CHASE_KINDS}


def _by_attribute(
    rows: dict[Any, dict[str, int]], platforms: dict[Any, Any], attribute: str, keys: list[str] | None = None
) -> dict[str, int]:
    out: dict[str, int] = dict.fromkeys(keys or [], 0)
    for platform_id, counts in rows.items():
        info = platforms.get(platform_id)
        key = _value(getattr(info, attribute)) if info is not None else "未知"
        out[key] = out.get(key, 0) + counts["total"]
    return out if keys else dict(sorted(out.items(), key=lambda kv: (-kv[1], kv[0])))


def _sessions_by_platform(rows: dict[Any, dict[str, int]], platforms: dict[Any, Any]) -> list[dict[str, Any]]:
    out = []
    for pid, counts in rows.items():
        info = platforms.get(pid)
        if info is None or not counts["total"]:
            continue
        out.append(
            {
                "platform_id": str(pid),
                "name": info.name,
                "kind": _value(info.kind),
                "district": info.district,
                "sessions": counts["total"],
            }
        )
    return sorted(out, key=lambda r: (-r["sessions"], r["name"]))


def _platform_table(
    sess: dict[Any, dict[str, int]],
    sugg: dict[Any, dict[str, int]],
    in_scope: list[Any],
    platforms: dict[Any, Any],
) -> list[dict[str, Any]]:
    """One row per platform in scope (and any other with records in it): sessions and handling rates."""
    ids = [r.id for r in in_scope] + [pid for pid in (*sess, *sugg) if pid is not None]
    out = []
    for pid in dict.fromkeys(ids):
        info = platforms.get(pid)
        if info is None:
            continue
        s = sess.get(pid, {})
        g = sugg.get(pid, {})
        handed = g.get("handed_out", 0)
        done = g.get(f"state:{SuggestionState.CONCLUDED.value}", 0)
        evaluated = sum(g.get(f"after:{v.value}", 0) for v in Satisfaction)
        happy = sum(g.get(f"after:{v}", 0) for v in _SATISFIED)
        out.append(
            {
                "platform_id": str(pid),
                "name": info.name,
                "kind": _value(info.kind),
                "district": info.district,
                "sessions": s.get("total", 0),
                "sessions_held": s.get("total", 0) - s.get(f"state:{SessionState.PLANNED.value}", 0),
                "suggestions": g.get("total", 0),
                "handed_out": handed,
                "concluded": done,
                "concluded_on_time": g.get("on_time", 0),
                "concluded_rate": rate(done, handed),
                "on_time_rate": rate(g.get("on_time", 0), done),
                "overdue": g.get("overdue", 0),
                "evaluated": evaluated,
                "satisfied": happy,
                "satisfaction_rate": rate(happy, evaluated),
            }
        )
    return sorted(out, key=lambda r: (r["district"], r["kind"], r["name"]))


def _by_month(session: Session, column: Any, where: list[Any]) -> dict[str, int]:
    """Counts per calendar month, keyed YYYY-MM, in order (portable: grouping done here, not in SQL)."""
    counts: dict[str, int] = {}
    stmt = sa.select(column, sa.func.count()).where(*where).group_by(column)
    for day, n in session.execute(stmt).all():
        if day is None:
            continue
        key = f"{day.year:04d}-{day.month:02d}"
        counts[key] = counts.get(key, 0) + int(n)
    return dict(sorted(counts.items()))
