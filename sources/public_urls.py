"""Readers' read-only view of captures cited by published claims; mounted at /archive/."""

from django.urls import path

from . import views

app_name = "archive"

urlpatterns = [
    path("<int:pk>/", views.public_snapshot, name="snapshot"),
    path("<int:pk>/warc/", views.public_snapshot_warc, name="warc"),
]
