"""The catalogue of messages the services, the database layer and the models give the user.

A message is written once, in Chinese, as a template with `{name}` placeholders:

    raise ServiceError(msg("找不到编号为{number}的建议。", number=number))

`msg` returns a `Message`: a `str` whose value is the Chinese text (so the command line, the logs and
anything comparing text keep working unchanged) and which remembers its template and arguments, so the
interface can show it in the user's language (`app.ui.messages.render`). An argument may itself be a
`Message`; it is rendered in the same language.

Extractor contract (what `pyside6-lupdate -tr-function-alias QT_TR_NOOP+=msg` relies on):
- the first argument of `msg(...)` is one literal string (no f-string, no concatenation, no variable);
- placeholders are `{name}` only — a format such as `{n:.1f}` is applied to the argument before it is
  passed (`n=f"{n:.1f}"`), so a translation keeps exactly the same placeholders;
- lupdate files every template under the empty context name (""), which is what `render` looks up.

The places to scan for templates: MESSAGE_SOURCES = ("app/services", "app/db", "app/models", "app/messages",
"app/glossary.py") — folders, and the glossary, whose terms a notice may show.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

MESSAGE_SOURCES = ("app/services", "app/db", "app/models", "app/messages", "app/glossary.py")
"""Folders (and the glossary module) whose `msg(...)` templates belong in the translation catalogue."""

CONTEXT = ""
"""The translation context lupdate gives a `msg` template in a plain module."""


class Message(str):
    """Chinese text that also carries the template and arguments it was made from."""

    template: str
    args: Mapping[str, Any]

    def __new__(cls, template: str, args: Mapping[str, Any] | None = None) -> Message:
        values = dict(args or {})
        self = super().__new__(cls, template.format(**values) if values else template)
        self.template = template
        self.args = values
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (Message, (self.template, self.args))


class JoinedMessage(Message):
    """Several messages shown as one, separated by a (translatable) separator."""

    parts: tuple[str, ...]
    separator: str

    def __new__(cls, separator: str, parts: Iterable[str]) -> JoinedMessage:
        items = tuple(parts)
        self = str.__new__(cls, separator.join(items))
        self.template = str(self)
        self.args = {}
        self.parts = items
        self.separator = separator
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (JoinedMessage, (self.separator, self.parts))


def msg(template: str, /, **args: Any) -> str:
    """A user-facing message: `template` (literal Chinese with `{name}` placeholders) filled with `args`.

    Typed as `str` because that is how every caller uses it; at run time it is a `Message`.
    """
    return Message(template, args)


def joined(parts: Iterable[str], separator: str | None = None) -> str:
    """Messages shown as one; the separator defaults to the Chinese list separator "；"."""
    return JoinedMessage(separator if separator is not None else msg("；"), parts)
