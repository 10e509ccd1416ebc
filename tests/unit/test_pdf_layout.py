"""Page layout: A4 in GB/T 9704 geometry, page numbers, long tables, progress and cancelling."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.platypus import Paragraph, Spacer

from app.reports.pdf.fonts import default_fonts
from app.reports.pdf.grid import Column, GridTable
from app.reports.pdf.layout import PORTRAIT, DocumentMeta, RenderCancelled, write_pdf
from app.reports.pdf.typesetter import Typesetter

MM = 72 / 25.4
COLUMNS = [Column("序号", align="center", fit="000"), Column("意见建议", 4), Column("承办单位", 2)]


def build(story: list, *, landscape: bool = False, **options) -> bytes:
    out = io.BytesIO()
    meta = DocumentMeta("测试文档", "城西区政协办公室", "督办清单", landscape=landscape)
    write_pdf(story, out, meta, default_fonts(), **options)
    return out.getvalue()


def rows(n: int) -> list[list[str]]:
    return [[str(i), f"第{i}条：关于加装红绿灯并优化交通组织的建议", "市交通运输局"] for i in range(1, n + 1)]


def test_gb9704_text_area_and_a4_pages() -> None:
    assert PORTRAIT.left == pytest.approx(28 * MM)
    assert PORTRAIT.top == pytest.approx((297 - 37) * MM)
    assert (PORTRAIT.width, PORTRAIT.height) == (pytest.approx(156 * MM), pytest.approx(225 * MM))
    ts = Typesetter.create(default_fonts())
    reader = PdfReader(io.BytesIO(build([GridTable(COLUMNS, rows(80), ts)])))
    assert len(reader.pages) >= 2
    for page in reader.pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)
    landscape = PdfReader(io.BytesIO(build([Paragraph("横向", ts.styles.body)], landscape=True)))
    assert round(float(landscape.pages[0].mediabox.width)) == 842


def test_header_office_name_and_page_numbers() -> None:
    ts = Typesetter.create(default_fonts())
    reader = PdfReader(io.BytesIO(build([GridTable(COLUMNS, rows(80), ts)])))
    for n, page in enumerate(reader.pages, 1):
        text = page.extract_text()
        assert f"— {n} —" in text
        assert "城西区政协办公室" in text
        assert "督办清单" in text


def test_long_table_repeats_header_and_never_leaves_it_alone() -> None:
    ts = Typesetter.create(default_fonts())
    data = rows(120)
    # A spacer leaves just room for the header at the foot of page 1: the table must start on page 2.
    story = [Spacer(1, PORTRAIT.height - 26), GridTable(COLUMNS, data, ts)]
    reader = PdfReader(io.BytesIO(build(story)))
    pages = [p.extract_text() for p in reader.pages]
    assert "意见建议" not in pages[0]
    seen: list[int] = []
    for text in pages[1:]:
        assert "序号" in text and "承办单位" in text
        numbers = [r[0] for r in data if f"第{r[0]}条" in text]
        assert numbers, "a page with a header and no rows"
        seen += [int(n) for n in numbers]
    assert seen == list(range(1, 121))


def test_row_taller_than_a_page_is_split_not_lost() -> None:
    ts = Typesetter.create(default_fonts())
    long_text = "".join(f"第{i:03d}句协商意见。" for i in range(400))
    table = GridTable(COLUMNS, [["1", long_text, "市政府"], ["2", "短建议", "市交通运输局"]], ts)
    reader = PdfReader(io.BytesIO(build([table])))
    assert len(reader.pages) >= 2
    text = "".join(p.extract_text() for p in reader.pages).replace("\n", "")
    assert "第000句" in text and "第399句" in text and "短建议" in text


def test_progress_rises_to_one_and_cancel_leaves_no_file(tmp_path: Path) -> None:
    ts = Typesetter.create(default_fonts())
    seen: list[float] = []
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "list.pdf"
    pages = write_pdf(
        [GridTable(COLUMNS, rows(200), ts)],
        target,
        DocumentMeta("测试", "××市政协办公室", "测试"),
        ts.fonts,
        progress=lambda fraction, stage: seen.append(fraction),
    )
    assert pages > 3 and target.read_bytes().startswith(b"%PDF")
    assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) > pages

    calls = []

    def cancel_on_second_page() -> bool:
        calls.append(1)
        return len(calls) > 3

    stopped = folder / "stopped.pdf"
    with pytest.raises(RenderCancelled):
        write_pdf(
            [GridTable(COLUMNS, rows(200), ts)],
            stopped,
            DocumentMeta("测试", "××市政协办公室", "测试"),
            ts.fonts,
            is_cancelled=cancel_on_second_page,
        )
    assert list(folder.iterdir()) == [target]
