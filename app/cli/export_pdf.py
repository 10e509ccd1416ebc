"""`export pdf OUT.pdf --report KIND [--id ID] [--from D] [--to D] [--platform ID] [--district NAME]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.cli import CliContext
from app.cli.stats import add_scope_arguments
from app.services.documents.kinds import DocumentKind, kinds_text, parse_kind
from app.services.errors import ServiceError

_ID_HELP = "；".join(f"{k.value} 为{k.id_noun}" for k in DocumentKind if k.id_noun)


def register_format(sub: Any) -> None:
    parser = sub.add_parser(
        "pdf",
        help="打印文档（PDF）：纪要、一事一档、交办单、催办单、签到表、履职档案、工作综述、督办清单",
        description="生成 A4 版式的打印文档（PDF，内嵌字体）。",
    )
    parser.add_argument("out", metavar="OUT.pdf", help="输出的 PDF 文件路径")
    parser.add_argument("--report", required=True, metavar="KIND", help=f"文档种类：{kinds_text()}")
    parser.add_argument("--id", metavar="ID", help=f"文档所针对的记录编号（{_ID_HELP}）")
    add_scope_arguments(parser)
    parser.add_argument(
        "--paragraph-file",
        metavar="TXT",
        help="工作综述：用此 UTF-8 文本文件的内容替换自动起草的统计段落",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, ctx: CliContext) -> int:
    from app.services.documents import DocumentService
    from app.services.office_settings import DEFAULT_OFFICE_NAME
    from app.services.scope import parse_scope

    kind = parse_kind(args.report)
    scope = parse_scope(args.date_from, args.date_to, args.platform, args.district)
    out = Path(args.out)
    if not out.parent.exists():
        raise ServiceError(f"输出目录“{out.parent}”不存在。")
    if out.is_dir():
        raise ServiceError(f"“{out}”是一个目录，请写出 PDF 文件名。")
    if args.id and not kind.id_noun:
        sys.stderr.write(f"提示：{kind.label}不需要 --id，已忽略。\n")
    paragraph = _read_paragraph(args.paragraph_file) if args.paragraph_file else None
    if paragraph is not None and kind is not DocumentKind.SUMMARY:
        sys.stderr.write("提示：--paragraph-file 只用于工作综述（summary），已忽略。\n")
    try:
        result = DocumentService(ctx.db, ctx.signed_in).render(
            kind, out, id=args.id if kind.id_noun else None, scope=scope, paragraph_override=paragraph
        )
    except PermissionError:
        raise ServiceError(f"没有权限写入“{out}”，请换一个位置保存。") from None
    except OSError as exc:
        raise ServiceError(f"无法写入“{out}”：{exc.strerror or exc}") from None
    ctx.out.write(f"已生成{kind.label}：{out}（共 {result.pages} 页）\n")
    office = ctx.services.settings.get().office_name
    if office == DEFAULT_OFFICE_NAME:
        sys.stderr.write(
            f"提示：尚未填写单位名称，文件上印的是“{office}”。"
            "请在程序的“设置 → 单位与办理”中填写后重新生成。\n"
        )
    for note in result.notes:
        ctx.out.write(f"{note}\n")
    return 0


def _read_paragraph(path: str) -> str:
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ServiceError(f"找不到段落文件“{path}”。") from None
    except UnicodeDecodeError:
        raise ServiceError(f"段落文件“{path}”不是 UTF-8 编码的文本，请另存为 UTF-8 后重试。") from None
    except OSError as exc:
        raise ServiceError(f"无法读取段落文件“{path}”：{exc.strerror or exc}") from None
    if not text.strip():
        raise ServiceError(f"段落文件“{path}”是空的。")
    return text.strip()
