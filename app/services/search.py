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
from app.services.search_sqlite import Row, search_rows

CS = table_of(ConsultationSession).c
SG = table_of(Suggestion).c
PL = table_of(Platform).c
HU = table_of(HandlingUnit).c
ME = table_of(Member).c
PM = table_of(PlatformMembership).c
SD = ix.SD
_FTS = sa.table("search_fts", sa.column("rowid", sa.BigInteger))

KIND_LABELS = {"session": "协商议事活动", "suggestion": "意见建议", "member": "委员"}
MEMBER_STATE = "在册"
_FIELD_LABELS = {
    "topic": "议题",
    "minutes": "会议纪要",
    "consensus": "形成共识",
    "location": "地点",
    "title": "建议标题",
    "content": "建议内容",
    "reply": "答复",
    "implementation": "落实情况",
    "lead_unit_name": "主办单位",
    "sector": "界别",
    "party": "党派",
    "workplace": "工作单位及职务",
}
SNIPPET_CHARS = 60


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "session" or "suggestion"
    id: uuid.UUID
    title: str  # topic of a session, title of a suggestion
    snippet: str  # the text around the first match ("…" where cut)
    field: str  # Chinese name of the field the snippet comes from
    date: date | None  # held_on / raised_on
    platform_name: str | None
    district: str | None
    state: str  # state code
    state_label: str
    session_id: uuid.UUID | None = None  # a suggestion's session

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]


@dataclass(frozen=True)
class SearchResult:
    hits: list[SearchHit]
    total: int  # all matches, of which `hits` is one page (-1 when not counted)


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


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _ascii_lower(text: str) -> str:
    """ASCII letters in lower case, every other character as it is (as SQLite's lower() does)."""
    return text.translate(_ASCII_LOWER)


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
        needles = [_ascii_lower(w) for w in words]
        return [_hit(row, needles) for row in rows]

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
                hits += self._member_hits(s, [r.id for r in page], words)
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
                hits += self._hits(s, found[offset : offset + limit], words)
            return SearchResult(hits, total if count else -1)

    # -- filters -----------------------------------------------------------------------------
    def _wanted_kinds(self, kinds: Iterable[str], state: str | None) -> list[_Kind]:
        table = _kinds()
        unknown = [k for k in kinds if k not in table and k != "member"]
        if unknown:
            raise ValidationError({"kinds": f"不支持搜索“{unknown[0]}”"})
        wanted = [table[k] for k in dict.fromkeys(kinds) if k in table]
        if state:
            wanted = [k for k in wanted if k.states.from_text(state) is not None]
            if not wanted and not any(k.states.from_text(state) for k in table.values()):
                raise ValidationError({"state": f"状态“{state}”无效"})
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
            sa.or_(*(sa.func.instr(sa.func.lower(col), _ascii_lower(w)) > 0 for col in kind.fields.values()))
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

    def _member_hits(self, s: Session, ids: list[uuid.UUID], words: list[str]) -> list[SearchHit]:
        if not ids:
            return []
        rows = {r.id: r for r in s.execute(sa.select(table_of(Member)).where(ME.id.in_(ids))).all()}
        where = sa.and_(PM.member_id.in_(ids), rosters.current_clause(date.today()))
        platforms: dict[uuid.UUID, list[str]] = {}
        stmt = (
            sa.select(PM.member_id, PL.name)
            .join(table_of(Platform), PL.id == PM.platform_id)
            .where(where, *permissions.restrict(self.actor).platform_clauses(PM.platform_id))
            .order_by(PL.name_strokes, PL.name)
        )
        for member_id, name in s.execute(stmt).all():
            platforms.setdefault(member_id, []).append(name)
        hits = []
        for member_id in ids:
            r = rows[member_id]
            texts = {"sector": r.sector, "party": r.party, "workplace": r.workplace}
            others = [w for w in words if w not in r.name and not w.isascii()]
            field, snippet = make_snippet(texts, others) if others else ("", "")
            if not snippet:
                field, snippet = "界别、工作单位", "　".join(t for t in (r.sector, r.workplace) if t)
            hits.append(
                SearchHit(
                    kind="member",
                    id=r.id,
                    title=r.name,
                    snippet=snippet,
                    field=field,
                    date=None,
                    platform_name="、".join(platforms.get(member_id, [])) or None,
                    district=None,
                    state="member",
                    state_label=MEMBER_STATE,
                )
            )
        return hits

    # -- results -------------------------------------------------------------------------------
    def _hits(self, s: Session, found: list[tuple[Any, str, uuid.UUID]], words: list[str]) -> list[SearchHit]:
        by_kind: dict[str, list[uuid.UUID]] = {}
        for _, kind, doc_id in found:
            by_kind.setdefault(kind, []).append(doc_id)
        details: dict[uuid.UUID, SearchHit] = {}
        if by_kind.get("session"):
            details.update(self._session_hits(s, by_kind["session"], words))
        if by_kind.get("suggestion"):
            details.update(self._suggestion_hits(s, by_kind["suggestion"], words))
        return [details[doc_id] for _, _, doc_id in found if doc_id in details]

    def _session_hits(self, s: Session, ids: list[uuid.UUID], words: list[str]) -> dict[uuid.UUID, SearchHit]:
        stmt = (
            sa.select(CS.id, CS.held_on, CS.state, PL.name, PL.district, *(CS[f] for f in ix.SESSION_FIELDS))
            .select_from(table_of(ConsultationSession).join(table_of(Platform), PL.id == CS.platform_id))
            .where(CS.id.in_(ids))
        )
        out = {}
        for row in s.execute(stmt).all():
            texts = dict(zip(ix.SESSION_FIELDS, row[5:], strict=True))
            field, snippet = make_snippet(texts, words)
            state = SessionState(row.state)
            out[row.id] = SearchHit(
                kind="session",
                id=row.id,
                title=row.topic,
                snippet=snippet,
                field=field,
                date=row.held_on,
                platform_name=row.name,
                district=row.district,
                state=state.value,
                state_label=state.label,
            )
        return out

    def _suggestion_hits(
        self, s: Session, ids: list[uuid.UUID], words: list[str]
    ) -> dict[uuid.UUID, SearchHit]:
        fields = (*ix.SUGGESTION_FIELDS, "lead_unit_name")
        stmt = (
            sa.select(
                SG.id,
                SG.raised_on,
                SG.state,
                PL.name,
                PL.district,
                SG.session_id,
                *(SG[f] for f in ix.SUGGESTION_FIELDS),
                HU.name.label("lead_unit_name"),
            )
            .select_from(
                table_of(Suggestion)
                .outerjoin(table_of(Platform), PL.id == SG.platform_id)
                .outerjoin(table_of(HandlingUnit), HU.id == SG.lead_unit_id)
            )
            .where(SG.id.in_(ids))
        )
        out = {}
        for row in s.execute(stmt).all():
            texts = dict(zip(fields, row[6:], strict=True))
            field, snippet = make_snippet(texts, words)
            state = SuggestionState(row.state)
            out[row.id] = SearchHit(
                kind="suggestion",
                id=row.id,
                title=row.title,
                snippet=snippet,
                field=field,
                date=row.raised_on,
                platform_name=row.name,
                district=row.district,
                state=state.value,
                state_label=state.label,
                session_id=row.session_id,
            )
        return out


_STATES: dict[str, dict[str, Any]] = {
    "session": {m.value: m for m in SessionState},
    "suggestion": {m.value: m for m in SuggestionState},
}


def _hit(row: Row, needles: list[str]) -> SearchHit:
    field, snippet = make_snippet(row.texts, needles)
    state = _STATES[row.kind][row.state]
    title = row.texts["topic"] if row.kind == "session" else row.texts["title"]
    return SearchHit(
        kind=row.kind,
        id=row.id,
        title=title or "",
        snippet=snippet,
        field=field,
        date=row.date,
        platform_name=row.platform_name,
        district=row.district,
        state=state.value,
        state_label=state.label,
        session_id=row.session_id,
    )


def make_snippet(texts: dict[str, str | None], words: list[str]) -> tuple[str, str]:
    """(field label, text around the earliest match) from the first field that contains a word."""
    needles = [_ascii_lower(w) for w in words]  # a no-op for words already folded
    for name, text in texts.items():
        if not text:
            continue
        folded = _ascii_lower(text)
        positions = [p for p in (folded.find(n) for n in needles) if p >= 0]
        if not positions:
            continue
        at = min(positions)
        start = max(0, at - SNIPPET_CHARS // 3)
        end = min(len(text), start + SNIPPET_CHARS)
        start = max(0, min(start, end - SNIPPET_CHARS))
        snippet = " ".join(text[start:end].split())
        return _FIELD_LABELS[name], ("…" if start > 0 else "") + snippet + ("…" if end < len(text) else "")
    first = next(((n, t) for n, t in texts.items() if t), None)
    if first is None:
        return "", ""
    name, text = first
    return _FIELD_LABELS[name], " ".join(text[:SNIPPET_CHARS].split())
