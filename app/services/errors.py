"""Errors services raise; every message is meant for the user, made with `app.messages.msg`."""

from __future__ import annotations

from app.messages import joined


class ServiceError(Exception):
    """Base for anything a user can understand and fix."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(ServiceError):
    """Bad input: `errors` maps field names to messages (`msg(...)`)."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__(joined(self.errors.values()))

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.errors,))  # pickled whole (a child process's answer)


class NotFoundError(ServiceError):
    pass


class ConflictError(ServiceError):
    """Someone else saved the record since it was read (lost-update protection)."""


class PermissionDenied(ServiceError):
    pass


class TransitionError(ServiceError):
    """A state move the workflow does not allow."""
