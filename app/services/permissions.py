"""Who may read or change what: the one place that decides. Services ask here; the UI mirrors the answers.

- 管理员 admin: reads and changes everything, accounts and settings included.
- 工作人员 clerk: reads everything; changes every record and the office settings; no accounts.
- 平台联络员 coordinator: reads the records of their platforms, and members and units as reference
  lists; changes the sessions, suggestions, attendance, attachments and rosters of their platforms.
- 只读 viewer: reads everything, changes nothing, never an unmasked export.

Reads are scoped in one place too: `restrict(actor, scope)` gives the Scope every figure, export, list
and document query filters by (Scope.platform_clauses), `visible_platforms` feeds the list specs, and
`require_read` guards a single record's detail. Re-parenting a record (moving a session or suggestion to
another platform) is a change on both platforms, so callers pass the old and the new platform.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from app.messages import msg
from app.models.enums import LabeledEnum, UserRole
from app.services.actor import Actor
from app.services.errors import PermissionDenied
from app.services.scope import Scope


class Area(LabeledEnum):
    """What a change is about, named as the audit trail names it."""

    PLATFORM = ("platform", "站室组", "Platform")
    MEMBER = ("member", "委员", "Member")
    UNIT = ("handling_unit", "承办单位", "Handling unit")
    SESSION = ("consultation_session", "协商议事活动", "Consultation session")
    SUGGESTION = ("suggestion", "意见建议", "Suggestion")
    ATTACHMENT = ("attachment", "附件", "Attachment")
    MEMBERSHIP = ("platform_membership", "站室组成员", "Platform member")
    SETTINGS = ("office_setting", "单位设置", "Office settings")
    ACCOUNT = ("app_user", "账户", "Account")
    TOPIC = ("topic", "议题", "Topic")
    ACTIVITY = ("duty_activity", "履职活动", "Duty activity")
    OPINION = ("public_opinion", "社情民意信息", "Public-opinion report")
    RESULTS_REPORT = ("results_report", "协商专报", "Consultation brief")
    RESEARCH_REPORT = ("research_report", "调研报告", "Research report")
    ACTIVITY_KIND = ("activity_kind", "履职活动类型", "Duty activity kind")


OFFICE_ROLES = frozenset({UserRole.ADMIN, UserRole.CLERK})
# Records a coordinator keeps for their own platforms; everything else is the office's. A record of
# these kinds without a platform (held by the office itself, e.g. a 专题协商) is the office's to change
# and is not shown to coordinators.
PLATFORM_BOUND = frozenset(
    {
        Area.SESSION,
        Area.SUGGESTION,
        Area.ATTACHMENT,
        Area.MEMBERSHIP,
        Area.TOPIC,
        Area.ACTIVITY,
        Area.OPINION,
        Area.RESULTS_REPORT,
        Area.RESEARCH_REPORT,
    }
)

READ_ONLY = "用户“{name}”为只读权限，不能修改数据。"
NOT_OWN_PLATFORM = "平台联络员只能登记和修改本平台的记录。"
OFFICE_LEVEL = "政协机关层面的记录由办公室登记和修改，平台联络员只能登记和修改本平台的记录。"
NOT_VISIBLE = "平台联络员只能查看本平台的记录。"
OFFICE_ONLY = "平台联络员不能修改{what}：{what}由办公室维护。"
SETTINGS_ONLY = "只有管理员或办公室工作人员可以修改单位设置。"
ACCOUNTS_ONLY = "只有管理员可以管理账户。"
FULL_EXPORT_ONLY = "只有管理员和工作人员可以导出未隐去的联系电话。"
AUDIT_ONLY = "只有管理员和工作人员可以查看操作日志。"
OFFICE_STEP_ONLY = "只有办公室工作人员可以记录“{step}”。"


# -- changes --------------------------------------------------------------------------------------
def change_refusal(actor: Actor, area: Area, platforms: Iterable[uuid.UUID | None] = ()) -> str | None:
    """Why `actor` may not change a record of `area` on `platforms` (all of them); None when they may.

    For platform-bound records pass every platform the change touches: the record's current one and,
    when it moves, the new one. An unknown platform (None) is nobody's own.
    """
    if area is Area.ACCOUNT:
        return None if actor.role is UserRole.ADMIN else ACCOUNTS_ONLY
    if area is Area.SETTINGS:
        return None if actor.role in OFFICE_ROLES else SETTINGS_ONLY
    if not actor.can_write:
        return READ_ONLY.format(name=actor.display_name)
    if actor.role in OFFICE_ROLES:
        return None
    if actor.role is UserRole.COORDINATOR and area in PLATFORM_BOUND:
        touched = list(platforms)
        if touched and all(p is not None and p in actor.platform_ids for p in touched):
            return None
        office_level = None in touched and area in _OFFICE_LEVEL_AREAS
        return OFFICE_LEVEL if office_level else NOT_OWN_PLATFORM
    return OFFICE_ONLY.format(what=_office_noun(area))


# Platform-bound kinds whose records may also belong to no platform (the office's own work).
_OFFICE_LEVEL_AREAS = frozenset(
    {Area.TOPIC, Area.ACTIVITY, Area.OPINION, Area.RESULTS_REPORT, Area.RESEARCH_REPORT}
)


def _office_noun(area: Area) -> str:
    return {
        Area.MEMBER: "委员名册",
        Area.UNIT: "承办单位",
        Area.PLATFORM: "站室组",
        Area.ACTIVITY_KIND: "履职活动类型",
    }.get(area, area.label)


def may_change(actor: Actor, area: Area, *platforms: uuid.UUID | None) -> bool:
    return change_refusal(actor, area, platforms) is None


def require_change(actor: Actor, area: Area, *platforms: uuid.UUID | None) -> None:
    refusal = change_refusal(actor, area, platforms)
    if refusal is not None:
        raise PermissionDenied(refusal)


def require_write(actor: Actor) -> None:
    """Any change at all (a read-only account is refused before anything is read)."""
    if not actor.can_write:
        raise PermissionDenied(READ_ONLY.format(name=actor.display_name))


def step_refusal(actor: Actor, office_step: bool, label: str, platform_id: uuid.UUID | None) -> str | None:
    """A 办理 step on a suggestion: office steps (交办, 批示 …) are the office's, the rest its platform's."""
    if not actor.can_write:
        return READ_ONLY.format(name=actor.display_name)
    if office_step and actor.role not in OFFICE_ROLES:
        return OFFICE_STEP_ONLY.format(step=label)
    return change_refusal(actor, Area.SUGGESTION, [platform_id])


def require_step(actor: Actor, office_step: bool, label: str, platform_id: uuid.UUID | None) -> None:
    refusal = step_refusal(actor, office_step, label, platform_id)
    if refusal is not None:
        raise PermissionDenied(refusal)


def may_manage_accounts(actor: Actor) -> bool:
    return actor.role is UserRole.ADMIN


def require_accounts(actor: Actor) -> None:
    if not may_manage_accounts(actor):
        raise PermissionDenied(ACCOUNTS_ONLY)


def may_export_full(actor: Actor) -> bool:
    """An export with unmasked phone numbers."""
    return actor.role in OFFICE_ROLES


def require_full_export(actor: Actor) -> None:
    if not may_export_full(actor):
        raise PermissionDenied(FULL_EXPORT_ONLY)


def require_office(actor: Actor, what: str) -> None:
    """Office work that is neither a record nor an account (integrity check, rebuilding the index)."""
    if actor.role not in OFFICE_ROLES:
        raise PermissionDenied(msg("只有管理员和工作人员可以{what}。", what=what))


def may_back_up(actor: Actor) -> bool:
    """备份与恢复: seeing, making and verifying backups is office work."""
    return actor.role in OFFICE_ROLES


def require_back_up(actor: Actor) -> None:
    require_office(actor, "查看、创建和验证备份")


def may_restore(actor: Actor) -> bool:
    """A restore replaces everyone's data: administrators only."""
    return actor.role is UserRole.ADMIN


def require_restore(actor: Actor) -> None:
    if not may_restore(actor):
        raise PermissionDenied(msg("只有管理员可以从备份恢复数据库。"))


def may_read_audit(actor: Actor) -> bool:
    return actor.role in OFFICE_ROLES


def require_audit(actor: Actor) -> None:
    if not may_read_audit(actor):
        raise PermissionDenied(AUDIT_ONLY)


# -- reads ----------------------------------------------------------------------------------------
def visible_platforms(actor: Actor) -> frozenset[uuid.UUID] | None:
    """The platforms whose records `actor` may see; None when all."""
    return actor.platform_ids if actor.role is UserRole.COORDINATOR else None


def can_see(actor: Actor, platform_id: uuid.UUID | None) -> bool:
    visible = visible_platforms(actor)
    return visible is None or (platform_id is not None and platform_id in visible)


def require_read(actor: Actor, platform_id: uuid.UUID | None) -> None:
    """A platform-bound record's detail (its platform is `platform_id`)."""
    if not can_see(actor, platform_id):
        raise PermissionDenied(NOT_VISIBLE)


def restrict(actor: Actor, scope: Scope | None = None) -> Scope:
    """`scope` narrowed to what `actor` may see. Asking for a platform they may not see is refused."""
    scope = scope or Scope()
    visible = visible_platforms(actor)
    if visible is None:
        return scope if scope.visible is None else _with_visible(scope, None)
    if scope.platform_id is not None and scope.platform_id not in visible:
        raise PermissionDenied(NOT_VISIBLE)
    return _with_visible(scope, visible)


def _with_visible(scope: Scope, visible: frozenset[uuid.UUID] | None) -> Scope:
    return Scope(scope.date_from, scope.date_to, scope.platform_id, scope.district, visible)


# -- data exchange (数据包) --------------------------------------------------------------------------
EXCHANGE_READ_ONLY = "只读账户不能导出或导入数据包。"
EXCHANGE_NO_PLATFORMS = "该平台联络员账户没有负责的站室组，没有可以导出的记录。"
EXCHANGE_OFFICE_LISTS = "站室组发来的数据包不能修改{what}：{what}由办公室维护。"
EXCHANGE_NOT_SENDERS = "该记录不属于发送方负责的站室组，发送方无权修改。"
# Kinds the office keeps for everybody: only a package from the office brings changes to them.
OFFICE_LISTS = frozenset(
    {Area.PLATFORM, Area.MEMBER, Area.UNIT, Area.SETTINGS, Area.ACCOUNT, Area.ACTIVITY_KIND}
)


def exchange_export_scope(
    actor: Actor, requested: frozenset[uuid.UUID] | None
) -> tuple[frozenset[uuid.UUID] | None, bool]:
    """What a package `actor` exports covers: its platforms (None: the whole office) and whether it
    carries the office's lists (members, units, settings, coordinators' accounts).

    A coordinator's package carries exactly their platforms' records (or some of them) and no lists.
    """
    if not actor.can_write:
        raise PermissionDenied(EXCHANGE_READ_ONLY)
    if actor.role is UserRole.COORDINATOR:
        if not actor.platform_ids:
            raise PermissionDenied(EXCHANGE_NO_PLATFORMS)
        if requested and not requested <= actor.platform_ids:
            raise PermissionDenied(NOT_VISIBLE)
        return (requested or actor.platform_ids), False
    return requested, True


def exchange_refusal(
    importer: Actor,
    area: Area,
    platforms: Iterable[uuid.UUID | None],
    *,
    sender_office: bool,
    sender_platforms: frozenset[uuid.UUID] | None,
) -> str | None:
    """Why a record arriving in a package may not be written here (None: it may).

    Both sides' rights count: the sender's (a station's package changes only its own platforms'
    records, never the office's lists) and the importer's (a coordinator's import changes only their
    platforms' records; the office's lists from an office package are what a station lives on).
    """
    touched = list(platforms)
    if area in OFFICE_LISTS:
        if not sender_office:
            return EXCHANGE_OFFICE_LISTS.format(
                what=_office_noun(area) if area is not Area.ACCOUNT else "账户"
            )
        return None if importer.can_write else READ_ONLY.format(name=importer.display_name)
    if not sender_office and (
        sender_platforms is None or not all(p is not None and p in sender_platforms for p in touched)
    ):
        return EXCHANGE_NOT_SENDERS
    return change_refusal(importer, area, touched)
