"""The printed documents the app makes, with the Chinese names clerks use."""

from __future__ import annotations

from app.messages import msg
from app.models.enums import LabeledEnum
from app.services.errors import ValidationError


class DocumentKind(LabeledEnum):
    SESSION = ("session", "协商议事纪要", "Session minutes")
    DOSSIER = ("dossier", "一事一档", "Session dossier")
    ASSIGNMENT = ("assignment", "交办单", "Assignment sheet")
    REMINDER = ("reminder", "催办单", "Reminder sheet")
    SIGNIN = ("signin", "签到表", "Sign-in sheet")
    MEMBER = ("member", "委员履职档案", "Member duty record")
    SUMMARY = ("summary", "工作综述", "Work summary")
    SUPERVISION = ("supervision", "督办清单", "Supervision list")
    PLAN = ("plan", "年度协商计划", "Annual consultation plan")
    RANKING = ("ranking", "委员履职积分排名表", "Duty points ranking")
    RESULTS_REPORT = ("results_report", "协商专报", "Consultation brief")

    @property
    def id_noun(self) -> str | None:
        """What --id names for this kind, or None when the document covers a scope."""
        return _ID_NOUNS.get(self)

    @property
    def uses_scope(self) -> bool:
        return self in (
            DocumentKind.MEMBER,
            DocumentKind.SUMMARY,
            DocumentKind.SUPERVISION,
            DocumentKind.PLAN,
            DocumentKind.RANKING,
        )


_ID_NOUNS = {
    DocumentKind.SESSION: "协商议事活动",
    DocumentKind.DOSSIER: "协商议事活动",
    DocumentKind.ASSIGNMENT: "意见建议",
    DocumentKind.REMINDER: "承办单位",
    DocumentKind.SIGNIN: "协商议事活动",
    DocumentKind.MEMBER: "委员",
    DocumentKind.RESULTS_REPORT: "协商专报",
}


def kinds_text() -> str:
    return "、".join(f"{k.value}（{k.label}）" for k in DocumentKind)


def parse_kind(text: str | DocumentKind) -> DocumentKind:
    if isinstance(text, DocumentKind):
        return text
    kind = DocumentKind.from_text(str(text))
    if kind is None:
        raise ValidationError(
            {
                "kind": msg(
                    "没有“{text}”这种文档。可选的文档有：{kinds_text}", text=text, kinds_text=kinds_text()
                )
            }
        )
    return kind  # type: ignore[return-value]
