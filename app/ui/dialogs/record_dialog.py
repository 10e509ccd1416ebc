"""The create/edit flow every record dialog shares (on FormDialog: Enter saves, Esc asks, Tab moves).

A subclass builds its fields on `self.form`, fills them from a record in `load()`, and returns the
entered values from `values()`. Saving builds the service's Create/Update schema with
`validation.build`, calls the service (edits send the version that was read, so a record changed by
someone else in the meantime is refused), and shows the service's Chinese messages: every field error
under its field at once, anything else in a message box. While errors are shown the form is checked
again as the person types (`CrudService.check`, nothing written), so each error goes once it is fixed.
After a save the dialog publishes what changed on the change bus (`changes`); it never touches the
database session itself.
"""

from __future__ import annotations

import uuid
from typing import Any, ClassVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QVBoxLayout, QWidget
from sqlmodel import SQLModel

from app.services.crud import CrudService
from app.services.errors import ConflictError, ServiceError, ValidationError
from app.services.hub import Services
from app.services.validation import build
from app.ui import changes
from app.ui.changes import Change
from app.ui.dialogs.form_dialog import FormDialog
from app.ui.messages import render, render_errors, show_error
from app.ui.style import styled_label
from app.ui.widgets.record_form import RecordForm


class RecordDialog(FormDialog):
    create_schema: ClassVar[type[SQLModel]]
    update_schema: ClassVar[type[SQLModel]]
    entity: ClassVar[str | None] = None  # validation.TEXT_LIMITS key: the form shows length counters
    changes: ClassVar[tuple[Change, ...]] = ()  # what a save changes (published on the change bus)

    def __init__(
        self, services: Services, record_id: uuid.UUID | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.record: Any = self.service().get(record_id) if record_id is not None else None
        self.version: int | None = self.record.version if self.record is not None else None
        self.saved_id: uuid.UUID | None = None
        self.setWindowTitle(self.title())
        self.setMinimumWidth(520)
        self.form = RecordForm(entity=self.entity)
        self.form_error = styled_label("", "formError", wrap=True)
        self.form_error.hide()
        self.buttons = QDialogButtonBox()
        self.save_button: QPushButton = self.set_primary(
            self.buttons.addButton(self.tr("保存"), QDialogButtonBox.ButtonRole.AcceptRole)
        )
        # What this person may not change opens read-only: saving is off before anything is typed.
        values = self.record.model_dump() if self.record is not None else None
        self.refusal = self.service().change_refusal(values)
        self.save_button.setEnabled(self.refusal is None)
        if self.refusal is not None:
            self.save_button.setToolTip(self.refusal)
        cancel = self.buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        cancel.clicked.connect(self.reject)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.form_error)
        self.build_form()
        self._layout.addWidget(self.body(), 1)
        self._layout.addWidget(self.buttons)
        if self.record is not None:
            self.load(self.record)

    # -- what subclasses provide ------------------------------------------------------
    def service(self) -> CrudService[Any, Any, Any]:
        raise NotImplementedError

    def noun(self) -> str:
        raise NotImplementedError

    def build_form(self) -> None:
        raise NotImplementedError

    def load(self, record: Any) -> None:
        raise NotImplementedError

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def body(self) -> QWidget:
        """The widget placed between the error line and the buttons (the form, or tabs around it)."""
        return self.form

    def after_save(self, record_id: uuid.UUID) -> None:
        """Save what belongs to the record but lives elsewhere (attendance, participants)."""

    def extra_errors(self) -> dict[str, str]:
        """Problems of what `after_save` will save (checked with the record, so all show at once)."""
        return {}

    # -- shared flow ------------------------------------------------------------------------
    @property
    def is_new(self) -> bool:
        return self.record is None

    @property
    def confirm_discard(self) -> bool:  # type: ignore[override]
        return self.refusal is None  # nothing to lose where nothing could be saved

    def title(self) -> str:
        return (self.tr("新建%s") if self.record is None else self.tr("编辑%s")) % self.noun()

    def accept(self) -> None:
        if self.save():
            super().accept()

    def save(self) -> bool:
        """Validate and save; True on success. Errors stay on screen and the dialog stays open."""
        self.clear_errors()
        try:
            values = self.values()
            extra = self.extra_errors()
            if extra:
                raise ValidationError(extra)
            if self.record is None:
                obj = self.service().create(build(self.create_schema, **values))
            else:
                obj = self.service().update(
                    self.record.id, build(self.update_schema, **values), expected_version=self.version
                )
            # From here on a retry is an edit of the saved record, not a second new one.
            self.record, self.version, self.saved_id = obj, obj.version, obj.id
            self.after_save(obj.id)
        except ValidationError as exc:
            self.display_errors({**render_errors(exc.errors), **(self.current_errors() or {})}, focus=True)
            self.watch_fixes()
            return False
        except ConflictError as exc:
            show_error(self, render(exc.message), self.tr("保存冲突"))
            return False
        except ServiceError as exc:
            show_error(self, render(exc.message))
            return False
        finally:
            if self.saved_id is not None:
                changes.publish(*self.changes)
        return True

    def current_errors(self) -> dict[str, str] | None:
        schema = self.create_schema if self.record is None else self.update_schema
        record_id = self.record.id if self.record is not None else None
        try:
            errors = self.service().check(schema, self.values(), record_id)
        except ServiceError:
            return None
        return {**errors, **self.extra_errors()}

    def clear_errors(self) -> None:
        self.form.clear_errors()
        self.form_error.clear()
        self.form_error.hide()

    def display_errors(self, errors: dict[str, str], *, focus: bool) -> None:
        self.clear_errors()
        self.show_errors(errors, focus=focus)

    def show_errors(self, errors: dict[str, str], *, focus: bool = True) -> None:
        rest = self.form.show_errors(errors, focus=focus)
        if rest:
            self.form_error.setText("\n".join(rest.values()))
            self.form_error.show()
        self.form_error.setAlignment(Qt.AlignmentFlag.AlignLeft)
