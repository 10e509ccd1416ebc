"""导入台账: the use case a wizard and the command line drive, step by step.

service = LedgerImportService(db, actor)
preview = service.read(path)                   # refuses hostile files; detects header rows and columns
mapping = preview.mapping.copy()               # the wizard's column-mapping screen edits this
plan = service.validate(preview, mapping)      # every row checked; nothing written
if plan.ok:
    result = service.apply(plan)               # one transaction, all or nothing
else:
    service.write_error_report(plan, "错误.xlsx")
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.db.session import Database
from app.services.actor import Actor
from app.services.ledger_import.apply import ALL, PER_ROW, TRIAL, Applier
from app.services.ledger_import.collector import settled
from app.services.ledger_import.model import (
    ImportMapping,
    ImportPlan,
    ImportPreview,
    ImportResult,
    SheetMapping,
)
from app.services.ledger_import.plan_events import Planner
from app.services.ledger_import.profiles import ProfileStore, apply_profile, profile_of
from app.services.ledger_import.progress import CancelCheck, ProgressCallback, Ticker
from app.services.ledger_import.read_as import read_as
from app.services.ledger_import.reader import build_sheet, read_workbook, sheet_mapping
from app.services.ledger_import.report import write_error_report
from app.services.office_settings import load_settings
from app.services.value_words import Vocabulary, import_words
from app.services.xlsx_guard import DEFAULT_LIMITS, Limits
from app.services.xlsx_layout import SheetLayout


class LedgerImportService:
    def __init__(
        self, db: Database, actor: Actor, *, today: date | None = None, limits: Limits = DEFAULT_LIMITS
    ) -> None:
        self.db = db
        self.actor = actor
        self.today = today
        self.limits = limits

    def read(
        self,
        path: str | Path,
        progress: ProgressCallback | None = None,
        is_cancelled: CancelCheck | None = None,
    ) -> ImportPreview:
        """Check the file (HostileFileError before any parsing), read its sheets and detect the mapping.

        Reading does not know the row count in advance: progress reports total 0 (busy indicator).
        """
        return read_workbook(Path(path), Ticker(progress, is_cancelled), self.limits)

    def remap_sheet(
        self, preview: ImportPreview, sheet: str, *, target: str | None = None, header_row: int | None = None
    ) -> SheetMapping:
        """A fresh detected mapping for one sheet after the user picked its kind or its header row.

        Replaces the sheet in `preview` (its columns follow the header row); put the result into the
        mapping being edited: `mapping.sheets[sheet] = service.remap_sheet(preview, sheet, ...)`.
        """
        index = next(i for i, s in enumerate(preview.sheets) if s.name == sheet)
        old = preview.sheets[index]
        layout = SheetLayout(list(old.merges), set(old.hidden_columns))  # the user chose it: hidden or not
        rebuilt = build_sheet(sheet, old.rows, header_row, layout=layout, row_count=old.row_count)
        preview.sheets[index] = rebuilt
        return sheet_mapping(rebuilt, target)

    def validate(
        self,
        preview: ImportPreview,
        mapping: ImportMapping | None = None,
        *,
        progress: ProgressCallback | None = None,
        is_cancelled: CancelCheck | None = None,
        trial: bool = True,
    ) -> ImportPlan:
        """Check every row against the mapping (default: the detected one). Writes nothing.

        `trial=False` leaves out the rolled-back trial of the writes, for a caller that applies the
        plan at once: `apply` applies the same rules and names every row they refuse (ImportRefused).
        """
        ticker = Ticker(progress, is_cancelled)
        planner = Planner(self.db, self.actor, preview, mapping or preview.mapping, ticker, self.today)
        with settled():
            plan = planner.run()
            if trial and plan.ok and plan.records:
                # The same writes as the import, in a transaction that is rolled back: every rule of the
                # services and of `check` is applied to every row, and each refused row is reported.
                checked = Applier(self.db, self.actor, plan, ticker, self.today, mode=TRIAL).run()
                plan.issues.extend(checked.issues)
        return plan

    def apply(
        self,
        plan: ImportPlan,
        progress: ProgressCallback | None = None,
        is_cancelled: CancelCheck | None = None,
        *,
        per_row: bool = False,
    ) -> ImportResult:
        """Write the plan in one transaction. Refuses a plan with errors; a cancel rolls everything back.

        Rows the database refuses now (changed by someone since the check, or a rule of the 办理 steps
        when the plan was made with trial=False) are all named in ImportRefused and nothing is written;
        with `per_row` they are reported in `result.issues` and the others written.
        """
        if plan.for_display_only:  # our bug: the whole plan stayed in the process that made it
            raise ValueError("a plan made for display has no records to write")
        mode = PER_ROW if per_row else ALL
        with settled():
            return Applier(self.db, self.actor, plan, Ticker(progress, is_cancelled), self.today, mode).run()

    def write_error_report(self, plan: ImportPlan, path: str | Path) -> Path:
        return write_error_report(plan, path)

    def words(self, mapping: ImportMapping) -> Vocabulary:
        """The words this import knows: shipped, the office's (settings), the mapping's own."""
        with self.db.session(write=False) as s:
            office = load_settings(s).value_words
        return import_words(office, mapping.values)

    def read_as(
        self, preview: ImportPreview, mapping: ImportMapping, sheet: str, count: int = 8
    ) -> tuple[list[str], list[tuple[int, list[str]]]]:
        """The first rows of a sheet as the import will read them (the wizard's preview)."""
        return read_as(preview.sheet(sheet), mapping.sheets[sheet], self.words(mapping), count)

    # -- saved mappings (导入方案) ---------------------------------------------------------------------
    def profiles(self) -> ProfileStore:
        return ProfileStore(self.db, self.actor)

    def apply_profile(self, preview: ImportPreview, name: str) -> ImportMapping:
        """The mapping saved as `name`, laid over what was detected in this file."""
        return apply_profile(preview, self.profiles().get(name))

    def save_profile(self, name: str, preview: ImportPreview, mapping: ImportMapping) -> None:
        self.profiles().save(name, profile_of(preview, mapping, name))
        mapping.name = name.strip()
