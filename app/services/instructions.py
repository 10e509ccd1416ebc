"""领导批示 on a session, a 履职活动, a 协商专报, a 调研报告 or a 社情民意信息 (an instruction on a suggestion
is a 办理 step: app.services.handling.add_instruction). Recording one is the office's work, like every
批示; everyone who may see the record may read its instructions. Each is counted in 件次."""

from __future__ import annotations

import uuid
from datetime import date

from sqlmodel import col, select

from app.db.session import Database
from app.glossary import LEADER_INSTRUCTION
from app.messages import msg
from app.models.enums import AuditAction
from app.models.suggestions import LeaderInstruction
from app.services import audit, permissions, record_checks
from app.services.actor import Actor
from app.services.errors import NotFoundError
from app.services.subjects import Subject, SubjectKind, load, subject_of
from app.services.validation import raise_if


class InstructionService:
    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    def refusal(self, subject: Subject) -> str | None:
        """Why the actor may not record an instruction on `subject` (None: they may)."""
        with self.db.session(write=False) as s:
            loaded = load(s, self.actor, subject)
        return permissions.step_refusal(self.actor, True, LEADER_INSTRUCTION, loaded.platform_id)

    def add(self, subject: Subject, *, leader: str, given_on: date | None, text: str) -> LeaderInstruction:
        if subject.kind is SubjectKind.SUGGESTION:
            raise_if({"subject": msg("意见建议的领导批示请在意见建议的办理中登记")})
        with self.db.session() as s:
            loaded = load(s, self.actor, subject)
            permissions.require_step(self.actor, True, LEADER_INSTRUCTION, loaded.platform_id)
            errors: dict[str, str] = {}
            check = record_checks
            name = check.text(errors, "leader", leader, 50, msg("批示领导"), required=True)
            words = check.text(errors, "text", text, 5000, msg("批示内容"), required=True)
            after = (loaded.on, msg("{label}的日期", label=subject.kind.label)) if loaded.on else None
            check.day(
                errors, "given_on", given_on, msg("批示日期"), required=True, not_future=True, after=after
            )
            raise_if(errors)
            assert given_on is not None and name is not None and words is not None
            row = LeaderInstruction(leader=name, given_on=given_on, text=words)
            setattr(row, subject.spec.instruction_column, subject.id)
            s.add(row)
            s.flush()
            audit.record(
                s, self.actor, AuditAction.CREATE, "leader_instruction", row.id,
                after=audit.snapshot(row), note=f"{subject.kind.label}“{loaded.title}”的{LEADER_INSTRUCTION}",
            )  # fmt: skip
            return row

    def remove(self, instruction_id: uuid.UUID) -> None:
        with self.db.session() as s:
            row = s.get(LeaderInstruction, instruction_id)
            subject = subject_of(row) if row is not None else None
            if row is None or subject is None:
                raise NotFoundError(msg("找不到该领导批示（可能已被删除）。"))
            if subject.kind is SubjectKind.SUGGESTION:
                raise_if({"subject": msg("意见建议的领导批示属于办理记录，不能在这里删除")})
            loaded = load(s, self.actor, subject)
            permissions.require_step(self.actor, True, LEADER_INSTRUCTION, loaded.platform_id)
            before = audit.snapshot(row)
            s.delete(row)
            s.flush()
            audit.record(
                s, self.actor, AuditAction.DELETE, "leader_instruction", instruction_id, before=before
            )

    def list(self, subject: Subject) -> list[LeaderInstruction]:
        with self.db.session(write=False) as s:
            load(s, self.actor, subject)
            column = getattr(LeaderInstruction, subject.spec.instruction_column)
            return list(
                s.exec(
                    select(LeaderInstruction)
                    .where(column == subject.id)
                    .order_by(col(LeaderInstruction.given_on))
                ).all()
            )
