"""The pieces an import runs tens of thousands of times, made cheaper: each gives what it gave before.

The audit chain's hash of an entry (pinned: a chain written before must still verify), its moments,
the snapshot of a record, an enum word's code, and the collector left alone during an import's run.
"""

from __future__ import annotations

import enum
import gc
import json
import uuid
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest

from app.models.enums import AuditAction, SuggestionState
from app.services import audit, audit_chain
from app.services.ledger_import.collector import settled
from app.services.value_words import ENUMS, SHIPPED, normalize

ENTRY: dict[str, Any] = {
    "id": uuid.UUID("12345678-1234-5678-1234-567812345678"),
    "seq": 42,
    "at": datetime(2026, 3, 4, 13, 5, 6, 7, tzinfo=timezone(timedelta(hours=8))),
    "actor": "clerk",
    "action": AuditAction.UPDATE,
    "entity": "suggestion",
    "entity_id": uuid.UUID(int=7),
    "before": '{"state": "assigned", "title": "路灯"}',
    "after": '{"state": "replied", "title": "路灯"}',
    "note": "答复",
}


def test_entry_hashes_are_the_ones_chains_were_written_with() -> None:
    assert audit_chain.entry_hash("0" * 64, ENTRY) == (
        "7e492fd28f4825615ba234cbef321f852df45254d1521593532c143919c7cd52"
    )
    naive = dict(ENTRY, at=datetime(2026, 3, 4, 5, 5, 6), action="create", entity_id=None)
    naive.update(before=None, note=None)
    assert audit_chain.entry_hash("ab" * 32, naive) == (
        "4acd2ed6653a6a77eb6cfc90dc3303a8b1ff1de65cabd1fa18ddd56fa8b41747"
    )


@pytest.mark.parametrize(
    "moment",
    [
        datetime(2026, 12, 2, 17, 40, 0, 0, tzinfo=UTC),
        datetime(2026, 12, 2, 17, 40, 0, 123456),
        datetime(2026, 1, 1, 0, 30, tzinfo=timezone(timedelta(hours=8))),
        datetime(999, 5, 6, 7, 8, 9, 10, tzinfo=UTC),
    ],
)
def test_moments_are_hashed_as_utc_to_the_microsecond(moment: datetime) -> None:
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    assert audit_chain._text(moment) == aware.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class _Record:
    def __init__(self, values: dict[str, Any]) -> None:
        self.values = values

    def model_dump(self) -> dict[str, Any]:
        return dict(self.values)


class _Kind(str, enum.Enum):
    ONE = "one"


def test_a_snapshot_keeps_plain_values_and_writes_the_rest_as_text() -> None:
    key = uuid.uuid4()
    record = _Record(
        {
            "text": "路灯", "count": 3, "share": 0.5, "flag": True, "none": None, "id": key,
            "day": date(2026, 3, 4), "at": datetime(2026, 3, 4, 5, 6), "state": SuggestionState.REPLIED,
            "kind": _Kind.ONE, "created_at": 1, "revision": "r", "password_hash": "x",
        }
    )  # fmt: skip
    snap = audit.snapshot(record)
    assert snap == {
        "text": "路灯", "count": 3, "share": 0.5, "flag": True, "none": None, "id": str(key),
        "day": "2026-03-04", "at": "2026-03-04T05:06:00", "state": "replied", "kind": "one",
    }  # fmt: skip
    assert type(snap["kind"]) is str  # type: ignore[index]
    assert audit._json(snap) == json.dumps(snap, ensure_ascii=False, sort_keys=True)


def test_every_enum_word_finds_its_code() -> None:
    for vocabulary, members in ENUMS.items():
        for member in members:
            for word in (member.value, member.label, member.english, f" {member.label} "):
                found = SHIPPED.code(vocabulary, word)
                first = next(
                    m.value
                    for m in members
                    if normalize(word) in {normalize(m.value), normalize(m.label), normalize(m.english)}
                )
                assert found == first, (vocabulary, word)
    assert SHIPPED.code("SuggestionState", "没有这个状态") is None


def test_the_collector_gets_every_object_back_after_a_run() -> None:
    assert gc.get_freeze_count() == 0
    with settled():
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0
    with pytest.raises(RuntimeError), settled():
        raise RuntimeError
    assert gc.get_freeze_count() == 0


def test_the_text_of_values_written_twice_in_a_row_is_theirs() -> None:
    """audit._json reuses the text of the values it wrote last when they are the same again."""
    values: dict[str, Any] = {"state": "assigned", "count": 1, "title": "路灯"}
    assert audit._json(values) == json.dumps(values, ensure_ascii=False, sort_keys=True)
    assert audit._json(dict(values)) == '{"count": 1, "state": "assigned", "title": "路灯"}'
    assert audit._json(dict(values, count=True)) == '{"count": true, "state": "assigned", "title": "路灯"}'
    assert audit._json(dict(values, count=1.0)) == '{"count": 1.0, "state": "assigned", "title": "路灯"}'
    listed: dict[str, Any] = {"ids": ["a"]}
    assert audit._json(listed) == '{"ids": ["a"]}'
    listed["ids"].append("b")  # changed in place: written anew
    assert audit._json(listed) == '{"ids": ["a", "b"]}'
    assert audit._json({"created_at": 1, **values}) == audit._json(values)
