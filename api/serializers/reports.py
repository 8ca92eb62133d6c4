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
