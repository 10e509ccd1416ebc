"""The search on SQLite: one statement on the full-text index returns the page, fields and all.

The index (search_index) proposes records newest first; the statement checks each candidate on the
stored row (archived, the exact words, the scope) and stops at the page's size. Both kinds are asked
in one statement, on a pooled driver connection: SQLite keeps the prepared statement for that SQL text,
so a search costs the index's work and little more.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from app.models._base import stored_uuid, uuid_of
from app.services import search_index as ix
from app.services.scope import Scope

# The texts each kind's statement reads (a suggestion's lead unit name, u.name, follows them). A row
# of the statement (one hit) is: rowid, kind ("session" / "suggestion"), id, date (ISO text), state
# code, platform name, district, session id (a suggestion's), then the texts (a session's four and a
# NULL). Rows are handed on as the driver gives them: search_hits.hits_from_rows makes each a hit.
_FIELDS = {
    "session": ("topic", "minutes", "consensus", "location"),
    "suggestion": ("title", "content", "reply", "implementation"),
}


@lru_cache(maxsize=256)
def _statement(kinds: tuple[str, ...], words: int, low: bool, high: bool, platforms: int, state: bool) -> str:
    """The SQL for one shape of search (the same text each time, so SQLite reuses its prepared form)."""
    parts = []
    for kind in kinds:
        session = kind == "session"
        t = "c" if session else "g"
        fields = [f"{t}.{f}" for f in _FIELDS[kind]] + ([] if session else ["u.name"])
        checks = " AND ".join(
            "(" + " OR ".join(f"instr(lower({f}), :w{i}) > 0" for f in fields) + ")" for i in range(words)
        )
        code = ix.KIND_SESSION if session else ix.KIND_SUGGESTION
        where = [f"search_fts MATCH :m_{kind}", f"d.kind = '{code}'", f"{t}.archived_at IS NULL", checks]
        if low:
            where.append("f.rowid >= :low")
        if high:
            where.append("f.rowid <= :high")
        if platforms:
            where.append(f"{t}.platform_id IN ({', '.join(f':p{i}' for i in range(platforms))})")
        if state:
            where.append(f"{t}.state = :state")
        if session:
            select = (
                "SELECT f.rowid AS r, 'session' AS kind, c.id, c.held_on, c.state, p.name, p.district, NULL,"
                " c.topic, c.minutes, c.consensus, c.location, NULL"
                " FROM search_fts f CROSS JOIN search_doc d ON d.fts_rowid = f.rowid"
                " CROSS JOIN consultation_session c ON c.id = d.doc_id"
                " LEFT JOIN platform p ON p.id = c.platform_id"
            )
        else:
            select = (
                "SELECT f.rowid AS r, 'suggestion' AS kind, g.id, g.raised_on, g.state, p.name, p.district,"
                " g.session_id, g.title, g.content, g.reply, g.implementation, u.name"
                " FROM search_fts f CROSS JOIN search_doc d ON d.fts_rowid = f.rowid"
                " CROSS JOIN suggestion g ON g.id = d.doc_id"
                " LEFT JOIN platform p ON p.id = g.platform_id"
                " LEFT JOIN handling_unit u ON u.id = g.lead_unit_id"
            )
        parts.append(f"SELECT * FROM ({select} WHERE {' AND '.join(where)} ORDER BY f.rowid DESC LIMIT :n)")
    return " UNION ALL ".join(parts) + " ORDER BY r DESC LIMIT :n"


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _ascii_lower(text: str) -> str:
    return text.translate(_ASCII_LOWER)


def _like(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def search_rows(
    driver: Any,
    kinds: Iterable[str],
    words: list[str],
    scope: Scope,
    state: dict[str, str | None],
    limit: int,
) -> list[tuple[Any, ...]]:
    """The page of hits as the driver's rows (see _FIELDS), newest first. `state`: the state code to
    match for each kind (None: any)."""
    kinds = tuple(kinds)
    params: dict[str, Any] = {"n": limit}
    for i, word in enumerate(words):
        params[f"w{i}"] = _ascii_lower(word)
    platforms = _platforms(driver, scope)
    if platforms is not None and not platforms:
        return []
    units: list[list[uuid.UUID]] = []
    if "suggestion" in kinds:
        for word in words:
            found = driver.execute("SELECT id FROM handling_unit WHERE lower(name) LIKE lower(?) ESCAPE '\\'",
                                   (_like(word),)).fetchall()  # fmt: skip
            units.append([uuid_of(r[0]) for r in found])
    states = {k: state.get(k) for k in kinds}
    for kind in kinds:
        parts = [_quote(ix.kind_code(ix.KINDS[kind]))]
        for i, word in enumerate(words):
            alternatives = [" AND ".join(_quote(t) for t in ix.word_terms(word))]
            if kind == "suggestion":
                alternatives += [_quote(ix.unit_code(u)) for u in units[i]]
            parts.append("(" + " OR ".join(f"({a})" for a in alternatives) + ")")
        if platforms is not None:
            parts.append("(" + " OR ".join(_quote(ix.platform_code(p)) for p in platforms) + ")")
        if states[kind]:
            parts.append(_quote(ix.state_code(states[kind])))  # type: ignore[arg-type]
        params[f"m_{kind}"] = " AND ".join(parts)
    distinct_states = {s for s in states.values() if s}
    if len(distinct_states) > 1:  # one statement, one :state; kinds with different codes run apart
        out: list[tuple[Any, ...]] = []
        for kind in kinds:
            out += search_rows(driver, (kind,), words, scope, state, limit)
        out.sort(key=lambda r: r[3] or "", reverse=True)  # ISO dates sort as the dates do
        return out[:limit]
    if distinct_states:
        params["state"] = next(iter(distinct_states))
    low, high = ix.day_range(scope.date_from, scope.date_to)
    if low is not None:
        params["low"] = low
    if high is not None:
        params["high"] = high
    for i, platform in enumerate(platforms or ()):
        params[f"p{i}"] = stored_uuid(platform)
    sql = _statement(kinds, len(words), low is not None, high is not None, len(platforms or ()),
                     bool(distinct_states))  # fmt: skip
    return driver.execute(sql, params).fetchall()  # type: ignore[no-any-return]


def _platforms(driver: Any, scope: Scope) -> list[uuid.UUID] | None:
    """Platforms the scope allows, or None when it allows all."""
    if not scope.narrowed:
        return None
    rows = driver.execute("SELECT id, district FROM platform").fetchall()
    ids = [(uuid_of(i), district) for i, district in rows]
    return [i for i, district in ids if scope.includes_platform(i, district)]
