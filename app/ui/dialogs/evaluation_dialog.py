"""双向评价: the proposer side rates the unit on three aspects; the unit rates the suggestion's quality."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPlainTextEdit, QRadioButton, QWidget

from app.models.enums import LabeledEnum, QualityRating, Satisfaction
from app.services.handling_feedback import ASPECT_ENGLISH, EVALUATION_ASPECTS
from app.services.handling_steps import HandlingStep
from app.services.language import shown, shown_text
from app.ui.dialogs.step_dialog import StepDialog, date_of, past_date_edit


class RatingRow(QWidget):
    """One row of radio buttons, one per value of a LabeledEnum."""

    def __init__(self, enum_cls: type[LabeledEnum], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.buttons: dict[LabeledEnum, QRadioButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for member in enum_cls:
            button = QRadioButton(shown(member))
            self.group.addButton(button)
            self.buttons[member] = button
            row.addWidget(button)
        row.addStretch(1)

    def value(self) -> LabeledEnum | None:
        return next((m for m, b in self.buttons.items() if b.isChecked()), None)

    def set_value(self, value: LabeledEnum | None) -> None:
        if value is not None:
            self.buttons[value].setChecked(True)


def _comment_edit() -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setMinimumHeight(70)
    return edit


class EvaluationDialog(StepDialog):
    step = HandlingStep.EVALUATE

    def build_form(self) -> None:
        s = self.suggestion
        self.ratings: dict[str, RatingRow] = {}
        current = {"eval_before": s.eval_before, "eval_during": s.eval_during, "eval_after": s.eval_after}
        for field, label in EVALUATION_ASPECTS:
            row = RatingRow(Satisfaction)
            row.set_value(current[field])
            self.ratings[field] = row
            self.form.add(field, shown_text(label, ASPECT_ENGLISH), row, required=True)
        self.comment = _comment_edit()
        self.comment.setPlaceholderText(self.tr("委员或提出方的评价意见（可不填）"))
        self.evaluated_on = past_date_edit()
        self.form.add("comment", self.tr("评价意见"), self.comment)
        self.form.add("evaluated_on", self.tr("评价日期"), self.evaluated_on, required=True)

    def submit(self) -> Any:
        before, during, after = (self.ratings[f].value() for f, _ in EVALUATION_ASPECTS)
        return self.handling.evaluate_by_proposer(
            self.suggestion.id,
            before=before,
            during=during,
            after=after,
            evaluated_on=date_of(self.evaluated_on),
            comment=self.comment.toPlainText(),
            expected_version=self.version,
        )


class QualityDialog(StepDialog):
    step = HandlingStep.RATE_QUALITY

    def build_form(self) -> None:
        self.rating = RatingRow(QualityRating)
        self.rating.set_value(self.suggestion.quality_rating)
        self.comment = _comment_edit()
        self.comment.setPlaceholderText(self.tr("承办单位对建议质量的评价意见（可不填）"))
        self.rated_on = past_date_edit()
        self.form.add("quality_rating", self.tr("建议质量"), self.rating, required=True)
        self.form.add("comment", self.tr("评价意见"), self.comment)
        self.form.add("quality_rated_on", self.tr("评价日期"), self.rated_on, required=True)

    def submit(self) -> Any:
        return self.handling.rate_quality(
            self.suggestion.id,
            rating=self.rating.value(),
            rated_on=date_of(self.rated_on),
            comment=self.comment.toPlainText(),
            expected_version=self.version,
        )
