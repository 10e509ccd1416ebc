"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-25 21:13:57.183154
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
        sa.Column(
            "action",
            sa.Enum(
                "create",
                "update",
                "archive",
                "restore",
                "delete",
                "transition",
                "export",
                "import",
                name="auditaction",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("entity", sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
        sa.Column("entity_id", sa.Uuid(), nullable=True),
        sa.Column("before", sa.Text(), nullable=True),
        sa.Column("after", sa.Text(), nullable=True),
        sa.Column("note", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_entry_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_entry_entity"), ["entity"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_entry_entity_id"), ["entity_id"], unique=False)

    op.create_table(
        "handling_unit",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("archived_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("contact", sqlmodel.sql.sqltypes.AutoString(length=50), nullable=True),
        sa.Column("phone", sqlmodel.sql.sqltypes.AutoString(length=30), nullable=True),
        sa.Column("notes", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name", name="uq_handling_unit_name"),
    )
    with op.batch_alter_table("handling_unit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_handling_unit_archived_at"), ["archived_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_handling_unit_name"), ["name"], unique=False)

    op.create_table(
        "member",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("archived_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
        sa.Column(
            "gender", sa.Enum("male", "female", name="gender", native_enum=False, length=32), nullable=True
        ),
        sa.Column("sector", sqlmodel.sql.sqltypes.AutoString(length=50), nullable=True),
        sa.Column("party", sqlmodel.sql.sqltypes.AutoString(length=50), nullable=True),
        sa.Column("term", sqlmodel.sql.sqltypes.AutoString(length=30), nullable=True),
        sa.Column("workplace", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column("phone", sqlmodel.sql.sqltypes.AutoString(length=30), nullable=True),
        sa.Column("notes", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_member_archived_at"), ["archived_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_member_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_member_sector"), ["sector"], unique=False)

    op.create_table(
        "office_setting",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("key", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("value", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("key"),
    )
    op.create_table(
        "platform",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("archived_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column(
            "kind",
            sa.Enum("station", "studio", "liaison_group", name="platformkind", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("district", sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
        sa.Column("township", sqlmodel.sql.sqltypes.AutoString(length=50), nullable=True),
        sa.Column("address", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column("coordinator", sqlmodel.sql.sqltypes.AutoString(length=50), nullable=True),
        sa.Column("phone", sqlmodel.sql.sqltypes.AutoString(length=30), nullable=True),
        sa.Column("founded_on", sa.Date(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("notes", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name", name="uq_platform_name"),
    )
    with op.batch_alter_table("platform", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_platform_archived_at"), ["archived_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_platform_district"), ["district"], unique=False)
        batch_op.create_index(batch_op.f("ix_platform_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_platform_name"), ["name"], unique=False)

    op.create_table(
        "app_user",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("archived_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("username", sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
        sa.Column("display_name", sqlmodel.sql.sqltypes.AutoString(length=50), nullable=False),
        sa.Column(
            "role",
            sa.Enum("admin", "clerk", "coordinator", "viewer", name="userrole", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("platform_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["platform_id"],
            ["platform.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("username", name="uq_user_username"),
    )
    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_app_user_archived_at"), ["archived_at"], unique=False)

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
    with op.batch_alter_table("consultation_session", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_consultation_session_archived_at"), ["archived_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_consultation_session_convener_id"), ["convener_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_consultation_session_form"), ["form"], unique=False)
        batch_op.create_index(batch_op.f("ix_consultation_session_held_on"), ["held_on"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_consultation_session_platform_id"), ["platform_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_consultation_session_topic_source"), ["topic_source"], unique=False
        )
        batch_op.create_index("ix_session_platform_held", ["platform_id", "held_on"], unique=False)
        batch_op.create_index("ix_session_state_held", ["state", "held_on"], unique=False)

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
    with op.batch_alter_table("platform_membership", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_platform_membership_member_id"), ["member_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_platform_membership_platform_id"), ["platform_id"], unique=False)

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
    with op.batch_alter_table("session_attendance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_session_attendance_member_id"), ["member_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_session_attendance_session_id"), ["session_id"], unique=False)

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
    with op.batch_alter_table("session_participant", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_session_participant_session_id"), ["session_id"], unique=False)

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
    with op.batch_alter_table("suggestion", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_suggestion_archived_at"), ["archived_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_suggestion_assigned_on"), ["assigned_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_suggestion_category"), ["category"], unique=False)
        batch_op.create_index(batch_op.f("ix_suggestion_due_on"), ["due_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_suggestion_lead_unit_id"), ["lead_unit_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_suggestion_platform_id"), ["platform_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_suggestion_proposer_id"), ["proposer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_suggestion_raised_on"), ["raised_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_suggestion_session_id"), ["session_id"], unique=False)
        batch_op.create_index("ix_suggestion_state_due", ["state", "due_on"], unique=False)

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
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachment_archived_at"), ["archived_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_attachment_session_id"), ["session_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attachment_sha256"), ["sha256"], unique=False)
        batch_op.create_index(batch_op.f("ix_attachment_suggestion_id"), ["suggestion_id"], unique=False)

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
    with op.batch_alter_table("follow_up_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_follow_up_event_happened_on"), ["happened_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_follow_up_event_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_follow_up_event_session_id"), ["session_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_follow_up_event_suggestion_id"), ["suggestion_id"], unique=False)

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
    with op.batch_alter_table("leader_instruction", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_leader_instruction_given_on"), ["given_on"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_leader_instruction_suggestion_id"), ["suggestion_id"], unique=False
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
    with op.batch_alter_table("suggestion_unit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_suggestion_unit_suggestion_id"), ["suggestion_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_suggestion_unit_unit_id"), ["unit_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("suggestion_unit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_suggestion_unit_unit_id"))
        batch_op.drop_index(batch_op.f("ix_suggestion_unit_suggestion_id"))

    op.drop_table("suggestion_unit")
    with op.batch_alter_table("leader_instruction", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_leader_instruction_suggestion_id"))
        batch_op.drop_index(batch_op.f("ix_leader_instruction_given_on"))

    op.drop_table("leader_instruction")
    with op.batch_alter_table("follow_up_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_follow_up_event_suggestion_id"))
        batch_op.drop_index(batch_op.f("ix_follow_up_event_session_id"))
        batch_op.drop_index(batch_op.f("ix_follow_up_event_kind"))
        batch_op.drop_index(batch_op.f("ix_follow_up_event_happened_on"))

    op.drop_table("follow_up_event")
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachment_suggestion_id"))
        batch_op.drop_index(batch_op.f("ix_attachment_sha256"))
        batch_op.drop_index(batch_op.f("ix_attachment_session_id"))
        batch_op.drop_index(batch_op.f("ix_attachment_archived_at"))

    op.drop_table("attachment")
    with op.batch_alter_table("suggestion", schema=None) as batch_op:
        batch_op.drop_index("ix_suggestion_state_due")
        batch_op.drop_index(batch_op.f("ix_suggestion_session_id"))
        batch_op.drop_index(batch_op.f("ix_suggestion_raised_on"))
        batch_op.drop_index(batch_op.f("ix_suggestion_proposer_id"))
        batch_op.drop_index(batch_op.f("ix_suggestion_platform_id"))
        batch_op.drop_index(batch_op.f("ix_suggestion_lead_unit_id"))
        batch_op.drop_index(batch_op.f("ix_suggestion_due_on"))
        batch_op.drop_index(batch_op.f("ix_suggestion_category"))
        batch_op.drop_index(batch_op.f("ix_suggestion_assigned_on"))
        batch_op.drop_index(batch_op.f("ix_suggestion_archived_at"))

    op.drop_table("suggestion")
    with op.batch_alter_table("session_participant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_session_participant_session_id"))

    op.drop_table("session_participant")
    with op.batch_alter_table("session_attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_session_attendance_session_id"))
        batch_op.drop_index(batch_op.f("ix_session_attendance_member_id"))

    op.drop_table("session_attendance")
    with op.batch_alter_table("platform_membership", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_platform_membership_platform_id"))
        batch_op.drop_index(batch_op.f("ix_platform_membership_member_id"))

    op.drop_table("platform_membership")
    with op.batch_alter_table("consultation_session", schema=None) as batch_op:
        batch_op.drop_index("ix_session_state_held")
        batch_op.drop_index("ix_session_platform_held")
        batch_op.drop_index(batch_op.f("ix_consultation_session_topic_source"))
        batch_op.drop_index(batch_op.f("ix_consultation_session_platform_id"))
        batch_op.drop_index(batch_op.f("ix_consultation_session_held_on"))
        batch_op.drop_index(batch_op.f("ix_consultation_session_form"))
        batch_op.drop_index(batch_op.f("ix_consultation_session_convener_id"))
        batch_op.drop_index(batch_op.f("ix_consultation_session_archived_at"))

    op.drop_table("consultation_session")
    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_app_user_archived_at"))

    op.drop_table("app_user")
    with op.batch_alter_table("platform", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_platform_name"))
        batch_op.drop_index(batch_op.f("ix_platform_kind"))
        batch_op.drop_index(batch_op.f("ix_platform_district"))
        batch_op.drop_index(batch_op.f("ix_platform_archived_at"))

    op.drop_table("platform")
    op.drop_table("office_setting")
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_member_sector"))
        batch_op.drop_index(batch_op.f("ix_member_name"))
        batch_op.drop_index(batch_op.f("ix_member_archived_at"))

    op.drop_table("member")
    with op.batch_alter_table("handling_unit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_handling_unit_name"))
        batch_op.drop_index(batch_op.f("ix_handling_unit_archived_at"))

    op.drop_table("handling_unit")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entry_entity_id"))
        batch_op.drop_index(batch_op.f("ix_audit_entry_entity"))
        batch_op.drop_index(batch_op.f("ix_audit_entry_at"))

    op.drop_table("audit_entry")
