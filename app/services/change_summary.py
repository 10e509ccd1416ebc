"""The summary of a change that arrives from outside (a ledger import; later a station's data package).

One shape, so scripts read every kind the same way: per kind of record `created`, `updated`,
`unchanged` and `errors` (rows refused), a `total` of each, and the problems by sheet, row and column.
A data package's summary adds `conflicts` and `refused` to the same shape.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Protocol

KINDS = ("platform", "unit", "member", "session", "suggestion", "event")
COUNTS = ("created", "updated", "unchanged", "errors")


class Located(Protocol):
    sheet: str
    row: int
    column: str | None
    message: str
    kind: str | None


def issue_json(issue: Located) -> dict[str, Any]:
    return {
        "sheet": issue.sheet or None,
        "row": issue.row or None,
        "column": issue.column,
        "kind": issue.kind,
        "message": issue.message,
    }


def change_summary(
    created: Mapping[str, int],
    updated: Mapping[str, int],
    unchanged: Mapping[str, int],
    errors: Iterable[Located],
    notes: Iterable[Located] = (),
) -> dict[str, Any]:
    errors = list(errors)
    rows_in_error: dict[str, set[tuple[str, int]]] = {}
    for issue in errors:
        if issue.kind and issue.row:
            rows_in_error.setdefault(issue.kind, set()).add((issue.sheet, issue.row))
    kinds = {
        kind: {
            "created": int(created.get(kind, 0)),
            "updated": int(updated.get(kind, 0)),
            "unchanged": int(unchanged.get(kind, 0)),
            "errors": len(rows_in_error.get(kind, ())),
        }
        for kind in KINDS
    }
    total = {key: sum(k[key] for k in kinds.values()) for key in COUNTS}
    # problems of a whole sheet or file (a missing column, a broken rule) count once each in the total
    total["errors"] += sum(1 for issue in errors if not (issue.kind and issue.row))
    return {
        "kinds": kinds,
        "total": total,
        "errors": [issue_json(i) for i in errors],
        "notes": [issue_json(i) for i in notes],
    }
