"""The one place a surface turns a service's refusal into an answer for a form post or htmx.

`attempt(form, run)` validates the form, runs the service and maps the error vocabulary once:
a refusal is put beside its field (or on the form) with 422, a role refusal 403, a stale
version 409 with what changed. The surface then renders the section, the row or the page with
what the person typed, and `respond` decides between an htmx fragment and a redirect.
"""

from dataclasses import dataclass

from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme

from .errors import NotAllowed, Refused, StaleVersion


@dataclass
class Attempt:
    """How a form action went: `ok`, or the status to answer with and the conflict, if any."""

    ok: bool
    status: int = 200
    conflict: StaleVersion | None = None
    result: object = None


def _add(form, exc: Refused | NotAllowed) -> None:
    field = getattr(exc, "field", None)
    form.add_error(field if field in form.fields else None, str(exc) or "You may not do this.")


def attempt(form, run) -> Attempt:
    """Validate `form`, then `run(cleaned_data)`; errors end up on the form."""
    if not form.is_valid():
        return Attempt(ok=False, status=422)
    try:
        result = run(form.cleaned_data)
    except StaleVersion as exc:
        return Attempt(ok=False, status=409, conflict=exc)
    except NotAllowed as exc:
        _add(form, exc)
        return Attempt(ok=False, status=403)
    except Refused as exc:
        _add(form, exc)
        return Attempt(ok=False, status=422)
    return Attempt(ok=True, result=result)


def safe_next(request, fallback: str) -> str:
    """The `next` the form posted, if it is a URL on this site; else the fallback."""
    candidate = request.POST.get("next") or ""
    # A path on this site only: redirect() would take anything else without a slash ("-1") for
    # the name of a view, and fail.
    if candidate.startswith("/") and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return fallback


def back(request, fallback: str):
    """Post/redirect/get: after a successful plain form post, go where the person came from."""
    return redirect(safe_next(request, fallback))
