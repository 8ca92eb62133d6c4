"""What every page may name without touching the request's user or session: the site itself."""

from django.conf import settings


def site(request) -> dict:
    return {"site_name": settings.SITE_NAME}
