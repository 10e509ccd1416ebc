"""One step for many records in one transaction, with a report of what was refused and why.

Each record's step runs in a savepoint: a refused one (wrong state, no permission, changed meanwhile)
leaves no trace, the others are written together when the batch ends. Callers list the records with
the names the report uses.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session

from app.db.session import Database
from app.messages import msg
from app.services.errors import ServiceError


@dataclass
class BatchReport:
    """What a batch did: the records done and, for each refused one, why."""

    done: list[str] = field(default_factory=list)  # names
    refused: list[tuple[str, str]] = field(default_factory=list)  # (name, reason)

    def summary(self, what: str) -> str:
        """“已催办 5 条。\\n2 条未能催办：\\n· 甲：……”."""
        text = msg("已{what} {count} 条。", what=what, count=len(self.done))
        if self.refused:
            lines = "\n".join(
                msg("· {name}：{reason}", name=name, reason=reason) for name, reason in self.refused
            )
            text += msg("\n{count} 条未能{what}：\n{lines}", count=len(self.refused), what=what, lines=lines)
        return text


Progress = Callable[[int, int], None]


def run_batch(
    db: Database,
    records: Sequence[tuple[Any, str]],
    step: Callable[[Session, Any], object],
    progress: Progress | None = None,
) -> BatchReport:
    """`step(session, key)` for each (key, name) of `records`, all in one transaction.

    `progress(done, total)` is called before each record; whatever it raises (a cancel) ends the
    batch with nothing written.
    """
    report = BatchReport()
    unique = list(dict.fromkeys(records))
    with db.session() as s:
        for done, (key, name) in enumerate(unique):
            if progress is not None:
                progress(done, len(unique))
            try:
                with s.begin_nested():
                    step(s, key)
            except ServiceError as exc:
                report.refused.append((name, exc.message))
            else:
                report.done.append(name)
    return report
