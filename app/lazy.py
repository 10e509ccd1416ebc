"""Names a package offers but loads only when first taken (a module `__getattr__`, PEP 562).

    __getattr__ = lazy_names(__name__, {"DocumentService": "app.services.documents.service"})

keeps a heavy module (reportlab, cryptography …) out of the imports of whoever only names the package.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def lazy_names(package: str, homes: Mapping[str, str]) -> Callable[[str], Any]:
    """A module `__getattr__` giving each name of `homes` from its home module, imported on first use."""

    def __getattr__(name: str) -> Any:
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return getattr(importlib.import_module(home), name)

    return __getattr__
