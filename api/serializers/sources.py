"""API representations of sources, references and their archived captures."""

import re
from collections.abc import Mapping

from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from core.errors import Refused
from core.validation import clean_url
from sources.models import Reference, Snapshot, Source

MAX_VERSION = 2**31 - 1


def _json_type(field) -> tuple[type, ...] | None:
    """The JSON type the schema gives this field, as Python types (None: not checked here)."""
    if isinstance(field, serializers.BooleanField):
        return (bool,)
    if isinstance(field, serializers.IntegerField):
        return (int,)
    if isinstance(field, serializers.CharField | serializers.ChoiceField | serializers.DateField):
        return (str,)
    return None


class StrictInput(serializers.Serializer):
    """An API input whose values must have the JSON type its schema states: DRF would take 42 for
    a string or "3" for an integer, which the OpenAPI schema (and schemathesis) say is an error."""

    def to_internal_value(self, data):
        if isinstance(data, Mapping):
            errors = {}
            for name, field in self.fields.items():
                value, wanted = data.get(name), _json_type(field)
                if field.read_only or value is None or wanted is None:
                    continue
                if not isinstance(value, wanted) or (isinstance(value, bool) and bool not in wanted):
                    kind = {bool: "true or false", int: "a whole number", str: "a string"}[wanted[0]]
                    errors[name] = [f"Must be {kind}."]
            if errors:
                raise serializers.ValidationError(errors)
        return super().to_internal_value(data)


URI_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


@extend_schema_field({"type": "string", "format": "uri"})
class WebURLField(serializers.CharField):
    """A URL, checked by core.validation like every other way in. Text that is no URI at all is
    malformed (400); a URI the rules refuse (ftp://, a host name too long to exist) is
    well-formed input the schema allows, refused as the workflow refuses things: 422."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.validators.append(self._web_only)

    def _web_only(self, value: str) -> None:
        try:
            clean_url(value, field=self.field_name, max_length=self.max_length)
        except Refused as exc:
            if URI_SCHEME.match(value):
                raise
            raise serializers.ValidationError(exc.message) from None


class VersionedInput(StrictInput):
    version = serializers.IntegerField(
        min_value=1, max_value=MAX_VERSION, help_text="The claim's version you read; a stale one gets 409."
    )


class SourceBriefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Source
        fields = ["slug", "name", "kind"]


class PublicSourceSerializer(serializers.ModelSerializer):
    published_claim_count = serializers.IntegerField(read_only=True)
    api_url = serializers.HyperlinkedIdentityField(view_name="api:source-detail", lookup_field="slug")
    claims_url = serializers.SerializerMethodField()

    class Meta:
        model = Source
        fields = [
            "slug",
            "api_url",
            "name",
            "kind",
            "aliases",
            "description",
            "published_claim_count",
            "claims_url",
        ]

    @extend_schema_field(OpenApiTypes.URI)
    def get_claims_url(self, source: Source) -> str:
        path = f"{reverse('api:claim-list')}?source={source.slug}"
        request = self.context.get("request")
        return request.build_absolute_uri(path) if request else path


def archive_url(snapshot: Snapshot, request=None) -> str:
    """The readers' archive page of a capture (public/archive_urls.py)."""
    path = reverse("archive:snapshot", kwargs={"pk": snapshot.pk})
    return request.build_absolute_uri(path) if request else path


class CaptureSerializer(serializers.ModelSerializer):
    """A successful archived capture: when, what it hashed to, where the page ended up."""

    archive_url = serializers.SerializerMethodField()

    class Meta:
        model = Snapshot
        fields = ["id", "fetched_at", "sha256", "final_url", "http_status", "content_type", "archive_url"]

    @extend_schema_field(OpenApiTypes.URI)
    def get_archive_url(self, snapshot: Snapshot) -> str:
        return archive_url(snapshot, self.context.get("request"))


def ok_captures(reference: Reference) -> list[Snapshot]:
    prefetched = getattr(reference, "ok_snapshots", None)
    if prefetched is not None:
        return prefetched
    return list(reference.snapshots.filter(ok=True).order_by("-fetched_at", "-id"))


class PublicReferenceSerializer(serializers.Serializer):
    """A reference as published with the claim, and its archived captures."""

    id = serializers.IntegerField()
    title = serializers.CharField()
    kind = serializers.ChoiceField(choices=Reference.Kind.choices)
    publisher = serializers.CharField()
    url = serializers.CharField()
    captures = CaptureSerializer(many=True)


class StaffReferenceSerializer(serializers.ModelSerializer):
    captures = serializers.SerializerMethodField()

    class Meta:
        model = Reference
        fields = [
            "id",
            "title",
            "kind",
            "publisher",
            "url",
            "last_archived_at",
            "captures",
            "cue",
            "capture_state",
            "capture_attempts",
            "capture_error",
            "next_attempt_at",
            "link_rot",
            "page_changed",
        ]

    @extend_schema_field(CaptureSerializer(many=True))
    def get_captures(self, reference: Reference) -> list[dict]:
        return CaptureSerializer(ok_captures(reference), many=True, context=self.context).data


class ReferenceInputSerializer(VersionedInput):
    title = serializers.CharField(max_length=500)
    kind = serializers.ChoiceField(choices=Reference.Kind.choices, default=Reference.Kind.OTHER)
    publisher = serializers.CharField(max_length=300, required=False, default="", allow_blank=True)
    url = WebURLField(max_length=2000, required=False, default="", allow_blank=True)
