"""The shape every 办理 step dialog shares: which suggestion, a small form, one HandlingService call.

A subclass builds its fields on `self.form` (keys named like the service's error fields, so a refused
value is explained under its field) and implements `submit()`, which calls `self.handling` (the
HandlingService) with the version that was read. Every error of the form shows at once; while they are
on screen the form is checked again as the person corrects it (the same call, rolled back: nothing is
written), so each error goes as soon as it is fixed. Anything else the service refuses (wrong state,
退办 window passed, someone else saved meanwhile) is shown in red above the form; the dialog stays open
so nothing typed is lost. A recorded step is published on the change bus.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any, ClassVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialogButtonBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.suggestions import Suggestion
from app.services.errors import ServiceError, ValidationError
from app.services.handling_steps import HandlingStep
from app.services.hub import Services
from app.services.language import shown
from app.ui import changes
from app.ui.changes import Change
from app.ui.dialogs.form_dialog import FormDialog
from app.ui.messages import render, render_errors
from app.ui.style import styled_label
from app.ui.widgets.optional_date import make_date_edit, to_date, to_qdate
from app.ui.widgets.record_form import RecordForm

TITLE_CHARS = 40


def past_date_edit(initial: date | None = None) -> QDateEdit:
    """A date editor that offers no future days (the services refuse them)."""
    edit = make_date_edit()
    edit.setMaximumDate(to_qdate(date.today()))
    if initial is not None:
        edit.setDate(to_qdate(min(initial, date.today())))
    return edit


def date_of(edit: QDateEdit) -> date:
    return to_date(edit.date())


class StepDialog(FormDialog):
    step: ClassVar[HandlingStep]

    def __init__(self, services: Services, suggestion_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._handling: Any = None  # the checking copy while the form is re-checked
        self.suggestion: Suggestion = services.suggestions.get(suggestion_id)
        self.version = self.suggestion.version
        self.outcome: Any = None  # what the service returned
        title = self.suggestion.title
        short = title if len(title) <= TITLE_CHARS else title[: TITLE_CHARS - 1] + "…"
        self.setWindowTitle(f"{self.step_title()}：{short}")
        self.setMinimumWidth(540)
        heading = styled_label(
            self.tr("{title}（当前状态：{state}）").format(title=title, state=shown(self.suggestion.state)),
            "pageHint",
            wrap=True,
        )
        self.form = RecordForm(entity=self.step.value)
        self.form_error = styled_label("", "formError", wrap=True)
        self.form_error.hide()
        self.buttons = QDialogButtonBox()
        self.ok_button: QPushButton = self.set_primary(
            self.buttons.addButton(self.step_title(), QDialogButtonBox.ButtonRole.AcceptRole)
        )
        cancel = self.buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.form_error)
        self.build_form()
        layout.addWidget(self.form, 1)
        layout.addWidget(self.buttons)

    # -- what subclasses provide -----------------------------------------------------------
    def build_form(self) -> None:
        raise NotImplementedError

    def submit(self) -> Any:
        """Call HandlingService; return what it returns."""
        raise NotImplementedError

    def step_title(self) -> str:
        return shown(self.step)

    # -- shared flow ----------------------------------------------------------------------------
    @property
    def handling(self) -> Any:
        return self._handling or self.services.handling

    def accept(self) -> None:
        self.clear_errors()
        try:
            self.outcome = self.submit()
        except ValidationError as exc:
            self.display_errors(render_errors(exc.errors), focus=True)
            self.watch_fixes()
            return
        except ServiceError as exc:
            self.show_message(render(exc.message))
            return
        changes.publish(Change.SUGGESTIONS)
        super().accept()

    def current_errors(self) -> dict[str, str] | None:
        self._handling = self.services.handling.checking()
        try:
            self.submit()
        except ValidationError as exc:
            return render_errors(exc.errors)
        except ServiceError:
            return None  # refused as a whole (state, permission): said on saving
        finally:
            self._handling = None
        return {}

    def display_errors(self, errors: dict[str, str], *, focus: bool) -> None:
        self.clear_errors()
        rest = self.form.show_errors(errors, focus=focus)
        if rest:
            self.show_message("\n".join(rest.values()))

    def clear_errors(self) -> None:
        self.form.clear_errors()
        self.form_error.clear()
        self.form_error.hide()

    def show_message(self, text: str) -> None:
        self.form_error.setText(text)
        self.form_error.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.form_error.show()

    def message(self) -> str:
        """The refusal shown above the form ("" when none)."""
        return self.form_error.text() if not self.form_error.isHidden() else ""
