"""The first rows of a sheet as the import will read them, for the wizard's preview.

Each mapped cell is parsed with the field's rules and the words the import knows (shipped, the office's,
the mapping's own), so the clerk sees 2024-03-08 for “2024.3.8”, 群众出题 for “群众点题”, or what is
wrong with a cell, before anything is checked row by row.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from app.models.enums import LabeledEnum
from app.services.ledger_import import fields as F
from app.services.ledger_import.context import parse_value
from app.services.ledger_import.model import SheetMapping, SheetPreview
from app.services.ledger_import.parsers import ParseError, cell_text
from app.services.value_words import Vocabulary

UNREADABLE = "⚠ "


def shown(value: Any) -> str:
    """A parsed value in the words the app shows it."""
    if value is None or value == [] or value == (None, None) or value == (None, None, None):
        return ""
    if isinstance(value, LabeledEnum):
        return value.label
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return "、".join(shown(v) if not isinstance(v, tuple) else shown(v[0]) for v in value)
    if isinstance(value, tuple):
        return "｜".join(t for t in (shown(v) for v in value) if t)
    return str(value)


def read_as(
    sheet: SheetPreview, mapping: SheetMapping, words: Vocabulary, count: int = 8
) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """(column titles: field names, [(row number, cells as read)]) for the first data rows."""
    if mapping.target is None or not mapping.header_row:
        return [], []
    target = F.TARGETS[mapping.target]
    mapped = [(i, target.field(k)) for i, k in sorted(mapping.columns.items()) if k is not None]
    mapped = [(i, spec) for i, spec in mapped if spec.kind not in (F.DERIVED, F.VERSION)]
    titles = [spec.label for _i, spec in mapped]
    rows: list[tuple[int, list[str]]] = []
    for number, values in enumerate(sheet.rows[mapping.header_row :], mapping.header_row + 1):
        if len(rows) >= count:
            break
        if not any(cell_text(v) for v in values):
            continue
        cells = []
        for index, spec in mapped:
            raw = values[index] if index < len(values) else None
            try:
                cells.append(shown(parse_value(spec, raw, words)))
            except ParseError as exc:
                cells.append(UNREADABLE + exc.message)
        rows.append((number, cells))
    return titles, rows
