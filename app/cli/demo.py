"""`demo [--sessions N] [--seed S] [--append] [--password P]`: a deterministic demo city and its accounts.

On a database without accounts it needs no sign-in and creates the accounts admin, clerk, coordinator
and viewer (password `demo1234` unless --password says otherwise); once accounts exist, only an
administrator may run it (it adds whichever demo accounts are missing, never changes existing ones).
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from app.cli import SETS_UP, CliContext
from app.models.enums import PlatformKind, SessionState, SuggestionState, UserRole
from app.services.demo import DEFAULT_PASSWORD

if TYPE_CHECKING:
    from app.services.demo import DemoResult

MAX_SESSIONS = 1_000_000

_TABLE_LABELS = (
    ("handling_unit", "承办单位", "个"),
    ("member", "委员", "名"),
    ("platform_membership", "平台成员关系", "条"),
    ("session_attendance", "委员出席记录", "条"),
    ("session_participant", "其他参会人员", "人次"),
    ("suggestion_unit", "承办分工", "条"),
    ("leader_instruction", "领导批示", "件次"),
    ("follow_up_event", "跟踪记录", "条"),
    ("topic", "议题", "个"),
    ("duty_activity", "履职活动", "次"),
    ("activity_attendance", "履职活动出席记录", "条"),
    ("research_report", "调研报告", "篇"),
    ("public_opinion", "社情民意信息", "条"),
    ("results_report", "协商专报", "期"),
    ("result_outcome", "成果转化", "项"),
)


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "demo",
        help="装入演示数据（一个城市的站室组、委员、协商议事活动和意见建议）",
        description="装入可重复的演示数据。相同的随机种子在同一天生成完全相同的数据。"
        "数据库中已有站室组时沿用已有的站室组和委员。",
    )
    parser.add_argument("--sessions", type=int, default=500, metavar="N", help="协商议事活动次数（默认 500）")
    parser.add_argument("--seed", type=int, default=2024, metavar="S", help="随机种子（默认 2024）")
    parser.add_argument("--append", action="store_true", help="数据库中已有协商议事活动时仍追加演示数据")
    parser.add_argument(
        "--password", default=DEFAULT_PASSWORD, metavar="P", help=f"演示账户的密码（默认 {DEFAULT_PASSWORD}）"
    )
    parser.set_defaults(handler=run, access=SETS_UP, creates=True)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.services import permissions
    from app.services.demo import count_sessions, load_demo
    from app.services.demo.accounts import demo_actor

    if ctx.actor is not None:
        permissions.require_accounts(ctx.actor)  # the demo makes accounts
    if not 0 <= args.sessions <= MAX_SESSIONS:
        sys.stderr.write(f"错误：--sessions 应为 0 到 {MAX_SESSIONS} 之间的整数。\n")
        return 2
    existing = count_sessions(ctx.db)
    if existing and not args.append:
        sys.stderr.write(
            f"错误：数据库中已有 {existing} 次协商议事活动，演示数据只装入空数据库。"
            "如确需追加，请加上 --append。\n"
        )
        return 2

    def progress(done: int, total: int) -> None:
        sys.stderr.write(f"已生成 {done}/{total} 次协商议事活动……\n")
        sys.stderr.flush()

    actor = ctx.actor or demo_actor()
    result = load_demo(
        ctx.db, sessions=args.sessions, seed=args.seed, actor=actor, progress=progress, password=args.password
    )
    ctx.out.write(summary(result))
    return 0


def summary(result: DemoResult) -> str:
    rows = result.rows
    kinds = result.platforms_by_kind
    sessions = result.session_states
    suggestions = result.suggestion_states
    platforms = rows.get("platform", 0)
    lines = [f"演示数据已装入（随机种子 {result.seed}）："]
    if result.reused_network:
        lines.append("  沿用数据库中已有的站室组和委员。")
    else:
        lines.append(
            f"  站室组 {platforms} 个（"
            + "，".join(f"{k.label} {kinds.get(k.value, 0)}" for k in PlatformKind)
            + "）"
        )
    lines.extend(f"  {label} {rows.get(table, 0)} {unit}" for table, label, unit in _TABLE_LABELS)
    lines.append(
        f"  协商议事活动 {rows.get('consultation_session', 0)} 次（"
        + "，".join(f"{s.label} {sessions.get(s, 0)}" for s in SessionState)
        + "）"
    )
    lines.append(
        f"  意见建议 {rows.get('suggestion', 0)} 条（"
        + "，".join(f"{s.label} {suggestions.get(s, 0)}" for s in SuggestionState)
        + "）"
    )
    rate = result.total_rows / result.seconds if result.seconds else 0.0
    lines.append(f"共写入 {result.total_rows} 行，用时 {result.seconds:.1f} 秒（每秒 {rate:,.0f} 行）。")
    lines.append(f"演示账户（新建的账户密码均为 {result.password}）：")
    for account in result.accounts:
        extra = f"，负责：{'、'.join(account.platforms)}" if account.role is UserRole.COORDINATOR else ""
        kept = "" if account.created else "  （已存在，未改动）"
        lines.append(f"  {account.username:<12} {account.display_name}（{account.role.label}{extra}）{kept}")
    lines.append("命令行请用 --user 用户名 登录（密码放在环境变量 LEDGER_PASSWORD 中或在终端中输入）。")
    return "\n".join(lines) + "\n"
