from django.urls import path

from . import dashboard, views

app_name = "reports"

urlpatterns = [
    path("", views.report_list, name="list"),
    path("dashboard/", dashboard.dashboard, name="dashboard"),
    path("dashboard/claims/<int:pk>/", dashboard.review, name="review"),
    path("dashboard/claims/<int:pk>/publish/", dashboard.publish, name="publish"),
    path("dashboard/claims/<int:pk>/send-back/", dashboard.send_back, name="send_back"),
    path("dashboard/claims/<int:pk>/unpublish/", dashboard.unpublish, name="unpublish"),
    path("dashboard/claims/<int:pk>/correct/", dashboard.correct, name="correct"),
    path("<slug:slug>/", views.report_detail, name="detail"),
]
