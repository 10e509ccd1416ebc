"""Import step 1: choose the workbook. Hostile or unreadable files are refused here, before any parsing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from app.services.errors import ServiceError
from app.services.ledger_import import ImportPreview
from app.ui.dialogs.import_steps import FileKey, ImportState, StepPage
from app.ui.messages import render
from app.ui.style import styled_label
from app.ui.tasks import Work
from app.ui.widgets.choice_combo import ChoiceCombo
from app.ui.widgets.file_actions import ask_open_path, documents_dir


def file_key(path: Path) -> FileKey | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return str(path.resolve()), stat.st_mtime_ns, stat.st_size


class FilePage(StepPage):
    def __init__(self, state: ImportState) -> None:
        super().__init__(state)
        self.setTitle(self.tr("选择要导入的台账"))
        self.setSubTitle(
            self.tr(
                "可以导入本程序导出的台账，也可以导入各单位自己记的 Excel 台账（.xlsx）。"
                "下一步核对各列的含义。"
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("选择或粘贴 .xlsx 文件的路径"))
        self.path_edit.textChanged.connect(lambda _text: self._path_changed())
        browse = QPushButton(self.tr("浏览…"))
        browse.clicked.connect(lambda _checked=False: self.browse())
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.profile = ChoiceCombo()
        profiles = QHBoxLayout()
        profiles.addWidget(QLabel(self.tr("导入方案")))
        profiles.addWidget(self.profile, 1)
        self.error_label = styled_label("", "formError", wrap=True)
        notes = styled_label(
            self.tr(
                "· 导入前会逐行检查，只要有一行有错误就不写入任何数据。\n"
                "· 加密、含宏、旧版 .xls 或异常巨大的文件会被拒绝，不会读入。\n"
                "· 本程序导出的台账带有“记录编号”列，修改后导入会更新原有记录。\n"
                "· 同一站点每月的台账：第一次核对好各列后保存为“导入方案”，以后选它一步导入。"
            ),
            "pageHint",
            wrap=True,
        )
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(profiles)
        layout.addWidget(self.error_label)
        layout.addSpacing(12)
        layout.addWidget(notes)
        layout.addStretch(1)

    def initializePage(self) -> None:
        try:
            names = self.state.service.profiles().names()
        except ServiceError:
            names = []
        self.profile.set_choices(((n, n) for n in names), none_label=self.tr("（自动识别各列）"))
        self.profile.set_value(self.state.profile)

    def path(self) -> Path | None:
        text = self.path_edit.text().strip().strip('"')
        return Path(text).expanduser() if text else None

    def set_path(self, path: Path) -> None:
        self.path_edit.setText(str(path))

    def browse(self) -> None:
        current = self.path()
        folder = current.parent if current is not None and current.parent.is_dir() else documents_dir()
        chosen = ask_open_path(self, self.tr("选择要导入的台账"), folder, self.tr("Excel 工作簿 (*.xlsx)"))
        if chosen is not None:
            self.set_path(chosen)

    def _path_changed(self) -> None:
        self.error_label.clear()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.path() is not None

    # -- StepPage ------------------------------------------------------------------------------------
    def needs_step(self) -> bool:
        path = self.path()
        return (
            path is None
            or self.state.preview is None
            or file_key(path) != self.state.file_key
            or self.profile.value() != self.state.profile
        )

    def step_label(self) -> str:
        return self.tr("正在读取工作簿……")

    def step_work(self) -> Work | None:
        path = self.path()
        if path is None:
            return None
        if not path.is_file():
            self.error_label.setText(self.tr("找不到文件“{path}”。").format(path=path))
            return None
        self.error_label.clear()
        return self.state.job("read", path)

    def step_done(self, result: ImportPreview) -> None:
        path = self.path()
        assert path is not None
        state = self.state
        profile = self.profile.value()
        state.path = path
        state.file_key = file_key(path)
        state.preview = result
        state.mapping = state.service.apply_profile(result, profile) if profile else result.mapping.copy()
        state.profile = profile
        state.plan = None

    def step_failed(self, error: BaseException) -> None:
        if isinstance(error, ServiceError):  # refused files carry the guard's Chinese reason
            self.error_label.setText(render(error.message))
        elif isinstance(error, OSError):
            self.error_label.setText(self.tr("无法读取文件：{reason}").format(reason=error.strerror or error))
        else:
            raise error

    def step_cancelled(self) -> None:
        self.error_label.setText(self.tr("已取消读取。"))
