"""API representations of reports: the public one with its published claims, the newsroom's, the import."""

from django.urls import NoReverseMatch, reverse
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from reports.models import Report

from .claims import PublicClaimSerializer
from .sources import StrictInput, WebURLField


class PublicReportSerializer(serializers.ModelSerializer):
    api_url = serializers.HyperlinkedIdentityField(view_name="api:report-detail", lookup_field="slug")
    page_url = serializers.SerializerMethodField(help_text="The reader's page for this report.")
    published_claim_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Report
        fields = [
            "slug",
            "api_url",
            "page_url",
            "title",
            "publisher",
            "url",
            "byline",
            "published_on",
            "published_claim_count",
        ]

    @extend_schema_field({"type": "string", "format": "uri", "nullable": True})
    def get_page_url(self, report: Report) -> str | None:
        try:
            path = reverse("public:report", kwargs={"slug": report.slug})
        except NoReverseMatch:
            return None
        request = self.context.get("request")
        return request.build_absolute_uri(path) if request else path


class PublicReportDetailSerializer(PublicReportSerializer):
    claims = serializers.SerializerMethodField()

    class Meta(PublicReportSerializer.Meta):
        fields = [*PublicReportSerializer.Meta.fields, "claims"]

    @extend_schema_field(PublicClaimSerializer(many=True))
    def get_claims(self, report: Report) -> list[dict]:
        return PublicClaimSerializer(report.published_claims, many=True, context=self.context).data


class StaffReportSerializer(serializers.ModelSerializer):
    api_url = serializers.HyperlinkedIdentityField(view_name="api:desk-report-detail", lookup_field="slug")
    claim_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Report
        fields = [
            "id",
            "slug",
            "api_url",
            "title",
            "publisher",
            "url",
            "byline",
            "published_on",
            "content_hash",
            "imported_at",
            "extraction_state",
            "extraction_error",
            "extracted_at",
            "claim_count",
        ]


class ReportImportSerializer(StrictInput):
    text = serializers.CharField(
        trim_whitespace=False,
        help_text="The report as plain text or as an HTML page (the article text is read out of it).",
    )
    title = serializers.CharField(required=False, default="", allow_blank=True, max_length=500)
    publisher = serializers.CharField(required=False, default="", allow_blank=True, max_length=200)
    url = WebURLField(required=False, default="", allow_blank=True, max_length=2000)
    published_on = serializers.DateField(required=False, allow_null=True, default=None)
    byline = serializers.CharField(required=False, default="", allow_blank=True, max_length=300)


class ExtractionOutcomeSerializer(serializers.Serializer):
    created = serializers.IntegerField()
    updated = serializers.IntegerField()
    kept = serializers.IntegerField(help_text="Claims people had worked on, left as they were.")
    removed = serializers.IntegerField()
    unchanged = serializers.IntegerField(help_text="Claims found again exactly as stored, left untouched.")


class ExtractionStatusSerializer(serializers.ModelSerializer):
    """Where a report's extraction stands: what the task URL answers while it runs and after."""

    task_url = serializers.HyperlinkedIdentityField(
        view_name="api:desk-report-extraction", lookup_field="slug", help_text="Poll this for progress."
    )
    state = serializers.CharField(
        source="extraction_state", help_text="pending, queued, running, done or failed."
    )
    progress = serializers.IntegerField(source="extraction_progress", help_text="Percent done, 0 to 100.")
    step = serializers.CharField(source="extraction_step", help_text="What the extraction is doing now.")
    error = serializers.CharField(source="extraction_error", help_text="Why it failed, when it did.")
    requested_at = serializers.DateTimeField(source="extraction_requested_at", allow_null=True)
    outcome = serializers.SerializerMethodField(
        help_text="Claims created, updated, kept and removed; when done."
    )
    report_url = serializers.HyperlinkedIdentityField(view_name="api:desk-report-detail", lookup_field="slug")

    class Meta:
        model = Report
        fields = [
            "slug",
            "task_url",
            "report_url",
            "state",
            "progress",
            "step",
            "error",
            "requested_at",
            "extracted_at",
            "outcome",
        ]

    @extend_schema_field(ExtractionOutcomeSerializer(allow_null=True))
    def get_outcome(self, report: Report) -> dict | None:
        if report.extraction_state != Report.Extraction.DONE or not report.extraction_outcome:
            return None
        return {"unchanged": 0, **report.extraction_outcome}  # outcomes stored before the count existed
