"""The translation catalogues: complete for the code as it is, compiled as committed, and translations
that keep the placeholders of their source (packaging/translations.py makes them)."""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load() -> ModuleType:
    # Loaded by path: the folder's name is also that of a well-known library on sys.path.
    spec = importlib.util.spec_from_file_location(
        "ledger_translations", ROOT / "packaging" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


translations = _load()
Entry = tuple[str, str]  # (context, source)


def entries(ts: Path) -> dict[Entry, ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def finished(message: ET.Element) -> str | None:
    """The translation of a message, or None when it is missing, empty or marked unfinished."""
    node = message.find("translation")
    if node is None or node.get("type") in ("unfinished", "obsolete", "vanished"):
        return None
    numerus = [n.text or "" for n in node.iter("numerusform")]
    text = "".join(numerus) if numerus else (node.text or "")
    return text or None


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed catalogues, brought up to date with the code in a temporary copy."""
    folder = tmp_path_factory.mktemp("ts")
    for language in translations.LANGUAGES:
        shutil.copy2(translations.ts_file(language), folder)
    translations.update(ts_dir=folder)
    return folder


def test_the_scanned_paths_are_one_list_holding_the_interface() -> None:
    assert "app/ui" in translations.SCANNED
    assert ROOT / "app" / "ui" in translations.scanned_paths()
    assert all(p.is_dir() or p.suffix == ".py" for p in translations.scanned_paths())
    assert ROOT / "app" / "glossary.py" in translations.scanned_paths()  # its terms are messages too


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_string_of_the_code_is_in_the_committed_catalogue(refreshed: Path, language: str) -> None:
    committed = set(entries(translations.ts_file(language)))
    current = set(entries(translations.ts_file(language, refreshed)))
    assert len(current) > 1000  # the scan found the interface
    missing = sorted(current - committed)
    assert not missing, f"{len(missing)} strings missing, run `python3 dev.py translations`: {missing[:10]}"
    vanished = sorted(committed - current)
    assert not vanished, f"{len(vanished)} strings no longer in the code: {vanished[:10]}"


def test_the_english_catalogue_is_complete() -> None:
    messages = entries(translations.ts_file("en"))
    open_ones = sorted(key for key, message in messages.items() if finished(message) is None)
    assert not open_ones, f"{len(open_ones)} of {len(messages)} unfinished, e.g. {open_ones[:10]}"


def test_the_committed_qm_files_are_compiled_from_the_catalogues(tmp_path: Path) -> None:
    compiled = translations.compile_catalogues(qm_dir=tmp_path)
    assert {p.name for p in compiled} == {f"ledger_{lang}.qm" for lang in translations.LANGUAGES}
    for path in compiled:
        committed = translations.qm_file(path.stem.removeprefix("ledger_"))
        assert committed.read_bytes() == path.read_bytes(), f"{committed.name} is stale: dev.py translations"


# -- placeholders -------------------------------------------------------------------------------------

PLACEHOLDER = re.compile(
    r"%L?\d+|%n"  # Qt's %1 … %9, %L1, %n
    r"|\{[A-Za-z_]\w*(?:[.\[][^}]*)?(?:![rsa])?(?::[^{}]*)?\}|\{\d*\}"  # str.format fields
    r"|%\([A-Za-z_]\w*\)[sdr]"  # %(name)s
)


def placeholders(text: str) -> Counter[str]:
    """The placeholders of a text, and its keyboard accelerators (& before a character; && is an &)."""
    found = Counter(m.group(0) for m in PLACEHOLDER.finditer(text))
    accelerators = len(re.findall(r"(?<!&)&(?=[^&\s])", text.replace("&&", "")))
    if accelerators:
        found["&"] = accelerators
    return found


# Placeholders that carry only a Chinese measure word (个, 条, 件): a language without measure words
# leaves them out. Every other placeholder must be kept, and none may be added.
DROPPABLE = frozenset({"{unit}"})


def mismatches(messages: dict[Entry, ET.Element]) -> list[str]:
    wrong = []
    for (context, source), message in messages.items():
        target = finished(message) or (message.findtext("translation") or None)
        if not target:
            continue
        wanted, found = placeholders(source), placeholders(target)
        for name in DROPPABLE:
            if name not in found:
                wanted.pop(name, None)
        if wanted != found:
            wrong.append(f"{context}: {source!r} → {target!r}")
    return wrong


def test_placeholders_are_recognised() -> None:
    assert placeholders("{count} 条，第 %1 页，{name!r:>4}，保存(&S)，A && B") == Counter(
        {"{count}": 1, "%1": 1, "{name!r:>4}": 1, "&": 1}
    )
    good = ET.fromstring(
        "<message><source>共 {n} 条(&amp;A)</source><translation>&amp;All {n}</translation></message>"
    )
    bad = ET.fromstring(
        "<message><source>共 {n} 条</source><translation>{count} in all</translation></message>"
    )
    assert mismatches({("X", "共 {n} 条(&A)"): good}) == []
    assert mismatches({("X", "共 {n} 条"): bad}) == ["X: '共 {n} 条' → '{count} in all'"]
    unit = ET.fromstring("<message><source>{n} {unit}</source><translation>{n} rows</translation></message>")
    assert mismatches({("X", "{n} {unit}"): unit}) == []


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_translations_keep_the_placeholders_of_their_source(language: str) -> None:
    wrong = mismatches(entries(translations.ts_file(language)))
    assert not wrong, f"{len(wrong)} translations change placeholders: {wrong[:10]}"
