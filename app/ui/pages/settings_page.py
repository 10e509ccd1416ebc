"""设置: the office-wide settings every clerk shares (kept in the database, not on this computer).

Office name, 办理时限, 退办 window, due-soon warning, members' duty thresholds, 履职积分 rules and 履职评价
grades, the kinds of 履职活动, and holiday arrangements for years the calendar package does not know yet.
Only administrators and office clerks may save.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.services import permissions, workdays
from app.services.activity_kinds import KindInfo
from app.services.errors import ServiceError, ValidationError
from app.services.hub import Services
from app.services.office_settings import (
    DEFAULT_OFFICE_NAME,
    KEY_ATTACHMENT_LIMIT,
    KEY_DUE_SOON,
    KEY_DUTY,
    KEY_HANDLING_DAYS,
    KEY_OFFICE_NAME,
    KEY_RETURN_WINDOW,
    MAX_ATTACHMENT_MB,
    DutyThresholds,
    OfficeSettings,
)
from app.services.points_rules import KEY_POINTS
from app.services.print_settings import KEY_PRINT
from app.ui import changes
from app.ui.changes import Change
from app.ui.dialogs.holidays_dialog import HolidaysDialog
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.messages import render, render_errors
from app.ui.pages.page import Page
from app.ui.settings import UiSettings
from app.ui.slices import run_in_slices
from app.ui.style import styled_label
from app.ui.tasks import TaskContext, refusal, run_task
from app.ui.widgets.activity_kinds_editor import ActivityKindsEditor
from app.ui.widgets.detail_text import Section
from app.ui.widgets.language_choice import LanguageChoice
from app.ui.widgets.points_rules_form import PointsRulesForm
from app.ui.widgets.print_settings_form import PrintSettingsForm
from app.ui.widgets.record_form import RecordForm


def _spin(low: int, high: int, suffix: str, off_text: str | None = None) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setSuffix(suffix)
    if off_text:
        spin.setSpecialValueText(off_text)
    spin.setMinimumWidth(140)
    return spin


class SettingsPage(Page):
    key = "settings"
    title_text = QT_TRANSLATE_NOOP("Pages", "设置")

    def __init__(self, services: Services, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(services, settings, parent)
        self.office: OfficeSettings | None = None
        self._generation = 0  # bumped by each reading of the settings
        self.may_edit = permissions.may_change(services.actor, permissions.Area.SETTINGS)
        days = self.tr(" 个工作日")
        self.office_name = QLineEdit()
        self.office_name.setPlaceholderText(self.tr("例如：西宁市政协办公室"))
        self.handling_days = _spin(1, 365, days)
        self.return_window = _spin(1, 60, days)
        self.due_soon = _spin(0, 30, days, self.tr("不提醒"))
        self.attachment_limit = _spin(1, MAX_ATTACHMENT_MB, " MB")
        off = self.tr("不检查")
        self.min_attended = _spin(0, 366, self.tr(" 次"), off)
        self.max_absences = _spin(0, 366, self.tr(" 次"), off)
        self.min_suggestions = _spin(0, 1000, self.tr(" 条"), off)
        self.min_points = _spin(0, 10_000, self.tr(" 分"), off)

        self.form = RecordForm(entity="office")
        f = self.form
        f.add("office_name", self.tr("单位名称"), self.office_name, required=True)
        f.add_note(self.tr("印在交办单、催办单、工作综述等文件上。"))
        f.add("handling_days", self.tr("办理时限"), self.handling_days)
        f.add_note(self.tr("交办后多少个工作日内答复；交办时可逐条调整。"))
        f.add("return_window_days", self.tr("退办期限"), self.return_window)
        f.add_note(self.tr("承办单位须在交办后多少个工作日内提出退办。"))
        f.add("due_soon_days", self.tr("到期提醒"), self.due_soon)
        f.add_note(self.tr("离办理时限还有多少个工作日时列入“即将到期”。"))
        f.add("attachment_max_mb", self.tr("附件大小上限"), self.attachment_limit)
        f.add_note(self.tr("每个附件文件的最大大小；附件保存在数据库中，随备份一起保存。"))

        self.message = styled_label("", "pageHint", wrap=True)
        self.save_button = QPushButton(self.tr("保存"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.undo_button = QPushButton(self.tr("撤销修改"))
        self.undo_button.clicked.connect(lambda _c=False: self.load())
        for button in (self.save_button, self.undo_button):
            button.setEnabled(self.may_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.undo_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.message, 1)

        # The body is in the window from the start; each section is built into it on a turn of its
        # own (app.ui.slices), so opening the page never holds the window for all of them at once.
        body = QWidget()
        columns = QHBoxLayout(body)
        columns.setContentsMargins(0, 0, 8, 0)
        columns.setSpacing(12)
        self.left, self.right = QVBoxLayout(), QVBoxLayout()
        self.left.setSpacing(10)
        columns.addLayout(self.left, 1)
        columns.addLayout(self.right, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)

        title = styled_label(self.title(), "pageTitle")
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addSpacing(12)
        hint = (
            self.tr("全单位共用，保存在数据库中")
            if self.may_edit
            else self.tr("只有管理员和办公室工作人员可以修改设置")
        )
        heading.addWidget(styled_label(hint, "pageHint"), 0, Qt.AlignmentFlag.AlignBottom)
        heading.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 10)
        layout.setSpacing(10)
        layout.addLayout(heading)
        layout.addWidget(scroll, 1)
        self.left.addWidget(Section(self.tr("单位与办理"), self.form))
        self.left.addLayout(buttons)
        self.left.addStretch(1)
        self.right.addStretch(1)
        self.building = run_in_slices(
            self,
            [
                self._build_duty,
                self._build_points,
                self._build_kinds,
                self._build_holidays,
                self._build_print,
                self._build_language,
            ],
        )
        self.open_dialog: HolidaysDialog | None = None

    # -- building, a section per turn of the event loop (see __init__) ---------------------------
    def _build_duty(self) -> None:
        self.duty_form = RecordForm()
        d = self.duty_form
        d.add("min_sessions_attended", self.tr("每年最少参加履职活动"), self.min_attended)
        d.add("max_absences", self.tr("每年最多无故缺席"), self.max_absences)
        d.add("min_suggestions", self.tr("每年最少提出意见建议"), self.min_suggestions)
        d.add("min_points", self.tr("每年最低履职积分"), self.min_points)
        d.add_note(self.tr("低于标准的委员列入履职档案的“告诫提醒”名单；设为 0 则不检查该项。"))
        self.left.insertWidget(1, Section(self.tr("委员履职提醒标准（每年）"), self.duty_form))

    def _build_points(self) -> None:
        self.points_form = PointsRulesForm()
        self.points_form.setEnabled(self.may_edit)
        self.left.insertWidget(2, Section(self.tr("履职积分规则与履职评价"), self.points_form))

    def _build_kinds(self) -> None:
        self.kinds_editor = ActivityKindsEditor(self.services, load=False)  # filled by load()
        self.kinds_editor.changed.connect(lambda: self.load())
        self._add_right(Section(self.tr("履职活动类型"), self.kinds_editor))

    def _build_holidays(self) -> None:
        first, last = workdays.package_years()
        self.years = QListWidget()
        self.years.setMinimumHeight(160)
        self.years.itemDoubleClicked.connect(
            lambda item: self.edit_holidays(item.data(Qt.ItemDataRole.UserRole))
        )
        self.holidays_button = QPushButton(self.tr("录入或修改节假日…"))
        self.holidays_button.clicked.connect(lambda: self.edit_holidays())
        self.holidays_button.setEnabled(self.may_edit)
        holidays = Section(self.tr("节假日安排"))
        holidays.add(
            styled_label(
                self.tr(
                    "工作日按国家法定节假日和调休安排计算。日历数据包已收录 {first}–{last} 年；"
                    "国务院办公厅公布新一年的安排后，请在这里录入该年的节假日和调休上班日。"
                ).format(first=first, last=last),
                "pageHint",
                wrap=True,
            )
        )
        holidays.add(self.years)
        row = QHBoxLayout()
        row.addWidget(self.holidays_button)
        row.addStretch(1)
        holidays.layout_.addLayout(row)
        self._add_right(holidays)

    def _build_print(self) -> None:
        self.print_form = PrintSettingsForm()
        self._add_right(Section(self.tr("打印"), self.print_form))

    def _build_language(self) -> None:
        # Kept on this computer, not in the database: anyone may choose it.
        self.language = LanguageChoice(self.settings)
        self._add_right(Section(self.tr("本机"), self.language))

    def _add_right(self, section: QWidget) -> None:
        self.right.insertWidget(self.right.count() - 1, section)  # above the closing stretch

    # -- Page -------------------------------------------------------------------------------
    def activate(self) -> None:
        self.load()

    def refresh(self) -> None:
        self.load()

    # -- reading -----------------------------------------------------------------------------
    def load(self, message: str = "") -> None:
        """Read the office's settings and its 履职活动 kinds off the GUI thread, then show them (and
        `message` under the buttons); an answer overtaken by a newer reading is dropped."""
        self._generation = generation = self._generation + 1
        services = self.services

        def work(_ctx: TaskContext) -> tuple[OfficeSettings, dict[str, str], list[KindInfo]]:
            kinds = services.activity_kinds
            return services.settings.get(), kinds.labels(), kinds.kinds(include_archived=True)

        def arrived(read: tuple[OfficeSettings, dict[str, str], list[KindInfo]]) -> None:
            if generation == self._generation:  # shown once every section is there
                self.building.then(
                    lambda: self._show(*read, message) if generation == self._generation else None
                )

        run_task(
            work,
            on_result=arrived,
            on_error=refusal(self.message.setText, lambda: generation == self._generation),
            owner=self,
        )

    def _show(
        self, office: OfficeSettings, labels: dict[str, str], kinds: list[KindInfo], message: str
    ) -> None:
        self.office = office
        self.form.clear_errors()
        self.duty_form.clear_errors()
        # A name nobody entered yet shows as empty (the placeholder gives an example), never as ××.
        self.office_name.setText("" if office.office_name == DEFAULT_OFFICE_NAME else office.office_name)
        self.handling_days.setValue(office.handling_days)
        self.return_window.setValue(office.return_window_days)
        self.due_soon.setValue(office.due_soon_days)
        self.attachment_limit.setValue(office.attachment_max_mb)
        self.min_attended.setValue(office.duty.min_sessions_attended)
        self.max_absences.setValue(office.duty.max_absences)
        self.min_suggestions.setValue(office.duty.min_suggestions)
        self.min_points.setValue(office.duty.min_points)
        self.points_form.set_values(office.points, labels)
        self.kinds_editor.show_kinds(kinds)
        self.print_form.clear_errors()
        self.print_form.set_values(office.printing)
        self.message.setText(message)
        self.years.clear()
        for year, entry in office.holiday_years.items():
            item = QListWidgetItem(
                self.tr("{year}年：法定节假日 {h} 天，调休上班日 {w} 天").format(
                    year=year, h=len(entry.holidays), w=len(entry.workdays)
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, year)
            self.years.addItem(item)
        if not office.holiday_years:
            placeholder = QListWidgetItem(self.tr("尚未录入任何年份（均使用日历数据包）"))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.years.addItem(placeholder)

    # -- saving ------------------------------------------------------------------------------
    def save(self) -> bool:
        """Save what changed; each setting is its own audited change. Errors stay under their fields."""
        self.building.finish()
        office = self.office or self.services.settings.get()
        s = self.services.settings
        versions = office.versions
        duty = DutyThresholds(
            self.min_attended.value(),
            self.max_absences.value(),
            self.min_suggestions.value(),
            self.min_points.value(),
        )
        points = self.points_form.values()
        printing = self.print_form.values()
        steps: list[tuple[bool, Callable[[], OfficeSettings]]] = [
            (
                self.office_name.text().strip()
                != ("" if office.office_name == DEFAULT_OFFICE_NAME else office.office_name),
                lambda: s.set_office_name(
                    self.office_name.text(), expected_version=versions.get(KEY_OFFICE_NAME)
                ),
            ),
            (
                self.handling_days.value() != office.handling_days,
                lambda: s.set_handling_days(
                    self.handling_days.value(), expected_version=versions.get(KEY_HANDLING_DAYS)
                ),
            ),
            (
                self.return_window.value() != office.return_window_days,
                lambda: s.set_return_window_days(
                    self.return_window.value(), expected_version=versions.get(KEY_RETURN_WINDOW)
                ),
            ),
            (
                self.due_soon.value() != office.due_soon_days,
                lambda: s.set_due_soon_days(
                    self.due_soon.value(), expected_version=versions.get(KEY_DUE_SOON)
                ),
            ),
            (
                self.attachment_limit.value() != office.attachment_max_mb,
                lambda: s.set_attachment_max_mb(
                    self.attachment_limit.value(), expected_version=versions.get(KEY_ATTACHMENT_LIMIT)
                ),
            ),
            (
                duty != office.duty,
                lambda: s.set_duty_thresholds(duty, expected_version=versions.get(KEY_DUTY)),
            ),
            (
                points != office.points,
                lambda: s.set_points_rules(points, expected_version=versions.get(KEY_POINTS)),
            ),
            (
                printing != office.printing,
                lambda: s.set_printing(printing, expected_version=versions.get(KEY_PRINT)),
            ),
        ]
        self.form.clear_errors()
        self.duty_form.clear_errors()
        self.print_form.clear_errors()
        saved = 0
        for changed, step in steps:
            if not changed:
                continue
            try:
                step()
            except ServiceError as exc:
                # What was saved before stays saved: re-read the versions, keep what the user typed.
                self.office = self.services.settings.get()
                if isinstance(exc, ValidationError):
                    rest = self.print_form.show_errors(
                        self.duty_form.show_errors(self.form.show_errors(render_errors(exc.errors)))
                    )
                    text = "\n".join(rest.values()) or self.tr("有设置未能保存，请看红字说明。")
                else:
                    text = render(exc.message)
                self.message.setText(text)
                return False
            saved += 1
        self.load(self.tr("已保存。") if saved else self.tr("没有需要保存的修改。"))
        if saved:
            changes.publish(Change.SETTINGS)
        return True

    def edit_holidays(self, year: int | None = None) -> HolidaysDialog:
        self.building.finish()
        if year is None:
            known = set(self.office.holiday_years) if self.office else set()
            year = max(workdays.package_years()[1] + 1, date.today().year)
            while year in known:
                year += 1
        dialog = HolidaysDialog(self.services, year, self)
        dialog.finished.connect(lambda _r: self.load())
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.open_dialog = dialog
        dialog.open()
        return dialog
