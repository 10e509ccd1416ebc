"""Names found by pinyin and listed in 姓氏笔画 order: a stored search key on members, 站室组 and 承办单位.

Every existing row gets its key (services.names.search_key) and, for 站室组 and 承办单位, its 笔画 sort
text. The 交办 entries of earlier versions named the 办理方式 after the co-units ("会办：甲；会办；"):
they now say it once ("会办：甲；").

Revision ID: 0010
Revises: 0008
Create Date: 2026-12-03 09:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

from app.services.names import search_key, stroke_sort_text

revision = "0010"
down_revision = "0008"
branch_labels = None
depends_on = None

NAMED = ("member", "platform", "handling_unit")
STROKES = ("platform", "handling_unit")  # member.name_strokes exists since 0003


def upgrade() -> None:
    # Plain ALTER TABLE (no batch copy): recreating a table would cascade-delete its children.
    for table in NAMED:
        op.add_column(
            table, sa.Column("name_key", sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=True)
        )
        op.create_index(f"ix_{table}_name_key", table, ["name_key"], unique=False)
    for table in STROKES:
        op.add_column(
            table, sa.Column("name_strokes", sqlmodel.sql.sqltypes.AutoString(length=400), nullable=True)
        )
        op.create_index(f"ix_{table}_name_strokes", table, ["name_strokes"], unique=False)
    bind = op.get_bind()
    for table in NAMED:
        t = sa.table(
            table, sa.column("id"), sa.column("name"), sa.column("name_key"), sa.column("name_strokes")
        )
        for record_id, name in bind.execute(sa.select(t.c.id, t.c.name)).all():
            values = {"name_key": search_key(name)}
            if table in STROKES:  # new here; a member's has been kept since 0003
                values["name_strokes"] = stroke_sort_text(name or "")
            bind.execute(t.update().where(t.c.id == record_id).values(**values))
    _say_the_mode_once(bind)


def _say_the_mode_once(bind: sa.Connection) -> None:
    event = sa.table("follow_up_event", sa.column("id"), sa.column("kind"), sa.column("text"))
    rows = bind.execute(
        sa.select(event.c.id, event.c.text).where(
            event.c.kind == "assigned",
            sa.or_(event.c.text.like("%；会办；%"), event.c.text.like("%；分办；%")),
        )
    ).all()
    for event_id, text in rows:
        fixed = text.replace("；会办；", "；")
        if "；分办；" in fixed:
            fixed = fixed.replace("；分办；", "；").replace("，会办：", "，分办：")
        bind.execute(event.update().where(event.c.id == event_id).values(text=fixed))


def downgrade() -> None:
    for table in STROKES:
        op.drop_index(f"ix_{table}_name_strokes", table_name=table)
        op.drop_column(table, "name_strokes")
    for table in NAMED:
        op.drop_index(f"ix_{table}_name_key", table_name=table)
        op.drop_column(table, "name_key")
