"""Malformed requests are answered at the door with a 4xx, before any view or parser sees them.

- More query parameters than DATA_UPLOAD_MAX_NUMBER_FIELDS: 400 (Django would raise deep inside
  whichever code first read request.GET; with DEBUG on that was a technical 500 page).
- A NUL or another control character in a query parameter, or a NUL in a form post: 400.
  PostgreSQL cannot store or compare a NUL, so a NUL filter value would otherwise end as a 500
  (or an empty CSV).
- A body over its limit: 413, saying the limit. The limit is Django's DATA_UPLOAD_MAX_MEMORY_SIZE
  except for the report import, which takes reports up to REPORT_MAX_BYTES: for that one path
  the body is read here, within its own limit, so Django's smaller one is never applied to it.

Under /api/ the answer is the API's JSON error body; elsewhere, the app's own error page.
The permissions policy header is added here too, on every response.
"""

import re
from io import BytesIO
from urllib.parse import parse_qsl

from django.conf import settings
from django.core.exceptions import SuspiciousOperation
from django.http import JsonResponse

from .views import API_PREFIX, bad_request

# C0 controls other than tab, line feed and carriage return, DEL, and the C1 controls.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# The JSON envelope of a report at the limit: quotes, escapes and the other fields.
IMPORT_ENVELOPE_BYTES = 1024 * 1024
IMPORT_PATH = "/api/v1/desk/reports/"
FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")

# Features the app never uses, switched off for every page and anything embedded in it.
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer", "autoplay", "camera", "display-capture", "encrypted-media", "fullscreen",
        "geolocation", "gyroscope", "hid", "interest-cohort", "magnetometer", "microphone", "midi",
        "payment", "picture-in-picture", "publickey-credentials-get", "screen-wake-lock", "serial",
        "usb", "xr-spatial-tracking",
    )
)  # fmt: skip


def body_limit(path: str) -> int | None:
    """The largest request body this path accepts, in bytes (None: no limit)."""
    if path == IMPORT_PATH:
        return settings.REPORT_MAX_BYTES + IMPORT_ENVELOPE_BYTES
    return settings.DATA_UPLOAD_MAX_MEMORY_SIZE


def _refuse(request, status: int, detail: str, field: str | None = None, **extra):
    if request.path.startswith(API_PREFIX):
        errors = {field: [detail]} if field else {}
        return JsonResponse({"detail": detail, "errors": errors, **extra}, status=status)
    return bad_request(request, reason=detail, status=status)


def _query_problem(query: str) -> tuple[str, str | None] | None:
    """What is wrong with the query string, and the parameter it is about."""
    if not query:
        return None
    limit = settings.DATA_UPLOAD_MAX_NUMBER_FIELDS
    if limit is not None and query.count("&") + query.count(";") + 1 > limit:
        return f"Too many query parameters; at most {limit:,} are read.", None
    if not _CONTROL.search(query) and "%" not in query:
        return None
    for name, value in parse_qsl(query, keep_blank_values=True, errors="replace"):
        if _CONTROL.search(name) or _CONTROL.search(value):
            shown = name if not _CONTROL.search(name) else None
            return f"{shown or 'A query parameter'} contains a control character (such as NUL).", shown
    return None


def _body_problem(request) -> tuple[int, str, dict] | None:
    raw = request.META.get("CONTENT_LENGTH") or "0"
    if not raw.isascii() or not raw.strip().isdigit():
        return 400, "The Content-Length header is not a number.", {}
    length, limit = int(raw), body_limit(request.path)
    if limit is not None and length > limit:
        detail = f"The request body is {length:,} bytes; the limit here is {limit:,} bytes."
        return 413, detail, {"limit": limit}
    return None


def _form_problem(request) -> tuple[str, str | None] | None:
    """A NUL in a form post (PostgreSQL cannot compare one, say in a username lookup). Other
    control characters are left to core.validation, which strips them from text: a vertical tab
    pasted from a word processor should not cost someone what they typed."""
    if request.method != "POST" or request.content_type not in FORM_TYPES:
        return None
    try:
        fields = list(request.POST.lists())
    except SuspiciousOperation as exc:  # more fields than DATA_UPLOAD_MAX_NUMBER_FIELDS
        return str(exc) or "The form could not be read.", None
    for name, values in fields:
        if "\x00" in name or any("\x00" in value for value in values):
            shown = name if "\x00" not in name else None
            return f"{shown or 'A form field'} contains a NUL character.", shown
    return None


def _read_body_past_djangos_limit(request) -> None:
    # HttpRequest.body refuses a body over DATA_UPLOAD_MAX_MEMORY_SIZE; read it the way that
    # property does (the length was checked against the import's own limit just before).
    request._body = request.read()
    request._stream = BytesIO(request._body)


class RequestLimitsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        problem = _query_problem(request.META.get("QUERY_STRING", ""))
        if problem:
            detail, field = problem
            return self._finish(_refuse(request, 400, detail, field))
        body = _body_problem(request)
        if body:
            status, detail, extra = body
            return self._finish(_refuse(request, status, detail, **extra))
        if request.path == IMPORT_PATH and request.method == "POST":
            _read_body_past_djangos_limit(request)
        problem = _form_problem(request)
        if problem:
            detail, field = problem
            return self._finish(_refuse(request, 400, detail, field))
        return self._finish(self.get_response(request))

    @staticmethod
    def _finish(response):
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response
