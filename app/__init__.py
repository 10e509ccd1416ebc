"""协商议事台账 — consultation ledger for the grassroots platforms of a CPPCC office."""

__version__ = "0.1.0"
APP_NAME = "协商议事台账"
APP_ID = "consultation-ledger"
ORG_NAME = "ConsultationLedger"
