"""Printed documents against bare reportlab, in the same run on the same data.

    .venv/bin/python bench/bench_pdf.py                # summary over 1,000 sessions; 10,000-row list
    .venv/bin/python bench/bench_pdf.py --rows 2000    # a quicker look

(a) `summary` (工作综述) over a demo database of 1,000 sessions, end to end (figures read from the
    database, charts, tables, overdue list), against bare reportlab laying out the same paragraphs,
    charts and tables (platypus Table of Paragraph cells, repeatRows=1) from the already-read data.
    Target: ratio ≤ 1.3.
(b) `supervision` (督办清单) with 10,000 open suggestions: seconds, pages and peak Python memory
    (tracemalloc), against a bare reportlab Table of the same rows and columns as plain strings (what
    the issue measured: 10,000 rows, 371 pages, about 6 s). Ours wraps every cell, so it prints more
    pages; the per-page time is given too.
"""

from __future__ import annotations

import argparse
import io
import re
import statistics
import sys
import tempfile
import time
import tracemalloc
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.db import Database, open_database
from app.models._base import table_of
from app.models.enums import (
    ResultClass,
    SessionForm,
    SuggestionCategory,
    SuggestionState,
    TopicSource,
    UserRole,
)
from app.models.platforms import Platform
from app.models.suggestions import Suggestion
from app.models.units import HandlingUnit
from app.reports.pdf import charts
from app.reports.pdf.documents import summary as summary_doc
from app.reports.pdf.documents import summary_results as results_doc
from app.reports.pdf.fonts import default_fonts
from app.reports.pdf.official import Issue
from app.reports.pdf.render import render
from app.reports.pdf.typesetter import Typesetter
from app.services.actor import Actor
from app.services.demo import load_demo
from app.services.documents import DocumentService
from app.services.documents.handling_data import supervision
from app.services.documents.summary_data import summary
from app.services.scope import Scope

TODAY = date(2025, 12, 31)
ACTOR = Actor(username="bench", display_name="基准测试", role=UserRole.ADMIN)


def timed(fn: Callable[[], Any], repeat: int) -> float:
    """Median seconds of `repeat` runs."""
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - started)
    return statistics.median(runs)


def peak_mb(fn: Callable[[], Any]) -> float:
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


# -- bare reportlab ----------------------------------------------------------------------------
def bare_table(rows: list[list[str]], widths: list[float], style: Any, *, header: bool = True) -> Table:
    data = [[Paragraph(cell, style) for cell in row] for row in rows]
    table = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    table.setStyle(
        TableStyle([("GRID", (0, 0), (-1, -1), 0.4, "#333333"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
    )
    return table


def bare_document(story: list[Any], *, wide: bool = False) -> bytes:
    out = io.BytesIO()
    page = landscape(A4) if wide else A4
    SimpleDocTemplate(out, pagesize=page, leftMargin=28 * mm, rightMargin=26 * mm, topMargin=37 * mm,
                      bottomMargin=35 * mm).build(story)  # fmt: skip
    return out.getvalue()


def bare_summary(data: Any) -> bytes:
    """The summary's content — paragraphs, headline figures, charts and tables — with plain reportlab."""
    fonts = default_fonts()
    st = Typesetter.create(fonts).styles
    f = data.figures
    width = 156 * mm
    story: list[Any] = [Paragraph("协商议事工作综述", st.title), Paragraph(data.period, st.subtitle)]
    story += [Paragraph("一、总体情况", st.heading), Paragraph(data.paragraph, st.body)]
    story.append(Paragraph("二、典型成果", st.heading))
    for item in data.typical:
        story += [Paragraph(item.title, st.subheading), Paragraph(results_doc.result_text(item), st.body)]
        said = results_doc.instruction_text(item)
        if said:
            story.append(Paragraph(said, st.body))
    story.append(Paragraph("三、主要数据", st.heading))
    tiles = [f"{value}{unit}<br/>{name}" for name, value, unit in summary_doc.tiles(f)]
    story.append(bare_table([tiles[:4], tiles[4:]], [width / 4] * 4, st.cell_center, header=False))
    story.append(Paragraph(summary_doc.network_text(f), st.body))
    story.append(Paragraph("四、协商议事活动情况", st.heading))
    labels, s_vals, g_vals, _ = summary_doc.time_buckets(f["sessions_by_month"], f["suggestions_by_month"])
    story.append(charts.column_chart(fonts, labels, [("活动", s_vals), ("建议", g_vals)], width=width))
    story.append(Paragraph("图1", st.figure_label))
    top = f["sessions_by_platform"][:10]
    story.append(charts.bar_chart(fonts, [p["name"] for p in top], [p["sessions"] for p in top], width=width))
    story.append(Paragraph("图2", st.figure_label))
    src = f["sessions_held_by_topic_source"]
    story.append(charts.pie_chart(fonts, [t.label for t in TopicSource], [src[t.value] for t in TopicSource],
                                  width=width))  # fmt: skip
    story.append(Paragraph("图3", st.figure_label))
    counts = [
        ("协商形式", [(x.label, f["sessions_held_by_form"][x.value]) for x in SessionForm]),
        ("办理状态", [(x.label, f["suggestions_by_state"][x.value]) for x in SuggestionState]),
        ("办理结果", [(x.label, f["suggestions_by_result_class"][x.value]) for x in ResultClass]),
        ("建议类别", [(x.label, f["suggestions_by_category"][x.value]) for x in SuggestionCategory]),
    ]
    for n, (title, pairs) in enumerate(counts):
        if n == 1:
            story += [Paragraph("五、意见建议办理情况", st.heading), Paragraph(data.paragraph, st.body)]
        rows = [[title, "数量", "占比"], *[[name, str(v), f"{v}"] for name, v in pairs], ["合计", "0", "0"]]
        story += [bare_table(rows, [width * 0.6, width * 0.2, width * 0.2], st.cell), Spacer(1, 8)]
    story.append(Paragraph("六、超期未答复意见建议", st.heading))
    rows = [["序号", "意见建议", "所属站室组", "主办单位", "办理时限", "超期工作日"]]
    rows += [[str(i), x.title, x.platform or "", x.lead_unit or "", str(x.due_on),
              str(x.working_days_overdue)] for i, x in enumerate(data.overdue, 1)]  # fmt: skip
    story.append(bare_table(rows, [w * width for w in (0.07, 0.38, 0.18, 0.15, 0.13, 0.09)], st.cell))
    story.append(Paragraph("统计截至", st.note))
    return bare_document(story)


def bare_list(data: Any) -> bytes:
    """The same rows and columns as a plain reportlab Table of strings (the issue's reference, unwrapped)."""
    fonts = default_fonts()
    width = 225 * mm
    header = [
        "序号",
        "意见建议",
        "所属站室组",
        "主办单位",
        "会办单位",
        "交办日期",
        "办理时限",
        "状态",
        "逾期天数",
    ]
    rows = [header] + [
        [str(n), i.title, i.platform or "", i.lead_unit or "", "、".join(i.co_units), str(i.assigned_on),
         str(i.due_on), i.state.label, str(i.working_days_overdue or "")]
        for n, i in enumerate(data.items, 1)
    ]  # fmt: skip
    fractions = (0.05, 0.27, 0.13, 0.12, 0.12, 0.09, 0.09, 0.06, 0.07)
    table = Table(rows, colWidths=[w * width for w in fractions], repeatRows=1)
    table.setStyle(
        TableStyle([("FONT", (0, 0), (-1, -1), fonts.body, 7), ("GRID", (0, 0), (-1, -1), 0.4, "#333333")])
    )
    return bare_document([table], wide=True)


# -- data ----------------------------------------------------------------------------------------
def add_open_suggestions(db: Database, count: int) -> None:
    """`count` suggestions handed out and not yet replied (a third of them overdue), in bulk."""
    sg = table_of(Suggestion)
    with db.engine.begin() as conn:
        platforms = conn.execute(sa.select(table_of(Platform).c.id)).scalars().all()
        units = conn.execute(sa.select(table_of(HandlingUnit).c.id)).scalars().all()
        now = datetime.now(UTC)
        batch = []
        for i in range(count):
            assigned = TODAY - timedelta(days=10 + i % 60)
            batch.append({
                "id": uuid.uuid4(), "created_at": now, "updated_at": now, "version": 1,
                "title": f"关于第{i + 1}号路口加装红绿灯并优化周边交通组织的建议",
                "category": "urban", "reflects_problem": True, "raised_on": assigned - timedelta(days=5),
                "platform_id": platforms[i % len(platforms)], "lead_unit_id": units[i % len(units)],
                "handling_mode": "single", "assigned_on": assigned, "due_on": assigned + timedelta(days=40),
                "state": (SuggestionState.IN_PROGRESS if i % 2 else SuggestionState.ASSIGNED).value,
            })  # fmt: skip
            if len(batch) == 2000:
                conn.execute(sg.insert(), batch)
                batch = []
        if batch:
            conn.execute(sg.insert(), batch)


ISSUE = Issue(office="××市政协办公室", printed_on=TODAY)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sessions", type=int, default=1000)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    default_fonts()  # load the 5 MB font once, outside every measurement

    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bench.sqlite3")
        load_demo(db, sessions=args.sessions, seed=2024, actor=ACTOR, today=TODAY)
        service = DocumentService(db, ACTOR, today=TODAY)
        scope = Scope()
        with db.session(write=False) as s:
            data = summary(s, scope, TODAY, None)
        ours = timed(lambda: service.render_bytes("summary", scope=scope), args.repeat)
        compose = lambda ts: summary_doc.compose(data, ts, ISSUE)  # noqa: E731
        layout = timed(lambda: render(compose, io.BytesIO()), args.repeat)
        bare = timed(lambda: bare_summary(data), args.repeat)
        _, result = service.render_bytes("summary", scope=scope)
        print(f"(a) 工作综述 summary over {data.figures['sessions']} sessions, {data.figures['suggestions']} "
              f"suggestions, {len(data.overdue)} overdue rows, {result.pages} pages")  # fmt: skip
        print(f"    bare reportlab, same content from the data in hand: {bare:.3f} s")
        print(f"    ours, layout from the same data:  {layout:.3f} s   ratio {layout / bare:.2f}")
        ratio = ours / bare
        print(
            f"    ours, database → PDF (figures read too): {ours:.3f} s   ratio {ratio:.2f}  (target ≤ 1.30)"
        )

        add_open_suggestions(db, args.rows)
        with db.session(write=False) as s:
            listed = supervision(s, scope, TODAY)
        ours = timed(lambda: service.render_bytes("supervision", scope=scope), 1)
        _, result = service.render_bytes("supervision", scope=scope)
        bare = timed(lambda: bare_list(listed), 1)
        bare_pages = len(re.findall(rb"/Type /Page\b(?!s)", bare_list(listed)))
        ours_mb = peak_mb(lambda: service.render_bytes("supervision", scope=scope))
        bare_mb = peak_mb(lambda: bare_list(listed))
        print(f"(b) 督办清单 supervision list of {len(listed.items)} rows, A4 landscape")
        print(f"    ours (database → PDF, cells wrapped): {ours:.2f} s, {result.pages} pages, "
              f"peak {ours_mb:.0f} MB (tracemalloc)")  # fmt: skip
        print(f"    bare reportlab Table of plain strings (no wrapping): {bare:.2f} s, {bare_pages} pages, "
              f"peak {bare_mb:.0f} MB")  # fmt: skip
        print(
            f"    per page: ours {1000 * ours / result.pages:.1f} ms, bare {1000 * bare / bare_pages:.1f} ms"
        )
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
