"""`backup create|list|verify|restore FILE|folder [--json] [--yes]`: 备份与恢复 on the command line.

Exit status: 0 done, 1 a backup failed verification (or the restore was not confirmed), 2 refused
(permissions, unknown file, damaged database for `create`). `list`, `verify` and `restore` also run on a
damaged database: they are how one gets out of it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli import ChineseArgumentParser, CliContext
from app.db.modes import Startup
from app.services.errors import ServiceError

if TYPE_CHECKING:
    from app.db.backup_store import BackupInfo


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "backup",
        help="备份与恢复（创建、列出、验证、恢复备份）",
        description="备份经过验证（完整性检查、结构版本、各表记录数）后才保留；恢复前先把当前数据库另存为备份。",
    )
    actions = parser.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=ChineseArgumentParser
    )
    create = actions.add_parser("create", help="立即备份")
    create.add_argument("--json", action="store_true", help="以 JSON 输出")
    create.set_defaults(handler=run_create)

    listing = actions.add_parser("list", help="列出备份（时间、大小、记录数）")
    listing.add_argument("--json", action="store_true", help="以 JSON 输出")
    listing.set_defaults(handler=run_list, startup=Startup.TOLERATE_DAMAGE)

    verify = actions.add_parser("verify", help="验证备份（默认验证最新的一份）")
    verify.add_argument("file", metavar="FILE", nargs="?", help="要验证的备份文件")
    verify.add_argument("--all", action="store_true", help="验证备份文件夹中的所有备份")
    verify.add_argument("--json", action="store_true", help="以 JSON 输出")
    verify.set_defaults(handler=run_verify, startup=Startup.TOLERATE_DAMAGE)

    restore = actions.add_parser("restore", help="从备份恢复（仅管理员）")
    restore.add_argument("file", metavar="FILE", help="要恢复的备份文件")
    restore.add_argument("--yes", action="store_true", help="不再询问，直接恢复（供脚本使用）")
    restore.add_argument("--json", action="store_true", help="以 JSON 输出")
    restore.set_defaults(handler=run_restore, startup=Startup.TOLERATE_DAMAGE)

    folder = actions.add_parser("folder", help="显示或更改备份文件夹")
    folder.add_argument("dir", metavar="DIR", nargs="?", help="新的备份文件夹（如 U 盘上的文件夹）")
    folder.add_argument("--default", action="store_true", help="改回默认的备份文件夹")
    folder.set_defaults(handler=run_folder, startup=Startup.TOLERATE_DAMAGE)


def _dump(ctx: CliContext, data: Any) -> None:
    json.dump(data, ctx.out, ensure_ascii=False, indent=2)
    ctx.out.write("\n")


def _warn_if_damaged(ctx: CliContext) -> None:
    from app.db.damage import damage_message

    damage = ctx.db.state.damage
    if damage is not None:
        sys.stderr.write(damage_message(damage) + "\n")


def _size(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB" if size >= 1024 * 1024 else f"{max(size // 1024, 1)} KB"


def _line(info: BackupInfo) -> str:
    from app.db.damage import backup_summary
    from app.services.backups import kind_label

    state = "已验证" if info.verified else "未验证：" + "；".join(info.problems[:2])
    return f"  {backup_summary(info)}　{kind_label(info.kind)}　{_size(info.size)}　{state}\n    {info.path}"


def run_create(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.db.damage import backup_summary

    info = ctx.services.backups.create()
    if args.json:
        _dump(ctx, info.to_json())
    else:
        ctx.out.write(f"已备份并验证：{info.path}\n  {backup_summary(info)}，{_size(info.size)}\n")
    return 0


def run_list(args: argparse.Namespace, ctx: CliContext) -> int:
    _warn_if_damaged(ctx)
    service = ctx.services.backups
    backups = service.list()
    if args.json:
        _dump(ctx, {"folder": str(service.folder()), "backups": [b.to_json() for b in backups]})
        return 0
    ctx.out.write(f"备份文件夹：{service.folder()}\n")
    if not backups:
        ctx.out.write("  还没有备份。用 python -m app backup create 立即备份。\n")
    for info in backups:
        ctx.out.write(_line(info) + "\n")
    return 0


def run_verify(args: argparse.Namespace, ctx: CliContext) -> int:
    _warn_if_damaged(ctx)
    service = ctx.services.backups
    if args.file:
        targets: list[BackupInfo] = [service.find(args.file)]
    else:
        backups = service.list()
        targets = backups if args.all else backups[:1]
        if not targets:
            raise ServiceError(f"备份文件夹 {service.folder()} 中还没有备份。")
    checked = [service.verify(info) for info in targets]
    ok = all(info.verified for info in checked)
    if args.json:
        _dump(ctx, {"ok": ok, "backups": [info.to_json() for info in checked]})
    else:
        for info in checked:
            ctx.out.write(("验证通过" if info.verified else "验证未通过") + "：" + _line(info).strip() + "\n")
    return 0 if ok else 1


def run_restore(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.db.damage import counts_text

    service = ctx.services.backups
    if not service.may_restore:
        raise ServiceError("只有管理员可以从备份恢复数据库。")
    info = service.find(args.file)
    if not args.yes and not _confirmed(ctx, info, service.current_counts()):
        ctx.out.write("未恢复。\n")
        return 1
    result = service.restore(info)
    if args.json:
        _dump(
            ctx,
            {
                "restored": result.restored.to_json(),
                "counts": result.counts,
                "undo": result.safety_copy.to_json() if result.safety_copy else None,
                "damaged_copy": str(result.damaged_copy) if result.damaged_copy else None,
            },
        )
        return 0
    ctx.out.write(f"已从备份恢复：{result.restored.path}\n  现在：{counts_text(result.counts)}\n")
    if result.safety_copy is not None:
        ctx.out.write(f"恢复前的数据库已备份为：{result.safety_copy.path}（恢复它即可撤销这次恢复）\n")
    if result.damaged_copy is not None:
        ctx.out.write(f"损坏的文件保留为：{result.damaged_copy}\n")
    return 0


def _confirmed(ctx: CliContext, info: BackupInfo, current: dict[str, int] | None) -> bool:
    from app.db.damage import backup_summary, counts_text

    if not sys.stdin.isatty():
        raise ServiceError("恢复会替换当前数据库。非交互方式运行时请加 --yes 确认。")
    now = counts_text(current) if current is not None else "已损坏，无法读取"
    ctx.out.write(
        f"将用备份 {info.path}\n  （{backup_summary(info)}）\n"
        f"替换当前数据库 {ctx.db.url}\n  （现在：{now}）。\n"
        "当前数据库会先另存为一份“恢复前”备份，恢复后可以再恢复它来撤销。\n"
    )
    ctx.out.flush()
    try:
        answer = input("确定恢复吗？输入 y 确认：")
    except EOFError:
        return False
    return answer.strip().lower() in ("y", "yes", "是")


def run_folder(args: argparse.Namespace, ctx: CliContext) -> int:
    service = ctx.services.backups
    if args.default or args.dir:
        folder = service.set_folder(None if args.default else Path(args.dir))
        ctx.out.write(f"备份文件夹已改为：{folder}\n")
    else:
        ctx.out.write(f"{service.folder()}\n")
    return 0
