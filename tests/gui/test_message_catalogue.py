"""Service messages reach the screen in the interface's language: lupdate finds `msg` templates, lrelease
compiles them, and `render` looks them up under the context lupdate gave."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from app.messages import CONTEXT, msg
from app.services.errors import ValidationError
from app.ui.messages import render, render_errors, show_error, user_error_text
from tests.gui.helpers import MessageBoxes

ENGLISH = {
    "找不到文件“{name}”": "File “{name}” not found",
    "{label}不能为空": "{label} must not be empty",
    "名称": "Name",
    "；": "; ",
    "有 {n} 处错误": "{n} errors ({broken})",  # a translation with a placeholder the source lacks
}


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    if not Path(found).exists():
        pytest.skip(f"{name} is not installed")
    return found


def _catalogue(entries: dict[str, str]) -> str:
    messages = "".join(
        f"<message><source>{escape(s)}</source><translation>{escape(t)}</translation></message>"
        for s, t in entries.items()
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="en">'
        f"<context><name>{CONTEXT}</name>{messages}</context></TS>"
    )


@pytest.fixture
def english(tmp_path: Path, qapp: QApplication) -> Iterator[None]:
    ts = tmp_path / "messages_en.ts"
    ts.write_text(_catalogue(ENGLISH), encoding="utf-8")
    qm = tmp_path / "messages_en.qm"
    subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_lupdate_files_a_template_under_the_context_render_looks_up(tmp_path: Path) -> None:
    source = tmp_path / "sample.py"
    source.write_text(
        'from app.messages import msg\n\nERROR = msg("找不到文件“{name}”", name="a")\n', encoding="utf-8"
    )
    ts = tmp_path / "sample.ts"
    subprocess.run(
        [_tool("pyside6-lupdate"), "-tr-function-alias", "QT_TR_NOOP+=msg", str(source), "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    text = ts.read_text(encoding="utf-8")
    assert f"<name>{CONTEXT}</name>" in text or "<name/>" in text
    assert "<source>找不到文件“{name}”</source>" in text


@pytest.mark.usefixtures("english")
def test_render_translates_a_message_and_its_arguments() -> None:
    assert render(msg("找不到文件“{name}”", name="台账.xlsx")) == "File “台账.xlsx” not found"
    assert render(msg("{label}不能为空", label=msg("名称"))) == "Name must not be empty"
    assert render("普通文字") == "普通文字"  # plain text passes through
    assert render(msg("没有译文的消息{n}", n=1)) == "没有译文的消息1"


@pytest.mark.usefixtures("english")
def test_render_keeps_chinese_when_a_translation_breaks_its_placeholders() -> None:
    assert render(msg("有 {n} 处错误", n=3)) == "有 3 处错误"


@pytest.mark.usefixtures("english")
def test_validation_errors_are_shown_in_english() -> None:
    error = ValidationError(
        {"name": msg("{label}不能为空", label=msg("名称")), "file": msg("找不到文件“{name}”", name="x")}
    )
    assert render_errors(error.errors) == {"name": "Name must not be empty", "file": "File “x” not found"}
    assert user_error_text(error) == "Name must not be empty; File “x” not found"
    assert error.message == "名称不能为空；找不到文件“x”"  # the command line and the log keep the Chinese


@pytest.mark.usefixtures("english")
def test_a_message_box_shows_the_rendered_text(message_boxes: MessageBoxes) -> None:
    show_error(None, msg("找不到文件“{name}”", name="a.xlsx"))
    assert message_boxes.texts == ["File “a.xlsx” not found"]


def test_without_a_catalogue_the_chinese_text_is_shown() -> None:
    assert render(msg("找不到文件“{name}”", name="a")) == "找不到文件“a”"
