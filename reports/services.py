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
    """Store a report exactly as given. The same body twice is a no-op that returns the first."""
    if len(text.encode("utf-8")) > settings.REPORT_MAX_BYTES:
        raise ImportRefused(f"Report is over the {settings.REPORT_MAX_BYTES:,}-byte limit.")
    if "\x00" in text:
        raise ImportRefused("Text contains NUL characters; give plain UTF-8 text or HTML.")
    body, found = body_from_text(text)
    content_hash = hashlib.sha256(body.encode("utf-8")).hexdigest()
    existing = Report.objects.filter(content_hash=content_hash).first()
    if existing is not None:
        return ImportResult(existing, created=False)

    title = (title or found.get("title") or first_line(body))[:500]
    if isinstance(published_on, str):
        published_on = parse_date(published_on)
    try:
        with transaction.atomic():
            report = Report.objects.create(
                title=title,
                slug=unique_slug(title, content_hash),
                publisher=publisher or found.get("publisher", ""),
                url=url or found.get("url", ""),
                published_on=published_on or parse_date(found.get("published_on", ""), strict=False),
                byline=byline or found.get("byline", ""),
                body=body,
                content_hash=content_hash,
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


def parse_date(value: str, *, strict: bool = True) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        if not strict:  # a date guessed from HTML metadata is a hint, not the user's input
            return None
        raise ImportRefused(f"Publication date {value!r} is not a date (use YYYY-MM-DD).") from None
