"""Create or edit a 站室组 (委员驿站 / 委员工作室 / 委员联络组)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QTabWidget, QWidget

from app.models.enums import PlatformKind
from app.models.platforms import Platform, PlatformCreate, PlatformUpdate
from app.services.crud import CrudService
from app.ui.changes import Change
from app.ui.dialogs.record_dialog import RecordDialog
from app.ui.widgets.choice_combo import ChoiceCombo
from app.ui.widgets.optional_date import OptionalDateEdit
from app.ui.widgets.roster_editor import PLATFORM_SIDE, RosterEditor
from app.ui.widgets.values import text_or_none


class PlatformDialog(RecordDialog):
    create_schema = PlatformCreate
    update_schema = PlatformUpdate
    entity = "platform"
    changes = (Change.PLATFORMS,)

    def service(self) -> CrudService[Any, Any, Any]:
        return self.services.platforms

    def noun(self) -> str:
        return self.tr("站室组")

    def build_form(self) -> None:
        self.kind = ChoiceCombo()
        self.kind.set_enum(PlatformKind)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("例如：城西区胜利路街道委员驿站"))
        self.district = QComboBox(editable=True)
        self.district.setMinimumWidth(220)
        self.district.addItems(self.services.platforms.districts())
        self.district.setCurrentText("")
        if (line := self.district.lineEdit()) is not None:
            line.setPlaceholderText(self.tr("选择或输入县区"))
        self.township = QLineEdit()
        self.address = QLineEdit()
        self.coordinator = QLineEdit()
        self.phone = QLineEdit()
        self.founded_on = OptionalDateEdit(self.tr("已填写"))
        self.active = QCheckBox(self.tr("正常开展活动"))
        self.active.setChecked(True)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(72)
        f = self.form
        f.add("kind", self.tr("类型"), self.kind, required=True)
        f.add("name", self.tr("名称"), self.name, required=True)
        f.add("district", self.tr("县区"), self.district, required=True)
        f.add("township", self.tr("乡镇街道"), self.township)
        f.add("address", self.tr("地址"), self.address)
        f.add("coordinator", self.tr("联络人"), self.coordinator)
        f.add("phone", self.tr("联系电话"), self.phone)
        f.add("founded_on", self.tr("成立日期"), self.founded_on)
        f.add("active", self.tr("状态"), self.active)
        f.add("notes", self.tr("备注"), self.notes)

        self.roster = RosterEditor(self.services, PLATFORM_SIDE)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.form, self.tr("基本信息"))
        self.tabs.addTab(self.roster, self.tr("成员名册"))

    def body(self) -> QWidget:
        return self.tabs

    def load(self, record: Platform) -> None:
        self.roster.set_owner(record.id)
        self.kind.set_value(record.kind)
        self.name.setText(record.name)
        self.district.setCurrentText(record.district)
        self.township.setText(record.township or "")
        self.address.setText(record.address or "")
        self.coordinator.setText(record.coordinator or "")
        self.phone.setText(record.phone or "")
        self.founded_on.set_value(record.founded_on)
        self.active.setChecked(record.active)
        self.notes.setPlainText(record.notes or "")

    def values(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value(),
            "name": self.name.text(),
            "district": self.district.currentText(),
            "township": text_or_none(self.township),
            "address": text_or_none(self.address),
            "coordinator": text_or_none(self.coordinator),
            "phone": text_or_none(self.phone),
            "founded_on": self.founded_on.value(),
            "active": self.active.isChecked(),
            "notes": text_or_none(self.notes),
        }
