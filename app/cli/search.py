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
    parser = sub.add_parser(
        "search", help="按任意文字搜索协商议事活动和意见建议，按姓名或拼音查找委员，或重建搜索索引"
    )
    parser.add_argument("text", nargs="*", metavar="TEXT", help="要找的文字；多个词须同时出现")
    parser.add_argument(
        "--kind",
        choices=("session", "suggestion", "member"),
        help="只搜活动（session）、意见建议（suggestion）或委员（member：姓名、全拼或拼音首字母，如 zhw）",
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
    from app.services.search_rebuild import reindex_all

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
    found = ctx.services.search.find(
        " ".join(args.text), scope=scope, state=args.state, kinds=kinds, limit=args.limit
    )
    hits = found.hits
    if args.json:
        json.dump([asdict(h) for h in hits], ctx.out, ensure_ascii=False, indent=2, default=str)
        ctx.out.write("\n")
        return 0
    shown = f"，显示前 {len(hits)} 条（--limit 可调）" if len(hits) < found.total else ""
    order = "按姓氏笔画" if args.kind == "member" else "新的在前"
    ctx.out.write(f"共找到 {found.total} 条{shown}（{order}）：\n")
    for h in hits:
        if h.kind == "member":
            ctx.out.write(f"  [{h.kind_label}]  {h.title}（{h.platform_name or '未加入站室组'}）\n")
        else:
            ctx.out.write(
                f"  {h.date}  [{h.kind_label}·{h.state_label}]  {h.title}（{h.platform_name or '—'}）\n"
            )
        if h.snippet:
            ctx.out.write(f"      {h.field}：{h.snippet}\n")
    return 0
