"""导出台账: one workbook with the ledgers and the figures, for one period and scope.

Sheets: 协商议事台账, 意见建议办理台账, 站室组名册, 委员名册 (members' and platform contacts' phones
masked unless `full`, see services.masking), 办理过程 (领导批示, 催办, 督办, 电话沟通 of the suggestions),
then the consultation cycle's ledgers (履职活动台账, 议题与年度计划, 社情民意信息, 调研报告, 协商专报:
exported for reading and filing, not imported back), and 统计. A coordinator's export covers their
platforms only.
Rows stream from SQL into openpyxl's write-only mode; the file appears only when complete (written
beside the target and renamed), so a cancel or an error leaves no partial workbook. A full export
(unmasked phone numbers) is recorded in the audit trail.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from sqlmodel import Session

from app.db.session import Database
from app.messages import joined, msg
from app.models.enums import AuditAction
from app.reports.excel import cycle_layouts
from app.reports.excel.layouts import (
    EVENT_COLUMNS,
    EVENTS_SHEET,
    MEMBER_COLUMNS,
    MEMBERS_SHEET,
    PLATFORM_COLUMNS,
    PLATFORMS_SHEET,
    SESSION_COLUMNS,
    SESSIONS_SHEET,
    STATS_SHEET,
    SUGGESTION_COLUMNS,
    SUGGESTIONS_SHEET,
)
from app.reports.excel.sheet_writer import Column, LedgerSheetWriter, SheetSpec
from app.reports.excel.stats_sheet import write_stats_sheet
from app.reports.excel.workbook import discard, new_workbook, save_atomically
from app.services import audit, cycle_rows, permissions
from app.services.actor import Actor
from app.services.errors import ValidationError
from app.services.ledger_import import rows
from app.services.ledger_import.event_rows import count_events, event_rows
from app.services.ledger_import.progress import (
    CancelCheck,
    OperationCancelled,
    ProgressCallback,
    Ticker,
)
from app.services.scope import Scope, scope_text
from app.services.statistics import StatisticsService

__all__ = [
    "ALL_SHEETS",
    "ExportResult",
    "LedgerExportService",
    "OperationCancelled",
]

# Sheet keys, in workbook order.
ALL_SHEETS: tuple[str, ...] = (
    "sessions", "suggestions", "platforms", "members", "events",
    "activities", "topics", "opinions", "research", "results",
    "stats",
)  # fmt: skip
SHEET_NAMES = {
    "sessions": SESSIONS_SHEET,
    "suggestions": SUGGESTIONS_SHEET,
    "events": EVENTS_SHEET,
    "platforms": PLATFORMS_SHEET,
    "members": MEMBERS_SHEET,
    "activities": cycle_layouts.ACTIVITIES_SHEET,
    "topics": cycle_layouts.TOPICS_SHEET,
    "opinions": cycle_layouts.OPINIONS_SHEET,
    "research": cycle_layouts.RESEARCH_SHEET,
    "results": cycle_layouts.RESULTS_SHEET,
    "stats": STATS_SHEET,
}


@dataclass
class ExportResult:
    path: Path
    counts: dict[str, int]  # sheet name → data rows written
    full: bool = False
    cut_cells: list[str] = field(default_factory=list)  # "意见建议办理台账 第15行「答复内容」"

    def summary(self) -> str:
        parts = joined([msg("{name} {n} 行", name=name, n=n) for name, n in self.counts.items()], msg("，"))
        if self.cut_cells:
            return msg(
                "已导出：{parts}。有 {cut} 个单元格超过 Excel 的 32767 字上限，已截断。",
                parts=parts,
                cut=len(self.cut_cells),
            )
        return msg("已导出：{parts}。", parts=parts)


def cn_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


class LedgerExportService:
    def __init__(self, db: Database, actor: Actor, *, today: date | None = None) -> None:
        self.db = db
        self.actor = actor
        self.today = today or date.today()

    def export(
        self,
        path: str | Path,
        scope: Scope | None = None,
        *,
        full: bool = False,
        progress: ProgressCallback | None = None,
        is_cancelled: CancelCheck | None = None,
        sheets: Sequence[str] = ALL_SHEETS,
    ) -> ExportResult:
        """Write the ledger workbook to `path`. Raises OperationCancelled when cancelled (no file)."""
        target = Path(path)
        unknown = [k for k in sheets if k not in SHEET_NAMES]
        if unknown:
            raise ValidationError({"sheets": msg("未知的工作表：{join}", join="、".join(unknown))})
        if target.suffix.lower() != ".xlsx":
            raise ValidationError({"path": msg("导出文件的扩展名应为 .xlsx")})
        if not target.parent.is_dir():
            raise ValidationError({"path": msg("文件夹“{parent}”不存在", parent=target.parent)})
        if full:
            permissions.require_full_export(self.actor)
        scope = permissions.restrict(self.actor, scope)
        ticker = Ticker(progress, is_cancelled)
        ticker.check()
        result = ExportResult(target, {}, full)
        wb = new_workbook()
        try:
            with self.db.session(write=False) as s:
                self._write_sheets(s, wb, scope, full, sheets, ticker, result)
            ticker.check()
            ticker.report(ticker.total, msg("正在保存文件……"))
            save_atomically(wb, target)
        except BaseException:
            discard(wb)
            raise
        if full:
            self._record_full_export(target, scope, result)
        return result

    # -- sheets ---------------------------------------------------------------------------------
    def _write_sheets(
        self,
        s: Session,
        wb: Workbook,
        scope: Scope,
        full: bool,
        sheets: Sequence[str],
        ticker: Ticker,
        result: ExportResult,
    ) -> None:
        if ticker.progress is not None:  # counting costs a query per sheet: only for a progress bar
            counts = rows.count_rows(s, scope, sheets) | cycle_rows.count_cycle_rows(s, scope, self.today)
            if "events" in sheets:
                counts["events"] = count_events(s, scope)
            ticker.total = sum(counts.get(k, 0) for k in sheets) + (1 if "stats" in sheets else 0)
        where = self.describe(s, scope)
        sources: dict[str, tuple[tuple[Column, ...], Callable[[], Iterator[rows.Row]]]] = {
            "sessions": (SESSION_COLUMNS, lambda: rows.session_rows(s, scope)),
            "suggestions": (SUGGESTION_COLUMNS, lambda: rows.suggestion_rows(s, scope, today=self.today)),
            "platforms": (PLATFORM_COLUMNS, lambda: rows.platform_rows(s, scope, full=full)),
            "members": (MEMBER_COLUMNS, lambda: rows.member_rows(s, scope, full=full)),
            "events": (EVENT_COLUMNS, lambda: event_rows(s, scope)),
            "activities": (cycle_layouts.ACTIVITY_COLUMNS, lambda: cycle_rows.activity_rows(s, scope)),
            "topics": (cycle_layouts.TOPIC_COLUMNS, lambda: cycle_rows.topic_rows(s, scope, self.today)),
            "opinions": (cycle_layouts.OPINION_COLUMNS, lambda: cycle_rows.opinion_rows(s, scope)),
            "research": (cycle_layouts.RESEARCH_COLUMNS, lambda: cycle_rows.research_rows(s, scope)),
            "results": (cycle_layouts.RESULTS_COLUMNS, lambda: cycle_rows.results_rows(s, scope)),
        }
        for key in ALL_SHEETS:
            if key not in sheets:
                continue
            name = SHEET_NAMES[key]
            heading = f"{name}（{where}）"
            if key == "stats":
                ticker.report(ticker.done, msg("正在汇总{name}……", name=name))
                figures = StatisticsService(self.db, self.actor).summary(scope, today=self.today)
                stats = write_stats_sheet(wb, name, heading, self.subheading(), figures)
                result.counts[name] = stats.rows
                ticker.report(ticker.done + 1, msg("已汇总{name}", name=name))
                continue
            columns, fetch = sources[key]
            masked = key in ("members", "platforms") and not full
            spec = SheetSpec(name, heading, self.subheading(masked=masked), columns)
            writer = LedgerSheetWriter(wb, spec)
            sheet = writer.write(fetch(), self._tick(ticker, msg("正在导出{name}……", name=name)))
            result.counts[name] = sheet.rows
            result.cut_cells.extend(f"{name} {where_cut}" for where_cut in sheet.cut)

    @staticmethod
    def _tick(ticker: Ticker, message: str) -> Callable[[int], None]:
        start = ticker.done
        return lambda n: ticker.report(start + n, message)

    def describe(self, s: Session, scope: Scope) -> str:
        """The filter in words, for titles: 2025年1月1日至2025年12月31日 · 城西区 · 胜利路委员驿站."""
        return scope_text(s, scope)

    def subheading(self, *, masked: bool = False) -> str:
        text = f"制表日期：{cn_date(self.today)}　　制表人：{self.actor.display_name}"
        if masked:
            text += "　　（联系电话已隐去）"
        return text

    def _record_full_export(self, target: Path, scope: Scope, result: ExportResult) -> None:
        with self.db.session(write=True) as s:
            audit.record(
                s,
                self.actor,
                AuditAction.EXPORT,
                "ledger_export",
                None,
                after={"file": target.name, "scope": scope.as_dict(), "rows": result.counts, "full": True},
                note="完整导出台账（含未隐去的联系电话）",
            )
