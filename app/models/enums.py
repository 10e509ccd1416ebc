"""Coded values of the domain. Values are stable English codes; `label` is the Chinese the user sees."""

from __future__ import annotations

import enum


class LabeledEnum(str, enum.Enum):
    """A string enum whose members carry their Chinese label."""

    label: str

    def __new__(cls, value: str, label: str = "") -> LabeledEnum:
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.label = label
        return obj

    def __str__(self) -> str:
        return self.value

    @classmethod
    def from_text(cls, text: str) -> LabeledEnum | None:
        """Match a code or a Chinese label, as typed in a ledger or on the command line."""
        t = (text or "").strip()
        for m in cls:
            if t in (m.value, m.label):
                return m
        return None

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        return [(m.value, m.label) for m in cls]


class PlatformKind(LabeledEnum):
    STATION = ("station", "委员驿站")
    STUDIO = ("studio", "委员工作室")
    LIAISON_GROUP = ("liaison_group", "委员联络组")


class MembershipRole(LabeledEnum):
    CONVENER = ("convener", "召集人")
    HEAD = ("head", "站长")
    LIAISON = ("liaison", "联络员")
    MEMBER = ("member", "成员")


class Gender(LabeledEnum):
    MALE = ("male", "男")
    FEMALE = ("female", "女")


class TopicSource(LabeledEnum):
    PARTY_GOVERNMENT = ("party_government", "党政点题")
    RESIDENTS = ("residents", "群众出题")
    MEMBERS = ("members", "委员荐题")
    DEPARTMENTS = ("departments", "部门荐题")


class SessionForm(LabeledEnum):
    ON_SITE = ("on_site", "现场协商")
    ONLINE = ("online", "网络协商")
    INSPECTION = ("inspection", "视察调研")


class SessionState(LabeledEnum):
    PLANNED = ("planned", "筹备中")
    HELD = ("held", "已召开")
    FOLLOWING_UP = ("following_up", "跟踪落实")
    CLOSED = ("closed", "已办结")


class AttendanceStatus(LabeledEnum):
    PRESENT = ("present", "出席")
    EXCUSED = ("excused", "请假")
    ABSENT = ("absent", "缺席")


class ParticipantKind(LabeledEnum):
    DEPARTMENT = ("department", "部门代表")
    RESIDENT = ("resident", "群众代表")
    EXPERT = ("expert", "专家学者")
    OTHER = ("other", "其他")


class SuggestionCategory(LabeledEnum):
    LIVELIHOOD = ("livelihood", "民生")
    URBAN = ("urban", "城建")
    ECOLOGY = ("ecology", "生态")
    ECONOMY = ("economy", "经济")
    GOVERNANCE = ("governance", "社会治理")
    CULTURE = ("culture", "文教卫体")
    OTHER = ("other", "其他")


class SuggestionState(LabeledEnum):
    PENDING = ("pending", "待交办")
    ASSIGNED = ("assigned", "已交办")
    IN_PROGRESS = ("in_progress", "办理中")
    REPLIED = ("replied", "已答复")
    CONCLUDED = ("concluded", "已办结")
    RETURNED = ("returned", "退办")
    NOT_ADOPTED = ("not_adopted", "不予采纳")


class HandlingMode(LabeledEnum):
    SINGLE = ("single", "单办")
    SPLIT = ("split", "分办")
    JOINT = ("joint", "会办")


class UnitRole(LabeledEnum):
    LEAD = ("lead", "主办")
    CO = ("co", "会办")


class ResultClass(LabeledEnum):
    A = ("A", "A 解决或采纳")
    B = ("B", "B 列入计划拟解决")
    C = ("C", "C 留作参考")


class Satisfaction(LabeledEnum):
    SATISFIED = ("satisfied", "满意")
    BASICALLY = ("basically", "基本满意")
    UNSATISFIED = ("unsatisfied", "不满意")


class QualityRating(LabeledEnum):
    HIGH = ("high", "质量高")
    MEDIUM = ("medium", "质量一般")
    LOW = ("low", "质量较差")


class EventKind(LabeledEnum):
    CREATED = ("created", "登记")
    ASSIGNED = ("assigned", "交办")
    ACCEPTED = ("accepted", "开始办理")
    RETURNED = ("returned", "退办")
    REPLIED = ("replied", "答复")
    CONCLUDED = ("concluded", "办结")
    NOT_ADOPTED = ("not_adopted", "不予采纳")
    INSTRUCTION = ("instruction", "领导批示")
    EVALUATED = ("evaluated", "评价")
    REMINDER = ("reminder", "催办")
    SUPERVISION = ("supervision", "督办")
    CALL = ("call", "电话沟通")
    STATE_CHANGE = ("state_change", "状态变更")
    NOTE = ("note", "备注")


class TopicChannel(LabeledEnum):
    """How a 议题 reached the office (议题征集 channel)."""

    ONLINE = ("online", "网络征集")
    HOTLINE = ("hotline", "热线电话")
    BOX = ("box", "意见箱")
    FORUM = ("forum", "座谈走访")
    MEMBER = ("member", "委员提交")
    LETTER = ("letter", "部门函报")
    OTHER = ("other", "其他")


class TopicDecision(LabeledEnum):
    """议题确定: what the office decided about a collected topic."""

    COLLECTED = ("collected", "待确定")
    CONFIRMED = ("confirmed", "已确定")
    DECLINED = ("declined", "未采用")


class PlanStatus(LabeledEnum):
    """A topic's place in the 年度协商计划, derived from its decision and the activities held on it."""

    COLLECTED = ("collected", "待确定")
    PLANNED = ("planned", "计划中")
    HELD = ("held", "已开展")
    OVERDUE = ("overdue", "逾期未开展")
    DECLINED = ("declined", "未采用")


class ActivityState(LabeledEnum):
    PLANNED = ("planned", "筹备中")
    HELD = ("held", "已开展")


class InspectionKind(LabeledEnum):
    SUPERVISORY = ("supervisory", "监督性视察")
    RESEARCH = ("research", "调研视察")


class OutcomeKind(LabeledEnum):
    """成果转化: what a consultation's results became."""

    LIVELIHOOD_PROJECT = ("livelihood_project", "民生实事")
    POLICY = ("policy", "政策文件")
    FUNDING = ("funding", "资金投入")
    PROJECT = ("project", "项目实施")
    MECHANISM = ("mechanism", "工作机制")
    OTHER = ("other", "其他")


class FeedbackMethod(LabeledEnum):
    """反馈群众: how residents were told what came of a consultation."""

    NOTICE = ("notice", "公示栏公示")
    MEETING = ("meeting", "居民会议通报")
    ONLINE = ("online", "微信群或网络平台")
    VISIT = ("visit", "入户告知")
    MEDIA = ("media", "媒体报道")
    OTHER = ("other", "其他")


class PointRole(LabeledEnum):
    """What a member did in a record, as the duty-point rules name it (履职积分)."""

    ATTENDED = ("attended", "出席")
    CONVENED = ("convened", "召集主持")
    SPOKE = ("spoke", "发言")
    ABSENT = ("absent", "无故缺席")
    SUBMITTED = ("submitted", "提交")
    ADOPTED = ("adopted", "被采用")
    INSTRUCTED = ("instructed", "获领导批示")


class DutyGrade(LabeledEnum):
    """年度履职评价."""

    EXCELLENT = ("excellent", "优秀")
    COMPETENT = ("competent", "称职")
    BASIC = ("basic", "基本称职")
    INCOMPETENT = ("incompetent", "不称职")


class UserRole(LabeledEnum):
    ADMIN = ("admin", "管理员")
    CLERK = ("clerk", "工作人员")
    COORDINATOR = ("coordinator", "平台联络员")
    VIEWER = ("viewer", "只读")


class AuditAction(LabeledEnum):
    CREATE = ("create", "新增")
    UPDATE = ("update", "修改")
    ARCHIVE = ("archive", "归档")
    RESTORE = ("restore", "恢复")
    DELETE = ("delete", "删除")
    TRANSITION = ("transition", "状态变更")
    EXPORT = ("export", "导出")
    IMPORT = ("import", "导入")
    SIGN_IN = ("sign_in", "登录")
    SIGN_IN_FAILED = ("sign_in_failed", "登录失败")
    LOCKOUT = ("lockout", "账户锁定")
    PASSWORD = ("password", "设置密码")
