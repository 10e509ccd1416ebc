"""After a session: 成果转化 (what its results became) and 反馈群众 / 是否公开 (when and how residents were
told, and whether the record may be published, with the reason when not).

成果转化 is recorded on a 协商议事活动, a 履职活动 or a 协商专报; feedback and publicity on a session or a
履职活动. Both are changed by whoever may change that record (a coordinator: their platforms' records).
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlmodel import col, select

from app.db.session import Database
from app.messages import msg
from app.models.enums import AuditAction, OutcomeKind
from app.models.feedback import FeedbackUpdate
from app.models.reports import ResultOutcome
from app.services import audit, permissions, record_checks
from app.services.actor import Actor
from app.services.errors import ConflictError, NotFoundError
from app.services.subjects import Subject, SubjectKind, load, subject_of
from app.services.validation import raise_if

FEEDBACK_SUBJECTS = (SubjectKind.SESSION, SubjectKind.ACTIVITY)
OUTCOME_SUBJECTS = (SubjectKind.SESSION, SubjectKind.ACTIVITY, SubjectKind.RESULTS_REPORT)


class OutcomeService:
    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    def refusal(self, subject: Subject) -> str | None:
        with self.db.session(write=False) as s:
            loaded = load(s, self.actor, subject)
        return permissions.change_refusal(self.actor, subject.spec.area, [loaded.platform_id])

    # -- 成果转化 --------------------------------------------------------------------------------
    def add(
        self,
        subject: Subject,
        *,
        kind: OutcomeKind | None,
        description: str,
        achieved_on: date | None = None,
        reference: str | None = None,
    ) -> ResultOutcome:
        if subject.kind not in OUTCOME_SUBJECTS:
            raise_if({"subject": msg("{label}不登记成果转化", label=subject.kind.label)})
        with self.db.session() as s:
            loaded = load(s, self.actor, subject)
            permissions.require_change(self.actor, subject.spec.area, loaded.platform_id)
            errors: dict[str, str] = {}
            if kind is None:
                errors["kind"] = msg("请选择成果转化的类型")
            words = record_checks.text(
                errors, "description", description, 500, msg("转化内容"), required=True
            )
            ref = record_checks.text(errors, "reference", reference, 200, msg("文号或项目"))
            after = (loaded.on, msg("{label}的日期", label=subject.kind.label)) if loaded.on else None
            record_checks.day(
                errors, "achieved_on", achieved_on, msg("转化日期"), not_future=True, after=after
            )
            raise_if(errors)
            assert kind is not None and words is not None
            row = ResultOutcome(kind=kind, description=words, achieved_on=achieved_on, reference=ref)
            assert subject.spec.outcome_column is not None
            setattr(row, subject.spec.outcome_column, subject.id)
            s.add(row)
            s.flush()
            audit.record(
                s, self.actor, AuditAction.CREATE, "result_outcome", row.id,
                after=audit.snapshot(row), note=f"{subject.kind.label}“{loaded.title}”的成果转化",
            )  # fmt: skip
            return row

    def remove(self, outcome_id: uuid.UUID) -> None:
        with self.db.session() as s:
            row = s.get(ResultOutcome, outcome_id)
            subject = subject_of(row) if row is not None else None
            if row is None or subject is None:
                raise NotFoundError(msg("找不到该成果转化记录（可能已被删除）。"))
            loaded = load(s, self.actor, subject)
            permissions.require_change(self.actor, subject.spec.area, loaded.platform_id)
            before = audit.snapshot(row)
            s.delete(row)
            s.flush()
            audit.record(s, self.actor, AuditAction.DELETE, "result_outcome", outcome_id, before=before)

    def list(self, subject: Subject) -> list[ResultOutcome]:
        with self.db.session(write=False) as s:
            load(s, self.actor, subject)
            if subject.spec.outcome_column is None:
                return []
            column = getattr(ResultOutcome, subject.spec.outcome_column)
            stmt = select(ResultOutcome).where(column == subject.id)
            return list(s.exec(stmt.order_by(col(ResultOutcome.achieved_on), col(ResultOutcome.created_at))))

    # -- 反馈群众 and 是否公开 -----------------------------------------------------------------------
    def set_feedback(
        self, subject: Subject, data: FeedbackUpdate, *, expected_version: int | None = None
    ) -> object:
        """Record when and how residents were told, and whether the record is public (with a reason)."""
        if subject.kind not in FEEDBACK_SUBJECTS:
            raise_if({"subject": msg("{label}不登记反馈群众情况", label=subject.kind.label)})
        with self.db.session() as s:
            loaded = load(s, self.actor, subject)
            record = loaded.record
            permissions.require_change(self.actor, subject.spec.area, loaded.platform_id)
            if expected_version is not None and record.version != expected_version:
                raise ConflictError(msg("该{label}已被他人修改，请刷新后重试。", label=subject.kind.label))
            errors: dict[str, str] = {}
            check = record_checks
            after = (loaded.on, msg("活动时间")) if loaded.on else None
            check.day(errors, "feedback_on", data.feedback_on, msg("反馈日期"), not_future=True, after=after)
            note = check.text(errors, "feedback_note", data.feedback_note, 2000, msg("反馈内容"))
            reason = check.text(errors, "not_public_reason", data.not_public_reason, 200, msg("不公开的理由"))
            if data.feedback_on is not None and data.feedback_method is None:
                errors["feedback_method"] = msg("请选择反馈方式")
            if data.feedback_on is None and (data.feedback_method is not None or note):
                errors["feedback_on"] = msg("请填写反馈日期")
            if data.is_public is False and not reason:
                errors["not_public_reason"] = msg("不公开的，请写明理由")
            raise_if(errors)
            before = audit.snapshot(record)
            record.feedback_on = data.feedback_on
            record.feedback_method = data.feedback_method
            record.feedback_note = note
            record.is_public = data.is_public
            record.not_public_reason = reason if data.is_public is False else None
            if not s.is_modified(record):
                return record
            s.flush()
            audit.record(
                s, self.actor, AuditAction.UPDATE, subject.spec.area.value, record.id,
                before=before, after=audit.snapshot(record), note="反馈群众与是否公开",
            )  # fmt: skip
            return record
