"""Attachments in the detail windows: add a file, open the stored copy, archive and restore."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from app.models.suggestions import SuggestionCreate
from app.services.hub import Services
from app.ui.dialogs.session_detail import SessionDetailDialog
from app.ui.dialogs.suggestion_detail import SuggestionDetailDialog
from tests.gui.helpers import MessageBoxes, add_platform, add_session


def test_add_open_archive_and_restore(
    qtbot: QtBot,
    services: Services,
    tmp_path: Path,
    _data_dir: Path,
    message_boxes: MessageBoxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    session = add_session(services, add_platform(services, "城西区委员驿站"), "加装红绿灯", date(2025, 5, 20))
    detail = SessionDetailDialog(services, session.id)
    qtbot.addWidget(detail)
    panel = detail.attachments
    scan = tmp_path / "签到表.jpg"
    scan.write_bytes(b"\xff\xd8\xff" + b"scan" * 500)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *args, **kwargs: ([str(scan)], "所有文件 (*)")
    )
    panel.choose_files()
    assert [panel.table.item(0, c).text() for c in (0, 1, 3)] == ["签到表.jpg", "2 KB", "张文书"]  # type: ignore[union-attr]
    assert detail.tabs.tabText(detail.tabs.indexOf(panel)) == "附件（1）"
    scan.unlink()  # the original may go: the database holds the content

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    panel.table.selectRow(0)
    task = panel.open_selected()
    assert task is not None and task.error is None
    stored = Path(opened[0].toLocalFile())
    assert stored.is_file() and stored.is_relative_to(_data_dir)
    assert stored.read_bytes().startswith(b"\xff\xd8\xff")

    message_boxes.accept = True
    assert panel.archive_selected()
    assert "确定归档附件“签到表.jpg”吗" in message_boxes.texts[-1]
    assert panel.table.rowCount() == 0 and detail.tabs.tabText(detail.tabs.indexOf(panel)) == "附件（0）"
    panel.show_archived.setChecked(True)
    panel.table.selectRow(0)
    assert panel.restore_button.isEnabled() and not panel.archive_button.isEnabled()
    assert panel.restore_selected()
    assert services.attachments.list_for(session_id=session.id)[0].filename == "签到表.jpg"


def test_a_suggestion_keeps_its_own_attachments(
    qtbot: QtBot, services: Services, tmp_path: Path, message_boxes: MessageBoxes
) -> None:
    platform = add_platform(services, "城西区委员驿站")
    item = services.suggestions.create(SuggestionCreate(title="修缮出口", platform_id=platform.id))
    detail = SuggestionDetailDialog(services, item.id)
    qtbot.addWidget(detail)
    reply = tmp_path / "答复函.pdf"
    reply.write_bytes(b"%PDF-1.4 reply")
    detail.attachments.add_files([reply, tmp_path / "不存在.pdf"])
    assert [a.filename for a in services.attachments.list_for(suggestion_id=item.id)] == ["答复函.pdf"]
    assert detail.attachments.table.rowCount() == 1
    assert message_boxes.texts == ["找不到文件“不存在.pdf”"]
    assert detail.tabs.tabText(detail.tabs.indexOf(detail.attachments)) == "附件（1）"


def test_missing_content_is_explained(
    qtbot: QtBot, services: Services, tmp_path: Path, message_boxes: MessageBoxes
) -> None:
    session = add_session(services, add_platform(services, "城西区委员驿站"), "加装红绿灯", date(2025, 5, 20))
    photo = tmp_path / "现场.png"
    photo.write_bytes(b"\x89PNG photo")
    services.attachments.add(photo, session_id=session.id)
    with services.db.session() as s:
        s.execute(sa.text("DELETE FROM attachment_content"))
    detail = SessionDetailDialog(services, session.id)
    qtbot.addWidget(detail)
    detail.attachments.table.selectRow(0)
    task = detail.attachments.open_selected()
    assert task is not None and task.error is not None
    assert "的内容不在数据库中" in message_boxes.texts[-1]
