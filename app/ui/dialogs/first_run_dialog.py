"""首次运行: a database without accounts asks for the office's name and its first administrator — or, on
a station's laptop, for the office's data package that sets the station up (its coordinators then sign in
with their usual passwords)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget

from app.db.session import Database
from app.services.accounts import MIN_PASSWORD_LENGTH, AccountService
from app.services.actor import Actor
from app.services.errors import ServiceError, ValidationError
from app.services.exchange import ExchangeService, ImportSummary
from app.services.office_settings import DEFAULT_OFFICE_NAME, OfficeSettingsService
from app.services.validation import max_length
from app.ui import tasks
from app.ui.application import display_name
from app.ui.dialogs.form_dialog import FormDialog
from app.ui.messages import render, render_errors, show_info
from app.ui.style import styled_label
from app.ui.widgets.file_actions import ask_open_path, documents_dir
from app.ui.widgets.record_form import RecordForm


class FirstRunDialog(FormDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.station_set_up = False  # set up from an office package: the caller signs someone in next
        self.setWindowTitle(self.tr("首次使用 — {app}").format(app=display_name()))
        self.setMinimumWidth(520)
        intro = styled_label(
            self.tr(
                "欢迎使用{app}。这个数据库还没有账户：请填写单位名称，并创建第一个管理员账户。"
                "管理员可以再为工作人员、平台联络员和只读用户创建账户。"
                "站室组的电脑请用办公室为本站导出的数据包建立，联络员用原来的账户登录。"
            ).format(app=display_name()),
            "pageHint",
            wrap=True,
        )
        self.office_name = QLineEdit()
        self.office_name.setPlaceholderText(self.tr("例如：西宁市政协办公室"))
        self.username = QLineEdit()
        self.username.setPlaceholderText(self.tr("登录时输入，例如 admin"))
        self.display_name = QLineEdit()
        self.display_name.setPlaceholderText(self.tr("例如：张文书"))
        self.password = QLineEdit(maxLength=128)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("至少 {n} 个字符").format(n=MIN_PASSWORD_LENGTH))
        self.repeat = QLineEdit(maxLength=128)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.form = RecordForm()
        f = self.form
        f.add(
            "office_name",
            self.tr("单位名称"),
            self.office_name,
            required=True,
            limit=max_length("office", "office_name"),
        )
        f.add_note(self.tr("印在交办单、催办单、工作综述等文件上，以后可在“设置”中修改。"))
        f.add(
            "username",
            self.tr("管理员用户名"),
            self.username,
            required=True,
            limit=max_length("app_user", "username"),
        )
        f.add(
            "display_name", self.tr("姓名"), self.display_name, limit=max_length("app_user", "display_name")
        )
        f.add("password", self.tr("密码"), self.password, required=True)
        f.add("repeat", self.tr("再输一次密码"), self.repeat, required=True)
        self.error = styled_label("", "formError", wrap=True)
        self.error.hide()
        buttons = QDialogButtonBox()
        self.create_button = self.set_primary(
            buttons.addButton(self.tr("创建并登录"), QDialogButtonBox.ButtonRole.AcceptRole)
        )
        self.station_button = buttons.addButton(
            self.tr("站室组电脑：用办公室的数据包建立…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.station_button.clicked.connect(lambda _c=False: self.set_up_station())
        buttons.addButton(self.tr("退出"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(styled_label(self.tr("首次使用"), "pageTitle"))
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def set_up_station(self, path: Path | None = None) -> bool:
        """Build this database from the office's package for this station (instead of a first admin)."""
        if path is None:
            path = ask_open_path(
                self, self.tr("选择办公室发来的数据包"), documents_dir(), self.tr("数据包 (*.zip)")
            )
            if path is None:
                return False

        def done(summary: ImportSummary) -> None:
            sender = summary.package["sender"]
            show_info(
                self,
                self.tr(
                    "已用“{office}”的数据包建立本机数据库，共 {n} 条记录。\n"
                    "请与办公室核对其密钥指纹：{fp}\n平台联络员可用在办公室使用的用户名和密码登录。"
                ).format(office=sender["name"], n=summary.total["created"], fp=sender["fingerprint"]),
            )
            self.station_set_up = True
            self.reject()

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, ServiceError):
                raise exc
            self.error.setText(render(exc.message))
            self.error.show()

        tasks.run_with_progress(
            self,
            self.tr("正在建立本机数据库…"),
            lambda ctx: ExchangeService.set_up_station(self.db, path, ctx.progress),
            on_result=done,
            on_error=failed,
        )
        return True

    def accept(self) -> None:
        self.form.clear_errors()
        self.error.hide()
        errors: dict[str, str] = {}
        office = self.office_name.text().strip()
        if not office or office == DEFAULT_OFFICE_NAME:
            errors["office_name"] = self.tr("请填写单位名称")
        if self.password.text() != self.repeat.text():
            errors["repeat"] = self.tr("两次输入的密码不一致")
        if errors:
            self.form.show_errors(errors)
            return
        try:
            actor = AccountService(self.db).create_first_admin(
                self.username.text(), self.display_name.text(), self.password.text()
            )
            OfficeSettingsService(self.db, actor).set_office_name(office)
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
        self.actor = actor
        super().accept()
