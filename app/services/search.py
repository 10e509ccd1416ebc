"""One search box over sessions, suggestions and members: any Chinese substring, combined with filters.

`SearchService(db).search("交通 红绿灯", scope=..., state=..., kinds=...)` returns the newest matches
first. Every whitespace-separated word must occur (as a substring, ASCII letters case-insensitive) in one
of the record's texts: a session's topic, minutes, consensus or location; a suggestion's title, content,
reply, 落实情况 or lead unit name. On SQLite the full-text index of search_index answers, in one
statement on a pooled connection (search_sqlite); on PostgreSQL (or with `use_index=False`) the same
search runs as ILIKE.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from app.db.session import Database
from app.messages import msg
from app.models._base import table_of
from app.models.enums import SessionState, SuggestionState
from app.models.members import Member
from app.models.platforms import Platform, PlatformMembership
from app.models.sessions import ConsultationSession
from app.models.suggestions import Suggestion
from app.models.units import HandlingUnit
from app.services import permissions, rosters
from app.services import search_index as ix
from app.services.actor import Actor
from app.services.errors import ValidationError
from app.services.listing import escape_like, word_clause
from app.services.scope import Scope
from app.services.search_hits import (
    SearchHit,
    SearchResult,
    ascii_lower,
    hits_from_rows,
    member_hits,
    page_hits,
)
from app.services.search_sqlite import search_rows

CS = table_of(ConsultationSession).c
SG = table_of(Suggestion).c
PL = table_of(Platform).c
HU = table_of(HandlingUnit).c
ME = table_of(Member).c
PM = table_of(PlatformMembership).c
SD = ix.SD
_FTS = sa.table("search_fts", sa.column("rowid", sa.BigInteger))


@dataclass(frozen=True)
class _Kind:
    name: str
    code: str
    table: sa.Table
    date: sa.ColumnElement[Any]
    fields: dict[str, sa.ColumnElement[Any]]
    states: type[SessionState] | type[SuggestionState]


@lru_cache(maxsize=1)
def _kinds() -> dict[str, _Kind]:
    return {
        "session": _Kind(
            "session",
            ix.KIND_SESSION,
            table_of(ConsultationSession),
            CS.held_on,
            {f: CS[f] for f in ix.SESSION_FIELDS},
            SessionState,
        ),
        "suggestion": _Kind(
            "suggestion",
            ix.KIND_SUGGESTION,
            table_of(Suggestion),
            SG.raised_on,
            {**{f: SG[f] for f in ix.SUGGESTION_FIELDS}, "lead_unit_name": HU.name},
            SuggestionState,
        ),
    }


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


class SearchService:
    """Finds only what the actor may see (a coordinator: their platforms' records)."""

    def __init__(self, db: Database, actor: Actor, *, use_index: bool | None = None) -> None:
        self.db = db
        self.actor = actor
        self.use_index = db.engine.dialect.name == "sqlite" if use_index is None else use_index

    def search(
        self,
        text: str,
        *,
        scope: Scope | None = None,
        state: str | None = None,
        kinds: Sequence[str] = ("session", "suggestion"),
        limit: int = 50,
    ) -> list[SearchHit]:
        """Sessions and suggestions containing every word of `text`, newest first (members by name first).

        `state` is a session or suggestion state (code or Chinese label); it limits the search to the
        kinds that have that state (已办结 names both). Archived records are never returned. Records of
        the same day come in no particular order.
        """
        if not self.use_index or "member" in kinds:
            return self.find(text, scope=scope, state=state, kinds=kinds, limit=limit, count=False).hits
        words = list(dict.fromkeys((text or "").split()))
        scope = permissions.restrict(self.actor, scope)
        wanted = self._wanted_kinds(kinds, state)
        if not words or limit <= 0 or not wanted:
            return []
        states: dict[str, str | None] = {}
        for kind in wanted:
            member = kind.states.from_text(state) if state else None
            states[kind.name] = member.value if member is not None else None
        raw = self.db.engine.raw_connection()  # a pooled connection: its prepared statements stay
        try:
            rows = search_rows(raw.driver_connection, [k.name for k in wanted], words, scope, states, limit)
        finally:
            raw.close()
        return hits_from_rows(rows, words)

    def find(
        self,
        text: str,
        *,
        scope: Scope | None = None,
        state: str | None = None,
        kinds: Sequence[str] = ("session", "suggestion"),
        offset: int = 0,
        limit: int = 50,
        count: bool = True,
    ) -> SearchResult:
        """One page of `search`'s hits (`offset`, `limit`) and how many there are in all.

        Members (kind "member") match by name, its pinyin or initials (services.names), sector, party
        or workplace; they come first, in 姓氏笔画 order, then sessions and suggestions, newest first.
        """
        words = list(dict.fromkeys((text or "").split()))
        scope = permissions.restrict(self.actor, scope)
        wanted = self._wanted_kinds(kinds, state)
        with_members = "member" in kinds and not state
        if not words or limit <= 0 or not (wanted or with_members):
            return SearchResult([], 0)
        with self.db.session(write=False) as s:
            hits: list[SearchHit] = []
            total = 0
            if with_members:
                members = self._members(s, words, scope)
                member_total = (
                    s.execute(members.with_only_columns(sa.func.count())).scalar_one() if count else 0
                )
                page = s.execute(members.order_by(ME.name_strokes, ME.id).offset(offset).limit(limit)).all()
                hits += member_hits(s, self.actor, [r.id for r in page], words)
                total += member_total
                offset = max(0, offset - member_total) if count else offset
                limit -= len(page)
            found: list[tuple[Any, str, uuid.UUID]] = []
            for kind in wanted:
                member = kind.states.from_text(state) if state else None
                value = member.value if member is not None else None
                stmt = (self._indexed if self.use_index else self._scan)(s, kind, words, scope, value)
                if stmt is None:
                    continue
                if count:
                    total += s.execute(sa.select(sa.func.count()).select_from(stmt.subquery())).scalar_one()
                if limit > 0:
                    found += [(key, kind.name, i) for key, i in s.execute(stmt.limit(offset + limit)).all()]
            found.sort(key=lambda r: (r[0], r[1], str(r[2])), reverse=True)
            if limit > 0:
                hits += page_hits(s, found[offset : offset + limit], words)
            return SearchResult(hits, total if count else -1)

    # -- filters -----------------------------------------------------------------------------
    def _wanted_kinds(self, kinds: Iterable[str], state: str | None) -> list[_Kind]:
        table = _kinds()
        unknown = [k for k in kinds if k not in table and k != "member"]
        if unknown:
            raise ValidationError({"kinds": msg("不支持搜索“{unknown}”", unknown=unknown[0])})
        wanted = [table[k] for k in dict.fromkeys(kinds) if k in table]
        if state:
            wanted = [k for k in wanted if k.states.from_text(state) is not None]
            if not wanted and not any(k.states.from_text(state) for k in table.values()):
                raise ValidationError({"state": msg("状态“{state}”无效", state=state)})
        return wanted

    @staticmethod
    def _where(kind: _Kind, scope: Scope, state: str | None) -> list[Any]:
        """Exact conditions checked on the stored record (the index only proposes candidates)."""
        t = kind.table.c
        clauses: list[Any] = [t.archived_at.is_(None), *scope.period_clauses(kind.date)]
        clauses += scope.platform_clauses(t.platform_id)
        if state:
            clauses.append(t.state == state)
        return clauses

    @staticmethod
    def _joined(kind: _Kind, base: Any) -> Any:
        if kind.name == "suggestion":
            return base.outerjoin(table_of(HandlingUnit), HU.id == SG.lead_unit_id)
        return base

    # -- with the index (SQLite) -------------------------------------------------------------
    def _indexed(self, s: Session, kind: _Kind, words: list[str], scope: Scope, state: str | None) -> Any:
        """(sort key, id) of the matches, newest first, as a statement (None: nothing can match)."""
        parts = [_quote(ix.kind_code(kind.code))]
        for word in words:
            alternatives = [" AND ".join(_quote(t) for t in ix.word_terms(word))]
            if kind.name == "suggestion":
                alternatives += [_quote(ix.unit_code(u)) for u in self._units_named(s, word)]
            parts.append("(" + " OR ".join(f"({a})" for a in alternatives) + ")")
        platforms = self._platforms(s, scope)
        if platforms is not None:
            if not platforms:
                return None
            parts.append("(" + " OR ".join(_quote(ix.platform_code(p)) for p in platforms) + ")")
        if state:
            parts.append(_quote(ix.state_code(state)))
        t = kind.table.c
        checks = [
            sa.or_(*(sa.func.instr(sa.func.lower(col), ascii_lower(w)) > 0 for col in kind.fields.values()))
            for w in words
        ]
        low, high = ix.day_range(scope.date_from, scope.date_to)
        stmt = (
            sa.select(_FTS.c.rowid, t.id)
            .select_from(
                self._joined(
                    kind,
                    _FTS.join(ix.search_doc, SD.fts_rowid == _FTS.c.rowid).join(
                        kind.table, t.id == SD.doc_id
                    ),
                )
            )
            .where(
                sa.literal_column("search_fts").op("MATCH")(" AND ".join(parts)),
                SD.kind == kind.code,
                *checks,
                *self._where(kind, scope, state),
            )
            .order_by(_FTS.c.rowid.desc())
        )
        if low is not None:
            stmt = stmt.where(_FTS.c.rowid >= low)
        if high is not None:
            stmt = stmt.where(_FTS.c.rowid <= high)
        return stmt

    @staticmethod
    def _units_named(s: Session, word: str) -> list[uuid.UUID]:
        pattern = f"%{escape_like(word)}%"
        return list(s.execute(sa.select(HU.id).where(HU.name.ilike(pattern, escape="\\"))).scalars())

    @staticmethod
    def _platforms(s: Session, scope: Scope) -> list[uuid.UUID] | None:
        """Platforms the scope allows, or None when it allows all."""
        if not scope.narrowed:
            return None
        return list(s.execute(sa.select(PL.id).where(*scope.platform_clauses(PL.id))).scalars())

    # -- without the index ---------------------------------------------------------------------
    def _scan(self, s: Session, kind: _Kind, words: list[str], scope: Scope, state: str | None) -> Any:
        t = kind.table.c
        checks = [
            sa.or_(*(col.ilike(f"%{escape_like(w)}%", escape="\\") for col in kind.fields.values()))
            for w in words
        ]
        # Sort key comparable across kinds: the date's ordinal (undated records last).
        ordinal = sa.func.coalesce(self._ordinal(kind.date), 0)
        return (
            sa.select(ordinal, t.id)
            .select_from(self._joined(kind, kind.table))
            .where(*checks, *self._where(kind, scope, state))
            .order_by(kind.date.desc().nulls_last(), t.id.desc())
        )

    def _ordinal(self, column: Any) -> Any:
        """A date as a number that sorts like it (days since 0001-01-01, as date.toordinal)."""
        if self.db.engine.dialect.name == "sqlite":
            return sa.cast(sa.func.julianday(column) - 1721424.5, sa.Integer)
        return column - sa.literal(date(1, 1, 1)) + 1

    # -- members -------------------------------------------------------------------------------
    @staticmethod
    def _members(s: Session, words: list[str], scope: Scope) -> Any:
        """Members whose name (characters, pinyin, initials), sector, party or workplace has every word."""
        clauses: list[Any] = [ME.archived_at.is_(None)]
        clauses += [
            word_clause(w, [ME.name, ME.sector, ME.party, ME.workplace], [ME.name_key]) for w in words
        ]
        if scope.platform_id is not None or scope.district:
            on = sa.select(PM.member_id).join(table_of(Platform), PL.id == PM.platform_id)
            on = on.where(rosters.current_clause(date.today()), *scope.platform_clauses(PM.platform_id))
            clauses.append(ME.id.in_(on))
        return sa.select(ME.id).where(*clauses)
