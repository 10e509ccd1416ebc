"""The data an import passes between its steps: preview → mapping → plan → result.

A wizard shows `ImportPreview` (sheets, detected header rows and column mapping), lets the user edit a
copy of `preview.mapping`, asks for an `ImportPlan` (every row checked, issues per row and column) and
applies it. Everything here is plain data: no Qt, no open database sessions.
"""

from __future__ import annotations

import copy
import dataclasses
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.messages import msg

ERROR = "error"
WARNING = "warning"

CREATE = "create"
UPDATE = "update"


class Formula(str):
    """A formula cell as read from the file (its text, starting with "=")."""

    __slots__ = ()


@dataclass
class ColumnInfo:
    index: int  # 0-based
    letter: str  # "B"
    header: str  # header text as written; a grouped header as 办理情况/承办单位
    samples: list[str] = field(default_factory=list)  # first values, as text
    hidden: bool = False  # hidden in the file: shown in the wizard, not imported unless mapped by hand


@dataclass
class SheetPreview:
    name: str
    rows: list[tuple[Any, ...]]  # the first rows of the sheet from row 1 (Formula for formulas)
    header_row: int  # 1-based last row of the header (data starts below it; 0: none found)
    columns: list[ColumnInfo]
    target: str | None  # detected kind of sheet: platform, member, session, suggestion; None: not a ledger
    title: str | None = None  # title text above the header (merged title row)
    notes: list[str] = field(default_factory=list)  # what the reader decided, in Chinese
    header_first: int = 0  # first row of a header of several rows (0: the header is one row)
    row_count: int = 0  # rows in the whole sheet (the preview holds only the first ones)
    merges: tuple[
        tuple[int, int, int, int], ...
    ] = ()  # merged ranges (first row, first col, last row, last col)
    hidden_columns: frozenset[int] = frozenset()  # 0-based
    platform: str | None = None  # 站室组 named in the sheet's title (rows naming none belong to it)

    @property
    def data_rows(self) -> int:
        return max(0, max(self.row_count, len(self.rows)) - self.header_row) if self.header_row else 0

    @property
    def header_span(self) -> str:
        first = self.header_first or self.header_row
        return (
            msg("第{header_row}行", header_row=self.header_row)
            if first == self.header_row
            else msg("第{first}～{header_row}行", first=first, header_row=self.header_row)
        )


@dataclass
class SheetMapping:
    target: str | None  # None: the sheet is not imported
    header_row: int  # last header row: data starts below it
    columns: dict[int, str | None]  # column index → field key (None: ignored)
    platform: str | None = None  # 站室组 of rows naming none (default: the mapping's)

    def column_of(self, key: str) -> int | None:
        for index, mapped in self.columns.items():
            if mapped == key:
                return index
        return None


@dataclass
class ImportMapping:
    sheets: dict[str, SheetMapping]
    platform: str | None = None  # 站室组 for rows that name none (e.g. read from the title)
    district: str | None = None  # 县区 for platforms created from names
    values: dict[str, dict[str, str]] = field(default_factory=dict)  # vocabulary → word → code
    fill_dates: bool = False  # a missing 交办/答复/评价 date takes the nearest known one (reported)
    default_unit: str | None = None  # 承办单位 of handled suggestions that name none (reported)
    default_result: str | None = None  # 答复类别 (A/B/C) of answered suggestions that give none (reported)
    name: str | None = None  # the saved mapping this came from, if any

    def copy(self) -> ImportMapping:
        return copy.deepcopy(self)


@dataclass
class ImportPreview:
    path: Path
    sheets: list[SheetPreview]
    mapping: ImportMapping  # detected; edit a copy and pass it to validate()
    file_key: tuple[int, int] = (0, 0)  # modification time and size when read (the rows are read again)

    def sheet(self, name: str) -> SheetPreview:
        for sheet in self.sheets:
            if sheet.name == name:
                return sheet
        raise KeyError(name)


@dataclass
class RowIssue:
    sheet: str
    row: int  # 1-based row in the sheet (0: about the whole sheet)
    column: str | None  # header text of the column, when the issue is about one cell
    message: str
    severity: str = ERROR
    column_index: int | None = None
    kind: str | None = None  # the kind of record the row holds (platform, member, session, suggestion)

    def text(self) -> str:
        """第7行「活动时间」：无法识别的日期“2024年13月5日”."""
        if not self.row and not self.sheet:
            return self.message
        where = msg("第{row}行", row=self.row) if self.row else msg("工作表「{sheet}」", sheet=self.sheet)
        if self.column:
            where += msg("「{column}」", column=self.column)
        return msg("{where}：{message}", where=where, message=self.message)


@dataclass
class PlannedRecord:
    entity: str  # platform, member, unit, session, suggestion
    action: str  # create or update
    record_id: uuid.UUID
    sheet: str
    row: int
    values: dict[str, Any]  # model fields to set (all of them for create, the changed ones for update)
    expected_version: int | None = None
    links: dict[str, Any] = field(default_factory=dict)  # attendance, departments, units, memberships
    steps: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # 办理 steps, in order
    # The revision the row was exported at (its start, see revision_stamp.py); None for older files,
    # which are checked by `expected_version` alone.
    expected_revision: str | None = None
    # The changed fields with the file's and the database's value, for the message when it is stale.
    both_values: str = ""

    @property
    def where(self) -> str:
        return (
            msg("工作表「{sheet}」第{row}行", sheet=self.sheet, row=self.row) if self.row else msg("导入文件")
        )


@dataclass
class ImportPlan:
    preview: ImportPreview
    mapping: ImportMapping
    records: list[PlannedRecord]
    issues: list[RowIssue]
    unchanged: dict[str, int] = field(default_factory=dict)  # entity → rows identical to the database
    skipped: list[RowIssue] = field(default_factory=list)  # rows left out on purpose (合计, notes)
    unknown_values: list[UnknownWord] = field(default_factory=list)  # words to map in the wizard
    columns: dict[str, dict[str, tuple[int, str]]] = field(default_factory=dict)  # sheet → field → column
    # A copy for showing (`for_display`): the records stayed where the plan was made, only their
    # counts came along; such a copy cannot be applied.
    record_counts: dict[tuple[str, str], int] | None = None

    @property
    def errors(self) -> list[RowIssue]:
        return [i for i in self.issues if i.severity == ERROR]

    @property
    def warnings(self) -> list[RowIssue]:
        return [i for i in self.issues if i.severity == WARNING]

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def for_display_only(self) -> bool:
        return self.record_counts is not None

    def for_display(self) -> ImportPlan:
        """The plan without its records (their counts instead): what a wizard shows of a check made in
        another process, which keeps the whole plan to apply it. Small to send: the records are most
        of a plan."""
        return dataclasses.replace(self, records=[], record_counts=self.counts())

    def counts(self) -> dict[tuple[str, str], int]:
        """(entity, action) → number of records."""
        if self.record_counts is not None:
            return dict(self.record_counts)
        result: dict[tuple[str, str], int] = {}
        for record in self.records:
            key = (record.entity, record.action)
            result[key] = result.get(key, 0) + 1
        return result


@dataclass
class UnknownWord:
    """A word of a coded column no vocabulary knows, listed once however many cells hold it."""

    vocabulary: str  # TopicSource, SuggestionState, YesNo…
    text: str  # as written
    count: int = 0
    where: str = ""  # the first cell holding it: 工作表「…」第7行「议题来源」


@dataclass
class ImportResult:
    created: dict[str, int]  # entity → records created
    updated: dict[str, int]
    unchanged: dict[str, int]
    issues: list[RowIssue] = field(default_factory=list)  # rows not written (per-row mode) and notes

    def total(self) -> int:
        return sum(self.created.values()) + sum(self.updated.values())
