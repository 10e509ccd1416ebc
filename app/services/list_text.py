"""The words in a list's filter box, answered by the search index instead of LIKE over every row.

A list with a `TextIndex` (sessions, suggestions) finds its rows like 检索 does (search_index): each
word must occur in one of the record's indexed texts, or name the record's 站室组 (sessions) or lead unit
(suggestions). The index proposes candidates; every one is checked on the stored row, so the rows are
exact substring matches. How the candidates meet the list's sort:

- sorted by date (the default): read in the index's own order — its rowid is the date — a page at a
  time, whatever the number of matches;
- a sort by a key the index holds a filter code for (站室组, 县区, 主办单位, 状态, 形式, 议题来源, 类别,
  办理结果; `TextIndex.codes`): one value at a time, each asked of the index with its code (list_values);
- sorted by title (`TextIndex.title`): few matches lead, sorted; many: the index's entries are walked in
  title order (it keeps each suggestion's title, migration 0016), each rowid checked against the matches;
- any other sort, few matches: the matches are the outer loop, sorted;
- any other sort, many matches: the sort's index is walked and each row's index entry (search_doc, by
  its id) is looked up among the index's matching rowids — a set of integers read once per statement,
  cheap even for a word most rows hold.
Which is cheaper depends on the number of matches m among n rows: leading costs about m row reads,
walking about page × n / m (the rows walked to find a page of matches). So the matches lead while
m² < page × n (`few_matches`); `TextIndex.few` fixes the bound instead (tests use it).
On PostgreSQL (no index) the words are matched with ILIKE on the same texts.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.sql import ColumnElement, Select
from sqlmodel import Session

from app.services.paging import wide
from app.services.search_docs import SD, kind_code, word_terms

FTS = sa.table("search_fts", sa.column("rowid", sa.BigInteger))
_MATCH: ColumnElement[Any] = sa.literal_column("search_fts")


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def ascii_lower(text: str) -> str:
    return text.translate(_ASCII_LOWER)


def quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


@dataclass(frozen=True)
class Named:
    """Records found by name (a suggestion's lead unit): their ids become the index's filter codes."""

    name: ColumnElement[Any]
    id: ColumnElement[Any]
    fk: ColumnElement[Any]  # the listed table's foreign key to them
    code: Callable[[uuid.UUID], str]


@dataclass(frozen=True)
class Coded:
    """A column of the listed table whose value the index holds as a filter code (platform, state …):
    a sort by it is read one value at a time (list_values). `walk`: an index on the column alone hands
    a value's rows over in row-key order."""

    column: ColumnElement[Any]
    code: Callable[[Any], str]
    walk: bool = False
    # A column that may be empty, whose rows without a value have a code too (`code(None)`): they are
    # read the same way, as one more value after the others.
    empty: bool = False


@dataclass(frozen=True)
class TextIndex:
    kind: str  # search_docs.KIND_SESSION / KIND_SUGGESTION
    fields: tuple[ColumnElement[Any], ...]  # the texts indexed for the record
    date: ColumnElement[Any]  # the date the index orders by (held_on / raised_on)
    names: tuple[Named, ...] = ()
    few: int | None = None  # below this many matches they lead (a list's or a value's); None: by sizes
    codes: tuple[Coded, ...] = ()
    # The column whose values the index keeps beside its entries (search_doc.title, in title order): a
    # sort by it with many matches walks the index's entries instead of the records (title_order).
    title: ColumnElement[Any] | None = None


@dataclass
class TextMatch:
    """The words of one query against one list: the MATCH text and the exact check of each row."""

    match: str
    checks: list[ColumnElement[bool]]
    # Each word: its terms, and the codes of the records it names by column (Named.fk), e.g. 站室组.
    words: tuple[tuple[str, tuple[tuple[ColumnElement[Any], tuple[str, ...]], ...]], ...] = ()

    def narrowed(self, code: str, column: ColumnElement[Any]) -> TextMatch:
        """The same words among the records whose `column` has the value `code` stands for (one value of
        a sort's key). A word naming that value holds for all of them; the others it names, none."""
        parts, own = [], quote(code)
        for terms, named in self.words:
            alternatives = [terms]
            for fk, codes in named:
                if fk is not column:
                    alternatives += codes
                elif own in codes:
                    break
            else:
                parts.append("(" + " OR ".join(f"({a})" for a in alternatives) + ")")
        return TextMatch(" AND ".join([*parts, own]), self.checks)

    def candidates(self) -> Select[Any]:
        """Ids of the records the index proposes."""
        return sa.select(SD.doc_id).where(SD.fts_rowid.in_(sa.select(FTS.c.rowid).where(self.matches())))

    def matches(self) -> ColumnElement[bool]:
        return _MATCH.op("MATCH")(self.match)  # type: ignore[no-any-return]

    def rowids(self) -> Select[Any]:
        """The index rowids of the records it proposes (integers, read from the index alone)."""
        return sa.select(FTS.c.rowid).where(self.matches())

    def probe(self, id_column: ColumnElement[Any]) -> ColumnElement[bool]:
        """The row whose id is `id_column` is among the index's matches (one lookup per row)."""
        entry = sa.select(SD.fts_rowid).where(SD.doc_id == id_column).scalar_subquery()
        return entry.in_(self.rowids())

    def count_up_to(self, session: Session, cap: int) -> int:
        """How many records the index proposes, counting stops at `cap` (the index alone, no compile)."""
        sql = "SELECT count(*) FROM (SELECT rowid FROM search_fts WHERE search_fts MATCH ? LIMIT ?)"
        return int(session.connection().exec_driver_sql(sql, (self.match, cap)).scalar_one())

    def at_least(self, session: Session, n: int) -> bool:
        """Whether the index proposes `n` records or more (counting stops at n)."""
        return self.count_up_to(session, n) >= n

    def few_matches(self, session: Session, index: TextIndex, table: sa.Table, page: int) -> bool:
        """Whether leading with the matches is cheaper than walking the sort's index (module docstring)."""
        if index.few is not None:
            return not self.at_least(session, index.few)
        newest: ColumnElement[Any] = sa.func.max(sa.literal_column(f"{table.name}.rowid"))
        last: Select[Any] = sa.select(newest).select_from(table)
        rows = session.execute(last).scalar()
        return not self.at_least(session, walk_bound(page, int(rows or 0)))


def walk_bound(page: int, rows: int) -> int:
    """From this many matches on, walking the sort's index (about page × rows / matches rows read)
    costs less than looking up every match: m² ≥ page × rows."""
    return math.isqrt(max(page, 1) * max(rows, 1)) + 1


def text_match(session: Session, index: TextIndex, words: list[str]) -> TextMatch:
    parts = [quote(kind_code(index.kind))]
    checks: list[ColumnElement[bool]] = []
    found = []
    for word in words:
        needle = ascii_lower(word)
        terms = " AND ".join(quote(t) for t in word_terms(word))
        alternatives = [terms]
        check: list[ColumnElement[bool]] = [sa.func.instr(sa.func.lower(f), needle) > 0 for f in index.fields]
        named_codes = []
        for named in index.names:
            pattern = f"%{escape_like(word)}%"
            ids = list(
                session.execute(sa.select(named.id).where(named.name.ilike(pattern, escape="\\"))).scalars()
            )
            codes = tuple(quote(named.code(i)) for i in ids)
            alternatives += codes
            named_codes.append((named.fk, codes))
            if ids:
                check.append(wide(named.fk).in_(ids))
        parts.append("(" + " OR ".join(f"({a})" for a in alternatives) + ")")
        found.append((terms, tuple(named_codes)))
        if len(word) > 2:  # a word of one or two characters is one index term: its matches are exact
            checks.append(sa.or_(*check))
    return TextMatch(" AND ".join(parts), checks, tuple(found))


def like_clauses(columns: list[ColumnElement[Any]], words: list[str]) -> list[ColumnElement[bool]]:
    """Each word in one of `columns` (ILIKE), for lists without the index or on PostgreSQL."""
    return [sa.or_(*(col.ilike(f"%{escape_like(w)}%", escape="\\") for col in columns)) for w in words]
