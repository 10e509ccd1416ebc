"""Write-only workbooks saved atomically: a cancelled or failed save never leaves a partial file."""

from __future__ import annotations

import contextlib
import os
import uuid
from pathlib import Path

from openpyxl import Workbook

from app import APP_NAME


def new_workbook() -> Workbook:
    wb = Workbook(write_only=True)
    wb.properties.creator = APP_NAME
    return wb


def partial_path(target: Path) -> Path:
    """A temporary name next to the target, so the final rename stays on one file system."""
    return target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.part")


def save_atomically(wb: Workbook, target: Path) -> None:
    """Save to a temporary file beside `target`, then move it into place in one step."""
    temporary = partial_path(target)
    try:
        wb.save(temporary)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise


def discard(wb: Workbook) -> None:
    """Drop a write-only workbook that will not be saved, removing its temporary sheet files."""
    for ws in wb.worksheets:
        writer = getattr(ws, "_writer", None)
        if writer is None:
            continue
        with contextlib.suppress(Exception):
            rows = getattr(ws, "_rows", None)
            if rows is not None:
                rows.close()
        with contextlib.suppress(Exception):
            writer.close()
        with contextlib.suppress(Exception):
            writer.cleanup()
