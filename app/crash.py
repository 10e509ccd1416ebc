"""Last-resort error handling: log at critical level; the GUI adds a dialog with details to copy."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

log = logging.getLogger("app.crash")


def format_exception(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    return "".join(traceback.format_exception(exc_type, exc, tb))


def install_cli_hook() -> None:
    """Unexpected errors on the command line: logged in full, one line on the terminal."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.stderr.write("已取消。\n")
            return
        from app.log import log_file

        details = format_exception(exc_type, exc, tb)
        log.critical("unexpected error\n%s", details)
        sys.stderr.write(f"程序内部错误：{exc_type.__name__}: {exc}\n详细信息已写入日志文件：{log_file()}\n")

    sys.excepthook = hook
