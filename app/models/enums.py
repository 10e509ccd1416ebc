"""Coded values of the domain. Values are stable English codes; `label` is the Chinese the user sees and
every document prints, `english` its English for an interface shown in English (app.services.language)."""

from __future__ import annotations

import enum


class LabeledEnum(str, enum.Enum):
    """A string enum whose members carry their Chinese label and its English; a member without both
    stops the program at import."""

    label: str
    english: str

    def __new__(cls, value: str, label: str = "", english: str = "") -> LabeledEnum:
        if not label.strip() or not english.strip():
            raise ValueError(f"{cls.__name__}.{value}: a coded value needs a Chinese label and its English")
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.label = label
        obj.english = english
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
    STATION = ("station", "委员驿站", "Member station")
    STUDIO = ("studio", "委员工作室", "Member studio")
    LIAISON_GROUP = ("liaison_group", "委员联络组", "Member liaison group")


class MembershipRole(LabeledEnum):
    CONVENER = ("convener", "召集人", "Convener")
    HEAD = ("head", "站长", "Station head")
    LIAISON = ("liaison", "联络员", "Liaison clerk")
    MEMBER = ("member", "成员", "Member")


class Gender(LabeledEnum):
    MALE = ("male", "男", "Male")
    FEMALE = ("female", "女", "Female")


class TopicSource(LabeledEnum):
    PARTY_GOVERNMENT = ("party_government", "党政点题", "Set by Party and government")
    RESIDENTS = ("residents", "群众出题", "Raised by residents")
    MEMBERS = ("members", "委员荐题", "Proposed by members")
    DEPARTMENTS = ("departments", "部门荐题", "Proposed by departments")


class SessionForm(LabeledEnum):
    ON_SITE = ("on_site", "现场协商", "On site")
    ONLINE = ("online", "网络协商", "Online")
    INSPECTION = ("inspection", "视察调研", "Inspection")


class SessionState(LabeledEnum):
    PLANNED = ("planned", "筹备中", "In preparation")
    HELD = ("held", "已召开", "Held")
    FOLLOWING_UP = ("following_up", "跟踪落实", "Following up")
    CLOSED = ("closed", "已办结", "Concluded")


class AttendanceStatus(LabeledEnum):
    PRESENT = ("present", "出席", "Present")
    EXCUSED = ("excused", "请假", "Excused")
    ABSENT = ("absent", "缺席", "Absent")


class ParticipantKind(LabeledEnum):
    DEPARTMENT = ("department", "部门代表", "Department representative")
    RESIDENT = ("resident", "群众代表", "Resident representative")
    EXPERT = ("expert", "专家学者", "Expert")
    OTHER = ("other", "其他", "Other")


class SuggestionCategory(LabeledEnum):
    LIVELIHOOD = ("livelihood", "民生", "Livelihood")
    URBAN = ("urban", "城建", "Urban development")
    ECOLOGY = ("ecology", "生态", "Ecology")
    ECONOMY = ("economy", "经济", "Economy")
    GOVERNANCE = ("governance", "社会治理", "Social governance")
    CULTURE = ("culture", "文教卫体", "Education, health and culture")
    OTHER = ("other", "其他", "Other")


class SuggestionState(LabeledEnum):
    PENDING = ("pending", "待交办", "To be assigned")
    ASSIGNED = ("assigned", "已交办", "Assigned")
    IN_PROGRESS = ("in_progress", "办理中", "In handling")
    REPLIED = ("replied", "已答复", "Replied")
    CONCLUDED = ("concluded", "已办结", "Concluded")
    RETURNED = ("returned", "退办", "Returned")
    NOT_ADOPTED = ("not_adopted", "不予采纳", "Not adopted")


class HandlingMode(LabeledEnum):
    SINGLE = ("single", "单办", "Single unit")
    SPLIT = ("split", "分办", "Split")
    JOINT = ("joint", "会办", "Joint")


class UnitRole(LabeledEnum):
    LEAD = ("lead", "主办", "Lead")
    CO = ("co", "会办", "Co-handling")


class ResultClass(LabeledEnum):
    A = ("A", "A 解决或采纳", "A Solved or adopted")
    B = ("B", "B 列入计划拟解决", "B Planned for solution")
    C = ("C", "C 留作参考", "C Kept for reference")


class Satisfaction(LabeledEnum):
    SATISFIED = ("satisfied", "满意", "Satisfied")
    BASICALLY = ("basically", "基本满意", "Basically satisfied")
    UNSATISFIED = ("unsatisfied", "不满意", "Unsatisfied")


class QualityRating(LabeledEnum):
    HIGH = ("high", "质量高", "High quality")
    MEDIUM = ("medium", "质量一般", "Average quality")
    LOW = ("low", "质量较差", "Poor quality")


class EventKind(LabeledEnum):
    CREATED = ("created", "登记", "Registered")
    ASSIGNED = ("assigned", "交办", "Assigned")
    ACCEPTED = ("accepted", "开始办理", "Handling started")
    RETURNED = ("returned", "退办", "Returned")
    REPLIED = ("replied", "答复", "Replied")
    CONCLUDED = ("concluded", "办结", "Concluded")
    NOT_ADOPTED = ("not_adopted", "不予采纳", "Not adopted")
    INSTRUCTION = ("instruction", "领导批示", "Leader's instruction")
    EVALUATED = ("evaluated", "评价", "Evaluation")
    REMINDER = ("reminder", "催办", "Reminder")
    SUPERVISION = ("supervision", "督办", "Supervision")
    CALL = ("call", "电话沟通", "Phone call")
    STATE_CHANGE = ("state_change", "状态变更", "State change")
    NOTE = ("note", "备注", "Note")


class TopicChannel(LabeledEnum):
    """How a 议题 reached the office (议题征集 channel)."""

    ONLINE = ("online", "网络征集", "Online collection")
    HOTLINE = ("hotline", "热线电话", "Hotline")
    BOX = ("box", "意见箱", "Suggestion box")
    FORUM = ("forum", "座谈走访", "Forums and visits")
    MEMBER = ("member", "委员提交", "Submitted by a member")
    LETTER = ("letter", "部门函报", "Department letter")
    OTHER = ("other", "其他", "Other")


class TopicDecision(LabeledEnum):
    """议题确定: what the office decided about a collected topic."""

    COLLECTED = ("collected", "待确定", "To be decided")
    CONFIRMED = ("confirmed", "已确定", "Confirmed")
    DECLINED = ("declined", "未采用", "Not used")


class PlanStatus(LabeledEnum):
    """A topic's place in the 年度协商计划, derived from its decision and the activities held on it."""

    COLLECTED = ("collected", "待确定", "To be decided")
    PLANNED = ("planned", "计划中", "Planned")
    HELD = ("held", "已开展", "Held")
    OVERDUE = ("overdue", "逾期未开展", "Overdue")
    DECLINED = ("declined", "未采用", "Not used")


class ActivityState(LabeledEnum):
    PLANNED = ("planned", "筹备中", "In preparation")
    HELD = ("held", "已开展", "Held")


class InspectionKind(LabeledEnum):
    SUPERVISORY = ("supervisory", "监督性视察", "Supervisory inspection")
    RESEARCH = ("research", "调研视察", "Research inspection")


class OutcomeKind(LabeledEnum):
    """成果转化: what a consultation's results became."""

    LIVELIHOOD_PROJECT = ("livelihood_project", "民生实事", "Livelihood project")
    POLICY = ("policy", "政策文件", "Policy document")
    FUNDING = ("funding", "资金投入", "Funding")
    PROJECT = ("project", "项目实施", "Project carried out")
    MECHANISM = ("mechanism", "工作机制", "Working mechanism")
    OTHER = ("other", "其他", "Other")


class FeedbackMethod(LabeledEnum):
    """反馈群众: how residents were told what came of a consultation."""

    NOTICE = ("notice", "公示栏公示", "Notice board")
    MEETING = ("meeting", "居民会议通报", "Residents' meeting")
    ONLINE = ("online", "微信群或网络平台", "WeChat group or online platform")
    VISIT = ("visit", "入户告知", "Home visit")
    MEDIA = ("media", "媒体报道", "Media report")
    OTHER = ("other", "其他", "Other")


class PointRole(LabeledEnum):
    """What a member did in a record, as the duty-point rules name it (履职积分)."""

    ATTENDED = ("attended", "出席", "Attended")
    CONVENED = ("convened", "召集主持", "Convened or chaired")
    SPOKE = ("spoke", "发言", "Spoke")
    ABSENT = ("absent", "无故缺席", "Absent without leave")
    SUBMITTED = ("submitted", "提交", "Submitted")
    ADOPTED = ("adopted", "被采用", "Adopted")
    INSTRUCTED = ("instructed", "获领导批示", "Leader's instruction received")


class DutyGrade(LabeledEnum):
    """年度履职评价."""

    EXCELLENT = ("excellent", "优秀", "Excellent")
    COMPETENT = ("competent", "称职", "Competent")
    BASIC = ("basic", "基本称职", "Basically competent")
    INCOMPETENT = ("incompetent", "不称职", "Not competent")


class UserRole(LabeledEnum):
    ADMIN = ("admin", "管理员", "Administrator")
    CLERK = ("clerk", "工作人员", "Clerk")
    COORDINATOR = ("coordinator", "平台联络员", "Platform coordinator")
    VIEWER = ("viewer", "只读", "Read-only")


class AuditAction(LabeledEnum):
    CREATE = ("create", "新增", "Create")
    UPDATE = ("update", "修改", "Update")
    ARCHIVE = ("archive", "归档", "Archive")
    RESTORE = ("restore", "恢复", "Unarchive")
    DELETE = ("delete", "删除", "Delete")
    TRANSITION = ("transition", "状态变更", "State change")
    EXPORT = ("export", "导出", "Export")
    IMPORT = ("import", "导入", "Import")
    SIGN_IN = ("sign_in", "登录", "Sign in")
    SIGN_IN_FAILED = ("sign_in_failed", "登录失败", "Failed sign-in")
    LOCKOUT = ("lockout", "账户锁定", "Account locked")
    PASSWORD = ("password", "设置密码", "Set password")
