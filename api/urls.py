"""The JSON API: /api/v1/, the OpenAPI schema at /api/schema/ and its docs at /api/docs/.

Public (no sign-in, published claims only) at /api/v1/claims/, /reports/, /sources/;
the newsroom's desk (token or session, fact-checkers and editors) at /api/v1/desk/.
"""

from csp.constants import SELF, UNSAFE_INLINE
from csp.decorators import csp_update
from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerSplitView

from .plumbing import not_found
from .views import claims as claims_api
from .views import reports as reports_api
from .views import sources as sources_api

v1 = [
    path("claims/", claims_api.ClaimList.as_view(), name="claim-list"),
    path("claims/<slug:slug>/", claims_api.ClaimDetail.as_view(), name="claim-detail"),
    path("reports/", reports_api.ReportList.as_view(), name="report-list"),
    path("reports/<slug:slug>/", reports_api.ReportDetail.as_view(), name="report-detail"),
    path("sources/", sources_api.SourceList.as_view(), name="source-list"),
    path("sources/<slug:slug>/", sources_api.SourceDetail.as_view(), name="source-detail"),
    path("desk/claims/", claims_api.QueueList.as_view(), name="desk-claim-list"),
    path("desk/claims/<int:pk>/", claims_api.DeskClaimDetail.as_view(), name="desk-claim-detail"),
    path("desk/claims/<int:pk>/status/", claims_api.ClaimStatus.as_view(), name="desk-claim-status"),
    path("desk/claims/<int:pk>/verdict/", claims_api.ClaimVerdict.as_view(), name="desk-claim-verdict"),
    path(
        "desk/claims/<int:pk>/assignment/", claims_api.ClaimAssignment.as_view(), name="desk-claim-assignment"
    ),
    path("desk/claims/<int:pk>/evidence/", claims_api.ClaimEvidence.as_view(), name="desk-claim-evidence"),
    path("desk/claims/<int:pk>/notes/", claims_api.ClaimNotes.as_view(), name="desk-claim-notes"),
    path(
        "desk/claims/<int:pk>/references/",
        sources_api.ClaimReferences.as_view(),
        name="desk-claim-references",
    ),
    path("desk/reports/", reports_api.DeskReportList.as_view(), name="desk-report-list"),
    path("desk/reports/<slug:slug>/", reports_api.DeskReportDetail.as_view(), name="desk-report-detail"),
    path(
        "desk/reports/<slug:slug>/extraction/",
        reports_api.ReportExtraction.as_view(),
        name="desk-report-extraction",
    ),
    path(
        "desk/references/<int:pk>/capture/",
        sources_api.ReferenceCapture.as_view(),
        name="desk-reference-capture",
    ),
]

app_name = "api"

docs_policy = csp_update({"style-src": [SELF, UNSAFE_INLINE], "worker-src": [SELF, "blob:"]})

urlpatterns = [
    path("v1/", include(v1)),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    # The docs pages keep the site's script policy (Swagger UI's own script is a separate file,
    # ReDoc's start-up script carries the nonce), but their UIs style themselves inline.
    path("docs/", docs_policy(SpectacularSwaggerSplitView.as_view(url_name="api:schema")), name="docs"),
    path("redoc/", docs_policy(SpectacularRedocView.as_view(url_name="api:schema")), name="redoc"),
    re_path(r"^[\s\S]*$", not_found),  # any path, a newline in it too
]
