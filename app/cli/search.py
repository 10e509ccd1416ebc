"""`search TEXT [--kind K] [--state S] [--limit N] [--json] [scope]` and `search --reindex`."""

from __future__ import annotations

import argparse
import json
import time
from dataclasses import asdict
from typing import Any

from app.cli import CliContext
from app.cli.stats import add_scope_arguments


def register(sub: Any) -> None:
    parser = sub.add_parser("search", help="按任意文字搜索协商议事活动和意见建议，或重建搜索索引")
    parser.add_argument("text", nargs="*", metavar="TEXT", help="要找的文字；多个词须同时出现")
    parser.add_argument(
        "--kind", choices=("session", "suggestion"), help="只搜活动（session）或意见建议（suggestion）"
    )
    parser.add_argument("--state", metavar="STATE", help="状态（代码或中文，如“办理中”）")
    parser.add_argument("--limit", type=int, default=50, metavar="N", help="最多显示多少条（默认 50）")
    parser.add_argument("--json", action="store_true", help="以 JSON 输出")
    parser.add_argument("--reindex", action="store_true", help="重建搜索索引（批量导入数据后使用）")
    add_scope_arguments(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.services import permissions
    from app.services.scope import parse_scope
    from app.services.search_index import reindex_all

    if args.reindex:
        permissions.require_office(ctx.signed_in, "重建搜索索引")
        started = time.perf_counter()
        with ctx.db.session() as s:
            count = reindex_all(s)
        ctx.out.write(f"搜索索引已重建：{count} 条记录，用时 {time.perf_counter() - started:.1f} 秒。\n")
        if not args.text:
            return 0
    scope = parse_scope(args.date_from, args.date_to, args.platform, args.district)
    kinds = (args.kind,) if args.kind else ("session", "suggestion")
    hits = ctx.services.search.search(
        " ".join(args.text), scope=scope, state=args.state, kinds=kinds, limit=args.limit
    )
    if args.json:
        json.dump([asdict(h) for h in hits], ctx.out, ensure_ascii=False, indent=2, default=str)
        ctx.out.write("\n")
        return 0
    ctx.out.write(f"找到 {len(hits)} 条（新的在前）：\n")
    for h in hits:
        ctx.out.write(
            f"  {h.date}  [{h.kind_label}·{h.state_label}]  {h.title}（{h.platform_name or '—'}）\n"
        )
        ctx.out.write(f"      {h.field}：{h.snippet}\n")
    return 0
