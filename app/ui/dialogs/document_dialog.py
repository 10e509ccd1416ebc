"""打印文档: choose the document, its record or period, then generate it off the GUI thread and preview it.

For 工作综述 the drafted statistics paragraph is shown for editing; what the clerk leaves in the box is
what the summary prints.
"""

from __future__ import annotations

import shutil
import tempfile
import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.reports.pdf.layout import RenderCancelled
from app.services.documents import DocumentKind, DocumentService, RenderResult
from app.services.errors import ServiceError
from app.services.hub import Services
from app.services.language import shown
from app.services.scope import Scope
from app.ui import changes
from app.ui.changes import Change
from app.ui.dialogs.form_dialog import FormDialog
from app.ui.dialogs.office_name_dialog import OfficeNameDialog, office_name_missing
from app.ui.dialogs.pdf_preview import PdfPreviewBase, make_pdf_preview
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.messages import render, show_error, show_info
from app.ui.style import styled_label
from app.ui.tasks import TaskContext, TaskHandle, run_task, run_with_progress
from app.ui.widgets.choice_combo import ChoiceCombo
from app.ui.widgets.file_actions import safe_file_name
from app.ui.widgets.prerequisite import Prerequisite
from app.ui.widgets.record_chooser import RecordChooser, noun_text
from app.ui.widgets.scope_fields import ScopeFields

CONTEXT = "DocumentDialog"
HINTS: dict[DocumentKind, str] = {
    DocumentKind.SESSION: QT_TRANSLATE_NOOP(
        CONTEXT, "一次活动的议题、时间地点、参加人员、纪要、共识和形成的意见建议。"
    ),
    DocumentKind.DOSSIER: QT_TRANSLATE_NOOP(
        CONTEXT, "活动纪要加上每条意见建议的办理、答复、评价、时间线和图片附件。"
    ),
    DocumentKind.SIGNIN: QT_TRANSLATE_NOOP(CONTEXT, "筹备中的活动的签到表，委员按姓氏笔画排列。"),
    DocumentKind.ASSIGNMENT: QT_TRANSLATE_NOOP(CONTEXT, "把一条意见建议交给承办单位办理的交办单。"),
    DocumentKind.REMINDER: QT_TRANSLATE_NOOP(CONTEXT, "列出一个承办单位超期未答复事项的催办单。"),
    DocumentKind.MEMBER: QT_TRANSLATE_NOOP(CONTEXT, "一名委员在所选时间内参加活动、提出意见建议等履职情况。"),
    DocumentKind.SUMMARY: QT_TRANSLATE_NOOP(
        CONTEXT, "所选时间和范围的工作综述：主要数字、图表、超期清单和统计段落。"
    ),
    DocumentKind.SUPERVISION: QT_TRANSLATE_NOOP(CONTEXT, "所选时间和范围内尚未办结事项的督办清单（横向）。"),
    DocumentKind.PLAN: QT_TRANSLATE_NOOP(
        CONTEXT, "所选时间内列入年度协商计划的议题，逐项标明已开展、计划中或逾期未开展。"
    ),
    DocumentKind.RANKING: QT_TRANSLATE_NOOP(
        CONTEXT, "全体委员在所选时间内的履职积分、排名和履职评价等次（横向）。"
    ),
    DocumentKind.RESULTS_REPORT: QT_TRANSLATE_NOOP(
        CONTEXT, "一期协商专报：期号、标题、正文、领导批示和成果转化。"
    ),
}
# Kinds that take 站室组 and 县区.
PLACE_KINDS = (DocumentKind.SUMMARY, DocumentKind.SUPERVISION, DocumentKind.PLAN, DocumentKind.RANKING)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class DocumentDialog(FormDialog):
    def __init__(
        self,
        services: Services,
        kind: DocumentKind = DocumentKind.SUMMARY,
        record: tuple[uuid.UUID, str] | None = None,
        scope: Scope | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.today = today
        self.handle: TaskHandle | None = None
        self.preview: PdfPreviewBase | None = None
        self.last_pdf: Path | None = None
        self.last_result: RenderResult | None = None
        self._paragraph_edited = False
        self._drafting = False
        self._draft_generation = 0
        self._ready = False  # no drafting until the initial kind, record and scope are in place
        self.setWindowTitle(self.tr("打印文档"))
        self.setMinimumWidth(600)

        self.kind = ChoiceCombo()
        self.kind.set_enum(DocumentKind)
        self.hint = styled_label("", "pageHint", wrap=True)
        self.hint.setMinimumWidth(440)  # wrapped labels otherwise shrink to a narrow column
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.addRow(self.tr("文档"), self.kind)
        self.form.addRow("", self.hint)
        self.record_label = QLabel(self.tr("记录"))
        self.record = RecordChooser(services)
        self.form.addRow(self.record_label, self.record)
        self.scope_fields = ScopeFields(services, self.form, today=today)

        self.paragraph = QPlainTextEdit()
        self.paragraph.setMinimumHeight(130)
        self.paragraph.textChanged.connect(self._paragraph_changed)
        self.redraft_button = QPushButton(self.tr("按数据重新起草"))
        self.redraft_button.clicked.connect(lambda _checked=False: self.draft(force=True))
        paragraph_hint = styled_label(
            self.tr("根据所选时间和范围的统计数字起草，可直接修改；打印时使用框中的文字。"),
            "pageHint",
            wrap=True,
        )
        self.paragraph_box = QWidget()
        box = QVBoxLayout(self.paragraph_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.paragraph)
        row = QHBoxLayout()
        row.addWidget(paragraph_hint, 1)
        row.addWidget(self.redraft_button)
        box.addLayout(row)
        self.form.addRow(self.tr("统计段落"), self.paragraph_box)

        buttons = QDialogButtonBox()
        self.generate_button = self.set_primary(
            buttons.addButton(self.tr("生成并预览"), QDialogButtonBox.ButtonRole.AcceptRole)
        )
        buttons.addButton(self.tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.generate)
        buttons.rejected.connect(self.reject)
        self.office_missing = Prerequisite(
            self.tr("尚未填写单位名称：文件版头要印上本单位的名称，请先填写。"),
            self.tr("填写单位名称…"),
            self.ask_office_name,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.office_missing)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self._check_office_name()
        changes.subscribe(self, {Change.SETTINGS}, lambda _kinds: self._check_office_name())

        self.kind.set_value(kind)
        self._kind_changed()
        if record is not None:
            self.record.set_record(*record)
        if scope is not None:
            self.scope_fields.set_scope(scope)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.scope_fields.changed.connect(lambda: self.draft())
        self._ready = True
        self.draft()

    # -- what must be there first ------------------------------------------------------------
    def _check_office_name(self) -> None:
        missing = office_name_missing(self.services)
        self.office_missing.setVisible(missing)
        self.generate_button.setEnabled(not missing)
        self.generate_button.setToolTip(self.tr("请先填写单位名称") if missing else "")

    def ask_office_name(self) -> OfficeNameDialog:
        dialog = OfficeNameDialog(self.services, self)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        return dialog

    def is_dirty(self) -> bool:
        """Only a paragraph the person rewrote is worth asking about (the rest is quickly chosen again)."""
        return self._paragraph_edited and bool(self.paragraph.toPlainText().strip())

    # -- the form follows the kind -----------------------------------------------------------
    def current_kind(self) -> DocumentKind:
        return DocumentKind(self.kind.value())

    def _kind_changed(self) -> None:
        kind = self.current_kind()
        self.hint.setText(_tr(HINTS[kind]))
        noun = kind.id_noun
        self.record.set_noun(noun)
        self.record_label.setText(noun_text(noun) if noun else self.tr("记录"))
        self.form.setRowVisible(self.record, noun is not None)
        self.form.setRowVisible(self.scope_fields.period, kind.uses_scope)
        for widget in (self.scope_fields.platform, self.scope_fields.district):
            self.form.setRowVisible(widget, kind in PLACE_KINDS)
        self.form.setRowVisible(self.paragraph_box, kind is DocumentKind.SUMMARY)
        self.adjustSize()
        self.draft()

    def scope(self) -> Scope:
        """The period and place the chosen kind takes (an empty scope for single-record documents)."""
        kind = self.current_kind()
        if not kind.uses_scope:
            return Scope()
        scope = self.scope_fields.scope()
        if kind in PLACE_KINDS:
            return scope
        return Scope(scope.date_from, scope.date_to)

    # -- the statistics paragraph ---------------------------------------------------------------
    def _paragraph_changed(self) -> None:
        if not self._drafting:
            self._paragraph_edited = True

    def draft(self, *, force: bool = False) -> TaskHandle | None:
        """Draft the paragraph for the chosen scope, unless the clerk has edited it (or `force`)."""
        if not self._ready or self.current_kind() is not DocumentKind.SUMMARY:
            return None
        if self._paragraph_edited and not force:
            return None
        try:
            scope = self.scope()
        except ServiceError:
            return None
        self._draft_generation += 1
        generation = self._draft_generation
        documents = DocumentService(self.services.db, self.services.actor, today=self.today)

        def work(_ctx: TaskContext) -> str:
            return documents.draft_paragraph(scope)

        def done(text: str) -> None:
            if generation == self._draft_generation and (force or not self._paragraph_edited):
                self.set_paragraph(text)

        return run_task(work, on_result=done, on_error=lambda exc: self._draft_failed(exc), owner=self)

    def set_paragraph(self, text: str) -> None:
        self._drafting = True
        self.paragraph.setPlainText(text)
        self._drafting = False
        self._paragraph_edited = False

    def _draft_failed(self, error: BaseException) -> None:
        if not isinstance(error, ServiceError):
            raise error
        self.paragraph.setPlaceholderText(render(error.message))

    # -- generating --------------------------------------------------------------------------------
    def document_title(self) -> str:
        kind = self.current_kind()
        if kind.id_noun and self.record.label:
            return f"{shown(kind)}（{self.record.label}）"
        return shown(kind)

    def suggested_name(self) -> str:
        kind = self.current_kind()
        if kind.id_noun:
            detail = self.record.label
        else:
            try:
                detail = self.scope().describe()
            except ServiceError:
                detail = ""
        return safe_file_name(f"{kind.label}_{detail}" if detail else kind.label, 80) + ".pdf"

    def generate(self) -> TaskHandle | None:
        if office_name_missing(self.services):  # the masthead is never printed with a stand-in name
            self.ask_office_name()
            return None
        kind = self.current_kind()
        if kind.id_noun and self.record.record_id is None:
            show_error(self, self.tr("请先选择要打印的{noun}。").format(noun=kind.id_noun))
            return None
        try:
            scope = self.scope()
        except ServiceError as exc:
            show_error(self, render(exc.message))
            return None
        paragraph = self.paragraph.toPlainText().strip() if kind is DocumentKind.SUMMARY else None
        folder = Path(tempfile.mkdtemp(prefix="ledger-pdf-"))
        target = folder / self.suggested_name()
        service = DocumentService(self.services.db, self.services.actor, today=self.today)
        record_id = self.record.record_id if kind.id_noun else None

        def work(ctx: TaskContext) -> RenderResult:
            return service.render(
                kind,
                target,
                id=record_id,
                scope=scope,
                paragraph_override=paragraph or None,
                progress=lambda fraction, stage: ctx.progress(round(fraction * 1000), 1000, stage),
                is_cancelled=ctx.is_cancelled,
            )

        self.generate_button.setEnabled(False)
        self.handle = run_with_progress(
            self,
            self.tr("正在生成{kind}……").format(kind=shown(kind)),
            work,
            on_result=lambda result: self._generated(result, target, folder),
            on_error=lambda error: self._failed(error, folder),
            on_cancelled=lambda: self._cancelled(folder),
        )
        return self.handle

    def _generated(self, result: RenderResult, pdf: Path, folder: Path) -> None:
        self.generate_button.setEnabled(True)
        self.last_pdf, self.last_result = pdf, result
        try:
            preview = make_pdf_preview(
                pdf,
                self.document_title(),
                pdf.name,
                result.notes,
                self,
                pages=result.pages,
                owned_dir=folder,
            )
        except OSError as exc:
            shutil.rmtree(folder, ignore_errors=True)
            show_error(self, str(exc))
            return
        self.preview = preview
        preview.open()

    def _failed(self, error: BaseException, folder: Path) -> None:
        if isinstance(error, RenderCancelled):
            self._cancelled(folder)
            return
        self.generate_button.setEnabled(True)
        shutil.rmtree(folder, ignore_errors=True)
        if isinstance(error, ServiceError):
            show_error(self, render(error.message))
        else:
            raise error

    def _cancelled(self, folder: Path) -> None:
        self.generate_button.setEnabled(True)
        shutil.rmtree(folder, ignore_errors=True)
        show_info(self, self.tr("已取消生成文档。"))
