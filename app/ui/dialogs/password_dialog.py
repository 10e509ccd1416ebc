"""修改密码 (one's own, giving the current one) and 重设密码 (an administrator, for someone else)."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget

from app.services.accounts import MIN_PASSWORD_LENGTH
from app.services.errors import ServiceError, ValidationError
from app.services.hub import Services
from app.ui.dialogs.form_dialog import FormDialog
from app.ui.messages import render, render_errors, show_info
from app.ui.style import styled_label
from app.ui.widgets.record_form import RecordForm


def _secret() -> QLineEdit:
    field = QLineEdit(maxLength=128)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class PasswordDialog(FormDialog):
    confirm_discard = False  # a password is typed again in a moment

    def __init__(
        self,
        services: Services,
        user: tuple[uuid.UUID, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`user`: (id, name) of the account an administrator resets; None: one's own password."""
        super().__init__(parent)
        self.services = services
        self.user = user
        self.setWindowTitle(self.tr("修改密码") if user is None else self.tr("重设密码"))
        self.setMinimumWidth(420)
        self.current = _secret()
        self.new = _secret()
        self.new.setPlaceholderText(self.tr("至少 {n} 个字符").format(n=MIN_PASSWORD_LENGTH))
        self.repeat = _secret()
        self.form = RecordForm()
        if user is None:
            self.form.add("current_password", self.tr("当前密码"), self.current, required=True)
        else:
            self.form.add_note(self.tr("为账户“{name}”设置新密码，并解除锁定。").format(name=user[1]))
        self.form.add("new_password", self.tr("新密码"), self.new, required=True)
        self.form.add("repeat", self.tr("再输一次"), self.repeat, required=True)
        self.error = styled_label("", "formError", wrap=True)
        self.error.hide()
        buttons = QDialogButtonBox()
        self.set_primary(buttons.addButton(self.tr("保存"), QDialogButtonBox.ButtonRole.AcceptRole))
        buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.form.clear_errors()
        self.error.hide()
        if self.new.text() != self.repeat.text():
            self.form.show_errors({"repeat": self.tr("两次输入的密码不一致")})
            return
        try:
            if self.user is None:
                self.services.users.change_own_password(self.current.text(), self.new.text())
            else:
                self.services.users.reset_password(self.user[0], self.new.text())
        except ValidationError as exc:
            errors = {
                ("new_password" if k == "password" else k): v for k, v in render_errors(exc.errors).items()
            }
            rest = self.form.show_errors(errors)
            if rest:
                self.error.setText("\n".join(rest.values()))
                self.error.show()
            return
        except ServiceError as exc:
            self.error.setText(render(exc.message))
            self.error.show()
            return
        show_info(self, self.tr("密码已修改。") if self.user is None else self.tr("密码已重设。"))
        super().accept()
