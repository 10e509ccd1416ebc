"""The language the interface shows its labels in (中文 or English), and the only place that picks one.

Every label carries its Chinese (`label`) and its English (`english`) side by side where it is defined:
the coded values (`app.models.enums`) and the kinds of the services (办理 steps, document kinds, record
kinds…) as `label` / `english`; names kept as Chinese text below the interface (record kinds and fields
of the audit trail, activity kinds, package kinds, steps of long tasks…) in a {Chinese: English} table
beside them. The window asks `shown()` / `shown_text()` for the text to display, in the language set
once at start-up with `set_display_language`.

Documents never ask: Excel workbooks, PDFs, data packages, the audit trail and the command line always
use `label`, the Chinese, whatever the window shows. `label` never changes with the display language,
and the modules that write documents may not import this one (an import-linter contract checks it).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from functools import lru_cache
from typing import Protocol

ZH = "zh_CN"
EN = "en"
LANGUAGES = (ZH, EN)

_state = {"language": ZH}
_thread = threading.local()  # `document`: this thread is writing a document (labels in Chinese)


class Labelled(Protocol):
    """Anything with a Chinese label and its English (an enum member, a kind of record…)."""

    @property
    def label(self) -> str: ...

    @property
    def english(self) -> str: ...


def language_code(name: str | None) -> str:
    """`en`, `en_US`, `en-GB`, `English` → `en`; anything else (None, `zh_CN`, `zh`…) → `zh_CN`."""
    text = (name or "").strip().lower().replace("-", "_")
    return EN if text == "english" or text.split("_")[0] == "en" else ZH


def set_display_language(name: str | None) -> str:
    """Show labels in this language from now on (a locale name as the language setting or
    LEDGER_LANG give it); returns the language chosen. Chinese unless the name says English."""
    _state["language"] = language_code(name)
    return _state["language"]


def display_language() -> str:
    """`zh_CN` (the default) or `en`."""
    return _state["language"]


def english_shown() -> bool:
    """Labels come out in English: the display language is English and this thread is not writing a
    document."""
    return _state["language"] == EN and not getattr(_thread, "document", False)


@contextmanager
def document_language() -> Iterator[None]:
    """Within it (in this thread), `shown()` and `shown_text()` give the Chinese: for a document the
    interface writes itself from what a list shows (导出所选), which stays Chinese like every other."""
    before = getattr(_thread, "document", False)
    _thread.document = True
    try:
        yield
    finally:
        _thread.document = before


def shown(item: Labelled | None) -> str:
    """The label of `item` in the display language (blank for None)."""
    if item is None:
        return ""
    return item.english if english_shown() and item.english else item.label


def either(chinese: str, english: str) -> str:
    """One of two texts a service wrote in both languages (a scope's description…)."""
    return english if english_shown() else chinese


def shown_text(chinese: str, english: Mapping[str, str]) -> str:
    """A label kept as Chinese text (a figure's name, a column of a check…) in the display language;
    `english` is the table {Chinese: English} of the domain that defines it. Text the table does not
    know (an office's own name for something) is shown as it was typed."""
    return english.get(chinese, chinese) if english_shown() else chinese


class _Coded(Labelled, Protocol):
    @property
    def value(self) -> str: ...


def shown_choices(items: Iterable[_Coded]) -> list[tuple[str, str]]:
    """(code, label in the display language) of every member of a coded field, for a choice box."""
    return [(item.value, shown(item)) for item in items]


@lru_cache(maxsize=256)
def _step_pattern(template: str) -> re.Pattern[str]:
    """正在写入第 {done}/{total} 条…… → a pattern whose named groups catch what fills each slot."""
    return re.compile(re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>.+?)", re.escape(template)))


def shown_step(text: str, templates: Mapping[str, str], words: Mapping[str, str]) -> str:
    """A step a long task reported (in Chinese, filled in) in the display language: the first of
    `templates` {Chinese: English} it matches, each slot's text through `words` where they know it.
    A step no template matches is shown as reported."""
    if not text or not english_shown():
        return text
    for chinese, english in templates.items():
        found = _step_pattern(chinese).fullmatch(text)
        if found is not None:
            return english.format(**{k: words.get(v, v) for k, v in found.groupdict().items()})
    return text


def shown_pairs(pairs: Iterable[tuple[str, str]], english: Mapping[str, str]) -> list[tuple[str, str]]:
    """(code, Chinese label) pairs a service lists (activity kinds…) with the labels in the display
    language, through the domain's {Chinese: English} table."""
    return [(code, shown_text(label, english)) for code, label in pairs]


def english_table(*groups: Iterable[Labelled]) -> dict[str, str]:
    """{Chinese: English} of labelled things (enum members), for a label a service already turned into
    its Chinese text (a state in a history row…)."""
    return {item.label: item.english for group in groups for item in group}
