"""取值对应: the words ledgers use for our coded values — shipped lists, the office's own, one mapping's.

The shipped lists are data files (`app/resources/value_words/<Vocabulary>.toml`, one per coded field:
code → words). An office extends them in its settings (`import_value_words`); a saved import mapping
carries the words a clerk mapped in the wizard for one station's ledger. Later layers win.
"""

from __future__ import annotations

import tomllib
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from app.messages import msg
from app.models.enums import (
    Gender,
    HandlingMode,
    LabeledEnum,
    MembershipRole,
    PlatformKind,
    QualityRating,
    ResultClass,
    Satisfaction,
    SessionForm,
    SessionState,
    SuggestionCategory,
    SuggestionState,
    TopicSource,
)
from app.paths import resources_dir
from app.services.errors import ServiceError

YES_NO = "YesNo"
YES, NO = "yes", "no"
ENUMS: dict[str, type[LabeledEnum]] = {
    e.__name__: e
    for e in (
        PlatformKind,
        TopicSource,
        SessionForm,
        SessionState,
        SuggestionState,
        ResultClass,
        SuggestionCategory,
        HandlingMode,
        Satisfaction,
        QualityRating,
        Gender,
        MembershipRole,
    )
}
NAMES: dict[str, str] = {  # vocabulary → what the wizard calls it
    "PlatformKind": "平台类型",
    "TopicSource": "议题来源",
    "SessionForm": "协商形式",
    "SessionState": "活动状态",
    "SuggestionState": "办理状态",
    "ResultClass": "答复类别",
    "SuggestionCategory": "建议类别",
    "HandlingMode": "办理方式",
    "Satisfaction": "满意度",
    "QualityRating": "建议质量",
    "Gender": "性别",
    "MembershipRole": "平台职务",
    YES_NO: "是/否",
}
NAMES_ENGLISH: dict[str, str] = {
    "平台类型": "Platform kind",
    "议题来源": "Topic source",
    "协商形式": "Session form",
    "活动状态": "Session state",
    "办理状态": "Handling state",
    "答复类别": "Reply class",
    "建议类别": "Suggestion category",
    "办理方式": "Handling mode",
    "满意度": "Satisfaction",
    "建议质量": "Suggestion quality",
    "性别": "Gender",
    "平台职务": "Platform role",
    "是/否": "Yes/No",
}


def normalize(text: str) -> str:
    """Full-width to half-width, spaces removed, lower case: the form words are compared in."""
    return "".join(unicodedata.normalize("NFKC", text).split()).lower()


@cache
def _member_words(vocabulary: str) -> dict[str, str]:
    """{normalized code, Chinese or English label: code} of an enum vocabulary, worked out once (an
    import looks up a word for nearly every cell). The first member a word names wins."""
    words: dict[str, str] = {}
    for member in ENUMS[vocabulary]:
        for word in (member.value, member.label, member.english):
            words.setdefault(normalize(word), member.value)
    return words


def codes(vocabulary: str) -> list[tuple[str, str]]:
    """(code, Chinese label) a word of this vocabulary can mean."""
    if vocabulary == YES_NO:
        return [(YES, "是"), (NO, "否")]
    return ENUMS[vocabulary].choices()


def english_of(vocabulary: str) -> dict[str, str]:
    """{Chinese label: English label} of a vocabulary's codes."""
    english = english_labels(vocabulary)
    return {label: english[code] for code, label in codes(vocabulary)}


def english_labels(vocabulary: str) -> dict[str, str]:
    """code → English label of a vocabulary (what an English interface shows, and a word an English
    ledger may use for it)."""
    if vocabulary == YES_NO:
        return {YES: "Yes", NO: "No"}
    return {m.value: m.english for m in ENUMS[vocabulary]}


class VocabularyError(ValueError):
    """A word list names an unknown vocabulary or code (the message says which, in Chinese)."""


def _check(words: Mapping[str, Mapping[str, str]], where: str) -> dict[str, dict[str, str]]:
    result: dict[str, dict[str, str]] = {}
    for vocabulary, table in words.items():
        if vocabulary not in NAMES:
            raise VocabularyError(
                msg("{where}中的取值类别“{vocabulary}”不存在", where=where, vocabulary=vocabulary)
            )
        allowed = {c for c, _ in codes(vocabulary)}
        for word, code in table.items():
            if code not in allowed:
                raise VocabularyError(
                    msg(
                        "{where}中“{word}”对应的取值“{code}”不是{names}的取值",
                        where=where,
                        word=word,
                        code=code,
                        names=NAMES[vocabulary],
                    )
                )
            result.setdefault(vocabulary, {})[normalize(word)] = code
    return result


@lru_cache(maxsize=1)
def shipped_words() -> dict[str, dict[str, str]]:
    """The word lists shipped with the program, normalised (vocabulary → word → code)."""
    folder = resources_dir() / "value_words"
    words: dict[str, dict[str, str]] = {}
    for vocabulary in NAMES:
        data = tomllib.loads((folder / f"{vocabulary}.toml").read_text(encoding="utf-8"))
        table: dict[str, str] = {}
        for code, listed in data.items():
            for word in listed:
                key = normalize(word)
                if table.get(key, code) != code:
                    raise VocabularyError(
                        msg("{vocabulary}.toml 中“{word}”对应了两个取值", vocabulary=vocabulary, word=word)
                    )
                table[key] = code
        words[vocabulary] = table
        english = english_labels(vocabulary)
        for code, label in codes(vocabulary):
            if not label.strip() or not english.get(code, "").strip():
                raise VocabularyError(f"{vocabulary} 的取值“{code}”缺少中文或英文名称")
    return _check(words, "程序自带的取值表")


@dataclass(frozen=True)
class Vocabulary:
    """Looks words up: an enum's code, Chinese or English label first, then the word lists (mapping >
    office > shipped)."""

    layers: tuple[dict[str, dict[str, str]], ...] = field(default_factory=lambda: (shipped_words(),))

    def extended(self, words: Mapping[str, Mapping[str, str]] | None, where: str = "取值对应") -> Vocabulary:
        if not words:
            return self
        return Vocabulary((_check(words, where), *self.layers))

    def code(self, vocabulary: str, text: str) -> str | None:
        key = normalize(text)
        if vocabulary in ENUMS:
            found = _member_words(vocabulary).get(key)
            if found is not None:
                return found
        for layer in self.layers:
            found = layer.get(vocabulary, {}).get(key)
            if found is not None:
                return found
        return None

    def enum(self, enum_cls: type[LabeledEnum], text: str) -> LabeledEnum | None:
        found = self.code(enum_cls.__name__, text)
        return enum_cls(found) if found is not None else None

    def yes_no(self, text: str) -> bool | None:
        found = self.code(YES_NO, text)
        return None if found is None else found == YES

    def words_for(self, vocabulary: str) -> dict[str, str]:
        """Every word known for a vocabulary (shipped first, later layers override)."""
        result: dict[str, str] = {}
        for layer in reversed(self.layers):
            result.update(layer.get(vocabulary, {}))
        return result


SHIPPED = Vocabulary()


def vocabulary_of(enum_cls: type[Any] | None) -> str:
    """The vocabulary a field's values come from (an enum's class name, or 是/否)."""
    return enum_cls.__name__ if enum_cls is not None else YES_NO


def import_words(
    office: Mapping[str, Mapping[str, str]], mapping: Mapping[str, Mapping[str, str]]
) -> Vocabulary:
    """The words one import understands: shipped, the office's (settings), the mapping's own."""
    try:
        return SHIPPED.extended(office, "单位设置的取值对应").extended(mapping, "所选导入方案的取值对应")
    except VocabularyError as exc:
        raise ServiceError(str(exc)) from None
