"""Claims in the JSON API: the public, read-only list of published claims, and the newsroom's desk.

Views parse input, call one selector or service, and render. The rules (the workflow's move
table, what a verdict needs, optimistic locking) live in claims.services and claims.workflow;
their errors become 422/403/409 bodies in api.plumbing.exception_handler. The filters are
claims.filters, the same as the queue page and its CSV export.
"""

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema
from rest_framework import generics, status
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from claims import services
from claims.filters import ClaimFilter, PublishedClaimFilter
from claims.models import Attribution, Claim, EvidenceNote, StatusChange
from claims.selectors import claims_base, claims_for_lists
from claims.selectors.public import present, published_claims_with_details
from sources.models import Reference, Snapshot

from ..plumbing import ACTION_ERRORS, PUBLIC_ERRORS, STAFF_ERRORS, FilterBackend, IsNewsroomStaff
from ..serializers.claims import (
    AssignInputSerializer,
    EvidenceInputSerializer,
    EvidenceNoteSerializer,
    NoteInputSerializer,
    PublicClaimSerializer,
    StaffClaimListSerializer,
    StaffClaimSerializer,
    StatusInputSerializer,
    VerdictInputSerializer,
)

STAFF = [IsAuthenticated, IsNewsroomStaff]


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


class _PresentedList(generics.ListAPIView):
    """A list of published claims, each presented as readers see it (its published version)."""

    def list(self, request, *args, **kwargs):
        page = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
        data = self.get_serializer([present(c) for c in page], many=True).data
        return self.get_paginated_response(data)


# --- Public ---------------------------------------------------------------------------------------
@extend_schema(tags=["public"])
class ClaimList(_PresentedList):
    """Published claims with their verdicts, sources, evidence, references and archived captures."""

    serializer_class = PublicClaimSerializer
    permission_classes = [AllowAny]
    filter_backends = [FilterBackend]
    filterset_class = PublishedClaimFilter

    def get_queryset(self):
        return published_claims_with_details()

    @extend_schema(responses={200: PublicClaimSerializer(many=True), **PUBLIC_ERRORS})
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)


@extend_schema(tags=["public"])
class ClaimDetail(APIView):
    """One published claim, as readers see it; an unpublished one is 404, as if it did not exist."""

    permission_classes = [AllowAny]

    @extend_schema(responses={200: PublicClaimSerializer, **PUBLIC_ERRORS})
    def get(self, request: Request, slug: str) -> Response:
        claim = get_object_or_404(published_claims_with_details(), slug=slug)
        return Response(PublicClaimSerializer(present(claim), context={"request": request}).data)


# --- Desk -----------------------------------------------------------------------------------------
@extend_schema(tags=["desk"])
class QueueList(generics.ListAPIView):
    """The claim queue with the browser queue's filters (repeat a parameter to mean "any of").

    `sort=rank` (with `q`) ranks the 1,000 newest matches, best first and equals newest first, and lists
    only those: past 1,000 matches `count` is 1,000 (the queue page says "ranked among the 1,000 newest
    matches"); narrow the search to rank every match. The CSV export ranks every match."""

    serializer_class = StaffClaimListSerializer
    permission_classes = STAFF
    filter_backends = [FilterBackend]
    filterset_class = ClaimFilter

    def get_queryset(self):
        return claims_for_lists()

    @extend_schema(responses={200: StaffClaimListSerializer(many=True), **STAFF_ERRORS})
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
    created = status.HTTP_200_OK

    def post(self, request: Request, pk: int) -> Response:
        claim = desk_claim(pk)
        data = self.input_serializer(data=request.data)
        data.is_valid(raise_exception=True)
        result = self.perform(claim, request.user, data.validated_data)
        return self.answer(request, pk, result)

    def answer(self, request: Request, pk: int, result) -> Response:
        return Response(StaffClaimSerializer(desk_claim(pk), context={"request": request}).data)

    def perform(self, claim: Claim, user, data: dict):
        raise NotImplementedError


def _action_schema(input_serializer, summary: str, ok=StaffClaimSerializer, code: int = 200):
    return extend_schema(
        tags=["desk"], summary=summary, request=input_serializer, responses={code: ok, **ACTION_ERRORS}
    )


class ClaimStatus(_ClaimAction):
    """Move a claim through the workflow's table of moves, with the browser's rules for each role.

    `status: published` on a published claim publishes its pending changes as a correction or
    update (an editor who did not make them, with a `note` readers see)."""

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
            override_reason=data["override_reason"],
            expected_version=data["version"],
        )


class ClaimVerdict(_ClaimAction):
    """Set the verdict and its summary; on a published claim it waits for an editor's correction."""

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
        services.assign(
            claim=claim,
            assignee=data["assignee"],
            actor=user,
            note=data["note"],
            expected_version=data["version"],
        )


class _NoteAction(_ClaimAction):
    def answer(self, request: Request, pk: int, result) -> Response:
        return Response(EvidenceNoteSerializer(result).data, status=status.HTTP_201_CREATED)


class ClaimEvidence(_NoteAction):
    """Add public evidence: readers see it with the verdict once the claim (or its update) is published."""

    input_serializer = EvidenceInputSerializer

    @_action_schema(EvidenceInputSerializer, "Add public evidence to a claim", EvidenceNoteSerializer, 201)
    def post(self, request: Request, pk: int) -> Response:
        return super().post(request, pk)

    def perform(self, claim, user, data):
        return services.add_evidence(
            claim=claim, text=data["text"], actor=user, expected_version=data["version"]
        )


class ClaimNotes(_NoteAction):
    """Add an internal note: for the newsroom only, never shown to readers."""

    input_serializer = NoteInputSerializer

    @_action_schema(NoteInputSerializer, "Add an internal note to a claim", EvidenceNoteSerializer, 201)
    def post(self, request: Request, pk: int) -> Response:
        return super().post(request, pk)

    def perform(self, claim, user, data):
        return services.add_note(claim=claim, text=data["text"], actor=user)
