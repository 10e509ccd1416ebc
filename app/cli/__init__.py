"""The command line: `python -m app [--db PATH_OR_URL] [--user NAME] [COMMAND]`, the GUI's services.

Every command acts as an account (app.cli.signin): `--user NAME` or LEDGER_USER, the password from
LEDGER_PASSWORD or a terminal prompt. On a database without accounts only the commands that create the
first one run (`demo`, `users add`); each command says which it is with `set_defaults(access=…)`.

Command modules import what their command needs inside the command (`run`), not at the top: building
the parser imports every command module, and `--version` and `--help` should cost no more than that.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from types import ModuleType
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from app import APP_NAME, __version__
from app.cli import argparse_zh
from app.db.modes import Startup

if TYPE_CHECKING:
    from app.db.session import Database
    from app.services.actor import Actor
    from app.services.hub import Services
    from app.services.statistics import StatisticsService


class ChineseArgumentParser(argparse.ArgumentParser):
    """argparse in Chinese (app.cli.argparse_zh): its own texts, and help wrapped for Chinese."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        argparse_zh.install()  # before argparse takes its texts (the -h help, the group titles)
        kwargs.setdefault("formatter_class", argparse_zh.HelpFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"错误：命令行参数有误（{message}）。用 --help 查看用法。\n")


# What a command needs (set_defaults(access=…)): an account always, or none on a database without any.
NEEDS_ACCOUNT = "account"
SETS_UP = "setup"  # demo, users add: may create the first account


@dataclass
class CliContext:
    db: Database
    actor: Actor | None  # None only for a SETS_UP command on a database without accounts
    out: TextIO = field(default_factory=lambda: sys.stdout)
    password: str | None = None  # the one the actor signed in with (users passwd asks for no other)

    @property
    def signed_in(self) -> Actor:
        assert self.actor is not None, "command declared access=setup but needs an account"
        return self.actor

    @property
    def services(self) -> Services:
        from app.services.hub import Services

        return Services(self.db, self.signed_in)

    @property
    def statistics(self) -> StatisticsService:
        from app.services.statistics import StatisticsService

        return StatisticsService(self.db, self.signed_in)


Handler = Callable[[argparse.Namespace, CliContext], int]


class _NotDesktop(Exception):
    """The quick parse met something only the full parser understands (a command, --help, an error)."""


class _QuickParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _NotDesktop(message)


def parse_desktop(argv: Sequence[str] | None = None) -> argparse.Namespace | None:
    """The options of a start of the desktop app (no command), parsed without importing any command
    module — its first window comes sooner. None: a command, --help, --version or anything unusual was
    given; build_parser() then parses (and explains) it as always."""
    quick = _QuickParser(prog="python -m app", add_help=False, allow_abbrev=False)
    add_options(quick)
    try:
        args, rest = quick.parse_known_args(argv)
    except _NotDesktop:
        return None
    if rest:
        return None
    args.command = None
    return args


def add_options(parser: argparse.ArgumentParser) -> None:
    """The options before the command (shared by the full parser and the desktop app's quick one)."""
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="数据库文件路径或 postgresql:// 地址（默认为用户数据目录中的 SQLite 文件）",
    )
    parser.add_argument(
        "--user",
        dest="account",
        metavar="NAME",
        help="以哪个账户执行命令（也可用环境变量 LEDGER_USER）；密码取自环境变量 LEDGER_PASSWORD，"
        "或在终端中输入",
    )
    parser.add_argument(
        "--create",
        action="store_true",
        help="在 --db 所指的位置新建台账（需要时连同文件夹）。不加此项，路径不存在或文件为空时"
        "只报错、不新建（demo 和用数据包建站时总会新建）",
    )
    parser.add_argument("--verbose", action="store_true", help="在终端输出详细日志")
    parser.add_argument(
        "--allow-network-share",
        action="store_true",
        help="强制打开位于网络共享上的 SQLite 文件（不安全：多台电脑同时使用会损坏数据）",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = ChineseArgumentParser(
        prog="python -m app",
        description=f"{APP_NAME}：政协“站、室、组”协商议事与意见建议办理台账。不带命令时打开桌面程序。"
        "--db 所指的数据库须已存在；新建台账用 demo、--create、exchange import（站点的建站数据包）"
        "或桌面程序。",
    )
    add_options(parser)
    parser.add_argument(
        "--version", action="version", version=f"{APP_NAME} {__version__}", help=argparse_zh.VERSION_HELP
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=ChineseArgumentParser)
    for module in command_modules("register"):
        module.register(sub)
    return parser


def creates_database(args: argparse.Namespace) -> bool:
    """Whether a missing database is created: asked for with --create, a command that sets one up from
    scratch (`demo`, declared with `set_defaults(creates=True)`), or the default file of this computer
    (no --db: the first start; the desktop app then asks for the first administrator)."""
    return bool(args.create or getattr(args, "creates", False) or args.db is None)


def startup_mode(args: argparse.Namespace) -> Startup:
    """How the database is checked before the command: the desktop app checks in the background;
    commands check first and refuse a damaged file, unless they declare `startup` themselves."""
    if args.command is None:
        return Startup.IN_BACKGROUND
    declared = getattr(args, "startup", None)
    return declared if isinstance(declared, Startup) else Startup.CHECK_NOW


def command_modules(hook: str, prefix: str = "") -> list[ModuleType]:
    """The modules of this package that define `hook` (each command lives in its own module)."""
    import importlib
    import pkgutil  # the full parser only: a desktop start needs no command module

    found = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if info.name.startswith(prefix):
            module = importlib.import_module(f"{__name__}.{info.name}")
            if hasattr(module, hook):
                found.append(module)
    return found
