"""Management commands answer a refusal the way the house does: one line, non-zero exit."""

from contextlib import contextmanager

from django.core.management.base import CommandError

from .errors import Busy, NotAllowed, Refused, StaleVersion


@contextmanager
def refusals_exit(prefix: str = ""):
    """Turn the error vocabulary into CommandError: one line on stderr and exit status 1."""
    try:
        yield
    except (Refused, NotAllowed, StaleVersion, Busy) as exc:
        raise CommandError(f"{prefix}{exc}") from None
