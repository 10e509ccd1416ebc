"""导出所选 / 导出检索结果: the rows a person picked in a list, or every hit of a search, as one sheet.

The columns are the list's own (key, heading); values are written as the list shows them (labels,
yyyy-mm-dd dates, 是/否), phone numbers always masked (services.masking: a full export goes through
导出台账). The file appears only when complete, and the export is recorded in the audit trail.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from app.db.session import Database
from app.models.enums import AuditAction
from app.reports.excel.sheet_writer import Column, LedgerSheetWriter, SheetSpec
from app.reports.excel.workbook import discard, new_workbook, save_atomically
from app.services import audit
from app.services.actor import Actor
from app.services.handling_steps import cn_date
from app.services.masking import PHONE_FIELDS, mask_phone

SHEET_NAME_CHARS = 31  # Excel's limit for a sheet tab


def cell_text(value: Any) -> Any:
    """What a list cell shows, as a plain value for the sheet."""
    if value is None:
        return ""
    if isinstance(value, enum.Enum):
        return getattr(value, "label", None) or str(value.value)
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, datetime):
        return value.astimezone().date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


class RowExportService:
    def __init__(self, db: Database, actor: Actor) -> None:
        self.db = db
        self.actor = actor

    def write(
        self,
        target: Path,
        title: str,
        columns: Sequence[tuple[str, str]],
        rows: Iterable[dict[str, Any]],
        *,
        formatters: dict[str, Callable[[Any], Any]] | None = None,
        today: date | None = None,
    ) -> int:
        """Write `rows` (dicts holding the columns' keys) under `title`; returns how many were written."""
        shown = formatters or {}
        spec = SheetSpec(
            title[:SHEET_NAME_CHARS],
            title,
            f"制表日期：{cn_date(today or date.today())}　　制表人：{self.actor.display_name}"
            + ("　　（联系电话已隐去）" if any(k in PHONE_FIELDS for k, _ in columns) else ""),
            [Column(key, header) for key, header in columns],
        )

        def values() -> Iterable[list[Any]]:
            for row in rows:
                out = []
                for key, _ in columns:
                    value = row.get(key)
                    if key in PHONE_FIELDS and isinstance(value, str):
                        value = mask_phone(value)
                    out.append(shown[key](value) if key in shown else cell_text(value))
                yield out

        wb = new_workbook()
        try:
            written = LedgerSheetWriter(wb, spec).write(values()).rows
            save_atomically(wb, target)
        except BaseException:
            discard(wb)
            raise
        with self.db.session() as s:
            audit.record(
                s,
                self.actor,
                AuditAction.EXPORT,
                "row_export",
                None,
                after={"file": target.name, "title": title, "rows": written},
                note=f"导出{title}",
            )
        return written
