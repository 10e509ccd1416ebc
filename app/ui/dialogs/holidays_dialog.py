"""Enter one year's 法定节假日 and 调休上班日, for a year the chinese_calendar package does not know yet."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services import permissions, workdays
from app.services.errors import ConflictError, ServiceError, ValidationError
from app.services.hub import Services
from app.services.office_settings import HOLIDAY_PREFIX, OfficeSettings
from app.ui import changes
from app.ui.changes import Change
from app.ui.dialogs.form_dialog import FormDialog
from app.ui.messages import confirm, render, render_errors
from app.ui.screen_fit import resize_within_screen
from app.ui.style import styled_label
from app.ui.widgets.date_list import DateList
from app.ui.widgets.record_form import RecordForm

FIRST_YEAR, LAST_YEAR = 2000, 2100


class HolidaysDialog(FormDialog):
    def __init__(self, services: Services, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.settings: OfficeSettings = services.settings.get()
        self.setWindowTitle(self.tr("节假日安排"))
        resize_within_screen(self, 640, 620)
        self.year = QSpinBox()
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        self.year.setSuffix(self.tr(" 年"))
        self.note = styled_label("", "pageHint", wrap=True)
        self.holidays = DateList()
        self.workdays = DateList()
        self.form = RecordForm()
        self.form.add("year", self.tr("年份"), self.year)
        self.form.add("holidays", self.tr("法定节假日"), self.holidays, also=("dates",))
        self.form.add("workdays", self.tr("调休上班日"), self.workdays)
        self.form_error = styled_label("", "formError", wrap=True)
        self.form_error.hide()

        self.remove_button = QPushButton(self.tr("删除本年录入"))
        self.remove_button.setToolTip(self.tr("删除办公室为该年录入的日期，改回使用日历数据包（如有）"))
        self.remove_button.clicked.connect(self.remove_year)
        buttons = QDialogButtonBox()
        self.save_button = self.set_primary(
            buttons.addButton(self.tr("保存"), QDialogButtonBox.ButtonRole.AcceptRole)
        )
        cancel = buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        cancel.clicked.connect(self.reject)
        may_edit = permissions.may_change(services.actor, permissions.Area.SETTINGS)
        self.save_button.setEnabled(may_edit)
        self.remove_button.setEnabled(may_edit)
        bottom = QHBoxLayout()
        bottom.addWidget(self.remove_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.form_error)
        layout.addWidget(self.form, 1)
        layout.addWidget(
            styled_label(
                self.tr(
                    "按国务院办公厅当年发布的节假日安排录入：放假的每一天列为法定节假日，"
                    "周末调休上班的日子列为调休上班日。普通周末无需录入。"
                ),
                "pageHint",
                wrap=True,
            )
        )
        layout.addLayout(bottom)
        self.year.valueChanged.connect(self._load_year)
        self.year.setValue(year)
        self._load_year(year)

    def _load_year(self, year: int) -> None:
        entered = self.settings.holiday_years.get(year)
        self.holidays.set_year(year)
        self.workdays.set_year(year)
        self.holidays.set_days(entered.holidays if entered else ())
        self.workdays.set_days(entered.workdays if entered else ())
        first, last = workdays.package_years()
        if first <= year <= last:
            text = self.tr(
                "日历数据包已收录{year}年的节假日安排，通常无需录入；在此录入的日期会逐日覆盖数据包。"
            )
        else:
            text = self.tr(
                "日历数据包尚未收录{year}年的节假日安排（已收录 {first}–{last} 年）。"
                "录入后，办理时限和退办期限将按这里的日期计算工作日。"
            )
        self.note.setText(text.format(year=year, first=first, last=last))
        self.remove_button.setVisible(entered is not None)

    def accept(self) -> None:
        year = self.year.value()
        self.form.clear_errors()
        self.form_error.hide()
        try:
            self.settings = self.services.settings.set_holiday_year(
                year,
                self.holidays.days(),
                self.workdays.days(),
                expected_version=self.settings.versions.get(f"{HOLIDAY_PREFIX}{year}"),
            )
        except ValidationError as exc:
            rest = self.form.show_errors(render_errors(exc.errors))
            if rest:
                self._message("\n".join(rest.values()))
            return
        except (ConflictError, ServiceError) as exc:
            self._message(render(exc.message))
            return
        changes.publish(Change.SETTINGS)
        super().accept()

    def remove_year(self) -> bool:
        year = self.year.value()
        question = self.tr("确定删除为{year}年录入的节假日安排吗？").format(year=year)
        if not confirm(self, question, title=self.tr("删除"), accept_text=self.tr("删除")):
            return False
        try:
            self.settings = self.services.settings.remove_holiday_year(year)
        except ServiceError as exc:
            self._message(render(exc.message))
            return False
        self._load_year(year)
        changes.publish(Change.SETTINGS)
        return True

    def _message(self, text: str) -> None:
        self.form_error.setText(text)
        self.form_error.show()
