"""The import report in words (command line, wizard) and as an error workbook."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from app.messages import msg
from app.reports.excel.error_report import ErrorSheet, SummaryLine, write_error_workbook
from app.services.ledger_import.model import CREATE, ERROR, ImportPlan, ImportResult, RowIssue
from app.services.ledger_import.reader import sheet_rows

ENTITY_WORDS = {
    "platform": ("站室组", "个"),
    "unit": ("承办单位", "个"),
    "member": ("委员", "名"),
    "session": ("协商议事活动", "次"),
    "suggestion": ("意见建议", "条"),
    "event": ("领导批示、催办督办记录", "条"),
}
ORDER = ("platform", "unit", "member", "session", "suggestion", "event")


def plan_summary(plan: ImportPlan) -> list[str]:
    """What applying the plan would do, one line per kind of record."""
    counts = plan.counts()
    lines = []
    for entity in ORDER:
        noun, unit = ENTITY_WORDS[entity]
        created = counts.get((entity, CREATE), 0)
        updated = counts.get((entity, "update"), 0)
        same = plan.unchanged.get(entity, 0)
        if created or updated or same:
            lines.append(
                msg(
                    "{noun}：新增 {created} {unit}，修改 {updated} {unit}，无变化 {same} {unit}",
                    noun=noun,
                    created=created,
                    unit=unit,
                    updated=updated,
                    same=same,
                )
            )
    return lines or [msg("文件中没有可导入的记录。")]


def result_summary(result: ImportResult) -> list[str]:
    lines = []
    for entity in ORDER:
        noun, unit = ENTITY_WORDS[entity]
        created, updated = result.created.get(entity, 0), result.updated.get(entity, 0)
        if created or updated:
            lines.append(
                msg(
                    "{noun}：新增 {created} {unit}，修改 {updated} {unit}",
                    noun=noun,
                    created=created,
                    unit=unit,
                    updated=updated,
                )
            )
    return lines or [msg("没有需要修改的记录，数据库未变。")]


def issue_lines(issues: list[RowIssue]) -> list[str]:
    """Issues grouped by sheet, in row order: 工作表「…」 then 第7行「活动时间」：…"""
    by_sheet: dict[str, list[RowIssue]] = defaultdict(list)
    for issue in issues:
        by_sheet[issue.sheet].append(issue)
    lines = []
    for sheet, items in by_sheet.items():
        if sheet:
            lines.append(msg("工作表「{sheet}」：", sheet=sheet))
        for issue in sorted(items, key=lambda i: (i.row, i.column_index or 0)):
            lines.append(("  " if sheet else "") + issue.text())
    return lines


def write_error_report(plan: ImportPlan, path: str | Path) -> Path:
    """The rows of the file with the cells in error highlighted and an 错误说明 column."""
    target = Path(path)
    sheets = []
    for preview in plan.preview.sheets:
        mapping = plan.mapping.sheets.get(preview.name)
        header_row = mapping.header_row if mapping is not None else preview.header_row
        rows = preview.rows
        if preview.row_count > len(rows) and plan.preview.file_key != (0, 0):
            found = sheet_rows(plan.preview.path, preview.name, 1, file_key=plan.preview.file_key)
            rows = [values for _n, values in found]
        sheet = ErrorSheet(preview.name, rows, header_row)
        for issue in [*plan.issues, *plan.skipped]:
            if issue.sheet != preview.name or not issue.row:
                continue
            prefix = "" if issue.severity == ERROR else msg("提示：")
            text = prefix + (
                msg("「{column}」{message}", column=issue.column, message=issue.message)
                if issue.column
                else issue.message
            )
            sheet.messages.setdefault(issue.row, []).append(text)
            if issue.severity == ERROR and issue.column_index is not None:
                sheet.bad_cells.add((issue.row, issue.column_index))
        sheets.append(sheet)
    summary = [
        SummaryLine(
            i.sheet, i.row or None, i.column, i.message, msg("错误") if i.severity == ERROR else msg("提示")
        )
        for i in sorted([*plan.issues, *plan.skipped], key=lambda i: (i.severity != ERROR, i.sheet, i.row))
    ]
    write_error_workbook(target, sheets, summary)
    return target
