"""Publisher detection: the named body behind a document ("The Evening Gazette report", "a study
published in The Lancet", "figures seen by the Guardian"), the news organisation a report leans on,
and the final naming of sources by what the whole report says about them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from spacy.tokens import Token

from .entities import (
    NAMED_TYPES,
    NEWS_ORG_MARKERS,
    ORG_NOUNS,
    PERSONAL_PRONOUNS,
    entity_span_text,
    is_org_noun,
    kind_of_name,
)
from .registry import Registry
from .types import ExtractedSource, ReferenceKind

# Participles linking a document to the outlet that has it ("published in", "seen by", "obtained by").
PUBLISHING_PARTICIPLES = frozenset(
    {
        "publish",
        "see",
        "obtain",
        "release",
        "issue",
        "leak",
        "review",
        "print",
        "analyse",
        "analyze",
        "verify",
        # "a tweet posted by the agency", "a letter written by", "a statement sent by", "signed by"
        "post",
        "write",
        "send",
        "share",
        "sign",
        # "data compiled by MarketLens", "a poll conducted by the institute", "figures collected by"
        "compile",
        "conduct",
        "collect",
        "gather",
        "commission",
        "produce",
        # "a study done by TxDOT", "a review carried out by the council", "a report prepared by"
        "do",
        "carry",
        "undertake",
        "perform",
        "prepare",
        "draft",
        # "the study, led by Eileen Crimmins", "a paper authored by ..."
        "lead",
        "author",
        "coauthor",
        "co-author",
        # "statistics provided by the company", "figures supplied by the club"
        "provide",
        "supply",
    }
)
# Common nouns that author a study when named as its agent ("conducted by researchers at Leeds").
AUTHOR_NOUNS = frozenset("researcher scientist team economist analyst academic expert scholar".split())

# Verbs whose subject is the author of the document they take as object ("X issued a statement").
ISSUING_VERBS = frozenset("issue publish release send file write post sign submit circulate".split())

# Entity labels of when, never who.
TIME_ENTS = frozenset({"DATE", "TIME"})
DAY_NAMES = frozenset("monday tuesday wednesday thursday friday saturday sunday today yesterday".split())

# Prepositions linking a document to who issued it ("a report by", "a statement from", "an interview with").
PUBLISHER_PREPS = frozenset({"by", "from", "in", "of", "with"})
AUTHOR_PREPS = frozenset({"by", "from"})


def _published_by(document: Token) -> Token | None:
    """ "a study published in The Lancet", "figures seen by the Guardian", "emails obtained by Reuters" """
    for c in document.children:
        if c.dep_ != "acl" or c.lemma_.lower() not in PUBLISHING_PARTICIPLES:
            continue
        for p in c.children:
            if p.dep_ not in {"prep", "agent"}:
                continue
            for g in p.children:
                # "published on Tuesday" names a day, not a publisher
                if (
                    g.dep_ == "pobj"
                    and g.ent_type_ not in TIME_ENTS
                    and (
                        g.pos_ == "PROPN"
                        or g.ent_type_ in {"ORG", "PERSON"}
                        or g.lemma_ in AUTHOR_NOUNS
                        # ("figures released by the ministry": a body named by what it is)
                        or (p.dep_ == "agent" and g.lemma_.lower() in ORG_NOUNS)
                    )
                ):
                    return g
    return None


def _issued_by(document: Token) -> Token | None:
    """ "The company issued a statement that said ...": whoever issued, filed or wrote it."""
    verb = document.head
    if document.dep_ != "dobj" or verb.lemma_.lower() not in ISSUING_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _issuer(prep: Token, g: Token) -> bool:
    """Whether `g`, object of `prep` after a document noun, is who issued the document."""
    # "a report in the Gazette" (but "a report in the US" names a place, not a publisher)
    if prep.lower_ == "in":
        return g.ent_type_ == "ORG" or bool(NEWS_ORG_MARKERS.search(entity_span_text(g)[0]))
    if g.ent_type_ in TIME_ENTS:
        return False
    # "a report by Reuters", "an interview with CNN"
    if g.ent_type_ in {"ORG", "PERSON"} or (g.pos_ == "PROPN" and prep.lower_ != "of"):
        return True
    # "a statement from the committee": whoever issues it, named or not
    # ("the official statement of Egypt's prosecution": a body's, not "a statement of intent")
    named = any(c.dep_ == "poss" and c.ent_type_ in {"GPE", "ORG", "NORP"} for c in g.children)
    return g.pos_ == "NOUN" and (prep.lower_ in {"by", "from"} or prep.lower_ == "of" and named)


def publisher_of(document: Token) -> Token | None:
    """The named body behind a document noun: "The Evening Gazette report", "a report by Reuters"."""
    # "Separate ONS data": of the words before the noun, the named one (else the nearest) publishes it
    named = sorted(
        (c for c in document.children if c.dep_ in {"compound", "poss", "nmod"}),
        key=lambda c: (c.ent_type_ not in NAMED_TYPES, -c.i),
    )
    for c in named:
        if c.ent_type_ in TIME_ENTS or c.lower_ in DAY_NAMES or not any(ch.isalnum() for ch in c.text):
            continue  # "said on Thursday media reports ...": a day publishes nothing (nor "Dept."'s stop)
        if c.lower_ in PLATFORMS and DOCUMENT_KINDS.get(document.lemma_.lower()) == "social":
            continue  # "a Facebook post": the platform carries the post; whoever posts it wrote it
        if c.text[:1] in "’'" or c.lower_ in PERSONAL_PRONOUNS:
            continue  # ("IT’S STATEMENT SAID": a clitic and a pronoun in capitals, read as names)
        if c.dep_ != "poss" and (c.ent_type_ in {"GPE", "NORP", "LOC"} or document.pos_ == "PROPN"):
            continue  # "a U.S. study" comes from a country; "the Health and Retirement Study" is a title
        if c.pos_ == "PROPN" or c.ent_type_ in NAMED_TYPES:
            return c
        if c.dep_ == "poss" and (c.lower_ in PERSONAL_PRONOUNS or c.pos_ == "NOUN"):
            return c
        named_body = is_org_noun(c) and any(g.dep_ == "compound" and g.pos_ == "PROPN" for g in c.children)
        if c.dep_ == "compound" and c.pos_ == "NOUN" and named_body:
            return c  # ("the Nauru government statement": the government's; not "court documents")
    # "a study by researchers at Leeds, published in The Lancet": the authors, not the journal
    found = (
        _after_prep(document, AUTHOR_PREPS)
        or _published_by(document)
        or _issued_by(document)
        or _after_prep(document, PUBLISHER_PREPS)
        or on_whose_site(document)
    )
    # ("a statement released on Facebook": the platform carries it; whoever released it wrote it)
    return None if found is not None and found.lower_ in PLATFORMS else found


# Sites that carry others' posts.
PLATFORMS = frozenset(
    "facebook twitter instagram tiktok youtube linkedin threads weibo telegram x snapchat".split()
)

# Where a body posts its own words: "a statement on the union's website", "a post on the council's page".
OWN_PLACES = frozenset("website site page account feed blog channel".split())


def on_whose_site(document: Token) -> Token | None:
    """ "A statement on the union's website said": whoever owns the site the document is on."""
    for p in (c for c in document.children if c.dep_ == "prep" and c.lower_ == "on"):
        for place in (g for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() in OWN_PLACES):
            owner = next((c for c in place.children if c.dep_ == "poss"), None) or _named_before(place)
            if owner is not None and owner.lower_ not in {"his", "her", "its", "their", "our", "my"}:
                return owner
    return None


def _named_before(place: Token) -> Token | None:
    """ "a post on the Clay County Board of Elections website": a body's name of several words before
    the place (not a platform's one word, "the Facebook page", nor one with "of" after the place, "the
    Facebook page of the fire department", whose owner the "of" names)."""
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in place.children):
        return None
    named = [c for c in place.children if c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN"]
    several = [c for c in named if any(g.dep_ in {"compound", "prep"} for g in c.children)]
    return several[0] if several else None


def _after_prep(document: Token, preps: frozenset[str]) -> Token | None:
    for c in document.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            for g in c.children:
                if g.dep_ == "pobj" and _issuer(c, g):
                    return g
    return None


# ---- naming sources by what the whole report says ---------------------------------------------------

# Common nouns by which a report refers back to the outlet it leans on ("the newspaper said").
OUTLET_NOUNS = frozenset(
    {"newspaper", "paper", "outlet", "publication", "broadcaster", "magazine", "website"}
)

# Reference kind by the noun naming the document.
DOCUMENT_KINDS: dict[str, ReferenceKind] = {
    **dict.fromkeys(
        "report article story investigation study survey analysis paper poll review".split(), "article"
    ),
    **dict.fromkeys("book memoir biography".split(), "book"),
    **dict.fromkeys("tweet post".split(), "social"),
    **dict.fromkeys("statement release interview letter memo response reply".split(), "statement"),
    **dict.fromkeys(
        "filing indictment lawsuit complaint documents document ruling judgment judgement verdict".split(),
        "filing",
    ),
}

# Placeholder name for a source that is an unnamed document ("says report"); named at the end
# after the news organisation the report leans on most.
UNNAMED_DOCUMENT = ""


def document_phrase(head: Token) -> str:
    """ "court documents", "study": a document's noun phrase without article, clauses or commas."""
    skip = {t.i for c in head.children if c.dep_ in {"relcl", "acl", "appos", "prep"} for t in c.subtree}
    # ("a widely circulated video Monday": the day it circulated is no part of its name)
    dated = [c for c in head.children if c.i > head.i and c.ent_type_ in {"DATE", "TIME"}]
    skip |= {t.i for c in dated for t in c.subtree}
    words = [t.text for t in head.subtree if t.i not in skip and not t.is_punct]
    if head.dep_ == "dobj" and head.head.dep_ == "pcomp" and head.head.i == head.i - 1:
        words.insert(0, head.head.text)  # "charging documents", read as a verb and its object
    if len(words) > 1 and words[0].lower() in {"the", "a", "an"}:
        words = words[1:]
    return " ".join(words)


def lead_news_org(sources: Iterable[ExtractedSource], article_publishers: Iterable[str]) -> str:
    """The news organisation the report leans on most: an unnamed "report" is taken to be theirs."""
    counts = Counter(s.name for s in sources if s.kind == "news_org" and s.name != UNNAMED_DOCUMENT)
    counts.update(p for p in article_publishers if p)
    return counts.most_common(1)[0][0] if counts else ""


def _outlet(source: ExtractedSource, lead: str) -> ExtractedSource:
    """ "the newspaper reported": the outlet the report leans on, under its name."""
    if lead and source.name.lower().removeprefix("the ") in OUTLET_NOUNS:
        return replace(source, name=lead, kind="news_org", aliases=(source.name,))
    return source


def _held_by(source: ExtractedSource, held_by: dict[str, str], registry: Registry) -> ExtractedSource:
    """A document named without its holder ("emails show") credited to whoever the report says
    has those documents elsewhere ("emails obtained by the Echo")."""
    if source.kind != "other" or source.role != "reported" or not source.name:
        return source
    publisher = held_by.get(source.name.split()[-1].lower())
    if not publisher or publisher == source.name:
        return source
    e = registry.lookup(publisher)
    kind = e.kind if e is not None else kind_of_name(publisher)
    return replace(source, name=publisher, kind=kind, aliases=(source.name,))


def _canonical(source: ExtractedSource, registry: Registry) -> ExtractedSource:
    """A source under the fullest name the report gives it, known by the end of the report
    ("the transport minister" said first, "Maria Alvarez, the transport minister" later)."""
    # ("Court", a fragment of a body's name the tagger cut short, is no other court named later)
    if source.name[:1].isupper() and source.name.lower() in ORG_NOUNS:
        return source
    e = registry.lookup(source.name, unique=True)
    if e is None or e.name == source.name:
        return source
    aliases = tuple(sorted((set(e.aliases) | {source.name}) - {e.name}))
    return replace(source, name=e.name, kind=e.kind, aliases=aliases)


def final_sources(
    sources: Iterable[ExtractedSource], *, lead: str, held_by: dict[str, str], registry: Registry
) -> tuple[ExtractedSource, ...]:
    """Sources named by what the whole report says: an unnamed report is the lead outlet's (or, if
    the report leans on none, the document's own phrase stands in), documents are credited to
    who holds them, and every source goes under its fullest name."""
    out = []
    for s in sources:
        if s.name == UNNAMED_DOCUMENT:
            if lead:
                out.append(replace(s, name=lead, kind="news_org", aliases=()))
            elif s.aliases:
                out.append(replace(s, name=s.aliases[0], kind="other", aliases=()))
            continue
        s = replace(s, name=s.name.rstrip(":;, "))  # ("Goldman's Moe:", a label the tagger took whole)
        out.append(_outlet(_canonical(_held_by(_without_initials(s), held_by, registry), registry), lead))
    return tuple(out)


# An initialism in brackets after a body's name, closed or cut off by the clause: "(DfE)", "(NADA".
BRACKETED_INITIALS = re.compile(r"\s*\((?:[A-Z][A-Za-z&.-]{1,11})\)?$")


def _without_initials(source: ExtractedSource) -> ExtractedSource:
    """ "the Department for Education (DfE": the name, without the initials in brackets after it."""
    name = BRACKETED_INITIALS.sub("", source.name)
    return replace(source, name=name) if name and name != source.name else source
