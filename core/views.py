"""Pages every surface shares: the health check and the error pages, in the app's own look.

An error page for the newsroom (under /desk/, /accounts/, /admin/) uses the desk's layout; one
for readers uses the public layout. A 403 says why, in the words the refusal gave.
"""

from django.db import connection
from django.http import HttpResponse, HttpResponseServerError, JsonResponse
from django.shortcuts import render
from django.template import loader

NEWSROOM_PREFIXES = ("/desk/", "/accounts/", "/admin/")
# The API answers errors in its own JSON body ({"detail", "errors"}), never with a page.
API_PREFIX = "/api/"


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
    if request.path.startswith(API_PREFIX):
        return JsonResponse({"detail": "Not found.", "errors": {}}, status=404)
    return render(request, "errors/404.html", {"base_template": _base(request)}, status=404)


def bad_request(request, exception=None, *, reason: str = "", status: int = 400):
    """400 (and 413 from core.middleware): malformed input, never a traceback."""
    if request.path.startswith(API_PREFIX):
        return JsonResponse({"detail": reason or "Malformed request.", "errors": {}}, status=status)
    context = {"base_template": _base(request), "reason": reason}
    return render(request, "errors/400.html", context, status=status)


def server_error(request):
    if getattr(request, "path", "").startswith(API_PREFIX):
        detail = "Something went wrong on our side; it has been logged."
        return JsonResponse({"detail": detail, "errors": {}}, status=500)
    # No request context: the database or the session may be what failed.
    return HttpResponseServerError(loader.get_template("errors/500.html").render())
