"""导入台账: choose a workbook (and a saved 导入方案) → say what its columns mean → map the words it uses
for our values → see every row checked → import, all or nothing → save the mapping for next month.

The steps are LedgerImportService's: read (hostile files refused), the detected mapping edited by the
user, validate (the dry run: errors per row and column, an error workbook), apply (one transaction).
Reading, checking and importing run off the GUI thread with a progress dialog and 取消, in one child
process started when the wizard opens (app.ui.tasks.keep_process) and stopped when it closes.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard

from app.services.hub import Services
from app.services.ledger_import import ImportResult, LedgerImportService
from app.ui.dialogs.import_check_page import CheckPage, DonePage
from app.ui.dialogs.import_file_page import FilePage
from app.ui.dialogs.import_mapping_page import MappingPage
from app.ui.dialogs.import_steps import (
    CHECK_PAGE,
    DONE_PAGE,
    FILE_PAGE,
    MAPPING_PAGE,
    VALUES_PAGE,
    ImportState,
)
from app.ui.dialogs.import_values_page import ValuesPage
from app.ui.screen_fit import resize_within_screen
from app.ui.tasks import keep_process

WARM = ("app.services.ledger_import",)  # what the wizard's child imports before the first step


class ImportWizard(QWizard):
    imported = Signal(object)  # the ImportResult, once the records are written

    def __init__(
        self, services: Services, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.state = ImportState(
            LedgerImportService(services.db, services.actor, today=today), services.settings
        )
        # ready (its interpreter, the importer and a connection) while the user chooses the file
        self.state.process = keep_process(services.db, services.actor, warm=WARM)
        self.finished.connect(self._closed)
        self.setWindowTitle(self.tr("导入台账"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        for button, text in (
            (QWizard.WizardButton.BackButton, self.tr("上一步")),
            (QWizard.WizardButton.NextButton, self.tr("下一步")),
            (QWizard.WizardButton.CommitButton, self.tr("导入")),
            (QWizard.WizardButton.FinishButton, self.tr("完成")),
            (QWizard.WizardButton.CancelButton, self.tr("取消")),
        ):
            self.setButtonText(button, text)
        self.file_page = FilePage(self.state)
        self.mapping_page = MappingPage(self.state)
        self.values_page = ValuesPage(self.state)
        self.check_page = CheckPage(self.state)
        self.done_page = DonePage(self.state)
        for number, page in zip(
            (FILE_PAGE, MAPPING_PAGE, VALUES_PAGE, CHECK_PAGE, DONE_PAGE),
            (self.file_page, self.mapping_page, self.values_page, self.check_page, self.done_page),
            strict=True,
        ):
            self.setPage(number, page)
        resize_within_screen(self, 980, 740)
        self.currentIdChanged.connect(self._page_shown)

    @property
    def import_result(self) -> ImportResult | None:
        return self.state.result

    def _closed(self, _result: int) -> None:
        if self.state.process is not None:
            self.state.process.stop()

    def _page_shown(self, _page_id: int) -> None:
        if self.currentPage() is self.done_page and self.state.result is not None:
            self.imported.emit(self.state.result)
