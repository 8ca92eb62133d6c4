"""Every URL pattern (desk, public, API, sign-in, admin sign-in) against a corpus of bad values:
no answer is a 5xx, nothing is logged as a server error, and no page shows a traceback.

The patterns are read from the URL configuration itself, so a route added later is swept too.
Each path is tried with real ids and slugs (so the view gets past its 404) and with hostile ones;
each gets hostile query parameters, hostile form posts and, under /api/, hostile JSON bodies.
"""

import json
import logging
import re

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import RoutePattern
from rest_framework.authtoken.models import Token

from claims.models import Attribution, ClaimRelation
from sources.models import Reference, Snapshot, Source

pytestmark = pytest.mark.django_db

NUL, CONFUSABLES = "a\x00b", ["ｅditor", "раураl", "admin\u200b", "\u202egnp.exe", "𝟏𝟐", "①"]
VALUES = [NUL, "\x1b[2J", "x" * 5000, "-1", "0", "1.5e308", "99999999999999999999", "[]", "{}", "true",
          "null", "' OR 1=1 --", "<script>alert(1)</script>", "javascript:alert(1)", "%00",
          *CONFUSABLES]  # fmt: skip
PARAMS = ["q", "report", "assignee", "status", "verdict", "kind", "source", "sort", "page", "page_size",
          "min_score", "max_score", "signoff", "age", "duplicates", "state", "next",
          "extraction_state"]  # fmt: skip
FORM_FIELDS = ["text", "version", "to", "note", "dismiss_reason", "verdict", "summary", "assignee", "source",
               "new_source", "new_source_kind", "role", "duplicate", "keep", "kind", "to_claim", "title",
               "publisher", "url", "claims", "action", "username", "password", "next"]  # fmt: skip
DEEP_JSON = "[" * 100_000 + "]" * 100_000
JSON_VALUES = (NUL, 2**80, 1.5, [], {"a": [1]}, "x" * 30000)
JSON_BODIES = [{field: value for field in FORM_FIELDS} for value in JSON_VALUES]
HOSTILE_INTS = ["0", "2147483648", "99999999999999999999"]
HOSTILE_SLUGS = ["a" * 300, "-", "xn--80ak6aa92e"]


def routes(resolver=None, prefix: str = "") -> list[str]:
    """Every route in the URL configuration, as a path template ("desk/claims/<int:pk>/")."""
    found = []
    for entry in (resolver or get_resolver()).url_patterns:
        if not isinstance(entry.pattern, RoutePattern):
            continue  # the API's catch-all 404 (a regex) is reached by the hostile slugs anyway
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            if route == "admin/":
                found.append("admin/login/")  # the admin's way in; its pages are for superusers
                continue
            found.extend(routes(entry, route))
        elif isinstance(entry, URLPattern):
            found.append(route)
    return found


def fill(route: str, ids: dict, slug: str, hostile: str | None = None) -> str:
    def value(match):
        converter, name = match.group(1), match.group(2)
        if hostile is not None:
            return (
                hostile if (converter == "int") == hostile.isdigit() else ("1" if converter == "int" else "x")
            )
        return str(ids.get(name, ids["pk"])) if converter == "int" else slug

    return "/" + re.sub(r"<(?:(\w+):)?(\w+)>", value, route)


@pytest.fixture
def world(claim, checker, editor, make_claim):
    """A published claim and one at work, with a source, attribution, relation, reference and capture."""
    from tests.public.conftest import publish

    published = publish(claim, checker=checker, editor=editor)
    other = make_claim(text="Another claim.")
    source = Source.objects.create(name="Jane Doe", slug="jane-doe", kind=Source.Kind.PERSON)
    attribution = Attribution.objects.create(claim=other, source=source, role=Attribution.Role.SAID)
    relation = ClaimRelation.objects.create(from_claim=other, to_claim=published, kind="supports")
    reference = Reference.objects.create(title="Table 3", url="https://stats.example.org/t3")
    reference.claims.add(published, other)
    snapshot = Snapshot.objects.create(reference=reference, requested_url=reference.url, ok=True)
    ids = {"pk": other.pk, "attribution_pk": attribution.pk, "relation_pk": relation.pk,
           "reference_pk": reference.pk}  # fmt: skip
    return {"ids": ids, "slug": published.slug, "report_slug": published.report.slug, "snapshot": snapshot}


@pytest.fixture
def server_errors(caplog):
    """Server errors as logged: Django logs every 5xx (with its traceback) on django.request."""
    caplog.set_level(logging.ERROR)
    return caplog


def clients(editor) -> dict[str, Client]:
    # A view's exception becomes its 500 response here (and is logged), so the sweep goes on.
    signed_in = Client(raise_request_exception=False)
    signed_in.force_login(editor)
    return {"anonymous": Client(raise_request_exception=False), "editor": signed_in}


def check(response, what: str, failures: list) -> None:
    body = b"" if getattr(response, "streaming", False) else response.content
    if getattr(response, "streaming", False):
        try:
            body = b"".join(response.streaming_content)
        except Exception as exc:  # an export that dies mid-stream is the probe's "empty 200"
            failures.append(f"{what}: the streamed body failed ({type(exc).__name__}: {exc})")
            return
    if response.status_code >= 500:
        failures.append(f"{what}: {response.status_code}")
    elif b"Traceback" in body:
        failures.append(f"{what}: a traceback in the page")


def test_no_route_answers_5xx_to_hostile_input(world, editor, server_errors, settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": None, "user": None},
    }
    token = Token.objects.create(user=editor).key
    paths = routes()
    assert any(p.startswith("desk/") for p in paths) and any(p.startswith("api/v1/desk/") for p in paths)
    assert "admin/login/" in paths and "accounts/login/" in paths and "claims/<slug:slug>/" in paths
    failures: list[str] = []

    for route in paths:
        users = clients(editor)  # afresh for each route: the sweep also posts to the sign-out
        slug = world["report_slug"] if "reports/" in route else world["slug"]
        real = fill(route, world["ids"], slug)
        for who, client in users.items():
            sweep_path(client, who, real, failures, full=who == "editor")
        if real.startswith("/api/"):
            sweep_api_writes(real, token, failures)
        hostile = {fill(route, world["ids"], slug, value) for value in HOSTILE_INTS + HOSTILE_SLUGS} - {real}
        for path in hostile:
            for who, client in users.items():
                check(client.get(path, {"q": NUL, "page": "99999999999"}), f"GET {path} as {who}", failures)
                check(client.post(path, {"version": "x", "text": NUL}), f"POST {path} as {who}", failures)

    logged = [r.getMessage() for r in server_errors.records if r.levelno >= logging.ERROR]
    assert not failures, "\n".join(failures[:40])
    assert not logged, "\n".join(logged[:20])


TOO_MANY = "&".join(f"p{n}=1" for n in range(1200))


def sweep_path(client: Client, who: str, path: str, failures: list, *, full: bool) -> None:
    values = VALUES if full else [NUL, "x" * 5000, "99999999999999999999", CONFUSABLES[0]]
    for value in values:
        check(
            client.get(path, {name: value for name in PARAMS}),
            f"GET {path} as {who} with {value!r}",
            failures,
        )
    check(client.get(f"{path}?{TOO_MANY}"), f"GET {path} as {who} with 1,200 parameters", failures)
    check(client.get(f"{path}?page=1&page=2&q=a&q=b&status=x&status="), f"GET {path} repeated", failures)
    for value in values[:8] + CONFUSABLES[:2]:
        form = {name: value for name in FORM_FIELDS}
        check(client.post(path, form), f"POST {path} as {who} with {value!r}", failures)


def sweep_api_writes(path: str, token: str, failures: list) -> None:
    api = Client(raise_request_exception=False, HTTP_AUTHORIZATION=f"Token {token}")
    bodies = [
        DEEP_JSON,
        "{",
        '{"text": "\\ud800"}',
        "1e999999",
        '"just a string"',
        *map(json.dumps, JSON_BODIES),
    ]
    if path.endswith("/extraction/"):
        bodies = bodies[:2]  # it reads no body; each post runs a whole extraction
    for body in bodies:
        check(
            api.post(path, body, content_type="application/json"), f"POST {path} JSON {body[:40]!r}", failures
        )
    check(
        api.post(path, "text=a", content_type="application/x-www-form-urlencoded"),
        f"POST {path} form",
        failures,
    )
    check(api.post(path, "x" * 3_000_000, content_type="application/json"), f"POST {path} 3 MB", failures)
