"""Share cards: a 1200×630 PNG per published claim (the claim, the verdict in words and colour, the
site's name), used as og:image and twitter:image. Drawn with Pillow.

Fonts: `SHARE_CARD_FONT` / `SHARE_CARD_FONT_BOLD` when set, else DejaVu Sans or Liberation Sans
where the system has them (Debian's chromium pulls them in), else the font Pillow ships, so a card
is always drawn; the verdict's icon is drawn only with a font known to have it.
"""

import io
from functools import lru_cache
from pathlib import Path

from django.conf import settings
from PIL import Image, ImageDraw, ImageFont

from claims.labels import Label

WIDTH, HEIGHT = 1200, 630
MARGIN = 64
LEADING = 1.25
BAND_TOP = HEIGHT - 200  # the verdict band
INK, MUTED, PAPER, BAND = "#111827", "#4b5563", "#ffffff", "#f3f4f6"

_REGULAR = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
)
_BOLD = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
)


def _font_path(setting: str, candidates: tuple[str, ...]) -> str:
    configured = getattr(settings, setting, "")
    for path in (configured, *candidates):
        if path and Path(path).is_file():
            return path
    return ""


@lru_cache(maxsize=64)
def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    path = _font_path("SHARE_CARD_FONT_BOLD", _BOLD) if bold else _font_path("SHARE_CARD_FONT", _REGULAR)
    if path:
        return ImageFont.truetype(path, size)
    return ImageFont.load_default(size)


def _has_symbols() -> bool:
    return "DejaVu" in _font_path("SHARE_CARD_FONT_BOLD", _BOLD)


def _wrap(text: str, font, width: int) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if font.getlength(trial) <= width or not line:
            line = trial
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return lines


def _fit(text: str, width: int, height: int) -> tuple[ImageFont.FreeTypeFont, list[str], int]:
    """The largest size at which the text fits; past the smallest, the last line ends in an ellipsis."""
    for size in (64, 56, 50, 44, 40, 36):
        font = _font(size)
        lines = _wrap(text, font, width)
        max_lines = max(1, int(height // (size * LEADING)))
        if len(lines) <= max_lines:
            return font, lines, size
    lines = lines[:max_lines]
    while lines[-1] and font.getlength(lines[-1] + "…") > width:
        lines[-1] = lines[-1].rsplit(" ", 1)[0] if " " in lines[-1] else lines[-1][:-1]
    lines[-1] += "…"
    return font, lines, size


def _header(draw: ImageDraw.ImageDraw, site_name: str) -> None:
    draw.text((MARGIN, 48), site_name, font=_font(34, bold=True), fill=INK)
    kicker = "FACT CHECK"
    kicker_font = _font(26, bold=True)
    draw.text((WIDTH - MARGIN - kicker_font.getlength(kicker), 54), kicker, font=kicker_font, fill=MUTED)


def _verdict_band(draw: ImageDraw.ImageDraw, verdict: Label) -> None:
    top = BAND_TOP
    draw.rectangle((0, top, WIDTH, HEIGHT), fill=verdict.colour or INK)
    word_font = _font(76, bold=True)
    x = MARGIN
    if _has_symbols() and verdict.icon:
        draw.text((x, top + 24), verdict.icon, font=word_font, fill=PAPER)
        x += int(word_font.getlength(verdict.icon)) + 28
    draw.text((x, top + 24), verdict.word, font=word_font, fill=PAPER)
    y = top + 120
    for line in _wrap(verdict.meaning, _font(26), WIDTH - 2 * MARGIN)[:2]:
        draw.text((MARGIN, y), line, font=_font(26), fill=PAPER)
        y += 32


def render_card(*, text: str, verdict: Label, site_name: str) -> bytes:
    """A PNG share card for one claim."""
    image = Image.new("RGB", (WIDTH, HEIGHT), PAPER)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, WIDTH, 130), fill=BAND)
    _header(draw, site_name)
    y = 156
    font, lines, size = _fit(f"“{' '.join(text.split())}”", WIDTH - 2 * MARGIN, BAND_TOP - y - 16)
    for line in lines:
        draw.text((MARGIN, y), line, font=font, fill=INK)
        y += int(size * LEADING)
    _verdict_band(draw, verdict)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def render_site_card(*, site_name: str, tagline: str) -> bytes:
    """The card for pages that are not one claim (home, report, methodology, corrections)."""
    image = Image.new("RGB", (WIDTH, HEIGHT), INK)
    draw = ImageDraw.Draw(image)
    draw.text((MARGIN, 200), site_name, font=_font(96, bold=True), fill=PAPER)
    y = 340
    for line in _wrap(tagline, _font(40), WIDTH - 2 * MARGIN)[:3]:
        draw.text((MARGIN, y), line, font=_font(40), fill="#e5e7eb")
        y += 54
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
