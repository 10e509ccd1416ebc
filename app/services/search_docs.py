"""The search index's document format: interleaved text plus filter codes, and the date-ordered rowid.

See search_index for why the text is interleaved. Kept apart so that the maintenance code (search_index)
and the query code (search) share one definition of what is indexed and how.
"""

from __future__ import annotations

import hashlib
import uuid
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import pairwise
from typing import Any

import sqlalchemy as sa

from app.models._base import StoredUuid, uuid_of

FILLER = "\x1f"
DAY_SHIFT = 20  # rowid = date ordinal << 20 | sequence within the day
KIND_SESSION = "s"
KIND_SUGGESTION = "g"
DEAD = "x"  # search_doc rows whose record is gone or unknown
KINDS = {"session": KIND_SESSION, "suggestion": KIND_SUGGESTION}

SESSION_FIELDS = ("topic", "minutes", "consensus", "location")
SUGGESTION_FIELDS = ("title", "content", "reply", "implementation")
# Tags of the private-use filter codes.
_TAG_KIND, _TAG_PLATFORM, _TAG_STATE, _TAG_UNIT = 1, 2, 3, 4
_TAG_CATEGORY, _TAG_RESULT, _TAG_FORM, _TAG_SOURCE = 5, 6, 7, 8  # migration 0014
_PUA, _SPAN = 0xE000, 6400

# The columns each kind holds a filter code for, with their tags, in the order the codes are written.
# A record without a value has no code for it, except for the tags in EMPTY_CODED: a code for "none"
# (`filter_code(tag, None)`), so that a list can read those records by code too (list_values).
SESSION_CODES = (("platform_id", _TAG_PLATFORM), ("state", _TAG_STATE), ("form", _TAG_FORM),
                 ("topic_source", _TAG_SOURCE))  # fmt: skip
SUGGESTION_CODES = (("platform_id", _TAG_PLATFORM), ("state", _TAG_STATE), ("lead_unit_id", _TAG_UNIT),
                    ("category", _TAG_CATEGORY), ("result_class", _TAG_RESULT))  # fmt: skip
EMPTY_CODED = frozenset({_TAG_RESULT})
SESSION_ATTRS = ("held_on", *(c for c, _ in SESSION_CODES), *SESSION_FIELDS)
SUGGESTION_ATTRS = ("raised_on", *(c for c, _ in SUGGESTION_CODES), *SUGGESTION_FIELDS)


search_doc = sa.Table(
    "search_doc",
    sa.MetaData(),
    sa.Column("fts_rowid", sa.BigInteger, primary_key=True),
    sa.Column("kind", sa.String(1), nullable=False),
    sa.Column("doc_id", StoredUuid, nullable=False, unique=True),
    sa.Column("fingerprint", sa.BigInteger, nullable=False),
    # A suggestion's title (migration 0016): with ix_search_doc_title, the index's entries in title order,
    # so that a list sorted by title with words walks integers, not the records (list_sources.title_order).
    sa.Column("title", sa.String, nullable=True),
)
SD = search_doc.c
# search_doc's indexes (its rowid aside), as reindex_all drops and makes them again.
DOC_INDEXES = (
    ("ix_search_doc_doc_id", "CREATE UNIQUE INDEX ix_search_doc_doc_id ON search_doc (doc_id)"),
    (
        "ix_search_doc_title",
        "CREATE INDEX ix_search_doc_title ON search_doc (kind, title) WHERE title IS NOT NULL",
    ),
)


# -- documents ---------------------------------------------------------------------------------
def filter_code(tag: int, value: object) -> str:
    """Three private-use characters standing for one filter value (never part of any text trigram);
    None: the tag's code for no value (EMPTY_CODED)."""
    if value is None:
        text = ""
    elif isinstance(value, uuid.UUID):
        text = value.hex
    elif isinstance(value, bytes):  # an id as SQLite stores it (bulk path)
        text = uuid_of(value).hex
    elif isinstance(value, str):
        text = value.replace("-", "").lower() if tag in (_TAG_PLATFORM, _TAG_UNIT) else value
    else:
        text = str(getattr(value, "value", value))
    return _code(tag, text)


@lru_cache(maxsize=65536)
def _code(tag: int, text: str) -> str:
    n = zlib.crc32(text.encode("utf-8")) % (_SPAN * _SPAN)
    return chr(_PUA + tag) + chr(_PUA + n // _SPAN) + chr(_PUA + n % _SPAN)


def kind_code(kind: str) -> str:
    return filter_code(_TAG_KIND, kind)


def platform_code(platform_id: uuid.UUID) -> str:
    return filter_code(_TAG_PLATFORM, platform_id)


def state_code(state: str) -> str:
    return filter_code(_TAG_STATE, state)


def unit_code(unit_id: uuid.UUID) -> str:
    return filter_code(_TAG_UNIT, unit_id)


def category_code(category: str) -> str:
    return filter_code(_TAG_CATEGORY, category)


def result_code(result_class: str | None) -> str:
    return filter_code(_TAG_RESULT, result_class)


def form_code(form: str) -> str:
    return filter_code(_TAG_FORM, form)


def source_code(topic_source: str) -> str:
    return filter_code(_TAG_SOURCE, topic_source)


def word_terms(word: str) -> list[str]:
    """The index terms a query word needs: its bigrams, or its single character."""
    w = word.lower()
    if len(w) == 1:
        return [FILLER + w + FILLER]
    return list(dict.fromkeys(a + FILLER + b for a, b in pairwise(w)))


@dataclass(frozen=True)
class Doc:
    kind: str
    doc_id: uuid.UUID | bytes  # a UUID, or its 16 bytes as SQLite stores it (bulk path)
    day: int  # date ordinal (1 when the record has no date)
    body: str
    title: str | None = None  # kept beside the entry (search_doc.title): a suggestion's title

    @property
    def fingerprint(self) -> int:
        digest = hashlib.blake2b(self.body.encode("utf-8"), digest_size=8).digest()
        return int.from_bytes(digest, "big", signed=True)

    @property
    def stored_id(self) -> bytes:
        """The id as SQLite stores it (app/models/_base.py StoredUuid)."""
        return self.doc_id.bytes if isinstance(self.doc_id, uuid.UUID) else self.doc_id


def _ordinal(value: Any) -> int:
    if value is None:
        return 1
    if isinstance(value, str):
        return _ordinal_of_text(value[:10])
    return int(value.toordinal())


@lru_cache(maxsize=8192)
def _ordinal_of_text(text: str) -> int:
    return date.fromisoformat(text).toordinal()


def make_doc(
    kind: str,
    doc_id: Any,
    day: Any,
    texts: Iterable[str | None],
    coded: Iterable[tuple[int, Any]] = (),
    title: str | None = None,
) -> Doc:
    """`coded`: (tag, value) of each filter code after the kind's (see SUGGESTION_CODES for None)."""
    text = "\n".join(t for t in texts if t).lower()
    codes = [kind_code(kind)]
    codes += [filter_code(tag, value) for tag, value in coded if value is not None or tag in EMPTY_CODED]
    body = FILLER + FILLER.join(text) + FILLER + FILLER.join(codes) + FILLER
    return Doc(kind, doc_id, _ordinal(day), body, title)


def session_doc(row: Mapping[str, Any]) -> Doc:
    return make_doc(
        KIND_SESSION,
        row["id"],
        row["held_on"],
        (row[f] for f in SESSION_FIELDS),
        ((tag, row[c]) for c, tag in SESSION_CODES),
    )


def suggestion_doc(row: Mapping[str, Any]) -> Doc:
    return make_doc(
        KIND_SUGGESTION,
        row["id"],
        row["raised_on"],
        (row[f] for f in SUGGESTION_FIELDS),
        ((tag, row[c]) for c, tag in SUGGESTION_CODES),
        row["title"],
    )


def day_range(first: date | None, last: date | None) -> tuple[int | None, int | None]:
    """The rowid bounds of documents dated within [first, last]."""
    low = first.toordinal() << DAY_SHIFT if first else None
    high = ((last.toordinal() + 1) << DAY_SHIFT) - 1 if last else None
    return low, high
