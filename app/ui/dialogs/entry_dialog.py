"""A small form that records one thing on a record — a 领导批示, a 成果转化, the feedback to residents.

The subclass builds its fields on `self.form` (a RecordForm, keys named like the service's error
fields) and implements `submit()`, one service call. A refused value is shown under its field, anything
else in red above the form; the dialog stays open so nothing typed is lost.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from app.services.errors import ServiceError, ValidationError
from app.services.hub import Services
from app.services.language import shown
from app.services.subjects import Subject
from app.ui.messages import render, render_errors
from app.ui.style import styled_label
from app.ui.widgets.record_form import RecordForm


class EntryDialog(QDialog):
    def __init__(
        self, services: Services, subject: Subject, about: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.subject = subject
        self.outcome: Any = None
        self.setWindowTitle(self.title())
        self.setMinimumWidth(520)
        self.form = RecordForm()
        self.form_error = styled_label("", "formError", wrap=True)
        self.form_error.hide()
        buttons = QDialogButtonBox()
        self.ok_button: QPushButton = buttons.addButton(
            self.tr("保存"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setDefault(True)
        cancel = buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(styled_label(f"{shown(subject.kind)}：{about}", "pageHint", wrap=True))
        layout.addWidget(self.form_error)
        self.build_form()
        layout.addWidget(self.form, 1)
        layout.addWidget(buttons)

    def title(self) -> str:
        raise NotImplementedError

    def build_form(self) -> None:
        raise NotImplementedError

    def submit(self) -> Any:
        raise NotImplementedError

    def accept(self) -> None:
        self.form.clear_errors()
        self.form_error.hide()
        try:
            self.outcome = self.submit()
        except ValidationError as exc:
            rest = self.form.show_errors(render_errors(exc.errors))
            if rest:
                self.form_error.setText("\n".join(rest.values()))
                self.form_error.show()
            return
        except ServiceError as exc:
            self.form_error.setText(render(exc.message))
            self.form_error.show()
            return
        super().accept()
