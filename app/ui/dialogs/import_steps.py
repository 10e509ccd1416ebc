"""What the import wizard's pages share: the import's state, and pages whose 下一步 runs a background step.

QWizard asks `validatePage()` for an answer at once, but reading, checking and writing a workbook take
seconds. A StepPage starts its work off the GUI thread and says "not yet"; when the work has finished
it moves the wizard on itself. With synchronous tasks (tests) the answer is ready before
`validatePage()` returns, and the page simply says yes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWizardPage

from app.services.child_work import Job, Kept, ServiceCall
from app.services.ledger_import import (
    ImportMapping,
    ImportPlan,
    ImportPreview,
    ImportResult,
    LedgerImportService,
)
from app.services.office_settings import OfficeSettingsService
from app.ui.task_process import TaskProcess
from app.ui.tasks import TaskHandle, Work, run_with_progress

FileKey = tuple[str, int, int]  # path, modification time, size: a file edited since is read again
FILE_PAGE, MAPPING_PAGE, VALUES_PAGE, CHECK_PAGE, DONE_PAGE = range(5)
IMPORTER = "app.services.ledger_import:LedgerImportService"
KEPT_PLAN = "plan"  # the last check's plan, kept in the wizard's child


@dataclass
class ImportState:
    service: LedgerImportService
    settings: OfficeSettingsService
    path: Path | None = None
    file_key: FileKey | None = None
    preview: ImportPreview | None = None
    mapping: ImportMapping | None = None  # the user's edited copy of preview.mapping
    plan: ImportPlan | None = None
    result: ImportResult | None = None
    profile: str | None = None  # the saved 导入方案 chosen on the file page
    process: TaskProcess | None = None  # the child that runs the steps (kept while the wizard is open)

    def job(self, method: str, *args: Any, keep_as: str | None = None, reply: str | None = None) -> Job:
        """`service.method(*args, progress=…, is_cancelled=…)` in the wizard's child process
        (app.ui.tasks): the importer is pure Python and would hold the interpreter lock the window
        needs."""
        service = self.service
        init = {"today": service.today, "limits": service.limits}
        call = ServiceCall(IMPORTER, method, args=args, init=init, keep_as=keep_as, reply=reply)
        return Job(service.db, service.actor, call)

    def check_job(self, preview: ImportPreview, mapping: ImportMapping) -> Job:
        """Check every row. In the wizard's kept child the plan stays there (its records are most of
        it) and a copy for display comes back; the import then names the kept one."""
        if self.process is None:
            return self.job("validate", preview, mapping)
        return self.job("validate", preview, mapping, keep_as=KEPT_PLAN, reply="for_display")

    def import_job(self, plan: ImportPlan) -> Job:
        return self.job("apply", Kept(KEPT_PLAN) if plan.for_display_only else plan)

    def require_preview(self) -> tuple[ImportPreview, ImportMapping]:
        assert self.preview is not None and self.mapping is not None, "the file page reads the file first"
        return self.preview, self.mapping


class StepPage(QWizardPage):
    """A wizard page whose 下一步 runs `step_work` in the background with a progress dialog."""

    def __init__(self, state: ImportState) -> None:
        super().__init__()
        self.state = state
        self.handle: TaskHandle | None = None
        self._passed = False  # the step finished: the next validatePage() lets the wizard move on
        self._inside = False  # validatePage() is still on the stack (synchronous tasks)

    # -- for subclasses ---------------------------------------------------------------------------
    def needs_step(self) -> bool:
        return True

    def step_label(self) -> str:
        raise NotImplementedError

    def step_work(self) -> Work | None:
        """The work to run (a function for a thread or a Job for a child process), or None when the
        page cannot go on (it has said why)."""
        raise NotImplementedError

    def step_done(self, result: Any) -> None:
        raise NotImplementedError

    def step_failed(self, error: BaseException) -> None:
        raise error

    def step_cancelled(self) -> None:
        """The user pressed 取消 in the progress dialog."""

    # -- QWizardPage -------------------------------------------------------------------------------
    def validatePage(self) -> bool:
        if self._passed:
            self._passed = False
            return True
        if self.handle is not None and not self.handle.done:
            return False
        if not self.needs_step():
            return True
        work = self.step_work()
        if work is None:
            return False
        self._inside = True
        try:
            self.handle = run_with_progress(
                self,
                self.step_label(),
                work,
                on_result=self._finished,
                on_error=self.step_failed,
                on_cancelled=self.step_cancelled,
                process=self.state.process,
            )
        finally:
            self._inside = False
        if self._passed:
            self._passed = False
            return True
        return False

    def _finished(self, result: Any) -> None:
        self.step_done(result)
        self._passed = True
        wizard = self.wizard()
        if not self._inside and wizard is not None and wizard.currentPage() is self:
            wizard.next()
