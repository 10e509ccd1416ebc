"""无法打开数据库: why the database named at start cannot be opened, and the ways out.

    dialog = OpenProblemDialog(error)   # a DatabaseUnavailable, or any other DatabaseEnvironmentError
    dialog.exec()
    dialog.choice                       # "create" | "other" | "retry" | "quit"

The reason is the one the command line prints; the advice is the desktop's own (buttons, not flags).
新建台账 is offered only where nothing would be lost (no file yet, or an empty one); 重试 where
something outside the program may be put right (the server, the permissions).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.db.backup_location import backup_folder
from app.db.damage import backup_summary, newest_backup_for
from app.db.engine import database_url
from app.db.errors import DatabaseEnvironmentError
from app.db.unavailable import DatabaseUnavailable, Problem
from app.log import log_file
from app.ui.dialogs.problem_dialog import ProblemDialog
from app.ui.messages import render, user_error_text


class OpenProblemDialog(ProblemDialog):
    def __init__(self, error: DatabaseEnvironmentError, parent: QWidget | None = None) -> None:
        problem = error.problem if isinstance(error, DatabaseUnavailable) else None
        super().__init__(self.tr("无法打开数据库"), self._headline(problem), parent)
        self.error = error
        self.problem = problem
        reason = (
            render(error.reason) if isinstance(error, DatabaseUnavailable) else user_error_text(error) or ""
        )
        self.add_text(reason)
        self.add_text(self._advice(error), hint=True)
        self.add_text(self.tr("详细信息已写入日志文件：{path}").format(path=log_file()), hint=True)
        self.create_button = self.add_button(self.tr("在这里新建台账"), choice="create")
        self.create_button.setVisible(problem is not None and problem.may_create)
        self.other_button = self.add_button(self.tr("打开其他数据库文件…"), choice="other")
        self.retry_button = self.add_button(self.tr("重试"), choice="retry")
        self.retry_button.setVisible(problem is None or problem.may_retry)
        self.quit_button = self.add_button(self.tr("退出"), choice="quit", right=True)
        default = self.retry_button if problem is not None and problem.may_retry else self.other_button
        default.setDefault(True)
        default.setFocus()

    def _headline(self, problem: Problem | None) -> str:
        headlines = {
            Problem.MISSING: self.tr("找不到数据库文件"),
            Problem.EMPTY: self.tr("数据库中还没有台账"),
            Problem.NOT_LEDGER: self.tr("这不是本程序的台账数据库"),
            Problem.TOO_NEW: self.tr("数据库来自更高版本的程序"),
            Problem.NO_ACCESS: self.tr("没有访问数据库的权限"),
            Problem.ADDRESS: self.tr("数据库地址不正确"),
            Problem.SERVER: self.tr("连接不上数据库服务器"),
            Problem.LOGIN: self.tr("数据库服务器拒绝登录"),
            Problem.NO_DATABASE: self.tr("服务器上没有这个数据库"),
        }
        return headlines[problem] if problem is not None else self.tr("无法打开数据库")

    def _advice(self, error: DatabaseEnvironmentError) -> str:
        problem = self.problem if isinstance(error, DatabaseUnavailable) else None
        if problem in (Problem.MISSING, Problem.EMPTY):
            return self.tr(
                "如果路径有误，请打开正确的数据库文件。要在这里开始一本新的台账，请点“在这里新建台账”："
                "程序会新建数据库，并请您创建第一个管理员账户。"
            )
        if problem is Problem.NOT_LEDGER:
            text = self.tr(
                "请打开本程序的数据库文件。如果它原本是本程序的数据库，说明文件已损坏：请由管理员从备份恢复"
                "（“备份与恢复”页，或命令 python -m app backup restore）。"
            )
            return text + self._newest_backup(error)
        if problem is Problem.TOO_NEW:
            return self.tr("请安装新版本的程序后再打开它，或打开其他数据库文件。这个数据库没有被改动。")
        if problem is Problem.NO_ACCESS:
            return self.tr(
                "请检查文件和文件夹的权限（或请管理员设置）后重试；也可以把数据库复制到自己有权写入的位置再打开。"
            )
        if problem in (Problem.SERVER, Problem.LOGIN, Problem.NO_DATABASE):
            return self.tr(
                "请检查数据库服务器是否已启动、这台电脑的网络是否连通，以及程序快捷方式中 --db 后的地址"
                "（服务器、端口、用户名、密码、数据库名）；问题解决后点“重试”。"
            )
        if problem is Problem.ADDRESS and isinstance(error, DatabaseUnavailable):
            return render(error.advice) or self.tr("请检查程序快捷方式中 --db 后的数据库地址。")
        return self.tr("问题解决后点“重试”，或打开其他数据库文件。")

    def _newest_backup(self, error: DatabaseEnvironmentError) -> str:
        path = error.path if isinstance(error, DatabaseUnavailable) else None
        if path is None:
            return ""
        try:
            backup = newest_backup_for(path, backup_folder(database_url(path)))
        except (OSError, DatabaseEnvironmentError):
            return ""
        if backup is None:
            return ""
        return "\n" + self.tr("最新的有效备份：{summary}\n{path}").format(
            summary=backup_summary(backup), path=backup.path
        )
