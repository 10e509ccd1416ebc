"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-25 21:13:57.183154
"""

from __future__ import annotations

from alembic import op

from app.db.migrations.initial_network import create_network_tables
from app.db.migrations.initial_records import create_record_tables

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


# Created after the tables, in the order the tables are created.
INDEXES = [
    ("ix_audit_entry_at", "audit_entry", ["at"], False),
    ("ix_audit_entry_entity", "audit_entry", ["entity"], False),
    ("ix_audit_entry_entity_id", "audit_entry", ["entity_id"], False),
    ("ix_handling_unit_archived_at", "handling_unit", ["archived_at"], False),
    ("ix_handling_unit_name", "handling_unit", ["name"], False),
    ("ix_member_archived_at", "member", ["archived_at"], False),
    ("ix_member_name", "member", ["name"], False),
    ("ix_member_sector", "member", ["sector"], False),
    ("ix_platform_archived_at", "platform", ["archived_at"], False),
    ("ix_platform_district", "platform", ["district"], False),
    ("ix_platform_kind", "platform", ["kind"], False),
    ("ix_platform_name", "platform", ["name"], False),
    ("ix_app_user_archived_at", "app_user", ["archived_at"], False),
    ("ix_consultation_session_archived_at", "consultation_session", ["archived_at"], False),
    ("ix_consultation_session_convener_id", "consultation_session", ["convener_id"], False),
    ("ix_consultation_session_form", "consultation_session", ["form"], False),
    ("ix_consultation_session_held_on", "consultation_session", ["held_on"], False),
    ("ix_consultation_session_platform_id", "consultation_session", ["platform_id"], False),
    ("ix_consultation_session_topic_source", "consultation_session", ["topic_source"], False),
    ("ix_session_platform_held", "consultation_session", ["platform_id", "held_on"], False),
    ("ix_session_state_held", "consultation_session", ["state", "held_on"], False),
    ("ix_platform_membership_member_id", "platform_membership", ["member_id"], False),
    ("ix_platform_membership_platform_id", "platform_membership", ["platform_id"], False),
    ("ix_session_attendance_member_id", "session_attendance", ["member_id"], False),
    ("ix_session_attendance_session_id", "session_attendance", ["session_id"], False),
    ("ix_session_participant_session_id", "session_participant", ["session_id"], False),
    ("ix_suggestion_archived_at", "suggestion", ["archived_at"], False),
    ("ix_suggestion_assigned_on", "suggestion", ["assigned_on"], False),
    ("ix_suggestion_category", "suggestion", ["category"], False),
    ("ix_suggestion_due_on", "suggestion", ["due_on"], False),
    ("ix_suggestion_lead_unit_id", "suggestion", ["lead_unit_id"], False),
    ("ix_suggestion_platform_id", "suggestion", ["platform_id"], False),
    ("ix_suggestion_proposer_id", "suggestion", ["proposer_id"], False),
    ("ix_suggestion_raised_on", "suggestion", ["raised_on"], False),
    ("ix_suggestion_session_id", "suggestion", ["session_id"], False),
    ("ix_suggestion_state_due", "suggestion", ["state", "due_on"], False),
    ("ix_attachment_archived_at", "attachment", ["archived_at"], False),
    ("ix_attachment_session_id", "attachment", ["session_id"], False),
    ("ix_attachment_sha256", "attachment", ["sha256"], False),
    ("ix_attachment_suggestion_id", "attachment", ["suggestion_id"], False),
    ("ix_follow_up_event_happened_on", "follow_up_event", ["happened_on"], False),
    ("ix_follow_up_event_kind", "follow_up_event", ["kind"], False),
    ("ix_follow_up_event_session_id", "follow_up_event", ["session_id"], False),
    ("ix_follow_up_event_suggestion_id", "follow_up_event", ["suggestion_id"], False),
    ("ix_leader_instruction_given_on", "leader_instruction", ["given_on"], False),
    ("ix_leader_instruction_suggestion_id", "leader_instruction", ["suggestion_id"], False),
    ("ix_suggestion_unit_suggestion_id", "suggestion_unit", ["suggestion_id"], False),
    ("ix_suggestion_unit_unit_id", "suggestion_unit", ["unit_id"], False),
]


def upgrade() -> None:
    create_network_tables()
    create_record_tables()
    for name, table, columns, unique in INDEXES:
        op.create_index(name, table, columns, unique=unique)


def downgrade() -> None:
    op.drop_table("suggestion_unit")

    op.drop_table("leader_instruction")

    op.drop_table("follow_up_event")

    op.drop_table("attachment")

    op.drop_table("suggestion")

    op.drop_table("session_participant")

    op.drop_table("session_attendance")

    op.drop_table("platform_membership")

    op.drop_table("consultation_session")

    op.drop_table("app_user")

    op.drop_table("platform")
    op.drop_table("office_setting")

    op.drop_table("member")

    op.drop_table("handling_unit")

    op.drop_table("audit_entry")
