"""The sign-in lock-out (django-axes) with two limits, so it protects without being a weapon.

- A username is locked from one address after AXES_FAILURE_LIMIT failures: a stranger's guesses
  lock the stranger, never the real user signing in from elsewhere. The address is the client's
  as the trusted proxies report it (core.client_address), not the proxy's.
- An address is locked for every username after AXES_ADDRESS_FAILURE_LIMIT failures across
  usernames: credential stuffing (a few passwords each for many usernames) is stopped too.

A successful sign-in clears that username's failures from that address only, so one working
account cannot wipe out the count of an address trying many others.
"""

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_failure_limit
from django.conf import settings
from django.db.models import Sum


def _failures(attempts) -> int:
    return attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0


class LockoutHandler(AxesDatabaseHandler):
    # AXES_LOCKOUT_PARAMETERS is [["username", "ip_address"], "ip_address"]: the querysets come in that order.

    def get_failures(self, request, credentials: dict | None = None) -> int:
        by_username, by_address = self.get_user_attempts(request, credentials)
        failures = _failures(by_username)
        if _failures(by_address) >= settings.AXES_ADDRESS_FAILURE_LIMIT:
            return max(failures, get_failure_limit(request, credentials))
        return failures

    def reset_user_attempts(self, request, credentials: dict | None = None) -> int:
        by_username = self.filter_user_attempts(request, credentials)[0]
        count, _ = by_username.delete()
        return count


def lockout_username(request, credentials: dict | None = None) -> str | None:
    """The username a failure is counted under, cut to axes' column: Django's sign-in form does
    not limit a username's length itself, and a 5,000-character guess stopped the sign-in with
    a database error."""
    field = settings.AXES_USERNAME_FORM_FIELD
    source = credentials if credentials else getattr(request, "POST", {})
    username = source.get(field) if source else None
    return username[:USERNAME_MAX] if isinstance(username, str) else username


USERNAME_MAX = 255
