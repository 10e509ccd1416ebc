"""一事一档: the session record, each suggestion's whole handling file, and every attachment.

Photos are printed in place; attached PDFs (a scanned sign-in sheet) have their pages bound in after the
dossier's own; any other file is embedded in the PDF — so the one file is the whole record.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer

from app.glossary import DOC_DOSSIER
from app.reports.pdf.appendix import BoundPdf, EmbeddedFile, pdf_pages
from app.reports.pdf.data import AttachedFile, Dossier, SuggestionFile
from app.reports.pdf.documents.session_record import record_sections, unit_text
from app.reports.pdf.flowables import (
    FormRow,
    form_grid,
    heading,
    picture,
    prose,
    title_block,
    title_para,
)
from app.reports.pdf.fmt import cn_date, cn_ordinal, label, short_date
from app.reports.pdf.grid import DATE, Column, GridTable
from app.reports.pdf.layout import PORTRAIT
from app.reports.pdf.render import Composed
from app.reports.pdf.typesetter import Typesetter

SHORT_NAME = "一事一档"

TIMELINE_COLUMNS = [
    Column("日期", align="center", fit=DATE),
    Column("事项", align="center", fit="开始办理"),
    Column("经办", 1.4, "center"),
    Column("说明", 4.6),
]


def handling_grid(ts: Typesetter, f: SuggestionFile) -> Flowable:
    line = f.line
    rows: list[FormRow] = [
        [("意见建议", line.title)],
        [("类　　别", line.category.label), ("提 出 人", line.proposer or "")],
        [("所属站室组", line.platform or ""), ("办理状态", line.state.label)],
        [("承办单位", unit_text(line) if line.lead_unit else "尚未交办")],
        [("办理方式", label(f.handling_mode)), ("交办日期", cn_date(line.assigned_on))],
        [("办理时限", cn_date(line.due_on)), ("答复日期", cn_date(line.replied_on))],
        [("办理结果", label(line.result_class)), ("办结日期", cn_date(f.concluded_on))],
    ]
    if f.returned_on:
        rows.append([("退办情况", f"{cn_date(f.returned_on)}退办：{f.return_reason or ''}")])
    return form_grid(ts, rows)


def evaluation_grid(ts: Typesetter, f: SuggestionFile) -> Flowable:
    rows: list[FormRow] = [
        [("办前沟通", label(f.eval_before, "未评价")), ("办中协商", label(f.eval_during, "未评价"))],
        [("办后答复", label(f.eval_after, "未评价")), ("评价日期", cn_date(f.evaluated_on))],
        [("建议质量", label(f.quality_rating, "未评价")), ("评价日期", cn_date(f.quality_rated_on))],
    ]
    return form_grid(ts, rows)


class Attachments:
    """Numbers the dossier's attachments as they appear, and collects what is bound in or embedded."""

    def __init__(self, ts: Typesetter) -> None:
        self.ts = ts
        self.n = 0
        self.bound: list[BoundPdf] = []
        self.embedded: list[EmbeddedFile] = []

    def story(self, files: Sequence[AttachedFile]) -> list[Flowable]:
        """Photos printed in place; a PDF's pages bound in after the dossier; any other file embedded."""
        ts = self.ts
        out: list[Flowable] = []
        for f in files:
            data = f.read()
            if data is None:
                out.append(
                    ts.para(f"［附件内容缺失：{f.filename}，请从备份中恢复后重新生成］", ts.styles.note)
                )
                continue
            if f.is_image:
                shown = picture(
                    data, f.caption, ts, max_width=PORTRAIT.width, max_height=PORTRAIT.height * 0.4
                )
                if shown:
                    out += shown
                    continue
            self.n += 1
            label = f"附件 {self.n}：{f.filename}"
            about = "" if f.caption == f.filename else f"——{f.caption}"
            pages = pdf_pages(data) if f.is_pdf else None
            if pages:
                self.bound.append(BoundPdf(label, data, pages))
                out.append(
                    ts.para(f"{label}{about}，共 {pages} 页，原件页面附于本档案之后。", ts.styles.body)
                )
            else:
                self.embedded.append(EmbeddedFile(f.filename, data, f.caption))
                out.append(
                    ts.para(
                        f"{label}{about}（{_size(len(data))}），已作为文件附件嵌入本 PDF，"
                        "可在阅读器的“附件”栏中打开。",
                        ts.styles.body,
                    )
                )
        return out


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{max(n // 1024, 1)} KB"


def suggestion_section(ts: Typesetter, n: int, f: SuggestionFile, files: Attachments) -> list[Flowable]:
    s = ts.styles
    _sub = _Numbered(ts)
    title = ts.para(f"（{cn_ordinal(n)}）{f.line.title}", s.subheading)
    story: list[Flowable] = [KeepTogether([title, handling_grid(ts, f)])]
    story += _sub("建议内容", prose(ts, f.content, empty="（同标题）"))
    story += _sub("答复意见", prose(ts, f.reply, empty="（尚未答复）"))
    if f.implementation:
        story += _sub("落实情况", prose(ts, f.implementation))
    said = [ts.para(f"{cn_date(i.given_on)}，{i.leader}批示：“{i.text}”", s.body) for i in f.instructions]
    story += _sub("领导批示", said or [ts.para("无", s.body)])
    story += _sub("双向评价", [evaluation_grid(ts, f)])
    if f.timeline:
        rows = [
            [short_date(e.happened_on), e.kind.label, e.unit or e.actor, e.text or ""] for e in f.timeline
        ]
        # A long timeline splits (its header repeats); the heading goes with at least its first rows.
        story += [CondPageBreak(90), *_sub("办理过程", [GridTable(TIMELINE_COLUMNS, rows, ts)])]
    else:
        story += _sub("办理过程", [ts.para("无记录", s.body)])
    if f.attachments:
        story += _sub("附件", files.story(f.attachments))
    return story


class _Numbered:
    """Level-3 headings 1．2．3． within one suggestion (GB/T 9704 order: 一、（一）1．(1))."""

    def __init__(self, ts: Typesetter) -> None:
        self.ts = ts
        self.n = 0

    def __call__(self, text: str, body: list[Flowable]) -> list[Flowable]:
        """The heading kept on one page with the first flowable of its section (never stranded)."""
        self.n += 1
        head = self.ts.para(f"{self.n}．{text}", self.ts.styles.level3)
        if not body:
            return [head]
        first = body[0]
        if isinstance(first, GridTable):
            return [head, *body]  # kept by the CondPageBreak before it; a table may span pages
        return [KeepTogether([head, first]), *body[1:]]


def compose(d: Dossier, ts: Typesetter) -> Composed:
    record = d.session
    files = Attachments(ts)
    story: list[Flowable] = title_block(ts, DOC_DOSSIER, f"{record.topic}")
    story.append(ts.para(f"{record.platform} · {cn_date(record.held_on)}", ts.styles.figure_label))
    story.append(Spacer(1, 6 * mm))
    story += record_sections(ts, record)
    for n, f in enumerate(d.files, 1):
        if n == 1:
            story += [
                PageBreak(),
                title_para(ts, "意见建议办理档案"),
                Spacer(1, 4),
            ]
        story += suggestion_section(ts, n, f, files)
    if d.attachments:
        story += heading(ts, "附：活动照片及附件", keep=200)
        story += files.story(d.attachments)
    return Composed(
        title=f"{record.topic} — {SHORT_NAME}",
        short_name=SHORT_NAME,
        story=story,
        bound=files.bound,
        embedded=files.embedded,
    )
