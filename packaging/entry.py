"""Frozen entry point: the same main() as `python -m app`.

Long work runs in child processes started by "spawn" (app/ui/task_process.py). A frozen bundle has no
interpreter to start them with: the child is this same executable, given multiprocessing's own
arguments. `freeze_support()` recognises them and runs the child's work instead of the application,
so it comes before anything else, the application's imports included.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()

    from app.__main__ import main

    sys.exit(main())
