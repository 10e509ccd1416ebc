"""One source row while it is checked: its cells by field, parsing with per-cell Chinese errors.

`same_as_shown` decides whether a cell still holds what the export wrote for the record (a masked
phone, a cut long text, a computed column, a reordered list of names…): such cells are not changes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.messages import msg
from app.reports.excel.safe_values import is_cut
from app.services.ledger_import import fields as F
from app.services.ledger_import.model import ERROR, WARNING, Formula, RowIssue
from app.services.ledger_import.parsers import (
    ParseError,
    UnknownValue,
    cell_text,
    parse_bool,
    parse_date,
    parse_enum,
    parse_handling,
    parse_instructions,
    parse_int,
    parse_memberships,
    parse_outcome,
    parse_text,
    parse_uuid,
    split_list,
    split_names,
    split_numbered,
)
from app.services.ledger_import.revision_stamp import parse_stamp
from app.services.value_words import SHIPPED, Vocabulary


class Invalid:
    """Marks a cell that could not be read (its error is already recorded)."""


INVALID = Invalid()


def parse_value(spec: F.FieldSpec, raw: Any, words: Vocabulary = SHIPPED) -> Any:
    """The cell as the field's Python value; ParseError when it cannot be read."""
    kind = spec.kind
    if isinstance(raw, Formula):
        raise ParseError(msg("单元格是公式（{raw}），请改为数值或文字", raw=raw))
    if kind == F.DATE:
        return parse_date(raw)
    if kind == F.VERSION:
        try:
            return parse_stamp(raw)
        except ValueError:
            raise ParseError(msg("版本列应为导出时的原样（如“3”或“3/8f3a9c1e”），请勿修改")) from None
    if kind == F.INT:
        return parse_int(raw)
    if kind == F.BOOL:
        return parse_bool(raw, words)
    if kind == F.ENUM:
        assert spec.enum is not None
        return parse_enum(raw, spec.enum, words)
    if kind == F.RECORD_ID:
        return parse_uuid(raw)
    if kind == F.NAMES:
        return split_names(raw)
    if kind == F.LIST:
        return split_list(raw)
    if kind == F.NUMBERED:
        return split_numbered(raw)
    if kind == F.HANDLING:
        return parse_handling(raw, words)
    if kind == F.MEMBERSHIPS:
        return parse_memberships(raw)
    if kind == F.OUTCOME:
        return parse_outcome(raw, words)
    if kind == F.INSTRUCTIONS:
        return parse_instructions(raw, words)
    text = parse_text(raw, spec.max_length)
    if text is not None and is_cut(text):
        raise ParseError(
            msg("导出时因超过 Excel 单元格字数上限被截断，不能用截断的内容导入（请在系统中修改）")
        )
    if kind == F.PHONE and text is not None and "*" in text:
        raise ParseError(msg("号码中含有“*”（导出时隐去了中间四位），请填写完整号码，或保持导出时的原样"))
    return text


def same_as_shown(spec: F.FieldSpec, raw: Any, shown: Any) -> bool:
    """True when the cell holds what the export showed for the record (so it is not a change)."""
    if isinstance(raw, Formula):
        return False
    try:
        if spec.kind == F.DATE:
            return parse_date(raw) == shown
        if spec.kind == F.INSTRUCTIONS and isinstance(shown, int):
            return parse_instructions(raw)[0] == shown
        if (
            spec.kind in (F.INT, F.VERSION, F.DERIVED)
            and isinstance(shown, int)
            and not isinstance(shown, bool)
        ):
            return parse_int(raw) == shown
        if spec.kind == F.BOOL:
            return parse_bool(raw) == shown
        if spec.kind == F.ENUM:
            value = parse_enum(raw, spec.enum) if spec.enum else None
            return (value.label if value is not None else None) == shown
        if spec.kind in (F.NAMES, F.LIST):
            return sorted(parse_value(spec, raw)) == sorted(parse_value(spec, shown))
        if spec.kind == F.MEMBERSHIPS:
            return sorted(parse_memberships(raw)) == sorted(parse_memberships(shown))
    except ParseError:
        return False
    return cell_text(raw) == cell_text(shown)


@dataclass
class RowContext:
    sheet: str
    row: int
    target: F.TargetSpec
    raw: dict[str, Any]  # field key → cell value (mapped columns only)
    headers: dict[str, tuple[int, str]]  # field key → (column index, header text)
    issues: list[RowIssue]
    parsed: dict[str, Any] = field(default_factory=dict)
    failed: bool = False
    words: Vocabulary = SHIPPED
    unknown: dict[str, tuple[str, str]] = field(default_factory=dict)  # field → (vocabulary, word)

    def has(self, key: str) -> bool:
        return key in self.raw

    def filled(self, key: str) -> bool:
        return cell_text(self.raw.get(key)) is not None

    def error(self, key: str | None, message: str) -> None:
        self.failed = True
        self._add(key, message, ERROR)

    def warn(self, key: str | None, message: str) -> None:
        self._add(key, message, WARNING)

    def _add(self, key: str | None, message: str, severity: str) -> None:
        index: int | None = None
        header: str | None = None
        if key:
            index, header = self.headers.get(key, (None, None))
            if header is None:
                try:
                    header = self.target.field(key).label  # the column is missing: name the field
                except KeyError:
                    header = None
        self.issues.append(RowIssue(self.sheet, self.row, header, message, severity, index, self.target.key))

    def value(self, key: str) -> Any:
        """The parsed cell (None when the column is absent or empty); errors recorded once."""
        if key in self.parsed:
            value = self.parsed[key]
            return None if value is INVALID else value
        if key not in self.raw:
            return None
        try:
            value = parse_value(self.target.field(key), self.raw[key], self.words)
        except UnknownValue as exc:
            self.unknown[key] = (exc.vocabulary, exc.text)
            self.error(key, exc.message)
            value = INVALID
        except ParseError as exc:
            self.error(key, exc.message)
            value = INVALID
        self.parsed[key] = value
        return None if value is INVALID else value

    def invalid(self, key: str) -> bool:
        return self.parsed.get(key) is INVALID
