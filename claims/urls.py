from django.urls import path

from reports.dashboard import export_csv

from . import views

app_name = "claims"

urlpatterns = [
    path("queue/", views.queue, name="queue"),
    path("export.csv", export_csv, name="export_csv"),  # the claims behind any queue or dashboard view
    path("queue/bulk/", views.queue_bulk, name="bulk"),
    path("claims/<int:pk>/", views.desk, name="desk"),
    path("claims/<int:pk>/text/", views.edit_text, name="edit_text"),
    path("claims/<int:pk>/status/", views.change_status, name="status"),
    path("claims/<int:pk>/verdict/", views.set_verdict, name="verdict"),
    path("claims/<int:pk>/assign/", views.assign, name="assign"),
    path("claims/<int:pk>/notes/", views.add_note, name="add_note"),
    path("claims/<int:pk>/attributions/", views.add_attribution, name="add_attribution"),
    path(
        "claims/<int:pk>/attributions/<int:attribution_pk>/",
        views.change_attribution,
        name="change_attribution",
    ),
    path(
        "claims/<int:pk>/attributions/<int:attribution_pk>/remove/",
        views.remove_attribution,
        name="remove_attribution",
    ),
    path("claims/<int:pk>/sources/merge/", views.merge_sources, name="merge_sources"),
    path("claims/<int:pk>/relations/", views.add_relation, name="add_relation"),
    path(
        "claims/<int:pk>/relations/<int:relation_pk>/remove/", views.remove_relation, name="remove_relation"
    ),
    path("claims/<int:pk>/references/", views.add_reference, name="add_reference"),
    path(
        "claims/<int:pk>/references/<int:reference_pk>/archive/",
        views.archive_reference,
        name="archive_reference",
    ),
]
