"""Stage 8, dedupe: a claim stated twice (headline and body, summary and detail) is kept once."""

from __future__ import annotations

import re

# Words that carry no content for comparing two statements.
STOPWORDS = frozenset(
    "a an the and or but of to in on at for with by from as is are was were be been being has have had "
    "that this these those it its he she his her him they them their which who whom whose what not no "
    "if then than so very can could may might will would shall should do does did into over about after "
    "before since also just all any some many more most other such only own same said says say told "
    "reported report according past".split()
)


def content_words(text: str) -> set[str]:
    words = re.findall(r"[a-z0-9]+", text.lower().replace("’", "'"))
    return {stem(w) for w in words if w not in STOPWORDS}


# Inflection endings folded away so "collapse"/"collapsed", "fines"/"fined" compare equal.
SUFFIXES = ("ing", "ed", "es", "s")


def stem(word: str) -> str:
    if word.endswith("ly") and len(word) > 6:
        word = word[:-2]  # "exclusively" -> "exclusive"
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]  # "fine"/"fin(ed)", "collapse"/"collaps(ed)"
    return word


# A short statement all of whose words are in a longer one, sharing at least this many, is a recap.
RECAP_SHARED = 5
RECAP_SHARE = 0.4


def is_same_claim(a: str | set[str], b: str | set[str], *, headline: bool = False) -> bool:
    """Most of the shorter statement's content words occur in the longer one, and they share much.

    A headline is a compressed version of a body sentence, so against a headline only the first
    condition is asked (with at least three shared words, so two short lines are not merged).
    """
    wa = a if isinstance(a, set) else content_words(a)
    wb = b if isinstance(b, set) else content_words(b)
    if not wa or not wb:
        return False
    shared = len(wa & wb)
    covered = shared / min(len(wa), len(wb))
    if headline:
        # headlines paraphrase: half their words and at least four shared, or nearly all of three
        return (covered >= 0.55 and shared >= 4) or (covered >= 0.8 and shared >= 3)
    figure = any(any(ch.isdigit() for ch in w) for w in wa & wb)
    recap = covered >= 1.0 and shared / max(len(wa), len(wb)) >= RECAP_SHARE
    if recap and (shared >= RECAP_SHARED or figure):
        # a recap ("About 68,000 homes are without power") told again at length in the body ("The
        # number of homes without power has risen to about 68,000, up from 41,000"): every word of
        # the short one, a figure or a good many words among them, is in the long one, and they
        # are a good part of it (not one fact of a sentence that tells three)
        return True
    return covered >= 0.8 and shared / len(wa | wb) >= 0.6


def _other_voices(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two claims said by different sources (a headline's "sources say" shortens its body's,
    so headlines are not asked)."""
    if not a or not b:
        return False
    return not any(x == y or x.endswith(f" {y}") or y.endswith(f" {x}") for x in a for y in b)


# A headline, standfirst or subhead folded into the body statement it shares most with: at least
# this many content words, and this share of its own.
SUMMARY_SHARED = 2
SUMMARY_COVERED = 0.3


def _fold_summaries(words: list[set[str]], headline: list[bool], duplicate_of: list[int | None]) -> None:
    """A line that is no sentence (headline, standfirst, subhead) sums up the body in other words
    ("Dam collapse kills 40" over "At least 40 people died when the dam gave way"): when a body
    statement tells the same story (shares names, figures, words), that statement is the one to
    check, and the summary is its duplicate."""
    body = [j for j, h in enumerate(headline) if not h and duplicate_of[j] is None]
    for i, h in enumerate(headline):
        if not h or duplicate_of[i] is not None or not words[i]:
            continue
        best = max(body, key=lambda j: (len(words[i] & words[j]), -j), default=None)
        if best is None:
            continue
        shared = len(words[i] & words[best])
        if shared >= SUMMARY_SHARED and shared / len(words[i]) >= SUMMARY_COVERED:
            duplicate_of[i] = best


def _keeps_second(first: tuple[bool, bool, int], second: tuple[bool, bool, int]) -> bool:
    """Of two statements of one claim, keep the body's over a headline's, then the one that says
    who said it, then the longer: (in the body, attributed, content words) of each."""
    return second > first


def dedupe(
    texts: list[str],
    *,
    headline: list[bool] | None = None,
    sources: list[frozenset[str]] | None = None,
) -> list[int | None]:
    """For each text, the index of the claim it duplicates (None if it is kept).

    Of a duplicate pair the body statement is kept over a headline, else the longer one: it usually
    has the full names and the attribution, where a headline has the short form. The same words
    from two different sources are no duplicate: they corroborate each other (see `relate`).
    """
    headline = headline or [False] * len(texts)
    sources = sources or [frozenset()] * len(texts)
    preferred = [not h for h in headline]
    words = [content_words(t) for t in texts]
    duplicate_of: list[int | None] = [None] * len(texts)
    for i in range(len(texts)):
        if duplicate_of[i] is not None:
            continue
        for j in range(i + 1, len(texts)):
            either_headline = headline[i] or headline[j]
            if duplicate_of[j] is not None or not is_same_claim(words[i], words[j], headline=either_headline):
                continue
            if not either_headline and _other_voices(sources[i], sources[j]):
                continue
            keep_j = _keeps_second(
                (preferred[i], bool(sources[i]), len(words[i])),
                (preferred[j], bool(sources[j]), len(words[j])),
            )
            if keep_j:
                duplicate_of[i] = j
                break
            duplicate_of[j] = i
    _fold_summaries(words, headline, duplicate_of)
    # a chain (i -> j -> k) points straight at the claim finally kept
    for i, d in enumerate(duplicate_of):
        while d is not None and duplicate_of[d] is not None:
            d = duplicate_of[d]
        duplicate_of[i] = d
    return duplicate_of
