"""Entry point: exception hook → args → paths → logging → database/migrate → QApplication → window."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence

from app.cli import SETS_UP, CliContext, build_parser, startup_mode

log = logging.getLogger("app")


def _fail(message: str, status: int = 2) -> int:
    sys.stderr.write(f"错误：{message}\n")
    return status


def main(argv: Sequence[str] | None = None) -> int:
    from app.crash import install_cli_hook

    install_cli_hook()
    # --version and --help end here: nothing below (the database, the services, Qt) is loaded for them.
    args = build_parser().parse_args(argv)
    from app.cli.signin import EXIT_SIGN_IN, SignInRequired, sign_in
    from app.db import open_database
    from app.db.errors import DatabaseEnvironmentError, classify
    from app.log import setup_logging
    from app.services.errors import ServiceError

    try:
        setup_logging(verbose=args.verbose)
    except OSError as exc:
        return _fail(f"无法写入日志目录：{exc}")
    try:
        db = open_database(args.db, startup=startup_mode(args), allow_network=args.allow_network_share)
    except Exception as exc:  # sorted: the user's environment, or our bug (re-raised to the hook)
        env = classify(exc) or (exc if isinstance(exc, DatabaseEnvironmentError) else None)
        if env is None:
            raise
        log.error("cannot open database %s: %s", args.db, exc)
        return _fail(str(env))
    try:
        if args.command is None:
            from app.ui.launch import run_gui  # the desktop app signs in with its own dialogs

            return run_gui(db, argv=sys.argv[:1])
        who = sign_in(db, args.account, setup_allowed=getattr(args, "access", None) == SETS_UP)
        return int(args.handler(args, CliContext(db=db, actor=who.actor, password=who.password)))
    except SignInRequired as exc:
        return _fail(exc.message, EXIT_SIGN_IN)
    except BrokenPipeError:
        # The reader went away (e.g. `stats --json | head`): not an error of ours or the user's.
        # Point stdout at /dev/null so the final flush at exit cannot fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
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


if __name__ == "__main__":
    sys.exit(main())
