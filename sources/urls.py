from django.urls import path

from . import views

app_name = "sources"

urlpatterns = [
    path("trouble/", views.trouble, name="trouble"),
    path("references/<int:pk>/", views.reference_detail, name="reference"),
    path("references/<int:pk>/state/", views.reference_state, name="reference_state"),
    path("references/<int:pk>/capture/", views.reference_capture, name="capture"),
    path("references/<int:pk>/url/", views.reference_url, name="url"),
    path("snapshots/<int:pk>/", views.snapshot_detail, name="snapshot"),
    path("snapshots/<int:pk>/warc/", views.snapshot_warc, name="warc"),
    path("snapshots/<int:pk>/page/", views.snapshot_render, name="render"),
]
