"""Create or edit a 议题: where it came from (议题征集), what the office decided (议题确定) and its place in
the 年度协商计划; for a recorded topic, the sessions and 履职活动 held on it."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QSpinBox, QTabWidget, QWidget

from app.glossary import OFFICE_LEVEL
from app.models.enums import ActivityState, SessionState, TopicChannel, TopicDecision, TopicSource
from app.models.topics import Topic, TopicCreate, TopicUpdate
from app.services.activity_kinds import KIND_ENGLISH
from app.services.crud import CrudService
from app.services.language import english_table, shown_pairs, shown_text
from app.ui.changes import Change
from app.ui.dialogs.record_dialog import RecordDialog
from app.ui.widgets.choice_combo import ChoiceCombo
from app.ui.widgets.optional_date import OptionalDateEdit, make_date_edit, to_date, to_qdate
from app.ui.widgets.record_form import RecordForm
from app.ui.widgets.results_panel import fill, small_table
from app.ui.widgets.values import text_or_none

# The states a topic's history names (sessions' and activities'), in the display language.
HELD_ENGLISH = english_table(SessionState, ActivityState)


class TopicDialog(RecordDialog):
    create_schema = TopicCreate
    update_schema = TopicUpdate
    changes = (Change.CYCLE,)

    def service(self) -> CrudService[Any, Any, Any]:
        return self.services.topics

    def noun(self) -> str:
        return self.tr("议题")

    def build_form(self) -> None:
        self.setMinimumSize(620, 560)
        self.title_edit = QLineEdit(maxLength=200)
        self.title_edit.setPlaceholderText(self.tr("例如：老旧小区加装电梯怎么推进"))
        self.source = ChoiceCombo()
        self.source.set_enum(TopicSource)
        self.proposer = QLineEdit(maxLength=100)
        self.proposer.setPlaceholderText(self.tr("提出议题的单位、委员或群众"))
        self.channel = ChoiceCombo()
        self.channel.set_enum(TopicChannel, none_label=self.tr("未填写"))
        self.collected_on = make_date_edit()
        self.collected_on.setDate(to_qdate(date.today()))
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(80)
        f = self.form
        f.add("title", self.tr("议题"), self.title_edit, required=True)
        f.add("source", self.tr("议题来源"), self.source, required=True)
        f.add("proposer", self.tr("提出者"), self.proposer)
        f.add("channel", self.tr("征集渠道"), self.channel)
        f.add("collected_on", self.tr("征集日期"), self.collected_on, required=True)
        f.add("description", self.tr("议题说明"), self.description)

        self.decision = ChoiceCombo()
        self.decision.set_enum(TopicDecision)
        self.decided_on = OptionalDateEdit(self.tr("已确定"))
        self.decided_by = QLineEdit(maxLength=100)
        self.decided_by.setPlaceholderText(self.tr("例如：市政协主席会议"))
        self.plan_year = QSpinBox(minimum=0, maximum=2100, value=0)
        self.plan_year.setSpecialValueText(self.tr("（按确定日期的年份）"))
        self.planned_month = ChoiceCombo()
        self.planned_month.set_choices(
            [(m, self.tr("{m}月").format(m=m)) for m in range(1, 13)], none_label=self.tr("全年")
        )
        self.platform = ChoiceCombo()
        self.platform.set_choices(self.services.platforms.choices(), none_label=OFFICE_LEVEL)
        self.kind = ChoiceCombo()
        self.kind.set_choices(
            shown_pairs(self.services.activity_kinds.choices(with_sessions=True), KIND_ENGLISH),
            none_label=self.tr("按承办自动选择"),
        )
        self.decline_reason = QPlainTextEdit()
        self.decline_reason.setFixedHeight(60)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(50)
        self.plan_form = RecordForm()
        p = self.plan_form
        p.add("decision", self.tr("确定情况"), self.decision)
        p.add("decided_on", self.tr("确定日期"), self.decided_on)
        p.add("decided_by", self.tr("确定机关"), self.decided_by)
        p.add("plan_year", self.tr("计划年度"), self.plan_year)
        p.add("planned_month", self.tr("计划月份"), self.planned_month)
        p.add("platform_id", self.tr("承办"), self.platform)
        p.add("activity_kind", self.tr("活动形式"), self.kind)
        p.add("decline_reason", self.tr("未采用理由"), self.decline_reason)
        p.add("notes", self.tr("备注"), self.notes)
        p.add_note(self.tr("确定后列入年度协商计划；承办选“政协机关”时由办公室组织（如专题协商）。"))
        self.decision.currentIndexChanged.connect(lambda _i: self._decision_changed())

        self.history = small_table(
            [self.tr("日期"), self.tr("类型"), self.tr("活动"), self.tr("组织"), self.tr("状态")]
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self.form, self.tr("议题征集"))
        self.tabs.addTab(self.plan_form, self.tr("议题确定与计划"))
        if not self.is_new:
            self.tabs.addTab(self.history, self.tr("开展情况"))
        self._decision_changed()

    def body(self) -> QWidget:
        return self.tabs

    def _decision_changed(self) -> None:
        decision = TopicDecision(self.decision.value())
        confirmed = decision is TopicDecision.CONFIRMED
        for widget in (self.plan_year, self.planned_month, self.platform, self.kind):
            widget.setEnabled(confirmed)
        self.decided_on.setEnabled(decision is not TopicDecision.COLLECTED)
        self.decided_by.setEnabled(decision is not TopicDecision.COLLECTED)
        self.decline_reason.setEnabled(decision is TopicDecision.DECLINED)

    def load(self, record: Topic) -> None:
        self.title_edit.setText(record.title)
        self.source.set_value(record.source)
        self.proposer.setText(record.proposer or "")
        self.channel.set_value(record.channel)
        self.collected_on.setDate(to_qdate(record.collected_on))
        self.description.setPlainText(record.description or "")
        self.decision.set_value(record.decision)
        self.decided_on.set_value(record.decided_on)
        self.decided_by.setText(record.decided_by or "")
        self.plan_year.setValue(record.plan_year or 0)
        self.planned_month.set_value(record.planned_month)
        if record.platform_id is not None:
            self.platform.ensure_choice(
                record.platform_id, self.services.platforms.get(record.platform_id).name
            )
        self.kind.set_value(record.activity_kind)
        self.decline_reason.setPlainText(record.decline_reason or "")
        self.notes.setPlainText(record.notes or "")
        rows = [
            (
                h.record_id,
                [
                    h.held_on.isoformat(),
                    shown_text(h.kind_label, KIND_ENGLISH),
                    h.title,
                    h.place,
                    shown_text(h.state_label, HELD_ENGLISH),
                ],
            )
            for h in self.services.topics.history(record.id)
        ]
        fill(self.history, rows)
        self.tabs.setTabText(2, self.tr("开展情况（{n}）").format(n=len(rows)))
        self._decision_changed()

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title_edit.text(),
            "source": self.source.value(),
            "proposer": text_or_none(self.proposer),
            "channel": self.channel.value(),
            "collected_on": to_date(self.collected_on.date()),
            "description": text_or_none(self.description),
            "decision": self.decision.value(),
            "decided_on": self.decided_on.value(),
            "decided_by": text_or_none(self.decided_by),
            "plan_year": self.plan_year.value() or None,
            "planned_month": self.planned_month.value(),
            "platform_id": self.platform.value(),
            "activity_kind": self.kind.value(),
            "decline_reason": text_or_none(self.decline_reason),
            "notes": text_or_none(self.notes),
        }

    def clear_errors(self) -> None:
        super().clear_errors()
        self.plan_form.clear_errors()

    def show_errors(self, errors: dict[str, str], *, focus: bool = True) -> None:
        rest = self.plan_form.show_errors(errors)
        if len(rest) < len(errors):
            self.tabs.setCurrentWidget(self.plan_form)
        if any(k in self.form.fields for k in rest):
            self.tabs.setCurrentWidget(self.form)
        super().show_errors(rest, focus=focus)
