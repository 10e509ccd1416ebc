"""`import xlsx FILE [--dry-run] [--json] [--mapping NAME|FILE] [--save-mapping NAME] [options]`.

Exit status: 0 imported (or a clean dry run), 1 rows with errors (nothing written; the report is
printed), 2 usage errors and refused files (hostile or unreadable). With --json the summary is one
JSON object: per kind created / updated / unchanged / errors, a total, and the errors by sheet, row
and column (app/services/change_summary.py).
"""

from __future__ import annotations

import argparse
import io
import json
from typing import TYPE_CHECKING, Any, TextIO

from app.cli import ChineseArgumentParser, CliContext
from app.models.enums import ResultClass
from app.services.errors import ServiceError

if TYPE_CHECKING:
    from app.services.ledger_import import ImportMapping, ImportPlan, ImportPreview, ImportResult

MAPPING_HELP = "已保存的导入方案名称，或导入方案 JSON 文件（按列名对应字段，格式见 README“导入方案”）"


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
    xlsx.add_argument(
        "--json", action="store_true", help="以 JSON 输出汇总（各类记录的新增、修改、无变化、错误）"
    )
    xlsx.add_argument("--mapping", metavar="NAME|FILE", help=MAPPING_HELP)
    xlsx.add_argument("--save-mapping", metavar="NAME", help="把本次使用的对应关系保存为导入方案")
    xlsx.add_argument("--platform", metavar="NAME", help="没有填写站室组的行所属的站室组（名称）")
    xlsx.add_argument("--district", metavar="NAME", help="需要新建站室组时所属的县区")
    xlsx.add_argument(
        "--fill-dates",
        action="store_true",
        help="缺少的交办、答复、办结、评价日期取相邻的已知日期（在报告中注明）",
    )
    xlsx.add_argument("--default-unit", metavar="NAME", help="已交办但没有填写承办单位时记为此单位")
    xlsx.add_argument("--default-result", metavar="A|B|C", help="已答复但没有答复类别时记为此类别")
    xlsx.add_argument("--errors", metavar="OUT.xlsx", help="有错误时把标出错误的工作簿写到此文件")
    xlsx.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.services.ledger_import import ImportRefused, LedgerImportService
    from app.services.ledger_import.profiles import ProfileStore, apply_profile, load_profile, profile_of

    service = LedgerImportService(ctx.db, ctx.signed_in)
    store = ProfileStore(ctx.db, ctx.signed_in)
    preview = service.read(args.file)
    mapping = (
        apply_profile(preview, load_profile(args.mapping, store)) if args.mapping else preview.mapping.copy()
    )
    if args.platform:
        mapping.platform = args.platform.strip()
        for sheet_map in mapping.sheets.values():
            sheet_map.platform = None
    if args.district:
        mapping.district = args.district.strip()
    if args.fill_dates:
        mapping.fill_dates = True
    if args.default_unit:
        mapping.default_unit = args.default_unit.strip()
    if args.default_result:
        found = ResultClass.from_text(args.default_result.strip().upper())
        if found is None:
            raise ServiceError("--default-result 应为 A、B 或 C。")
        mapping.default_result = found.value
    out = io.StringIO() if args.json else ctx.out
    describe(out, preview, mapping)
    # A dry run checks with a rolled-back trial of the writes; an import writes in one pass that
    # applies the same rules and names every row they refuse, writing nothing then.
    plan = service.validate(preview, mapping, trial=args.dry_run)
    if args.save_mapping:
        store.save(args.save_mapping, profile_of(preview, mapping, args.save_mapping))
        out.write(f"已保存导入方案“{args.save_mapping.strip()}”。\n")
    result = None
    if plan.ok and not args.dry_run:
        try:
            result = service.apply(plan)
        except ImportRefused as refused:
            plan.issues.extend(refused.issues)
    status = 0 if plan.ok else 1
    if not plan.ok and args.errors:
        path = service.write_error_report(plan, args.errors)
        out.write(f"已把标出错误的工作簿写到：{path}\n")
    if args.json:
        ctx.out.write(json.dumps(summary_json(args, plan, result), ensure_ascii=False, indent=2) + "\n")
        return status
    report(out, plan, result, args.dry_run)
    return status


def describe(out: TextIO, preview: ImportPreview, mapping: ImportMapping) -> None:
    """What was recognised in each sheet, and what each column is read as."""
    from app.reports.excel.layouts import STATS_SHEET
    from app.services.ledger_import import TARGETS

    if mapping.name:
        out.write(f"使用导入方案“{mapping.name}”。\n")
    for sheet in preview.sheets:
        sheet_map = mapping.sheets.get(sheet.name)
        target = sheet_map.target if sheet_map else None
        if not target or not sheet_map:
            out.write((sheet.notes[0] if sheet.notes else f"工作表「{sheet.name}」不导入。") + "\n")
            if sheet.name != STATS_SHEET:
                out.write("  （如果这是台账，可用 --mapping 指定表类型和列。）\n")
            continue
        for note in sheet.notes:
            out.write(note + "\n")
        for column in sheet.columns:
            key = sheet_map.columns.get(column.index)
            label = TARGETS[target].field(key).label if key else "（不导入）"
            out.write(f"  {column.letter}列「{column.header or '（无列名）'}」→ {label}\n")


def report(out: TextIO, plan: ImportPlan, result: ImportResult | None, dry_run: bool) -> None:
    from app.services.ledger_import import issue_lines, plan_summary, result_summary
    from app.services.value_words import NAMES

    out.write("\n".join(plan_summary(plan)) + "\n")
    notes = issue_lines(plan.warnings + plan.skipped)
    if notes:
        out.write("提示：\n" + "\n".join(notes) + "\n")
    if plan.unknown_values:
        out.write("无法识别的取值（可在导入方案的“values”中对应）：\n")
        for word in plan.unknown_values:
            out.write(f"  {NAMES[word.vocabulary]}“{word.text}”：{word.count} 处，首见于{word.where}\n")
    if not plan.ok:
        out.write(f"发现 {len(plan.errors)} 处错误，未导入任何数据：\n")
        out.write("\n".join(issue_lines(plan.errors)) + "\n")
    elif dry_run:
        out.write("试运行：检查通过，未写入数据库。\n")
    elif result is not None:
        out.write("已导入：\n" + "\n".join(result_summary(result)) + "\n")


def summary_json(args: argparse.Namespace, plan: ImportPlan, result: ImportResult | None) -> dict[str, Any]:
    from app.services.change_summary import change_summary

    counts = plan.counts()
    if result is not None:
        created, updated = result.created, result.updated
    else:
        created = {e: n for (e, a), n in counts.items() if a == "create"}
        updated = {e: n for (e, a), n in counts.items() if a == "update"}
    data = change_summary(created, updated, plan.unchanged, plan.errors, [*plan.warnings, *plan.skipped])
    unknown = [
        {"vocabulary": w.vocabulary, "text": w.text, "count": w.count, "where": w.where}
        for w in plan.unknown_values
    ]
    return {
        "file": str(args.file),
        "dry_run": bool(args.dry_run),
        "ok": plan.ok,
        "written": result is not None,
        "mapping": plan.mapping.name,
        **data,
        "unknown_values": unknown,
    }
