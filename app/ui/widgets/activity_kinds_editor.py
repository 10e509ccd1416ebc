"""履职活动类型 the office uses: the built-in ones and its own, which it can add, rename and stop offering."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.activity_kinds import KIND_ENGLISH, KindInfo
from app.services.errors import ServiceError
from app.services.hub import Services
from app.services.language import shown_text
from app.ui.messages import render, show_error
from app.ui.style import styled_label


class ActivityKindsEditor(QWidget):
    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None, *, load: bool = True) -> None:
        super().__init__(parent)
        self.services = services
        self.list = QListWidget()
        self.list.setMinimumHeight(150)
        self.new_label = QLineEdit(maxLength=50)
        self.new_label.setPlaceholderText(self.tr("新的活动类型，例如：界别协商"))
        self.add_button = QPushButton(self.tr("添加"))
        self.add_button.clicked.connect(lambda _c=False: self.add())
        self.rename_button = QPushButton(self.tr("改名…"))
        self.rename_button.clicked.connect(lambda _c=False: self.rename())
        self.archive_button = QPushButton(self.tr("停用或恢复"))
        self.archive_button.clicked.connect(lambda _c=False: self.toggle_archived())
        refusal = services.activity_kinds.change_refusal()
        for widget in (self.new_label, self.add_button, self.rename_button, self.archive_button):
            widget.setEnabled(refusal is None)
            widget.setToolTip(refusal or "")
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_label, 1)
        add_row.addWidget(self.add_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.rename_button)
        buttons.addWidget(self.archive_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addLayout(add_row)
        layout.addWidget(
            styled_label(
                self.tr("内置类型不能停用；停用的类型保留已登记的活动和统计，只是不再供新登记选择。"),
                "pageHint",
                wrap=True,
            )
        )
        if load:  # else the owner reads the kinds (off the GUI thread) and calls show_kinds()
            self.load()

    def load(self) -> None:
        self.show_kinds(self.services.activity_kinds.kinds(include_archived=True))

    def show_kinds(self, kinds: list[KindInfo]) -> None:
        self.list.clear()
        for kind in kinds:
            self.list.addItem(self._item(kind))

    def _item(self, kind: KindInfo) -> QListWidgetItem:
        notes = [self.tr("内置") if kind.builtin else self.tr("自定义")]
        if kind.is_session:
            notes.append(self.tr("即站室组的协商议事活动"))
        if kind.archived:
            notes.append(self.tr("已停用"))
        text = self.tr("{label}（{notes}）").format(
            label=shown_text(kind.label, KIND_ENGLISH), notes=self.tr("，").join(notes)
        )
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, kind)
        return item

    def selected(self) -> KindInfo | None:
        item = self.list.currentItem()
        kind = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return kind if isinstance(kind, KindInfo) else None

    def _run(self, action: object) -> bool:
        try:
            action()  # type: ignore[operator]
        except ServiceError as exc:
            show_error(self, render(exc.message))
            return False
        self.load()
        self.changed.emit()
        return True

    def add(self) -> bool:
        label = self.new_label.text()
        if self._run(lambda: self.services.activity_kinds.add(label)):
            self.new_label.clear()
            return True
        return False

    def rename(self) -> bool:
        kind = self.selected()
        if kind is None:
            return False
        label, ok = QInputDialog.getText(self, self.tr("改名"), self.tr("新的名称"), text=kind.label)
        return ok and self._run(lambda: self.services.activity_kinds.rename(kind.code, label))

    def toggle_archived(self) -> bool:
        kind = self.selected()
        if kind is None:
            return False
        return self._run(lambda: self.services.activity_kinds.set_archived(kind.code, not kind.archived))
