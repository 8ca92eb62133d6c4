"""API representations of claims: what readers may see, what the newsroom sees, and the desk's inputs.

Public serializers read only fields that are public once a claim is published; assignees,
internal notes and internal history appear in the staff serializers alone.
"""

from django.contrib.auth import get_user_model
from django.urls import NoReverseMatch
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from reports.models import Report
from sources.serializers import PublicReferenceSerializer, SourceBriefSerializer, StaffReferenceSerializer

from .models import Attribution, Claim, EvidenceNote, StatusChange
from .selectors import AGE_BUCKETS, SORTS
from .workflow import DismissReason, Status, Verdict, allowed_targets

MAX_VERSION = 2**31 - 1


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


class PublicEvidenceSerializer(serializers.ModelSerializer):
    class Meta:
        model = EvidenceNote
        fields = ["text", "created_at"]


class PublicHistorySerializer(serializers.ModelSerializer):
    """Public history: publication, corrections and unpublications, with the reason readers see."""

    class Meta:
        model = StatusChange
        fields = ["at", "field", "from_value", "to_value", "note"]


class PublicClaimSerializer(serializers.ModelSerializer):
    api_url = serializers.HyperlinkedIdentityField(view_name="api:claim-detail", lookup_field="slug")
    page_url = serializers.SerializerMethodField(help_text="The reader's page for this claim.")
    verdict_label = serializers.CharField(source="get_verdict_display", read_only=True)
    rating_value = serializers.IntegerField(
        read_only=True,
        allow_null=True,
        help_text="schema.org rating, 1 (false) to 5 (true); none if unverifiable.",
    )
    report = ClaimReportSerializer(read_only=True)
    attributions = AttributionSerializer(many=True, read_only=True)
    evidence = PublicEvidenceSerializer(source="public_notes", many=True, read_only=True)
    references = PublicReferenceSerializer(many=True, read_only=True)
    history = PublicHistorySerializer(source="public_history", many=True, read_only=True)

    class Meta:
        model = Claim
        fields = [
            "slug",
            "api_url",
            "page_url",
            "text",
            "kind",
            "verdict",
            "verdict_label",
            "verdict_summary",
            "rating_value",
            "published_at",
            "updated_at",
            "report",
            "attributions",
            "evidence",
            "references",
            "history",
        ]

    @extend_schema_field({"type": "string", "format": "uri", "nullable": True})
    def get_page_url(self, claim: Claim) -> str | None:
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


class StaffClaimSerializer(StaffClaimListSerializer):
    passage = serializers.CharField(read_only=True)
    attributions = AttributionSerializer(many=True, read_only=True)
    references = StaffReferenceSerializer(many=True, read_only=True)
    notes = EvidenceNoteSerializer(many=True, read_only=True)
    history = HistorySerializer(many=True, read_only=True)
    allowed_statuses = serializers.SerializerMethodField(
        help_text="Statuses you may move this claim to (each may still need a note, verdict or evidence)."
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
            "attributions",
            "references",
            "notes",
            "history",
        ]

    @extend_schema_field(serializers.ListField(child=serializers.ChoiceField(choices=Status.choices)))
    def get_allowed_statuses(self, claim: Claim) -> list[str]:
        request = self.context.get("request")
        return allowed_targets(claim.status, request.user if request else None)


# --- Desk inputs ----------------------------------------------------------------------------------
class VersionedInput(serializers.Serializer):
    version = serializers.IntegerField(
        min_value=1, max_value=MAX_VERSION, help_text="The claim's version you read; a stale one gets 409."
    )


class StatusInputSerializer(VersionedInput):
    status = serializers.ChoiceField(choices=Status.choices)
    note = serializers.CharField(required=False, default="", allow_blank=True, max_length=5000)
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
        if user is None:
            raise serializers.ValidationError(f"No user is called {value!r}.")
        return user


class EvidenceInputSerializer(serializers.Serializer):
    text = serializers.CharField(max_length=20000)
    internal = serializers.BooleanField(
        default=False,
        help_text="Internal notes stay in the newsroom; others are shown to readers once published.",
    )


# --- Filters --------------------------------------------------------------------------------------
def _slugs(help_text: str):
    return serializers.ListField(
        child=serializers.SlugField(max_length=200), required=False, help_text=help_text
    )


class PublicClaimFilterSerializer(serializers.Serializer):
    """Query parameters of the public claim list; repeat a parameter to mean "any of"."""

    report = _slugs("Report slug.")
    source = _slugs("Source slug: claims attributed to it.")
    verdict = serializers.ListField(child=serializers.ChoiceField(choices=Verdict.choices), required=False)
    kind = serializers.ListField(child=serializers.ChoiceField(choices=Claim.Kind.choices), required=False)
    q = serializers.CharField(required=False, max_length=200, help_text="Words in the claim text.")
    sort = serializers.ChoiceField(
        choices=["-published", "published", "-checkworthiness", "checkworthiness"],
        required=False,
        help_text="Newest published first by default.",
    )


class QueueFilterSerializer(serializers.Serializer):
    """The queue's filters, the same as the browser queue (claims.selectors.filter_claims)."""

    report = _slugs("Report slug.")
    source = _slugs("Source slug.")
    status = serializers.ListField(child=serializers.ChoiceField(choices=Status.choices), required=False)
    verdict = serializers.ListField(
        child=serializers.ChoiceField(choices=[*Verdict.values, "none"]),
        required=False,
        help_text='A verdict, or "none" for claims without one.',
    )
    kind = serializers.ListField(child=serializers.ChoiceField(choices=Claim.Kind.choices), required=False)
    assignee = serializers.ListField(
        child=serializers.CharField(max_length=150),
        required=False,
        help_text='A username, "me" or "none".',
    )
    min_score = serializers.FloatField(required=False, min_value=0, max_value=1)
    max_score = serializers.FloatField(required=False, min_value=0, max_value=1)
    q = serializers.CharField(required=False, max_length=200)
    sort = serializers.ChoiceField(choices=[*SORTS, "rank"], required=False)
    duplicates = serializers.ChoiceField(choices=["0", "1"], required=False, help_text="0 hides duplicates.")
    signoff = serializers.BooleanField(required=False, help_text="true: only claims waiting for sign-off.")
    age = serializers.ChoiceField(
        choices=list(AGE_BUCKETS), required=False, help_text="Days an open claim waits."
    )


def selector_params(data: dict):
    """Validated filter values as the URL-style multi-dict that filter_claims reads."""
    from django.utils.datastructures import MultiValueDict

    params = MultiValueDict()
    for key, value in data.items():
        if value is None or value == "" or value == []:
            continue
        if isinstance(value, bool):
            if value:
                params.setlist(key, ["1"])
            continue
        params.setlist(key, [str(v) for v in value] if isinstance(value, list) else [str(value)])
    return params
