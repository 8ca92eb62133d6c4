"""Sources and references in the JSON API: public sources; the desk's references and archive captures."""

from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema
from rest_framework import generics, serializers, status
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from claims import services
from claims.models import Claim
from claims.selectors.public import public_sources
from sources import services as archive
from sources.models import Reference, Source

from ..plumbing import ACTION_ERRORS, PUBLIC_ERRORS, WRITE_ERRORS, QueryInput
from ..serializers.sources import PublicSourceSerializer, ReferenceInputSerializer, StaffReferenceSerializer
from .claims import STAFF


class SourceFilterSerializer(QueryInput):
    q = serializers.CharField(required=False, max_length=200, help_text="Words in the source's name.")
    kind = serializers.ListField(child=serializers.ChoiceField(choices=Source.Kind.choices), required=False)


@extend_schema(tags=["public"])
class SourceList(generics.ListAPIView):
    """People and bodies that published claims are attributed to, most claims first."""

    serializer_class = PublicSourceSerializer
    permission_classes = [AllowAny]

    def get_queryset(self):
        filters = SourceFilterSerializer(data=self.request.query_params)
        filters.is_valid(raise_exception=True)
        qs = public_sources()
        for word in filters.validated_data.get("q", "").split():
            qs = qs.filter(name__icontains=word)
        if kinds := filters.validated_data.get("kind"):
            qs = qs.filter(kind__in=kinds)
        return qs.order_by("-published_claim_count", "name", "id")

    @extend_schema(
        parameters=[SourceFilterSerializer],
        responses={200: PublicSourceSerializer(many=True), **PUBLIC_ERRORS},
    )
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)


@extend_schema(tags=["public"])
class SourceDetail(generics.RetrieveAPIView):
    serializer_class = PublicSourceSerializer
    permission_classes = [AllowAny]
    lookup_field = "slug"

    def get_queryset(self):
        return public_sources()

    @extend_schema(responses={200: PublicSourceSerializer, **PUBLIC_ERRORS})
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)


# --- Desk -----------------------------------------------------------------------------------------
@extend_schema(tags=["desk"])
class ClaimReferences(APIView):
    """Add a reference (a document the claim rests on) to a claim; with a URL it is queued for archiving."""

    permission_classes = STAFF

    @extend_schema(
        summary="Add a reference to a claim",
        request=ReferenceInputSerializer,
        responses={201: StaffReferenceSerializer, **ACTION_ERRORS},
    )
    def post(self, request: Request, pk: int) -> Response:
        claim = get_object_or_404(Claim, pk=pk)
        data = ReferenceInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        fields = dict(data.validated_data)
        version = fields.pop("version")
        reference = services.add_reference(
            claim=claim, actor=request.user, expected_version=version, **fields
        )
        reference.refresh_from_db()
        return Response(
            StaffReferenceSerializer(reference, context={"request": request}).data,
            status=status.HTTP_201_CREATED,
        )


@extend_schema(tags=["desk"])
class ReferenceCapture(APIView):
    """Queue an archive capture of the reference's URL now."""

    permission_classes = STAFF

    @extend_schema(
        summary="Queue an archive capture",
        request=None,
        responses={202: StaffReferenceSerializer, **WRITE_ERRORS},
    )
    def post(self, request: Request, pk: int) -> Response:
        reference = get_object_or_404(Reference, pk=pk)
        archive.queue_capture(reference=reference, actor=request.user)
        reference.refresh_from_db()
        return Response(
            StaffReferenceSerializer(reference, context={"request": request}).data,
            status=status.HTTP_202_ACCEPTED,
        )
