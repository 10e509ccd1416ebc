"""Signing the command line in: who runs a command, and what runs on a database without accounts.

- Once any account exists, every command acts as one: `--user NAME` (or LEDGER_USER) and the password
  from LEDGER_PASSWORD, or typed at a prompt when standard input is a terminal. Missing or wrong
  credentials end the command with a Chinese message and exit status 3; nothing runs as anybody else.
- On a database without accounts only `demo` and `users add` run (they create the first accounts);
  every other command explains how to create the first administrator and exits with status 3.
"""

from __future__ import annotations

import getpass
import os
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.services.errors import ServiceError

if TYPE_CHECKING:
    from app.db.session import Database
    from app.services.actor import Actor

EXIT_SIGN_IN = 3
USER_VARIABLE = "LEDGER_USER"
PASSWORD_VARIABLE = "LEDGER_PASSWORD"
NEW_PASSWORD_VARIABLE = "LEDGER_NEW_PASSWORD"

NO_ACCOUNTS = (
    "数据库中还没有账户，此命令不能运行。请先创建管理员账户：\n"
    "  python -m app users add 用户名 --role admin\n"
    "（新密码取自环境变量 LEDGER_NEW_PASSWORD，或在终端中输入）\n"
    "或装入演示数据和演示账户：python -m app demo"
)


class SignInRequired(ServiceError):
    """No usable credentials (exit status 3)."""


@dataclass(frozen=True)
class SignedIn:
    actor: Actor | None  # None: a set-up command on a database without accounts
    password: str | None


def sign_in(db: Database, username: str | None, *, setup_allowed: bool) -> SignedIn:
    from app.services.accounts import AccountService

    service = AccountService(db)
    if not service.has_accounts():
        if setup_allowed:
            return SignedIn(None, None)
        raise SignInRequired(NO_ACCOUNTS)
    name = (username or os.environ.get(USER_VARIABLE) or "").strip()
    if not name:
        raise SignInRequired(
            f"请用 --user 指定执行命令的账户（或设置环境变量 {USER_VARIABLE}），"
            f"密码放在环境变量 {PASSWORD_VARIABLE} 中或在终端中输入。"
        )
    password = os.environ.get(PASSWORD_VARIABLE)
    if password is None:
        password = ask(f"请输入账户“{name}”的密码：", PASSWORD_VARIABLE)
    try:
        actor = service.sign_in(name, password)
    except ServiceError as exc:
        raise SignInRequired(f"登录失败：{exc.message}") from None
    return SignedIn(actor, password)


def ask(prompt: str, variable: str) -> str:
    """A password typed at the terminal (never echoed); without a terminal, the variable is needed."""
    if not sys.stdin.isatty():
        raise SignInRequired(f"没有可以输入密码的终端，请在环境变量 {variable} 中提供密码。")
    try:
        return getpass.getpass(prompt)
    except (EOFError, KeyboardInterrupt):
        raise SignInRequired("已取消输入密码。") from None


def new_password(purpose: str) -> str:
    """A new password: LEDGER_NEW_PASSWORD, or typed twice at the terminal."""
    given = os.environ.get(NEW_PASSWORD_VARIABLE)
    if given is not None:
        return given
    first = ask(f"请输入{purpose}的新密码：", NEW_PASSWORD_VARIABLE)
    if ask("请再输入一次：", NEW_PASSWORD_VARIABLE) != first:
        raise ServiceError("两次输入的密码不一致。")
    return first
