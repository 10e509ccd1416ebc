"""The ledger's 版本 cell: the record's version and the revision it was exported at, e.g. "3/8f3a9c1e".

The revision tells two edits apart that both brought a record to version 3 (one in this database, one
on a station's laptop), so an edited row whose record has been changed here since the export is caught
even when the version numbers agree. Files written before revisions existed carry the version alone;
they are checked by the version as before.
"""

from __future__ import annotations

import re
from typing import Any

import sqlalchemy as sa
from sqlalchemy.sql import ColumnElement

from app.messages import msg
from app.models._base import revision_prefix

SHOWN = 8  # hex digits of the revision written into the cell
_STAMP = re.compile(rf"^\s*(\d+)\s*(?:/\s*([0-9a-f]{{{SHOWN}}}))?\s*$")


def stamp_sql(version: Any, revision: Any) -> ColumnElement[Any]:
    """The cell's text, computed by the database while the rows are read."""
    text = sa.cast(version, sa.String)
    return sa.case(
        (revision.is_(None), text),
        else_=text + sa.literal("/") + revision_prefix(revision, SHOWN),
    )


def stamp_text(version: int, revision: str | None) -> str:
    return str(version) if not revision else f"{version}/{revision[:SHOWN]}"


def parse_stamp(value: Any) -> tuple[int, str | None] | None:
    """(version, revision start) from a cell; None when empty. ValueError when it is neither form."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int) or (isinstance(value, float) and value.is_integer()):
        return int(value), None
    match = _STAMP.match(str(value).lower())
    if match is None:
        raise ValueError(value)
    return int(match.group(1)), match.group(2)


def is_stale(stamp: tuple[int, str | None], version: int, revision: str | None) -> bool:
    """Whether the record has been written since the row's export."""
    exported_version, exported_revision = stamp
    if exported_revision is not None:
        return exported_revision != (revision or "")[:SHOWN]
    return exported_version != version


def stale_message(record: Any, obj: Any) -> str:
    """A row whose record was written since the export: which, and the file's and the database's values."""
    nouns = {
        "platform": msg("站室组"),
        "unit": msg("承办单位"),
        "member": msg("委员"),
        "session": msg("协商议事活动"),
        "suggestion": msg("意见建议"),
    }
    if record.expected_revision is not None and record.expected_version == obj.version:
        versions = msg("文件与系统中都是第 {version} 版，但不是同一次修改", version=obj.version)
    else:
        versions = msg(
            "文件中为第 {expected_version} 版，系统中已是第 {version} 版",
            expected_version=record.expected_version,
            version=obj.version,
        )
    both = msg("{both_values}。", both_values=record.both_values) if record.both_values else ""
    return msg(
        "该{get}在导出后已被修改（{versions}）。{both}为免覆盖别人的修改，"
        "这一行未导入，请重新导出后再改这一行",
        get=nouns.get(record.entity, "记录"),
        versions=versions,
        both=both,
    )
