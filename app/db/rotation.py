"""Which backups to keep: the newest few, then one a day, one a week and one a month (as Anki thins).

Only verified backups are ever removed, and only after a new backup has been verified, so a backup that
failed never displaces a good one. The copies made before a restore or an upgrade (the way back) are
kept for a month whatever the thinning says.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from app.db.backup_store import SAFETY_KINDS, BackupInfo
from app.messages import msg


@dataclass(frozen=True)
class RotationPolicy:
    recent: int = 3  # always keep the newest few, whatever their day
    daily: int = 7  # the newest backup of each of the last 7 days that have one
    weekly: int = 4  # … of each of the last 4 weeks
    monthly: int = 12  # … of each of the last 12 months
    safety_days: int = 30  # copies made before a restore or an upgrade

    def describe(self) -> str:
        return msg(
            "保留最近 {recent} 份，以及最近 {daily} 天每天、{weekly} 周每周、"
            "{monthly} 个月每月各一份；恢复前和升级前的副本保留 {safety_days} 天",
            recent=self.recent,
            daily=self.daily,
            weekly=self.weekly,
            monthly=self.monthly,
            safety_days=self.safety_days,
        )


DEFAULT_POLICY = RotationPolicy()


def _day(moment: datetime) -> Hashable:
    return moment.date()


def _week(moment: datetime) -> Hashable:
    year, week, _ = moment.isocalendar()
    return (year, week)


def _month(moment: datetime) -> Hashable:
    return (moment.year, moment.month)


def backups_to_remove(
    backups: Sequence[BackupInfo], *, now: datetime, policy: RotationPolicy = DEFAULT_POLICY
) -> list[BackupInfo]:
    """The verified backups the policy no longer needs, oldest first. Periods are in local time."""
    verified = sorted((b for b in backups if b.verified), key=lambda b: b.created_at, reverse=True)
    keep = {b.path for b in verified[: max(policy.recent, 1)]}
    buckets: tuple[tuple[Callable[[datetime], Hashable], int], ...] = (
        (_day, policy.daily),
        (_week, policy.weekly),
        (_month, policy.monthly),
    )
    for period, wanted in buckets:
        seen: set[Hashable] = set()
        for backup in verified:  # newest first: the first of each period is its newest
            key = period(backup.created_at.astimezone())
            if key in seen:
                continue
            if len(seen) >= wanted:
                break
            seen.add(key)
            keep.add(backup.path)
    horizon = now - timedelta(days=policy.safety_days)
    for backup in verified:
        if backup.kind in SAFETY_KINDS and backup.created_at >= horizon:
            keep.add(backup.path)
    return [b for b in reversed(verified) if b.path not in keep]
