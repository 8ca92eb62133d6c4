"""The title and main text of an archived page, read with trafilatura."""

from dataclasses import dataclass

import trafilatura

HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True)
class Extracted:
    title: str
    text: str
    note: str = ""  # why there is no text, in words


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip('"')
    return None


def extract_text(content: bytes | None, *, content_type: str = "", url: str = "") -> Extracted:
    media_type = content_type.split(";", 1)[0].strip().lower()
    if content is None:
        return Extracted("", "", "The page is compressed in a way we cannot read; download the WARC.")
    if media_type == "text/plain":
        return Extracted("", content.decode(_charset(content_type) or "utf-8", errors="replace").strip())
    if media_type and media_type not in HTML_TYPES:
        return Extracted("", "", f"Not a web page ({media_type}); download the WARC to see it.")
    charset = _charset(content_type)
    html: str | bytes = content
    if charset:
        try:
            html = content.decode(charset, errors="replace")
        except LookupError:
            html = content  # unknown charset label: let trafilatura guess
    document = trafilatura.bare_extraction(
        html, url=url or None, with_metadata=True, include_comments=False, favor_recall=True
    )
    if document is None:
        title = ""
        meta = trafilatura.extract_metadata(html) if html else None
        if meta is not None:
            title = meta.title or ""
        return Extracted(title[:500], "", "No main text could be found on the page.")
    title = (getattr(document, "title", None) or "")[:500]
    text = getattr(document, "text", None) or ""
    return Extracted(title, text, "" if text else "No main text could be found on the page.")
