"""Personal data leaving the app: phone numbers of members and of platform contacts are masked.

The one rule, used by every export and printout (Excel ledgers, the audit log's exports, printed
documents) and by the importer that recognises a masked cell as unchanged: a mainland mobile number
keeps its first 3 and last 4 digits (138****5678, an international prefix kept as written); any other
number becomes a fixed mask that does not give away its length. A full (unmasked) export needs the
admin or clerk role (permissions.may_export_full) and is logged.
"""

from __future__ import annotations

import re

MASK = "****"
OTHER_MASK = "********"  # the same for every non-mobile number, whatever its length
PHONE_FIELDS = frozenset({"phone"})  # the fields holding a person's phone, wherever they are stored
_SEPARATORS = re.compile(r"[\s\-()（）]")
_MOBILE = re.compile(r"^(?P<prefix>(?:\+|00)?86)?(?P<number>1\d{10})$")


def mask_phone(phone: str | None) -> str | None:
    """138****5678 for a mobile number, ******** for anything else; empty stays empty."""
    if phone is None:
        return None
    text = phone.strip()
    if not text:
        return phone
    match = _MOBILE.match(_SEPARATORS.sub("", text))
    if match is None:
        return OTHER_MASK
    number = match["number"]
    prefix = match["prefix"]
    masked = f"{number[:3]}{MASK}{number[-4:]}"
    return f"{prefix} {masked}" if prefix else masked


def mask_fields(values: dict[str, object]) -> dict[str, object]:
    """A record's values (e.g. an audit snapshot) with every phone field masked."""
    return {k: mask_phone(v) if k in PHONE_FIELDS and isinstance(v, str) else v for k, v in values.items()}
