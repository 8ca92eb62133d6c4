"""One error vocabulary for every surface.

Services raise these; each surface maps them once: the desk (htmx and plain form posts) to
422/403/409 with what was typed kept, the API to a JSON body with the same status codes, the
admin to a message, and management commands to one line and a non-zero exit.
"""

from django.core.exceptions import PermissionDenied


class Refused(Exception):
    """The rules refuse this input or move; the message says why in words (422).

    `field` names the input the refusal is about, when there is one, so a form can show it
    beside that field.
    """

    status_code = 422

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message


class NotAllowed(PermissionDenied):
    """This person's role may not do this (403). Subclasses PermissionDenied, so Django and DRF
    answer 403 even where no surface catches it."""

    status_code = 403

    def __init__(self, message: str = "You may not do this."):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class Busy(Exception):
    """Someone is doing this very thing right now (409); nothing was started. Try again when it is
    done (say, a second extraction of a report while the first runs)."""

    status_code = 409

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class StaleVersion(Exception):
    """The object changed since the caller read it; nothing was saved (409).

    `current` is the object as it is now; `changes` says who changed what since `expected`.
    """

    status_code = 409

    def __init__(self, current, expected: int, changes: list | None = None):
        self.current = current
        self.expected = expected
        self._changes = changes
        super().__init__(
            f"This claim was changed by someone else (version {current.version}, you edited version "
            f"{expected}). Nothing was saved; review their changes and save again."
        )

    @property
    def changes(self) -> list:
        """What happened since the version the caller had (oldest first)."""
        if self._changes is None:
            newer = max(1, self.current.version - self.expected)
            history = self.current.history.select_related("actor").order_by("-at", "-id")
            self._changes = list(history[:newer])[::-1]
        return self._changes
