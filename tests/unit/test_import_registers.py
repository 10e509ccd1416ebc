"""Registers laid out unlike our export, each imported in one step after a mapping was saved once.

Every ledger is built here with openpyxl the way offices keep them: titles and fill-in lines, grouped
two-row headers, a session and its suggestion's handling on one row, local words for our values,
platforms named without their district, and a county register with one sheet per platform.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
from sqlmodel import select

from app.db.session import Database
from app.models import ConsultationSession, FollowUpEvent, Platform, Suggestion
from app.models.enums import EventKind, PlatformKind, SuggestionState, TopicSource
from app.services import audit_chain
from app.services.actor import Actor
from app.services.integrity import check_database
from app.services.ledger_import import LedgerImportService, issue_lines
from app.services.ledger_import.profiles import ProfileStore, apply_profile, profile_of
from app.services.search import SearchService
from app.services.search_rebuild import reindex_all
from tests.fixtures.excel.builders import snapshot

TODAY = date(2025, 1, 10)
GROUPED = [
    "序号",
    "召开时间",
    "站室组",
    "协商议题",
    "议题来源",
    "意见建议",
    "办理情况",
    None,
    None,
    None,
    "领导批示",
    "备注",
]
UNDER = [None, None, None, None, None, None, "承办单位", "办理结果", "办结日期", "群众满意度", None, None]
ROWS = [
    [1, "2024.3.8", "城西区胜利路委员驿站", "背街小巷路灯维修", "群众点题", "更换破损灯杆",
     "市城市管理局", "已解决", "2024.4.2", "满意", "否", None],
    [2, "2024.4.12", "城西区胜利路委员驿站", "菜市场周边停车", "委员选题", "增设临时停车位",
     "市交通运输局", "列入计划", "2024.5.20", "基本满意", "是", None],
    [3, "2024.5.9", "城西区胜利路委员驿站", "社区食堂运营", "党委政府出题", "引入专业运营",
     "市民政局", "正在办理", None, None, "否", "跟踪"],
]  # fmt: skip


def grouped_ledger(path: Path) -> Path:
    """A two-row grouped header, one session and its suggestion's handling per row, local words."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "2024年"
    ws.append(["城西区胜利路委员驿站2024年“有事好商量”协商议事活动台账"])
    ws.append(["填报单位：城西区政协办公室　　填报人：马晓明"])
    ws.append([*GROUPED, "内部编号"])
    ws.append(UNDER)
    ws.merge_cells("A1:L1")
    ws.merge_cells("A2:L2")
    ws.merge_cells("G3:J3")
    for column in "ABCDEFKLM":
        ws.merge_cells(f"{column}3:{column}4")
    for row in ROWS:
        ws.append([*row, f"NB-{row[0]}"])
    ws.append([None] * 12)
    ws.append(["合计", None, None, "共3次", None, None, None, None, None, None, None, None])
    ws.column_dimensions["M"].hidden = True
    wb.save(path)
    return path


def import_once(service: LedgerImportService, store: ProfileStore, path: Path, name: str) -> Any:
    preview = service.read(path)
    return service.validate(preview, apply_profile(preview, store.get(name)))


def save_first_mapping(
    service: LedgerImportService, store: ProfileStore, path: Path, name: str, **options: Any
) -> None:
    """What the clerk does once in the wizard: check the mapping, choose the defaults, save it."""
    preview = service.read(path)
    mapping = preview.mapping.copy()
    for key, value in options.items():
        setattr(mapping, key, value)
    store.save(name, profile_of(preview, mapping, name))


def assert_clean_and_idempotent(
    service: LedgerImportService, store: ProfileStore, db: Database, path: Path, name: str
) -> None:
    plan = import_once(service, store, path, name)
    assert plan.ok, issue_lines(plan.errors)
    service.apply(plan)
    report = check_database(db)  # attachments live in the database
    assert report.ok, report.problems
    before = snapshot(db)
    again = import_once(service, store, path, name)
    assert again.ok and again.records == [], [(r.entity, r.action, r.row) for r in again.records]
    assert snapshot(db) == before


def test_a_grouped_register_with_handling_on_the_session_row(
    db: Database, actor: Actor, tmp_path: Path
) -> None:
    service = LedgerImportService(db, actor, today=TODAY)
    store = ProfileStore(db, actor)
    path = grouped_ledger(tmp_path / "胜利路.xlsx")
    preview = service.read(path)
    (sheet,) = preview.sheets
    assert (sheet.target, sheet.header_first, sheet.header_row) == ("session", 3, 4)
    notes = "\n".join(sheet.notes)
    assert (
        "表头在第3～4行" in notes
        and "合并的表头“办理情况”下分为：承办单位、办理结果、办结日期、群众满意度" in notes
    )
    assert "第2行是填报信息" in notes and "A、M列是序号" in notes and "隐藏的列 M 不导入" in notes
    columns = {c.header: preview.mapping.sheets[sheet.name].columns[c.index] for c in sheet.columns}
    assert columns["办理情况/承办单位"] == "sg_lead_unit" and columns["办理情况/办理结果"] == "sg_outcome"
    assert columns["办理情况/群众满意度"] == "sg_satisfaction" and columns["内部编号"] is None
    assert columns["领导批示"] == "sg_instructions"
    save_first_mapping(service, store, path, "胜利路驿站", fill_dates=True)
    assert_clean_and_idempotent(service, store, db, path, "胜利路驿站")
    with db.session(write=False) as s:
        sessions = {x.topic: x for x in s.exec(select(ConsultationSession)).all()}
        assert sessions["背街小巷路灯维修"].topic_source is TopicSource.RESIDENTS  # 群众点题
        assert sessions["菜市场周边停车"].topic_source is TopicSource.MEMBERS  # 委员选题
        assert sessions["社区食堂运营"].topic_source is TopicSource.PARTY_GOVERNMENT  # 党委政府出题
        lights = s.exec(select(Suggestion).where(Suggestion.title == "更换破损灯杆")).one()
        assert (lights.state, lights.concluded_on, lights.session_id) == (
            SuggestionState.CONCLUDED,
            date(2024, 4, 2),
            sessions["背街小巷路灯维修"].id,
        )
        events = s.exec(select(FollowUpEvent).where(FollowUpEvent.suggestion_id == lights.id)).all()
        assert [(e.kind, e.happened_on) for e in sorted(events, key=lambda e: (e.happened_on, e.kind))] == [
            (EventKind.ASSIGNED, date(2024, 3, 8)),
            (EventKind.CREATED, date(2024, 3, 8)),
            (EventKind.CONCLUDED, date(2024, 4, 2)),
            (EventKind.EVALUATED, date(2024, 4, 2)),
            (EventKind.REPLIED, date(2024, 4, 2)),
        ]
        canteen = s.exec(select(Suggestion).where(Suggestion.title == "引入专业运营")).one()
        assert canteen.state is SuggestionState.IN_PROGRESS  # 正在办理


def test_platforms_named_without_their_district(db: Database, actor: Actor, tmp_path: Path) -> None:
    service = LedgerImportService(db, actor, today=TODAY)
    store = ProfileStore(db, actor)
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["时间", "平台名称", "平台类型", "议题", "形式", "来源"])
    ws.append(["2024-06-01", "胜利路驿站", "驿站", "老旧小区加装电梯", "座谈", "群众点题"])
    ws.append(["2024-06-15", "民族团结工作室", "工作室", "社区民族团结进步创建", "线上", "部门选题"])
    path = tmp_path / "平台.xlsx"
    wb.save(path)
    refused = service.validate(service.read(path))
    assert "请填写县区" in refused.errors[0].message
    save_first_mapping(service, store, path, "城中区平台", district="城中区")
    assert_clean_and_idempotent(service, store, db, path, "城中区平台")
    with db.session(write=False) as s:
        platforms = {p.name: (p.kind, p.district) for p in s.exec(select(Platform)).all()}
        assert platforms == {
            "胜利路驿站": (PlatformKind.STATION, "城中区"),
            "民族团结工作室": (PlatformKind.STUDIO, "城中区"),
        }


def test_a_county_register_with_a_sheet_per_platform(db: Database, actor: Actor, tmp_path: Path) -> None:
    service = LedgerImportService(db, actor, today=TODAY)
    store = ProfileStore(db, actor)
    wb = openpyxl.Workbook()
    first = wb.active
    assert first is not None
    wb.remove(first)
    for name, platform in (("桥头镇", "大通县桥头镇委员驿站"), ("城关镇", "大通县城关镇委员工作室")):
        ws = wb.create_sheet(name)
        ws.append([f"{platform}2024年协商议事活动登记表"])
        ws.merge_cells("A1:E1")
        ws.append(["编号", "活动日期", "协商主题", "议题来源", "参加人员"])
        ws.append([1, "2024年5月6日", f"{name}农贸市场改造", "群众出题", "马海云、何玲"])
        ws.append([2, "2024年7月9日", f"{name}学校周边交通", "委员荐题", "何玲"])
    stats = wb.create_sheet("汇总")
    stats.append(["乡镇", "次数"])
    stats.append(["桥头镇", 2])
    path = tmp_path / "大通县.xlsx"
    wb.save(path)
    preview = service.read(path)
    assert [s.platform for s in preview.sheets[:2]] == ["大通县桥头镇委员驿站", "大通县城关镇委员工作室"]
    assert preview.mapping.sheets["汇总"].target is None
    save_first_mapping(service, store, path, "大通县")
    assert_clean_and_idempotent(service, store, db, path, "大通县")
    with db.session(write=False) as s:
        held = {
            (x.topic, p.name)
            for x, p in s.exec(
                select(ConsultationSession, Platform).join(
                    Platform, Platform.id == ConsultationSession.platform_id
                )  # type: ignore[arg-type]
            ).all()
        }
        assert ("桥头镇农贸市场改造", "大通县桥头镇委员驿站") in held
        assert ("城关镇学校周边交通", "大通县城关镇委员工作室") in held and len(held) == 4


def test_local_words_mapped_once_and_kept_with_the_mapping(
    db: Database, actor: Actor, tmp_path: Path
) -> None:
    service = LedgerImportService(db, actor, today=TODAY)
    store = ProfileStore(db, actor)
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["城北区委员联络组意见建议办理台账"])
    ws.append(
        ["序号", "建议名称", "提出日期", "平台", "领办单位", "交办时间", "进展情况", "答复时间", "答复类别"]
    )
    words = ("领导交办", "在推进", "A类")
    for n in range(1, 7):
        ws.append(
            [n, f"建议{n}", "2024-03-01", "城北区委员联络组", "市水务局", "2024-03-05", words[1], None, None]
        )
    ws.append(
        [
            7,
            "建议7",
            "2024-03-01",
            "城北区委员联络组",
            "市水务局",
            "2024-03-05",
            "已答复",
            "2024-04-01",
            words[2],
        ]
    )
    path = tmp_path / "城北.xlsx"
    wb.save(path)
    preview = service.read(path)
    mapping = preview.mapping.copy()
    plan = service.validate(preview, mapping)
    # six cells, one word to map: the wizard lists it once
    assert [(w.vocabulary, w.text, w.count) for w in plan.unknown_values] == [
        ("SuggestionState", "在推进", 6)
    ]
    mapping.values = {"SuggestionState": {"在推进": "in_progress"}}
    store.save("城北联络组", profile_of(preview, mapping, "城北联络组"))
    assert_clean_and_idempotent(service, store, db, path, "城北联络组")
    with db.session(write=False) as s:
        states = sorted(x.state.value for x in s.exec(select(Suggestion)).all())
        assert states == ["in_progress"] * 6 + ["replied"]


INDEXED = "SELECT doc_id, kind, fingerprint, fts_rowid >> 20 FROM search_doc ORDER BY doc_id"


def test_an_import_chains_its_audit_entries_and_indexes_its_records_like_a_rebuild(
    db: Database, actor: Actor, tmp_path: Path
) -> None:
    """The batched writes (audit entries chained per batch, search entries added in bulk) leave what
    entry-by-entry writes and a full rebuild of the index leave."""
    service = LedgerImportService(db, actor, today=TODAY)
    preview = service.read(grouped_ledger(tmp_path / "胜利路.xlsx"))
    mapping = preview.mapping.copy()
    mapping.fill_dates = True
    plan = service.validate(preview, mapping)
    assert plan.ok, issue_lines(plan.errors)
    result = service.apply(plan)
    assert result.created["session"] == 3 and result.created["suggestion"] == 3
    with db.engine.connect() as conn:
        assert audit_chain.verify(conn).ok
        entities = [e for (e,) in conn.exec_driver_sql("SELECT entity FROM audit_entry ORDER BY seq")]
        assert entities[-1] == "ledger_import" and entities.count("suggestion") >= 3
        indexed = conn.exec_driver_sql(
            "SELECT doc_id, kind, fingerprint FROM search_doc ORDER BY doc_id"
        ).all()
    assert len(indexed) == 6
    hits = SearchService(db, actor).search("灯杆")
    assert [h.title for h in hits if h.kind == "suggestion"] == ["更换破损灯杆"]
    with db.session(write=True) as s:
        reindex_all(s)
    with db.engine.connect() as conn:
        rebuilt = conn.exec_driver_sql(
            "SELECT doc_id, kind, fingerprint FROM search_doc ORDER BY doc_id"
        ).all()
    assert rebuilt == indexed
