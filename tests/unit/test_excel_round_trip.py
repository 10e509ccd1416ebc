"""Export → import into an empty database → export gives the same workbook, for awkward data.

Records hold Chinese text, emoji, long text, leading-zero phone numbers, empty cells, control
characters and text starting with = + - @. The two exports are compared cell by cell (the 制表日期
line and the version column aside), and no cell of the export is a formula.
"""

from __future__ import annotations

import shutil
import tempfile
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.db import Database
from app.db.engine import create_db_engine
from app.models import (
    ConsultationSessionCreate,
    HandlingUnitCreate,
    MemberCreate,
    PlatformCreate,
    Suggestion,
    SuggestionCreate,
)
from app.models.enums import (
    AttendanceStatus,
    EventKind,
    HandlingMode,
    MembershipRole,
    ParticipantKind,
    PlatformKind,
    QualityRating,
    ResultClass,
    Satisfaction,
    SessionForm,
    SessionState,
    SuggestionCategory,
    SuggestionState,
    TopicSource,
    UserRole,
)
from app.reports.excel.layouts import VERSION_HEADER
from app.services.actor import Actor
from app.services.handling import HandlingService
from app.services.hub import Services
from app.services.ledger_export import LedgerExportService
from app.services.ledger_import import LedgerImportService, issue_lines
from app.services.validation import build, clean_text
from tests.fixtures.excel.builders import sheet_cells

TODAY = date(2025, 6, 30)
ACTOR = Actor("clerk", "张文书", UserRole.ADMIN)
SURNAMES = "丁王毛方孔石白乐刘许孙李杨吴何张陈林罗周郑赵胡钟姜秦袁黄梁韩程谢蔡潘薛魏"
GIVEN = "一乙九了力万丰云艺平立玉华兰伟红志秀建玲明洋海涛雪婷斌鹏"

awkward = st.sampled_from(
    [
        "=1+1",
        "+86 0971",
        "-负数开头",
        "@提及",
        "\t缩进",
        "#N/A",
        "_x0001_",
        "😀👍",
        "\x01\x0b\x1f",
        "\r\n",
        "0012",
    ]
)
piece = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12) | awkward
free_text = st.lists(piece, max_size=6).map("".join)
optional_text = st.none() | free_text | st.just("长" * 1200 + "尾")
short_text = st.lists(piece, max_size=3).map(lambda parts: "".join(parts)[:40])
phones = (
    st.none()
    | st.from_regex(r"0[0-9]{9,11}", fullmatch=True)
    | st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True)
)
days = st.dates(date(2016, 1, 1), date(2024, 12, 31))


def person() -> st.SearchStrategy[str]:
    return st.builds(lambda s, g: s + g, st.sampled_from(SURNAMES), st.text(GIVEN, min_size=1, max_size=2))


@st.composite
def offices(draw: st.DrawFn) -> dict[str, Any]:
    names = draw(st.lists(person(), min_size=1, max_size=4, unique=True))
    platforms = [
        {
            "name": f"{draw(st.sampled_from(['城西区', '城东区', '大通县']))}{i}号{kind.label}",
            "kind": kind,
            "address": draw(st.none() | short_text),
            "phone": draw(phones),
            "founded_on": draw(st.none() | days),
            "active": draw(st.booleans()),
        }
        for i, kind in enumerate(draw(st.lists(st.sampled_from(list(PlatformKind)), min_size=1, max_size=2)))
    ]
    members = [
        {
            "name": n,
            "phone": draw(phones),
            "workplace": draw(st.none() | short_text),
            "notes": draw(optional_text),
            "sector": draw(st.none() | short_text),
            "platform": draw(st.integers(0, len(platforms) - 1)),
            "role": draw(st.sampled_from(list(MembershipRole))),
        }
        for n in names
    ]
    sessions = [
        {
            "topic": draw(free_text.filter(lambda t: t.strip() != "").map(lambda t: t[:200])),
            "source": draw(st.sampled_from(list(TopicSource))),
            "held_on": draw(days),
            "form": draw(st.sampled_from(list(SessionForm))),
            "state": draw(st.sampled_from(list(SessionState))),
            "platform": draw(st.integers(0, len(platforms) - 1)),
            "minutes": draw(optional_text),
            "location": draw(st.none() | short_text),
            "residents": draw(st.none() | st.integers(0, 300)),
            "attendance": draw(
                st.dictionaries(st.integers(0, len(names) - 1), st.sampled_from(list(AttendanceStatus)))
            ),
            "departments": draw(
                st.lists(st.sampled_from(["市水务局", "市民政局", "街道办"]), unique=True, max_size=2)
            ),
        }
        for _ in range(draw(st.integers(1, 3)))
    ]
    suggestions = [
        {
            "title": draw(free_text.filter(lambda t: t.strip() != "").map(lambda t: t[:200])),
            "content": draw(optional_text),
            "session": draw(st.integers(0, len(sessions) - 1)),
            "proposer": draw(st.none() | st.integers(0, len(names) - 1) | short_text),
            "category": draw(st.sampled_from(list(SuggestionCategory))),
            "state": draw(st.sampled_from(list(SuggestionState))),
            "gaps": draw(st.lists(st.integers(0, 60), min_size=3, max_size=3)),
            "instruction": draw(
                st.none() | free_text.filter(lambda t: bool(clean_text(t))).map(lambda t: t[:500])
            ),
            "supervised": draw(st.booleans()),
            "reply": draw(optional_text),
            "result": draw(st.none() | st.sampled_from(list(ResultClass))),
            "eval": draw(st.none() | st.sampled_from(list(Satisfaction))),
            "quality": draw(st.none() | st.sampled_from(list(QualityRating))),
            "mode": draw(st.none() | st.sampled_from(list(HandlingMode))),
            "units": draw(
                st.lists(
                    st.sampled_from(["市交通运输局", "市城市管理局", "市水务局"]), unique=True, max_size=3
                )
            ),
        }
        for _ in range(draw(st.integers(0, 4)))
    ]
    return {"platforms": platforms, "members": members, "sessions": sessions, "suggestions": suggestions}


def load(services: Services, office: dict[str, Any]) -> None:
    platforms = [
        services.platforms.create(
            build(PlatformCreate, district=p["name"][:3], **{k: v for k, v in p.items()})
        )
        for p in office["platforms"]
    ]
    members = []
    for m in office["members"]:
        fields = {k: m[k] for k in ("name", "phone", "workplace", "notes", "sector")}
        member = services.members.create(build(MemberCreate, **fields))
        services.rosters.add_member(platforms[m["platform"]].id, member.id, m["role"])
        members.append(member)
    units = {
        n: services.units.create(build(HandlingUnitCreate, name=n)).id
        for n in ("市交通运输局", "市城市管理局", "市水务局")
    }
    sessions = []
    for x in office["sessions"]:
        created = services.sessions.create(
            build(
                ConsultationSessionCreate,
                topic=x["topic"],
                topic_source=x["source"],
                held_on=x["held_on"],
                form=x["form"],
                state=x["state"],
                platform_id=platforms[x["platform"]].id,
                minutes=x["minutes"],
                location=x["location"],
                resident_count=x["residents"],
            )
        )
        services.sessions.set_attendance(created.id, {members[i].id: s for i, s in x["attendance"].items()})
        services.sessions.set_participants(
            created.id, [(ParticipantKind.DEPARTMENT, d, None) for d in x["departments"]]
        )
        sessions.append(created)
    for x in office["suggestions"]:
        proposer = x["proposer"]
        created = services.suggestions.create(
            build(
                SuggestionCreate,
                title=x["title"],
                content=x["content"],
                category=x["category"],
                session_id=sessions[x["session"]].id,
                proposer_id=members[proposer].id if isinstance(proposer, int) else None,
                proposer_text=proposer if isinstance(proposer, str) else None,
            )
        )
        record_handling(services, created.id, x, units)


def record_handling(services: Services, sid: Any, x: dict[str, Any], units: dict[str, Any]) -> None:
    """The drawn state reached through the app's own 办理 steps (so the data keeps the app's rules)."""
    handling = HandlingService(services.db, ACTOR, today=lambda: TODAY)
    state = x["state"]
    with services.db.session(write=False) as s:
        obj = s.get(Suggestion, sid)
        assert obj is not None and obj.raised_on is not None
        raised = obj.raised_on
    a, b, c = x["gaps"]
    if x["instruction"] is not None:  # 领导批示: carried by the 办理过程 sheet
        handling.add_instruction(sid, leader="王副市长", given_on=raised, text=x["instruction"])
    if state is SuggestionState.NOT_ADOPTED:
        handling.not_adopt(sid, decided_on=raised, reason="不具备条件")
        return
    if state is SuggestionState.PENDING:
        return
    names = x["units"] or ["市交通运输局"]
    mode = HandlingMode.SINGLE if len(names) == 1 else (x["mode"] or HandlingMode.JOINT)
    if mode is HandlingMode.SINGLE and len(names) > 1:
        mode = HandlingMode.JOINT
    assigned = raised + timedelta(days=a)
    handling.assign(
        sid,
        lead_unit_id=units[names[0]],
        co_unit_ids=[units[n] for n in names[1:]],
        mode=mode,
        assigned_on=assigned,
        due_on=assigned + timedelta(days=30),
    )
    if x["supervised"]:  # 督办 while the unit has it
        handling.remind(sid, on=assigned, kind=EventKind.SUPERVISION, text="督办：请加快进度")
    if state is SuggestionState.RETURNED:
        handling.return_to_office(sid, returned_on=assigned, reason="不属于本单位职责")
        return
    if state is SuggestionState.IN_PROGRESS:
        handling.accept(sid, accepted_on=assigned)
    last = assigned
    if state in (SuggestionState.REPLIED, SuggestionState.CONCLUDED):
        last = assigned + timedelta(days=b)
        reply = clean_text(x["reply"]) or "已答复"
        handling.reply(sid, reply=reply, replied_on=last, result_class=x["result"] or ResultClass.A)
        if state is SuggestionState.CONCLUDED:
            last = last + timedelta(days=c)
            handling.conclude(sid, concluded_on=last, implementation="已落实")
        if x["eval"] is not None:
            rating = x["eval"]
            handling.evaluate_by_proposer(sid, before=rating, during=rating, after=rating, evaluated_on=last)
    if x["quality"] is not None:
        handling.rate_quality(sid, rating=x["quality"], rated_on=last)


def without_versions(cells: dict[str, list[list[Any]]]) -> dict[str, list[list[Any]]]:
    """Records created by an import start at version 1: the version column is bookkeeping, not data."""
    result = {}
    for sheet, rows in cells.items():
        header = next((r for r in rows if VERSION_HEADER in r), None)
        drop = header.index(VERSION_HEADER) if header else None
        result[sheet] = [[v for i, v in enumerate(r) if i != drop] for r in rows]
    return result


def fresh_database(template: Path, folder: Path, name: str) -> Database:
    path = folder / name
    shutil.copy(template, path)
    return Database(create_db_engine(path))


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(office=offices())
def test_export_import_export_gives_the_same_workbook(
    migrated_template: Path, office: dict[str, Any]
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = fresh_database(migrated_template, folder, "a.sqlite3")
        target = fresh_database(migrated_template, folder, "b.sqlite3")
        try:
            load(Services(source, ACTOR), office)
            first = folder / "first.xlsx"
            LedgerExportService(source, ACTOR, today=TODAY).export(first, full=True)
            formulas = [
                c.coordinate
                for ws in openpyxl.load_workbook(first)
                for row in ws.iter_rows()
                for c in row
                if c.data_type == "f"
            ]
            assert formulas == []

            importer = LedgerImportService(target, ACTOR, today=TODAY)
            plan = importer.validate(importer.read(first))
            assert plan.ok, issue_lines(plan.errors)
            importer.apply(plan)
            second = folder / "second.xlsx"
            LedgerExportService(target, ACTOR, today=TODAY).export(second, full=True)
            assert without_versions(sheet_cells(second)) == without_versions(sheet_cells(first))

            # and the same file imported again over the copy changes nothing
            again = importer.validate(importer.read(first))
            assert again.ok and again.records == []
        finally:
            source.dispose()
            target.dispose()
