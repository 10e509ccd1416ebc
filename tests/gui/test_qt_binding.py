"""The Qt binding must not leak or drop references on ordinary calls (PySide6 6.12.0 did, fatally)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot


def test_calls_returning_nothing_keep_the_reference_count_of_none(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(5_000):
        widget.setEnabled(True)
    # A binding that drops one reference per call would lose about 5,000 here and, over a working
    # day, deallocate None and abort the process.
    assert sys.getrefcount(None) >= before - 50
