"""Station ↔ office data exchange: signed packages that merge record by record (see FORMAT.md).

Public API: ExchangeService (export, check, import, history, conflicts, station set-up) and the plain
results it returns.
"""

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
