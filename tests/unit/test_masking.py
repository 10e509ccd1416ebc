"""Masking personal data: a mobile keeps its first 3 and last 4 digits; other numbers give nothing away."""

from __future__ import annotations

import pytest

from app.services.masking import OTHER_MASK, mask_fields, mask_phone


@pytest.mark.parametrize(
    ("phone", "shown"),
    [
        ("13812345678", "138****5678"),
        ("138 1234 5678", "138****5678"),
        ("138-1234-5678", "138****5678"),
        ("+86 138 1234 5678", "+86 138****5678"),
        ("0971-8123456", OTHER_MASK),
        ("010-12345678", OTHER_MASK),
        ("12345", OTHER_MASK),  # short or long, the mask is the same
        ("0971-8123456 转 8021", OTHER_MASK),
        (None, None),
        ("", ""),
    ],
)
def test_mask_phone(phone: str | None, shown: str | None) -> None:
    assert mask_phone(phone) == shown


def test_mask_fields_masks_only_phones() -> None:
    assert mask_fields({"name": "祁玉兰", "phone": "13812345678", "notes": "13812345678"}) == {
        "name": "祁玉兰",
        "phone": "138****5678",
        "notes": "13812345678",
    }
