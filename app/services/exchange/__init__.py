"""Station ↔ office data exchange: signed packages that merge record by record (see FORMAT.md).

Public API: ExchangeService (export, check, import, history, conflicts, station set-up) and the plain
results it returns. The names are loaded when first taken, so a page that only names them (the 数据交换
page, built with the main window's modules) does not load the signing and packing libraries.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.lazy import lazy_names

if TYPE_CHECKING:
    from app.services.exchange.checked import NewSender, PackageInfo
    from app.services.exchange.export import ExportResult
    from app.services.exchange.identity import TrustRefused
    from app.services.exchange.package import PackageRefused
    from app.services.exchange.service import Checked, ExchangeService
    from app.services.exchange.summary import COUNTS, ImportSummary

__all__ = [
    "COUNTS",
    "Checked",
    "ExchangeService",
    "ExportResult",
    "ImportSummary",
    "NewSender",
    "PackageInfo",
    "PackageRefused",
    "TrustRefused",
]

_HOMES = {
    "COUNTS": "app.services.exchange.summary",
    "Checked": "app.services.exchange.service",
    "ExchangeService": "app.services.exchange.service",
    "ExportResult": "app.services.exchange.export",
    "ImportSummary": "app.services.exchange.summary",
    "NewSender": "app.services.exchange.checked",
    "PackageInfo": "app.services.exchange.checked",
    "PackageRefused": "app.services.exchange.package",
    "TrustRefused": "app.services.exchange.identity",
}


__getattr__ = lazy_names(__name__, _HOMES)
