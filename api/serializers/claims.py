"""API representations of claims: what readers may see, what the newsroom sees, and the desk's inputs.

Public serializers read only fields that are public once a claim is published; assignees,
internal notes and internal history appear in the staff serializers alone.
"""

from django.contrib.auth import get_user_model
from django.urls import NoReverseMatch, reverse
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from claims.checklist import checklist_for
from claims.models import Attribution, Claim, EvidenceNote, StatusChange
from claims.workflow import DismissReason, Status, Verdict, targets_for
from core.errors import Refused
from reports.models import Report

from .sources import (
    PublicReferenceSerializer,
    SourceBriefSerializer,
    StaffReferenceSerializer,
    StrictInput,
    VersionedInput,
)


def _absolute(request, path: str | None) -> str | None:
    if path is None:
        return None
    return request.build_absolute_uri(path) if request else path


class ClaimReportSerializer(serializers.ModelSerializer):
    class Meta:
        model = Report
        fields = ["slug", "title", "publisher", "url", "published_on"]


class AttributionSerializer(serializers.ModelSerializer):
    source = SourceBriefSerializer()

    class Meta:
        model = Attribution
        fields = ["source", "role", "cue", "is_primary", "verification"]


# --- Public: what readers see, read from the claim's published version ----------------------------
class PublicAttributionSerializer(serializers.Serializer):
    source = SourceBriefSerializer()
    role = serializers.ChoiceField(choices=Attribution.Role.choices)
    cue = serializers.CharField()
    is_primary = serializers.BooleanField()
    verification = serializers.ChoiceField(choices=Attribution.Verification.choices)
    via = SourceBriefSerializer(allow_null=True, help_text="The source this one was cited by, if any.")


class PublicEvidenceSerializer(serializers.Serializer):
    text = serializers.CharField()
    created_at = serializers.DateTimeField(allow_null=True)


class PublicHistorySerializer(serializers.ModelSerializer):
    """Public history: publication, corrections, updates and unpublications, with the reason readers see."""

    class Meta:
        model = StatusChange
        fields = ["at", "field", "from_value", "to_value", "note"]


class PublicClaimSerializer(serializers.Serializer):
    slug = serializers.SlugField()
    api_url = serializers.SerializerMethodField()
    page_url = serializers.SerializerMethodField(help_text="The reader's page for this claim.")
    text = serializers.CharField()
    kind = serializers.ChoiceField(choices=Claim.Kind.choices)
    verdict = serializers.ChoiceField(choices=Verdict.choices)
    verdict_label = serializers.CharField(source="get_verdict_display")
    verdict_summary = serializers.CharField()
    rating_value = serializers.IntegerField(
        allow_null=True, help_text="schema.org rating, 1 (false) to 5 (true); none if unverifiable."
    )
    published_at = serializers.DateTimeField(allow_null=True, help_text="First published.")
    updated_at = serializers.DateTimeField(help_text="When the version readers see was published.")
    report = ClaimReportSerializer()
    attributions = PublicAttributionSerializer(many=True)
    evidence = PublicEvidenceSerializer(many=True)
    references = PublicReferenceSerializer(many=True)
    history = PublicHistorySerializer(source="public_history", many=True)

    @extend_schema_field({"type": "string", "format": "uri"})
    def get_api_url(self, claim) -> str:
        return _absolute(
            self.context.get("request"), reverse("api:claim-detail", kwargs={"slug": claim.slug})
        )

    @extend_schema_field({"type": "string", "format": "uri", "nullable": True})
    def get_page_url(self, claim) -> str | None:
        try:
            path = claim.get_public_url()
        except NoReverseMatch:
            path = None
        return _absolute(self.context.get("request"), path)


# --- Staff ----------------------------------------------------------------------------------------
class EvidenceNoteSerializer(serializers.ModelSerializer):
    author = serializers.SlugRelatedField(slug_field="username", read_only=True, allow_null=True)

    class Meta:
        model = EvidenceNote
        fields = ["id", "text", "internal", "author", "created_at"]


class HistorySerializer(serializers.ModelSerializer):
    actor = serializers.SlugRelatedField(slug_field="username", read_only=True, allow_null=True)

    class Meta:
        model = StatusChange
        fields = ["id", "at", "actor", "field", "from_value", "to_value", "note", "internal"]


class StaffClaimListSerializer(serializers.ModelSerializer):
    api_url = serializers.HyperlinkedIdentityField(view_name="api:desk-claim-detail")
    report = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    assignee = serializers.SlugRelatedField(slug_field="username", read_only=True, allow_null=True)
    duplicate_of = serializers.PrimaryKeyRelatedField(read_only=True, allow_null=True)

    class Meta:
        model = Claim
        fields = [
            "id",
            "api_url",
            "slug",
            "report",
            "text",
            "kind",
            "checkworthiness",
            "status",
            "verdict",
            "assignee",
            "duplicate_of",
            "version",
            "created_at",
            "updated_at",
        ]


class ChecklistItemSerializer(serializers.Serializer):
    """One item of the publishing checklist (claims/checklist.py)."""

    key = serializers.CharField(read_only=True)
    label = serializers.CharField(read_only=True)
    done = serializers.BooleanField(read_only=True)
    blocking = serializers.BooleanField(
        read_only=True, help_text="While not done, publishing needs an `override_reason`."
    )
    details = serializers.ListField(child=serializers.CharField(), read_only=True)


class StaffClaimSerializer(StaffClaimListSerializer):
    passage = serializers.CharField(read_only=True)
    attributions = AttributionSerializer(many=True, read_only=True)
    references = StaffReferenceSerializer(many=True, read_only=True)
    notes = EvidenceNoteSerializer(many=True, read_only=True)
    history = HistorySerializer(many=True, read_only=True)
    allowed_statuses = serializers.SerializerMethodField(
        help_text="Statuses you may move this claim to (each may still need a note, verdict or evidence)."
    )
    publishing_checklist = serializers.SerializerMethodField(
        help_text="What is missing before publishing: references without a URL or archive, attributions not "
        "confirmed, suggested contradictions nobody looked at."
    )

    class Meta(StaffClaimListSerializer.Meta):
        fields = [
            *StaffClaimListSerializer.Meta.fields,
            "extracted_text",
            "start",
            "end",
            "passage",
            "dismiss_reason",
            "verdict_summary",
            "published_at",
            "allowed_statuses",
            "publishing_checklist",
            "attributions",
            "references",
            "notes",
            "history",
        ]

    @extend_schema_field(serializers.ListField(child=serializers.ChoiceField(choices=Status.choices)))
    def get_allowed_statuses(self, claim: Claim) -> list[str]:
        request = self.context.get("request")
        return targets_for(claim.status, request.user if request else None)

    @extend_schema_field(ChecklistItemSerializer(many=True))
    def get_publishing_checklist(self, claim: Claim) -> list[dict]:
        return ChecklistItemSerializer(checklist_for(claim).items, many=True).data


# --- Desk inputs ----------------------------------------------------------------------------------
class StatusInputSerializer(VersionedInput):
    status = serializers.ChoiceField(choices=Status.choices)
    note = serializers.CharField(required=False, default="", allow_blank=True, max_length=5000)
    override_reason = serializers.CharField(
        required=False,
        default="",
        allow_blank=True,
        max_length=2000,
        help_text="Publishing over a blocking item of the publishing checklist (no reference readers can "
        "follow): why. Recorded in the claim's history; without it such a publish is refused (422).",
    )
    dismiss_reason = serializers.ChoiceField(
        choices=DismissReason.choices, required=False, default="", allow_blank=True
    )


class VerdictInputSerializer(VersionedInput):
    verdict = serializers.ChoiceField(choices=Verdict.choices)
    summary = serializers.CharField(max_length=5000)
    note = serializers.CharField(
        required=False,
        default="",
        allow_blank=True,
        max_length=5000,
        help_text="Required when correcting a published verdict; readers see it.",
    )


class AssignInputSerializer(VersionedInput):
    assignee = serializers.CharField(
        allow_null=True, max_length=150, help_text="A fact-checker's or editor's username; null to unassign."
    )
    note = serializers.CharField(required=False, default="", allow_blank=True, max_length=5000)

    def validate_assignee(self, value: str | None):
        if value is None:
            return None
        user = get_user_model().objects.filter(username=value).first()
        if user is None:  # well-formed, but no one: the rules refuse it (422), as the desk does
            raise Refused(f"No user is called {value!r}.", field="assignee")
        return user


class EvidenceInputSerializer(VersionedInput):
    """Public evidence: shown to readers with the verdict once published."""

    text = serializers.CharField(max_length=20000)


class NoteInputSerializer(StrictInput):
    """An internal note: stays in the newsroom, never shown to readers."""

    text = serializers.CharField(max_length=20000)
