"""Cutting an import's writes into batches, and naming the rows the database refuses.

Batches are runs of one kind of record (a kind is written after what it refers to). A refused row
becomes a RowIssue on its sheet, row and column — the column found from the field the service's
error names — so the whole file is never refused without saying which rows.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

from sqlmodel import Session

from app.messages import msg
from app.services.errors import ServiceError, ValidationError
from app.services.integrity import RULES
from app.services.ledger_import.fields import SESSION_ROW_SUGGESTION
from app.services.ledger_import.model import ERROR, PlannedRecord, RowIssue

BATCH = 400
# Fields named in the 办理 steps' errors → the import field (column) they come from.
STEP_FIELDS = {
    "lead_unit_id": "lead_unit",
    "co_unit_ids": "co_units",
    "accepted_on": "assigned_on",
    "decided_on": "state",
    "reason": "state",
    "eval_before": "satisfaction",
    "eval_during": "satisfaction",
    "eval_after": "satisfaction",
    "quality_rated_on": "quality_rating",
    "platform_id": "platform",
    "proposer_id": "proposer",
    "session_id": "session_topic",
}
SESSION_KEYS = {v: k for k, v in SESSION_ROW_SUGGESTION.items()}


class ImportRefused(ServiceError):
    """Rows the database refused when written: nothing was written; `issues` names each row."""

    def __init__(self, issues: list[RowIssue]) -> None:
        first = issues[0] if issues else None
        where = (first.text() if first.sheet else first.message) if first is not None else msg("写入时出错")
        more = msg("等 {count} 处", count=len(issues)) if len(issues) > 1 else ""
        super().__init__(msg("{where}{more}。未导入任何数据。", where=where, more=more))
        self.issues = issues


def batches(records: list[PlannedRecord]) -> Iterator[list[PlannedRecord]]:
    """Runs of records of one kind, at most BATCH long (a kind is written after what it refers to)."""
    batch: list[PlannedRecord] = []
    for record in records:
        if batch and (record.entity != batch[0].entity or len(batch) >= BATCH):
            yield batch
            batch = []
        batch.append(record)
    if batch:
        yield batch


def ids_in(value: Any) -> Iterator[uuid.UUID]:
    if isinstance(value, uuid.UUID):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from ids_in(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from ids_in(item)


def integrity_counts(s: Session) -> dict[str, int]:
    """The domain rules `check` applies, with the number of records breaking each."""
    return {rule: int(s.execute(make()).scalar_one()) for rule, make in RULES}


def integrity_problems(before: dict[str, int], after: dict[str, int]) -> list[RowIssue]:
    return [
        RowIssue(
            "",
            0,
            None,
            msg("导入后将出现完整性问题：{rule}（{value} 条）", rule=rule, value=n - before.get(rule, 0)),
        )
        for rule, n in after.items()
        if n > before.get(rule, 0)
    ]


def row_issue(record: PlannedRecord, exc: BaseException, columns: dict[str, tuple[int, str]]) -> RowIssue:
    """The refused row, on the column the error is about when it names one."""
    message = getattr(exc, "message", None) or msg("数据库拒绝写入这一行（与已有记录冲突）")
    field = None
    if isinstance(exc, ValidationError) and exc.errors:
        field, message = next(iter(exc.errors.items()))
    key = STEP_FIELDS.get(field or "", field or "")
    found = (columns.get(key) or columns.get(SESSION_KEYS.get(key, ""))) if key else None
    return RowIssue(
        record.sheet,
        record.row,
        found[1] if found else None,
        message,
        ERROR,
        found[0] if found else None,
        record.entity,
    )
