"""Who may do what: the two newsroom roles, as Django groups made by a migration."""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied

from .roles import EDITORS, FACT_CHECKERS

STAFF_GROUPS = (FACT_CHECKERS, EDITORS)


def is_staff_member(user) -> bool:
    """A fact-checker or an editor (superusers count as both)."""
    if not user.is_authenticated:
        return False
    return user.is_superuser or user.groups.filter(name__in=STAFF_GROUPS).exists()


def is_editor(user) -> bool:
    if not user.is_authenticated:
        return False
    return user.is_superuser or user.groups.filter(name=EDITORS).exists()


def staff_required(view):
    """Anonymous users go to sign in; signed-in users without a newsroom role get 403."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not is_staff_member(request.user):
            raise PermissionDenied("This page is for fact-checkers and editors.")
        return view(request, *args, **kwargs)

    return wrapper


def editor_required(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not is_editor(request.user):
            raise PermissionDenied("Only editors may do this.")
        return view(request, *args, **kwargs)

    return wrapper
