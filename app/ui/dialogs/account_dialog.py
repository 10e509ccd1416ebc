"""Create or edit an account (administrators): name, role, the platforms a coordinator looks after."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.models.enums import UserRole
from app.services.accounts import MIN_PASSWORD_LENGTH
from app.services.errors import ServiceError, ValidationError
from app.services.hub import Services
from app.services.users import UserCreate, UserInfo, UserUpdate
from app.ui import changes
from app.ui.changes import Change
from app.ui.dialogs.form_dialog import FormDialog
from app.ui.messages import render, render_errors
from app.ui.style import styled_label
from app.ui.widgets.check_list import CheckList
from app.ui.widgets.choice_combo import ChoiceCombo
from app.ui.widgets.record_form import RecordForm


def _secret() -> QLineEdit:
    field = QLineEdit(maxLength=128)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class AccountDialog(FormDialog):
    def __init__(
        self, services: Services, user_id: uuid.UUID | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.info: UserInfo | None = services.users.get(user_id) if user_id is not None else None
        self.saved_id: uuid.UUID | None = None
        self.setWindowTitle(self.tr("新建账户") if self.info is None else self.tr("编辑账户"))
        self.setMinimumWidth(520)
        self.username = QLineEdit()
        self.display_name = QLineEdit()
        self.role = ChoiceCombo()
        self.role.set_enum(UserRole)
        self.role.set_value(UserRole.CLERK)
        self.platforms = CheckList(self.tr("输入名称筛选站室组"))
        self.platforms.set_choices(services.platforms.choices())
        self.password = _secret()
        self.password.setPlaceholderText(self.tr("至少 {n} 个字符").format(n=MIN_PASSWORD_LENGTH))
        self.repeat = _secret()
        self.form = RecordForm(entity="app_user")
        f = self.form
        if self.info is None:
            f.add("username", self.tr("用户名"), self.username, required=True)
        else:
            f.add("username", self.tr("用户名"), QLabel(self.info.username))
        f.add("display_name", self.tr("姓名"), self.display_name)
        f.add("role", self.tr("角色"), self.role, required=True)
        f.add("platform_ids", self.tr("负责的站室组"), self.platforms)
        self.role_hint = f.add_note("")
        if self.info is None:
            f.add("password", self.tr("初始密码"), self.password, required=True)
            f.add("repeat", self.tr("再输一次"), self.repeat, required=True)
        self.error = styled_label("", "formError", wrap=True)
        self.error.hide()
        buttons = QDialogButtonBox()
        self.set_primary(buttons.addButton(self.tr("保存"), QDialogButtonBox.ButtonRole.AcceptRole))
        buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        if self.info is not None:
            self.display_name.setText(self.info.display_name)
            self.role.set_value(self.info.role)
            self.platforms.set_checked(self.info.platform_ids)
        self.role.currentIndexChanged.connect(lambda _i: self._role_changed())
        self._role_changed()

    def _role_changed(self) -> None:
        role = self.role.value()
        coordinator = role is UserRole.COORDINATOR or role == UserRole.COORDINATOR.value
        self.platforms.setEnabled(coordinator)
        hints = {
            UserRole.ADMIN: self.tr("管理员：可做一切操作，包括管理账户和设置。"),
            UserRole.CLERK: self.tr("工作人员：登记和修改全部记录，不能管理账户。"),
            UserRole.COORDINATOR: self.tr("平台联络员：只看到并登记所负责站室组的记录。"),
            UserRole.VIEWER: self.tr("只读：查看全部记录，不能修改，也不能完整导出联系电话。"),
        }
        self.role_hint.setText(hints.get(UserRole(role), "") if role else "")

    def accept(self) -> None:
        self.form.clear_errors()
        self.error.hide()
        role = UserRole(self.role.value())
        try:
            if self.info is None:
                if self.password.text() != self.repeat.text():
                    self.form.show_errors({"repeat": self.tr("两次输入的密码不一致")})
                    return
                data = UserCreate(
                    username=self.username.text(),
                    display_name=self.display_name.text(),
                    role=role,
                    platform_ids=self.platforms.checked(),
                    password=self.password.text(),
                )
                saved = self.services.users.create(data)
            else:
                saved = self.services.users.update(
                    self.info.id,
                    UserUpdate(
                        display_name=self.display_name.text(),
                        role=role,
                        platform_ids=self.platforms.checked(),
                    ),
                    expected_version=self.info.version,
                )
        except ValidationError as exc:
            rest = self.form.show_errors(render_errors(exc.errors))
            if rest:
                self.error.setText("\n".join(rest.values()))
                self.error.show()
            return
        except ServiceError as exc:
            self.error.setText(render(exc.message))
            self.error.show()
            return
        self.saved_id = saved.id
        changes.publish(Change.ACCOUNTS)
        super().accept()
