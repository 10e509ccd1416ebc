"""What an import did (or, on a trial run, would do): per kind created / updated / unchanged / conflicts /
refused, a total, and the conflicts and refusals by record with field labels.

The JSON keeps the shape of the ledger import's summary ("kinds", "total", then the lists), with the
data package's five counts under every kind and in the total.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.messages import msg
from app.services.exchange.kinds import KINDS, kind_label

COUNTS = ("created", "updated", "unchanged", "conflicts", "refused")
WORDS = {"created": "新增", "updated": "修改", "unchanged": "无变化", "conflicts": "冲突", "refused": "拒绝"}


@dataclass(frozen=True)
class ConflictNote:
    kind: str
    record_id: str
    record: str
    field: str
    field_label: str
    base: str
    mine: str
    theirs: str

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "kind_label": kind_label(self.kind),
            "record_id": self.record_id,
            "record": self.record,
            "field": self.field,
            "field_label": self.field_label,
            "base": self.base,
            "mine": self.mine,
            "theirs": self.theirs,
        }


@dataclass(frozen=True)
class RefusalNote:
    kind: str
    record_id: str
    record: str
    reason: str

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "kind_label": kind_label(self.kind),
            "record_id": self.record_id,
            "record": self.record,
            "reason": self.reason,
        }


@dataclass
class ImportSummary:
    package: dict[str, Any]
    dry_run: bool
    new_sender: bool
    counts: dict[str, dict[str, int]] = field(
        default_factory=lambda: {k.key: dict.fromkeys(COUNTS, 0) for k in KINDS}
    )
    conflicts: list[ConflictNote] = field(default_factory=list)
    refused: list[RefusalNote] = field(default_factory=list)
    repeated: bool = False  # every record was already known from this package or a later one

    def add(self, kind: str, outcome: str) -> None:
        self.counts[kind][outcome] += 1

    @property
    def total(self) -> dict[str, int]:
        return {c: sum(k[c] for k in self.counts.values()) for c in COUNTS}

    @property
    def changed(self) -> bool:
        t = self.total
        return bool(t["created"] or t["updated"] or t["conflicts"])

    def as_json(self) -> dict[str, Any]:
        return {
            "package": self.package,
            "dry_run": self.dry_run,
            "new_sender": self.new_sender,
            "kinds": self.counts,
            "total": self.total,
            "conflicts": [c.as_json() for c in self.conflicts],
            "refused": [r.as_json() for r in self.refused],
        }

    def lines(self) -> list[str]:
        """The summary in Chinese, one line per kind that had records, then conflicts and refusals."""
        out = []
        for kind in KINDS:
            counts = self.counts[kind.key]
            if any(counts.values()):
                out.append(msg("  {label}：", label=kind.label) + _counts(counts))
        out.append(msg("  合计：") + _counts(self.total))
        if self.conflicts:
            out.append(
                msg(
                    "冲突 {count} 处（双方都改了同一字段，已保留本机的值，请在“数据交换”页中逐项选择）：",
                    count=len(self.conflicts),
                )
            )
            out.extend(
                msg(
                    "  {kind_label}“{record}”的“{field_label}”："
                    "原为 {base}，本机改为 {mine}，对方改为 {theirs}",
                    kind_label=kind_label(c.kind),
                    record=c.record,
                    field_label=c.field_label,
                    base=c.base,
                    mine=c.mine,
                    theirs=c.theirs,
                )
                for c in self.conflicts
            )
        if self.refused:
            out.append(msg("拒绝 {count} 条：", count=len(self.refused)))
            out.extend(
                msg(
                    "  {kind_label}“{record}”：{reason}",
                    kind_label=kind_label(r.kind),
                    record=r.record,
                    reason=r.reason,
                )
                for r in self.refused
            )
        return out


def _counts(counts: dict[str, int]) -> str:
    return "，".join(f"{WORDS[c]} {counts[c]}" for c in COUNTS)
