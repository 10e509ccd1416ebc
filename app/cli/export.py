"""`export FORMAT OUT ...`: each format lives in a module named export_<format>.py."""

from __future__ import annotations

from typing import Any

from app.cli import ChineseArgumentParser, command_modules


def register(sub: Any) -> None:
    parser = sub.add_parser("export", help="导出台账（xlsx）或打印文档（pdf）")
    formats = parser.add_subparsers(
        dest="format", metavar="FORMAT", required=True, parser_class=ChineseArgumentParser
    )
    for module in command_modules("register_format", prefix="export_"):
        module.register_format(formats)
