"""Reading sentences and claims with spaCy: content lemmas, names, amounts, months and negations.

One document is parsed once (paragraph by paragraph through `nlp.pipe`), and its sentences
keep their offsets into the text. A transcript's speaker label ("CLLR ADAEZE MORROW (Leader of
the Council):", "Q:") is not part of what was said, so it is cut off the first sentence and kept
as the paragraph's speaker, which is who "I" and "she" refer to in that turn.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Span, Token

from .quantities import months, quantities
from .types import Claim, Features, Paragraph, Sentence

# A speaker label: capitals (no lower case outside an optional parenthesis), then a colon.
SPEAKER_RE = re.compile(r"^\s*([A-Z][A-Z0-9 .,'’&-]{0,60}?)\s*(\([^)\n]{0,100}\))?\s*:\s+")
# Verbs of reporting: they say who is speaking, not what is claimed, so they are not matched.
REPORTING = frozenset(
    """say tell report add state accord according claim admit confirm announce insist reveal note
    write told said reported""".split()
)
# Words that negate what they govern; "n't" and "not" also come as spaCy's `neg` dependency.
NEGATORS = frozenset({"no", "not", "never", "nobody", "nothing", "none", "neither", "nor", "cannot", "n't"})
# Verbs that deny or negate their complement ("denied that the council had ignored...", "failed
# to meet", "still lack access"): the same polarity as "not", so "failed to meet" in a claim
# agrees with "has not met" in the source.
DENIALS = frozenset({"deny", "reject", "refute", "dismiss", "fail", "lack", "refuse"})
NAME_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART"}
)
# The reporting clause of a claim written the way a news report attributes it.
REPORTED_BY_RE = re.compile(
    r",\s*((?:the\s+)?[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,5})\s+"
    r"(?:reports?|reported|says?|said|writes?|wrote|states?|stated|claims?|claimed)\s*\.?\s*$"
)
ACCORDING_END_RE = re.compile(r",\s*according to\s+((?:the\s+)?[A-Z][^,]{0,80}?)\s*\.?\s*$")
ACCORDING_START_RE = re.compile(r"^\s*According to\s+((?:the\s+)?[A-Z][^,]{0,80}?),\s*")


def _content(token: Token) -> bool:
    return not (token.is_stop or token.is_punct or token.is_space or token.like_num) and any(
        c.isalnum() for c in token.text
    )


def _lemma(token: Token) -> str:
    return token.lemma_.lower().strip("’'")


def _negations(span: Span) -> tuple[frozenset[str], ...]:
    found = []
    for token in span:
        lower = token.lower_
        if token.dep_ == "neg" or lower in NEGATORS:
            head = token.head if token.head is not token else token
            found.append(
                frozenset(_lemma(t) for t in head.subtree if _content(t) and t is not head) | {_lemma(head)}
            )
        elif token.lemma_.lower() in DENIALS and token.pos_ == "VERB":
            found.append(frozenset(_lemma(t) for t in token.subtree if _content(t) and t is not token))
    return tuple(found)


def _names(span: Span) -> frozenset[str]:
    words = {t.lower_ for ent in span.ents if ent.label_ in NAME_LABELS for t in ent if _content(t)}
    words |= {t.lower_ for t in span if t.pos_ == "PROPN" and _content(t)}
    return frozenset(w.strip("’'") for w in words if len(w) > 1)


def features(span: Span, *, query: bool = False) -> Features:
    """The features of one span.

    As a query (a claim), reporting verbs and names are left out of the terms: they say who
    spoke, which the names feature weighs on its own, while BM25 weighs what was said.
    """
    text = span.text
    amounts = quantities(text)
    names = _names(span)
    content = [t for t in span if _content(t)]
    lemmas = [_lemma(t) for t in content]
    terms = lemmas
    if query:
        terms = [
            lemma
            for t, lemma in zip(content, lemmas, strict=True)
            if lemma not in REPORTING and t.lower_.strip("’'") not in names
        ]
    return Features(
        terms=tuple(terms) + tuple(f"#{q.value:g}" for q in amounts),
        names=names,
        quantities=amounts,
        months=months(text),
        negations=_negations(span),
        content=frozenset(lemmas),
        says=any(t.pos_ in ("VERB", "AUX") for t in span),
    )


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    spans, offset = [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            spans.append((offset + lead, offset + lead + len(stripped)))
        offset += len(line) + 1
    return spans


def _speaker(text: str) -> tuple[int, str]:
    """(length of the speaker label at the start of a paragraph, its words), or (0, "")."""
    match = SPEAKER_RE.match(text)
    if not match or len(text) - match.end() < 2:
        return 0, ""
    return match.end(), " ".join(filter(None, [match[1], match[2] or ""]))


def _speaker_words(doc) -> frozenset[str]:
    return frozenset(t.lower_ for t in doc if _content(t) and len(t.text) > 1)


def read_document(text: str, nlp: Language) -> tuple[tuple[Paragraph, ...], tuple[Sentence, ...]]:
    """Paragraphs (lines) and their sentences, offsets into `text`, parsed in one `nlp.pipe` run.

    Who speaks carries on from a speaker label, or from a line that introduces a quotation
    ("The minister said:"), to the following paragraphs until the next one: a transcript's
    turn runs over several lines without repeating the name.
    """
    spans = split_paragraphs(text)
    labels = [_speaker(text[s:e]) for s, e in spans]
    bodies = [text[s + cut : e] for (s, e), (cut, _) in zip(spans, labels, strict=True)]
    speaker_docs = nlp.pipe(label for _, label in labels)
    paragraphs, sentences = [], []
    speaking: frozenset[str] = frozenset()
    docs = nlp.pipe(bodies, batch_size=64)
    for index, ((start, end), (cut, label), doc, speaker_doc) in enumerate(
        zip(spans, labels, docs, speaker_docs, strict=True)
    ):
        if label:
            speaking = _speaker_words(speaker_doc)
        paragraphs.append(Paragraph(index=index, start=start, end=end, speaker=speaking))
        if doc.text.rstrip().endswith(":"):
            speaking = _names(doc[:]) or speaking
        base = start + cut
        for sent in doc.sents:
            if not any(c.isalnum() for c in sent.text):
                continue
            sentences.append(
                Sentence(
                    index=len(sentences),
                    paragraph=index,
                    start=base + sent.start_char,
                    end=base + sent.end_char,
                    features=features(sent),
                )
            )
    return tuple(paragraphs), tuple(sentences)


def read_claim(text: str, nlp: Language) -> Claim:
    """The claim without its reporting clause (", the Gazette reports"), read as a query."""
    said, reporter = text.strip(), ""
    for pattern in (REPORTED_BY_RE, ACCORDING_END_RE, ACCORDING_START_RE):
        match = pattern.search(said)
        if match:
            reporter = match[1]
            said = (said[: match.start()] + said[match.end() :]).strip()
    doc = nlp(said)
    found = features(doc[:], query=True)
    if reporter:
        outlet = {w.lower() for w in re.findall(r"[\w’'&.-]+", reporter)}
        found = Features(**{**found.__dict__, "names": found.names - outlet})
    return Claim(text=said, features=found, reporter=reporter)


def iter_names(sentences: Iterable[Sentence]) -> frozenset[str]:
    names: set[str] = set()
    for sentence in sentences:
        names |= sentence.features.names
    return frozenset(names)
