"""登录: username and password; wrong ones, a disabled or locked account are said under the fields.

At start the dialog may show before the database has opened (`db=None`, app/ui/launch.py): 登录 then
waits, saying so, and signs in as soon as `set_database()` hands the database over.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget

from app import APP_NAME
from app.ui.dialogs.form_dialog import FormDialog
from app.ui.messages import render
from app.ui.style import styled_label
from app.ui.widgets.record_form import RecordForm

if TYPE_CHECKING:
    from app.db.health import DatabaseDamaged
    from app.db.session import Database
    from app.services.actor import Actor


class SignInDialog(FormDialog):
    confirm_discard = False  # nothing to lose

    def __init__(
        self, db: Database | None, *, username: str = "", office: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.damaged: DatabaseDamaged | None = None  # the accounts could not be read: the file is damaged
        self.waiting = False  # 登录 pressed before the database was open
        self.setWindowTitle(self.tr("登录 — {app}").format(app=APP_NAME))
        self.setMinimumWidth(420)
        title = styled_label(office or APP_NAME, "pageTitle")
        hint = styled_label(
            self.tr("请输入您的账户和密码。忘记密码请联系管理员重设。"), "pageHint", wrap=True
        )
        self.username = QLineEdit(username, maxLength=50)
        self.password = QLineEdit(maxLength=128)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.form = RecordForm()
        self.form.add("username", self.tr("用户名"), self.username)
        self.form.add("password", self.tr("密码"), self.password)
        self.error = styled_label("", "formError", wrap=True)
        self.error.hide()
        buttons = QDialogButtonBox()
        self.sign_in_button = self.set_primary(
            buttons.addButton(self.tr("登录"), QDialogButtonBox.ButtonRole.AcceptRole)
        )
        buttons.addButton(self.tr("退出"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(hint)
        layout.addWidget(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        (self.password if username else self.username).setFocus()

    def set_database(self, db: Database) -> None:
        """The database has opened: sign in now if 登录 was pressed while it was opening."""
        self.db = db
        if self.waiting:
            self.waiting = False
            self.sign_in_button.setEnabled(True)
            self.accept()

    def accept(self) -> None:
        """Sign in; on failure the dialog stays open with the reason and an empty password field."""
        if self.db is None:
            self.waiting = True
            self.sign_in_button.setEnabled(False)
            self.error.setText(self.tr("正在打开台账，请稍候…"))
            self.error.show()
            return
        from app.db.health import DatabaseDamaged
        from app.services.accounts import AccountService
        from app.services.errors import ServiceError

        self.error.hide()
        try:
            self.actor = AccountService(self.db).sign_in(self.username.text(), self.password.text())
        except DatabaseDamaged as exc:  # the caller says so and offers what can be done
            self.damaged = exc
            super().reject()
            return
        except ServiceError as exc:
            self.error.setText(render(exc.message))
            self.error.show()
            self.password.clear()
            self.password.setFocus()
            return
        super().accept()
