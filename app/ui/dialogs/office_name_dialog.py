"""单位名称: asked for once (first run, the 开始使用 guide, or before the first document is printed).

It is printed in the red masthead of every issued document, so it is never pre-filled with a stand-in.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget

from app.services.errors import ServiceError, ValidationError
from app.services.hub import Services
from app.services.office_settings import DEFAULT_OFFICE_NAME, KEY_OFFICE_NAME
from app.ui import changes
from app.ui.changes import Change
from app.ui.dialogs.form_dialog import FormDialog
from app.ui.messages import render, render_errors
from app.ui.style import styled_label
from app.ui.widgets.record_form import RecordForm


def office_name_missing(services: Services) -> bool:
    """True while nobody has entered the office's name (documents would print a stand-in)."""
    name = services.settings.get().office_name
    return not name.strip() or name == DEFAULT_OFFICE_NAME


class OfficeNameDialog(FormDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("单位名称"))
        self.setMinimumWidth(460)
        current = services.settings.get()
        self.version = current.versions.get(KEY_OFFICE_NAME)
        self.name = QLineEdit("" if current.office_name == DEFAULT_OFFICE_NAME else current.office_name)
        self.name.setPlaceholderText(self.tr("例如：西宁市政协办公室"))
        self.form = RecordForm(entity="office")
        self.form.add("office_name", self.tr("单位名称"), self.name, required=True)
        self.form.add_note(self.tr("印在交办单、催办单、工作综述等文件的版头，以后可在“设置”中修改。"))
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
        name = self.name.text().strip()
        if name == DEFAULT_OFFICE_NAME:
            self.form.show_errors({"office_name": self.tr("请填写本单位的实际名称")})
            return
        try:
            self.services.settings.set_office_name(name, expected_version=self.version)
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
        changes.publish(Change.SETTINGS)
        super().accept()
