"""`{{ url|web_url }}`: the URL if it is a well-formed http(s) address, else "".

Links to other sites are rendered only through this filter, so a value stored before the
validation layer existed (a `javascript:` URL imported from the command line) is never a link.
"""

from django import template

from core.validation import is_web_url

register = template.Library()


@register.filter
def web_url(value) -> str:
    return value if is_web_url(value) else ""
