"""`exchange export OUT.zip [--platform ID]... [--since-last] [--json]` and
`exchange import FILE [--dry-run] [--json]`: data packages between a station and the office.

A new sender is trusted on first use and its key fingerprint printed (like SSH's accept-new); a known
sender with another key is refused. `exchange import` on a database without any accounts (a new file)
sets a station's laptop up from an office package. Exit status: 0 done, 2 refused (a bad package, a
changed key, no permission), 3 sign-in needed.
"""

from __future__ import annotations

import argparse
import json
import uuid
from typing import TYPE_CHECKING, Any

from app.cli import SETS_UP, ChineseArgumentParser, CliContext
from app.cli.signin import NO_ACCOUNTS, SignInRequired
from app.services.errors import ServiceError

if TYPE_CHECKING:
    from app.services.exchange import ImportSummary


def register(sub: Any) -> None:
    parser = sub.add_parser("exchange", help="站室组与办公室之间的数据包（导出、导入）")
    actions = parser.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=ChineseArgumentParser
    )
    out = actions.add_parser(
        "export",
        help="导出数据包",
        description="平台联络员导出本人负责的站室组的记录；办公室可导出某些站室组（含名录与联络员账户）或整个办公室。",
    )
    out.add_argument("file", metavar="OUT.zip", help="要写入的数据包文件")
    out.add_argument(
        "--platform", action="append", metavar="ID", default=[], help="只导出此站室组（编号或名称，可重复）"
    )
    out.add_argument("--since-last", action="store_true", help="只导出上次导出（同一范围）之后的变化")
    out.add_argument("--json", action="store_true", help="以 JSON 输出结果")
    out.set_defaults(handler=run_export)
    inp = actions.add_parser(
        "import",
        help="导入数据包",
        description="按记录合并：只有一方改动的字段自动合并，双方都改动的字段记为冲突待处理，绝不静默覆盖。"
        "数据库中还没有账户时，用办公室的数据包建立本机（站点）数据库。",
    )
    inp.add_argument("file", metavar="FILE", help="数据包文件（.zip）")
    inp.add_argument("--dry-run", action="store_true", help="只检查并报告将会发生的变化，不写入数据库")
    inp.add_argument("--json", action="store_true", help="以 JSON 输出汇总")
    inp.set_defaults(handler=run_import, access=SETS_UP, creates=True)  # a station's set-up package


def _platforms(ctx: CliContext, given: list[str]) -> frozenset[uuid.UUID] | None:
    import sqlalchemy as sa

    from app.models._base import table_of
    from app.models.platforms import Platform

    if not given:
        return None
    pl = table_of(Platform).c
    found: set[uuid.UUID] = set()
    with ctx.db.session(write=False) as s:
        for text in given:
            value = text.strip()
            try:
                query = sa.select(pl.id).where(pl.id == uuid.UUID(value))
            except ValueError:
                query = sa.select(pl.id).where(pl.name == value)
            platform = s.connection().execute(query).scalar()
            if platform is None:
                raise ServiceError(f"找不到站室组“{value}”（请写编号或完整名称）。")
            found.add(platform)
    return frozenset(found)


def run_export(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.services.exchange import ExchangeService

    service = ExchangeService(ctx.db, ctx.signed_in)
    result = service.export(args.file, _platforms(ctx, args.platform), since_last=args.since_last)
    if args.json:
        ctx.out.write(json.dumps(result.as_json(), ensure_ascii=False, indent=2) + "\n")
        return 0
    covered = result.coverage["platforms"]
    scope = "全部站室组" if covered is None else "、".join(p["name"] for p in covered)
    ctx.out.write(
        f"已导出数据包：{result.path}\n范围：{scope}"
        + ("（上次导出之后的变化）" if result.since else "")
        + "\n"
    )
    from app.services.exchange.kinds import KINDS

    for kind in KINDS:
        if result.counts.get(kind.key):
            ctx.out.write(f"  {kind.label}：{result.counts[kind.key]} 条\n")
    ctx.out.write(
        f"  合计：{sum(result.counts.values())} 条记录；删除记录 {result.tombstones} 条；"
        f"附件内容 {result.blobs} 个\n"
    )
    return 0


def run_import(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.services.exchange import ExchangeService

    if ctx.actor is None:
        if args.dry_run:
            raise SignInRequired(NO_ACCOUNTS)
        summary = ExchangeService.set_up_station(ctx.db, args.file)
        _print(ctx, args, summary, setup=True)
        return 0
    service = ExchangeService(ctx.db, ctx.signed_in)
    checked = service.check(args.file)
    summary = service.import_package(args.file, dry_run=args.dry_run, accept_new=True)
    if checked.new_sender and not args.json:
        info = checked.info
        verb = "（试运行，未记住）" if args.dry_run else "，已记住并信任其密钥"
        ctx.out.write(f"新的发送方“{info.sender_name}”{verb}：密钥指纹 {info.fingerprint}\n")
    _print(ctx, args, summary)
    return 0


def _print(ctx: CliContext, args: argparse.Namespace, summary: ImportSummary, *, setup: bool = False) -> None:
    if args.json:
        ctx.out.write(json.dumps(summary.as_json(), ensure_ascii=False, indent=2) + "\n")
        return
    sender = summary.package["sender"]
    if setup:
        ctx.out.write(
            f"已用“{sender['name']}”的数据包建立本机数据库（发送方密钥指纹 {sender['fingerprint']}）。\n"
            "平台联络员可用其在办公室使用的用户名和密码登录。\n"
        )
    head = "试运行（未写入数据库）" if summary.dry_run else "已导入"
    ctx.out.write(f"{head}：来自“{sender['name']}”的数据包（第 {summary.package['seq']} 号）\n")
    ctx.out.write("\n".join(summary.lines()) + "\n")
