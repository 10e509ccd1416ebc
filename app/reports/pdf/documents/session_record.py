"""协商议事纪要: the record of one consultation session, with its suggestions and signature lines."""

from __future__ import annotations

from collections import defaultdict

from reportlab.platypus import Flowable, Spacer

from app.glossary import DOC_SESSION_RECORD
from app.models.enums import ParticipantKind
from app.reports.pdf.data import SessionRecord, SuggestionLine
from app.reports.pdf.flowables import FormRow, form_grid, heading, prose, signature_lines, title_block
from app.reports.pdf.fmt import cn_date, counted_names, label, short_date
from app.reports.pdf.grid import DATE, Column, GridTable
from app.reports.pdf.official import Colophon, Issue, Letterhead
from app.reports.pdf.render import Composed
from app.reports.pdf.typesetter import Typesetter

SHORT_NAME = DOC_SESSION_RECORD


def participants_text(record: SessionRecord) -> str:
    """部门代表：王五（城西区交通运输局）；群众代表：… ；群众代表共 12 人."""
    by_kind: dict[ParticipantKind, list[str]] = defaultdict(list)
    for p in record.participants:
        by_kind[p.kind].append(f"{p.name}（{p.organization}）" if p.organization else p.name)
    parts = [f"{kind.label}：{'、'.join(by_kind[kind])}" for kind in ParticipantKind if by_kind.get(kind)]
    if record.resident_count:
        parts.append(f"参会群众共 {record.resident_count} 人")
    return "；".join(parts) or "无"


def basics(ts: Typesetter, record: SessionRecord) -> Flowable:
    rows: list[FormRow] = [
        [("议　　题", record.topic)],
        [("议题来源", record.topic_source.label), ("协商形式", record.form.label)],
        [("时　　间", cn_date(record.held_on)), ("活动状态", record.state.label)],
        [("地　　点", record.location or "")],
        [("站 室 组", f"{record.platform}（{record.platform_kind.label}）"), ("所属县区", record.district)],
        [("召 集 人", record.convener or ""), ("主 持 人", record.host or record.convener or "")],
        [("出席委员", counted_names(record.present))],
        [("请假委员", counted_names(record.excused))],
        [("缺席委员", counted_names(record.absent))],
        [("其他参会人员", participants_text(record))],
    ]
    return form_grid(ts, rows)


SUGGESTION_COLUMNS = [
    Column("序号", align="center", fit="00"),
    Column("意见建议", 3.6),
    Column("承办单位", 2.3),
    Column("办理时限", align="center", fit=DATE),
    Column("办理状态", align="center", fit="不予采纳"),
]


def unit_text(line: SuggestionLine) -> str:
    if not line.lead_unit:
        return "待交办"
    text = f"主办：{line.lead_unit}"
    if line.co_units:
        text += "\n会办：" + "、".join(line.co_units)
    return text


def suggestion_rows(lines: list[SuggestionLine] | tuple[SuggestionLine, ...]) -> list[list[str]]:
    return [
        [str(i), line.title, unit_text(line), short_date(line.due_on, "—"), label(line.state)]
        for i, line in enumerate(lines, 1)
    ]


def record_sections(ts: Typesetter, record: SessionRecord) -> list[Flowable]:
    """基本情况, 会议纪要, 形成共识, 意见建议 — shared with the dossier."""
    story: list[Flowable] = [*heading(ts, "一、基本情况"), basics(ts, record)]
    story += [*heading(ts, "二、会议纪要"), *prose(ts, record.minutes, empty="（未填写会议纪要）")]
    story += [*heading(ts, "三、形成共识"), *prose(ts, record.consensus, empty="（未填写形成的共识）")]
    story += heading(ts, "四、意见建议及办理情况")
    lines = list(record.suggestions)
    if lines:
        story.append(ts.para(f"本次活动共形成意见建议 {len(lines)} 条，办理情况如下：", ts.styles.body))
        story.append(Spacer(1, 4))
        story.append(GridTable(SUGGESTION_COLUMNS, suggestion_rows(lines), ts))
    else:
        story.append(ts.para("本次活动暂未形成意见建议。", ts.styles.body))
    if record.notes:
        story += [*heading(ts, "五、备注"), *prose(ts, record.notes)]
    return story


def compose(record: SessionRecord, ts: Typesetter, issue: Issue) -> Composed:
    story: list[Flowable] = [Letterhead(ts, issue), Spacer(1, 10)]
    story += title_block(ts, f"{record.platform}{SHORT_NAME}", f"（{cn_date(record.held_on)}）")
    story += record_sections(ts, record)
    story.append(signature_lines(ts, ["记录人", "审核人"]))
    story.append(Colophon(ts, issue))
    return Composed(
        title=f"{record.topic} — {SHORT_NAME}", short_name=SHORT_NAME, story=story, running_header=False
    )
