"""`users list | add NAME --role ROLE [--platform ID]… | disable NAME | enable NAME | passwd [NAME]`.

Administrators manage accounts; `users passwd` without a name changes one's own password. New passwords
come from LEDGER_NEW_PASSWORD or are typed twice at the terminal. On a database without accounts,
`users add NAME --role admin` creates the first administrator.
"""

from __future__ import annotations

import argparse
import json
import uuid
from typing import TYPE_CHECKING, Any

from app.cli import SETS_UP, ChineseArgumentParser, CliContext
from app.models.enums import UserRole
from app.services.errors import ServiceError

if TYPE_CHECKING:
    from app.services.hub import Services

ROLE_HELP = "、".join(f"{r.value}（{r.label}）" for r in UserRole)


def register(sub: Any) -> None:
    parser = sub.add_parser("users", help="管理账户（管理员）；修改自己的密码")
    actions = parser.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=ChineseArgumentParser
    )
    listing = actions.add_parser("list", help="列出全部账户")
    listing.add_argument("--json", action="store_true", help="以 JSON 输出")
    add = actions.add_parser("add", help="新建账户（数据库中还没有账户时，第一个账户须为管理员）")
    add.add_argument("name", metavar="NAME", help="用户名（登录时输入）")
    add.add_argument("--role", required=True, metavar="ROLE", help=f"角色：{ROLE_HELP}")
    add.add_argument("--platform", action="append", default=[], metavar="ID",
                     help="平台联络员负责的站室组（编号或名称），可重复给出")  # fmt: skip
    add.add_argument("--display-name", metavar="姓名", help="显示的姓名（默认同用户名）")
    add.set_defaults(access=SETS_UP)
    for name, text in (("disable", "停用账户（不能再登录）"), ("enable", "启用账户（同时解除锁定）")):
        action = actions.add_parser(name, help=text)
        action.add_argument("name", metavar="NAME")
    passwd = actions.add_parser("passwd", help="修改自己的密码；管理员给出 NAME 可重设他人的密码")
    passwd.add_argument("name", nargs="?", metavar="NAME")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.cli.signin import new_password

    if args.action == "add":
        return _add(args, ctx)
    services = ctx.services
    if args.action == "list":
        return _list(services, ctx, args.json)
    if args.action in ("disable", "enable"):
        info = services.users.find(args.name)
        services.users.set_disabled(info.id, args.action == "disable")
        ctx.out.write(f"已{'停用' if args.action == 'disable' else '启用'}账户“{info.username}”。\n")
        return 0
    if args.name and args.name != ctx.signed_in.username:
        info = services.users.find(args.name)
        services.users.reset_password(info.id, new_password(f"账户“{info.username}”"))
        ctx.out.write(f"已重设账户“{info.username}”的密码。\n")
        return 0
    services.users.change_own_password(ctx.password or "", new_password("您"))
    ctx.out.write("密码已修改，下次请用新密码登录。\n")
    return 0


def _add(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.cli.signin import new_password
    from app.services.accounts import AccountService
    from app.services.users import UserCreate

    role = UserRole.from_text(args.role)
    if role is None:
        raise ServiceError(f"角色“{args.role}”无效。可选：{ROLE_HELP}。")
    if ctx.actor is None:  # the first account of this database
        if role is not UserRole.ADMIN:
            raise ServiceError("数据库中还没有账户：第一个账户必须是管理员（--role admin）。")
        actor = AccountService(ctx.db).create_first_admin(
            args.name, args.display_name or "", new_password(f"管理员“{args.name}”")
        )
        ctx.out.write(
            f"已创建管理员账户“{actor.username}”（{actor.display_name}）。之后的命令请用 --user 登录。\n"
        )
        return 0
    services = ctx.services
    platforms = [_platform_id(services, text) for text in args.platform]
    password = new_password(f"账户“{args.name}”")
    info = services.users.create(
        UserCreate(username=args.name, display_name=args.display_name or "", role=role,  # type: ignore[arg-type]
                   platform_ids=platforms, password=password)
    )  # fmt: skip
    ctx.out.write(f"已创建账户“{info.username}”（{info.display_name}，{info.role.label}）。\n")
    return 0


def _platform_id(services: Services, text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError:
        pass
    for pid, name in services.platforms.choices():
        if name == text.strip():
            return pid
    raise ServiceError(f"找不到站室组“{text}”（请写站室组的编号或完整名称）。")


def _list(services: Services, ctx: CliContext, as_json: bool) -> int:
    from app.services.listing import ListQuery

    rows = services.users.list(ListQuery(limit=None, include_archived=True)).rows
    if as_json:
        keys = (
            "username",
            "display_name",
            "role",
            "platforms",
            "disabled",
            "has_password",
            "last_sign_in_at",
            "state",
        )
        data = [
            {k: (row[k].isoformat() if hasattr(row[k], "isoformat") else row[k]) for k in keys}
            for row in rows
        ]
        json.dump(data, ctx.out, ensure_ascii=False, indent=2)
        ctx.out.write("\n")
        return 0
    ctx.out.write(f"共 {len(rows)} 个账户：\n")
    for row in rows:
        role = UserRole(row["role"]).label
        state = row["state"]
        platforms = f"，负责：{row['platforms']}" if row["platforms"] else ""
        ctx.out.write(f"  {row['username']:<14} {row['display_name']}（{role}{platforms}）  {state}\n")
    return 0
