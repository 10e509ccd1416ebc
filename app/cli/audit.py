"""`audit [--from D] [--to D] [--user NAME] [--json]`: the audit trail (administrators and clerks)."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from app.cli import CliContext
from app.services.errors import ValidationError


def register(sub: Any) -> None:
    parser = sub.add_parser("audit", help="查看操作日志（管理员和工作人员）")
    parser.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="开始日期")
    parser.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="结束日期")
    parser.add_argument("--user", dest="audit_user", metavar="NAME", help="只看某个账户的操作")
    parser.add_argument("--json", action="store_true", help="以 JSON 输出")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.services.listing import ListQuery

    filters: dict[str, Any] = {"actor": args.audit_user}
    for key, text in (("date_from", args.date_from), ("date_to", args.date_to)):
        if text:
            try:
                filters[key] = date.fromisoformat(text)
            except ValueError:
                raise ValidationError({key: f"日期“{text}”格式不正确，请写成 YYYY-MM-DD"}) from None
    if filters.get("date_from") and filters.get("date_to") and filters["date_from"] > filters["date_to"]:
        raise ValidationError({"date_from": "开始日期不能晚于结束日期"})
    entries = ctx.services.audit_log.entries(ListQuery(filters=filters), mask=True)
    if args.json:
        json.dump([e.as_json() for e in entries], ctx.out, ensure_ascii=False, indent=2)
        ctx.out.write("\n")
        return 0
    count = 0
    for e in entries:
        count += 1
        ctx.out.write(
            f"{e.seq:>6}  {e.at:%Y-%m-%d %H:%M:%S}  {e.actor_name}（{e.username}）  "
            f"{e.action_label} {e.entity_label}{'：' + e.note if e.note else ''}\n"
        )
        for change in e.changes:
            ctx.out.write(f"          {change.label}：{change.before} → {change.after}\n")
    ctx.out.write(f"共 {count} 条操作日志（新的在前）。\n")
    return 0
