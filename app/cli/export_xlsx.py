"""`export xlsx OUT.xlsx [--from D] [--to D] [--platform ID] [--district NAME] [--full]`: Excel ledgers."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli import CliContext
from app.cli.stats import add_scope_arguments
from app.services.errors import ServiceError


def register_format(sub: Any) -> None:
    parser = sub.add_parser(
        "xlsx",
        help="导出 Excel 台账：协商议事、意见建议办理、站室组名册、委员名册和统计",
        description="导出一个 Excel 工作簿，含协商议事台账、意见建议办理台账、站室组名册、委员名册和统计。"
        "委员和站室组的联系电话默认隐去；修改后的台账可用 import xlsx 导回。",
    )
    parser.add_argument("out", metavar="OUT.xlsx", help="输出的 Excel 文件路径（.xlsx）")
    add_scope_arguments(parser)
    parser.add_argument(
        "--full", action="store_true", help="导出完整的联系电话（仅管理员和工作人员；此操作记入操作日志）"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.services.ledger_export import LedgerExportService
    from app.services.scope import parse_scope

    scope = parse_scope(args.date_from, args.date_to, args.platform, args.district)
    out = Path(args.out)
    if out.is_dir():
        raise ServiceError(f"“{out}”是一个目录，请写出 .xlsx 文件名。")
    try:
        result = LedgerExportService(ctx.db, ctx.signed_in).export(out, scope, full=args.full)
    except PermissionError:
        raise ServiceError(f"没有权限写入“{out}”，请换一个位置保存。") from None
    except OSError as exc:
        raise ServiceError(f"无法写入“{out}”：{exc.strerror or exc}") from None
    ctx.out.write(f"已导出台账：{out}\n")
    for name, rows in result.counts.items():
        ctx.out.write(f"  {name}：{rows} 行\n")
    if result.full:
        ctx.out.write("联系电话未隐去，本次导出已记入操作日志。\n")
    for where in result.cut_cells:
        ctx.out.write(f"提示：{where} 超过 Excel 单元格 32767 字的上限，已截断。\n")
    return 0
