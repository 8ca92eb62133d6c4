"""The title and main text of an archived document: HTML with trafilatura, PDF with pypdf, plain text.

Whatever a page holds, this never raises: a charset nobody knows is read leniently, markup
the parser chokes on leaves a note instead of text, and NUL characters (which no text column
takes) are dropped. The WARC keeps the bytes exactly as they came.
"""

import codecs
import io
import logging
from dataclasses import dataclass

import trafilatura
from pypdf import PdfReader
from pypdf.errors import PyPdfError
from trafilatura.metadata import extract_title
from trafilatura.utils import load_html

log = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml")
PDF_TYPES = ("application/pdf", "application/x-pdf")
TEXT_TYPES = ("text/plain",)
# A PDF's text is read from at most this many pages: enough for any filing we cite, and a
# bound on the time a hostile document can take.
PDF_MAX_PAGES = 500


@dataclass(frozen=True)
class Extracted:
    title: str
    text: str
    note: str = ""  # why there is no text (or not all of it), in words


def without_nul(value: str) -> str:
    return value.replace("\x00", "")


def charset_of(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("'\"")
    return None


def known_charset(label: str | None) -> str | None:
    """The codec for a charset label, or None when Python does not know it."""
    if not label:
        return None
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode_leniently(content: bytes, content_type: str) -> tuple[str, str]:
    """The text, and a note when the declared charset was unknown (read as UTF-8 instead)."""
    label = charset_of(content_type)
    codec = known_charset(label)
    note = (
        "" if codec or not label else f"The page declares an unknown charset ({label[:40]!r}); read as UTF-8."
    )
    return content.decode(codec or "utf-8", errors="replace"), note


def extract_text(content: bytes | None, *, content_type: str = "", url: str = "") -> Extracted:
    media_type = content_type.split(";", 1)[0].strip().lower()
    if content is None:
        return Extracted("", "", "The page is compressed in a way we cannot read; download the WARC.")
    try:
        extracted = _extract(content, media_type=media_type, content_type=content_type, url=url)
    except Exception as exc:  # a parser's bug or a hostile document: the capture stands without text
        log.warning("Text extraction failed for %s: %r", url, exc)
        extracted = Extracted("", "", f"The text could not be read out of this {media_type or 'page'}.")
    return Extracted(without_nul(extracted.title)[:500], without_nul(extracted.text), extracted.note)


def _extract(content: bytes, *, media_type: str, content_type: str, url: str) -> Extracted:
    if media_type in TEXT_TYPES:
        text, note = decode_leniently(content, content_type)
        return Extracted("", text.strip(), note)
    if media_type in PDF_TYPES:
        return _pdf(content)
    if media_type and media_type not in HTML_TYPES:
        kind = "An image" if media_type.startswith("image/") else "Not a web page"
        return Extracted("", "", f"{kind} ({media_type[:100]}): kept with its metadata; download the WARC.")
    return _html(content, content_type=content_type, url=url)


def _html(content: bytes, *, content_type: str, url: str) -> Extracted:
    html: str | bytes = content
    note = ""
    if known_charset(charset_of(content_type)):
        html, note = decode_leniently(content, content_type)
        # lxml refuses a str that still carries an XML encoding declaration; let it read the bytes.
        if html.lstrip().startswith("<?xml"):
            html = content
    tree = load_html(html)
    if tree is None:
        return Extracted("", "", "No main text could be found on the page.")
    # The title alone, read before extraction prunes the tree: trafilatura's full metadata pass
    # (dates, authors) would triple the time a capture takes, for fields we do not keep.
    title = extract_title(tree) or ""
    document = trafilatura.bare_extraction(
        tree, url=url or None, with_metadata=False, include_comments=False, favor_recall=True
    )
    text = (getattr(document, "text", None) or "") if document is not None else ""
    return Extracted(title, text, note if text else "No main text could be found on the page.")


def _pdf(content: bytes) -> Extracted:
    try:
        reader = PdfReader(io.BytesIO(content))
        if reader.is_encrypted and not reader.decrypt(""):
            return Extracted("", "", "The PDF is encrypted; download the WARC.")
        pages = reader.pages
        text = "\n\n".join((page.extract_text() or "").strip() for page in pages[:PDF_MAX_PAGES])
        title = str((reader.metadata or {}).get("/Title") or "")
    except (PyPdfError, ValueError, KeyError, TypeError) as exc:
        return Extracted("", "", f"The PDF could not be read ({type(exc).__name__}); download the WARC.")
    note = f"Text of the first {PDF_MAX_PAGES} pages only." if len(pages) > PDF_MAX_PAGES else ""
    text = text.strip()
    return Extracted(title, text, note or ("" if text else "The PDF has no text layer (a scan?)."))
