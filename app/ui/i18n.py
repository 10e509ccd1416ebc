"""Marking text for translation where no widget is at hand (column headers, menu entries, page titles).

`QT_TRANSLATE_NOOP(context, text)` returns `text` unchanged and is typed as `str`; pyside6-lupdate
recognises the call by name, so marked strings still reach resources/translations/*.ts. Translate them
at display time with `QCoreApplication.translate(context, text)`.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text
