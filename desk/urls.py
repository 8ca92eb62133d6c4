"""The newsroom's desk, mounted at /desk/: the queue, claims, reports, dashboard and sources."""

from django.urls import path

from .views import (
    byline,
    claim,
    claim_sources,
    dashboard,
    export,
    handoffs,
    passages,
    queue,
    reports,
    signoff,
    sources,
)

app_name = "desk"

claim_actions = [
    ("text/", claim.edit_text, "edit_text"),
    ("status/", claim.change_status, "status"),
    ("verdict/", claim.set_verdict, "verdict"),
    ("assign/", claim.assign, "assign"),
    ("notes/", claim.add_note, "add_note"),
    ("evidence/", claim.add_evidence, "add_evidence"),
    ("attributions/", claim_sources.add_attribution, "add_attribution"),
    ("sources/merge/", claim_sources.merge_sources, "merge_sources"),
    ("relations/", claim_sources.add_relation, "add_relation"),
    ("references/", claim_sources.add_reference, "add_reference"),
]

urlpatterns = [
    path("", handoffs.home, name="home"),  # where sign-in lands: editors the dashboard, others the queue
    path("inbox/", handoffs.inbox, name="inbox"),
    path("nav/signoff-count/", handoffs.signoff_count, name="signoff_count"),
    path("nav/inbox-count/", handoffs.inbox_count, name="inbox_count"),
    path("queue/", queue.queue, name="queue"),
    path("byline/", byline.byline, name="byline"),
    path("queue/bulk/", queue.queue_bulk, name="bulk"),
    path("export.csv", export.export_csv, name="export_csv"),  # the claims behind any queue or dashboard view
    path("claims/<int:pk>/", claim.desk, name="claim"),
    *[path(f"claims/<int:pk>/{suffix}", view, name=name) for suffix, view, name in claim_actions],
    path(
        "claims/<int:pk>/attributions/<int:attribution_pk>/",
        claim_sources.change_attribution,
        name="change_attribution",
    ),
    path(
        "claims/<int:pk>/attributions/<int:attribution_pk>/remove/",
        claim_sources.remove_attribution,
        name="remove_attribution",
    ),
    # What the references say, and confirming or rejecting an attribution with it (issue 17)
    path("claims/<int:pk>/passages/", passages.passages, name="passages"),
    path(
        "claims/<int:pk>/attributions/<int:attribution_pk>/confirm/",
        passages.confirm,
        name="confirm_attribution",
    ),
    path(
        "claims/<int:pk>/attributions/<int:attribution_pk>/misattributed/",
        passages.misattribute,
        name="misattribute",
    ),
    path(
        "claims/<int:pk>/relations/<int:relation_pk>/remove/",
        claim_sources.remove_relation,
        name="remove_relation",
    ),
    path(
        "claims/<int:pk>/relations/<int:relation_pk>/confirm/",
        claim_sources.review_relation,
        name="review_relation",
    ),
    path(
        "claims/<int:pk>/references/<int:reference_pk>/url/",
        claim_sources.reference_url,
        name="claim_reference_url",
    ),
    path(
        "claims/<int:pk>/references/<int:reference_pk>/archive/",
        claim_sources.archive_reference,
        name="archive_reference",
    ),
    # Reports, the dashboard and the editor's sign-off
    path("reports/", reports.report_list, name="reports"),
    path("reports/dashboard/", dashboard.dashboard, name="dashboard"),
    path("reports/dashboard/claims/<int:pk>/", signoff.review, name="review"),
    path("reports/dashboard/claims/<int:pk>/publish/", signoff.publish, name="publish"),
    path("reports/dashboard/claims/<int:pk>/send-back/", signoff.send_back, name="send_back"),
    path("reports/dashboard/claims/<int:pk>/unpublish/", signoff.unpublish, name="unpublish"),
    path("reports/dashboard/claims/<int:pk>/correct/", signoff.correct, name="correct"),
    path("reports/<slug:slug>/", reports.report_detail, name="report"),
    path("reports/<slug:slug>/extract/", reports.extract, name="report_extract"),
    path("reports/<slug:slug>/extraction/", reports.extraction, name="report_extraction"),
    # People and bodies; references and their archived captures
    path("sources/", sources.source_list, name="sources"),
    path("sources/<int:pk>/", sources.source_detail, name="source"),
    path("sources/references/", sources.reference_list, name="references"),
    path("sources/trouble/", sources.trouble, name="trouble"),
    path("sources/references/<int:pk>/", sources.reference_detail, name="reference"),
    path("sources/references/<int:pk>/state/", sources.reference_state, name="reference_state"),
    path("sources/references/<int:pk>/capture/", sources.reference_capture, name="capture"),
    path("sources/references/<int:pk>/url/", sources.reference_url, name="reference_url"),
    path("sources/snapshots/<int:pk>/", sources.snapshot_detail, name="snapshot"),
    path("sources/snapshots/<int:pk>/warc/", sources.snapshot_warc, name="warc"),
    path("sources/snapshots/<int:pk>/page/", sources.snapshot_render, name="render"),
]
