"""Stage 10, references: the documents a report rests on ("a report in the Gazette", "her new book",
"tweeted", "accused by the justice department"), as records linked to the claims built on them.

Documents are found sentence by sentence while `resolve` reads the report (naming who published a
document is resolution work: "his new book" is the book of whoever "his" is); this stage merges
them into one record per document and links each claim to the documents it rests on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Token

from .according import according_to
from .cues import is_cue
from .entities import DOCUMENT_NOUNS, kind_of_name
from .publishers import DOCUMENT_KINDS, publisher_of
from .resolver import Resolver
from .types import ExtractedClaim, ExtractedReference, ReferenceKind, RenderedClause, Sentence

# Verbs that publish on social media: the act itself is the document.
SOCIAL_VERBS = frozenset({"tweet", "post", "retweet", "livestream"})

# Verbs by which a news organisation puts a story on record.
PUBLISHING_VERBS = frozenset({"report", "reveal", "publish", "break", "disclose"})

# Verbs of accusation whose agent ("accused by the justice department") puts it on record.
ACCUSING_VERBS = frozenset({"accuse", "charge", "indict", "sue"})

# Source kinds whose accusations are legal filings (indictments, charges) rather than statements.
FILING_SOURCE_KINDS = frozenset({"government"})


@dataclass(frozen=True)
class FoundReference:
    title: str
    kind: ReferenceKind
    publisher: str
    cue: str
    start: int
    end: int
    anchor: int  # token index of the cue in its Doc: claims built on this token's clause link to it


def _np_text(token: Token, resolver: Resolver, sentence: Sentence) -> str:
    # hyphens and slashes belong to words ("Franco-German"); quotes and commas do not
    skip = {t.i for c in token.children if c.dep_ in {"relcl", "acl", "appos"} for t in c.subtree}
    toks = [
        t
        for t in token.subtree
        if t.dep_ not in {"relcl", "acl"} and (not t.is_punct or t.text in "-–/") and t.i not in skip
    ]
    words = []
    for n, t in enumerate(toks):
        e = resolver.pronoun(sentence, t) if t.dep_ == "poss" else None
        nxt = toks[n + 1] if n + 1 < len(toks) else None
        ws = t.whitespace_ if nxt is not None and nxt.i == t.i + 1 else " "
        words.append((f"{e.name}’s" if e is not None else t.text) + ws)
    return "".join(words).strip()


def _kind_of(resolver: Resolver, name: str) -> str:
    e = resolver.registry.lookup(name) if name else None
    return e.kind if e is not None else kind_of_name(name)


def _child(token: Token, deps: set[str]) -> Token | None:
    return next((c for c in token.children if c.dep_ in deps), None)


class _Finder:
    """The documents cued in one sentence; `name(token)` names the speaker behind a token."""

    def __init__(self, sentence: Sentence, resolver: Resolver):
        self.sentence = sentence
        self.resolver = resolver
        self.found: list[FoundReference] = []

    def name(self, token: Token | None) -> str:
        named = self.resolver.name_for(token, self.sentence) if token is not None else None
        # ("WCAI's Local News Roundup: Audit Reveals County Confusion": a headline, not a publisher)
        return named.name if named and ":" not in named.name else ""

    def add(self, doc_token: Token, kind: str, publisher: str, cue: str, anchor: Token, title: str = ""):
        toks = list(doc_token.subtree)
        at = self.sentence.at
        self.found.append(
            FoundReference(
                title=title or _np_text(doc_token, self.resolver, self.sentence),
                kind=kind,
                publisher=publisher,
                cue=cue,
                start=at(toks[0].idx),
                end=at(toks[-1].idx + len(toks[-1].text)),
                anchor=anchor.i,
            )
        )

    def document_subject(self, t: Token) -> None:
        """ "the Gazette report said", "a report in the UK says" """
        if t.lemma_.lower() in DOCUMENT_NOUNS and t.dep_ in {"nsubj", "nsubjpass"} and is_cue(t.head):
            kind = DOCUMENT_KINDS.get(t.lemma_.lower(), "other")
            self.add(t, kind, self.name(publisher_of(t)), t.head.text, t.head)

    def said_in(self, t: Token) -> None:
        """ "reported in his new book", "said in a statement" """
        for c in t.children:
            if c.dep_ != "prep" or c.lower_ not in {"in", "on"}:
                continue
            for g in c.children:
                if g.dep_ == "pobj" and g.lemma_.lower() in DOCUMENT_NOUNS:
                    name = self.name(publisher_of(g)) or self.name(_child(t, {"nsubj"}))
                    kind = DOCUMENT_KINDS.get(g.lemma_.lower(), "other")
                    self.add(g, kind, name, f"{t.text} {c.lower_}", t)

    def according_to(self, t: Token) -> None:
        """ "according to a report in the US" """
        acc = according_to(t)
        if acc and acc[1].lemma_.lower() in DOCUMENT_NOUNS:
            doc_token = acc[1]
            kind = DOCUMENT_KINDS.get(doc_token.lemma_.lower(), "other")
            self.add(doc_token, kind, self.name(publisher_of(doc_token)), "according to", t)

    def published(self, t: Token) -> None:
        """ "The Associated Press first reported the inquiry": the outlet's story is on record"""
        subj = _child(t, {"nsubj"})
        name = self.name(subj)
        if not name or _kind_of(self.resolver, name) != "news_org":
            return
        obj = _child(t, {"dobj"})
        if obj is not None:
            self.add(obj, "article", name, t.text, t)
        else:  # "The Gazette reported that ...": the story is known by its outlet only
            self.add(subj, "article", name, t.text, t, title=f"{name} report")

    def posted(self, t: Token) -> None:
        """ "the senator tweeted a photo": the post is the document"""
        subj, obj = _child(t, {"nsubj"}), _child(t, {"dobj"})
        name = self.name(subj)
        if obj is not None:
            self.add(obj, "social", name, t.text, t)
        else:  # "posted on social media that ...": the post has no title of its own
            self.add(
                subj if subj is not None else t, "social", name, t.text, t, title=f"post by {name}".strip()
            )

    def accused_by(self, t: Token) -> None:
        """ "X was accused by the justice department of ...": the accusation is on record"""
        agent = _child(t, {"agent"})
        for g in agent.children if agent is not None else ():
            if g.dep_ != "pobj":
                continue
            name = self.name(g)
            kind = "filing" if _kind_of(self.resolver, name) in FILING_SOURCE_KINDS else "statement"
            title = f"accusation by {name}" if name else "accusation"
            self.add(g, kind, name, f"{t.text} by", t, title=title)


def find_references(sentence: Sentence, resolver: Resolver) -> list[FoundReference]:
    """References cued in one sentence, publishers named as the report has named them so far."""
    finder = _Finder(sentence, resolver)
    for t in sentence.span:
        lemma = t.lemma_.lower()
        finder.document_subject(t)
        if is_cue(t):
            finder.said_in(t)
        if t.pos_ in {"VERB", "AUX"}:
            finder.according_to(t)
        if t.pos_ == "VERB":
            if lemma in PUBLISHING_VERBS:
                finder.published(t)
            if lemma in SOCIAL_VERBS:
                finder.posted(t)
            if lemma in ACCUSING_VERBS:
                finder.accused_by(t)
    return finder.found


# ---- the stage: one record per document, linked to claims ----------------------------------------


def _merge(found: Sequence[FoundReference], lead: str):
    """One record per document: articles by the same publisher are one report."""
    references: list[ExtractedReference] = []
    links: dict[tuple[int, int], int] = {}  # (start, anchor token) -> reference index
    by_key: dict[tuple[str, str], int] = {}
    for r in found:
        publisher = r.publisher or (lead if r.kind == "article" else "")
        if r.kind == "article" and publisher:
            key = (r.kind, publisher)
        elif publisher:  # "emails" in the headline and "emails obtained by the Echo": one set of emails
            key = (r.kind, f"{publisher}:{r.title.split()[-1].lower()}")
        else:
            key = (r.kind, f"{r.start}")
        record = ExtractedReference(
            title=r.title, kind=r.kind, publisher=publisher, cue=r.cue, start=r.start, end=r.end
        )
        if key not in by_key:
            by_key[key] = len(references)
            references.append(record)
        elif len(r.title) > len(references[by_key[key]].title):
            # the same report met again under a fuller title ("report", then "The Gazette report")
            references[by_key[key]] = record
        links[(r.start, r.anchor)] = by_key[key]
    return references, links


def _linked(
    claim: ExtractedClaim, rendered: RenderedClause, links: dict, references: list[ExtractedReference]
) -> tuple[int, ...]:
    """References a claim rests on: those cued in its own sentence, and the article of its source."""
    found = set()
    clause = rendered.clause
    sent = clause.sentence
    cue_index = rendered.frame.cue_index if rendered.frame is not None else None
    for (start, anchor), index in links.items():
        in_sentence = sent.start <= start < sent.end
        if in_sentence and (cue_index == anchor or any(t.i == anchor for t in clause.tokens)):
            found.add(index)
    names = {s.name for s in claim.sources}
    for index, ref in enumerate(references):
        if ref.kind == "article" and ref.publisher and ref.publisher in names:
            found.add(index)
    return tuple(sorted(found))


def link_references(
    claims: Sequence[ExtractedClaim],
    rendered: Sequence[RenderedClause],
    found: Sequence[FoundReference],
    *,
    lead: str,
    held_by: dict[str, str],
) -> tuple[tuple[ExtractedReference, ...], tuple[ExtractedClaim, ...]]:
    """The report's references, and its claims with the indices of the references they rest on."""
    # a document named without its holder goes to whoever the report says holds such documents
    found = [
        replace(r, publisher=held_by.get(r.title.split()[-1].lower(), ""))
        if not r.publisher and r.title
        else r
        for r in found
    ]
    references, links = _merge(found, lead)
    claims = tuple(
        replace(claim, references=_linked(claim, r, links, references))
        for claim, r in zip(claims, rendered, strict=True)
    )
    return tuple(references), claims
