"""Entry point: exception hook → args → paths → logging → database/migrate → QApplication → window."""

from __future__ import annotations

import gc
import logging
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from app.cli import SETS_UP, CliContext, build_parser, creates_database, parse_desktop, startup_mode

if TYPE_CHECKING:
    from app.db.session import Database

log = logging.getLogger("app")


def _fail(message: str, status: int = 2) -> int:
    sys.stderr.write(f"错误：{message}\n")
    return status


def main(argv: Sequence[str] | None = None) -> int:
    """Start-up runs without the cyclic garbage collector: loading SQLAlchemy, the table models and
    the command modules creates a few hundred thousand long-lived objects and almost no garbage, and
    the collector would walk them again and again (a third of a command's start-up CPU). The command
    itself, or the desktop app, runs with it as always (`_collect_from_here`)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _main(argv, collecting)
    finally:
        if collecting:
            gc.unfreeze()
            gc.enable()


def _collect_from_here(collecting: bool) -> None:
    """What start-up loaded stays for the whole run: set it aside (gc.freeze, nothing is copied or
    walked), so the collector, on again from here, only ever looks at what the command makes."""
    if collecting:
        gc.freeze()
        gc.enable()


def _main(argv: Sequence[str] | None, collecting: bool) -> int:
    from app.crash import install_cli_hook

    install_cli_hook()
    # --version and --help end here: nothing below (the database, the services, Qt) is loaded for them.
    # The desktop app (no command) needs none of the command modules the full parser imports.
    args = parse_desktop(argv) or build_parser().parse_args(argv)
    from app.log import setup_logging

    try:
        setup_logging(verbose=args.verbose)
    except OSError as exc:
        return _fail(f"无法写入日志目录：{exc}")
    create = creates_database(args)
    if args.command is None:
        # The desktop app: its own dialogs for every problem at start; its first window shows before
        # the storage layer is loaded (app/ui/launch.py).
        from app.ui.launch import launch

        _collect_from_here(collecting)
        return launch(args.db, create=create, allow_network=args.allow_network_share, argv=sys.argv[:1])
    from app.cli.signin import EXIT_SIGN_IN, SignInRequired, sign_in
    from app.db import open_database
    from app.db.errors import DatabaseEnvironmentError, classify
    from app.services.errors import ServiceError

    try:
        db = open_database(
            args.db, startup=startup_mode(args), allow_network=args.allow_network_share, create=create
        )
    except Exception as exc:  # sorted: the user's environment, or our bug (re-raised to the hook)
        env = classify(exc) or (exc if isinstance(exc, DatabaseEnvironmentError) else None)
        if env is None:
            raise
        log.error("cannot open database %s: %s", args.db, exc)
        return _fail(str(env))
    status = 1
    try:
        who = sign_in(db, args.account, setup_allowed=getattr(args, "access", None) == SETS_UP)
        _collect_from_here(collecting)
        status = int(args.handler(args, CliContext(db=db, actor=who.actor, password=who.password)))
        return status
    except SignInRequired as exc:
        return _fail(exc.message, EXIT_SIGN_IN)
    except BrokenPipeError:
        # The reader went away (e.g. `stats --json | head`): not an error of ours or the user's.
        # Point stdout at /dev/null so the final flush at exit cannot fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        status = 0
        return 0
    except ServiceError as exc:
        return _fail(exc.message)
    except DatabaseEnvironmentError as exc:
        return _fail(str(exc))
    except Exception as exc:
        env = classify(exc)
        if env is None:
            raise
        return _fail(str(env))
    finally:
        db.dispose()
        if db.created:
            _new_ledger(db, kept=status == 0 or args.create)


def _new_ledger(db: Database, *, kept: bool) -> None:
    """Say where the new ledger is. One that `demo` or `exchange import` made and then failed on is
    removed again (nothing left behind on a typo); one asked for with --create stays."""
    path = db.sqlite_file
    if kept or path is None:
        sys.stderr.write(f"已新建台账数据库：{path or db.url}\n")
        return
    for leftover in (path, *(path.with_name(path.name + end) for end in ("-wal", "-shm", "-journal"))):
        leftover.unlink(missing_ok=True)
    log.info("the new ledger at %s was removed again: the command failed", path)


if __name__ == "__main__":
    sys.exit(main())
