"""Readers' read-only view of captures cited by published claims; mounted at /archive/."""

from django.urls import path

from . import archive

app_name = "archive"

urlpatterns = [
    path("<int:pk>/", archive.snapshot, name="snapshot"),
    path("<int:pk>/warc/", archive.snapshot_warc, name="warc"),
]
