"""The words the app uses for its facts: one term per thing, in every document and service message.

Printed documents, the Excel ledger's derived columns, command-line texts and the service-side notices
take their terms from here, so a fact has one name everywhere (超期未答复, never 逾期 or 超期未办 beside it;
站室组 for the three kinds of platform, never 平台 in one place and 站室组 in the next).
"""

from __future__ import annotations

from app.messages import msg

# -- places and people -----------------------------------------------------------------------------
PLATFORM = "站室组"  # 委员驿站、委员工作室、委员联络组 together
PLATFORM_LONG = "站、室、组"
LEAD_UNIT = "主办单位"
CO_UNIT = "会办单位"
HANDLING_UNIT = "承办单位"  # the lead and co-handling units together
PROPOSER = "提出人"

# -- records ---------------------------------------------------------------------------------------
SESSION = "协商议事活动"
SUGGESTION = "意见建议"
LEADER_INSTRUCTION = "领导批示"
LEADER_INSTRUCTION_UNIT = "件次"
IMPLEMENTATION = "落实情况"
TYPICAL_RESULTS = "典型成果"
ACTIVITY = "履职活动"  # every kind of duty, 协商议事 included
OFFICE_LEVEL = "政协机关"  # where a record without a 站室组 belongs (the office's own work)
TOPIC = "议题"
PLAN = "年度协商计划"
RESULTS_REPORT = "协商专报"
RESEARCH_REPORT = "调研报告"
PUBLIC_OPINION = "社情民意信息"
OUTCOME = "成果转化"
FEEDBACK = "反馈群众"
DUTY_POINTS = "履职积分"
DUTY_GRADE = "履职评价"

# -- deadlines (see services.deadlines) -------------------------------------------------------------
DEADLINE = msg("办理时限")  # a message: service notices show it in the interface's language
OVERDUE = "超期未答复"  # assigned, not replied, past its deadline
OVERDUE_SHORT = "超期"
DUE_SOON = "即将到期"
OVERDUE_DAYS = "超期工作日"  # a column heading: how many working days past the deadline
RETURN = "退办"
RETURN_WINDOW = "退办期限"
WORKING_DAYS_NOTE = "文中天数均按工作日计算（法定节假日和调休上班日依照国家安排及本单位录入的节假日）。"

# -- figures (what a count includes is said with it) -----------------------------------------------
SESSIONS_HELD = "开展协商议事活动"  # held, following up or closed: planned sessions not included
SESSIONS_HELD_NOTE = "不含筹备中的活动"
SESSIONS_ALL_NOTE = "含筹备中的活动"

# -- documents ---------------------------------------------------------------------------------------
DOC_SESSION_RECORD = "协商议事纪要"
DOC_DOSSIER = "协商议事一事一档"
DOC_ASSIGNMENT = "意见建议交办单"
DOC_REMINDER = "意见建议催办单"
DOC_SUPERVISION = "意见建议督办清单"
DOC_SUMMARY = "协商议事工作综述"
DOC_SIGNIN = "协商议事活动签到表"
DOC_MEMBER = "政协委员履职档案"
DOC_PLAN = "年度协商计划"
DOC_RANKING = "委员履职积分排名表"
DOC_RESULTS_REPORT = "协商专报"

# -- the 版记 of issued documents -------------------------------------------------------------------
CC = "抄送"
PRINTED_BY = "印发"


def working_days(n: int) -> str:
    """“3 个工作日” (a message, so a notice shows it in the interface's language)."""
    return msg("{n} 个工作日", n=n)


def overdue_by(n: int) -> str:
    """“超期 3 个工作日”."""
    return f"{OVERDUE_SHORT} {working_days(n)}"
