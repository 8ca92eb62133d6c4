"""Claims in the JSON API: the public, read-only list of published claims, and the newsroom's desk.

Views parse input, call one selector or service, and render. The rules (who may move a claim
where, what a verdict needs, optimistic locking) live in claims.services and claims.workflow;
their exceptions become 400/403/409 bodies in config.api.exception_handler.
"""

from django.db.models import Prefetch, QuerySet
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema
from rest_framework import generics, status
from rest_framework.exceptions import ValidationError
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from config.api import CONFLICT, PUBLIC_ERRORS, STAFF_ERRORS, IsNewsroomStaff
from sources.models import Reference, Snapshot

from . import services
from .models import Attribution, Claim, EvidenceNote, StatusChange
from .public_selectors import published_claims_with_details
from .selectors import claims_base, filter_claims
from .serializers import (
    AssignInputSerializer,
    EvidenceInputSerializer,
    EvidenceNoteSerializer,
    PublicClaimFilterSerializer,
    PublicClaimSerializer,
    QueueFilterSerializer,
    StaffClaimListSerializer,
    StaffClaimSerializer,
    StatusInputSerializer,
    VerdictInputSerializer,
    selector_params,
)
from .workflow import TransitionNotAllowed

PUBLIC_SORTS = {
    "-published": ("-published_at", "-id"),
    "published": ("published_at", "id"),
    "-checkworthiness": ("-checkworthiness", "-published_at", "-id"),
    "checkworthiness": ("checkworthiness", "-published_at", "-id"),
}


# --- Read queries (only published claims and public history leave through the public ones) --------
def public_claims() -> QuerySet[Claim]:
    return published_claims_with_details()


def desk_claim(pk: int) -> Claim:
    ok_snapshots = Snapshot.objects.filter(ok=True).order_by("-fetched_at", "-id")
    qs = claims_base().prefetch_related(
        Prefetch("attributions", queryset=Attribution.objects.select_related("source")),
        Prefetch("notes", queryset=EvidenceNote.objects.select_related("author")),
        Prefetch("history", queryset=StatusChange.objects.select_related("actor")),
        Prefetch(
            "references",
            queryset=Reference.objects.order_by("title", "id").prefetch_related(
                Prefetch("snapshots", queryset=ok_snapshots, to_attr="ok_snapshots")
            ),
        ),
    )
    return get_object_or_404(qs, pk=pk)


# --- Public ---------------------------------------------------------------------------------------
@extend_schema(tags=["public"])
class ClaimList(generics.ListAPIView):
    """Published claims with their verdicts, sources, evidence, references and archived captures."""

    serializer_class = PublicClaimSerializer
    permission_classes = [AllowAny]

    def get_queryset(self):
        filters = PublicClaimFilterSerializer(data=self.request.query_params)
        filters.is_valid(raise_exception=True)
        sort = filters.validated_data.pop("sort", "-published")
        qs = filter_claims(selector_params(filters.validated_data), base=public_claims())
        return qs.order_by(*PUBLIC_SORTS[sort])

    @extend_schema(
        parameters=[PublicClaimFilterSerializer],
        responses={200: PublicClaimSerializer(many=True), **PUBLIC_ERRORS},
    )
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)


@extend_schema(tags=["public"])
class ClaimDetail(generics.RetrieveAPIView):
    """One published claim; an unpublished one is 404, as if it did not exist."""

    serializer_class = PublicClaimSerializer
    permission_classes = [AllowAny]
    lookup_field = "slug"

    def get_queryset(self):
        return public_claims()

    @extend_schema(responses={200: PublicClaimSerializer, **PUBLIC_ERRORS})
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)


# --- Desk -----------------------------------------------------------------------------------------
STAFF = [IsAuthenticated, IsNewsroomStaff]


@extend_schema(tags=["desk"])
class QueueList(generics.ListAPIView):
    """The claim queue with the browser queue's filters (repeat a parameter to mean "any of")."""

    serializer_class = StaffClaimListSerializer
    permission_classes = STAFF

    def get_queryset(self):
        filters = QueueFilterSerializer(data=self.request.query_params)
        filters.is_valid(raise_exception=True)
        return filter_claims(selector_params(filters.validated_data), user=self.request.user)

    @extend_schema(
        parameters=[QueueFilterSerializer],
        responses={200: StaffClaimListSerializer(many=True), **STAFF_ERRORS},
    )
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)


@extend_schema(tags=["desk"])
class DeskClaimDetail(APIView):
    """A claim as the desk sees it: status, assignee, version, all notes and the full history."""

    permission_classes = STAFF

    @extend_schema(responses={200: StaffClaimSerializer, **STAFF_ERRORS})
    def get(self, request: Request, pk: int) -> Response:
        return Response(StaffClaimSerializer(desk_claim(pk), context={"request": request}).data)


class _ClaimAction(APIView):
    permission_classes = STAFF
    input_serializer = None

    def post(self, request: Request, pk: int) -> Response:
        claim = desk_claim(pk)
        data = self.input_serializer(data=request.data)
        data.is_valid(raise_exception=True)
        self.perform(claim, request.user, data.validated_data)
        return Response(StaffClaimSerializer(desk_claim(pk), context={"request": request}).data)

    def perform(self, claim: Claim, user, data: dict) -> None:
        raise NotImplementedError


def _action_schema(input_serializer, summary: str):
    return extend_schema(
        tags=["desk"],
        summary=summary,
        request=input_serializer,
        responses={200: StaffClaimSerializer, **STAFF_ERRORS, 409: CONFLICT},
    )


class ClaimStatus(_ClaimAction):
    """Move a claim through the workflow, with the browser's rules for each role."""

    input_serializer = StatusInputSerializer

    @_action_schema(StatusInputSerializer, "Change a claim's status")
    def post(self, request: Request, pk: int) -> Response:
        return super().post(request, pk)

    def perform(self, claim, user, data):
        services.change_status(
            claim=claim,
            to=data["status"],
            actor=user,
            note=data["note"],
            dismiss_reason=data["dismiss_reason"],
            expected_version=data["version"],
        )


class ClaimVerdict(_ClaimAction):
    """Set the verdict and its summary; on a published claim this is an editor's public correction."""

    input_serializer = VerdictInputSerializer

    @_action_schema(VerdictInputSerializer, "Set a claim's verdict")
    def post(self, request: Request, pk: int) -> Response:
        return super().post(request, pk)

    def perform(self, claim, user, data):
        services.set_verdict(
            claim=claim,
            verdict=data["verdict"],
            summary=data["summary"],
            actor=user,
            note=data["note"],
            expected_version=data["version"],
        )


class ClaimAssignment(_ClaimAction):
    """Assign the claim to a fact-checker or an editor, or unassign it (null)."""

    input_serializer = AssignInputSerializer

    @_action_schema(AssignInputSerializer, "Assign a claim")
    def post(self, request: Request, pk: int) -> Response:
        return super().post(request, pk)

    def perform(self, claim, user, data):
        try:
            services.assign(
                claim=claim,
                assignee=data["assignee"],
                actor=user,
                note=data["note"],
                expected_version=data["version"],
            )
        except TransitionNotAllowed as exc:
            raise ValidationError({"assignee": [str(exc)]}) from None


@extend_schema(tags=["desk"])
class ClaimEvidence(APIView):
    """Add an evidence note (public once the claim is published) or an internal note."""

    permission_classes = STAFF

    @extend_schema(
        summary="Add evidence to a claim",
        request=EvidenceInputSerializer,
        responses={201: EvidenceNoteSerializer, **STAFF_ERRORS},
    )
    def post(self, request: Request, pk: int) -> Response:
        claim = desk_claim(pk)
        data = EvidenceInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        note = services.add_evidence(claim=claim, actor=request.user, **data.validated_data)
        return Response(EvidenceNoteSerializer(note).data, status=status.HTTP_201_CREATED)
