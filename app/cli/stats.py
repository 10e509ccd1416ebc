"""`stats [--json] [--from D] [--to D] [--platform ID] [--district NAME]`: the figures as text or JSON."""

from __future__ import annotations

import argparse
import json
from typing import Any

from app.cli import CliContext
from app.models.enums import PlatformKind, SuggestionState


def add_scope_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="开始日期")
    parser.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="结束日期")
    parser.add_argument("--platform", metavar="ID", help="只统计某个站室组（编号）")
    parser.add_argument("--district", metavar="NAME", help="只统计某个县区")


def register(sub: Any) -> None:
    parser = sub.add_parser("stats", help="输出统计数字")
    parser.add_argument("--json", action="store_true", help="以 JSON 输出")
    add_scope_arguments(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.services.scope import parse_scope

    scope = parse_scope(args.date_from, args.date_to, args.platform, args.district)
    figures = ctx.statistics.summary(scope)
    if args.json:
        json.dump(figures, ctx.out, ensure_ascii=False, indent=2)
        ctx.out.write("\n")
        return 0
    kinds = figures["platforms_by_kind"]
    states = figures["suggestions_by_state"]
    labels, opinion, topics = figures["activity_kind_labels"], figures["public_opinion"], figures["topics"]
    lines = [
        f"统计范围：{scope.describe()}",
        f"站室组：{figures['platforms']} 个（"
        + "，".join(f"{k.label} {kinds[k.value]}" for k in PlatformKind)
        + "）",
        f"委员：{figures['members']} 名",
        f"协商议事活动：{figures['sessions']} 次"
        + (
            f"（已开展 {figures['sessions_held']} 次）"
            if figures["sessions_held"] != figures["sessions"]
            else ""
        ),
        f"意见建议：{figures['suggestions']} 条（"
        + "，".join(f"{s.label} {states[s.value]}" for s in SuggestionState)
        + "）",
        f"办结率：{_pct(figures['concluded_rate'])}　按期办结率：{_pct(figures['on_time_rate'])}"
        f"　满意率：{_pct(figures['satisfaction_rate'])}",
        f"领导批示：{figures['leader_instructions']} 件次　超期未答复：{figures['overdue']} 条",
        f"各类履职活动：{figures['activities_held']} 次（"
        + "，".join(f"{labels.get(code, code)} {n}" for code, n in figures["activities_by_kind"].items() if n)
        + "）",
        f"调研报告：{figures['research_reports']} 篇　协商专报：{figures['results_reported']} 期",
        f"社情民意信息：{opinion['submitted']} 条（采用 {opinion['adopted']}，签发 {opinion['issued']}，"
        f"获批示 {opinion['instructed']}，反映问题类 {_pct(opinion['problem_share'])}）",
        f"议题：征集 {topics['collected']} 个，确定 {topics['confirmed']} 个；计划 {topics['planned']} 个，"
        f"已开展 {topics['held']} 个，逾期未开展 {topics['overdue']} 个",
    ]
    ctx.out.write("\n".join(lines) + "\n")
    return 0


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}%"
