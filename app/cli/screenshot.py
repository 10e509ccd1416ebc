"""`screenshot OUT.png [--page PAGE] [--size WxH]`: render the main window offscreen to a PNG."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from app.cli import CliContext

# The main window's page keys (listed here so the parser needs no Qt).
PAGE_KEYS = (
    "dashboard",
    "platforms",
    "members",
    "sessions",
    "suggestions",
    "units",
    "search",
    "duty",
    "exchange",
    "audit",
    "accounts",
    "settings",
    "backup",
)
DEFAULT_SIZE = "1280x800"


def register(sub: Any) -> None:
    parser = sub.add_parser("screenshot", help="把主窗口（不显示在屏幕上）保存为 PNG 图片")
    parser.add_argument("out", metavar="OUT.png", help="输出的 PNG 文件")
    parser.add_argument(
        "--page", default="platforms", help="要显示的页面：" + "、".join(PAGE_KEYS) + "（默认 platforms）"
    )
    parser.add_argument(
        "--size", default=DEFAULT_SIZE, metavar="宽x高", help=f"窗口大小（默认 {DEFAULT_SIZE}）"
    )
    parser.set_defaults(handler=run)


def parse_size(text: str) -> tuple[int, int] | None:
    parts = text.lower().replace("×", "x").split("x")
    if len(parts) != 2 or not all(p.strip().isdigit() for p in parts):
        return None
    width, height = (int(p) for p in parts)
    return (width, height) if 320 <= width <= 7680 and 240 <= height <= 4320 else None


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    if args.page not in PAGE_KEYS:
        return _error(f"没有名为“{args.page}”的页面，可选：{'、'.join(PAGE_KEYS)}。")
    size = parse_size(args.size)
    if size is None:
        return _error(f"窗口大小“{args.size}”无效，应写成 宽x高，例如 1280x800（宽 320–7680，高 240–4320）。")
    out = Path(args.out)
    if out.suffix.lower() != ".png":
        return _error(f"输出文件“{out}”应以 .png 结尾。")
    if not out.parent.exists():
        return _error(f"输出目录“{out.parent}”不存在。")
    from app.ui.application import needs_offscreen

    if needs_offscreen():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.ui.main_window import PAGES
    from app.ui.screenshot import render_window

    page_class = next(p for p in PAGES if p.key == args.page)
    if not page_class.allowed(ctx.signed_in):
        who = ctx.signed_in
        return _error(f"账户“{who.username}”（{who.role.label}）没有“{page_class.title()}”页面。")

    if not render_window(ctx.services, out, args.page, size):
        return _error(f"无法写入图片文件“{out}”。")
    ctx.out.write(f"已保存截图：{out}（{size[0]}×{size[1]}，页面 {args.page}）\n")
    return 0


def _error(message: str) -> int:
    sys.stderr.write(f"错误：{message}\n")
    return 2
