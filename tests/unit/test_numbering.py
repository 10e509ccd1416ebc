"""发文字号: given once when the assignment is made (or first printed), stored, never renumbered."""

from __future__ import annotations

import io
import uuid
from datetime import date

import pytest
import sqlalchemy as sa
from pypdf import PdfReader
from sqlalchemy.exc import IntegrityError

from app.db import Database
from app.models.numbering import DocumentNumber
from app.services import numbering
from app.services.documents import DocumentService
from app.services.hub import Services
from app.services.print_settings import PrintSettings
from app.services.validation import build

from app.models import ConsultationSessionCreate, HandlingUnitCreate, PlatformCreate, SuggestionCreate  # isort: skip
from tests.support import ADMIN_ACTOR

TODAY = date(2025, 12, 31)


def make(services: Services, titles: list[str]) -> tuple[list[uuid.UUID], uuid.UUID]:
    platform = services.platforms.create(
        build(PlatformCreate, kind="station", name="城西区西门委员驿站", district="城西区")
    )
    unit = services.units.create(build(HandlingUnitCreate, name="市交通运输局")).id
    ids = [
        services.suggestions.create(
            build(SuggestionCreate, title=t, platform_id=platform.id, raised_on=date(2024, 12, 2))
        ).id
        for t in titles
    ]
    return ids, unit


def printed(db: Database, kind: str, record_id: uuid.UUID) -> str:
    data, _ = DocumentService(db, ADMIN_ACTOR, today=TODAY).render_bytes(kind, id=record_id)
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_a_back_dated_assignment_does_not_renumber_a_printed_form(services: Services, db: Database) -> None:
    (first, second), unit = make(services, ["海晏路加装红绿灯", "修缮海湖路地下通道东南出口"])
    services.handling.assign(first, lead_unit_id=unit, assigned_on=date(2025, 3, 10))
    before = printed(db, "assignment", first)
    assert "交办〔2025〕第1号" in before
    # Another suggestion is entered later but assigned on an earlier day (back-dated).
    services.handling.assign(second, lead_unit_id=unit, assigned_on=date(2025, 1, 6))
    after = printed(db, "assignment", first)
    assert "交办〔2025〕第1号" in after and "第2号" not in after
    assert "交办〔2025〕第2号" in printed(db, "assignment", second)


def test_number_is_kept_through_return_and_reassignment_and_runs_per_year(services: Services) -> None:
    (a, b), unit = make(services, ["甲", "乙"])
    services.handling.assign(a, lead_unit_id=unit, assigned_on=date(2025, 3, 10))
    services.handling.return_to_office(a, returned_on=date(2025, 3, 11), reason="不属于本单位职责")
    services.handling.assign(a, lead_unit_id=unit, assigned_on=date(2025, 3, 12))
    services.handling.assign(b, lead_unit_id=unit, assigned_on=date(2024, 12, 30))
    with services.db.session(write=False) as s:
        assert numbering.find(s, numbering.ASSIGNMENT, str(a)).text == "交办〔2025〕第1号"  # type: ignore[union-attr]
        assert numbering.find(s, numbering.ASSIGNMENT, str(b)).text == "交办〔2024〕第1号"  # type: ignore[union-attr]
        with pytest.raises(IntegrityError), s.begin_nested():  # unique per kind and year
            s.add(
                DocumentNumber(
                    kind="assignment", record_key="x", year=2025, number=1, text="t", issued_on=TODAY
                )
            )


def test_session_record_numbered_only_with_a_prefix_and_then_for_good(
    services: Services, db: Database
) -> None:
    platform = services.platforms.create(
        build(PlatformCreate, kind="station", name="城东区委员驿站", district="城东区")
    )
    session = services.sessions.create(
        build(
            ConsultationSessionCreate,
            topic="背街小巷改造",
            topic_source="residents",
            platform_id=platform.id,
            held_on=date(2025, 6, 3),
        )
    )
    assert "〔2025〕" not in printed(db, "session", session.id)  # the office does not number 纪要 yet
    services.settings.set_printing(PrintSettings(document_prefixes={"session": "西政协纪"}, cc="市委办公室"))
    text = printed(db, "session", session.id)
    assert "西政协纪〔2025〕1号" in text and "抄送：市委办公室。" in text and "印发" in text
    services.settings.set_printing(PrintSettings(document_prefixes={"session": "另一代字"}))
    assert "西政协纪〔2025〕1号" in printed(db, "session", session.id)  # printed once, kept as printed
    with db.session(write=False) as s:
        count = s.execute(sa.select(sa.func.count()).select_from(DocumentNumber)).scalar_one()
    assert count == 1
