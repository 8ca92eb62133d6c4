"""Reports in the JSON API: public reports with their published claims; the desk's import and extraction."""

from django.db.models import Count, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import generics, serializers, status
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response

from claims.models import Claim
from claims.selectors.public import present, public_reports, published_claims_with_details
from claims.tasks import queue_extraction
from reports.models import Report
from reports.services import import_report

from ..plumbing import BUSY, PUBLIC_ERRORS, REFUSED, STAFF_ERRORS, WRITE_ERRORS, QueryInput
from ..serializers.reports import (
    ExtractionStatusSerializer,
    PublicReportDetailSerializer,
    PublicReportSerializer,
    ReportImportSerializer,
    StaffReportSerializer,
)
from .claims import STAFF


class ReportFilterSerializer(QueryInput):
    q = serializers.CharField(required=False, max_length=200, help_text="Words in the title or publisher.")


class DeskReportFilterSerializer(ReportFilterSerializer):
    extraction_state = serializers.ChoiceField(choices=Report.Extraction.choices, required=False)


def _search(qs: QuerySet[Report], request: Request, filter_class) -> QuerySet[Report]:
    filters = filter_class(data=request.query_params)
    filters.is_valid(raise_exception=True)
    for word in filters.validated_data.get("q", "").split():
        qs = qs.filter(Q(title__icontains=word) | Q(publisher__icontains=word))
    if state := filters.validated_data.get("extraction_state"):
        qs = qs.filter(extraction_state=state)
    return qs


def desk_reports() -> QuerySet[Report]:
    # A count per report shown (a correlated subquery PostgreSQL runs for the page's rows only), not
    # a GROUP BY over every claim of the archive; and never the report bodies.
    counted = Claim.objects.filter(report=OuterRef("pk")).order_by().values("report").annotate(n=Count("pk"))
    return Report.objects.defer("body", "furniture_spans").annotate(
        claim_count=Coalesce(Subquery(counted.values("n")), 0)
    )


# --- Public ---------------------------------------------------------------------------------------
@extend_schema(tags=["public"])
class ReportList(generics.ListAPIView):
    """Reports that have published claims, newest import first."""

    serializer_class = PublicReportSerializer
    permission_classes = [AllowAny]

    def get_queryset(self):
        return _search(public_reports(), self.request, ReportFilterSerializer).order_by("-imported_at", "-id")

    @extend_schema(
        parameters=[ReportFilterSerializer],
        responses={200: PublicReportSerializer(many=True), **PUBLIC_ERRORS},
    )
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)


@extend_schema(tags=["public"])
class ReportDetail(generics.RetrieveAPIView):
    """A report with its published claims in reading order."""

    serializer_class = PublicReportDetailSerializer
    permission_classes = [AllowAny]
    lookup_field = "slug"

    def get_queryset(self):
        claims = published_claims_with_details().order_by("start", "id")
        return public_reports().prefetch_related(Prefetch("claims", queryset=claims, to_attr="published"))

    def get_object(self):
        report = super().get_object()
        report.published_claims = [present(c) for c in report.published]
        return report

    @extend_schema(responses={200: PublicReportDetailSerializer, **PUBLIC_ERRORS})
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)


# --- Desk -----------------------------------------------------------------------------------------
@extend_schema(tags=["desk"])
class DeskReportList(generics.ListAPIView):
    """All imported reports (GET), and importing one (POST)."""

    serializer_class = StaffReportSerializer
    permission_classes = STAFF

    def get_queryset(self):
        return _search(desk_reports(), self.request, DeskReportFilterSerializer).order_by(
            "-imported_at", "-id"
        )

    @extend_schema(
        parameters=[DeskReportFilterSerializer],
        responses={200: StaffReportSerializer(many=True), **STAFF_ERRORS},
    )
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    @extend_schema(
        summary="Import a report",
        request=ReportImportSerializer,
        responses={
            201: OpenApiResponse(StaffReportSerializer, description="Imported."),
            200: OpenApiResponse(
                StaffReportSerializer, description="The same text was imported before; that report."
            ),
            **WRITE_ERRORS,
            422: REFUSED,
        },
    )
    def post(self, request: Request) -> Response:
        data = ReportImportSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        result = import_report(**data.validated_data)
        report = desk_reports().get(pk=result.report.pk)
        return Response(
            StaffReportSerializer(report, context={"request": request}).data,
            status=status.HTTP_201_CREATED if result.created else status.HTTP_200_OK,
        )


@extend_schema(tags=["desk"])
class DeskReportDetail(generics.RetrieveAPIView):
    serializer_class = StaffReportSerializer
    permission_classes = STAFF
    lookup_field = "slug"

    def get_queryset(self):
        return desk_reports()

    @extend_schema(responses={200: StaffReportSerializer, **STAFF_ERRORS})
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)


@extend_schema(tags=["desk"])
class ReportExtraction(generics.GenericAPIView):
    """Claim extraction of a report, run by a worker: POST queues it (202, with this URL to poll),
    GET says how far it has got and, once done, what it stored. A re-run keeps people's edits."""

    permission_classes = STAFF
    serializer_class = ExtractionStatusSerializer
    lookup_field = "slug"

    def get_queryset(self):
        return Report.objects.all()

    @extend_schema(
        summary="Where the report's claim extraction stands",
        responses={200: ExtractionStatusSerializer, **STAFF_ERRORS},
    )
    def get(self, request: Request, slug: str) -> Response:
        return Response(self.get_serializer(self.get_object()).data)

    @extend_schema(
        summary="Queue claim extraction of a report",
        request=None,
        responses={
            202: OpenApiResponse(
                ExtractionStatusSerializer,
                description="Queued; poll `task_url` (also in the Location header) for progress and outcome.",
            ),
            **WRITE_ERRORS,
            409: BUSY,
        },
    )
    def post(self, request: Request, slug: str) -> Response:
        report = self.get_object()
        queue_extraction(report=report)
        report.refresh_from_db()
        data = self.get_serializer(report).data
        return Response(data, status=status.HTTP_202_ACCEPTED, headers={"Location": str(data["task_url"])})
