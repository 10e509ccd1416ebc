"""The three-way merge of one record: mine (this database), theirs (the package) and their common base.

Values are compared in their JSON form (codec.py). For each field:
- equal on both sides → nothing to do;
- theirs equals the base (only I changed it) → keep mine;
- mine equals the base (only they changed it) → take theirs;
- changed on both sides to different values → a conflict (mine stays until someone chooses);
- no base known → a difference is a conflict (nobody can tell who changed it).
A field the sender holds in an open conflict of its own is left alone here ("held"): its value there is
nobody's decision yet.

Which base: the state last received from this sender (`received`), or the state the sender last
received from us, which the package names with our package number (`offered`). The later of the two
is used; when neither is known to follow the other (packages that crossed both ways), a field merges
automatically only if both bases give the same answer.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

KEEP, TAKE, SAME, CONFLICT = "keep", "take", "same", "conflict"
MISSING: Any = type("NoBase", (), {"__repr__": lambda self: "MISSING"})()  # no common base is known


@dataclass(frozen=True)
class Base:
    revision: str | None
    values: Mapping[str, Any]
    seq: int  # received: the sender's package number; offered: ours
    acked: int = 0  # received: our package the sender had merged the record from
    clock: int = 0  # received: our clock when it arrived


@dataclass
class Outcome:
    changes: dict[str, Any] = field(default_factory=dict)  # field → theirs, to write
    conflicts: dict[str, tuple[Any, Any, Any]] = field(default_factory=dict)  # field → (base, mine, theirs)
    fast_forward: bool = False  # theirs replaces mine whole (mine was the base): keep their revision


def choose_bases(received: Base | None, offered: Base | None) -> list[Base]:
    """The base(s) to merge against, best first (two when neither is known to follow the other)."""
    if received is None:
        return [offered] if offered is not None else []
    if offered is None:
        return [received]
    if received.acked >= offered.seq:
        return [received]  # they had merged our state `offered` (or a later one) before sending `received`
    if received.clock < offered.seq:
        return [offered]  # we had merged `received` before sending them `offered`
    return [received, offered]


def _field(base: Mapping[str, Any] | None, name: str, mine: Any, theirs: Any) -> str:
    if theirs == mine:
        return SAME
    if base is None or name not in base:
        return CONFLICT
    if theirs == base[name]:
        return KEEP
    if mine == base[name]:
        return TAKE
    return CONFLICT


def merge(
    fields: Iterable[str],
    mine: Mapping[str, Any],
    theirs: Mapping[str, Any],
    bases: list[Base],
    held: frozenset[str] = frozenset(),
) -> Outcome:
    out = Outcome()
    first = bases[0].values if bases else None
    names = [f for f in fields if f in theirs]
    for name in names:
        if name in held:
            continue
        m, t = mine.get(name), theirs[name]
        verdicts = {_field(b.values, name, m, t) for b in bases} if bases else {_field(None, name, m, t)}
        verdict = verdicts.pop() if len(verdicts) == 1 else CONFLICT
        if verdict == TAKE:
            out.changes[name] = t
        elif verdict == CONFLICT:
            out.conflicts[name] = (first.get(name, MISSING) if first is not None else MISSING, m, t)
    if (
        not held
        and not out.conflicts
        and bases
        and len(out.changes) == len([n for n in names if mine.get(n) != theirs[n]])
    ):
        # every difference is theirs: mine is still the base, so their state can be taken as it is
        out.fast_forward = all(mine.get(n) == first.get(n) for n in names) if first is not None else False
    return out


def stored_base(
    theirs: Mapping[str, Any], mine: Mapping[str, Any] | None, held: Iterable[str]
) -> dict[str, Any]:
    """What to keep as the base with this sender: their values, but ours where they hold a conflict."""
    values = dict(theirs)
    if mine is not None:
        for name in held:
            if name in values:
                values[name] = mine.get(name)
    return values
