"""The office's name before anyone set it (a module of its own: the sign-in dialog at start reads it
before the services and the storage layer are loaded)."""

from __future__ import annotations

DEFAULT_OFFICE_NAME = "××市政协办公室"
