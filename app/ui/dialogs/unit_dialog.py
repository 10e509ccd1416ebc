"""Create or edit a 承办单位."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from app.models.units import HandlingUnit, HandlingUnitCreate, HandlingUnitUpdate
from app.services.crud import CrudService
from app.ui.changes import Change
from app.ui.dialogs.record_dialog import RecordDialog
from app.ui.widgets.values import text_or_none


class UnitDialog(RecordDialog):
    create_schema = HandlingUnitCreate
    update_schema = HandlingUnitUpdate
    entity = "handling_unit"
    changes = (Change.UNITS,)

    def service(self) -> CrudService[Any, Any, Any]:
        return self.services.units

    def noun(self) -> str:
        return self.tr("承办单位")

    def build_form(self) -> None:
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("例如：市住房和城乡建设局"))
        self.contact = QLineEdit()
        self.phone = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(72)
        f = self.form
        f.add("name", self.tr("单位名称"), self.name, required=True)
        f.add("contact", self.tr("联系人"), self.contact)
        f.add("phone", self.tr("联系电话"), self.phone)
        f.add("notes", self.tr("备注"), self.notes)

    def load(self, record: HandlingUnit) -> None:
        self.name.setText(record.name)
        self.contact.setText(record.contact or "")
        self.phone.setText(record.phone or "")
        self.notes.setPlainText(record.notes or "")

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "contact": text_or_none(self.contact),
            "phone": text_or_none(self.phone),
            "notes": text_or_none(self.notes),
        }
