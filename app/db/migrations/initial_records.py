"""Revision 0001, part two: the records (sessions, attendance, suggestions, handling, attachments)."""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op


def create_record_tables() -> None:
    op.create_table(
        "consultation_session",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("archived_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("topic", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column(
            "topic_source",
            sa.Enum(
                "party_government",
                "residents",
                "members",
                "departments",
                name="topicsource",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("location", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column("platform_id", sa.Uuid(), nullable=False),
        sa.Column(
            "form",
            sa.Enum("on_site", "online", "inspection", name="sessionform", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("convener_id", sa.Uuid(), nullable=True),
        sa.Column("host", sqlmodel.sql.sqltypes.AutoString(length=50), nullable=True),
        sa.Column("resident_count", sa.Integer(), nullable=True),
        sa.Column("minutes", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("consensus", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("notes", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column(
            "state",
            sa.Enum(
                "planned", "held", "following_up", "closed", name="sessionstate", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["convener_id"],
            ["member.id"],
        ),
        sa.ForeignKeyConstraint(
            ["platform_id"],
            ["platform.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )

    op.create_table(
        "platform_membership",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("platform_id", sa.Uuid(), nullable=False),
        sa.Column("member_id", sa.Uuid(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "convener", "head", "liaison", "member", name="membershiprole", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column("joined_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["platform_id"], ["platform.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("platform_id", "member_id", name="uq_membership"),
    )

    op.create_table(
        "session_attendance",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column("member_id", sa.Uuid(), nullable=False),
        sa.Column(
            "status",
            sa.Enum("present", "excused", "absent", name="attendancestatus", native_enum=False, length=32),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["member.id"],
        ),
        sa.ForeignKeyConstraint(["session_id"], ["consultation_session.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("session_id", "member_id", name="uq_attendance"),
    )

    op.create_table(
        "session_participant",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "department",
                "resident",
                "expert",
                "other",
                name="participantkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
        sa.Column("organization", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=True),
        sa.Column("unit_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(["session_id"], ["consultation_session.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["unit_id"],
            ["handling_unit.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )

    op.create_table(
        "suggestion",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("archived_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("assigned_on", sa.Date(), nullable=True),
        sa.Column("lead_unit_id", sa.Uuid(), nullable=True),
        sa.Column(
            "handling_mode",
            sa.Enum("single", "split", "joint", name="handlingmode", native_enum=False, length=32),
            nullable=True,
        ),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("returned_on", sa.Date(), nullable=True),
        sa.Column("return_reason", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("reply", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("replied_on", sa.Date(), nullable=True),
        sa.Column(
            "result_class",
            sa.Enum("A", "B", "C", name="resultclass", native_enum=False, length=32),
            nullable=True,
        ),
        sa.Column("concluded_on", sa.Date(), nullable=True),
        sa.Column("implementation", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column(
            "eval_before",
            sa.Enum(
                "satisfied", "basically", "unsatisfied", name="satisfaction", native_enum=False, length=32
            ),
            nullable=True,
        ),
        sa.Column(
            "eval_during",
            sa.Enum(
                "satisfied", "basically", "unsatisfied", name="satisfaction", native_enum=False, length=32
            ),
            nullable=True,
        ),
        sa.Column(
            "eval_after",
            sa.Enum(
                "satisfied", "basically", "unsatisfied", name="satisfaction", native_enum=False, length=32
            ),
            nullable=True,
        ),
        sa.Column("evaluated_on", sa.Date(), nullable=True),
        sa.Column(
            "quality_rating",
            sa.Enum("high", "medium", "low", name="qualityrating", native_enum=False, length=32),
            nullable=True,
        ),
        sa.Column("quality_rated_on", sa.Date(), nullable=True),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("content", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column(
            "category",
            sa.Enum(
                "livelihood",
                "urban",
                "ecology",
                "economy",
                "governance",
                "culture",
                "other",
                name="suggestioncategory",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("reflects_problem", sa.Boolean(), nullable=False),
        sa.Column("raised_on", sa.Date(), nullable=True),
        sa.Column("session_id", sa.Uuid(), nullable=True),
        sa.Column("platform_id", sa.Uuid(), nullable=True),
        sa.Column("proposer_id", sa.Uuid(), nullable=True),
        sa.Column("proposer_text", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=True),
        sa.Column("notes", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column(
            "state",
            sa.Enum(
                "pending",
                "assigned",
                "in_progress",
                "replied",
                "concluded",
                "returned",
                "not_adopted",
                name="suggestionstate",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["lead_unit_id"],
            ["handling_unit.id"],
        ),
        sa.ForeignKeyConstraint(
            ["platform_id"],
            ["platform.id"],
        ),
        sa.ForeignKeyConstraint(
            ["proposer_id"],
            ["member.id"],
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["consultation_session.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )

    op.create_table(
        "attachment",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("archived_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("session_id", sa.Uuid(), nullable=True),
        sa.Column("suggestion_id", sa.Uuid(), nullable=True),
        sa.Column("filename", sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
        sa.Column("sha256", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("mime_type", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=True),
        sa.Column("description", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column("added_by", sqlmodel.sql.sqltypes.AutoString(length=50), nullable=True),
        sa.ForeignKeyConstraint(["session_id"], ["consultation_session.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["suggestion_id"], ["suggestion.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )

    op.create_table(
        "follow_up_event",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("suggestion_id", sa.Uuid(), nullable=True),
        sa.Column("session_id", sa.Uuid(), nullable=True),
        sa.Column(
            "kind",
            sa.Enum(
                "created",
                "assigned",
                "accepted",
                "returned",
                "replied",
                "concluded",
                "not_adopted",
                "instruction",
                "evaluated",
                "reminder",
                "supervision",
                "call",
                "state_change",
                "note",
                name="eventkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("happened_on", sa.Date(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
        sa.Column("unit_id", sa.Uuid(), nullable=True),
        sa.Column("text", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.ForeignKeyConstraint(["session_id"], ["consultation_session.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["suggestion_id"], ["suggestion.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["unit_id"],
            ["handling_unit.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )

    op.create_table(
        "leader_instruction",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("suggestion_id", sa.Uuid(), nullable=False),
        sa.Column("leader", sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("text", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.ForeignKeyConstraint(["suggestion_id"], ["suggestion.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )

    op.create_table(
        "suggestion_unit",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("suggestion_id", sa.Uuid(), nullable=False),
        sa.Column("unit_id", sa.Uuid(), nullable=False),
        sa.Column(
            "role", sa.Enum("lead", "co", name="unitrole", native_enum=False, length=32), nullable=False
        ),
        sa.ForeignKeyConstraint(["suggestion_id"], ["suggestion.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["unit_id"],
            ["handling_unit.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("suggestion_id", "unit_id", name="uq_suggestion_unit"),
    )
