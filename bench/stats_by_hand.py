"""Every figure `stats --json` prints for all time, by hand-written SQL on a bare sqlite3 connection.

    python bench/stats_by_hand.py DATABASE PLAN.json     # prints the figures as `stats --json` does

The bare counterpart of `python -m app stats --json` in bench/bench_stats.py: a plain Python process
that imports only the standard library, connects, runs the grouped passes below, assembles the same
dict (the same keys in the same order) and prints it as the command does. The rules that are not SQL
(the deadline dates the overdue counts compare with, the values of each enumeration, the scope's
description) come in PLAN.json, written by bench_stats.py from the app's own rules outside the timing;
bench_stats.py checks that both print equal figures, key by key, before it times them.
"""

from __future__ import annotations

import json
import sqlite3
import sys
import uuid
from typing import Any

HANDED = "('assigned','in_progress','replied','concluded')"
OPEN = "('assigned','in_progress')"


def _filters(column: str, values: list[str], where: str = "") -> str:
    return ", ".join(f"count(*) FILTER (WHERE {where}{column} = '{v}')" for v in values)


def _sessions_sql(e: dict[str, list[str]]) -> str:
    held = "state != 'planned' AND "
    return f"""
SELECT platform_id, count(*), {_filters("state", e["session_state"])},
  {_filters("form", e["session_form"])}, {_filters("topic_source", e["topic_source"])},
  {_filters("form", e["session_form"], held)}, {_filters("topic_source", e["topic_source"], held)}
FROM consultation_session WHERE archived_at IS NULL GROUP BY platform_id"""


def _suggestions_sql(e: dict[str, list[str]]) -> str:
    aspects = ", ".join(_filters(f"eval_{a}", e["satisfaction"]) for a in ("before", "during", "after"))
    return f"""
SELECT platform_id, count(*), {_filters("state", e["suggestion_state"])},
  {_filters("result_class", e["result_class"])}, {_filters("category", e["category"])},
  {_filters("quality_rating", e["quality"])}, {aspects},
  count(*) FILTER (WHERE state IN {HANDED}),
  count(*) FILTER (WHERE state = 'concluded' AND due_on IS NOT NULL
                   AND coalesce(replied_on, concluded_on) <= due_on),
  count(replied_on), count(returned_on), count(*) FILTER (WHERE reflects_problem = 1),
  count(*) FILTER (WHERE due_on < :last AND replied_on IS NULL AND state IN {OPEN}),
  count(*) FILTER (WHERE state IN {OPEN} AND replied_on IS NULL AND due_on >= :last AND due_on <= :soon),
  count(*) FILTER (WHERE session_id IN (SELECT id FROM consultation_session
                                        WHERE form = 'inspection' AND archived_at IS NULL)),
  count(session_id)
FROM suggestion WHERE archived_at IS NULL GROUP BY platform_id"""


ATTENDANCE = """
SELECT {statuses}, count(DISTINCT member_id) FILTER (WHERE status = 'present')
FROM session_attendance WHERE session_id IN (SELECT id FROM consultation_session WHERE archived_at IS NULL)
"""
ACTIVITIES = """
SELECT kind, inspection_kind, count(*), count(feedback_on), count(*) FILTER (WHERE is_public = 0)
FROM duty_activity WHERE archived_at IS NULL AND state = 'held' GROUP BY kind, inspection_kind"""
ACTIVITY_ATTENDANCE = """
SELECT {statuses} FROM activity_attendance
WHERE activity_id IN (SELECT id FROM duty_activity WHERE archived_at IS NULL AND state = 'held')"""
FROM_ACTIVITIES = """
SELECT a.kind, count(*) FROM suggestion s JOIN duty_activity a ON a.id = s.activity_id
WHERE s.archived_at IS NULL GROUP BY a.kind"""
SMALL = """
SELECT (SELECT count(*) FROM member WHERE archived_at IS NULL),
  (SELECT count(DISTINCT proposer_id) FROM suggestion WHERE archived_at IS NULL),
  (SELECT count(*) FROM research_report WHERE archived_at IS NULL),
  (SELECT count(adopted_on) FROM research_report WHERE archived_at IS NULL),
  (SELECT count(*) FROM results_report WHERE archived_at IS NULL)"""
SESSION_FEEDBACK = """
SELECT count(feedback_on), count(*) FILTER (WHERE is_public = 0)
FROM consultation_session WHERE archived_at IS NULL AND state != 'planned'"""
OPINIONS = """
SELECT count(*), count(adopted_on), count(issued_on),
  count(*) FILTER (WHERE EXISTS (SELECT 1 FROM leader_instruction l WHERE l.opinion_id = p.id)),
  count(*) FILTER (WHERE reflects_problem = 1)
FROM public_opinion p WHERE archived_at IS NULL"""
HELD_TOPIC = """(EXISTS (SELECT 1 FROM consultation_session c WHERE c.topic_id = t.id
                   AND c.archived_at IS NULL AND c.state != 'planned')
  OR EXISTS (SELECT 1 FROM duty_activity a WHERE a.topic_id = t.id
                   AND a.archived_at IS NULL AND a.state = 'held'))"""
TOPICS = f"""
SELECT count(*), count(*) FILTER (WHERE decision = 'confirmed'),
  count(*) FILTER (WHERE decision = 'declined'),
  count(*) FILTER (WHERE decision = 'confirmed' AND plan_year IS NOT NULL),
  count(*) FILTER (WHERE decision = 'confirmed' AND plan_year IS NOT NULL AND {HELD_TOPIC}),
  count(*) FILTER (WHERE decision = 'confirmed' AND plan_year IS NOT NULL AND NOT {HELD_TOPIC}
    AND (CASE WHEN planned_month IS NULL THEN plan_year < :year
              ELSE plan_year * 12 + planned_month < :month END))
FROM topic t WHERE archived_at IS NULL"""
OUTCOMES = """
SELECT o.kind, count(*) FROM result_outcome o
LEFT JOIN consultation_session c ON c.id = o.session_id LEFT JOIN duty_activity a ON a.id = o.activity_id
LEFT JOIN results_report r ON r.id = o.report_id
WHERE coalesce(c.archived_at, a.archived_at, r.archived_at) IS NULL GROUP BY o.kind"""
TOPIC_KEYS = ("collected", "confirmed", "declined", "planned", "held", "overdue")
INSTRUCTIONS = "SELECT count(DISTINCT suggestion_id), {columns} FROM leader_instruction"
FOLLOW_UPS = "SELECT kind, count(*) FROM follow_up_event WHERE kind IN ({kinds}) GROUP BY kind"
MONTHS = (
    "SELECT substr(held_on, 1, 7), count(*) FROM consultation_session"
    " WHERE archived_at IS NULL AND state != 'planned' GROUP BY 1",
    "SELECT substr(raised_on, 1, 7), count(*) FROM suggestion"
    " WHERE archived_at IS NULL AND raised_on IS NOT NULL GROUP BY 1",
)


def rate(part: int, whole: int) -> float | None:
    return round(100.0 * part / whole, 1) if whole else None


def _labelled(row: Any, start: int, groups: list[tuple[str, list[str]]]) -> dict[str, int]:
    """A grouped row's FILTER counts by label (prefix:value), in the order the SQL lists them."""
    out: dict[str, int] = {}
    i = start
    for prefix, values in groups:
        for v in values:
            out[f"{prefix}:{v}"] = row[i]
            i += 1
    return out


def _sum(rows: dict[Any, dict[str, int]], key: str) -> int:
    return sum(r[key] for r in rows.values())


def _group(rows: dict[Any, dict[str, int]], prefix: str, values: list[str]) -> dict[str, int]:
    return {v: _sum(rows, f"{prefix}:{v}") for v in values}


def _by(rows: dict[Any, dict[str, int]], info: dict[Any, Any], i: int, keys: list[str] | None = None) -> dict:
    out: dict[str, int] = dict.fromkeys(keys or [], 0)
    for pid, counts in rows.items():
        key = info[pid][i] if pid in info else "未知"
        out[key] = out.get(key, 0) + counts["total"]
    return out if keys else dict(sorted(out.items(), key=lambda kv: (-kv[1], kv[0])))


def figures(conn: sqlite3.Connection, plan: dict[str, Any]) -> dict[str, Any]:
    e, q = plan["enums"], conn.execute
    info = {r[0]: r for r in q("SELECT id, name, kind, district, active, archived_at FROM platform")}
    live = [r for r in info.values() if r[5] is None]
    groups = [("state", e["session_state"]), ("form", e["session_form"]), ("source", e["topic_source"]),
              ("held_form", e["session_form"]), ("held_source", e["topic_source"])]  # fmt: skip
    sess = {r[0]: {"total": r[1], **_labelled(r, 2, groups)} for r in q(_sessions_sql(e))}
    aspects_groups = [(a, e["satisfaction"]) for a in ("before", "during", "after")]
    groups = [("state", e["suggestion_state"]), ("result", e["result_class"]), ("category", e["category"]),
              ("quality", e["quality"]), *aspects_groups]  # fmt: skip
    extra = ("handed_out", "on_time", "replied", "returned", "problems", "overdue", "due_soon", "inspection",
             "from_sessions")  # fmt: skip
    sugg = {}
    for r in q(_suggestions_sql(e), {"last": plan["last"], "soon": plan["soon"]}):
        counts = {"total": r[1], **_labelled(r, 2, groups)}
        sugg[r[0]] = counts | dict(zip(extra, r[len(counts) + 1 :], strict=True))
    statuses = _filters("status", e["attendance"])
    att = q(ATTENDANCE.format(statuses=statuses)).fetchone()
    attendance = dict(zip(e["attendance"], att[:-1], strict=True))
    members, raising, research, adopted, reported = q(SMALL).fetchone()

    sessions_total = _sum(sess, "total")
    sessions_held = sessions_total - _sum(sess, "state:planned")
    total, concluded = _sum(sugg, "total"), _sum(sugg, "state:concluded")
    handed, on_time, problems = _sum(sugg, "handed_out"), _sum(sugg, "on_time"), _sum(sugg, "problems")
    aspects = {a: _group(sugg, a, e["satisfaction"]) for a in ("before", "during", "after")}
    evaluated = sum(aspects["after"].values())
    satisfied = aspects["after"]["satisfied"] + aspects["after"]["basically"]
    subjects = e["subjects"]
    li = q(INSTRUCTIONS.format(columns=", ".join(f"count({c})" for _, c in subjects))).fetchone()
    by_subject = {kind: n for (kind, _), n in zip(subjects, li[1:], strict=True)}
    chase = dict(q(FOLLOW_UPS.format(kinds=", ".join(f"'{k}'" for k in e["chase_kinds"]))).fetchall())
    months = [dict(sorted(q(sql).fetchall())) for sql in MONTHS]

    labels = dict(q("SELECT code, label FROM activity_kind ORDER BY sort_order, label").fetchall())
    by_kind, inspections = dict.fromkeys(labels, 0), dict.fromkeys(e["inspection_kind"], 0)
    informed, hidden = q(SESSION_FEEDBACK).fetchone()
    for kind, inspection, n, told, closed in q(ACTIVITIES):
        by_kind[kind] = by_kind.get(kind, 0) + n
        if inspection in inspections:
            inspections[inspection] += n
        informed, hidden = informed + told, hidden + closed
    by_kind["consultation"] = sessions_held
    from_activities = dict.fromkeys(labels, 0) | dict(q(FROM_ACTIVITIES).fetchall())
    from_activities["consultation"] = _sum(sugg, "from_sessions")
    activity_att = q(ACTIVITY_ATTENDANCE.format(statuses=statuses)).fetchone()
    opinion = q(OPINIONS).fetchone()
    today = plan["today"]
    year, month = int(today[:4]), int(today[5:7])
    topics = q(TOPICS, {"year": year, "month": year * 12 + month}).fetchone()
    outcomes = dict(q(OUTCOMES).fetchall())
    return {
        "scope": plan["scope"],
        "as_of": today,
        "platforms": len(live),
        "platforms_active": sum(1 for r in live if r[4]),
        "platforms_by_kind": {k: sum(1 for r in live if r[2] == k) for k in e["platform_kind"]},
        "members": members,
        "sessions": sessions_total,
        "sessions_held": sessions_held,
        "sessions_by_state": _group(sess, "state", e["session_state"]),
        "sessions_by_form": _group(sess, "form", e["session_form"]),
        "sessions_by_topic_source": _group(sess, "source", e["topic_source"]),
        "sessions_by_platform_kind": _by(sess, info, 2, e["platform_kind"]),
        "suggestions": total,
        "suggestions_by_state": _group(sugg, "state", e["suggestion_state"]),
        "suggestions_by_result_class": _group(sugg, "result", e["result_class"]),
        "suggestions_by_category": _group(sugg, "category", e["category"]),
        "suggestions_handed_out": handed,
        "suggestions_replied": _sum(sugg, "replied"),
        "suggestions_concluded": concluded,
        "suggestions_concluded_on_time": on_time,
        "concluded_rate": rate(concluded, handed),
        "on_time_rate": rate(on_time, concluded),
        "evaluated": evaluated,
        "satisfied": satisfied,
        "satisfaction_rate": rate(satisfied, evaluated),
        "full_satisfaction_rate": rate(aspects["after"]["satisfied"], evaluated),
        "leader_instructions": sum(by_subject.values()),
        "problem_suggestions": problems,
        "problem_share": rate(problems, total),
        "overdue": _sum(sugg, "overdue"),
        "attendance": attendance,
        "members_attending": att[-1],
        "attendance_rate": rate(attendance["present"], sum(attendance.values())),
        "member_participation_rate": rate(att[-1], members),
        "sessions_by_month": months[0],
        "suggestions_by_month": months[1],
        "sessions_by_platform": _sessions_by_platform(sess, info),
        "due_soon": _sum(sugg, "due_soon"),
        "due_soon_days": plan["due_soon_days"],
        "suggestions_returned": _sum(sugg, "returned"),
        "suggestions_with_instructions": li[0],
        "inspection_suggestions": _sum(sugg, "inspection"),
        "evaluations_by_aspect": aspects,
        "satisfaction_rate_by_aspect": {
            a: rate(c["satisfied"] + c["basically"], sum(c.values())) for a, c in aspects.items()
        },
        "quality_ratings": _group(sugg, "quality", e["quality"]),
        "follow_up_events": {k: chase.get(k, 0) for k in e["chase_kinds"]},
        "members_raising_suggestions": raising,
        "sessions_held_by_form": _group(sess, "held_form", e["session_form"]),
        "sessions_held_by_topic_source": _group(sess, "held_source", e["topic_source"]),
        "sessions_by_district": _by(sess, info, 3),
        "suggestions_by_district": _by(sugg, info, 3),
        "platform_table": _platform_table(sess, sugg, live, info, e["satisfaction"]),
        "activities_by_kind": by_kind,
        "activities_held": sum(by_kind.values()),
        "activity_suggestions_by_kind": from_activities,
        "inspections_by_type": inspections,
        "activity_attendance": dict(zip(e["attendance"], activity_att, strict=True)),
        "research_reports": research,
        "research_reports_adopted": adopted,
        "results_reported": reported,
        "public_opinion": {
            "submitted": opinion[0],
            "adopted": opinion[1],
            "issued": opinion[2],
            "instructed": opinion[3],
            "problems": opinion[4],
            "problem_share": rate(opinion[4], opinion[0]),
            "adoption_rate": rate(opinion[1], opinion[0]),
        },
        "topics": dict(zip(TOPIC_KEYS, topics, strict=True)),
        "outcomes_by_kind": {k: outcomes.get(k, 0) for k in e["outcome_kind"]},
        "residents_informed": informed,
        "not_public": hidden,
        "leader_instructions_by_subject": by_subject,
        "activity_kind_labels": labels,
    }


def _sessions_by_platform(sess: dict[Any, dict[str, int]], info: dict[Any, Any]) -> list[dict[str, Any]]:
    out = [
        {
            "platform_id": str(uuid.UUID(bytes=pid)),
            "name": info[pid][1],
            "kind": info[pid][2],
            "district": info[pid][3],
            "sessions": c["total"],
        }
        for pid, c in sess.items()
        if pid in info and c["total"]
    ]
    return sorted(out, key=lambda r: (-r["sessions"], r["name"]))


def _platform_table(
    sess: dict[Any, dict[str, int]],
    sugg: dict[Any, dict[str, int]],
    live: list[Any],
    info: dict[Any, Any],
    satisfaction: list[str],
) -> list[dict[str, Any]]:
    out = []
    for pid in dict.fromkeys([r[0] for r in live] + [p for p in (*sess, *sugg) if p is not None]):
        if pid not in info:
            continue
        s, g = sess.get(pid, {}), sugg.get(pid, {})
        handed, done, on_time = g.get("handed_out", 0), g.get("state:concluded", 0), g.get("on_time", 0)
        evaluated = sum(g.get(f"after:{v}", 0) for v in satisfaction)
        happy = g.get("after:satisfied", 0) + g.get("after:basically", 0)
        out.append(
            {
                "platform_id": str(uuid.UUID(bytes=pid)),
                "name": info[pid][1],
                "kind": info[pid][2],
                "district": info[pid][3],
                "sessions": s.get("total", 0),
                "sessions_held": s.get("total", 0) - s.get("state:planned", 0),
                "suggestions": g.get("total", 0),
                "handed_out": handed,
                "concluded": done,
                "concluded_on_time": on_time,
                "concluded_rate": rate(done, handed),
                "on_time_rate": rate(on_time, done),
                "overdue": g.get("overdue", 0),
                "evaluated": evaluated,
                "satisfied": happy,
                "satisfaction_rate": rate(happy, evaluated),
            }
        )
    return sorted(out, key=lambda r: (r["district"], r["kind"], r["name"]))


def main() -> int:
    with open(sys.argv[2], encoding="utf-8") as f:
        plan = json.load(f)
    conn = sqlite3.connect(sys.argv[1])
    json.dump(figures(conn, plan), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    conn.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
