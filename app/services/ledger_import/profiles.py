"""导入方案: a mapping a clerk made once, saved under a name (in the database) or kept as a JSON file.

The format names columns by their titles as the ledger writes them (a grouped header as
办理情况/承办单位), never by letters, so next month's ledger from the same station, with one more
title line or a column moved, imports in one step. See the README ("导入方案") for the format.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlmodel import select

from app.db.session import Database
from app.messages import msg
from app.models.enums import AuditAction
from app.models.office import ImportProfile
from app.services import audit, permissions
from app.services.actor import Actor
from app.services.errors import NotFoundError, ServiceError
from app.services.ledger_import.fields import TARGETS
from app.services.ledger_import.headers import match_title
from app.services.ledger_import.model import ImportMapping, ImportPreview, SheetMapping, SheetPreview
from app.services.ledger_import.reader import build_sheet
from app.services.validation import raise_if
from app.services.value_words import VocabularyError, import_words
from app.services.xlsx_layout import SheetLayout

FORMAT = 1
OPTIONS = ("platform", "district", "fill_dates", "default_unit", "default_result")


def profile_of(preview: ImportPreview, mapping: ImportMapping, name: str | None = None) -> dict[str, Any]:
    """The mapping in the saved form: per sheet its kind and each mapped column's title → field."""
    sheets = []
    for sheet in preview.sheets:
        sm = mapping.sheets.get(sheet.name)
        if sm is None or sm.target is None:
            continue
        titles = {c.index: c.header for c in sheet.columns}
        columns = {titles[i]: key for i, key in sm.columns.items() if titles.get(i)}
        sheets.append({"sheet": sheet.name, "target": sm.target, "columns": columns})
    data: dict[str, Any] = {"format": FORMAT, "name": name or mapping.name, "sheets": sheets}
    data["values"] = mapping.values
    for option in OPTIONS:
        data[option] = getattr(mapping, option)
    return data


def _entries(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The sheet entries of a profile, also from the older forms ({"列名": "字段"}, sheets by name)."""
    sheets = data.get("sheets", [])
    if isinstance(sheets, dict):
        sheets = [{"sheet": k, **v} for k, v in sheets.items() if isinstance(v, dict)]
    if not isinstance(sheets, list):
        raise ServiceError(msg("导入方案中的“sheets”应为列表。"))
    flat = data.get("columns")
    if flat is None:
        skip = {"sheets", "values", "format", "name", *OPTIONS}
        flat = {k: v for k, v in data.items() if k not in skip}
    entries = [e for e in sheets if isinstance(e, dict)]
    if flat:
        entries.append({"columns": flat})
    return entries


def apply_profile(preview: ImportPreview, data: Any) -> ImportMapping:
    """The detected mapping with a profile laid over it (sheets matched by name, else by titles)."""
    if not isinstance(data, dict):
        raise ServiceError(msg('导入方案应为 JSON 对象，如 {"sheets": [...]}。'))
    mapping = preview.mapping.copy()
    values = data.get("values") or {}
    try:
        import_words({}, values)
    except ServiceError as exc:
        raise ServiceError(msg("导入方案的取值对应有误：{message}", message=exc.message)) from None
    mapping.values = {v: dict(t) for v, t in values.items()}
    for option in OPTIONS:
        if option in data and data[option] not in (None, ""):
            setattr(mapping, option, data[option])
    mapping.name = data.get("name") or mapping.name
    entries = _entries(data)
    for index, sheet in enumerate(preview.sheets):
        entry = _entry_for(sheet, entries)
        if entry is None:
            continue
        target = resolve_target(entry.get("target", mapping.sheets[sheet.name].target or sheet.target))
        general = [e for e in entries if not e.get("sheet") and "target" not in e and e is not entry]
        columns: dict[str, Any] = {}
        for source in (*general, entry):
            columns.update({str(k): v for k, v in (source.get("columns") or {}).items()})
        if target is None:
            mapping.sheets[sheet.name] = SheetMapping(None, sheet.header_row, {})
            continue
        fitted = _fit(sheet, target, columns)
        preview.sheets[index] = fitted
        sm = SheetMapping(target, fitted.header_row, {}, fitted.platform)
        for column in fitted.columns:
            key = match_title(column.header, target) if column.header else None
            if column.hidden and key not in ("record_id", "version"):
                key = None
            sm.columns[column.index] = key
        for title, field in columns.items():
            named = next((c for c in fitted.columns if title in (c.header, c.letter)), None)
            if named is not None:
                sm.columns[named.index] = resolve_field(target, field, title)
        mapping.sheets[sheet.name] = sm
    return mapping


def _entry_for(sheet: SheetPreview, entries: list[dict[str, Any]]) -> dict[str, Any] | None:
    for entry in entries:
        if entry.get("sheet") == sheet.name:
            return entry
    titles = _titles_in(sheet)
    best: tuple[int, dict[str, Any] | None] = (0, None)
    for entry in entries:
        if (
            entry.get("sheet") not in (None, "")
            and entry.get("sheet") != sheet.name
            and entry.get("target") is None
        ):
            continue
        named = set(map(str, entry.get("columns") or {}))
        hits = len(named & titles)
        if hits and hits * 2 >= min(len(named), 2) and hits > best[0]:
            best = (hits, entry)
    return best[1]


def _titles_in(sheet: SheetPreview) -> set[str]:
    found = {c.header for c in sheet.columns if c.header}
    for row in sheet.rows[:30]:
        found.update(v.strip() for v in row if isinstance(v, str) and v.strip())
    found.update(part for title in list(found) for part in title.split("/"))
    return found


def _fit(sheet: SheetPreview, target: str, columns: dict[str, Any]) -> SheetPreview:
    """The sheet read as `target`; the header where the profile's titles are, when detection missed it."""
    layout = SheetLayout(list(sheet.merges), set(sheet.hidden_columns))
    fitted = build_sheet(sheet.name, sheet.rows, layout=layout, row_count=sheet.row_count, targets=[target])
    named = set(columns)
    if fitted.header_row and named & {c.header for c in fitted.columns}:
        return fitted
    best = (0, fitted.header_row or 1)
    for number, row in enumerate(sheet.rows[:30], 1):
        hits = sum(1 for v in row if isinstance(v, str) and v.strip() in named)
        if hits > best[0]:
            best = (hits, number)
    rebuilt = build_sheet(sheet.name, sheet.rows, best[1], layout=layout, row_count=sheet.row_count)
    rebuilt.target = target
    return rebuilt


def resolve_target(value: Any) -> str | None:
    if value in (None, "", "skip"):
        return None
    for key, spec in TARGETS.items():
        if value in (key, spec.label):
            return key
    choices = "、".join(msg("{key}（{label}）", key=key, label=spec.label) for key, spec in TARGETS.items())
    raise ServiceError(
        msg("导入方案中的表类型“{value}”无效。可用：{choices}。", value=value, choices=choices)
    )


def resolve_field(target: str, value: Any, column: str) -> str | None:
    if value in (None, ""):
        return None
    spec = TARGETS[target]
    for field in spec.fields:
        if value in (field.key, field.label):
            return field.key
    guessed = match_title(str(value), target)
    if guessed is not None:
        return guessed
    choices = "、".join(msg("{key}（{label}）", key=f.key, label=f.label) for f in spec.fields)
    raise ServiceError(
        msg(
            "导入方案中“{column}”对应的字段“{value}”无效。可用字段：{choices}。",
            column=column,
            value=value,
            choices=choices,
        )
    )


class ProfileStore:
    """Saved 导入方案 in the database (table import_profile), so they travel with it; audited."""

    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    def names(self) -> list[str]:
        with self.db.session(write=False) as s:
            return sorted(s.exec(select(ImportProfile.name)).all())

    def get(self, name: str) -> dict[str, Any]:
        with self.db.session(write=False) as s:
            row = s.exec(select(ImportProfile).where(ImportProfile.name == name.strip())).first()
            if row is None:
                raise NotFoundError(
                    msg(
                        "没有名为“{name}”的导入方案。已保存的方案：{value}。",
                        name=name,
                        value="、".join(self.names()) or "（无）",
                    )
                )
            data: dict[str, Any] = json.loads(row.content)
            return data

    def save(self, name: str, data: dict[str, Any]) -> None:
        permissions.require_write(self.actor)
        name = (name or "").strip()
        raise_if(
            {"name": msg("请填写方案名称")}
            if not name
            else {"name": msg("方案名称过长（最多 100 个字）")}
            if len(name) > 100
            else {}
        )
        try:
            import_words({}, data.get("values") or {})
        except (ServiceError, VocabularyError) as exc:
            raise_if({"values": str(exc)})
        text = json.dumps({**data, "name": name}, ensure_ascii=False, sort_keys=True)
        with self.db.session() as s:
            row = s.exec(select(ImportProfile).where(ImportProfile.name == name)).first()
            before = json.loads(row.content) if row is not None else None
            if row is None:
                row = ImportProfile(name=name, content=text)
                s.add(row)
            elif row.content == text:
                return
            else:
                row.content = text
            s.flush()
            action = AuditAction.CREATE if before is None else AuditAction.UPDATE
            audit.record(
                s,
                self.actor,
                action,
                "import_profile",
                row.id,
                before=before,
                after=json.loads(text),
                note=name,
            )


def load_profile(reference: str, store: ProfileStore) -> dict[str, Any]:
    """`--mapping NAME|FILE`: a saved name first, else a JSON file, else JSON text."""
    text = reference.strip()
    if text and not text.startswith("{") and text in store.names():
        return store.get(text)
    path = Path(text)
    source = text
    if not text.startswith("{"):
        if not path.is_file():
            raise ServiceError(
                msg(
                    "“{text}”既不是已保存的导入方案，也不是 JSON 文件。已保存的方案：{value}。",
                    text=text,
                    value="、".join(store.names()) or "（无）",
                )
            )
        source = path.read_text(encoding="utf-8")
    try:
        data = json.loads(source)
    except json.JSONDecodeError as exc:
        raise ServiceError(
            msg(
                "导入方案不是有效的 JSON（第 {lineno} 行第 {colno} 列：{msg_}）。",
                lineno=exc.lineno,
                colno=exc.colno,
                msg_=exc.msg,
            )
        ) from None
    if not isinstance(data, dict):
        raise ServiceError(msg('导入方案应为 JSON 对象，如 {"sheets": [...]}。'))
    return data
