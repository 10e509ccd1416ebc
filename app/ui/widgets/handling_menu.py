"""The 办理 menu of one suggestion: every step, with only the moves its state allows enabled.

A disabled entry says why in its tooltip (the workflow's own wording). Choosing an entry opens the step's
dialog; the dialog publishes the recorded step on the change bus, so lists and detail views re-read.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from app.models.enums import SuggestionState
from app.services import permissions
from app.services.errors import ServiceError, TransitionError
from app.services.handling_steps import OFFICE_STEPS, HandlingStep, require_step
from app.services.hub import Services
from app.services.language import shown
from app.ui.dialogs.handling_dialogs import make_step_dialog
from app.ui.dialogs.step_dialog import StepDialog
from app.ui.messages import render, show_error

# Menu order, with separators between groups (None).
LAYOUT: list[HandlingStep | None] = [
    HandlingStep.ASSIGN,
    HandlingStep.ACCEPT,
    HandlingStep.RETURN,
    HandlingStep.REPLY,
    HandlingStep.CONCLUDE,
    None,
    HandlingStep.NOT_ADOPT,
    HandlingStep.REOPEN,
    None,
    HandlingStep.INSTRUCTION,
    HandlingStep.REMIND,
    None,
    HandlingStep.EVALUATE,
    HandlingStep.RATE_QUALITY,
]


@dataclass(frozen=True)
class Target:
    """The suggestion the menu acts on, as far as the menu needs to know it."""

    id: uuid.UUID
    state: SuggestionState
    platform_id: uuid.UUID | None = None
    archived: bool = False


def step_refusal(services: Services, step: HandlingStep, target: Target) -> str:
    """Why `step` cannot be recorded for `target` ("" when it can)."""
    actor = services.actor
    if target.archived:
        return QCoreApplication.translate("HandlingMenu", "已归档的意见建议不能再办理，请先恢复。")
    refusal = permissions.step_refusal(actor, step in OFFICE_STEPS, shown(step), target.platform_id)
    if refusal is not None:
        return refusal
    try:
        require_step(step, target.state)
    except TransitionError as exc:
        return render(exc.message)
    return ""


class HandlingMenu(QMenu):
    detail_requested = Signal(object)  # the suggestion's id

    def __init__(
        self, services: Services, parent: QWidget | None = None, *, with_detail: bool = True
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.target: Target | None = None
        self.setToolTipsVisible(True)
        self.step_actions: dict[HandlingStep, QAction] = {}
        self.detail_action: QAction | None = None
        if with_detail:
            self.detail_action = self.addAction(self.tr("办理详情…"))
            self.detail_action.triggered.connect(self._detail)
            self.addSeparator()
        for step in LAYOUT:
            if step is None:
                self.addSeparator()
                continue
            action = self.addAction(f"{shown(step)}…")
            action.triggered.connect(lambda _checked=False, s=step: self.open_step(s))
            self.step_actions[step] = action
        self.last_dialog: StepDialog | None = None
        self.set_target(None)

    def set_target(self, target: Target | None) -> None:
        self.target = target
        if self.detail_action is not None:
            self.detail_action.setEnabled(target is not None)
        for step, action in self.step_actions.items():
            if step is HandlingStep.ASSIGN:
                again = target is not None and target.state is SuggestionState.RETURNED
                action.setText(self.tr("重新交办…") if again else self.tr("交办…"))
            reason = step_refusal(self.services, step, target) if target is not None else ""
            action.setEnabled(target is not None and not reason)
            action.setToolTip(reason)

    def enabled_steps(self) -> list[HandlingStep]:
        return [step for step, action in self.step_actions.items() if action.isEnabled()]

    def open_step(self, step: HandlingStep) -> StepDialog | None:
        target = self.target
        if target is None:
            return None
        owner = self.parentWidget()
        try:
            dialog = make_step_dialog(self.services, step, target.id, owner.window() if owner else None)
        except ServiceError as exc:  # deleted or archived meanwhile
            show_error(owner, render(exc.message))
            return None
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def _detail(self) -> None:
        if self.target is not None:
            self.detail_requested.emit(self.target.id)


class HandlingButton(QPushButton):
    """A toolbar button “办理 ▾” carrying a HandlingMenu."""

    def __init__(
        self, services: Services, parent: QWidget | None = None, *, with_detail: bool = True
    ) -> None:
        super().__init__(parent)
        self.setText(self.tr("办理"))
        self.setToolTip(self.tr("交办、答复、办结、催办、评价等办理步骤"))
        self.handling_menu = HandlingMenu(services, self, with_detail=with_detail)
        self.setMenu(self.handling_menu)
        self.set_target(None)

    def set_target(self, target: Target | None) -> None:
        self.handling_menu.set_target(target)
        self.setEnabled(target is not None)
