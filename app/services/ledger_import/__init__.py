"""Excel ledger import: read a workbook, map its columns, validate every row, apply all or nothing.

Public API (for the command line and the import wizard): LedgerImportService and the plain data it
passes between steps. See service.py for the order of calls.
"""

from app.services.ledger_import.apply import ImportRefused
from app.services.ledger_import.fields import TARGETS, field_choices, target_label
from app.services.ledger_import.model import (
    ColumnInfo,
    ImportMapping,
    ImportPlan,
    ImportPreview,
    ImportResult,
    PlannedRecord,
    RowIssue,
    SheetMapping,
    SheetPreview,
)
from app.services.ledger_import.progress import CancelCheck, OperationCancelled, ProgressCallback
from app.services.ledger_import.report import issue_lines, plan_summary, result_summary, write_error_report
from app.services.ledger_import.service import LedgerImportService

__all__ = [
    "TARGETS",
    "CancelCheck",
    "ColumnInfo",
    "ImportMapping",
    "ImportPlan",
    "ImportPreview",
    "ImportRefused",
    "ImportResult",
    "LedgerImportService",
    "OperationCancelled",
    "PlannedRecord",
    "ProgressCallback",
    "RowIssue",
    "SheetMapping",
    "SheetPreview",
    "field_choices",
    "issue_lines",
    "plan_summary",
    "result_summary",
    "target_label",
    "write_error_report",
]
