"""Why a database cannot be opened, sorted into kinds the desktop app turns into choices.

Every refusal at start-up is a DatabaseUnavailable: `reason` says what is wrong (the same words on the
command line and in the desktop app), `advice` what to do on the command line; `str()` is both. The
desktop app shows the reason with its own buttons for the kind (app/ui/dialogs/open_problem_dialog.py):
create a new ledger there, choose another file, try again, or quit.
"""

from __future__ import annotations

import enum
from pathlib import Path

from app.db.errors import DatabaseEnvironmentError
from app.messages import msg


class Problem(enum.Enum):
    MISSING = "missing"  # no file at the path (its folder may be missing too)
    EMPTY = "empty"  # a file or a PostgreSQL database with nothing in it yet
    NOT_LEDGER = "not_ledger"  # another program's file or database, or no SQLite file at all
    TOO_NEW = "too_new"  # written by a newer version of this program
    NO_ACCESS = "no_access"  # no permission to read or write it
    ADDRESS = "address"  # the `--db` value itself is wrong: unsupported kind, malformed address
    SERVER = "server"  # the PostgreSQL server cannot be reached
    LOGIN = "login"  # the server refused the user name or password
    NO_DATABASE = "no_database"  # the server has no database of that name

    @property
    def may_create(self) -> bool:
        """Whether creating a new ledger at the same place is one of the ways out."""
        return self in (Problem.MISSING, Problem.EMPTY)

    @property
    def may_retry(self) -> bool:
        """Whether trying again may work once something outside the program is put right."""
        return self in (Problem.SERVER, Problem.LOGIN, Problem.NO_DATABASE, Problem.NO_ACCESS)


class DatabaseUnavailable(DatabaseEnvironmentError):
    """The database named by `--db` cannot be opened; nothing was changed."""

    def __init__(self, problem: Problem, reason: str, advice: str = "", *, path: Path | None = None) -> None:
        self.problem = problem
        self.reason = reason
        self.advice = advice
        self.path = path  # the SQLite file concerned (None for PostgreSQL)
        super().__init__(msg("{reason}\n{advice}", reason=reason, advice=advice) if advice else reason)


def create_advice(shown: str) -> str:
    """How to create a new ledger explicitly, for the command line."""
    return msg(
        "如果路径输错了，请检查 --db；确实要在这里新建一个台账，请加 --create"
        "（例如：python -m app --db {shown} --create users add 用户名 --role admin），"
        "或用 demo 装入演示数据；也可以打开桌面程序按提示新建。",
        shown=shown,
    )


def quoted(path: Path) -> str:
    text = str(path)
    return f'"{text}"' if any(c.isspace() for c in text) else text
