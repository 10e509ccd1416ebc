"""数据交换 as two people use it: the office clerk and a station's coordinator, each in their own window.

The clerk sends the station its package; the coordinator, on the laptop set up from it, records a
session and edits it, the clerk edits the same session meanwhile; packages cross; the clerk sees the
preview (the station's key fingerprint the first time), imports, and resolves the conflict field by field.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from pytestqt.qtbot import QtBot

from app.db import Database
from app.models.sessions import ConsultationSessionUpdate
from app.services.exchange import ExchangeService
from app.services.hub import Services
from app.ui.dialogs.conflicts_dialog import ConflictsDialog
from app.ui.dialogs.package_preview import PackagePreviewDialog
from app.ui.main_window import MainWindow
from app.ui.pages.exchange_page import ExchangePage
from app.ui.settings import UiSettings
from tests.exchange_support import CLERK, Office, add_session, make_db, seed_office, sign_in
from tests.gui.helpers import MessageBoxes


@pytest.fixture
def office(migrated_template: Path, tmp_path: Path) -> Office:
    return seed_office(make_db(migrated_template, tmp_path, "office"))


def _window(qtbot: QtBot, services: Services, settings: UiSettings) -> ExchangePage:
    window = MainWindow(services, settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    page = window.select_page("exchange")
    assert isinstance(page, ExchangePage)
    return page


@pytest.fixture
def shots(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "shots"
    folder.mkdir()
    yield folder


def _preview(page: ExchangePage) -> PackagePreviewDialog:
    [dialog] = [d for d in page.dialogs if isinstance(d, PackagePreviewDialog)]
    return dialog


def test_office_and_station_exchange_packages_and_resolve_a_conflict(
    qtbot: QtBot, office: Office, migrated_template: Path, tmp_path: Path, ui_settings: UiSettings,
    message_boxes: MessageBoxes, shots: Path,
) -> None:  # fmt: skip
    clerk_page = _window(qtbot, Services(office.db, CLERK), ui_settings)
    # the clerk sends the first station its package
    clerk_page.scope.setCurrentIndex(clerk_page.scope.findText("城西区第1委员驿站"))
    assert clerk_page.export(tmp_path / "to-station.zip")
    assert "已导出数据包" in message_boxes.texts[-1]
    station_db: Database = make_db(migrated_template, tmp_path, "station")
    ExchangeService.set_up_station(station_db, tmp_path / "to-station.zip")
    coordinator = sign_in(station_db, "station1")
    station_page = _window(qtbot, Services(station_db, coordinator), ui_settings)
    assert [station_page.scope.itemText(i) for i in range(station_page.scope.count())] == [
        "城西区第1委员驿站"
    ]

    # the coordinator records a session and sends it
    session = add_session(station_db, coordinator, office.platforms[0], "老旧小区加装电梯协商")
    assert station_page.export(tmp_path / "up-1.zip")
    assert clerk_page.import_package(tmp_path / "up-1.zip")
    preview = _preview(clerk_page)
    assert "首次收到" in preview.trust.text() and "SHA256:" in preview.trust.text()
    preview.grab().save(str(shots / "preview.png"))
    preview.import_button.click()
    assert "新增 " in message_boxes.texts[-1]

    # both edit the same session's minutes; the packages cross
    Services(station_db, coordinator).sessions.update(
        session, ConsultationSessionUpdate(minutes="驿站记的纪要")
    )
    Services(office.db, CLERK).sessions.update(session, ConsultationSessionUpdate(minutes="办公室改的纪要"))
    assert station_page.export(tmp_path / "up-2.zip")
    clerk_page.since_last.setChecked(True)
    assert clerk_page.scope.currentText() == "城西区第1委员驿站"  # the range chosen stays chosen
    assert clerk_page.export(tmp_path / "down-2.zip")
    assert clerk_page.import_package(tmp_path / "up-2.zip")
    _preview(clerk_page).import_button.click()
    assert "冲突 1" in message_boxes.texts[-1]
    assert clerk_page.conflicts_button.text() == "处理冲突（1）"
    assert "已信任的发送方：城西区第1委员驿站（SHA256:" in clerk_page.trusted.text()
    clerk_page.window().grab().save(str(shots / "exchange-page.png"))

    # the clerk looks at both values and takes the station's
    dialog = clerk_page.open_conflicts()
    assert isinstance(dialog, ConflictsDialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    dialog.select(0)
    assert (dialog.mine.toPlainText(), dialog.theirs.toPlainText()) == ("办公室改的纪要", "驿站记的纪要")
    dialog.grab().save(str(shots / "conflicts.png"))
    dialog.take_theirs.click()
    assert dialog.model.rowCount() == 0
    dialog.reject()
    assert clerk_page.conflicts_button.text() == "处理冲突"

    # the station imports the office's crossing package, then the next one with the choice in it
    assert station_page.import_package(tmp_path / "down-2.zip")
    _preview(station_page).import_button.click()
    clerk_page.since_last.setChecked(False)
    assert clerk_page.export(tmp_path / "down-3.zip")
    assert station_page.import_package(tmp_path / "down-3.zip")
    _preview(station_page).import_button.click()
    with station_db.engine.connect() as conn:
        minutes = conn.execute(
            sa.text("SELECT minutes FROM consultation_session WHERE id = :i"), {"i": session.bytes}
        )
        assert minutes.scalar() == "驿站记的纪要"
    # its history: the set-up package and two from the office received, two packages sent
    assert station_page.model.rowCount() == 5


def test_a_station_laptop_is_set_up_at_first_start(
    qtbot: QtBot, office: Office, migrated_template: Path, tmp_path: Path, message_boxes: MessageBoxes,
    shots: Path,
) -> None:  # fmt: skip
    from app.services.accounts import AccountService
    from app.ui.dialogs.first_run_dialog import FirstRunDialog
    from tests.exchange_support import export

    package = export(office.db, CLERK, tmp_path / "station.zip", [office.platforms[0]])
    laptop = make_db(migrated_template, tmp_path, "laptop")
    dialog = FirstRunDialog(laptop)
    qtbot.addWidget(dialog)
    dialog.grab().save(str(shots / "first-run.png"))
    assert dialog.set_up_station(package)
    assert dialog.station_set_up and "密钥指纹：SHA256:" in message_boxes.texts[-1]
    assert AccountService(laptop).has_accounts()
    assert sign_in(laptop, "station1").platform_ids == frozenset({office.platforms[0]})
    # a second try on the same laptop is refused with a clear message, nothing else happens
    again = FirstRunDialog(laptop)
    qtbot.addWidget(again)
    assert again.set_up_station(package)
    assert not again.station_set_up and "已有数据" in again.error.text()
