"""The command line's help in Chinese: argparse's own texts translated, lines wrapped at allowed places
and never wider than the terminal."""

from __future__ import annotations

import argparse
import itertools
import re

import pytest

from app.cli import argparse_zh, build_parser
from app.cli.argparse_zh import display_width, wrap

# What argparse prints in English when its texts are not translated.
ENGLISH_PHRASES = (
    "usage:",
    "positional arguments",
    "options:",
    "optional arguments",
    "show this help message",
    "show program's version",
    "subcommands",
)


def all_parsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    found = [parser]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in dict.fromkeys(action.choices.values()):
                found += all_parsers(sub)
    return found


@pytest.mark.parametrize("columns", [60, 80, 120])
def test_every_help_is_chinese_and_fits_the_terminal(columns: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", str(columns))
    parsers = all_parsers(build_parser())
    assert len(parsers) > 20  # every command and subcommand
    for parser in parsers:
        text = parser.format_help()
        for phrase in ENGLISH_PHRASES:
            assert phrase not in text, (parser.prog, phrase)
        assert text.startswith("用法："), parser.prog
        assert "选项：" in text and "options" not in text
        for line in text.splitlines():
            assert display_width(line) <= columns, (parser.prog, line)


def test_help_columns_line_up_after_a_chinese_metavar(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    screenshot = next(p for p in all_parsers(build_parser()) if p.prog.endswith(" screenshot"))
    lines = screenshot.format_help().splitlines()
    starts = {}
    for line in lines:
        for key in ("--size 宽x高", "--page PAGE", "-h, --help"):
            if line.strip().startswith(key):
                rest = line.strip()[len(key) :]
                starts[key] = display_width(line) - display_width(rest.lstrip())
    assert len(starts) == 3 and len(set(starts.values())) == 1, starts


def test_argparse_errors_are_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    parser = build_parser()
    for argv, needle in (
        (["--bogus"], "无法识别的参数：--bogus"),
        (["screenshot"], "缺少必需的参数：OUT.png"),
        (["export", "pdf", "x.pdf", "--report"], "需要一个参数值"),
        (["nosuchcommand"], "无效的选择"),
        (["demo", "--sessions", "many"], "无效的 int 值"),
    ):
        with pytest.raises(SystemExit) as raised:
            parser.parse_args(argv)
        assert raised.value.code == 2
        err = capsys.readouterr().err
        assert needle in err, (argv, err)
        assert err.startswith("用法：")
        assert not re.search(r"\b(usage|invalid choice|unrecognized|expected|required)\b", err), err


def test_the_table_covers_the_texts_users_meet() -> None:
    argparse_zh.install()
    assert argparse._("usage: ") == "用法："  # type: ignore[attr-defined]
    assert argparse.ngettext("expected %s argument", "expected %s arguments", 2) == "需要 %s 个参数值"  # type: ignore[attr-defined]
    # A text the table does not know passes through unchanged.
    assert argparse._("no such text in the table") == "no such text in the table"  # type: ignore[attr-defined]


MIXED = (
    "文档种类：session（协商议事纪要）、dossier（一事一档）、assignment（交办单）、reminder（催办单）、"
    "signin（签到表）、member（委员履职档案）、summary（工作综述）、supervision（督办清单）"
)
WORDS = ("session", "dossier", "assignment", "reminder", "signin", "member", "summary", "supervision")


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


@pytest.mark.parametrize("width", range(12, 61))
def test_a_mixed_line_breaks_only_at_allowed_places(width: int) -> None:
    lines = wrap(MIXED, width)
    assert "".join(lines) == MIXED  # nothing lost, nothing added (no spaces in this text)
    for line in lines:
        assert display_width(line) <= width, line
        assert line[0] not in argparse_zh.NO_LINE_START, line
        assert line[-1] not in argparse_zh.NO_LINE_END, line
    for before, after in itertools.pairwise(lines):
        # never inside a Latin word: the break is not between two ASCII letters
        assert not (_latin(before[-1]) and _latin(after[0])), (before, after)
    joined = "\n".join(lines)
    for word in WORDS:
        assert word in joined, (width, word)


def test_spaces_are_break_points_and_vanish_at_a_break() -> None:
    text = "remind the handling unit 催办承办单位 before the deadline"
    for width in range(9, 40):
        lines = wrap(text, width)
        assert re.sub(r"\s", "", "".join(lines)) == re.sub(r"\s", "", text)
        assert all(ln == ln.strip() for ln in lines)
        assert all(display_width(ln) <= width for ln in lines)
        assert {w for ln in lines for w in ln.split()} >= {"remind", "handling", "deadline"}


def test_a_word_longer_than_the_line_is_the_only_thing_cut() -> None:
    assert wrap("postgresql://user@host/db 地址", 10) == ["postgresql", "://user@ho", "st/db 地址"]
    assert display_width("宽x高") == 5
