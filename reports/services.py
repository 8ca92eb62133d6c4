"""Writes for reports: importing a news report's text."""

import hashlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import trafilatura
from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils.text import slugify

from core.errors import Refused
from core.validation import clean_date, clean_text, clean_url, column_limit

from .models import Report


class ImportRefused(Refused):
    """The input cannot become a report; the message says why in one line."""


@dataclass(frozen=True)
class ImportResult:
    report: Report
    created: bool


HTML_MARKERS = ("<html", "<!doctype html", "<body", "<article", "<p>", "<div")


def looks_like_html(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    return any(marker in head for marker in HTML_MARKERS)


def decode_report_bytes(data: bytes, *, max_bytes: int | None = None) -> str:
    """Bytes of an uploaded or read file to text, refusing what is not a usable report."""
    max_bytes = max_bytes or settings.REPORT_MAX_BYTES
    if len(data) > max_bytes:
        raise ImportRefused(f"File is {len(data):,} bytes; the limit is {max_bytes:,} bytes.")
    if not data.strip():
        raise ImportRefused("File is empty.")
    if b"\x00" in data:
        raise ImportRefused("File looks binary (it contains NUL bytes); give a UTF-8 text or HTML file.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportRefused(f"File is not valid UTF-8 (byte {exc.start}); re-save it as UTF-8.") from None
    return text


def body_from_text(text: str) -> tuple[str, dict]:
    """The body to store, and metadata found on the way (from HTML: title, author, date)."""
    if not looks_like_html(text):
        body = text.replace("\r\n", "\n").replace("\r", "\n")
        if not body.strip():
            raise ImportRefused("File has no text.")
        return body, {}
    body = trafilatura.extract(text, include_comments=False, include_tables=False, favor_precision=True)
    if not body or not body.strip():
        raise ImportRefused("No article text could be found in the HTML.")
    meta = trafilatura.extract_metadata(text)
    found = {}
    if meta is not None:
        found = {
            "title": meta.title or "",
            "byline": meta.author or "",
            "publisher": meta.sitename or "",
            "url": meta.url or "",
            "published_on": meta.date or "",
        }
    return body, found


def checked_metadata(
    *, title="", publisher="", url="", published_on=None, byline="", third_party: bool = False
) -> dict:
    """The report's metadata measured against its columns (core.validation): a person's input is
    refused with the field's name; what an HTML page says about itself is cleaned and cut to fit."""

    def text(value, field):
        return clean_text(value, field=field, max_length=column_limit(Report, field), third_party=third_party)

    return {
        "title": text(title, "title"),
        "publisher": text(publisher, "publisher"),
        "url": clean_url(url, field="url", max_length=column_limit(Report, "url"), third_party=third_party),
        "published_on": clean_date(published_on, field="published_on", third_party=third_party),
        "byline": text(byline, "byline"),
    }


def unique_slug(title: str, content_hash: str) -> str:
    base = slugify(title)[:80].strip("-") or "report"
    slug = base
    if Report.objects.filter(slug=slug).exists():
        slug = f"{base}-{content_hash[:8]}"
    return slug


def import_report(
    *,
    text: str,
    title: str = "",
    publisher: str = "",
    url: str = "",
    published_on: date | str | None = None,
    byline: str = "",
) -> ImportResult:
    """Store a report exactly as given. The same body twice is a no-op that returns the first.

    What was given is checked first, also when the body turns out to be imported already, so a
    bad date or URL is refused the same way on a re-import.
    """
    if len(text.encode("utf-8")) > settings.REPORT_MAX_BYTES:
        raise ImportRefused(f"Report is over the {settings.REPORT_MAX_BYTES:,}-byte limit.")
    if "\x00" in text:
        raise ImportRefused("Text contains NUL characters; give plain UTF-8 text or HTML.")
    given = checked_metadata(
        title=title, publisher=publisher, url=url, published_on=published_on, byline=byline
    )
    body, found = body_from_text(text)
    content_hash = hashlib.sha256(body.encode("utf-8")).hexdigest()
    existing = Report.objects.filter(content_hash=content_hash).first()
    if existing is not None:
        return ImportResult(existing, created=False)

    page = checked_metadata(**found, third_party=True)
    meta = {name: given[name] or page[name] for name in given}
    meta["title"] = meta["title"] or clean_text(
        first_line(body), field="title", max_length=column_limit(Report, "title"), third_party=True
    )
    try:
        with transaction.atomic():
            report = Report.objects.create(
                **meta, slug=unique_slug(meta["title"], content_hash), body=body, content_hash=content_hash
            )
    except IntegrityError:
        # Someone imported the same text a moment ago: theirs stands.
        return ImportResult(Report.objects.get(content_hash=content_hash), created=False)
    return ImportResult(report, created=True)


def import_report_file(path: Path | str, **meta) -> ImportResult:
    path = Path(path)
    if not path.is_file():
        raise ImportRefused(f"No such file: {path}")
    size = path.stat().st_size
    if size > settings.REPORT_MAX_BYTES:
        raise ImportRefused(f"File is {size:,} bytes; the limit is {settings.REPORT_MAX_BYTES:,} bytes.")
    return import_report(text=decode_report_bytes(path.read_bytes()), **meta)


def first_line(body: str) -> str:
    for line in body.splitlines():
        if line.strip():
            return line.strip()
    return "Untitled report"
