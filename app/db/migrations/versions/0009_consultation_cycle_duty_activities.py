"""The whole consultation cycle and every kind of duty: 议题 and the 年度协商计划, 履职活动 of every kind
with attendance, 调研报告, 社情民意信息, 协商专报, 成果转化, 反馈群众 and 是否公开, 领导批示 on any
of these records, and attachments (a 协商专报's text filed as a document) on a 协商专报.

Every existing row keeps its meaning: sessions stay sessions (the kind `consultation`), suggestions keep
their session, and each 领导批示 stays on its suggestion (leader_instruction is rebuilt on SQLite so its
suggestion may be empty for an instruction on another record; it has no child rows). New columns on
existing tables are added in place (no batch copy), since rebuilding a parent table would cascade into
its children; a 协商议事活动's 是否公开 stays unset (NULL) until someone says.

New tables carry `revision` and `parent_revision` like every table since 0008; the built-in kinds get
a revision of their own, as any first write gives one.

Revision ID: 0009
Revises: 0010
Create Date: 2026-12-08 09:00:00
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0009"
down_revision = "0010"
branch_labels = None
depends_on = None

# The built-in kinds of 履职活动 (code, label), as this revision seeds them; offices add their own later.
BUILTIN_KINDS = (
    ("consultation", "协商议事"),
    ("special_consultation", "专题协商"),
    ("democratic_supervision", "联动民主监督"),
    ("inspection", "视察"),
    ("research", "调研"),
    ("lecture", "委员讲堂"),
    ("visit", "走访（四下基层）"),
    ("plenary", "全体会议"),
    ("standing_committee", "常委会议"),
)

String = sqlmodel.sql.sqltypes.AutoString


def _enum(*values: str, name: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, length=32)


def _base(archivable: bool = True) -> list[sa.Column]:  # type: ignore[type-arg]
    columns = [
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("revision", String(length=32), nullable=True),
        sa.Column("parent_revision", String(length=32), nullable=True),
    ]
    if archivable:
        columns.append(sa.Column("archived_at", sa.DateTime(timezone=True), nullable=True))
    return columns


def _feedback() -> list[sa.Column]:  # type: ignore[type-arg]
    return [
        sa.Column("feedback_on", sa.Date(), nullable=True),
        sa.Column(
            "feedback_method",
            _enum("notice", "meeting", "online", "visit", "media", "other", name="feedbackmethod"),
            nullable=True,
        ),
        sa.Column("feedback_note", String(), nullable=True),
        sa.Column("is_public", sa.Boolean(), nullable=True),
        sa.Column("not_public_reason", String(length=200), nullable=True),
    ]


def _indexes(table: str, *columns: str) -> None:
    for column in columns:
        op.create_index(op.f(f"ix_{table}_{column}"), table, [column], unique=False)


def upgrade() -> None:
    _kinds()
    _topics()
    _activities()
    _reports()
    _opinions()
    _outcomes()
    _existing_tables()
    _instructions()


def _kinds() -> None:
    kinds = op.create_table(
        "activity_kind",
        *_base(),
        sa.Column("code", String(length=32), nullable=False),
        sa.Column("label", String(length=50), nullable=False),
        sa.Column("builtin", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("code"),
    )
    now = datetime.now(UTC)
    op.bulk_insert(
        kinds,
        [
            {
                "id": uuid.uuid5(uuid.NAMESPACE_URL, f"activity_kind:{code}"),
                "created_at": now,
                "updated_at": now,
                "version": 1,
                "revision": uuid.uuid4().hex,
                "parent_revision": None,
                "archived_at": None,
                "code": code,
                "label": label,
                "builtin": True,
                "sort_order": 10 * (i + 1),
            }
            for i, (code, label) in enumerate(BUILTIN_KINDS)
        ],
    )


def _topics() -> None:
    op.create_table(
        "topic",
        *_base(),
        sa.Column("title", String(length=200), nullable=False),
        sa.Column(
            "source",
            _enum("party_government", "residents", "members", "departments", name="topicsource"),
            nullable=False,
        ),
        sa.Column("proposer", String(length=100), nullable=True),
        sa.Column(
            "channel",
            _enum("online", "hotline", "box", "forum", "member", "letter", "other", name="topicchannel"),
            nullable=True,
        ),
        sa.Column("collected_on", sa.Date(), nullable=False),
        sa.Column("description", String(), nullable=True),
        sa.Column(
            "decision", _enum("collected", "confirmed", "declined", name="topicdecision"), nullable=False
        ),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("decided_by", String(length=100), nullable=True),
        sa.Column("decline_reason", String(), nullable=True),
        sa.Column("plan_year", sa.Integer(), nullable=True),
        sa.Column("planned_month", sa.Integer(), nullable=True),
        sa.Column("platform_id", sa.Uuid(), nullable=True),
        sa.Column("activity_kind", String(length=32), nullable=True),
        sa.Column("notes", String(), nullable=True),
        sa.ForeignKeyConstraint(["activity_kind"], ["activity_kind.code"]),
        sa.ForeignKeyConstraint(["platform_id"], ["platform.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    _indexes("topic", "source", "collected_on", "decided_on", "plan_year", "platform_id")
    op.create_index("ix_topic_plan", "topic", ["plan_year", "planned_month"], unique=False)


def _activities() -> None:
    op.create_table(
        "duty_activity",
        *_base(),
        sa.Column("kind", String(length=32), nullable=False),
        sa.Column("inspection_kind", _enum("supervisory", "research", name="inspectionkind"), nullable=True),
        sa.Column("title", String(length=200), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("location", String(length=200), nullable=True),
        sa.Column("platform_id", sa.Uuid(), nullable=True),
        sa.Column("organiser", String(length=100), nullable=True),
        sa.Column("convener_id", sa.Uuid(), nullable=True),
        sa.Column("topic_id", sa.Uuid(), nullable=True),
        sa.Column("other_participants", String(), nullable=True),
        sa.Column("minutes", String(), nullable=True),
        sa.Column("notes", String(), nullable=True),
        *_feedback(),
        sa.Column("state", _enum("planned", "held", name="activitystate"), nullable=False),
        sa.ForeignKeyConstraint(["kind"], ["activity_kind.code"]),
        sa.ForeignKeyConstraint(["platform_id"], ["platform.id"]),
        sa.ForeignKeyConstraint(["convener_id"], ["member.id"]),
        sa.ForeignKeyConstraint(["topic_id"], ["topic.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    _indexes("duty_activity", "kind", "held_on", "platform_id", "convener_id", "topic_id")
    op.create_index("ix_activity_kind_held", "duty_activity", ["kind", "held_on"], unique=False)
    op.create_table(
        "activity_attendance",
        *_base(archivable=False),
        sa.Column("activity_id", sa.Uuid(), nullable=False),
        sa.Column("member_id", sa.Uuid(), nullable=False),
        sa.Column("status", _enum("present", "excused", "absent", name="attendancestatus"), nullable=False),
        sa.Column("spoke", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(["activity_id"], ["duty_activity.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("activity_id", "member_id", name="uq_activity_attendance"),
    )
    _indexes("activity_attendance", "activity_id")
    op.create_index(
        "ix_activity_attendance_member", "activity_attendance", ["member_id", "status", "activity_id"]
    )


def _reports() -> None:
    op.create_table(
        "results_report",
        *_base(),
        sa.Column("title", String(length=200), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("sent_to", String(length=200), nullable=False),
        sa.Column("session_id", sa.Uuid(), nullable=True),
        sa.Column("activity_id", sa.Uuid(), nullable=True),
        sa.Column("platform_id", sa.Uuid(), nullable=True),
        sa.Column("text", String(), nullable=True),
        sa.Column("notes", String(), nullable=True),
        sa.Column("number", String(length=100), nullable=True),
        sa.ForeignKeyConstraint(["session_id"], ["consultation_session.id"]),
        sa.ForeignKeyConstraint(["activity_id"], ["duty_activity.id"]),
        sa.ForeignKeyConstraint(["platform_id"], ["platform.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    _indexes("results_report", "issued_on", "session_id", "activity_id", "platform_id")
    op.create_table(
        "research_report",
        *_base(),
        sa.Column("title", String(length=200), nullable=False),
        sa.Column("written_on", sa.Date(), nullable=False),
        sa.Column("activity_id", sa.Uuid(), nullable=True),
        sa.Column("platform_id", sa.Uuid(), nullable=True),
        sa.Column("other_authors", String(length=200), nullable=True),
        sa.Column("summary", String(), nullable=True),
        sa.Column("adopted_on", sa.Date(), nullable=True),
        sa.Column("adopted_by", String(length=100), nullable=True),
        sa.Column("notes", String(), nullable=True),
        sa.ForeignKeyConstraint(["activity_id"], ["duty_activity.id"]),
        sa.ForeignKeyConstraint(["platform_id"], ["platform.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    _indexes("research_report", "written_on", "activity_id", "platform_id")
    op.create_table(
        "research_report_author",
        *_base(archivable=False),
        sa.Column("report_id", sa.Uuid(), nullable=False),
        sa.Column("member_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["report_id"], ["research_report.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    _indexes("research_report_author", "report_id", "member_id")


def _opinions() -> None:
    op.create_table(
        "public_opinion",
        *_base(),
        sa.Column("title", String(length=200), nullable=False),
        sa.Column("content", String(), nullable=True),
        sa.Column("submitted_on", sa.Date(), nullable=False),
        sa.Column("platform_id", sa.Uuid(), nullable=True),
        sa.Column("other_submitters", String(length=200), nullable=True),
        sa.Column(
            "category",
            _enum(
                "livelihood",
                "urban",
                "ecology",
                "economy",
                "governance",
                "culture",
                "other",
                name="suggestioncategory",
            ),
            nullable=False,
        ),
        sa.Column("reflects_problem", sa.Boolean(), nullable=False),
        sa.Column("adopted_on", sa.Date(), nullable=True),
        sa.Column("adopted_by", String(length=100), nullable=True),
        sa.Column("issued_on", sa.Date(), nullable=True),
        sa.Column("issue_ref", String(length=100), nullable=True),
        sa.Column("notes", String(), nullable=True),
        sa.ForeignKeyConstraint(["platform_id"], ["platform.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    _indexes("public_opinion", "submitted_on", "platform_id")
    op.create_table(
        "public_opinion_submitter",
        *_base(archivable=False),
        sa.Column("opinion_id", sa.Uuid(), nullable=False),
        sa.Column("member_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["opinion_id"], ["public_opinion.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    _indexes("public_opinion_submitter", "opinion_id", "member_id")


def _outcomes() -> None:
    op.create_table(
        "result_outcome",
        *_base(archivable=False),
        sa.Column("session_id", sa.Uuid(), nullable=True),
        sa.Column("activity_id", sa.Uuid(), nullable=True),
        sa.Column("report_id", sa.Uuid(), nullable=True),
        sa.Column(
            "kind",
            _enum(
                "livelihood_project", "policy", "funding", "project", "mechanism", "other", name="outcomekind"
            ),
            nullable=False,
        ),
        sa.Column("description", String(length=500), nullable=False),
        sa.Column("achieved_on", sa.Date(), nullable=True),
        sa.Column("reference", String(length=200), nullable=True),
        sa.ForeignKeyConstraint(["session_id"], ["consultation_session.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["activity_id"], ["duty_activity.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["report_id"], ["results_report.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    _indexes("result_outcome", "session_id", "activity_id", "report_id", "achieved_on")


def _add_reference(table: str, column: str, target: str) -> None:
    """A nullable foreign-key column added in place (SQLite allows REFERENCES on ADD COLUMN)."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f'ALTER TABLE "{table}" ADD COLUMN "{column}" CHAR(32) REFERENCES "{target}" (id)')
    else:
        op.add_column(table, sa.Column(column, sa.Uuid(), nullable=True))
        op.create_foreign_key(None, table, target, [column], ["id"])
    op.create_index(op.f(f"ix_{table}_{column}"), table, [column], unique=False)


def _existing_tables() -> None:
    for column in _feedback():
        op.add_column("consultation_session", column)
    _add_reference("consultation_session", "topic_id", "topic")
    _add_reference("suggestion", "activity_id", "duty_activity")
    _add_reference("attachment", "results_report_id", "results_report")
    op.add_column(
        "session_attendance", sa.Column("spoke", sa.Boolean(), server_default=sa.false(), nullable=False)
    )


SUBJECTS = (
    ("session_id", "consultation_session"),
    ("activity_id", "duty_activity"),
    ("results_report_id", "results_report"),
    ("research_report_id", "research_report"),
    ("opinion_id", "public_opinion"),
)


def _instructions() -> None:
    """领导批示 on any record: its suggestion may now be empty, and five more records may carry it."""
    with op.batch_alter_table("leader_instruction") as batch:
        batch.alter_column("suggestion_id", existing_type=sa.Uuid(), nullable=True)
        for column, target in SUBJECTS:
            batch.add_column(sa.Column(column, sa.Uuid(), nullable=True))
            batch.create_foreign_key(
                f"fk_leader_instruction_{column}", target, [column], ["id"], ondelete="CASCADE"
            )
    _indexes("leader_instruction", *(column for column, _target in SUBJECTS))


def downgrade() -> None:
    for column, _target in SUBJECTS:
        op.drop_index(op.f(f"ix_leader_instruction_{column}"), table_name="leader_instruction")
    op.execute("DELETE FROM leader_instruction WHERE suggestion_id IS NULL")
    with op.batch_alter_table("leader_instruction") as batch:
        for column, _target in SUBJECTS:
            batch.drop_constraint(f"fk_leader_instruction_{column}", type_="foreignkey")
            batch.drop_column(column)
        batch.alter_column("suggestion_id", existing_type=sa.Uuid(), nullable=False)
    op.drop_column("session_attendance", "spoke")
    op.execute("DELETE FROM attachment WHERE results_report_id IS NOT NULL")
    for table, column in (
        ("attachment", "results_report_id"),
        ("suggestion", "activity_id"),
        ("consultation_session", "topic_id"),
    ):
        op.drop_index(op.f(f"ix_{table}_{column}"), table_name=table)
        op.drop_column(table, column)
    for column in _feedback():
        op.drop_column("consultation_session", column.name)
    for table in (
        "result_outcome", "public_opinion_submitter", "public_opinion", "research_report_author",
        "research_report", "results_report", "activity_attendance", "duty_activity", "topic", "activity_kind",
    ):  # fmt: skip
        op.drop_table(table)
