"""设置 → 本机 → 界面语言: 中文 or English, kept on this computer and applied at the next start."""

from __future__ import annotations

import os

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.ui import language
from app.ui.settings import UiSettings
from app.ui.style import styled_label


class LanguageChoice(QWidget):
    """A list of the languages, each named in itself; choosing one stores it at once."""

    def __init__(self, settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.combo = QComboBox()
        for code, name in language.NAMES.items():
            self.combo.addItem(name, code)
        stored = language.normalise(settings.language()) or language.DEFAULT
        self.combo.setCurrentIndex(max(0, self.combo.findData(stored)))
        self.combo.currentIndexChanged.connect(self._chosen)
        label = QLabel(self.tr("界面语言"))
        label.setBuddy(self.combo)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label)
        row.addWidget(self.combo)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(styled_label(self.tr("重新启动程序后生效"), "pageHint", wrap=True))
        self.override = styled_label("", "pageHint", wrap=True)
        wanted = os.environ.get(language.ENV_VAR, "").strip()
        if wanted:
            self.override.setText(
                self.tr("本次运行的语言由环境变量 {var}={value} 指定，优先于此设置。").format(
                    var=language.ENV_VAR, value=wanted
                )
            )
        self.override.setVisible(bool(wanted))
        layout.addWidget(self.override)

    def chosen(self) -> str:
        code = self.combo.currentData()
        return code if isinstance(code, str) else language.DEFAULT

    def _chosen(self, _index: int) -> None:
        self.settings.set_language(self.chosen())
