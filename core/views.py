"""Pages every surface shares: the health check and the error pages, in the app's own look.

An error page for the newsroom (under /desk/, /accounts/, /admin/) uses the desk's layout; one
for readers uses the public layout. A 403 says why, in the words the refusal gave.
"""

from django.db import connection
from django.http import HttpResponse, HttpResponseServerError
from django.shortcuts import render
from django.template import loader

NEWSROOM_PREFIXES = ("/desk/", "/accounts/", "/admin/")


def healthz(request):
    """Liveness for the container health check: the app answers and the database is reachable."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return HttpResponse("ok", content_type="text/plain")


def _base(request) -> str:
    return "base.html" if request.path.startswith(NEWSROOM_PREFIXES) else "public/base.html"


def _reason(exception) -> str:
    text = str(exception or "").strip()
    # Django's own resolver messages ("No ... matches the given query") are not for readers.
    return "" if not text or "matches the given query" in text or text.startswith("{") else text


def forbidden(request, exception=None):
    return render(
        request,
        "errors/403.html",
        {"base_template": _base(request), "reason": _reason(exception)},
        status=403,
    )


def not_found(request, exception=None):
    return render(request, "errors/404.html", {"base_template": _base(request)}, status=404)


def bad_request(request, exception=None):
    return render(request, "errors/400.html", {"base_template": _base(request)}, status=400)


def server_error(request):
    # No request context: the database or the session may be what failed.
    return HttpResponseServerError(loader.get_template("errors/500.html").render())
