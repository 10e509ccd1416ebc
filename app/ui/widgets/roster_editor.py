"""Who belongs where, edited from either side: a platform's roster, or the platforms of one member.

Each change (加入, 修改, 离开) is saved at once through the roster service and audited there; leaving
sets a left date and keeps the row, so the list can show former members too. What the signed-in person
may not change is disabled before they click (permissions decide, the service checks again).
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import MembershipRole
from app.services import permissions
from app.services.errors import ServiceError, ValidationError
from app.services.hub import Services
from app.services.language import shown
from app.services.names import NameChoice
from app.services.rosters import RosterEntry
from app.ui import changes
from app.ui.changes import Change
from app.ui.dialogs.form_dialog import FormDialog
from app.ui.messages import render, render_errors, show_error
from app.ui.style import styled_label
from app.ui.widgets.choice_combo import ChoiceCombo
from app.ui.widgets.name_combo import NameCombo
from app.ui.widgets.optional_date import OptionalDateEdit
from app.ui.widgets.record_form import RecordForm

PLATFORM_SIDE = "platform"  # the roster of one platform: rows are members
MEMBER_SIDE = "member"  # the platforms of one member: rows are platforms


class MembershipDialog(FormDialog):
    """加入 (choose the other side) or 修改 (role and dates) one membership."""

    def __init__(
        self,
        side: str,
        choices: list[NameChoice],
        entry: RosterEntry | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.entry = entry
        adding = entry is None
        self.setWindowTitle(self.tr("加入名册") if adding else self.tr("修改成员记录"))
        self.setMinimumWidth(420)
        self.other = NameCombo(
            placeholder=self.tr("输入姓名或拼音查找委员")
            if side == PLATFORM_SIDE
            else self.tr("输入名称或拼音查找")
        )
        self.other.set_choices(choices, none_label=self.tr("请选择"))
        self.role = ChoiceCombo()
        self.role.set_enum(MembershipRole)
        self.role.set_value(MembershipRole.MEMBER)
        self.joined = OptionalDateEdit(self.tr("已填写"))
        self.left = OptionalDateEdit(self.tr("已离开"))
        self.form = RecordForm()
        who = self.tr("委员") if side == PLATFORM_SIDE else self.tr("站室组")
        if adding:
            self.form.add(
                "member_id" if side == PLATFORM_SIDE else "platform_id", who, self.other, required=True
            )
            if not choices:
                self.form.add_note(
                    self.tr("没有可以加入的委员：请先在“委员”页添加委员。")
                    if side == PLATFORM_SIDE
                    else self.tr("没有可以加入的站室组：请先在“站室组”页登记站室组。")
                )
        self.form.add("role", self.tr("职务"), self.role)
        self.form.add("joined_on", self.tr("加入日期"), self.joined)
        if not adding:
            self.form.add("left_on", self.tr("离开日期"), self.left)
        if entry is not None:
            self.role.set_value(entry.role)
            self.joined.set_value(entry.joined_on)
            self.left.set_value(entry.left_on)
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
        self.save: Any = None  # set by the editor: (dialog) -> None, raising ServiceError

    def accept(self) -> None:
        self.form.clear_errors()
        self.error.hide()
        if self.entry is None and self.other.value() is None:
            self.form.show_errors({"member_id": self.tr("请选择"), "platform_id": self.tr("请选择")})
            return
        try:
            self.save(self)
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
        super().accept()


class RosterEditor(QWidget):
    def __init__(self, services: Services, side: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.side = side
        self.owner_id: uuid.UUID | None = None
        self.entries: list[RosterEntry] = []
        first = self.tr("委员") if side == PLATFORM_SIDE else self.tr("站室组")
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [first, self.tr("职务"), self.tr("加入日期"), self.tr("离开日期"), ""]
        )
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.add_button = QPushButton(
            self.tr("添加委员…") if side == PLATFORM_SIDE else self.tr("加入站室组…")
        )
        self.add_button.clicked.connect(lambda _c=False: self.add())
        self.edit_button = QPushButton(self.tr("修改…"))
        self.edit_button.clicked.connect(lambda _c=False: self.edit_selected())
        self.leave_button = QPushButton(self.tr("离开名册"))
        self.leave_button.setToolTip(
            self.tr("记下今天离开（其他日期用“修改…”）；记录保留，履职档案仍按当时的名册统计")
        )
        self.leave_button.clicked.connect(lambda _c=False: self.leave_selected())
        self.show_former = QCheckBox(self.tr("显示已离开的"))
        self.show_former.toggled.connect(lambda _on: self.reload())
        self.hint = styled_label("", "pageHint", wrap=True)
        buttons = QHBoxLayout()
        for widget in (self.add_button, self.edit_button, self.leave_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.show_former)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        self.set_owner(None)

    # -- what is shown ----------------------------------------------------------------------------
    def set_owner(self, owner_id: uuid.UUID | None) -> None:
        """The platform (or member) whose memberships are edited; None before it is saved."""
        self.owner_id = owner_id
        self.reload()

    def reload(self) -> None:
        former = self.show_former.isChecked()
        rosters = self.services.rosters
        if self.owner_id is None:
            self.entries = []
        elif self.side == PLATFORM_SIDE:
            self.entries = rosters.roster(self.owner_id, include_former=former)
        else:
            self.entries = rosters.memberships(self.owner_id, include_former=former)
        self.table.setRowCount(0)
        today = date.today()
        for entry in self.entries:
            r = self.table.rowCount()
            self.table.insertRow(r)
            name = entry.member_name if self.side == PLATFORM_SIDE else entry.platform_name
            current = entry.is_current(today)
            cells = (
                name + (f"（{entry.sector}）" if self.side == PLATFORM_SIDE and entry.sector else ""),
                shown(entry.role),
                entry.joined_on.isoformat() if entry.joined_on else "",
                entry.left_on.isoformat() if entry.left_on else "",
                "" if current else self.tr("已离开"),
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not current:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(r, c, item)
        self._update_hint()
        self._selection_changed()

    def _update_hint(self) -> None:
        if self.owner_id is None:
            text = (
                self.tr("保存站室组后即可添加成员。")
                if self.side == PLATFORM_SIDE
                else self.tr("保存委员信息后即可加入站室组。")
            )
        else:
            current = sum(1 for e in self.entries if e.is_current(date.today()))
            text = self.tr("现有 {n} 名成员。").format(n=current) if self.side == PLATFORM_SIDE else ""
        self.hint.setText(text)

    def selected(self) -> RosterEntry | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        return self.entries[min(rows)] if rows else None

    def _may_change(self, platform_id: uuid.UUID | None) -> bool:
        return permissions.may_change(self.services.actor, permissions.Area.MEMBERSHIP, platform_id)

    def _selection_changed(self) -> None:
        entry = self.selected()
        if self.side == PLATFORM_SIDE:
            may_add = self.owner_id is not None and self._may_change(self.owner_id)
        else:
            may_add = self.owner_id is not None and any(self._may_change(p) for p, _ in self._platforms())
        self.add_button.setEnabled(may_add)
        editable = entry is not None and self._may_change(entry.platform_id)
        self.edit_button.setEnabled(editable)
        self.leave_button.setEnabled(editable and entry is not None and entry.left_on is None)

    def _platforms(self) -> list[tuple[uuid.UUID, str]]:
        return self.services.platforms.choices()

    # -- changes ----------------------------------------------------------------------------------
    def add(self) -> MembershipDialog | None:
        if self.owner_id is None:
            return None
        owner = self.owner_id
        if self.side == PLATFORM_SIDE:
            taken = {e.member_id for e in self.entries if e.left_on is None}
            choices = [c for c in self.services.members.name_choices() if c.id not in taken]
        else:
            taken = {e.platform_id for e in self.entries if e.left_on is None}
            choices = [
                c
                for c in self.services.platforms.name_choices()
                if c.id not in taken and self._may_change(c.id)
            ]
        dialog = MembershipDialog(self.side, choices, None, self)

        def save(d: MembershipDialog) -> None:
            member, platform = (
                (d.other.value(), owner) if self.side == PLATFORM_SIDE else (owner, d.other.value())
            )
            self.services.rosters.add_member(
                platform, member, MembershipRole(d.role.value()), joined_on=d.joined.value()
            )

        return self._open(dialog, save)

    def edit_selected(self) -> MembershipDialog | None:
        entry = self.selected()
        if entry is None or not self._may_change(entry.platform_id):
            return None
        dialog = MembershipDialog(self.side, [], entry, self)

        def save(d: MembershipDialog) -> None:
            self.services.rosters.update_membership(
                entry.id, role=MembershipRole(d.role.value()), joined_on=d.joined.value(),
                left_on=d.left.value(), expected_version=entry.version,
            )  # fmt: skip

        return self._open(dialog, save)

    def leave_selected(self) -> bool:
        """The selected member leaves today (修改… sets another date)."""
        entry = self.selected()
        if entry is None or entry.left_on is not None:
            return False
        try:
            self.services.rosters.leave(entry.id, expected_version=entry.version)
        except ServiceError as exc:
            show_error(self, render(exc.message))
            return False
        finally:
            self.reload()
        self._saved()
        return True

    def _open(self, dialog: MembershipDialog, save: Any) -> MembershipDialog:
        dialog.save = save
        dialog.accepted.connect(self._saved)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        return dialog

    def _saved(self) -> None:
        self.reload()
        changes.publish(Change.ROSTERS)
