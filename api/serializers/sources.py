"""API representations of sources, references and their archived captures."""

from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from sources.models import Reference, Snapshot, Source

MAX_VERSION = 2**31 - 1


class VersionedInput(serializers.Serializer):
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
    url = serializers.URLField(max_length=2000, required=False, default="", allow_blank=True)
