"""Integrity check: the database engine's own check plus the domain's rules across records."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from app.db.attachment_store import content_sha256, content_size
from app.db.migrate import current_revision, head_revision
from app.db.session import Database
from app.messages import msg
from app.models._base import table_of
from app.models.attachments import Attachment
from app.models.enums import SuggestionState
from app.models.sessions import ConsultationSession
from app.models.suggestions import Suggestion
from app.services import audit_chain
from app.services.search_index import KIND_SESSION, KIND_SUGGESTION

SG = table_of(Suggestion).c
CS = table_of(ConsultationSession).c


@dataclass
class IntegrityReport:
    problems: list[str] = field(default_factory=list)
    checked: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


# A domain rule: a description and a query counting the rows that break it.
Rule = tuple[str, Callable[[], sa.Select[Any]]]


def _count(*where: sa.ColumnElement[bool], table: sa.FromClause | None = None) -> sa.Select[Any]:
    return (
        sa.select(sa.func.count())
        .select_from(table if table is not None else table_of(Suggestion))
        .where(*where)
    )


_HANDED = [
    s.value
    for s in (
        SuggestionState.ASSIGNED,
        SuggestionState.IN_PROGRESS,
        SuggestionState.REPLIED,
        SuggestionState.CONCLUDED,
    )
]

RULES: list[Rule] = [
    (
        "意见建议的站室组与所属活动的站室组不一致",
        lambda: _count(
            SG.platform_id != CS.platform_id,
            table=table_of(Suggestion).join(table_of(ConsultationSession), CS.id == SG.session_id),
        ),
    ),
    (
        "已交办的意见建议缺少主办单位或交办日期",
        lambda: _count(SG.state.in_(_HANDED), sa.or_(SG.lead_unit_id.is_(None), SG.assigned_on.is_(None))),
    ),
    (
        "已答复或已办结的意见建议缺少答复日期",
        lambda: _count(
            SG.state.in_([SuggestionState.REPLIED.value, SuggestionState.CONCLUDED.value]),
            SG.replied_on.is_(None),
        ),
    ),
    (
        "已办结的意见建议缺少办结日期",
        lambda: _count(SG.state == SuggestionState.CONCLUDED.value, SG.concluded_on.is_(None)),
    ),
    ("办理时限早于交办日期", lambda: _count(SG.due_on < SG.assigned_on)),
    ("答复日期早于交办日期", lambda: _count(SG.replied_on < SG.assigned_on)),
]


def check_database(db: Database) -> IntegrityReport:
    report = IntegrityReport()
    engine = db.engine
    current = current_revision(engine)
    report.checked.append(msg("数据库结构版本"))
    if current != head_revision():
        report.problems.append(
            msg(
                "数据库结构版本为 {current}，不是本程序的最新版本 {head_revision}",
                current=current,
                head_revision=head_revision(),
            )
        )
    with db.session(write=False) as s:
        if engine.dialect.name == "sqlite":
            _sqlite_checks(s, report)
        for description, make in RULES:
            report.checked.append(description)
            n = int(s.execute(make()).scalar_one())
            if n:
                report.problems.append(msg("{description}：{n} 条", description=description, n=n))
        if engine.dialect.name == "sqlite":
            _search_index_check(s, report)
        _attachment_checks(s, report)
        _audit_checks(s, report)
    return report


TRIGGERS = {
    "sqlite": ("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_entry'",
               {"audit_entry_no_update", "audit_entry_no_delete"}),
    "postgresql": ("SELECT tgname FROM pg_trigger "
                   "WHERE tgrelid = 'audit_entry'::regclass AND NOT tgisinternal",
                   {"audit_entry_no_change", "audit_entry_no_truncate"}),
}  # fmt: skip


def _audit_checks(session: Session, report: IntegrityReport) -> None:
    """The log is complete and unaltered (hash chain), and the database still refuses changes to it."""
    report.checked.append(msg("操作日志防篡改保护"))
    query, wanted = TRIGGERS[session.get_bind().dialect.name]
    present = {row[0] for row in session.execute(sa.text(query))}
    missing = sorted(wanted - present)
    if missing:
        report.problems.append(
            msg("操作日志的防篡改触发器缺失：{join}（操作日志可能已被改动）", join="、".join(missing))
        )
    report.checked.append(msg("操作日志校验链"))
    chain = audit_chain.verify(session.connection())
    report.problems.extend(chain.problems)


def _search_index_check(session: Session, report: IntegrityReport) -> None:
    """Every session and suggestion has exactly one entry in the search index."""
    report.checked.append(msg("搜索索引"))
    indexed = session.execute(
        sa.text("SELECT count(*) FROM search_doc WHERE kind IN (:s, :g)"),
        {"s": KIND_SESSION, "g": KIND_SUGGESTION},
    ).scalar_one()
    records = session.execute(
        sa.select(sa.func.count()).select_from(table_of(ConsultationSession))
    ).scalar_one()
    records += session.execute(sa.select(sa.func.count()).select_from(table_of(Suggestion))).scalar_one()
    if indexed != records:
        report.problems.append(
            msg(
                "搜索索引收录 {indexed} 条，库中有 {records} 条活动和意见建议，"
                "请重建搜索索引（python -m app search --reindex）",
                indexed=indexed,
                records=records,
            )
        )


def _attachment_checks(session: Session, report: IntegrityReport) -> None:
    """Each attachment's content is in the database, with the size and SHA-256 recorded."""
    report.checked.append(msg("附件内容"))
    missing: list[str] = []
    damaged: list[str] = []
    verified: dict[str, bool] = {}
    conn = session.connection()
    for attachment in session.exec(select(Attachment).where(col(Attachment.archived_at).is_(None))):
        sha = attachment.sha256
        if content_size(conn, sha) is None:
            missing.append(attachment.filename)
            continue
        if sha not in verified:
            verified[sha] = content_sha256(conn, sha) == (sha, attachment.size)
        if not verified[sha]:
            damaged.append(attachment.filename)
    if missing:
        report.problems.append(
            msg("附件内容缺失：{count} 个（{names}）", count=len(missing), names=_names(missing))
        )
    if damaged:
        report.problems.append(
            msg("附件内容与登记不符：{count} 个（{names}）", count=len(damaged), names=_names(damaged))
        )


def _names(names: list[str]) -> str:
    return "、".join(names[:5]) + (msg("等") if len(names) > 5 else "")


def _sqlite_checks(session: Session, report: IntegrityReport) -> None:
    report.checked.append(msg("SQLite 完整性检查"))
    result = [r[0] for r in session.execute(sa.text("PRAGMA integrity_check")).all()]
    if result != ["ok"]:
        report.problems.extend(msg("SQLite 完整性检查：{line}", line=line) for line in result[:20])
    report.checked.append(msg("外键检查"))
    broken = session.execute(sa.text("PRAGMA foreign_key_check")).all()
    if broken:
        tables = sorted({row[0] for row in broken})
        report.problems.append(
            msg("外键指向不存在的记录：{count} 处（表：{join}）", count=len(broken), join="、".join(tables))
        )
