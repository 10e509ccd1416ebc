"""argparse in Chinese: its own texts (用法：, 选项：, its error messages) and help lines that wrap well.

argparse looks its texts up through gettext, by the module-level names `argparse._` and
`argparse.ngettext`; install() points those at the table below (texts it does not know go on to
gettext as before). The standard library's files are not touched.

HelpFormatter wraps help at word boundaries for Chinese and mixed text: a line may break between
any two CJK characters, at a space, or between a CJK character and a Latin word, never inside a
word; closing punctuation (，。）…) never starts a line and opening punctuation (（“…) never ends
one. Widths are display columns (a CJK character takes two), so help columns stay aligned after a
metavar such as 宽x高 and no line is wider than the terminal.
"""

from __future__ import annotations

import argparse
import gettext
import re
import unicodedata
from collections.abc import Iterable
from typing import Any

TABLE = {
    "usage: ": "用法：",
    "positional arguments": "位置参数",
    "options": "选项",
    "subcommands": "子命令",
    "show this help message and exit": "显示此帮助信息并退出",
    "the following arguments are required: %s": "缺少必需的参数：%s",
    "one of the arguments %s is required": "参数 %s 中必须给出一个",
    "not allowed with argument %s": "不能与参数 %s 同时使用",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "invalid choice: %(value)r (choose from %(choices)s)": "无效的选择：%(value)r（可选：%(choices)s）",
    "invalid %(type)s value: %(value)r": "无效的 %(type)s 值：%(value)r",
    "expected one argument": "需要一个参数值",
    "expected at most one argument": "最多只能有一个参数值",
    "expected at least one argument": "至少需要一个参数值",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "ambiguous option: %(option)s could match %(matches)s": "选项 %(option)s 有歧义，可能是：%(matches)s",
    "unexpected option string: %s": "意外的选项：%s",
    "ignored explicit argument %r": "选项不接受参数值：%r",
    "%(prog)s: error: %(message)s\n": "%(prog)s：错误：%(message)s\n",
    "can't open '%(filename)s': %(error)s": "无法打开“%(filename)s”：%(error)s",
    'argument "-" with mode %r': "参数“-”不能以 %r 方式打开",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "没有命令 %(parser_name)r（可选：%(choices)s）",
    # Mistakes in the program's own parser definitions (never caused by what a user types).
    ".__call__() not defined": ".__call__() 未定义",
    "'required' is an invalid argument for positionals": "位置参数不能使用 'required'",
    "mutually exclusive arguments must be optional": "互斥的参数必须是可选参数",
    "cannot have multiple subparser arguments": "不能有多组子命令",
    "cannot merge actions - two groups are named %r": "无法合并：两个参数组都名为 %r",
    "invalid option string %(option)r: must start with a character %(prefix_chars)r": (
        "无效的选项 %(option)r：必须以字符 %(prefix_chars)r 开头"
    ),
    "dest= is required for options like %r": "%r 这样的选项必须给出 dest=",
    "invalid conflict_resolution value: %r": "无效的 conflict_resolution 值：%r",
    "%r is not callable": "%r 不可调用",
    "conflicting subparser: %s": "子命令重复：%s",
    "conflicting subparser alias: %s": "子命令别名重复：%s",
}
PLURALS = {
    ("expected %s argument", "expected %s arguments"): "需要 %s 个参数值",
    ("conflicting option string: %s", "conflicting option strings: %s"): "选项重复：%s",
}
VERSION_HELP = "显示程序的版本号并退出"


def translate(message: str) -> str:
    return TABLE.get(message) or gettext.gettext(message)


def translate_plural(singular: str, plural: str, n: int) -> str:
    return PLURALS.get((singular, plural)) or gettext.ngettext(singular, plural, n)


def install() -> None:
    """Make argparse speak Chinese from now on (parsers built afterwards: some texts are taken then)."""
    argparse._ = translate  # type: ignore[attr-defined]
    argparse.ngettext = translate_plural  # type: ignore[attr-defined]


# -- display width and line breaking -----------------------------------------------------------------

# Never at the start of a line (they close what came before) …
NO_LINE_START = set("，。、；：？！）》」』】〕〉”’…—·,.;:?!)]}%")
# … and never at its end (they open what follows).
NO_LINE_END = set("（《「『【〔〈“‘([{")
_WHITESPACE = re.compile(r"\s+")
# A part of a usage line (as argparse splits it): a bracketed group, a parenthesised one, or a word.
_USAGE_PART = re.compile(r"\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+")


def char_width(ch: str) -> int:
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def display_width(text: str) -> int:
    return sum(char_width(ch) for ch in text)


def _pieces(text: str) -> list[tuple[str, bool]]:
    """The text as unbreakable pieces, each with whether a space came before it.

    A piece is one CJK character or one Latin word, with the punctuation that may not be parted
    from it (a closing mark after it, an opening mark before it)."""
    pieces: list[tuple[str, bool]] = []
    for n, word in enumerate(text.split(" ")):
        if not word:
            continue
        units = re.findall(r"[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]+|.", word)
        glued: list[str] = []
        for unit in units:
            if glued and (unit[0] in NO_LINE_START or glued[-1][-1] in NO_LINE_END):
                glued[-1] += unit
            else:
                glued.append(unit)
        pieces.extend((piece, n > 0 and i == 0) for i, piece in enumerate(glued))
    return pieces


def wrap(text: str, width: int) -> list[str]:
    """Break `text` into lines of at most `width` display columns, at the allowed places only.

    A single word wider than the whole line is the one thing cut, as it could not fit otherwise."""
    width = max(width, 2)
    lines: list[str] = []
    line, used = "", 0
    for piece, spaced in _pieces(_WHITESPACE.sub(" ", text).strip()):
        size = display_width(piece)
        gap = 1 if spaced and line else 0
        if line and used + gap + size > width:
            lines.append(line)
            line, used, gap = "", 0, 0
        while size > width:  # a word longer than a line: the only cut inside a word
            head, rest = _cut(piece, width - used)
            lines.append(line + head)
            line, used, piece = "", 0, rest
            size = display_width(piece)
        line += " " * gap + piece
        used += gap + size
    if line:
        lines.append(line)
    return lines


def _cut(word: str, room: int) -> tuple[str, str]:
    used = 0
    for i, ch in enumerate(word):
        if used + char_width(ch) > room:
            return word[: max(i, 1)], word[max(i, 1) :]
        used += char_width(ch)
    return word, ""


def _ljust(text: str, width: int) -> str:
    return text + " " * max(0, width - display_width(text))


class HelpFormatter(argparse.HelpFormatter):
    """argparse's formatter measuring in display columns, wrapping Chinese at allowed places."""

    class _Section(argparse.HelpFormatter._Section):  # type: ignore[name-defined,misc]
        """A section whose heading ends with a full-width colon (选项：)."""

        def format_help(self) -> str:
            if self.parent is not None:
                self.formatter._indent()
            item_help = self.formatter._join_parts([func(*args) for func, args in self.items])
            if self.parent is not None:
                self.formatter._dedent()
            if not item_help:
                return ""
            heading = ""
            if self.heading is not argparse.SUPPRESS and self.heading is not None:
                heading = " " * self.formatter._current_indent + f"{self.heading}：\n"
            return self.formatter._join_parts(["\n", heading, item_help, "\n"])

    def _split_lines(self, text: str, width: int) -> list[str]:
        return wrap(text, width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return "\n".join(indent + line for line in wrap(text, width - len(indent)))

    def add_argument(self, action: argparse.Action) -> None:
        if action.help is argparse.SUPPRESS:
            return
        invocations = [self._format_action_invocation(action)]
        invocations += [self._format_action_invocation(s) for s in self._iter_indented_subactions(action)]
        length = max(display_width(i) for i in invocations) + self._current_indent
        self._action_max_length = max(self._action_max_length, length)
        self._add_item(self._format_action, [action])

    def _format_action(self, action: argparse.Action) -> str:
        help_position = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_position, 11)
        action_width = help_position - self._current_indent - 2
        header = self._format_action_invocation(action)
        indent = " " * self._current_indent
        if not action.help:
            parts = [f"{indent}{header}\n"]
            indent_first = 0
        elif display_width(header) <= action_width:
            parts = [f"{indent}{_ljust(header, action_width)}  "]
            indent_first = 0
        else:
            parts = [f"{indent}{header}\n"]
            indent_first = help_position
        if action.help and action.help.strip():
            help_text = self._expand_help(action)
            if help_text:
                lines = self._split_lines(help_text, help_width)
                parts.append(" " * indent_first + lines[0] + "\n")
                parts += [" " * help_position + line + "\n" for line in lines[1:]]
        elif not parts[0].endswith("\n"):
            parts.append("\n")
        parts += [self._format_action(sub) for sub in self._iter_indented_subactions(action)]
        return self._join_parts(parts)

    def _format_usage(
        self, usage: str | None, actions: Iterable[argparse.Action], groups: Iterable[Any], prefix: str | None
    ) -> str:
        """argparse's usage on one line, then wrapped here in display columns: the parts (an option
        with its metavar, a bracketed group) stay whole and line up under the first one, or under
        the prefix (用法：) when a part would not fit there."""
        if prefix is None:
            prefix = translate("usage: ")
        width = self._width
        self._width = 1_000_000
        try:
            one_line = super()._format_usage(usage, actions, groups, prefix)
        finally:
            self._width = width
        body = one_line[len(prefix) :].strip()
        if "\n" in body or not body.startswith(self._prog):
            return one_line  # a usage text given by hand is printed as written
        parts = _USAGE_PART.findall(body[len(self._prog) :])
        room = width - self._current_indent
        lead = display_width(prefix + self._prog) + 1
        widest = max((display_width(p) for p in parts), default=0)
        indent = " " * (lead if lead + widest <= room else display_width(prefix))
        lines, line = [], prefix + self._prog
        for part in parts:
            if line.strip() and display_width(line) + 1 + display_width(part) > room:
                lines.append(line)
                line = indent + part
            else:
                line += " " + part
        lines.append(line)
        return "\n".join(lines) + "\n\n"
