"""`import xlsx FILE [--dry-run] [--mapping JSON] [--platform NAME] [--district NAME] [--errors OUT.xlsx]`.

Exit status: 0 imported (or a clean dry run), 1 rows with errors (nothing written; the report is
printed), 2 usage errors and refused files (hostile or unreadable).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from app.cli import ChineseArgumentParser, CliContext
from app.reports.excel.layouts import STATS_SHEET
from app.services.errors import ServiceError
from app.services.ledger_import import (
    TARGETS,
    ImportMapping,
    ImportPreview,
    LedgerImportService,
    issue_lines,
    plan_summary,
    result_summary,
    target_label,
)
from app.services.ledger_import.headers import match_header
from app.services.ledger_import.model import SheetMapping

MAPPING_HELP = (
    'JSON 文本或 .json 文件：列名到字段的对应，如 {"召开时间": "held_on", "K": null}；'
    '按工作表指定：{"sheets": {"2024年台账": {"target": "session", "columns": {...}}}}'
)


def register(sub: Any) -> None:
    parser = sub.add_parser("import", help="导入台账（xlsx）")
    formats = parser.add_subparsers(
        dest="format", metavar="FORMAT", required=True, parser_class=ChineseArgumentParser
    )
    xlsx = formats.add_parser(
        "xlsx",
        help="导入 Excel 台账（本程序导出的台账，或各单位自己的台账）",
        description="逐行检查后在一个事务中导入：只要有一行有错误，就不写入任何数据。",
    )
    xlsx.add_argument("file", metavar="FILE", help="要导入的 .xlsx 文件")
    xlsx.add_argument("--dry-run", action="store_true", help="只检查并报告，不写入数据库")
    xlsx.add_argument("--mapping", metavar="JSON", help=MAPPING_HELP)
    xlsx.add_argument("--platform", metavar="NAME", help="没有填写站室组的行所属的站室组（名称）")
    xlsx.add_argument("--district", metavar="NAME", help="需要新建站室组时所属的县区")
    xlsx.add_argument("--errors", metavar="OUT.xlsx", help="有错误时把标出错误的工作簿写到此文件")
    xlsx.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    service = LedgerImportService(ctx.db, ctx.signed_in)
    preview = service.read(args.file)
    mapping = preview.mapping.copy()
    if args.mapping:
        apply_mapping_option(service, preview, mapping, load_json(args.mapping))
    if args.platform:
        mapping.platform = args.platform.strip()
    if args.district:
        mapping.district = args.district.strip()
    out = ctx.out
    for sheet in preview.sheets:
        sheet_map = mapping.sheets.get(sheet.name)
        target = sheet_map.target if sheet_map else None
        if not target or not sheet_map:
            out.write((sheet.notes[0] if sheet.notes else f"工作表「{sheet.name}」不导入。") + "\n")
            if sheet.name != STATS_SHEET:
                out.write("  （如果这是台账，可用 --mapping 指定表类型和列。）\n")
            continue
        out.write(f"工作表「{sheet.name}」：{target_label(target)}，表头在第{sheet_map.header_row}行\n")
        for column in sheet.columns:
            key = sheet_map.columns.get(column.index)
            label = TARGETS[target].field(key).label if key else "（不导入）"
            out.write(f"  {column.letter}列「{column.header or '（无列名）'}」→ {label}\n")
    plan = service.validate(preview, mapping)
    out.write("\n".join(plan_summary(plan)) + "\n")
    notes = issue_lines(plan.warnings + plan.skipped)
    if notes:
        out.write("提示：\n" + "\n".join(notes) + "\n")
    if not plan.ok:
        out.write(f"发现 {len(plan.errors)} 处错误，未导入任何数据：\n")
        out.write("\n".join(issue_lines(plan.errors)) + "\n")
        if args.errors:
            path = service.write_error_report(plan, args.errors)
            out.write(f"已把标出错误的工作簿写到：{path}\n")
        return 1
    if args.dry_run:
        out.write("试运行：检查通过，未写入数据库。\n")
        return 0
    result = service.apply(plan)
    out.write("已导入：\n" + "\n".join(result_summary(result)) + "\n")
    return 0


def load_json(text: str) -> Any:
    source = text
    path = Path(text)
    if not text.lstrip().startswith("{") and path.is_file():
        source = path.read_text(encoding="utf-8")
    try:
        return json.loads(source)
    except json.JSONDecodeError as exc:
        raise ServiceError(
            f"--mapping 不是有效的 JSON（第 {exc.lineno} 行第 {exc.colno} 列：{exc.msg}）。"
        ) from None


def apply_mapping_option(
    service: LedgerImportService, preview: ImportPreview, mapping: ImportMapping, data: Any
) -> None:
    """Merge a --mapping JSON into the detected mapping (see MAPPING_HELP for the two forms).

    A sheet given a kind (target) but no detected header takes its header row from "header_row", or
    else the first row holding one of the column names the mapping uses.
    """
    if not isinstance(data, dict):
        raise ServiceError('--mapping 应为 JSON 对象，如 {"召开时间": "held_on"}。')
    sheets = data.get("sheets", {})
    columns = data.get(
        "columns", {k: v for k, v in data.items() if k not in ("sheets", "columns", "platform", "district")}
    )
    if isinstance(data.get("platform"), str):
        mapping.platform = data["platform"]
    if isinstance(data.get("district"), str):
        mapping.district = data["district"]
    for sheet in preview.sheets:
        own = sheets.get(sheet.name, {}) if isinstance(sheets, dict) else {}
        current = mapping.sheets[sheet.name]
        target = resolve_target(own.get("target", current.target)) if "target" in own else current.target
        named = {**columns, **own.get("columns", {})}
        header_row = own.get("header_row") or current.header_row or find_header_row(sheet.rows, named)
        if target != current.target or header_row != current.header_row:
            if target is None:
                current = SheetMapping(None, current.header_row, {})
            else:
                current = service.remap_sheet(preview, sheet.name, target=target, header_row=int(header_row))
                sheet = preview.sheet(sheet.name)
        for name, field in named.items():
            column = next((c for c in sheet.columns if name in (c.header, c.letter)), None)
            if column is None or current.target is None:
                continue
            current.columns[column.index] = resolve_field(current.target, field, name)
        mapping.sheets[sheet.name] = current


def find_header_row(rows: list[tuple[Any, ...]], named: dict[str, Any]) -> int:
    """The first row (of the first 30) holding one of the column names a mapping uses; else row 1."""
    names = {str(n) for n in named}
    for number, row in enumerate(rows[:30], 1):
        if any(isinstance(v, str) and v.strip() in names for v in row):
            return number
    return 1


def resolve_target(value: Any) -> str | None:
    if value in (None, "", "skip"):
        return None
    for key, spec in TARGETS.items():
        if value in (key, spec.label):
            return key
    choices = "、".join(f"{key}（{spec.label}）" for key, spec in TARGETS.items())
    raise ServiceError(f"--mapping 中的表类型“{value}”无效。可用：{choices}。")


def resolve_field(target: str, value: Any, column: str) -> str | None:
    if value in (None, ""):
        return None
    spec = TARGETS[target]
    for field in spec.fields:
        if value in (field.key, field.label):
            return field.key
    guessed = match_header(str(value), target)
    if guessed is not None:
        return guessed
    choices = "、".join(f"{f.key}（{f.label}）" for f in spec.fields)
    raise ServiceError(f"--mapping 中“{column}”对应的字段“{value}”无效。可用字段：{choices}。")
