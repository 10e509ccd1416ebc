"""Mutated workbooks (bounded: 200 cases): only documented errors come out, and nothing is written.

Each case damages one part of a small real ledger — bytes flipped or cut anywhere in an XML part,
or the zip itself truncated — and runs the whole check (read, map, validate). A refusal must be a
ServiceError with a Chinese message; a file that still reads may import nothing until applied.
"""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

from app.db.session import Database
from app.services.actor import Actor
from app.services.errors import ServiceError
from app.services.ledger_import import LedgerImportService
from tests.fixtures.excel.builders import copy_sample, table_counts

CASES = 200


def mutate(source: bytes, rng: random.Random) -> bytes:
    with zipfile.ZipFile(io.BytesIO(source)) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    how = rng.choice(("flip", "cut", "insert", "truncate_zip"))
    if how == "truncate_zip":
        return source[: rng.randrange(len(source))]
    name = rng.choice([n for n in parts if n.endswith((".xml", ".rels"))])
    data = bytearray(parts[name])
    at = rng.randrange(len(data))
    if how == "flip":
        for i in range(at, min(at + rng.randint(1, 8), len(data))):
            data[i] = rng.randrange(256)
    elif how == "cut":
        del data[at : at + rng.randint(1, 200)]
    else:
        data[at:at] = rng.choice((b"<", b"&", b"\x00", b"</row>", b'"', b"<c r='ZZZ1'>"))
    parts[name] = bytes(data)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for part, content in parts.items():
            archive.writestr(part, content)
    return out.getvalue()


def test_mutated_workbooks_give_only_documented_errors(db: Database, actor: Actor, tmp_path: Path) -> None:
    source = copy_sample(tmp_path).read_bytes()
    service = LedgerImportService(db, actor)
    before = table_counts(db)
    rng = random.Random(20241220)
    refused = 0
    for case in range(CASES):
        path = tmp_path / f"case{case}.xlsx"
        path.write_bytes(mutate(source, rng))
        try:
            preview = service.read(path)
            mapping = preview.mapping.copy()
            mapping.fill_dates, mapping.default_result = True, "B"
            service.validate(preview, mapping)
        except ServiceError as exc:
            refused += 1
            assert exc.message and "Traceback" not in exc.message
            assert any("\u4e00" <= ch <= "\u9fff" for ch in exc.message), exc.message
        path.unlink()
    assert table_counts(db) == before  # a check writes nothing, refused or not
    assert refused > CASES // 4  # most damage is found (and the rest still reads as a ledger)
