"""`check`: run the integrity check; exit status 1 when a problem is found.

It also runs on a damaged file: it then says what the start-up check found and which backup to restore.
"""

from __future__ import annotations

import argparse
from typing import Any

from app.cli import CliContext
from app.db.modes import Startup


def register(sub: Any) -> None:
    parser = sub.add_parser("check", help="检查数据库的完整性")
    parser.set_defaults(handler=run, startup=Startup.TOLERATE_DAMAGE)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.db.damage import damage_message
    from app.services import permissions
    from app.services.integrity import check_database

    permissions.require_office(ctx.signed_in, "检查数据库")
    damage = ctx.db.state.damage
    if damage is not None:
        ctx.out.write(damage_message(damage) + "\n")
        return 1
    report = check_database(ctx.db)
    for item in report.checked:
        ctx.out.write(f"已检查：{item}\n")
    if report.ok:
        ctx.out.write("数据库完整，未发现问题。\n")
        return 0
    ctx.out.write(f"发现 {len(report.problems)} 个问题：\n")
    for problem in report.problems:
        ctx.out.write(f"  - {problem}\n")
    return 1
