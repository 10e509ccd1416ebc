"""开始使用: the four steps a new office takes, each with its button, shown until the first session.

1 填写单位名称 → 2 登记站室组 → 3 添加委员 → 4 登记协商议事活动. A step already done is ticked. On an
empty database an administrator may load the demo city instead (fictional, with the demo accounts).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services.getting_started import StartProgress
from app.ui.style import styled_label

STYLE = """
QFrame#startGuide { background: white; border: 1px solid #dde2ea; border-radius: 6px; }
QLabel#stepNumber { color: white; background: #1f5fae; border-radius: 12px; font-weight: bold; }
QLabel#stepNumber[done="true"] { background: #2e7d32; }
QLabel#stepTitle { font-weight: bold; color: #1d2733; }
QFrame#demoBox { background: #f6f8fb; border: 1px dashed #b9c3d0; border-radius: 4px; }
"""


class StartGuide(QFrame):
    step_requested = Signal(str)  # "office", "platform", "member", "session"
    demo_requested = Signal()
    guide_requested = Signal()

    STEPS = ("office", "platform", "member", "session")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startGuide")
        self.setStyleSheet(STYLE)
        texts = {
            "office": (
                self.tr("填写单位名称"),
                self.tr("印在交办单、催办单和工作综述的版头上。"),
                self.tr("填写单位名称…"),
            ),
            "platform": (
                self.tr("登记站室组"),
                self.tr("委员驿站、委员工作室、委员联络组：协商议事活动都在这里开展。"),
                self.tr("登记站室组…"),
            ),
            "member": (
                self.tr("添加委员"),
                self.tr("政协委员名册，再把委员加入各站室组的名册。"),
                self.tr("添加委员…"),
            ),
            "session": (
                self.tr("登记协商议事活动"),
                self.tr("议题、时间、参会委员和形成的共识；意见建议随后登记并交办。"),
                self.tr("登记协商议事活动…"),
            ),
        }
        self.numbers: dict[str, QLabel] = {}
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(10)
        for row, key in enumerate(self.STEPS):
            title, note, button_text = texts[key]
            number = QLabel(str(row + 1))
            number.setObjectName("stepNumber")
            number.setFixedSize(24, 24)
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            button = QPushButton(button_text)
            button.clicked.connect(lambda _checked=False, k=key: self.step_requested.emit(k))
            text = QVBoxLayout()
            text.setSpacing(0)
            text.addWidget(styled_label(title, "stepTitle"))
            text.addWidget(styled_label(note, "pageHint", wrap=True))
            grid.addWidget(number, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addLayout(text, row, 1)
            grid.addWidget(button, row, 2, Qt.AlignmentFlag.AlignTop)
            self.numbers[key] = number
            self.buttons[key] = button
        grid.setColumnStretch(1, 1)

        self.demo_box = QFrame()
        self.demo_box.setObjectName("demoBox")
        self.demo_button = QPushButton(self.tr("载入演示数据（虚构示例）…"))
        self.demo_button.clicked.connect(lambda _checked=False: self.demo_requested.emit())
        demo_row = QHBoxLayout(self.demo_box)
        demo_row.setContentsMargins(10, 8, 10, 8)
        self.demo_text = styled_label(
            self.tr(
                "想先看看效果？可以装入一座虚构城市的演示数据（站室组、委员、500 次协商议事活动及意见建议），"
                "并创建演示账户 admin、clerk、coordinator、viewer（密码 demo1234）。演示数据均为虚构，"
                "请勿用于正式工作。"
            ),
            "pageHint",
            wrap=True,
        )
        demo_row.addWidget(self.demo_text, 1)
        demo_row.addWidget(self.demo_button)

        help_button = QPushButton(self.tr("使用指南（F1）"))
        help_button.clicked.connect(lambda _checked=False: self.guide_requested.emit())
        top = QHBoxLayout()
        top.addWidget(styled_label(self.tr("开始使用"), "pageTitle"))
        top.addSpacing(10)
        top.addWidget(
            styled_label(self.tr("按下面的顺序做好准备，就可以登记第一次协商议事活动。"), "pageHint"), 1
        )
        top.addWidget(help_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(14)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addWidget(self.demo_box)
        layout.addStretch(1)

    def set_progress(
        self, progress: StartProgress, *, demo_refusal: str | None, may: Callable[[str], bool]
    ) -> None:
        """Tick what is done; `may(step)` says whether this person may do a step at all."""
        done = {
            "office": progress.office_named,
            "platform": progress.platforms > 0,
            "member": progress.members > 0,
            "session": progress.sessions > 0,
        }
        for key in self.STEPS:
            number = self.numbers[key]
            number.setText("✓" if done[key] else str(self.STEPS.index(key) + 1))
            number.setProperty("done", done[key])
            number.style().unpolish(number)
            number.style().polish(number)
            self.buttons[key].setEnabled(may(key))
        self.demo_box.setVisible(progress.empty)
        self.demo_button.setEnabled(demo_refusal is None)
        self.demo_button.setToolTip(demo_refusal or "")
