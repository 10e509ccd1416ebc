"""`holidays [list | set YEAR --off D,D… --on D,D… | remove YEAR]`: the office's holiday arrangements."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from app.cli import ChineseArgumentParser, CliContext
from app.services.errors import ValidationError


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "holidays",
        help="查看或录入法定节假日和调休上班日",
        description="计算办理时限时使用的节假日安排。内置数据未包含的年份，请在此录入该年的节假日和调休上班日。",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", parser_class=ChineseArgumentParser)
    actions.add_parser("list", help="列出已知的年份和单位录入的安排")
    put = actions.add_parser("set", help="录入（或更正）某年的安排")
    put.add_argument("year", type=int, metavar="YEAR")
    put.add_argument("--off", default="", metavar="D,D…", help="节假日（放假的日期），逗号分隔，YYYY-MM-DD")
    put.add_argument("--on", default="", metavar="D,D…", help="调休上班的周末日期，逗号分隔，YYYY-MM-DD")
    remove = actions.add_parser("remove", help="删除单位录入的某年安排")
    remove.add_argument("year", type=int, metavar="YEAR")
    parser.set_defaults(handler=run, action="list")


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.services.workdays import package_years

    settings = ctx.services.settings
    if args.action == "set":
        current = settings.set_holiday_year(args.year, _dates("off", args.off), _dates("on", args.on))
        entry = current.holiday_years[args.year]
        ctx.out.write(
            f"已录入{args.year}年：节假日 {len(entry.holidays)} 天，调休上班日 {len(entry.workdays)} 天。\n"
        )
        return 0
    if args.action == "remove":
        settings.remove_holiday_year(args.year)
        ctx.out.write(f"已删除单位录入的{args.year}年节假日安排。\n")
        return 0
    first, last = package_years()
    ctx.out.write(f"内置节假日数据：{first}年至{last}年（chinese_calendar）\n")
    years = settings.get().holiday_years
    if not years:
        ctx.out.write("单位录入的安排：无\n")
    for year, entry in years.items():
        off = "、".join(d.isoformat() for d in sorted(entry.holidays)) or "无"
        on = "、".join(d.isoformat() for d in sorted(entry.workdays)) or "无"
        ctx.out.write(f"{year}年（单位录入）\n  节假日：{off}\n  调休上班日：{on}\n")
    return 0


def _dates(field: str, text: str) -> list[date]:
    out = []
    for part in (p.strip() for p in text.replace("，", ",").split(",")):
        if not part:
            continue
        try:
            out.append(date.fromisoformat(part))
        except ValueError:
            raise ValidationError({field: f"日期“{part}”格式不正确，请写成 YYYY-MM-DD"}) from None
    return out
