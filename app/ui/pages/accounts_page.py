"""账户管理 (administrators): who may sign in, with which role; create, edit, disable, reset passwords."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.models.enums import UserRole
from app.services import permissions
from app.services.actor import Actor
from app.services.errors import ServiceError
from app.services.hub import Services
from app.ui.dialogs.account_dialog import AccountDialog
from app.ui.dialogs.password_dialog import PasswordDialog
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.messages import confirm, render, show_error
from app.ui.models.columns import CENTER, Column, enum_label
from app.ui.models.service_table_model import ServiceTableModel
from app.ui.pages.page import Page
from app.ui.settings import UiSettings
from app.ui.style import styled_label
from app.ui.widgets.header_fit import set_column_width
from app.ui.widgets.record_table import RecordTable

COLUMNS = [
    Column("username", QT_TRANSLATE_NOOP("Columns", "用户名"), 120),
    Column("display_name", QT_TRANSLATE_NOOP("Columns", "姓名"), 110),
    Column("role", QT_TRANSLATE_NOOP("Columns", "角色"), 100, formatter=enum_label(UserRole)),
    Column("platforms", QT_TRANSLATE_NOOP("Columns", "负责的站室组"), 280, sortable=False, flex=True),
    Column("state", QT_TRANSLATE_NOOP("Columns", "状态"), 80, CENTER, sortable=False),
    Column("last_sign_in_at", QT_TRANSLATE_NOOP("Columns", "最近登录"), 100, CENTER),
]


class AccountsPage(Page):
    key = "accounts"
    title_text = QT_TRANSLATE_NOOP("Pages", "账户管理")

    @classmethod
    def allowed(cls, actor: Actor) -> bool:
        return permissions.may_manage_accounts(actor)

    def __init__(self, services: Services, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(services, settings, parent)
        self.model = ServiceTableModel(services.users.list, COLUMNS, parent=self)
        self.model.loaded.connect(lambda _n: self._loaded())
        self.model.failed.connect(lambda message: show_error(self, message))
        self.model.modelReset.connect(self._selection_changed)
        self.last_dialog: Any = None  # the dialog opened last (tests look at it)
        self._keep: uuid.UUID | None = None
        self.new_button = self._button(self.tr("新建账户"), self.open_create)
        self.edit_button = self._button(self.tr("编辑"), self.open_edit)
        self.disable_button = self._button(self.tr("停用"), self.toggle_disabled)
        self.password_button = self._button(self.tr("重设密码"), self.reset_password)
        toolbar = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.disable_button, self.password_button):
            toolbar.addWidget(button)
        toolbar.addStretch(1)
        self.view = RecordTable(3, COLUMNS[3].width)
        self.view.setModel(self.model)
        for i, column in enumerate(COLUMNS):
            set_column_width(self.view, i, column.width)
        self.view.doubleClicked.connect(lambda _index: self.open_edit())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 10)
        layout.setSpacing(10)
        heading = QHBoxLayout()
        heading.addWidget(styled_label(self.title(), "pageTitle"))
        heading.addSpacing(12)
        hint = self.tr("停用的账户不能再登录；连续输错密码被锁定的账户，重设密码或启用即可解锁。")
        heading.addWidget(styled_label(hint, "pageHint"), 0, Qt.AlignmentFlag.AlignBottom)
        heading.addStretch(1)
        layout.addLayout(heading)
        layout.addLayout(toolbar)
        layout.addWidget(self.view, 1)
        self._selection_changed()

    def _button(self, text: str, slot: Any) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def activate(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.reload()

    def reload(self, select: uuid.UUID | None = None) -> None:
        self._keep = select or self.selected_id()
        self.model.refresh()

    def _loaded(self) -> None:
        row = self.model.find_row(self._keep) if self._keep is not None else None
        if row is not None:
            self.view.selectRow(row)

    def selected_row(self) -> dict[str, Any] | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def selected_id(self) -> uuid.UUID | None:
        row = self.selected_row()
        return row["id"] if row else None

    def _selection_changed(self) -> None:
        row = self.selected_row()
        self.edit_button.setEnabled(row is not None)
        self.password_button.setEnabled(row is not None)
        disabled = row is not None and (row.get("disabled") or row.get("archived_at") is not None)
        self.disable_button.setText(self.tr("启用") if disabled else self.tr("停用"))
        own = row is not None and row["id"] == self.services.actor.user_id
        self.disable_button.setEnabled(row is not None and not own)
        self.disable_button.setToolTip(self.tr("不能停用自己正在使用的账户") if own else "")

    def _open(self, dialog: Any) -> Any:
        self.last_dialog = dialog
        dialog.accepted.connect(lambda: self.reload(select=getattr(dialog, "saved_id", None)))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        return dialog

    def open_create(self) -> AccountDialog:
        return self._open(AccountDialog(self.services, None, self))  # type: ignore[no-any-return]

    def open_edit(self) -> AccountDialog | None:
        user_id = self.selected_id()
        if user_id is None:
            return None
        try:
            return self._open(AccountDialog(self.services, user_id, self))  # type: ignore[no-any-return]
        except ServiceError as exc:
            show_error(self, render(exc.message))
            return None

    def reset_password(self) -> PasswordDialog | None:
        row = self.selected_row()
        if row is None:
            return None
        return self._open(PasswordDialog(self.services, (row["id"], row["username"]), self))  # type: ignore[no-any-return]

    def toggle_disabled(self) -> bool:
        row = self.selected_row()
        if row is None:
            return False
        disabling = not (row.get("disabled") or row.get("archived_at") is not None)
        if disabling and not confirm(
            self,
            self.tr("确定要停用账户“{name}”吗？停用后不能再登录，可随时启用。").format(name=row["username"]),
            title=self.tr("停用账户"),
            accept_text=self.tr("停用"),
        ):
            return False
        try:
            self.services.users.set_disabled(row["id"], disabling)
        except ServiceError as exc:
            show_error(self, render(exc.message))
            return False
        finally:
            self.reload()
        return True
