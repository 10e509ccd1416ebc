"""Hostile files are refused before parsing, with a clear Chinese message, and the database untouched."""

from __future__ import annotations

import zipfile
from pathlib import Path

import defusedxml
import openpyxl
import pytest

from app.db.session import Database
from app.services.actor import Actor
from app.services.ledger_import import LedgerImportService
from app.services.xlsx_guard import HostileFileError, Limits, check_workbook_file
from tests.fixtures.excel.builders import OLD_XLS, SAMPLE, rewrite_part, snapshot, write_ole, write_workbook

BOMB_DTD = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">'
    b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
)


def refused(path: Path, limits: Limits | None = None) -> str:
    with pytest.raises(HostileFileError) as info:
        check_workbook_file(path, limits) if limits else check_workbook_file(path)
    return info.value.message


@pytest.fixture
def plain(tmp_path: Path) -> Path:
    return write_workbook(tmp_path / "plain.xlsx", [["活动时间", "协商议题"], ["2024-01-01", "测试"]])


def test_a_plain_workbook_and_the_sample_pass(plain: Path) -> None:
    check_workbook_file(plain)
    check_workbook_file(SAMPLE)


def test_not_a_workbook(tmp_path: Path) -> None:
    text = tmp_path / "名单.xlsx"
    text.write_text("姓名,电话\n何玲,138\n", encoding="utf-8")
    assert refused(text).startswith("文件“名单.xlsx”不是 Excel 工作簿（.xlsx），无法导入")
    docx = tmp_path / "报告.xlsx"
    with zipfile.ZipFile(docx, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<document/>")
    assert refused(docx) == "文件“报告.xlsx”是Word 文档，不是 Excel 工作簿。"
    broken = tmp_path / "坏文件.xlsx"
    broken.write_bytes(b"PK\x03\x04" + b"\0" * 100)
    assert "已损坏" in refused(broken)


def test_encrypted_workbook(tmp_path: Path) -> None:
    path = write_ole(tmp_path / "加密.xlsx", ["EncryptionInfo", "EncryptedPackage"])
    assert refused(path) == (
        "工作簿“加密.xlsx”设置了打开密码（已加密），无法导入。请在 Excel 中取消密码后另存为 .xlsx 再导入。"
    )


def test_old_xls_renamed(tmp_path: Path) -> None:
    renamed = tmp_path / "改了扩展名.xlsx"
    renamed.write_bytes(OLD_XLS.read_bytes())
    assert refused(renamed).startswith(
        "文件“改了扩展名.xlsx”是旧版 Excel 97-2003 工作簿（.xls），不是 .xlsx。"
    )
    assert "旧版 Excel 97-2003" in refused(OLD_XLS)


def test_macro_workbooks(plain: Path, tmp_path: Path) -> None:
    with_vba = rewrite_part(plain, tmp_path / "带宏.xlsx", "", None, extra={"xl/vbaProject.bin": b"\0" * 64})
    assert refused(with_vba).startswith("工作簿“带宏.xlsx”含有宏（VBA 代码），为安全起见不予导入。")
    xlsm = tmp_path / "台账.xlsm"
    xlsm.write_bytes(plain.read_bytes())
    assert "含有宏" in refused(xlsm)


def test_xml_bomb_is_refused_by_us_and_by_openpyxl(plain: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(plain) as z:
        sheet = z.read("xl/worksheets/sheet1.xml")
    body = sheet.split(b"?>", 1)[1] if sheet.startswith(b"<?xml") else sheet
    bomb = rewrite_part(plain, tmp_path / "炸弹.xlsx", "xl/worksheets/sheet1.xml", BOMB_DTD + body)
    assert refused(bomb) == (
        "工作簿“炸弹.xlsx”中的“xl/worksheets/sheet1.xml”含有 XML 实体或文档类型声明（DTD），"
        "这是“XML 炸弹”等攻击使用的写法，已拒绝导入。"
    )
    assert openpyxl.DEFUSEDXML  # openpyxl parses with defusedxml too, and refuses the entities
    with pytest.raises(Exception) as info:
        openpyxl.load_workbook(bomb)
    causes = []
    error: BaseException | None = info.value
    while error is not None:
        causes.append(error)
        error = error.__cause__ or error.__context__
    assert any(isinstance(e, defusedxml.DefusedXmlException) for e in causes)


def test_zip_bomb_ratio_and_total(plain: Path, tmp_path: Path) -> None:
    padding = b" " * (3 * 1024 * 1024)  # compresses about 1000:1
    bomb = rewrite_part(
        plain, tmp_path / "压缩炸弹.xlsx", "", None, extra={"xl/media/pad.xml": b"<a>" + padding + b"</a>"}
    )
    message = refused(bomb, Limits(ratio_floor=1024 * 1024))
    assert "压缩比异常" in message and "上限 200:1" in message and "xl/media/pad.xml" in message
    assert "解压后超过 2.0 MB 的上限" in refused(bomb, Limits(max_total_bytes=2 * 1024 * 1024))
    assert "解压后为 3.0 MB，超过上限 1.0 MB" in refused(bomb, Limits(max_part_bytes=1024 * 1024))


def test_very_large_sheet_is_refused_by_its_declared_size(plain: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(plain) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
    assert '<dimension ref="A1:B2"/>' in sheet
    huge = sheet.replace('<dimension ref="A1:B2"/>', '<dimension ref="A1:K250000"/>')
    big = rewrite_part(plain, tmp_path / "大表.xlsx", "xl/worksheets/sheet1.xml", huge.encode())
    assert (
        refused(big)
        == "工作表“台账”声明有 250000 行，超过一次导入的上限 200000 行。请拆分成多个文件后再导入。"
    )
    wide = rewrite_part(
        plain,
        tmp_path / "宽表.xlsx",
        "xl/worksheets/sheet1.xml",
        sheet.replace('<dimension ref="A1:B2"/>', '<dimension ref="A1:XFD2"/>').encode(),
    )
    assert "声明有 16384 列" in refused(wide)


def test_rows_beyond_the_cap_are_refused_while_reading(db: Database, actor: Actor, tmp_path: Path) -> None:
    path = write_workbook(
        tmp_path / "行多.xlsx", [["活动时间", "协商议题"]] + [["2024-01-01", f"议题{i}"] for i in range(30)]
    )
    with zipfile.ZipFile(path) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
    undeclared = rewrite_part(
        path,
        tmp_path / "无声明.xlsx",
        "xl/worksheets/sheet1.xml",
        sheet.replace('<dimension ref="A1:B31"/>', "").encode(),
    )
    service = LedgerImportService(db, actor, limits=Limits(max_rows=20))
    with pytest.raises(HostileFileError, match="超过一次导入的上限 20 行"):
        service.read(undeclared)


def test_refused_files_leave_the_database_untouched(db: Database, actor: Actor, tmp_path: Path) -> None:
    before = snapshot(db)
    service = LedgerImportService(db, actor)
    for path in (write_ole(tmp_path / "e.xlsx", ["EncryptionInfo"]), OLD_XLS):
        with pytest.raises(HostileFileError):
            service.read(path)
    assert snapshot(db) == before


@pytest.mark.parametrize("part", ["xl/worksheets/sheet1.xml", "xl/theme/theme1.xml", "xl/styles.xml"])
def test_damage_far_into_a_part_is_a_clean_refusal(
    tmp_path: Path, db: Database, actor: Actor, part: str
) -> None:
    """Broken XML near the end of a part (past everything a prolog check reads) is refused up front."""
    with zipfile.ZipFile(SAMPLE) as archive:
        data = archive.read(part)
    cut = len(data) - 40
    damaged = rewrite_part(SAMPLE, tmp_path / "坏.xlsx", part, data[:cut] + b"<<&" + data[cut:])
    before = snapshot(db)
    message = refused(damaged)
    assert f"“{part}”已损坏" in message and "另存" in message
    with pytest.raises(HostileFileError):
        LedgerImportService(db, actor).read(damaged)
    assert snapshot(db) == before


def test_hidden_columns_and_merged_cells_are_read_from_the_sheet(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["标题"])
    ws.merge_cells("A1:C1")
    ws.append(["活动时间", "协商议题", "内部备注"])
    ws.column_dimensions["C"].hidden = True
    path = tmp_path / "隐藏.xlsx"
    wb.save(path)
    layout = check_workbook_file(path)[ws.title]
    assert layout.merges == [(1, 1, 1, 3)] and layout.hidden_columns == {2} and not layout.hidden


def test_a_hidden_sheet_is_not_imported_unless_chosen(tmp_path: Path, db: Database, actor: Actor) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["活动时间", "协商议题", "站室组"])
    ws.sheet_state = "hidden"
    visible = wb.create_sheet("台账")
    visible.append(["活动时间", "协商议题", "站室组"])
    path = tmp_path / "隐藏表.xlsx"
    wb.save(path)
    preview = LedgerImportService(db, actor).read(path)
    hidden = preview.sheet(ws.title)
    assert hidden.target is None and "隐藏的" in hidden.notes[0]
    assert preview.sheet("台账").target == "session"
