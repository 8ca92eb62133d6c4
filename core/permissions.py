"""Who may do what: the two newsroom roles (Django groups made by a migration) and view guards."""

from functools import wraps

from django.contrib.auth import get_user_model
from django.contrib.auth.views import redirect_to_login
from django.db.models import Q

from .errors import NotAllowed
from .roles import EDITORS, FACT_CHECKERS

STAFF_GROUPS = (FACT_CHECKERS, EDITORS)


def is_staff_member(user) -> bool:
    """A fact-checker or an editor (superusers count as both)."""
    if user is None or not user.is_authenticated:
        return False
    return user.is_superuser or user.groups.filter(name__in=STAFF_GROUPS).exists()


def is_editor(user) -> bool:
    if user is None or not user.is_authenticated:
        return False
    return user.is_superuser or user.groups.filter(name=EDITORS).exists()


def staff_users():
    """Active fact-checkers and editors, by username: the people claims can be assigned to."""
    return (
        get_user_model()
        .objects.filter(Q(groups__name__in=STAFF_GROUPS) | Q(is_superuser=True), is_active=True)
        .distinct()
        .order_by("username")
    )


# Longer than any link the app makes; a longer query is kept out of the sign-in redirect, which
# Django would refuse past 16,384 characters (a 400, logged with a traceback).
NEXT_MAX = 2000


def _come_back_to(request) -> str:
    full = request.get_full_path()
    return full if len(full) <= NEXT_MAX else request.path


def _guard(allowed, refusal: str):
    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(_come_back_to(request))
            if not allowed(request.user):
                raise NotAllowed(refusal)
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


# Anonymous users go to sign in; signed-in users without the role get 403 with the reason.
staff_required = _guard(is_staff_member, "This page is for fact-checkers and editors.")
editor_required = _guard(is_editor, "Only editors may do this.")
