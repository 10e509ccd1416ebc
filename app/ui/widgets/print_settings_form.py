"""The 打印 part of the settings: 发文字号 prefixes, the 抄送 line, and a font file for each print role."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from app.services.documents.kinds import DocumentKind
from app.services.language import english_table, shown_text
from app.services.print_settings import (
    FONT_ROLE_ENGLISH,
    FONT_ROLE_LABELS,
    FONT_ROLES,
    PREFIX_LABELS,
    PrintSettings,
)
from app.services.validation import max_length
from app.ui.widgets.record_form import RecordForm

DOCUMENT_ENGLISH = english_table(DocumentKind)


class PrintSettingsForm(RecordForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prefixes: dict[str, QLineEdit] = {}
        for kind, label in PREFIX_LABELS.items():
            edit = QLineEdit()
            edit.setPlaceholderText(self.tr("例如：西政协交") if kind == "assignment" else self.tr("不编号"))
            self.prefixes[kind] = edit
            self.add(
                f"prefix.{kind}",
                self.tr("{doc}发文字号").format(doc=shown_text(label, DOCUMENT_ENGLISH)),
                edit,
                limit=max_length("printing", "prefix"),
            )
        self._note(
            self.tr("只填机关代字，印出时加年份和序号，如 西政协纪〔2026〕3号；"
                    "留空则该文件不编号（交办单用“交办”）。已印出的编号不会随之改变。")
        )  # fmt: skip
        self.cc = QLineEdit()
        self.cc.setPlaceholderText(self.tr("例如：市委办公室，市政府办公室"))
        self.add("cc", self.tr("抄送"), self.cc, limit=max_length("printing", "cc"))
        self._note(self.tr("印在协商议事纪要和工作综述的版记中；留空则版记只有印发机关和日期。"))
        self.fonts: dict[str, QLineEdit] = {}
        for role in FONT_ROLES:
            edit = QLineEdit()
            edit.setPlaceholderText(self.tr("自动选择"))
            self.fonts[role] = edit
            self.add(
                f"font.{role}", shown_text(FONT_ROLE_LABELS[role], FONT_ROLE_ENGLISH), self._with_browse(edit)
            )
        self._note(
            self.tr("一般无需填写：本机装有仿宋、黑体、楷体、方正小标宋等字体时自动使用；"
                    "也可指定单位授权的 TrueType 字体文件（.ttf / .ttc）。")
        )  # fmt: skip

    def _note(self, text: str) -> None:
        self.add_note(text).setWordWrap(True)  # long notes wrap instead of widening the page

    def _with_browse(self, edit: QLineEdit) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        browse = QPushButton(self.tr("选择…"))
        browse.clicked.connect(lambda: self._browse(edit))
        row.addWidget(browse)
        return box

    def _browse(self, edit: QLineEdit) -> None:
        start = str(Path(edit.text()).parent) if edit.text() else ""
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("选择字体文件"), start, self.tr("TrueType 字体 (*.ttf *.ttc *.otf)")
        )
        if path:
            edit.setText(path)

    def set_values(self, printing: PrintSettings) -> None:
        for kind, edit in self.prefixes.items():
            edit.setText(printing.document_prefixes.get(kind, ""))
        self.cc.setText(printing.cc)
        for role, edit in self.fonts.items():
            edit.setText(printing.font_files.get(role, ""))

    def values(self) -> PrintSettings:
        return PrintSettings(
            document_prefixes={k: e.text().strip() for k, e in self.prefixes.items() if e.text().strip()},
            cc=self.cc.text().strip(),
            font_files={r: e.text().strip() for r, e in self.fonts.items() if e.text().strip()},
        )
