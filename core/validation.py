"""The one validation layer for data coming in: the command line, the API, desk forms, the admin
and metadata read out of someone else's HTML.

Two kinds of source, two answers:
- **A person's input** (a typed field, a command-line option, an API body) is refused with the
  field's name and why: too long for its column, a NUL byte, a URL that is not a web address,
  a date that is not a date. `Refused(message, field=...)` reaches every surface as 422 (or the
  form error beside the field, or one line and a non-zero exit).
- **Third-party metadata** (og:site_name, an HTML page's title, author and date) is a hint, not
  something anyone can correct: it is cleaned, cut to its column and dropped when unusable.

Text loses C0/C1 control characters (tab and newline stay where a field is multi-line), so
nothing invisible is stored and shown; a NUL in a person's input is refused outright, as it
never belongs in text and PostgreSQL cannot store it.
"""

import re
import unicodedata
from datetime import date, timedelta

from django import forms
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.utils import timezone

from .errors import Refused

# Control characters other than tab, line feed and carriage return (C0, DEL and C1).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_CONTROL_SINGLE_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_web_url = URLValidator(schemes=["http", "https"])

# A report's or document's date: none before the modern press, none in the future (a day of
# slack for time zones).
EARLIEST_DATE = date(1800, 1, 1)


def _label(field: str) -> str:
    return field.replace("_", " ").capitalize()


def strip_controls(value: str, *, multiline: bool = False) -> str:
    pattern = _CONTROL if multiline else _CONTROL_SINGLE_LINE
    return pattern.sub("" if multiline else " ", value)


def clean_text(
    value,
    *,
    field: str,
    max_length: int | None,
    multiline: bool = False,
    third_party: bool = False,
) -> str:
    """Text for a column of `max_length` characters (None: unbounded), in NFC.

    A person's text over the limit, or with a NUL in it, is refused naming `field`; third-party
    text is cleaned and cut to fit instead.
    """
    if value is None:
        return ""
    if not isinstance(value, str):
        raise Refused(f"{_label(field)} must be text.", field=field)
    if "\x00" in value and not third_party:
        raise Refused(f"{_label(field)} contains a NUL character.", field=field)
    text = unicodedata.normalize("NFC", strip_controls(value, multiline=multiline))
    text = text.strip() if multiline else " ".join(text.split())
    if max_length is not None and len(text) > max_length:
        if not third_party:
            raise Refused(
                f"{_label(field)} is {len(text):,} characters; at most {max_length:,} fit.", field=field
            )
        text = text[: max_length - 1].rstrip() + "…"
    return text


def is_web_url(value) -> bool:
    """A well-formed http(s) URL: the only kind stored, shown as a link or fetched."""
    if not isinstance(value, str) or not value or _CONTROL_SINGLE_LINE.search(value) or " " in value:
        return False
    try:
        _web_url(value)
    except ValidationError:
        return False
    return True


def clean_url(value, *, field: str, max_length: int | None, third_party: bool = False) -> str:
    """An http(s) URL, or "" for none. Anything else from a person is refused naming `field`;
    from third-party metadata it is dropped."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise Refused(f"{_label(field)} must be text.", field=field)
    url = strip_controls(value).strip() if third_party else value.strip()
    if not url:
        return ""
    too_long = max_length is not None and len(url) > max_length
    if too_long or not is_web_url(url):
        if third_party:
            return ""
        if too_long:
            raise Refused(f"{_label(field)} is at most {max_length:,} characters.", field=field)
        shown = strip_controls(url)[:100]
        raise Refused(f"{_label(field)}: {shown!r} is not a web address (http:// or https://).", field=field)
    return url


def clean_date(value, *, field: str, third_party: bool = False) -> date | None:
    """A calendar date (a `date` or YYYY-MM-DD) from EARLIEST_DATE to tomorrow, or None.

    A person's impossible date is refused naming `field`; a third-party one is dropped.
    """
    if value in (None, ""):
        return None
    found = None
    if isinstance(value, date):
        found = value
    elif isinstance(value, str) and "\x00" not in value:
        text = value.strip()
        try:
            found = date.fromisoformat(text[:10] if third_party else text)
        except ValueError:
            found = None
    latest = timezone.localdate() + timedelta(days=1)
    if found is not None and EARLIEST_DATE <= found <= latest:
        return found
    if third_party:
        return None
    if found is None:
        shown = strip_controls(str(value))[:40]
        raise Refused(f"{_label(field)}: {shown!r} is not a date (use YYYY-MM-DD).", field=field)
    span = f"{EARLIEST_DATE.isoformat()} to {latest.isoformat()}"
    raise Refused(f"{_label(field)}: {found.isoformat()} is outside {span}.", field=field)


def column_limit(model, field: str) -> int | None:
    return model._meta.get_field(field).max_length


def check_model_field(model_field, value):
    """One model field's value through this layer, by the field's type (for forms over models)."""
    name = model_field.name
    if isinstance(model_field, models.URLField):
        return clean_url(value, field=name, max_length=model_field.max_length)
    if isinstance(model_field, models.DateField) and not isinstance(model_field, models.DateTimeField):
        return clean_date(value, field=name)
    if isinstance(model_field, models.CharField | models.TextField) and not model_field.choices:
        multiline = isinstance(model_field, models.TextField)
        return clean_text(value, field=name, max_length=model_field.max_length, multiline=multiline)
    return value


class CheckedModelForm(forms.ModelForm):
    """A ModelForm (the admin's) whose text, URL and date fields go through this layer, so the
    admin refuses what the desk, the API and the command line refuse, beside the field."""

    def clean(self):
        data = super().clean()
        for name, value in list(data.items()):
            try:
                model_field = self._meta.model._meta.get_field(name)
            except FieldDoesNotExist:
                continue
            try:
                data[name] = check_model_field(model_field, value)
            except Refused as exc:
                self.add_error(name, exc.message)
        return data
