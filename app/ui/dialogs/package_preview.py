"""导入数据包 — the preview: who sent the package, what it covers, and what importing it would change.

The counts come from a trial import (rolled back), so they are exactly what 导入 will do. A sender seen
for the first time is named with its key fingerprint, to be checked with the sender before importing
(after that its key is trusted, and a package signed with another key is refused).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.exchange import COUNTS, Checked, ImportSummary
from app.services.exchange.kinds import KIND_ENGLISH, KINDS
from app.services.field_english import FIELD_ENGLISH
from app.services.language import shown_text
from app.ui.messages import render
from app.ui.style import styled_label


class PackagePreviewDialog(QDialog):
    def __init__(self, checked: Checked, summary: ImportSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        info = checked.info
        self.setWindowTitle(self.tr("导入数据包"))
        self.resize(760, 640)
        platforms = info.coverage.get("platforms")
        scope = self.tr("全部站室组") if platforms is None else "、".join(p["name"] for p in platforms)
        head = self.tr("来自“{sender}”的第 {seq} 号数据包，{who}于 {at} 导出；范围：{scope}").format(
            sender=info.sender_name,
            seq=info.seq,
            who=info.exported_by.get("display_name", ""),
            at=f"{info.created_at.astimezone():%Y-%m-%d %H:%M}",
            scope=scope,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(styled_label(head, "pageHint", wrap=True))
        if checked.new_sender:
            self.trust = styled_label(
                self.tr(
                    "首次收到来自“{sender}”的数据包。请与对方核对密钥指纹：\n{fingerprint}\n"
                    "核对无误再导入；导入后本机信任这个密钥，以后用其他密钥签名的数据包一律拒绝。"
                ).format(sender=info.sender_name, fingerprint=info.fingerprint),
                "fieldError",
                wrap=True,
            )
            layout.addWidget(self.trust)
        else:
            layout.addWidget(
                QLabel(self.tr("发送方的密钥与本机记住的一致：{fp}").format(fp=info.fingerprint))
            )
        layout.addWidget(QLabel(self.tr("导入后将会：")))
        self.table = self._counts(summary)
        layout.addWidget(self.table, 2)
        details = [*self._conflict_lines(summary), *self._refused_lines(summary)]
        self.details = QPlainTextEdit("\n".join(details) or self.tr("没有冲突，也没有被拒绝的记录。"))
        self.details.setReadOnly(True)
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox()
        self.import_button = buttons.addButton(self.tr("导入"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _counts(self, summary: ImportSummary) -> QTableWidget:
        words = [self.tr("新增"), self.tr("修改"), self.tr("无变化"), self.tr("冲突"), self.tr("拒绝")]
        rows = [
            (shown_text(k.label, KIND_ENGLISH), summary.counts[k.key])
            for k in KINDS
            if any(summary.counts[k.key].values())
        ]
        rows.append((self.tr("合计"), summary.total))
        table = QTableWidget(len(rows), len(COUNTS) + 1)
        table.setHorizontalHeaderLabels([self.tr("记录类型"), *words])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for r, (label, counts) in enumerate(rows):
            table.setItem(r, 0, QTableWidgetItem(label))
            for c, key in enumerate(COUNTS, 1):
                table.setItem(r, c, QTableWidgetItem(str(counts[key])))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return table

    def _conflict_lines(self, summary: ImportSummary) -> list[str]:
        if not summary.conflicts:
            return []
        lines = [self.tr("冲突（双方都改了同一字段；导入后保留本机的值，在“处理冲突”中逐项选择）：")]
        lines += [
            self.tr("  {kind}“{record}”的“{field}”：原为 {base}，本机为 {mine}，对方为 {theirs}").format(
                kind=next(shown_text(k.label, KIND_ENGLISH) for k in KINDS if k.key == c.kind),
                record=c.record,
                field=shown_text(c.field_label, FIELD_ENGLISH),
                base=c.base,
                mine=c.mine,
                theirs=c.theirs,
            )
            for c in summary.conflicts
        ]
        return lines

    def _refused_lines(self, summary: ImportSummary) -> list[str]:
        if not summary.refused:
            return []
        return [self.tr("不导入的记录："), *(f"  {r.record}：{render(r.reason)}" for r in summary.refused)]
