"""Which dialog records which 办理 step."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QWidget

from app.services.handling_steps import HandlingStep
from app.services.hub import Services
from app.ui.dialogs.assign_dialog import AssignDialog
from app.ui.dialogs.conclude_dialog import ConcludeDialog
from app.ui.dialogs.decision_dialogs import AcceptDialog, NotAdoptDialog, ReopenDialog
from app.ui.dialogs.evaluation_dialog import EvaluationDialog, QualityDialog
from app.ui.dialogs.instruction_dialog import InstructionDialog
from app.ui.dialogs.reminder_dialog import ReminderDialog
from app.ui.dialogs.reply_dialog import ReplyDialog
from app.ui.dialogs.return_dialog import ReturnDialog
from app.ui.dialogs.step_dialog import StepDialog

STEP_DIALOGS: dict[HandlingStep, type[StepDialog]] = {
    HandlingStep.ASSIGN: AssignDialog,
    HandlingStep.ACCEPT: AcceptDialog,
    HandlingStep.RETURN: ReturnDialog,
    HandlingStep.REPLY: ReplyDialog,
    HandlingStep.CONCLUDE: ConcludeDialog,
    HandlingStep.NOT_ADOPT: NotAdoptDialog,
    HandlingStep.REOPEN: ReopenDialog,
    HandlingStep.INSTRUCTION: InstructionDialog,
    HandlingStep.REMIND: ReminderDialog,
    HandlingStep.EVALUATE: EvaluationDialog,
    HandlingStep.RATE_QUALITY: QualityDialog,
}


def make_step_dialog(
    services: Services, step: HandlingStep, suggestion_id: uuid.UUID, parent: QWidget | None
) -> StepDialog:
    return STEP_DIALOGS[step](services, suggestion_id, parent)
