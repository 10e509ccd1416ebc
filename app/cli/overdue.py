"""`overdue [--soon [DAYS]] [--json] [--from D] [--to D] [--platform ID] [--district NAME]`: 督办 lists."""

from __future__ import annotations

import argparse
import json
from typing import Any

from app.cli import CliContext
from app.cli.stats import add_scope_arguments


def register(sub: Any) -> None:
    parser = sub.add_parser("overdue", help="列出超期未答复（或即将到期）的意见建议")
    parser.add_argument(
        "--soon",
        nargs="?",
        const=-1,
        type=int,
        metavar="DAYS",
        help="改为列出将在 DAYS 个工作日内到期的（默认按单位设置）",
    )
    parser.add_argument("--json", action="store_true", help="以 JSON 输出")
    add_scope_arguments(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.services.scope import parse_scope

    scope = parse_scope(args.date_from, args.date_to, args.platform, args.district)
    followup = ctx.services.followup
    if args.soon is None:
        rows = followup.overdue(scope)
    else:
        rows = followup.due_soon(scope, days=None if args.soon < 0 else args.soon)
    if args.json:
        json.dump(rows, ctx.out, ensure_ascii=False, indent=2, default=str)
        ctx.out.write("\n")
        return 0
    what = "即将到期" if args.soon is not None else "超期未答复"
    ctx.out.write(f"{what}的意见建议：{len(rows)} 条（{scope.describe()}）\n")
    for row in rows:
        days = (
            f"还有 {row['working_days_left']} 个工作日"
            if args.soon is not None
            else f"超期 {row['working_days_overdue']} 个工作日"
        )
        chased = f"，已催办 {row['reminders']} 次" if row["reminders"] else ""
        ctx.out.write(
            f"  {row['due_on']}  {days}  {row['title']}（{row['platform_name'] or '—'}；"
            f"主办：{row['lead_unit_name'] or '—'}{chased}）\n"
        )
    return 0
