"""Plumbing shared by every API endpoint: error bodies, pagination, throttles, staff permission.

Every error leaves the API as {"detail": "...", "errors": {field: [messages]}}; a stale
version adds "current_version" and "changes". Nothing a client can send should reach a 500.
"""

from django.conf import settings
from django.core.exceptions import RequestDataTooBig, SuspiciousOperation
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import OpenApiResponse, inline_serializer
from rest_framework import exceptions, parsers, serializers, status
from rest_framework.pagination import PageNumberPagination
from rest_framework.permissions import BasePermission
from rest_framework.response import Response
from rest_framework.settings import api_settings
from rest_framework.throttling import AnonRateThrottle, UserRateThrottle

from core.client_address import client_address
from core.errors import Busy, NotAllowed, Refused, StaleVersion
from core.permissions import is_staff_member

NON_FIELD = api_settings.NON_FIELD_ERRORS_KEY


# --- Errors ---------------------------------------------------------------------------------------
def _messages(value) -> list[str]:
    """Flatten DRF's nested error details (lists of dicts for list fields) into plain strings."""
    if isinstance(value, dict):
        return [m for v in value.values() for m in _messages(v)]
    if isinstance(value, list | tuple):
        return [m for v in value for m in _messages(v)]
    return [str(value)]


def _field_errors(data) -> dict[str, list[str]]:
    if isinstance(data, dict):
        return {str(field): _messages(value) for field, value in data.items()}
    return {NON_FIELD: _messages(data)}


def conflict_body(exc: StaleVersion) -> dict:
    return {
        "detail": str(exc),
        "errors": {"version": [f"The claim is at version {exc.current.version}; you sent {exc.expected}."]},
        "current_version": exc.current.version,
        "changes": [
            {
                "at": serializers.DateTimeField().to_representation(change.at),
                "actor": change.actor.get_username() if change.actor else None,
                "field": change.field,
                "from_value": change.from_value,
                "to_value": change.to_value,
                "note": change.note,
            }
            for change in exc.changes
        ],
    }


def refusal_body(exc: Refused) -> dict:
    return {"detail": str(exc), "errors": {exc.field or NON_FIELD: [str(exc)]}}


def _plain(detail: str, code: int, **extra) -> Response:
    return Response({"detail": detail, "errors": {}, **extra}, status=code)


def exception_handler(exc, context):
    """The error vocabulary (core.errors) and DRF's own, as one JSON body with the desk's status codes."""
    if isinstance(exc, StaleVersion):
        return Response(conflict_body(exc), status=status.HTTP_409_CONFLICT)
    if isinstance(exc, Busy):
        return _plain(str(exc), status.HTTP_409_CONFLICT)
    if isinstance(exc, Refused):
        return Response(refusal_body(exc), status=status.HTTP_422_UNPROCESSABLE_ENTITY)
    if isinstance(exc, RequestDataTooBig):  # a form body past Django's own limit (JSON stops earlier)
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        return _plain(f"The request body is over the {limit:,}-byte limit.", 413, limit=limit)
    if isinstance(exc, SuspiciousOperation):  # too many fields, a broken multipart body
        return _plain(str(exc) or "Malformed request.", status.HTTP_400_BAD_REQUEST)
    if isinstance(exc, NotAllowed):
        exc = exceptions.PermissionDenied(str(exc))
    elif isinstance(exc, DjangoValidationError):
        exc = exceptions.ValidationError(
            exc.message_dict if hasattr(exc, "error_dict") else {NON_FIELD: exc.messages}
        )
    # Imported here: rest_framework.views reads these very settings (throttles, pagination) from
    # this module while it loads, so a module-level import would be circular in a cold process.
    from rest_framework.views import exception_handler as drf_exception_handler

    response = drf_exception_handler(exc, context)
    if response is None:
        return None  # a bug: let Django log it and answer 500 (no traceback when DEBUG is off)
    if isinstance(exc, exceptions.ValidationError):
        errors = _field_errors(response.data)
        first = next(iter(errors.values()), ["Invalid input."])
        detail = first[0] if list(errors) == [NON_FIELD] and first else "Invalid input; see errors."
        response.data = {"detail": detail, "errors": errors}
    else:
        data = response.data
        detail = data.get("detail", "") if isinstance(data, dict) else data
        response.data = {"detail": str(detail) or response.status_text, "errors": {}}
    return response


@csrf_exempt  # a POST to a wrong path is a 404, not a CSRF page
def not_found(request, *args, **kwargs):
    """Unknown paths under /api/ answer in JSON too, not with the HTML 404 page."""
    return JsonResponse({"detail": "Not found.", "errors": {}}, status=404)


class ErrorSerializer(serializers.Serializer):
    detail = serializers.CharField(help_text="One line saying what went wrong.")
    errors = serializers.DictField(
        child=serializers.ListField(child=serializers.CharField()),
        help_text='Messages by input field; "non_field_errors" for the request as a whole.',
    )


class ChangeSerializer(serializers.Serializer):
    at = serializers.DateTimeField()
    actor = serializers.CharField(allow_null=True)
    field = serializers.CharField()
    from_value = serializers.CharField(allow_blank=True)
    to_value = serializers.CharField(allow_blank=True)
    note = serializers.CharField(allow_blank=True)


class ConflictSerializer(ErrorSerializer):
    current_version = serializers.IntegerField(help_text="Send this version after reviewing the changes.")
    changes = ChangeSerializer(many=True, help_text="What changed since the version you sent, oldest first.")


class TooLargeSerializer(ErrorSerializer):
    limit = serializers.IntegerField(help_text="The largest body this endpoint accepts, in bytes.")


def error(description: str) -> OpenApiResponse:
    return OpenApiResponse(ErrorSerializer, description=description)


BAD_INPUT = error("Bad input: messages field by field.")
UNAUTHENTICATED = error("No or bad credentials (send `Authorization: Token <key>` or a session cookie).")
FORBIDDEN = error(
    "Signed in without the needed role, or the workflow forbids this for your role"
    " (or for you: two-person sign-off)."
)
REFUSED = error(
    "Well-formed, but the workflow refuses it (say, a verdict without evidence); the reason in words."
)
NOT_FOUND = error("No such object, or not public.")
THROTTLED = error("Too many requests; see the Retry-After header.")
CONFLICT = OpenApiResponse(ConflictSerializer, description="Stale version: someone changed the claim first.")
BUSY = error("Claims are being extracted from this report already; try again when that is done.")
TOO_LARGE = OpenApiResponse(
    TooLargeSerializer,
    description="The body is over the limit (2.5 MB; the report import takes REPORT_MAX_BYTES).",
)

PUBLIC_ERRORS = {400: BAD_INPUT, 401: UNAUTHENTICATED, 404: NOT_FOUND, 429: THROTTLED}
STAFF_ERRORS = {400: BAD_INPUT, 401: UNAUTHENTICATED, 403: FORBIDDEN, 404: NOT_FOUND, 429: THROTTLED}
WRITE_ERRORS = {**STAFF_ERRORS, 413: TOO_LARGE}
ACTION_ERRORS = {**WRITE_ERRORS, 409: CONFLICT, 422: REFUSED}


# --- Input ----------------------------------------------------------------------------------------
MAX_JSON_DEPTH = 32


def _deeper_than(data, limit: int) -> bool:
    stack = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        children = value.values() if isinstance(value, dict) else value if isinstance(value, list) else None
        if children is None:
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children)
    return False


class JSONParser(parsers.JSONParser):
    """DRF's JSON parser, refusing bodies nested deeper than MAX_JSON_DEPTH with a 400. (A body
    100,000 levels deep made Python's decoder raise RecursionError: a 500.)"""

    def parse(self, stream, media_type=None, parser_context=None):
        too_deep = exceptions.ParseError(f"JSON nested more than {MAX_JSON_DEPTH} levels deep.")
        try:
            data = super().parse(stream, media_type, parser_context)
        except RecursionError:
            raise too_deep from None
        if _deeper_than(data, MAX_JSON_DEPTH):
            raise too_deep
        return data


# Query text never carries a control character (core.middleware refuses one with a 400).
NO_CONTROLS = "^[^\u0000-\u001f\u007f-\u009f]*$"


# Text in a JSON body never carries a NUL (DRF refuses one with a 400).
NO_NUL = "^[^\u0000]*$"


def _strict_query_parameters(schema: dict) -> None:
    """A string query parameter has at least one character and no control characters."""
    while schema.get("type") == "array":
        schema = schema.get("items", {})
    if schema.get("type") != "string" or "enum" in schema:
        return
    schema.setdefault("minLength", 1)
    schema.setdefault("pattern", NO_CONTROLS)


def _strict_body_strings(component: dict) -> None:
    for prop in component.get("properties", {}).values():
        if prop.get("type") == "string" and "enum" not in prop and not prop.get("readOnly"):
            prop.setdefault("pattern", NO_NUL)


def schema_says_what_the_api_does(result, generator, request, public):
    """drf-spectacular post-processing hook: the rules core.middleware, FilterBackend and DRF's
    fields enforce on every operation, written into the schema they are checked against."""
    for path in result.get("paths", {}).values():
        for operation in path.values():
            for parameter in operation.get("parameters", []) if isinstance(operation, dict) else []:
                if parameter.get("in") == "query":
                    _strict_query_parameters(parameter.get("schema", {}))
    for name, component in result.get("components", {}).get("schemas", {}).items():
        if name.endswith("Request"):  # the inputs (COMPONENT_SPLIT_REQUEST)
            _strict_body_strings(component)
    return result


class QueryInput(serializers.Serializer):
    """Query parameters read through a serializer, refusing a parameter sent empty (`q=`) as the
    schema's minLength says; DRF would read it as left out."""

    def to_internal_value(self, data):
        empty = sorted(name for name in self.fields if name in data and "" in data.getlist(name))
        if empty:
            raise serializers.ValidationError({name: [EMPTY_PARAMETER] for name in empty})
        return super().to_internal_value(data)


EMPTY_PARAMETER = "Give a value, or leave the parameter out."


class FilterBackend(DjangoFilterBackend):
    """The shared filters (claims.filters), with the API's stricter reading of its schema: a
    parameter that is sent must have a value (`q=` or `sort=` alone is refused, not ignored as the
    queue page's empty form fields are)."""

    def filter_queryset(self, request, queryset, view):
        filterset_class = self.get_filterset_class(view, queryset)
        names = set(filterset_class.base_filters) if filterset_class else set()
        empty = sorted(name for name in names if any(v == "" for v in request.query_params.getlist(name, [])))
        if empty:
            raise exceptions.ValidationError(
                {name: ["Give a value, or leave the parameter out."] for name in empty}
            )
        return super().filter_queryset(request, queryset, view)


def paginated(serializer_class, name: str):
    """The page envelope, for endpoints whose list is not a generic ListAPIView."""
    return inline_serializer(
        name=name,
        fields={
            "count": serializers.IntegerField(),
            "next": serializers.URLField(allow_null=True),
            "previous": serializers.URLField(allow_null=True),
            "results": serializer_class(many=True),
        },
    )


# --- Pagination -----------------------------------------------------------------------------------
class Pagination(PageNumberPagination):
    page_size_query_param = "page_size"
    max_page_size = 100

    max_page = 999_999_999

    def get_page_number(self, request, paginator):
        raw = request.query_params.get(self.page_query_param)
        if raw is None:
            return 1
        if raw in self.last_page_strings:
            return raw
        if not (raw.isascii() and raw.isdigit() and len(raw) <= 9 and int(raw) >= 1):
            message = f"A page is a whole number from 1 to {self.max_page:,}."
            raise exceptions.ValidationError({self.page_query_param: [message]})
        return raw

    def get_page_size(self, request):
        raw = request.query_params.get(self.page_size_query_param)
        if raw is not None and not (
            raw.isascii() and raw.isdigit() and len(raw) <= 3 and 1 <= int(raw) <= 100
        ):
            raise exceptions.ValidationError({self.page_size_query_param: ["A page size is from 1 to 100."]})
        return super().get_page_size(request)

    def get_schema_operation_parameters(self, view):
        params = super().get_schema_operation_parameters(view)
        for param in params:
            param["schema"]["minimum"] = 1
            param["schema"]["maximum"] = (
                self.max_page_size if param["name"] == self.page_size_query_param else self.max_page
            )
        return params


# --- Throttles ------------------------------------------------------------------------------------
class _LiveRate:
    # DRF binds THROTTLE_RATES when the class is defined; read the settings now, so an
    # overridden REST_FRAMEWORK (tests) or a reloaded configuration takes effect.
    def get_rate(self):
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)


class _ByClientAddress:
    # The address the trusted proxies report (core.client_address), the same one the sign-in
    # lock-out counts, so TRUSTED_PROXY_COUNT is the one setting for both.
    def get_ident(self, request):
        return client_address(request)


class AnonThrottle(_ByClientAddress, _LiveRate, AnonRateThrottle):
    pass


class UserThrottle(_ByClientAddress, _LiveRate, UserRateThrottle):
    pass


# --- Permissions ----------------------------------------------------------------------------------
class IsNewsroomStaff(BasePermission):
    """Fact-checkers and editors; what each may do beyond that, the services decide."""

    message = "This is for fact-checkers and editors."

    def has_permission(self, request, view) -> bool:
        return is_staff_member(request.user)
