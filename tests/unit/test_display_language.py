"""The display language: every label has its English, the interface picks one, documents stay Chinese."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from app.db import Database
from app.models import enums
from app.models.enums import LabeledEnum, SessionState, SuggestionState
from app.services import value_words
from app.services.actor import Actor
from app.services.demo import load_demo
from app.services.documents import DocumentKind
from app.services.documents.kinds import DocumentKind as Kinds
from app.services.handling_steps import HandlingStep
from app.services.language import (
    EN,
    ZH,
    display_language,
    language_code,
    set_display_language,
    shown,
    shown_step,
    shown_text,
)
from app.services.ledger_export import LedgerExportService
from app.services.names import NameOrder
from app.services.permissions import Area
from app.services.scope import Scope
from app.services.step_english import STEP_ENGLISH, STEP_WORDS
from app.services.subjects import SubjectKind
from tests.unit.test_pdf_documents import render

TODAY = date(2025, 12, 31)
SERVICE_ENUMS: tuple[type[LabeledEnum], ...] = (HandlingStep, SubjectKind, Area, Kinds)


def has_chinese(text: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in text)


def every_enum() -> list[type[LabeledEnum]]:
    found = [v for v in vars(enums).values() if isinstance(v, type) and issubclass(v, LabeledEnum)]
    return [e for e in found if e is not LabeledEnum] + list(SERVICE_ENUMS)


@pytest.fixture
def english() -> Iterator[None]:
    set_display_language(EN)
    yield
    set_display_language(ZH)


def test_every_coded_value_has_a_chinese_and_an_english_label() -> None:
    assert len(every_enum()) > 25
    for enum_cls in every_enum():
        for member in enum_cls:
            assert member.label.strip() and member.english.strip(), f"{enum_cls.__name__}.{member.value}"
            assert member.english.isascii(), f"{enum_cls.__name__}.{member.value}: {member.english}"
        # Within one field every English label names one value (the import wizard reads them too).
        english = [m.english.lower() for m in enum_cls]
        assert len(set(english)) == len(english), enum_cls.__name__
    assert [o.english for o in NameOrder] == ["Surname strokes", "Pinyin"]


def test_a_coded_value_without_english_stops_at_import() -> None:
    with pytest.raises(ValueError, match="Chinese label and its English"):

        class Broken(LabeledEnum):
            ONLY_CHINESE = ("only_chinese", "只有中文")


def test_every_vocabulary_of_the_value_words_has_both_labels() -> None:
    value_words.shipped_words.cache_clear()
    words = value_words.shipped_words()
    assert set(words) == set(value_words.NAMES)
    for vocabulary in value_words.NAMES:
        english = value_words.english_labels(vocabulary)
        assert {code for code, _ in value_words.codes(vocabulary)} == set(english)
        assert all(text.strip() for text in english.values()), vocabulary


def test_an_english_label_in_a_ledger_reads_as_its_code() -> None:
    vocabulary = value_words.SHIPPED
    assert vocabulary.enum(SuggestionState, "Not adopted") is SuggestionState.NOT_ADOPTED
    assert vocabulary.enum(SessionState, "in preparation") is SessionState.PLANNED
    assert vocabulary.yes_no("Yes") is True and vocabulary.yes_no("NO") is False


def test_the_display_language_is_chinese_until_set_and_follows_locale_names() -> None:
    assert display_language() == ZH
    assert shown(SessionState.PLANNED) == "筹备中"
    for name in ("en", "en_US", "en-GB", "English", "EN"):
        assert language_code(name) == EN, name
    for name in (None, "", "zh_CN", "zh", "zh_TW", "fr_FR"):
        assert language_code(name) == ZH, name
    assert set_display_language("en_US") == EN and display_language() == EN
    assert shown(SessionState.PLANNED) == "In preparation"
    assert shown(HandlingStep.ASSIGN) == "Assign"
    assert shown(None) == ""
    assert shown_text("办结率", {"办结率": "Conclusion rate"}) == "Conclusion rate"
    assert shown_text("本单位自定的类型", {"办结率": "Conclusion rate"}) == "本单位自定的类型"
    # The Chinese label is what documents use: it never follows the display language.
    assert SessionState.PLANNED.label == "筹备中"
    set_display_language("zh_CN")
    assert shown(SessionState.PLANNED) == "筹备中"
    assert shown_text("办结率", {"办结率": "Conclusion rate"}) == "办结率"


def english_labels() -> set[str]:
    """English labels long enough not to occur by chance in a Chinese document (`A`, `No`… are left out)."""
    return {m.english for e in every_enum() for m in e if len(m.english) > 4}


@pytest.fixture
def demo(db: Database, actor: Actor) -> Database:
    load_demo(db, sessions=40, seed=7, actor=actor, today=TODAY)
    return db


def test_an_excel_export_stays_chinese_with_the_interface_in_english(
    demo: Database, actor: Actor, english: None, tmp_path: Path
) -> None:
    assert display_language() == EN
    target = tmp_path / "台账.xlsx"
    steps: list[str] = []
    LedgerExportService(demo, actor, today=TODAY).export(
        target, progress=lambda _d, _t, text: steps.append(text)
    )
    # The progress dialog shows every step the export reports in English.
    assert {t for t in steps if t} and all(
        not has_chinese(shown_step(t, STEP_ENGLISH, STEP_WORDS)) for t in steps if t
    ), {t for t in steps if t and has_chinese(shown_step(t, STEP_ENGLISH, STEP_WORDS))}
    book = openpyxl.load_workbook(target, read_only=True)
    cells = {
        str(value).strip()
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
        for value in row
        if value is not None
    }
    book.close()
    assert {s.label for s in SessionState} & cells and SuggestionState.CONCLUDED.label in cells
    assert "协商议事台账" in book.sheetnames
    leaked = {text for text in english_labels() if text in cells}
    assert not leaked, leaked


def test_a_pdf_summary_stays_chinese_with_the_interface_in_english(demo: Database, english: None) -> None:
    assert display_language() == EN
    stages: list[str] = []
    _, text, _ = render(demo, DocumentKind.SUMMARY.value, progress=lambda _f, stage: stages.append(stage))
    assert stages and all(not has_chinese(shown_step(t, STEP_ENGLISH, STEP_WORDS)) for t in stages), stages
    assert "工作综述" in text or DocumentKind.SUMMARY.label in text
    assert "协商议事" in text and "意见建议" in text
    leaked = {label for label in english_labels() if label in text}
    assert not leaked, leaked


def test_every_label_the_services_hand_to_the_interface_has_its_english() -> None:
    from app.services import activity_kinds, audit_text, backups, field_english, print_settings, search_hits
    from app.services.exchange import kinds as exchange_kinds
    from app.services.exchange.directions import DIRECTION_ENGLISH, DIRECTION_LABELS
    from app.services.handling_feedback import ASPECT_ENGLISH, EVALUATION_ASPECTS

    tables: list[tuple[set[str], dict[str, str]]] = [
        (set(audit_text.ENTITY_LABELS.values()), field_english.ENTITY_ENGLISH),
        (
            set(audit_text.FIELDS.values())
            | set(audit_text.ENTITY_FIELDS.values())
            | set(search_hits._FIELD_LABELS.values()),
            field_english.FIELD_ENGLISH,
        ),
        ({label for _, label in activity_kinds.BUILTIN}, activity_kinds.KIND_ENGLISH),
        ({k.label for k in exchange_kinds.KINDS}, exchange_kinds.KIND_ENGLISH),
        (set(backups.KIND_LABELS.values()), backups.KIND_ENGLISH),
        (set(DIRECTION_LABELS.values()), DIRECTION_ENGLISH),
        (set(search_hits.KIND_LABELS.values()) | {search_hits.MEMBER_STATE}, search_hits.WORDS_ENGLISH),
        ({label for _, label in EVALUATION_ASPECTS}, ASPECT_ENGLISH),
        (set(print_settings.FONT_ROLE_LABELS.values()), print_settings.FONT_ROLE_ENGLISH),
        (set(value_words.NAMES.values()), value_words.NAMES_ENGLISH),
    ]
    for chinese, english in tables:
        assert chinese, english
        assert chinese <= set(english), chinese - set(english)
        assert all(text.strip() and text.isascii() for text in english.values()), english
    # The print settings name the documents as the document kinds do.
    assert set(print_settings.PREFIX_LABELS.values()) <= {k.label for k in Kinds}


def test_a_step_is_shown_in_english_with_what_it_names() -> None:
    set_display_language(EN)
    assert shown_step("正在写入第 3/10 条……", STEP_ENGLISH, STEP_WORDS) == "Writing record 3 of 10…"
    assert shown_step("正在导出意见建议办理台账……", STEP_ENGLISH, STEP_WORDS) == (
        "Exporting Suggestion handling ledger…"
    )
    assert shown_step("正在合并协商专报……", STEP_ENGLISH, STEP_WORDS) == "Merging Consultation brief…"
    assert shown_step("某个新的步骤", STEP_ENGLISH, STEP_WORDS) == "某个新的步骤"
    scope = Scope(date(2025, 1, 1), date(2025, 12, 31), district="城西区")
    assert scope.describe_english() == "2025-01-01 to 2025-12-31 · 城西区"
    assert Scope(None, None).describe_english() == "All time"
    set_display_language(ZH)
    assert shown_step("正在写入第 3/10 条……", STEP_ENGLISH, STEP_WORDS) == "正在写入第 3/10 条……"
    assert scope.describe() == "2025年1月1日至2025年12月31日 · 城西区"
