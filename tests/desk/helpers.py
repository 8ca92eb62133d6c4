"""Small builders for the triage tests."""

from django.utils.text import slugify


def source(name: str, kind: str = "person"):
    from sources.models import Source

    return Source.objects.create(name=name, slug=slugify(name), kind=kind)


def attribute(claim, src, role: str = "said"):
    from claims.models import Attribution

    return Attribution.objects.create(claim=claim, source=src, role=role)


def htmx(target: str = "") -> dict:
    headers = {"HTTP_HX_REQUEST": "true"}
    if target:
        headers["HTTP_HX_TARGET"] = target
    return headers
