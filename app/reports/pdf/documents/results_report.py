"""协商专报: the issuing office's 版头 with the report's number, the title, the body, and the 报送 line."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from app.glossary import DOC_RESULTS_REPORT
from app.reports.pdf.data_cycle import ResultsReportDoc
from app.reports.pdf.flowables import heading, prose, title_block
from app.reports.pdf.fmt import cn_date
from app.reports.pdf.official import Colophon, Issue, Letterhead
from app.reports.pdf.render import Composed
from app.reports.pdf.typesetter import Typesetter


def compose(data: ResultsReportDoc, ts: Typesetter, issue: Issue) -> Composed:
    story: list[Flowable] = [Letterhead(ts, issue), Spacer(1, 10)]
    story += title_block(ts, data.title, f"（{cn_date(data.issued_on)}报送：{data.sent_to}）")
    if data.about:
        story.append(ts.para(f"本期专报反映“{data.about}”的协商成果。", ts.styles.body))
    story += prose(ts, data.text, empty="（专报正文见附件。）")
    if data.instructions:
        story += heading(ts, "领导批示")
        for leader, given_on, text in data.instructions:
            story.append(
                ts.para(f"{leader}于{cn_date(given_on)}批示：“{text.strip().rstrip('。')}。”", ts.styles.body)
            )
    if data.outcomes:
        story += heading(ts, "成果转化")
        for kind, description in data.outcomes:
            story.append(ts.para(f"{kind}：{description}", ts.styles.body))
    story.append(Colophon(ts, issue))
    return Composed(title=data.title, short_name=DOC_RESULTS_REPORT, story=story, running_header=False)
