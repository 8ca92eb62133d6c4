"""Ranking: BM25 (bm25s) over the sentences' lemmas, plus agreement of names, amounts and months.

A document is read and indexed once (`prepare`); each claim citing it is then a query
(`find`). The best sentences become passages, widened to a neighbour in the same paragraph
when the neighbour carries more of the claim (a quotation interrupted by "she said", or a date
in the next sentence), up to WINDOW sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import bm25s
import numpy as np
from spacy.language import Language

from .agree import agreement
from .analyse import read_claim, read_document
from .types import Claim, Features, Found, Paragraph, Sentence

# Weights of agreement beside BM25 (normalised to the best sentence = 1). Names and amounts
# decide between sentences that share the claim's words: the decoy that says the same words
# about someone else, or the sentence that gives the figure.
W_NAMES = 0.4
W_AMOUNTS = 0.5
WINDOW = 3  # sentences at most in one passage
# A neighbour joins a passage when it adds this many of the claim's terms not yet matched...
EXTEND_NEW_TERMS = 2
# ...and its own BM25 is at least this share of the best sentence's.
EXTEND_MIN_BM25 = 0.2
BM25_K1, BM25_B = 1.2, 0.75
# A quotation interrupted by who said it is one passage: “…,” she said. “…”
ATTRIBUTED_END = re.compile(
    r"[”\"’'],?\s+(?:[\w.-]+\s+){0,4}(?:said|says|added|told|insisted|warned|explained)\b[^“”\"]*\.$"
)
OPENS_QUOTE = re.compile(r"^\s*[“\"]")
# A sentence with fewer content words than this is a heading, a label or a name line ("Councillor
# Quill."): its score is scaled down in proportion, so a line that only names the speaker does not
# outrank what the speaker said.
SHORT = 4
# A line without a verb (a name and a job title, "Heard at: ...") says nothing a claim can rest on.
VERBLESS = 0.5


@dataclass
class Document:
    """A text read once: its paragraphs, sentences and BM25 index over the sentences."""

    text: str
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    index: bm25s.BM25 | None

    def context(self, sentence: Sentence) -> frozenset[str]:
        """Names said just before the sentence: who "he" or "she" is, or who is speaking."""
        names = set(self.paragraphs[sentence.paragraph].speaker)
        for earlier in self.sentences[max(0, sentence.index - 2) : sentence.index]:
            names |= earlier.features.names
        return frozenset(names)


def prepare(text: str, nlp: Language) -> Document:
    paragraphs, sentences = read_document(text, nlp)
    index = None
    if sentences:
        index = bm25s.BM25(k1=BM25_K1, b=BM25_B)
        index.index([list(s.features.terms) or [""] for s in sentences], show_progress=False)
    return Document(text=text, paragraphs=paragraphs, sentences=sentences, index=index)


def bm25_scores(document: Document, terms: tuple[str, ...]) -> np.ndarray:
    """The bare BM25 query: one score per sentence."""
    if document.index is None:
        return np.zeros(0)
    known = [t for t in dict.fromkeys(terms) if t in document.index.vocab_dict]
    if not known:
        return np.zeros(len(document.sentences))
    return np.asarray(document.index.get_scores(known), dtype=float)


def merge(parts: list[Features]) -> Features:
    return Features(
        terms=tuple(t for p in parts for t in p.terms),
        names=frozenset().union(*(p.names for p in parts)),
        quantities=tuple(q for p in parts for q in p.quantities),
        months=frozenset().union(*(p.months for p in parts)),
        negations=tuple(n for p in parts for n in p.negations),
        content=frozenset().union(*(p.content for p in parts)),
    )


def _sentence_scores(document: Document, claim: Claim, bm25: np.ndarray) -> list[float]:
    best = float(bm25.max()) if bm25.size and bm25.max() > 0 else 1.0
    scores = []
    for sentence, raw in zip(document.sentences, bm25, strict=True):
        agreed = agreement(claim.features, sentence.features, document.context(sentence))
        score = float(raw) / best + W_NAMES * agreed.names + W_AMOUNTS * agreed.amounts
        score *= min(1.0, len(sentence.features.content) / SHORT)
        scores.append(score if sentence.features.says else score * VERBLESS)
    return scores


def _neighbour(document: Document, sentence: Sentence, step: int, taken: set[int]) -> Sentence | None:
    index = sentence.index + step
    if not 0 <= index < len(document.sentences) or index in taken:
        return None
    other = document.sentences[index]
    return other if other.paragraph == sentence.paragraph else None


def _quotation(document: Document, core: Sentence, taken: set[int]) -> list[Sentence]:
    """The core sentence, and the start of its quotation when "she said" interrupted it.

    Only backwards: what follows a quoted sentence is as often a new point as the same one,
    and a longer passage is then the worse citation.
    """
    before = _neighbour(document, core, -1, taken)
    opens = OPENS_QUOTE.match(document.text[core.start : core.end])
    if before and opens and ATTRIBUTED_END.search(document.text[before.start : before.end]):
        return [before, core]
    return [core]


def _widen(
    document: Document, claim: Claim, core: Sentence, bm25: np.ndarray, taken: set[int]
) -> list[Sentence]:
    """The core sentence (with the rest of its quotation) plus neighbours in its paragraph that
    carry more of the claim."""
    wanted = set(claim.features.terms)
    window = _quotation(document, core, taken)
    covered = {t for s in window for t in s.features.terms} & wanted
    best = float(bm25.max()) or 1.0
    while len(window) < WINDOW:
        options = []
        for index in (window[0].index - 1, window[-1].index + 1):
            if not 0 <= index < len(document.sentences) or index in taken:
                continue
            neighbour = document.sentences[index]
            if neighbour.paragraph != core.paragraph:
                continue
            gain = len((set(neighbour.features.terms) & wanted) - covered)
            if gain >= EXTEND_NEW_TERMS and bm25[index] / best >= EXTEND_MIN_BM25:
                options.append((gain, bm25[index], neighbour))
        if not options:
            break
        _, _, chosen = max(options, key=lambda o: (o[0], o[1]))
        window = sorted([*window, chosen], key=lambda s: s.index)
        covered |= set(chosen.features.terms) & wanted
    return window


def find(document: Document, claim_text: str, nlp: Language, *, k: int = 3) -> list[Found]:
    """The `k` passages of the document that best match the claim, best first."""
    if not document.sentences or not claim_text.strip():
        return []
    claim = read_claim(claim_text, nlp)
    bm25 = bm25_scores(document, claim.features.terms)
    scores = _sentence_scores(document, claim, bm25)
    order = sorted(range(len(scores)), key=lambda i: (-scores[i], i))
    found: list[Found] = []
    taken: set[int] = set()
    for index in order:
        if len(found) == k:
            break
        if index in taken:
            continue
        window = _widen(document, claim, document.sentences[index], bm25, taken)
        taken |= {s.index for s in window}
        agreed = agreement(claim.features, merge([s.features for s in window]), document.context(window[0]))
        found.append(
            Found(
                start=window[0].start,
                end=window[-1].end,
                score=round(scores[index], 4),
                rank=len(found) + 1,
                flag=agreed.flag,
                reason=agreed.reason,
                bm25=round(float(bm25[index]), 4),
                sentences=tuple(s.index for s in window),
            )
        )
    return found
