"""Create or edit a 政协委员."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QTabWidget, QWidget

from app.models.enums import Gender
from app.models.members import Member, MemberCreate, MemberUpdate
from app.services.crud import CrudService
from app.ui.changes import Change
from app.ui.dialogs.record_dialog import RecordDialog
from app.ui.widgets.choice_combo import ChoiceCombo
from app.ui.widgets.roster_editor import MEMBER_SIDE, RosterEditor
from app.ui.widgets.values import text_or_none

# The parties and groups a CPPCC member list uses, in their official order.
PARTIES = (
    "中国共产党",
    "中国国民党革命委员会",
    "中国民主同盟",
    "中国民主建国会",
    "中国民主促进会",
    "中国农工民主党",
    "中国致公党",
    "九三学社",
    "台湾民主自治同盟",
    "无党派人士",
)


def editable_combo(items: list[str], placeholder: str) -> QComboBox:
    combo = QComboBox(editable=True)
    combo.setMinimumWidth(240)
    combo.addItems(items)
    combo.setCurrentText("")
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    if (line := combo.lineEdit()) is not None:
        line.setPlaceholderText(placeholder)
    return combo


class MemberDialog(RecordDialog):
    create_schema = MemberCreate
    update_schema = MemberUpdate
    entity = "member"
    changes = (Change.MEMBERS,)

    def service(self) -> CrudService[Any, Any, Any]:
        return self.services.members

    def noun(self) -> str:
        return self.tr("委员")

    def build_form(self) -> None:
        self.name = QLineEdit()
        self.gender = ChoiceCombo()
        self.gender.set_enum(Gender, none_label=self.tr("未填写"))
        self.sector = editable_combo(self.services.members.sectors(), self.tr("选择或输入界别"))
        self.party = editable_combo(list(PARTIES), self.tr("选择或输入党派"))
        self.term = QLineEdit()
        self.term.setPlaceholderText(self.tr("例如：十五届"))
        self.workplace = QLineEdit()
        self.phone = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(72)
        f = self.form
        f.add("name", self.tr("姓名"), self.name, required=True)
        f.add("gender", self.tr("性别"), self.gender)
        f.add("sector", self.tr("界别"), self.sector)
        f.add("party", self.tr("党派"), self.party)
        f.add("term", self.tr("届次"), self.term)
        f.add("workplace", self.tr("工作单位及职务"), self.workplace)
        f.add("phone", self.tr("联系电话"), self.phone)
        f.add("notes", self.tr("备注"), self.notes)

        self.roster = RosterEditor(self.services, MEMBER_SIDE)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.form, self.tr("基本信息"))
        self.tabs.addTab(self.roster, self.tr("所在站室组"))

    def body(self) -> QWidget:
        return self.tabs

    def load(self, record: Member) -> None:
        self.roster.set_owner(record.id)
        self.name.setText(record.name)
        self.gender.set_value(record.gender)
        self.sector.setCurrentText(record.sector or "")
        self.party.setCurrentText(record.party or "")
        self.term.setText(record.term or "")
        self.workplace.setText(record.workplace or "")
        self.phone.setText(record.phone or "")
        self.notes.setPlainText(record.notes or "")

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "gender": self.gender.value(),
            "sector": text_or_none(self.sector),
            "party": text_or_none(self.party),
            "term": text_or_none(self.term),
            "workplace": text_or_none(self.workplace),
            "phone": text_or_none(self.phone),
            "notes": text_or_none(self.notes),
        }
