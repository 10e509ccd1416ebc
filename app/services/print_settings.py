"""How the office's documents are printed: 发文字号 prefixes, the 抄送 line and the fonts of each role.

Stored as one office setting (key `print`), shared by every clerk of the database. Font files are
paths on the computers that print; a path that does not exist there is skipped (with a note), never
fatal — see app.reports.pdf.fonts for how each role finds its face.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.messages import msg
from app.services.validation import max_length, raise_if

KEY_PRINT = "print"
FONT_ROLES = ("title", "body", "heading1", "heading2")
FONT_ROLE_LABELS = {
    "title": "标题（小标宋）",
    "body": "正文（仿宋）",
    "heading1": "一级标题（黑体）",
    "heading2": "二级标题（楷体）",
}
FONT_ROLE_ENGLISH = {
    "标题（小标宋）": "Title (Xiaobiaosong)",
    "正文（仿宋）": "Body (Fangsong)",
    "一级标题（黑体）": "Heading 1 (Heiti)",
    "二级标题（楷体）": "Heading 2 (Kaiti)",
}
PREFIX_LABELS = {
    "assignment": "交办单",
    "session": "协商议事纪要",
    "reminder": "催办单",
    "summary": "工作综述",
    "results_report": "协商专报",
}
_FONT_SUFFIXES = (".ttf", ".ttc", ".otf")


@dataclass(frozen=True)
class PrintSettings:
    # kind → 机关代字 (e.g. "西政协交"); '' = the office does not number that kind (交办单 falls back to 交办)
    document_prefixes: dict[str, str] = field(default_factory=dict)
    cc: str = ""  # 抄送 line of the 版记 (纪要 and 工作综述), e.g. "市委办公室，市政府办公室"
    font_files: dict[str, str] = field(default_factory=dict)  # role → font file

    def as_value(self) -> dict[str, Any]:
        return {"document_prefixes": self.document_prefixes, "cc": self.cc, "font_files": self.font_files}


def parse_print_settings(value: Any) -> PrintSettings:
    value = value if isinstance(value, dict) else {}
    prefixes = {
        str(k): str(v) for k, v in (value.get("document_prefixes") or {}).items() if k in PREFIX_LABELS
    }
    fonts = {str(k): str(v) for k, v in (value.get("font_files") or {}).items() if k in FONT_ROLES and v}
    return PrintSettings(prefixes, str(value.get("cc") or ""), fonts)


def check_print_settings(settings: PrintSettings) -> PrintSettings:
    """Trimmed values, or a ValidationError naming every field that is wrong."""
    errors: dict[str, str] = {}
    prefixes = {}
    for kind, prefix in settings.document_prefixes.items():
        prefix = prefix.strip()
        if kind not in PREFIX_LABELS:
            errors[f"prefix.{kind}"] = msg("没有“{kind}”这种文档", kind=kind)
        elif len(prefix) > (limit := max_length("printing", "prefix") or 0):
            errors[f"prefix.{kind}"] = msg(
                "{prefix_labels}的发文字号前缀过长（最多 {limit} 个字）",
                prefix_labels=PREFIX_LABELS[kind],
                limit=limit,
            )
        elif any(c in prefix for c in "〔〕[]") or any(c.isdigit() for c in prefix):
            errors[f"prefix.{kind}"] = msg(
                "{prefix_labels}的发文字号前缀只填机关代字，年份和序号由程序加上",
                prefix_labels=PREFIX_LABELS[kind],
            )
        prefixes[kind] = prefix
    cc = settings.cc.strip()
    if len(cc) > (cc_limit := max_length("printing", "cc") or 0):
        errors["cc"] = msg("抄送单位过长（最多 {cc_limit} 个字）", cc_limit=cc_limit)
    fonts = {}
    for role, path in settings.font_files.items():
        path = path.strip()
        if not path:
            continue
        if role not in FONT_ROLES:
            errors[f"font.{role}"] = msg("没有“{role}”这种字体用途", role=role)
        elif Path(path).suffix.lower() not in _FONT_SUFFIXES:
            errors[f"font.{role}"] = msg(
                "{font_role_labels}应选择 .ttf、.ttc 或 .otf 字体文件",
                font_role_labels=FONT_ROLE_LABELS[role],
            )
        fonts[role] = path
    raise_if(errors)
    return PrintSettings(prefixes, cc, fonts)
