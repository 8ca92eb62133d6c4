"""HTTP caching for pages that are the same for everyone: ETag/Last-Modified and a page cache.

A page's freshness (its ETag and Last-Modified) comes from a cheap query; the rendered page is
kept in the Django cache under a key that contains the ETag, so a change makes a new key and
the old page is simply never read again. Conditional requests get 304.
"""

import hashlib
from dataclasses import dataclass
from datetime import datetime
from functools import wraps

from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.utils.cache import patch_cache_control
from django.views.decorators.http import condition, require_safe

PAGE_CACHE_SECONDS = 600
PAGE_CACHE_PREFIX = "public"
BROWSER_MAX_AGE = 60


@dataclass(frozen=True)
class Freshness:
    """What a cached page depends on: its ETag and Last-Modified."""

    etag: str
    last_modified: datetime | None


def _freshness(request, freshness_of, kwargs):
    if not hasattr(request, "_page_freshness"):
        request._page_freshness = freshness_of(**kwargs)
    return request._page_freshness


def cached_page(freshness_of, name: str):
    """Cache a view's response by its ETag and answer If-None-Match / If-Modified-Since with 304.

    `freshness_of(**url_kwargs)` returns a Freshness, or None when there is nothing there (404).
    """

    def etag(request, **kwargs):
        fresh = _freshness(request, freshness_of, kwargs)
        return fresh.etag if fresh else None

    def last_modified(request, **kwargs):
        fresh = _freshness(request, freshness_of, kwargs)
        return fresh.last_modified if fresh else None

    def decorate(view):
        @wraps(view)
        def cached(request, **kwargs):
            fresh = _freshness(request, freshness_of, kwargs)
            if fresh is None:
                raise Http404("Nothing published here.")
            ident = hashlib.sha256(repr(sorted(kwargs.items())).encode()).hexdigest()[:16]
            key = f"{PAGE_CACHE_PREFIX}:{name}:{ident}:{fresh.etag}"
            hit = cache.get(key)
            if hit is None:
                response = view(request, **kwargs)
                if response.status_code == 200:
                    cache.set(key, (response.content, response["Content-Type"]), PAGE_CACHE_SECONDS)
            else:
                content, content_type = hit
                response = HttpResponse(content, content_type=content_type)
                response["X-Page-Cache"] = "hit"
            patch_cache_control(response, public=True, max_age=BROWSER_MAX_AGE)
            return response

        return require_safe(condition(etag_func=etag, last_modified_func=last_modified)(cached))

    return decorate
