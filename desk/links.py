"""Links from a figure to the claims behind it: the queue, its CSV, and references in trouble."""

from urllib.parse import urlencode

from django.urls import reverse

from claims.selectors.dashboard import Figure


def queue_url(*param_groups) -> str:
    params = [pair for group in param_groups for pair in group]
    base = reverse("desk:queue")
    return f"{base}?{urlencode(params)}" if params else base


def export_url(*param_groups) -> str:
    params = [pair for group in param_groups for pair in group]
    base = reverse("desk:export_csv")
    return f"{base}?{urlencode(params)}" if params else base


def trouble_url(figure: Figure, scope) -> str:
    return f"{reverse('desk:trouble')}?{urlencode([*scope, *figure.params])}"
