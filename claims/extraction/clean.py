"""Stage 1, clean: find page furniture so no claim is ever built from it.

Works on lines of the raw text (furniture is a layout phenomenon, not a grammatical one) and
returns (start, end) offsets into the original text; `content_blocks` returns the paragraphs left.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .dashes import plain_speech_tags
from .datelines import DATELINE, TIGHT_DATELINE
from .furniture import (
    AGENCY_CREDIT,
    BULLET,
    CREDIT,
    EDITORS_NOTE,
    END_MATTER,
    HANDLE_LINE,
    HEADLINE_LABEL,
    JOB_LINE,
    LIST_ITEM_MAX_WORDS,
    QA_LABEL,
    SECTION_LABEL,
    TOPIC_LIST_OPENERS,
    comments_open,
    is_furniture_line,
    is_kicker,
    is_name_line,
    is_sentence,
    is_site_note,
    lines_of,
    speaker_headings,
    trim_span,
)
from .markup import blank_link_residue
from .single_quotes import as_double_quotes
from .stamps import post_signature, stamp_label
from .turns import split_turns
from .types import Block
from .wrapping import as_one_line, wrapped_runs

# A line of at least this many words ending a sentence is the story itself: above the first one
# is the top of the page (section labels, author names), where short capitalised lines are labels.
BODY_LINE_WORDS = 12
# A line repeated at the start of a furniture line is a caption printed twice when it is this long.
CAPTION_MIN_WORDS = 4
# A credit line standing alone ("Heatmap Illustration/Getty Images") is this short; a caption over
# one at most this long.
CREDIT_MAX_WORDS = 8
CAPTION_MAX_WORDS = 25
PICTURE_BY = re.compile(r"^(illustration|photo|photograph|image|picture)s? by\b", re.IGNORECASE)
# A subhead in capitals run into the paragraph under it when the page lost its line break: "NEED FOR
# CARE On one hand, ...". Three or more words in capitals, then a word in ordinary capitalisation.
FUSED_SUBHEAD = re.compile(r"^(?:[A-Z][A-Z’'-]+\s+){2,}[A-Z][A-Z’'-]+\s+(?=[A-Z][a-z])")


@dataclass
class _Page:
    """Where the reading is on the page, line by line."""

    furniture: list[tuple[int, int]] = field(default_factory=list)
    # list labels met ("Related"), and short lines met since the last one, in case the end
    # matter follows them: a teaser sentence between "Related" and "Most read" is a link too
    since_list: list[tuple[int, int]] = field(default_factory=list)
    seen: set[str] = field(default_factory=set)
    in_list: bool = False  # after "Related", "Topics": items follow
    end_matter: bool = False  # after "Most read", a copyright line: nothing more is story
    comments: bool = False  # after a "Comments" heading below the story: no line is story
    in_body: bool = False  # the first body paragraph has been met
    listing: bool = False  # only short lines since the last list label
    teaser_title: bool = False  # the last line was a linked story's title in a list
    first: bool = True
    previous: tuple[int, int] | None = None  # the last non-empty line
    top: int = -1  # where the first line (the headline) starts


def _list_item(bare: str, *, is_bullet: bool, end_matter: bool) -> bool:
    """An item of a list of links or topics: a bullet, or a short line that is no sentence; in the
    page's end matter, any short line."""
    words = len(bare.split())
    return is_bullet or (words <= LIST_ITEM_MAX_WORDS and (end_matter or not is_sentence(bare)))


# How a teaser for another story is cut off: "Lapses by police in the stabbing case delayed …".
TEASER_CUT = ("…", "...")


def _teasers(page: _Page, text: str, bare: str) -> bool:
    """Two lines running that are cut off with an ellipsis are teasers for other stories; the line
    before is one too, and short lines that are no sentences after them are items of that list."""
    previous = text[page.previous[0] : page.previous[1]].strip() if page.previous else ""
    if not bare.endswith(TEASER_CUT) or not previous.endswith(TEASER_CUT) or is_sentence(bare):
        return False
    if page.previous not in page.furniture:
        page.furniture.append(page.previous)
    page.in_list = True
    return True


def _an_item_of_a_list(page: _Page, bare: str, *, is_bullet: bool) -> bool:
    """In a list of topics or links, and in the page's end matter, short lines are its items; so is
    a linked story's one-sentence summary under its title ("Read Also / Europe holds promise for
    lentils / Pulse Canada is trying to ..."), after which the story goes on."""
    if (page.in_list or page.end_matter) and _list_item(
        bare, is_bullet=is_bullet, end_matter=page.end_matter
    ):
        page.teaser_title = not is_sentence(bare)
        return True
    summary = page.in_list and page.teaser_title and _one_short_sentence(bare)
    page.in_list = page.teaser_title = False
    return summary


# A linked story's summary under its title in a list of links is one sentence of at most this many words.
TEASER_SUMMARY_WORDS = 30


def _one_short_sentence(bare: str) -> bool:
    ends = len(re.findall(r"[.!?](?:\s|$)", bare))
    return is_sentence(bare) and ends == 1 and len(bare.split()) <= TEASER_SUMMARY_WORDS


def _byline_above(page: _Page, text: str, bare: str, is_headline: bool) -> None:
    """ "Alys Pennant" over "Political correspondent, BBC News" or "@alys_p": the name is byline too."""
    under_name = HANDLE_LINE.match(bare) or (
        not is_headline and not is_sentence(bare) and JOB_LINE.match(bare)
    )
    if under_name and page.previous is not None and is_name_line(text[page.previous[0] : page.previous[1]]):
        if page.previous not in page.furniture:
            page.furniture.append(page.previous)


def _caption_above(page: _Page, text: str, line: str) -> None:
    """ "Fans outside the ground" over "Fans outside the ground (Getty Images)": a caption printed
    once bare and once with its credit is furniture both times."""
    if page.previous is None or page.previous in page.furniture:
        return
    above = text[page.previous[0] : page.previous[1]]
    if page.previous[0] == page.top and not is_sentence(above):
        return  # the headline over a picture's credit
    if len(above.split()) >= CAPTION_MIN_WORDS and line.startswith(above) and len(line) > len(above):
        page.furniture.append(page.previous)
    elif len(line.split()) <= CREDIT_MAX_WORDS and _caption_of_a_credit(
        above, line, top=page.previous[0] == page.top
    ):
        # "Hydrogen and a power cord." over "Heatmap Illustration/Getty Images": a picture's caption
        page.furniture.append(page.previous)


def _caption_of_a_credit(above: str, line: str, *, top: bool) -> bool:
    """A short line over a credit line standing alone: the caption of the picture credited ("Illustration
    by Ana Ruiz" credits a picture only at the page's top; below the story, its graphics)."""
    by = PICTURE_BY.match(line)
    credit = bool(top if by else AGENCY_CREDIT.search(line) or CREDIT.search(line))
    short = len(above.split()) <= CAPTION_MAX_WORDS and not above.rstrip().endswith(":")
    return credit and short and not above.lstrip().startswith(("“", '"'))


def _opening_label(page: _Page, line: str, bare: str, is_headline: bool):
    """A dateline, an editor's note, an interview's Q:/A: or a section label opening the line."""
    return (
        DATELINE.match(line)
        or (TIGHT_DATELINE.match(line) if page.previous is None or page.previous[0] == page.top else None)
        or EDITORS_NOTE.match(line)
        or QA_LABEL.match(line)
        or SECTION_LABEL.match(line)
        or (HEADLINE_LABEL.match(line) if is_headline else None)
        or (FUSED_SUBHEAD.match(line) if page.in_body and is_sentence(bare) else None)
    )


def _not_in_latin_script(bare: str) -> bool:
    """ "শুক্রবার, ২৬ আগস্ট, ২০১১": a line in another script (a date the site prints in its own
    language) is no sentence of an English report."""
    return bool(re.search(r"[^\W\d_]", bare)) and not re.search(r"[A-Za-zÀ-ɏ]", bare)


def _read_line(page: _Page, text: str, start: int, end: int) -> None:
    line = text[start:end]
    bare = BULLET.sub("", line).strip()
    is_bullet = bool(BULLET.match(line))
    key = " ".join(line.lower().split())
    is_headline, page.first = page.first, False
    page.top = start if is_headline else page.top
    # a comment counter in the story's top ("Comments (12)") comes before the body and has a number
    page.comments = page.comments or (page.in_body and comments_open(text, end, bare))
    if page.comments:
        page.furniture.append((start, end))
        return
    if TOPIC_LIST_OPENERS.match(bare) or END_MATTER.match(bare):
        if END_MATTER.match(bare) and not page.end_matter:
            page.furniture += [s for s in page.since_list if s not in page.furniture]
        page.in_list = True
        page.end_matter = page.end_matter or bool(END_MATTER.match(bare))
        page.furniture.append((start, end))
        page.since_list = []
        page.listing = True
        return
    if page.listing and len(bare.split()) <= LIST_ITEM_MAX_WORDS:
        page.since_list.append((start, end))
    else:
        page.listing, page.since_list = False, []
    if _teasers(page, text, bare):
        page.furniture.append((start, end))
        return
    if _an_item_of_a_list(page, bare, is_bullet=is_bullet):
        page.furniture.append((start, end))
        return
    _byline_above(page, text, bare, is_headline)
    top_label = not page.in_body and is_kicker(bare, first=is_headline)
    if (
        is_furniture_line(line, bare, is_bullet=is_bullet, is_headline=is_headline)
        or top_label
        or key in page.seen
        or _not_in_latin_script(bare)
    ):
        # the same block printed twice (headline over the picture and again over the text) too
        page.furniture.append((start, end))
        _caption_above(page, text, line)
    else:
        # a wire dateline, an interview's Q:/A: or a section label in front of the text is furniture
        label = _opening_label(page, line, bare, is_headline)
        stamp = stamp_label(line)  # (the longer: "5:43 PM PT (Dana Reyes): ..." is a stamp, not "5:43")
        if label and label.end() >= stamp:
            page.furniture.append((start, start + label.end()))
        elif stamp:
            # "date 2019-01-15 PEORIA (3TV/CBS 5) -- Police ...": a dateline after the stamp too
            dateline = DATELINE.match(line[stamp:])
            # ("date 2024-11-06 Here is an interactive map of ...": the page's note after the stamp)
            cut = stamp + (dateline.end() if dateline else 0)
            cut = end - start if is_site_note(line[stamp:].strip()) else cut
            page.furniture.append((start, start + cut))
        if (signed := post_signature(line)) >= 0:
            page.furniture.append((start + signed, end))
        page.in_body = page.in_body or (is_sentence(bare) and len(bare.split()) >= BODY_LINE_WORDS)
    page.seen.add(key)
    page.previous = (start, end)


def find_furniture(text: str) -> tuple[tuple[int, int], ...]:
    """Offsets of furniture lines: captions, credits, stamps, widgets, topic lists, repeated blocks."""
    page = _Page()
    lines = []
    for raw_start, raw_end in lines_of(text):
        start, end = trim_span(text, raw_start, raw_end)
        if start != end:
            _read_line(page, text, start, end)
            lines.append((start, end))
    for line, after in zip(lines, lines[1:], strict=False):
        if after in page.furniture and line not in page.furniture:
            if _cut_short(text[slice(*line)], text[slice(*after)]):
                page.furniture.append(line)
    page.furniture += _broken_credits(text, lines)
    page.furniture += _links_above_title(text, lines, set(page.furniture))
    page.furniture += _colon_dateline(text, lines, set(page.furniture))
    return tuple(sorted(set(page.furniture) - speaker_headings(text, lines)))


# Lines above the story's title that make it a page top of links: at least this many, none longer
# than a teaser runs; the title is printed twice within the page's first lines.
LINKS_ABOVE_TITLE = 3
TEASER_MAX_WORDS = 40
TOP_LINES = 30


def _links_above_title(text: str, lines: list[tuple[int, int]], furniture: set) -> list[tuple[int, int]]:
    """A page that opens with other stories' headlines: the story's title, a line that is no
    sentence printed twice near the top (over the page and over the story), has three or more
    lines above it, none a bullet or a list's opener: they are links to other pages."""
    top = [text[s:e] for s, e in lines[:TOP_LINES]]
    title = next(
        (
            k
            for k, line in enumerate(top)
            # (a credit printed under every entry, "Source: Al Jazeera", is no title)
            if not is_sentence(line)
            and len(line.split()) >= 3
            and line in top[k + 1 :]
            and lines[k] not in furniture
        ),
        None,
    )
    if title is None:
        return []
    above = [(s, e) for s, e in lines[:title] if (s, e) not in furniture]
    # (nor a story's paragraphs over a "most viewed" list that prints a headline twice)
    if sum(text[s:e].endswith(".") and len(text[s:e].split()) >= BODY_LINE_WORDS for s, e in above) > 1:
        return []
    if len(above) < LINKS_ABOVE_TITLE or any(
        BULLET.match(text[s:e]) or text[s:e].endswith(":") or len(text[s:e].split()) > TEASER_MAX_WORDS
        for s, e in above
    ):
        return []
    return above


# A place in capitals and a colon opening the story: "KOTA KINABALU: A politician has denied ...".
COLON_DATELINE = re.compile(r"^([A-Z][A-Z.’'-]+(?: [A-Z][A-Z.’'-]+){0,2}):\s+(?=[A-Z])")
DATELINE_TOP_LINES = 2


def _colon_dateline(text: str, lines: list[tuple[int, int]], furniture: set) -> list[tuple[int, int]]:
    """The one line of the page opening with words in capitals and a colon, near its top: a dateline
    (a transcript labels its speakers again and again)."""
    labelled = [
        (s, e, m) for s, e in lines if (m := COLON_DATELINE.match(text[s:e])) and (s, e) not in furniture
    ]
    if len(labelled) != 1:
        return []
    start, end, m = labelled[0]
    top = [line for line in lines if line not in furniture][:DATELINE_TOP_LINES]
    return [(start, start + m.end())] if (start, end) in top else []


# A picture credit broken over lines ("(Brian Feinzimer" / "/" / "for LAist)"): at most this many.
CREDIT_LINES = 3


def _broken_credits(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A picture credit in brackets broken over short lines, and the caption lines right above it
    (no blank line between): "A man holds a poster ..." / "(Brian Feinzimer" / "/" / "for LAist)"."""
    found = []
    for n, (start, end) in enumerate(lines):
        first = text[start:end]
        if not first.startswith("(") or ")" in first or len(first.split()) > CAPTION_MIN_WORDS:
            continue
        run = lines[n : n + CREDIT_LINES]
        close = next((k for k, (s, e) in enumerate(run) if text[s:e].endswith(")")), None)
        if close is None or close == 0 or not any("/" in text[s:e] for s, e in run[: close + 1]):
            continue
        found += run[: close + 1]
        above = n - 1
        while above >= 0 and text[lines[above][1] : lines[above + 1][0]].count("\n") == 1:
            found.append(lines[above])  # the caption: the lines printed with the picture
            above -= 1
            if n - above > CREDIT_LINES:
                break
    return found


# A picture's alt text cut off before its caption: fewer words than this could be anything.
ALT_TEXT_MIN_WORDS = 3


def _cut_short(line: str, caption: str) -> bool:
    """ "A red crane lifts a ga" over the caption "A red crane lifts a gate at the dam. Getty": a
    line with no sentence end whose words are the furniture line's below it, the last cut off."""
    words, below = line.split(), caption.split()
    if len(words) < ALT_TEXT_MIN_WORDS or is_sentence(line):
        return False
    return set(words[:-1]) <= set(below) and any(w.startswith(words[-1]) and w != words[-1] for w in below)


def content_blocks(text: str, furniture: tuple[tuple[int, int], ...]) -> tuple[Block, ...]:
    """The paragraphs (non-empty lines) that are not furniture, in order; the first is the headline."""
    dropped = set(furniture)
    # furniture that only opens a line (a dateline, a label): the block starts after it
    prefix_end = {s: e for s, e in furniture}
    # ... or only closes it (an embedded post's signature): the block ends before it
    suffix_start = {e: s for s, e in furniture}
    kept, labels, alone = [], {}, ""
    for raw_start, raw_end in lines_of(text):
        start, end = trim_span(text, raw_start, raw_end)
        label = QA_LABEL.match(text[start : prefix_end[start]]) if start in prefix_end else None
        if label and prefix_end[start] >= end:
            alone = label.group(1)  # ("A1." alone on its line: the paragraph under it is the answer)
            continue
        if start == end or (start, end) in dropped:
            continue
        qa, alone = (label.group(1) if label else "") or alone, ""
        if start in prefix_end and prefix_end[start] < end:
            start = trim_span(text, prefix_end[start], end)[0]
        if end in suffix_start and start < suffix_start[end] < end:
            end = trim_span(text, start, suffix_start[end])[1]
        kept.append((start, end))
        labels[start] = qa
    blocks: list[Block] = []
    for start, end in wrapped_runs(text, kept):
        snippet = plain_speech_tags(blank_link_residue(as_double_quotes(as_one_line(text[start:end]))))
        # ("• Though X said ...": the parser reads that bullet as a word, a dash as a bullet)
        snippet = "–" + snippet[1:] if snippet[:1] == "•" else snippet
        # the headline is the first block; headlines, standfirsts and subheads have no closing full
        # stop; the items of a list a line opens ("Here's how it did:") are no summary but content
        display = not snippet.rstrip().rstrip("”\"'").rstrip().endswith((".", "!", "?", ":"))
        listed = display and bool(blocks) and (blocks[-1].text.endswith(":") or blocks[-1].listed)
        display = display and not listed
        blocks.append(
            Block(
                start=start,
                end=end,
                text=snippet,
                is_headline=display and not blocks,
                display=display,
                listed=listed,
                qa=labels.get(start, ""),
            )
        )
    return split_turns(tuple(blocks))
