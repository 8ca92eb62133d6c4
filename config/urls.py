from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from core.views import healthz
from desk.views.handoffs import DeskLoginView

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("admin/", admin.site.urls),
    path("accounts/login/", DeskLoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("desk/", include("desk.urls")),
    path("archive/", include("public.archive_urls")),
    path("api/", include("api.urls")),
    path("", include("public.urls")),
]

# Error pages in the app's own look, with a way back (a 403 says why).
handler400 = "core.views.bad_request"
handler403 = "core.views.forbidden"
handler404 = "core.views.not_found"
handler500 = "core.views.server_error"
