"""协商议事台账 — consultation ledger for the grassroots platforms of a CPPCC office."""

from app.version import app_version

__version__ = app_version()
APP_NAME = "协商议事台账"
APP_ID = "consultation-ledger"
ORG_NAME = "ConsultationLedger"
