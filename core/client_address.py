"""The client's address, as the proxies we trust report it: one rule for the sign-in lock-out and
the API throttle.

Behind N trusted proxies (settings.TRUSTED_PROXY_COUNT) that each append the address they
received from to X-Forwarded-For, the client is the N-th entry from the right: anything further
left was written by the client and is not believed. With 0 (the default) only the connecting
address counts, so a forged header changes nothing. A header shorter than N (a request that
reached the app without passing every proxy) also falls back to the connecting address.
"""

import ipaddress

from django.conf import settings


def _address(text: str) -> str | None:
    try:
        return str(ipaddress.ip_address(text.strip().strip("[]")))
    except ValueError:
        return None


def client_address(request) -> str:
    remote = request.META.get("REMOTE_ADDR", "") or ""
    count = settings.TRUSTED_PROXY_COUNT
    if count <= 0:
        return remote
    hops = [hop for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if hop.strip()]
    if len(hops) < count:
        return remote
    return _address(hops[-count]) or remote
