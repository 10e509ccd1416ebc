"""Fill a database with a deterministic demo city: one transaction of Core bulk inserts."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

import sqlalchemy as sa

from app.db.engine import writer_engine
from app.db.session import Database
from app.models import ConsultationSession, Member, Platform, Suggestion
from app.models._base import table_of
from app.models.audit import AuditEntry
from app.models.enums import AuditAction, SessionState, SuggestionState
from app.services import audit_chain, numbering, search_rebuild
from app.services.actor import Actor
from app.services.demo import DEFAULT_PASSWORD
from app.services.demo.accounts import DemoAccount, add_demo_accounts
from app.services.demo.activity import SessionFactory
from app.services.demo.bulk_tuning import (
    check_references,
    fresh_file_build,
    indexes_built_after,
    large_cache,
    no_cycle_collection,
)
from app.services.demo.cycle import CycleFactory
from app.services.demo.draw import DemoRandom
from app.services.demo.names import NameMaker
from app.services.demo.network import build_network, load_network
from app.services.demo.writer import BulkWriter, Stamper

WINDOW_DAYS = 730  # sessions spread over the last two years
FUTURE_DAYS = 45  # planned sessions reach this far ahead
CHUNK = 500  # sessions generated and written per round (bounded memory at 100,000 sessions)
PROGRESS_EVERY = 10_000
BULK_TABLES = (
    "consultation_session", "session_attendance", "session_participant", "suggestion", "suggestion_unit",
    "leader_instruction", "follow_up_event", "topic", "duty_activity", "activity_attendance",
    "research_report", "research_report_author", "public_opinion", "public_opinion_submitter",
    "results_report", "result_outcome",
)  # fmt: skip

Progress = Callable[[int, int], None]


@dataclass
class DemoResult:
    seed: int
    sessions_requested: int
    rows: dict[str, int]
    session_states: dict[SessionState, int]
    suggestion_states: dict[SuggestionState, int]
    reused_network: bool
    seconds: float = 0.0
    platforms_by_kind: dict[str, int] = field(default_factory=dict)
    accounts: list[DemoAccount] = field(default_factory=list)
    password: str = DEFAULT_PASSWORD

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


def count_sessions(db: Database) -> int:
    with db.engine.connect() as conn:
        return int(
            conn.execute(sa.select(sa.func.count()).select_from(table_of(ConsultationSession))).scalar_one()
        )


def load_demo(
    db: Database,
    *,
    sessions: int,
    seed: int,
    actor: Actor,
    today: date | None = None,
    progress: Progress | None = None,
    password: str = DEFAULT_PASSWORD,
) -> DemoResult:
    """Write `sessions` demo sessions (and, on an empty database, the city's network) in one transaction.

    The same seed, session count, `today` and starting database always give the same rows. When the
    database already holds sessions (append), the seed is combined with their number so new ids never
    collide with the earlier load's. The four demo accounts (admin, clerk, coordinator, viewer) are
    added with `password` where missing.
    """
    started = time.perf_counter()
    today = today or date.today()
    existing = count_sessions(db)
    rng = DemoRandom(f"{seed}" if existing == 0 else f"{seed}:{existing}")
    stamper = Stamper(rng, ids_from=today)
    names = NameMaker(rng)
    window_start = today - timedelta(days=WINDOW_DAYS)
    # Indexes are rebuilt once at the end when this load at least doubles the data.
    rebuild = sessions >= max(existing, 2000)
    fresh = existing == 0 and _is_empty(db)
    if fresh:
        db.engine.dispose()  # idle pooled connections would keep the file in WAL mode
    with (
        no_cycle_collection(),
        writer_engine(db.engine).connect() as conn,
        fresh_file_build(conn, enabled=fresh),
        conn.begin(),
        large_cache(conn),
    ):
        with indexes_built_after(conn, BULK_TABLES, enabled=rebuild):
            writer = BulkWriter(conn)
            network = load_network(conn, writer, stamper, names, window_start)
            reused = network is not None
            if network is None:
                network = build_network(writer, stamper, names, window_start)
            factory = SessionFactory(writer, stamper, names, network, today)
            cycle = CycleFactory(conn, writer, stamper, network, today, factory.suggestions, factory.slots,
                                 factory.suggestion_states)  # fmt: skip
            factory.cycle = cycle
            if existing == 0:  # the office's own year once, with the city; later loads add sessions only
                cycle.office_years(window_start, FUTURE_DAYS)
            for done in range(sessions):
                factory.add(factory.held_on(window_start, FUTURE_DAYS))
                if (done + 1) % CHUNK == 0:
                    writer.flush()
                if progress is not None and (done + 1) % PROGRESS_EVERY == 0:
                    progress(done + 1, sessions)
            writer.flush()
        # With the indexes back, the steps below read the suggestions in the order of their dates from
        # them; without, SQLite would sort every suggestion's and session's text in memory first (some
        # 300 MB at 100,000 sessions).
        made = add_demo_accounts(conn, network, password, actor)
        _audit(conn, writer, actor, seed, sessions)
        numbering.number_assigned(conn)  # the 交办单 numbers the 交办 step would have given
        # Core inserts bypass the ORM events that keep SQLite's full-text index current.
        search_rebuild.reindex_all(conn)
        if fresh:
            check_references(conn)  # not checked row by row in a fresh file (fresh_file_build)
        rows = dict(writer.written)
    return DemoResult(
        seed=seed,
        sessions_requested=sessions,
        rows=rows,
        session_states=factory.session_states,
        suggestion_states=factory.suggestion_states,
        reused_network=reused,
        seconds=time.perf_counter() - started,
        platforms_by_kind={
            k.value: sum(1 for p in network.platforms if p.kind is k)
            for k in {p.kind for p in network.platforms}
        },
        accounts=made,
        password=password,
    )


def _is_empty(db: Database) -> bool:
    """No records yet that a crash during the load could cost (the audit trail counts as records)."""
    with db.engine.connect() as conn:
        return all(
            conn.execute(sa.select(sa.func.count()).select_from(table_of(model))).scalar_one() == 0
            for model in (ConsultationSession, Suggestion, Member, Platform, AuditEntry)
        )


def _audit(conn: sa.Connection, writer: BulkWriter, actor: Actor, seed: int, sessions: int) -> None:
    """One audit entry summarising the whole load (per-row entries would double the work)."""
    counts = {name: n for name, n in writer.written.items() if n}
    audit_chain.append(
        conn,
        {
            "actor": actor.username,
            "action": AuditAction.IMPORT,
            "entity": "demo",
            "after": json.dumps({"seed": seed, "sessions": sessions, "rows": counts}, sort_keys=True),
            "note": f"装入演示数据：随机种子 {seed}，协商议事活动 {sessions} 次",
        },
    )
