"""Reading cell values the way clerks write them: dates in four styles, Chinese states, lists of names.

Every parser takes the raw cell value (str, number, datetime, bool or None) and returns a Python
value, or raises ParseError with a Chinese message that names what it could not understand.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from datetime import date, datetime, timedelta
from typing import Any

from app.messages import msg
from app.models.enums import LabeledEnum, MembershipRole, ResultClass, SuggestionState
from app.reports.excel.safe_values import decode_text
from app.services.value_words import SHIPPED, Vocabulary
from app.services.value_words import normalize as normalize


class ParseError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


_DATE_TEXT = re.compile(
    r"^(\d{4})\s*[年./\-]\s*(\d{1,2})\s*[月./\-]\s*(\d{1,2})\s*[日号]?"
    r"(?:\s*[T ]?\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2}(?:\.\d+)?)?)?$"
)
_DATE_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_EXCEL_EPOCH = date(1899, 12, 30)
_SERIAL_MIN, _SERIAL_MAX = 1, 2_958_465  # 1900-01-01 … 9999-12-31
_NUMBERING = re.compile(
    r"^\s*(?:[(（]?\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[)）]|(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[.、．:：]|[①-⑳])\s*"
)
_ITEM_SEPARATORS = re.compile(r"\s*[；;\n]+\s*")
_NAME_SEPARATORS = re.compile(r"[、，,；;/／\s]+")
_SPACES = re.compile(r"\s+")
_INTEGER_TEXT = re.compile(r"^(\d+)\s*(?:人|名|个|次|条|件|人次)?$")
_ROLE_SUFFIX = re.compile(r"^(.*?)\s*[（(]\s*([^（）()]+?)\s*[)）]$")


def cell_text(value: Any) -> str | None:
    """Any cell as trimmed text (numbers without a spurious .0), or None when empty."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime):
        value = value.date() if value.time() == datetime.min.time() else value
    if isinstance(value, date | datetime):
        return value.isoformat(sep=" ") if isinstance(value, datetime) else value.isoformat()
    text = decode_text(value) if isinstance(value, str) else str(value)
    text = text.strip()
    return text or None


def parse_text(value: Any, max_length: int | None = None) -> str | None:
    text = cell_text(value)
    if text is not None and max_length is not None and len(text) > max_length:
        raise ParseError(
            msg("内容过长（{count} 个字，最多 {max_length} 个字）", count=len(text), max_length=max_length)
        )
    return text


def parse_date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if _SERIAL_MIN <= value <= _SERIAL_MAX:
            return _EXCEL_EPOCH + timedelta(days=int(value))
        raise ParseError(msg("无法识别的日期“{cell_text}”", cell_text=cell_text(value)))
    text = cell_text(value) or ""
    if not text:
        return None
    shown = text
    text = unicodedata.normalize("NFKC", text)
    match = _DATE_TEXT.match(text) or _DATE_COMPACT.match(text)
    if match is None:
        if text.isdigit() and _SERIAL_MIN <= int(text) <= _SERIAL_MAX and len(text) <= 6:
            return _EXCEL_EPOCH + timedelta(days=int(text))
        raise ParseError(msg("无法识别的日期“{shown}”", shown=shown))
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        raise ParseError(msg("无法识别的日期“{shown}”", shown=shown)) from None


def parse_int(value: Any) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ParseError(msg("应为整数"))
    if isinstance(value, int):
        number = value
    elif isinstance(value, float) and value.is_integer():
        number = int(value)
    else:
        text = unicodedata.normalize("NFKC", cell_text(value) or "")
        match = _INTEGER_TEXT.match(text)
        if match is None:
            raise ParseError(msg("应为整数，而不是“{cell_text}”", cell_text=cell_text(value)))
        number = int(match.group(1))
    if number < 0:
        raise ParseError(msg("不能小于 0"))
    return number


class UnknownValue(ParseError):
    """A coded cell whose word no vocabulary knows (the wizard lets the clerk map it)."""

    def __init__(self, message: str, vocabulary: str, text: str) -> None:
        super().__init__(message)
        self.vocabulary = vocabulary
        self.text = text


def parse_bool(value: Any, words: Vocabulary = SHIPPED) -> bool | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return value
    text = cell_text(value) or ""
    found = words.yes_no(text)
    if found is None:
        raise UnknownValue(msg("应填“是”或“否”，而不是“{text}”", text=text), "YesNo", text)
    return found


def parse_enum(value: Any, enum_cls: type[LabeledEnum], words: Vocabulary = SHIPPED) -> LabeledEnum | None:
    text = cell_text(value)
    if text is None:
        return None
    found = words.enum(enum_cls, text)
    if found is None:
        choices = "、".join(m.label for m in enum_cls)
        raise UnknownValue(
            msg("无法识别的取值“{text}”（可填：{choices}）", text=text, choices=choices),
            enum_cls.__name__,
            text,
        )
    return found


def match_enum(text: str, enum_cls: type[LabeledEnum], words: Vocabulary = SHIPPED) -> LabeledEnum | None:
    return words.enum(enum_cls, text)


def parse_uuid(value: Any) -> uuid.UUID | None:
    text = cell_text(value)
    if text is None:
        return None
    try:
        return uuid.UUID(text)
    except ValueError:
        raise ParseError(msg("记录编号“{text}”无效（请勿修改此列）", text=text)) from None


def split_names(value: Any) -> list[str]:
    """何玲、马海云,刘洋 → ["何玲", "马海云", "刘洋"] (order kept, repeats dropped)."""
    text = cell_text(value)
    if not text:
        return []
    names: list[str] = []
    for part in _NAME_SEPARATORS.split(text):
        if part and part not in names:
            names.append(part)
    return names


def split_list(value: Any) -> list[str]:
    """Items joined with 、 but allowed to contain spaces (unit names, departments)."""
    text = cell_text(value)
    if not text:
        return []
    items: list[str] = []
    for part in re.split(r"\s*[、，,；;\n]+\s*", text):
        if part and part not in items:
            items.append(part)
    return items


def split_numbered(value: Any) -> list[str]:
    """1.尽快修复通道出口破损路面；2.增设防滑条和照明 → the two suggestions, numbering removed."""
    text = cell_text(value)
    if not text:
        return []
    items = []
    for part in _ITEM_SEPARATORS.split(text):
        item = _NUMBERING.sub("", part, count=1).strip().rstrip("。；;")
        if item:
            items.append(item)
    return items


def parse_handling(value: Any, words: Vocabulary = SHIPPED) -> tuple[str | None, SuggestionState | None]:
    """A 办理情况 cell: "市交通运输局 已办结" → (unit, state); either part may be missing."""
    text = cell_text(value)
    if not text:
        return None, None
    flat = _SPACES.sub(" ", unicodedata.normalize("NFKC", text)).strip()
    candidates = [(m.label, m) for m in SuggestionState]
    candidates += [
        (word, SuggestionState(code))
        for word, code in words.words_for("SuggestionState").items()
        if len(word) >= 2
    ]
    for word, state in sorted(candidates, key=lambda c: -len(c[0])):
        if flat.endswith(word):
            unit = flat[: -len(word)].strip(" -—:：,，、()（）")
            return (unit or None), state
    raise ParseError(msg("无法从“{text}”中识别办理状态（例如：市交通运输局已办结）", text=text))


def parse_memberships(value: Any) -> list[tuple[str, MembershipRole]]:
    """城西区胜利路委员驿站（站长）、西门委员工作室 → [(platform, role), …]."""
    result: list[tuple[str, MembershipRole]] = []
    for item in split_list(value):
        role = MembershipRole.MEMBER
        match = _ROLE_SUFFIX.match(item)
        if match:
            found = match_enum(match.group(2), MembershipRole)
            if found is None:
                raise ParseError(msg("无法识别“{item}”中的职务（可填：召集人、站长、联络员）", item=item))
            item, role = match.group(1), MembershipRole(found.value)
        result.append((item, role))
    return result


_PARTS = re.compile(r"[\s,，、;；:：()（）\[\]【】/]+")


def parse_outcome(
    value: Any, words: Vocabulary = SHIPPED
) -> tuple[SuggestionState | None, ResultClass | None, str | None]:
    """A 办理结果 cell: 已办结 / A类 / 已解决 / 已办结（B类） → (state, result class, None);
    anything else is what the unit did, kept as text: (None, None, text)."""
    text = cell_text(value)
    if not text:
        return None, None, None
    whole_state = words.enum(SuggestionState, text)
    whole_class = words.enum(ResultClass, text)
    if whole_state is not None or whole_class is not None:
        return _state(whole_state), _class(whole_class), None
    state: LabeledEnum | None = None
    result: LabeledEnum | None = None
    parts = [p for p in _PARTS.split(text) if p]
    for part in parts:
        state = state or words.enum(SuggestionState, part)
        result = result or words.enum(ResultClass, part)
    if len(parts) <= 3 and (state is not None or result is not None):
        return _state(state), _class(result), None
    return None, None, text


def _state(value: LabeledEnum | None) -> SuggestionState | None:
    return SuggestionState(value.value) if value is not None else None


def _class(value: LabeledEnum | None) -> ResultClass | None:
    return ResultClass(value.value) if value is not None else None


def parse_instructions(value: Any, words: Vocabulary = SHIPPED) -> tuple[int, str | None]:
    """A 领导批示 cell: a count (2, 2件次), 是/否, or the instruction's words → (count, words or None)."""
    if value is None or value == "":
        return 0, None
    if isinstance(value, bool):
        return int(value), None
    if isinstance(value, int | float):
        return parse_int(value) or 0, None
    text = cell_text(value) or ""
    flat = unicodedata.normalize("NFKC", text)
    count = re.fullmatch(r"(\d+)\s*(?:件次|件|次|条)?", flat)
    if count:
        return int(count.group(1)), None
    yes = words.yes_no(text)
    if yes is not None:
        return int(yes), None
    return 1, text
