"""What a search shows of each match: the hit (title, state, where it belongs) and the snippet around
the first matching word, read for one page of matched ids (SearchService finds the ids)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, fields
from datetime import date
from functools import lru_cache
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from app.models._base import table_of, uuid_of
from app.models.enums import SessionState, SuggestionState
from app.models.members import Member
from app.models.platforms import Platform, PlatformMembership
from app.models.sessions import ConsultationSession
from app.models.suggestions import Suggestion
from app.models.units import HandlingUnit
from app.services import permissions, rosters
from app.services import search_index as ix
from app.services.actor import Actor

CS = table_of(ConsultationSession).c
SG = table_of(Suggestion).c
PL = table_of(Platform).c
HU = table_of(HandlingUnit).c
ME = table_of(Member).c
PM = table_of(PlatformMembership).c

KIND_LABELS = {"session": "协商议事活动", "suggestion": "意见建议", "member": "委员"}
MEMBER_STATE = "在册"
# The hits' kinds and states in English, for an interface shown in English (exports keep the Chinese).
WORDS_ENGLISH: dict[str, str] = {
    "协商议事活动": "Consultation session",
    "意见建议": "Suggestion",
    "委员": "Member",
    MEMBER_STATE: "Active",
    **{s.label: s.english for s in (*SessionState, *SuggestionState)},
}
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


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def ascii_lower(text: str) -> str:
    """ASCII letters in lower case, every other character as it is (as SQLite's lower() does)."""
    return text.translate(_ASCII_LOWER)


def member_hits(s: Session, actor: Actor, ids: list[uuid.UUID], words: list[str]) -> list[SearchHit]:
    if not ids:
        return []
    rows = {r.id: r for r in s.execute(sa.select(table_of(Member)).where(ME.id.in_(ids))).all()}
    where = sa.and_(PM.member_id.in_(ids), rosters.current_clause(date.today()))
    platforms: dict[uuid.UUID, list[str]] = {}
    stmt = (
        sa.select(PM.member_id, PL.name)
        .join(table_of(Platform), PL.id == PM.platform_id)
        .where(where, *permissions.restrict(actor).platform_clauses(PM.platform_id))
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


def page_hits(s: Session, found: list[tuple[Any, str, uuid.UUID]], words: list[str]) -> list[SearchHit]:
    by_kind: dict[str, list[uuid.UUID]] = {}
    for _, kind, doc_id in found:
        by_kind.setdefault(kind, []).append(doc_id)
    details: dict[uuid.UUID, SearchHit] = {}
    if by_kind.get("session"):
        details.update(session_hits(s, by_kind["session"], words))
    if by_kind.get("suggestion"):
        details.update(suggestion_hits(s, by_kind["suggestion"], words))
    return [details[doc_id] for _, _, doc_id in found if doc_id in details]


def session_hits(s: Session, ids: list[uuid.UUID], words: list[str]) -> dict[uuid.UUID, SearchHit]:
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


def suggestion_hits(s: Session, ids: list[uuid.UUID], words: list[str]) -> dict[uuid.UUID, SearchHit]:
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


# (code, label) of each state, by kind and code: read once, not through the enum for every hit.
_STATES: dict[str, dict[str, tuple[str, str]]] = {
    "session": {m.value: (m.value, m.label) for m in SessionState},
    "suggestion": {m.value: (m.value, m.label) for m in SuggestionState},
}
# The labels of the texts a row of search_sqlite carries, in its order, by kind.
_ROW_LABELS = {
    "session": tuple(_FIELD_LABELS[f] for f in ix.SESSION_FIELDS),
    "suggestion": tuple(_FIELD_LABELS[f] for f in (*ix.SUGGESTION_FIELDS, "lead_unit_name")),
}
_HIT_FIELDS = tuple(f.name for f in fields(SearchHit))
_new = object.__new__
_set = object.__setattr__
_UUID = uuid.UUID
_SAFE = uuid.SafeUUID.unknown


def _hit(values: tuple[Any, ...]) -> SearchHit:
    """A SearchHit of the values in field order, made without the frozen class's field-by-field
    __init__ (a page makes fifty of them; the instance is the same)."""
    hit = _new(SearchHit)
    _set(hit, "__dict__", dict(zip(_HIT_FIELDS, values, strict=True)))
    return hit


def _uuid(stored: Any) -> uuid.UUID:
    """The UUID of an id as SQLite stores it (16 bytes; text from before migration 0012)."""
    if type(stored) is not bytes:
        return uuid_of(stored)
    value = _new(_UUID)
    _set(value, "int", int.from_bytes(stored, "big"))  # what UUID(bytes=...) sets, without its checks
    _set(value, "is_safe", _SAFE)
    return value


@lru_cache(maxsize=4096)
def _date(text: str | None) -> date | None:
    return date.fromisoformat(text[:10]) if text else None


def hits_from_rows(rows: list[tuple[Any, ...]], words: list[str]) -> list[SearchHit]:
    """The hits of search_sqlite's rows (see its _FIELDS), the snippet around the first of `words`."""
    needles = [ascii_lower(w) for w in words]
    fold = any(_has_letter(n) for n in needles)
    out = []
    for r in rows:
        kind = r[1]
        labels = _ROW_LABELS[kind]
        texts = r[8 : 8 + len(labels)]
        field, snippet = _snippet(labels, texts, needles, fold)
        state, label = _STATES[kind][r[4]]
        session = _uuid(r[7]) if r[7] else None
        out.append(_hit((kind, _uuid(r[2]), texts[0] or "", snippet, field, _date(r[3]), r[5], r[6],
                         state, label, session)))  # fmt: skip
    return out


_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")


def _has_letter(needle: str) -> bool:
    """Whether a folded needle holds an ASCII letter (then the texts are folded to find it)."""
    return not _LETTERS.isdisjoint(needle)


def make_snippet(texts: dict[str, str | None], words: list[str]) -> tuple[str, str]:
    """(field label, text around the earliest match) from the first field that contains a word."""
    needles = [ascii_lower(w) for w in words]  # a no-op for words already folded
    labels = tuple(_FIELD_LABELS[name] for name in texts)
    return _snippet(labels, tuple(texts.values()), needles, any(_has_letter(n) for n in needles))


def _snippet(
    labels: tuple[str, ...], texts: tuple[str | None, ...], needles: list[str], fold: bool
) -> tuple[str, str]:
    """make_snippet on texts and their labels, the needles folded. Folding maps A-Z alone, one
    character for one: needles without those letters (`fold` False) are found in the text as it is,
    at the same positions, without folding every long text of the page."""
    for name, text in zip(labels, texts, strict=True):
        if not text:
            continue
        folded = ascii_lower(text) if fold else text
        at = -1
        for needle in needles:
            found = folded.find(needle)
            if found >= 0 and (at < 0 or found < at):
                at = found
        if at < 0:
            continue
        start = max(0, at - SNIPPET_CHARS // 3)
        end = min(len(text), start + SNIPPET_CHARS)
        start = max(0, min(start, end - SNIPPET_CHARS))
        snippet = " ".join(text[start:end].split())
        return name, ("…" if start > 0 else "") + snippet + ("…" if end < len(text) else "")
    for name, text in zip(labels, texts, strict=True):
        if text:
            return name, " ".join(text[:SNIPPET_CHARS].split())
    return "", ""
