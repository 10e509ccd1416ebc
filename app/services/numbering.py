"""发文字号: numbers the office gives its documents — assigned once, stored, never recomputed.

- 交办单: numbered when the suggestion is assigned (交办), in the year of its 交办日期; a suggestion that
  arrived assigned another way (an imported ledger, data from before numbering was stored) gets its
  number the first time its 交办单 is printed. 重新交办 after 退办 keeps the number. The form reads
  交办〔2026〕第12号 (the office's prefix, the year, the running number).
- 协商专报: numbered when first saved, in the year of its 报送日期: 协商专报〔2026〕第3期 (or the office's
  prefix in place of 协商专报).
- 协商议事纪要, 催办单 and 工作综述: numbered only when the office has set a prefix for the kind in the
  settings (西政协纪〔2026〕3号), the first time the document is generated; a 催办单 is one document per
  unit and day, a 工作综述 one per scope and day, so generating it again that day shows the same number.

Numbers run per kind and year; the next is one more than the highest stored, so a back-dated assignment
takes a new number and never moves an existing one. The printed text is stored with the number, so a
later change of prefix leaves numbers already on paper as they were.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from app.db.bulk import TableInserter
from app.models._base import table_of, utcnow
from app.models.numbering import DocumentNumber
from app.models.suggestions import Suggestion
from app.services.office_settings import OfficeSettings, load_settings

DN = table_of(DocumentNumber).c

ASSIGNMENT = "assignment"
SESSION_RECORD = "session"
REMINDER = "reminder"
SUMMARY = "summary"
RESULTS_REPORT = "results_report"
NUMBERED_KINDS = (ASSIGNMENT, SESSION_RECORD, REMINDER, SUMMARY, RESULTS_REPORT)
DEFAULT_PREFIXES = {
    ASSIGNMENT: "交办",
    SESSION_RECORD: "",
    REMINDER: "",
    SUMMARY: "",
    RESULTS_REPORT: "协商专报",
}
# Kinds numbered even when the office set no prefix (they fall back to the default one).
ALWAYS_NUMBERED = (ASSIGNMENT, RESULTS_REPORT)
_ATTEMPTS = 5  # two clerks numbering at the same moment: the loser takes the next number


@dataclass(frozen=True)
class IssuedNumber:
    text: str
    year: int
    number: int
    issued_on: date


def number_text(kind: str, prefix: str, year: int, number: int) -> str:
    """交办〔2026〕第12号 for 交办单, 协商专报〔2026〕第3期 for 协商专报 (one 期 each), 西政协纪〔2026〕3号
    (GB/T 9704) for the other kinds."""
    serial = {ASSIGNMENT: f"第{number}号", RESULTS_REPORT: f"第{number}期"}.get(kind, f"{number}号")
    return f"{prefix}〔{year}〕{serial}"


def prefix_for(settings: OfficeSettings, kind: str) -> str:
    """The office's prefix for `kind` ('' = the office does not number this kind)."""
    return settings.document_prefixes.get(kind, DEFAULT_PREFIXES.get(kind, "")).strip()


def find(s: Session, kind: str, record_key: str) -> IssuedNumber | None:
    row = s.exec(
        select(DocumentNumber).where(DocumentNumber.kind == kind, DocumentNumber.record_key == record_key)
    ).first()
    return None if row is None else IssuedNumber(row.text, row.year, row.number, row.issued_on)


def numbering_prefix(settings: OfficeSettings, kind: str) -> str | None:
    """The prefix new numbers of `kind` take: the office's, else the default for a kind that is always
    numbered; None when the office does not number the kind."""
    prefix = prefix_for(settings, kind)
    if kind not in ALWAYS_NUMBERED and not prefix:
        return None
    return prefix or DEFAULT_PREFIXES[kind]


def issue(s: Session, kind: str, record_key: str, issued_on: date) -> IssuedNumber | None:
    """The record's number of this kind: the stored one, else the next of `issued_on`'s year.

    None when the office does not number the kind (no prefix) and none was issued before.
    """
    existing = find(s, kind, record_key)
    if existing is not None:
        return existing
    prefix = numbering_prefix(load_settings(s), kind)
    if prefix is None:
        return None
    year = issued_on.year
    for _ in range(_ATTEMPTS):
        highest = s.execute(
            sa.select(sa.func.max(DN.number)).where(DN.kind == kind, DN.year == year)
        ).scalar_one()
        number = int(highest or 0) + 1
        text = number_text(kind, prefix, year, number)
        try:
            with s.begin_nested():
                s.add(
                    DocumentNumber(
                        kind=kind,
                        record_key=record_key,
                        year=year,
                        number=number,
                        text=text,
                        issued_on=issued_on,
                    )
                )
        except IntegrityError:
            existing = find(s, kind, record_key)
            if existing is not None:
                return existing
            continue
        return IssuedNumber(text, year, number, issued_on)
    raise RuntimeError(f"could not number {kind} {record_key}")


def issue_many(s: Session, kind: str, items: Sequence[tuple[str, date]]) -> int:
    """What `issue` gives each record in turn, for many at once (a bulk writer's batch, holding the write
    lock): the stored number kept, else the next of the record's year in the order given; one read of
    what is stored, one insert. Returns how many were numbered."""
    prefix = numbering_prefix(load_settings(s), kind) if items else None
    if prefix is None:
        return 0
    bind = s.connection()
    keys = list(dict.fromkeys(key for key, _ in items))
    taken: set[str] = set()
    for start in range(0, len(keys), _NUMBER_BATCH):
        chunk = keys[start : start + _NUMBER_BATCH]
        found = sa.select(DN.record_key).where(DN.kind == kind, DN.record_key.in_(chunk))
        taken.update(key for (key,) in bind.execute(found))
    return _number(bind, kind, prefix, items, taken)


def number_assigned(conn: sa.Connection | Session) -> int:
    """Give every assigned suggestion without a 交办单 number one, in the order of 交办日期 (demo data and
    bulk loads, which bypass the 交办 step); returns how many were numbered.

    The suggestions are read as a stream and the numbers written in batches, so memory stays flat
    however many there are."""
    bind = conn.connection() if isinstance(conn, Session) else conn
    sg = table_of(Suggestion).c
    numbered = sa.select(DN.record_key).where(DN.kind == ASSIGNMENT)
    taken = {key for (key,) in bind.execute(numbered).all()}
    prefix = numbering_prefix(load_settings_of(conn), ASSIGNMENT) or DEFAULT_PREFIXES[ASSIGNMENT]
    rows = ((str(suggestion_id), assigned_on) for suggestion_id, assigned_on in _assigned_in_order(bind, sg))
    return _number(bind, ASSIGNMENT, prefix, rows, taken)


def _number(
    bind: sa.Connection, kind: str, prefix: str, items: Iterable[tuple[str, date]], taken: set[str]
) -> int:
    """Number `items` (record key, date) not in `taken`, each the next of its year, in this order."""
    highest = dict(
        bind.execute(
            sa.select(DN.year, sa.func.max(DN.number)).where(DN.kind == kind).group_by(DN.year)
        ).all()
    )
    now = utcnow()
    inserts = TableInserter(table_of(DocumentNumber), bind.dialect)
    batch: list[dict[str, object]] = []
    total = 0
    for key, issued_on in items:
        if key in taken:
            continue
        taken.add(key)
        year = issued_on.year
        highest[year] = number = int(highest.get(year) or 0) + 1
        batch.append(
            {
                "id": uuid.uuid4(), "created_at": now, "updated_at": now, "version": 1, "kind": kind,
                "record_key": key, "year": year, "number": number, "issued_on": issued_on,
                "text": number_text(kind, prefix, year, number),
            }
        )  # fmt: skip
        if len(batch) >= _NUMBER_BATCH:
            inserts.insert(bind, batch)
            total += len(batch)
            batch = []
    inserts.insert(bind, batch)
    return total + len(batch)


_NUMBER_BATCH = 2000


def _assigned_in_order(bind: sa.Connection, sg: Any) -> Iterable[Any]:
    """(id, 交办日期) of every assigned suggestion in the order of 交办日期.

    SQLite reads them as a stream while the numbers are written on the same connection; psycopg refuses
    writes beside an open server-side cursor, so there they are read at once."""
    query = (
        sa.select(sg.id, sg.assigned_on)
        .where(sg.assigned_on.is_not(None))
        .order_by(sg.assigned_on, sg.created_at, sg.id)
    )
    if bind.dialect.name == "sqlite":
        return bind.execution_options(yield_per=_NUMBER_BATCH).execute(query)
    return bind.execute(query).all()


def load_settings_of(conn: sa.Connection | Session) -> OfficeSettings:
    if isinstance(conn, Session):
        return load_settings(conn)
    with Session(bind=conn) as s:
        return load_settings(s)
