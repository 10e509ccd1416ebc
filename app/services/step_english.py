"""The steps long tasks report while they run (导出, 导入, 数据交换, 打印), in English for an interface shown
in English (app.services.language.shown_step). The services and report writers report them in Chinese;
the progress dialog shows them in the display language. {name} stands for what the step reports."""

from __future__ import annotations

from app.services.exchange.kinds import KIND_ENGLISH

STEP_ENGLISH: dict[str, str] = {
    # 导出台账 (app.services.ledger_export)
    "正在汇总{sheet}……": "Summarising {sheet}…",
    "已汇总{sheet}": "{sheet} summarised",
    "正在导出{sheet}……": "Exporting {sheet}…",
    "正在保存文件……": "Saving the file…",
    # 导入台账 (app.services.ledger_import)
    "正在读取工作表“{sheet}”……": "Reading sheet “{sheet}”…",
    "已读取工作表“{sheet}”{n} 行……": "Read {n} rows of sheet “{sheet}”…",
    "正在检查工作表“{sheet}”第{n}行……": "Checking row {n} of sheet “{sheet}”…",
    "正在检查能否写入……": "Checking that the rows can be written…",
    "正在写入数据库……": "Writing to the database…",
    "正在写入第 {done}/{total} 条……": "Writing record {done} of {total}…",
    "正在提交……": "Committing…",
    # 数据交换 (app.services.exchange; its 正在导出{kind}…… reads as the ledger's export step above)
    "正在合并{kind}……": "Merging {kind}…",
    "正在保存附件内容与冲突……": "Saving attachments and conflicts…",
    # 打印 (app.services.documents, app.reports.pdf)
    "正在读取数据…": "Reading the data…",
    "正在排版…": "Laying out…",
    "正在排版（第 {page} 页）…": "Laying out (page {page})…",
    "正在装订附件…": "Attaching the attachments…",
    "已完成": "Done",
}

# What a step names ({sheet}, {kind}): the ledger's sheets and the package's record kinds.
STEP_WORDS: dict[str, str] = {
    **KIND_ENGLISH,
    "协商议事台账": "Consultation session ledger",
    "意见建议办理台账": "Suggestion handling ledger",
    "站室组名册": "Platform roster",
    "委员名册": "Member roster",
    "办理过程": "Handling records",
    "履职活动台账": "Duty activity ledger",
    "议题与年度计划": "Topics and annual plan",
    "统计": "Statistics",
}
