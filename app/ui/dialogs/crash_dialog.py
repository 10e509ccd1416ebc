"""What the user sees after an unexpected error: an apology, the details to copy, and where the log is."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME


class CrashDialog(QDialog):
    def __init__(
        self, summary: str, details: str, log_file: str = "ledger.log", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("程序错误 — %s") % APP_NAME)
        self.resize(640, 420)
        intro = QLabel(
            self.tr(
                "程序遇到了意外错误：%s\n\n"
                "您的数据没有丢失，未保存的修改可能需要重新填写。"
                "详细信息已写入日志文件（%s）；联系技术支持时，请点击“复制”并把下面的内容发给他们。"
            )
            % (summary, log_file)
        )
        intro.setWordWrap(True)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.details.setFont(mono)
        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("复制"))
        self.copy_button.clicked.connect(self.copy_details)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())
        self.copy_button.setText(self.tr("已复制"))
