"""Words of the demo's wider year: titles of 履职活动, 调研报告, 社情民意信息 and 协商专报; outcomes and
feedback."""

from __future__ import annotations

# {t}: a topic of a theme (with its place names filled in).
ACTIVITY_TITLES: dict[str, tuple[str, ...]] = {
    "special_consultation": ("关于{t}的专题协商", "围绕“{t}”开展专题协商", "{t}专题协商会"),
    "democratic_supervision": ("联动民主监督：{t}", "对{t}开展民主监督", "{t}情况民主监督"),
    "inspection": ("视察{t}", "{t}情况视察", "关于{t}的集中视察"),
    "research": ("{t}专题调研", "关于{t}的调研", "深入基层调研{t}"),
    "lecture": ("委员讲堂：{t}", "委员讲堂第{n}期：聚焦{t}", "委员讲堂进社区：{t}"),
    "visit": ("“四下基层”走访：{t}", "委员走访群众：{t}", "深入社区走访了解{t}"),
}
MEETINGS = {
    "plenary": ("政协第十五届委员会第{n}次会议",),
    "standing_committee": ("政协第十五届常务委员会第{n}次会议",),
}
ORGANISERS = {
    "special_consultation": ("市政协办公室", "市政协经济委员会", "市政协社会和法制委员会"),
    "democratic_supervision": ("市政协提案委员会", "市政协社会和法制委员会", "市政协人口资源环境委员会"),
    "inspection": ("市政协办公室", "市政协城建委员会", "市政协教科卫体委员会"),
    "research": ("市政协研究室", "市政协经济委员会", "市政协农业和农村委员会"),
    "lecture": ("市政协宣传信息部", "市政协委员工作委员会"),
    "visit": ("市政协委员工作委员会",),
    "plenary": ("市政协办公室",),
    "standing_committee": ("市政协办公室",),
}
MEETING_PLACES = ("市政协机关会议室", "市民中心会议室", "市政协常委会议室")
REPORT_TITLES = ("关于{t}的调研报告", "{t}情况调研报告", "关于进一步推进{t}的调研报告")
OPINION_TITLES = (
    "关于{t}的建议",
    "群众反映{t}亟待解决",
    "关于{t}问题的情况反映",
    "{t}存在的问题及建议",
)
RESULTS_TITLES = ("关于{t}协商成果的专报", "{t}协商建议专报", "关于“{t}”的协商专报")
RESULTS_TEXT = (
    "围绕“{t}”，我们组织委员、群众代表和有关部门开展协商，现将主要情况和建议报告如下。\n"
    "一、基本情况。协商前，委员深入现场走访，听取群众意见，梳理出群众反映集中的突出问题。\n"
    "二、主要建议。一是明确牵头部门和完成时限；二是加大资金和政策支持；三是建立群众参与的长效机制。\n"
    "三、下一步工作。我们将持续跟踪建议办理情况，及时向群众反馈办理结果。"
)
SENT_TO = ("市委、市政府", "市委办公室、市政府办公室", "市委、市政府主要领导")
ADOPTERS = ("全国政协", "省政协", "市政协", "市委办公室", "市政府办公室")
REPORT_ADOPTERS = ("市委、市政府", "市政府", "市委政研室")
OUTCOMES = {
    "livelihood_project": ("{t}列入本年度民生实事项目",),
    "policy": ("市政府出台{t}相关工作方案", "相关部门印发{t}实施意见"),
    "funding": ("落实{t}专项资金{n}万元",),
    "project": ("{t}纳入年度重点项目推进",),
    "mechanism": ("建立{t}长效工作机制",),
}
FEEDBACK_NOTES = (
    "在社区公示栏公示协商成果及办理进展",
    "召开居民代表会议通报协商成果",
    "通过社区微信群向居民反馈办理情况",
    "委员入户向反映问题的群众当面反馈",
)
NOT_PUBLIC_REASONS = ("涉及个人隐私", "涉及企业商业信息", "事项尚在研究中，暂不公开")
TOPIC_PROPOSERS = {
    "party_government": ("市委办公室", "市政府办公室", "区委办公室"),
    "residents": ("社区居民", "群众代表", "居民议事会"),
    "members": ("政协委员", "委员联络组", "界别小组"),
    "departments": ("市住房和城乡建设局", "市民政局", "市交通运输局"),
}
DECLINE_REASONS = (
    "已列入政府年度重点工作，不再重复协商",
    "事项涉及面较窄，转有关部门直接办理",
    "与已确定的议题重复，合并协商",
)


def subject_of(title: str) -> str:
    """What a record is about, for a title built around it: 关于X的协商 → X; the kind before the colon
    (联动民主监督：X) goes too, so a 专报 does not read 关于“关于X的协商”的协商专报."""
    about = title.split("：", 1)[-1].removesuffix("（续）")
    if "“" in about and "”" in about:  # 围绕“X”开展专题协商
        return about.split("“", 1)[1].split("”", 1)[0]
    about = about.removeprefix("关于").removesuffix("的协商").removesuffix("问题协商").removesuffix("协商")
    return about.strip("“”") or title
