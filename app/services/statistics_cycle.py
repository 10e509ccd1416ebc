"""The figures of the whole consultation cycle and of every kind of duty, for the same period and scope as
the rest of statistics.compute (which merges them into its dict; the keys are stable):

- activities_by_kind: 履职活动 held in the period by kind code, every kind present (0 when none);
  `consultation` is the 协商议事 sessions held (sessions_held); activities_held is their total.
- activity_suggestions_by_kind: suggestions raised in the period by the kind of record they came from.
- inspections_by_type, activity_attendance (member attendance at 履职活动, 人次).
- research_reports, research_reports_adopted: 调研报告 written (written_on) in the period.
- public_opinion: submitted (submitted_on in the period), adopted, issued, instructed (at least one 批示),
  problems and problem_share (反映问题类, percent of submitted).
- topics: collected (collected_on in the period), confirmed and declined (decided_on in the period);
  planned (confirmed, planned month in the period), held and overdue among the planned
  (app.services.plan), so a year's figures are exactly its plan view's.
- results_reported: 协商专报 sent (issued_on) in the period.
- outcomes_by_kind: 成果转化 achieved in the period (a record without its date counts on its session's,
  activity's or 专报's date).
- residents_informed, not_public: sessions and activities held in the period whose residents were told
  (反馈群众), and those marked not public.
- leader_instructions_by_subject: 批示 件次 given in the period, by the kind of record instructed on.
- activity_kind_labels: the Chinese name of every kind code (for tables and the 统计 sheet).

Office-level records (no 站室组) count for the whole office, not for a platform's or district's scope.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from app.models._base import table_of
from app.models.activities import ActivityAttendance, DutyActivity
from app.models.enums import ActivityState, AttendanceStatus, InspectionKind, OutcomeKind, SessionState
from app.models.opinions import PublicOpinion
from app.models.reports import ResearchReport, ResultOutcome, ResultsReport
from app.models.sessions import ConsultationSession
from app.models.suggestions import LeaderInstruction, Suggestion
from app.models.topics import Topic
from app.services import activity_kinds, plan
from app.services.scope import Scope
from app.services.subjects import SUBJECTS

DA = table_of(DutyActivity).c
AA = table_of(ActivityAttendance).c
CS = table_of(ConsultationSession).c
SG = table_of(Suggestion).c
RR = table_of(ResearchReport).c
RP = table_of(ResultsReport).c
RO = table_of(ResultOutcome).c
PO = table_of(PublicOpinion).c
TP = table_of(Topic).c
LI = table_of(LeaderInstruction).c


def rate(part: int, whole: int) -> float | None:
    return round(100.0 * part / whole, 1) if whole else None


def _n(cond: Any) -> Any:
    return sa.func.count().filter(cond)


def _where(scope: Scope, table: Any, day: Any) -> list[Any]:
    return [
        table.archived_at.is_(None),
        *scope.period_clauses(day),
        *scope.platform_clauses(table.platform_id),
    ]


def cycle_figures(
    s: Session, scope: Scope, today: date, sessions_held: int, suggestions_from_sessions: int
) -> dict[str, Any]:
    """The cycle's figures; `sessions_held` and `suggestions_from_sessions` (raised in the period at a
    协商议事活动) come from statistics' passes over the sessions and the suggestions."""
    labels = activity_kinds.kind_labels(s)
    held = [*_where(scope, DA, DA.held_on), DA.state == ActivityState.HELD.value]
    by_kind = dict.fromkeys(labels, 0)
    for kind, n in s.execute(sa.select(DA.kind, sa.func.count()).where(*held).group_by(DA.kind)):
        by_kind[kind] = by_kind.get(kind, 0) + int(n)
    by_kind[activity_kinds.CONSULTATION] = sessions_held
    inspections = dict(
        s.execute(
            sa.select(DA.inspection_kind, sa.func.count()).where(*held).group_by(DA.inspection_kind)
        ).all()
    )
    attendance_row = s.execute(
        sa.select(*(_n(AA.status == m.value) for m in AttendanceStatus)).where(
            AA.activity_id.in_(sa.select(DA.id).where(*held))
        )
    ).one()

    raised = _where(scope, SG, SG.raised_on)
    from_activities = dict.fromkeys(labels, 0)
    for kind, n in s.execute(
        sa.select(DA.kind, sa.func.count())
        .select_from(table_of(Suggestion))
        .join(table_of(DutyActivity), DA.id == SG.activity_id)
        .where(*raised)
        .group_by(DA.kind)
    ):
        from_activities[kind] = from_activities.get(kind, 0) + int(n)
    from_activities[activity_kinds.CONSULTATION] = suggestions_from_sessions

    return {
        "activities_by_kind": by_kind,
        "activities_held": sum(by_kind.values()),
        "activity_suggestions_by_kind": from_activities,
        "inspections_by_type": {k.value: int(inspections.get(k.value, 0)) for k in InspectionKind},
        "activity_attendance": {
            m.value: int(n or 0) for m, n in zip(AttendanceStatus, attendance_row, strict=True)
        },
        **_reports(s, scope),
        "public_opinion": _opinions(s, scope),
        "topics": _topics(s, scope, today),
        "outcomes_by_kind": _outcomes(s, scope),
        **_feedback(s, scope),
        "leader_instructions_by_subject": _instructions(s, scope),
        "activity_kind_labels": labels,
    }


def _reports(s: Session, scope: Scope) -> dict[str, int]:
    research = s.execute(
        sa.select(sa.func.count(), _n(RR.adopted_on.is_not(None))).where(*_where(scope, RR, RR.written_on))
    ).one()
    reported = s.execute(sa.select(sa.func.count()).where(*_where(scope, RP, RP.issued_on))).scalar_one()
    return {
        "research_reports": int(research[0]),
        "research_reports_adopted": int(research[1] or 0),
        "results_reported": int(reported),
    }


def _opinions(s: Session, scope: Scope) -> dict[str, Any]:
    instructed = sa.exists(sa.select(LI.id).where(LI.opinion_id == PO.id))
    row = s.execute(
        sa.select(
            sa.func.count(),
            _n(PO.adopted_on.is_not(None)),
            _n(PO.issued_on.is_not(None)),
            _n(instructed),
            _n(PO.reflects_problem.is_(True)),
        ).where(*_where(scope, PO, PO.submitted_on))
    ).one()
    submitted, adopted, issued, with_instructions, problems = (int(v or 0) for v in row)
    return {
        "submitted": submitted,
        "adopted": adopted,
        "issued": issued,
        "instructed": with_instructions,
        "problems": problems,
        "problem_share": rate(problems, submitted),
        "adoption_rate": rate(adopted, submitted),
    }


def _topics(s: Session, scope: Scope, today: date) -> dict[str, int]:
    mine = [TP.archived_at.is_(None), *scope.platform_clauses(TP.platform_id)]
    collected = s.execute(sa.select(sa.func.count()).where(*mine, *scope.period_clauses(TP.collected_on)))
    decided = s.execute(
        sa.select(_n(TP.decision == "confirmed"), _n(TP.decision == "declined")).where(
            *mine, *scope.period_clauses(TP.decided_on)
        )
    ).one()
    planned = s.execute(
        sa.select(
            sa.func.count(),
            _n(plan.held_clause()),
            _n(sa.and_(sa.not_(plan.held_clause()), plan.ended_clause(today))),
        ).where(*mine, *plan.planned_in(scope))
    ).one()
    return {
        "collected": int(collected.scalar_one()),
        "confirmed": int(decided[0] or 0),
        "declined": int(decided[1] or 0),
        "planned": int(planned[0] or 0),
        "held": int(planned[1] or 0),
        "overdue": int(planned[2] or 0),
    }


def _outcomes(s: Session, scope: Scope) -> dict[str, int]:
    on = sa.func.coalesce(RO.achieved_on, CS.held_on, DA.held_on, RP.issued_on)
    platform = sa.func.coalesce(CS.platform_id, DA.platform_id, RP.platform_id)
    stmt = (
        sa.select(RO.kind, sa.func.count())
        .select_from(table_of(ResultOutcome))
        .outerjoin(table_of(ConsultationSession), CS.id == RO.session_id)
        .outerjoin(table_of(DutyActivity), DA.id == RO.activity_id)
        .outerjoin(table_of(ResultsReport), RP.id == RO.report_id)
        .where(
            sa.func.coalesce(CS.archived_at, DA.archived_at, RP.archived_at).is_(None),
            *scope.period_clauses(on),
            *scope.platform_clauses(platform),
        )
        .group_by(RO.kind)
    )
    counts = {str(getattr(k, "value", k)): int(n) for k, n in s.execute(stmt)}
    return {k.value: counts.get(k.value, 0) for k in OutcomeKind}


def _feedback(s: Session, scope: Scope) -> dict[str, int]:
    sessions = s.execute(
        sa.select(_n(CS.feedback_on.is_not(None)), _n(CS.is_public.is_(False))).where(
            *_where(scope, CS, CS.held_on), CS.state != SessionState.PLANNED.value
        )
    ).one()
    activities = s.execute(
        sa.select(_n(DA.feedback_on.is_not(None)), _n(DA.is_public.is_(False))).where(
            *_where(scope, DA, DA.held_on), DA.state == ActivityState.HELD.value
        )
    ).one()
    return {
        "residents_informed": int(sessions[0] or 0) + int(activities[0] or 0),
        "not_public": int(sessions[1] or 0) + int(activities[1] or 0),
    }


def _instructions(s: Session, scope: Scope) -> dict[str, int]:
    """批示 件次 given in the period, by what they are on; narrowed scopes count their platforms' records."""
    out: dict[str, int] = {}
    for kind, spec in SUBJECTS.items():
        column = LI[spec.instruction_column]
        where: list[Any] = [column.is_not(None), *scope.period_clauses(LI.given_on)]
        if scope.narrowed:
            table = table_of(spec.model).c
            where.append(column.in_(sa.select(table.id).where(*scope.platform_clauses(table.platform_id))))
        out[kind.value] = int(s.execute(sa.select(sa.func.count()).where(*where)).scalar_one())
    return out
