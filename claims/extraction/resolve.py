"""Stage 5, resolve: turn each frame's source tokens into named sources.

Reads the report's sentences in order with a Resolver, so that a later short form ("Okafor",
"the Gazette") or pronoun ("She") is read as the full name met earlier. Each frame is named when
its own sentence is read (a quotation's speaker may stand before or after the quoted words); the
documents cued in each sentence are found at the same time, while the registry holds what the
report has said so far. At the end every source goes under the name the whole report gives it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Token

from .entities import is_document, kind_of_name, looks_like_personal_name
from .groups import Named, body_of_those, coordinated_group, group_quantified, names_nobody
from .publishers import UNNAMED_DOCUMENT, document_phrase, final_sources, lead_news_org
from .references import DOCUMENT_KINDS, FoundReference, find_references
from .registry import Entity
from .resolver import Resolver
from .surveys import a_bare_figure
from .types import AttributedClause, ExtractedSource, Frame, Sentence, SourcedClause

# "Numerous reports say ...": many outlets, not the one the report leans on.
MANY = frozenset("numerous several many multiple various other some media".split())

# Pronouns that name nobody in particular as a source ("it said", "this showed", "they rejected";
# "had their suspicions that ..." when "their" points to no one).
VAGUE_SOURCES = frozenset(
    "it this that they we i you he she him her them us me its their his our my your".split()
)


@dataclass(frozen=True)
class Resolved:
    clauses: tuple[SourcedClause, ...]
    documents: tuple[FoundReference, ...]  # documents cued in the report, publishers named
    resolver: Resolver
    lead: str  # the news organisation the report leans on most ("" if none)
    held_by: dict[str, str]  # a document's noun ("emails") -> who the report says holds them


def _unnamed(frame: Frame, head: Token) -> ExtractedSource | None:
    """A source phrase that names nobody the report knows."""
    lemma = head.lemma_.lower()
    document = is_document(head)
    many = head.tag_ == "NNS" and any(c.lower_ in MANY for c in head.children)
    if document and DOCUMENT_KINDS.get(lemma) == "article" and not many:
        # "according to a report": the outlet the report leans on, found at the end; if it leans
        # on none, the document's own phrase ("a study") stands in
        return ExtractedSource(
            name=UNNAMED_DOCUMENT,
            kind="news_org",
            role="reported",
            cue=frame.cue,
            aliases=(document_phrase(head),),
        )
    if document:
        # "according to court documents": the documents themselves are the source
        return ExtractedSource(name=document_phrase(head), kind="other", role="reported", cue=frame.cue)
    wordless = not any(ch.isalpha() for ch in head.text)  # (a "-" the parser made a subject)
    if head.lower_ in VAGUE_SOURCES or head.ent_type_ in {"DATE", "TIME"} or wordless:
        return None  # ("polls ... published in recent days show ...": a time names no one)
    return ExtractedSource(name=head.text, kind="other", role=frame.role, cue=frame.cue)


def _named_role(frame: Frame, head: Token, kind: str) -> str:
    if frame.direct_quote and frame.role == "said":
        return "quoted"
    if is_document(head) or kind == "news_org" and frame.cue == "according to":
        return "reported"
    if frame.cue == "according to":
        return "said"  # "according to the minister": a person or body speaking, not publishing
    return frame.role


def _outer_source(frame: Frame, sentence: Sentence, resolver: Resolver) -> ExtractedSource | None:
    head = frame.source
    if head is None and (_revealed_by_nobody(frame, sentence) or not _a_report_near(frame, sentence)):
        return None  # (a speaker the parse lost is nobody, not an unnamed report)
    if head is None:
        # "says report": an unnamed document, the outlet the report leans on
        return ExtractedSource(
            name=UNNAMED_DOCUMENT, kind="news_org", role="reported", cue=frame.cue, aliases=("report",)
        )
    if "'" in head.lower_.replace("’", "'") and head.lower_.replace("’", "'").split("'")[0] in {"i", "we"}:
        return None  # "I've been writing them": the writer, the report's own voice
    named = _surname_met_before(head, resolver)
    if named is None and (
        names_nobody(head)
        or frame.role == "reported"
        and head.pos_ == "NOUN"
        and head.lemma_.lower() in MEASURES
    ):
        return None  # "the number of small worlds shows that ...": a finding, nobody's account
    named = named or resolver.name_for(body_of_those(head) or head, sentence)
    document = is_document(head)
    if named is None and a_bare_figure(head):
        return None  # "40% said ..." with no survey named: a figure is nobody
    if named is None:
        source = _unnamed(frame, head)
        if source is not None and document:  # "The audit found ... It also found ...": the audit
            resolver.remember_speaker(sentence, Named(source.name, source.kind, source.aliases), head, True)
        return source
    resolver.remember_speaker(sentence, named, head, document)
    return ExtractedSource(
        name=named.name,
        kind=named.kind,
        role=_named_role(frame, head, named.kind),
        cue=frame.cue,
        aliases=named.aliases,
    )


def _surname_met_before(head: Token, resolver: Resolver) -> Named | None:
    """ "Weeks continued, ...": a surname that is also a word the tagger takes for one (a time), after
    the report has named the person in full ("Wendell P. Weeks")."""
    if not head.is_title or head.pos_ == "PROPN" or head.ent_type_ in {"PERSON", "ORG"}:
        return None
    modified = {"prep", "det", "amod", "poss"}  # ("Weeks of talks have shown ...", "two weeks": the word)
    if any(c.dep_ in modified or c.dep_ == "nummod" and c.i < head.i for c in head.children):
        return None
    e = resolver.registry.lookup(head.text, unique=True)
    if e is None or e.kind != "person" or e.name == head.text or e.name.split()[-1] != head.text:
        return None
    return Named(e.name, e.kind, tuple(sorted(e.aliases)))


# Quantities that "show" or "reveal" something: evidence, not a source.
MEASURES = frozenset(
    "amount number rise fall increase decline drop level rate growth size scale share proportion count "
    "total trend pattern presence absence lack spike surge jump".split()
)

# Verbs of coming to light: "it was revealed that ..." names nobody, not the outlet's report.
COMING_TO_LIGHT = frozenset({"reveal", "disclose", "learn", "emerge", "establish"})


def _a_report_near(frame: Frame, sentence: Sentence) -> bool:
    """ "..., says report": a document noun next to the speech verb that found no speaker."""
    if frame.cue_index is None:
        return True
    doc = sentence.span.doc
    near = doc[max(0, frame.cue_index - 3) : frame.cue_index + 4]
    return any(DOCUMENT_KINDS.get(t.lemma_.lower()) == "article" for t in near)


def _revealed_by_nobody(frame: Frame, sentence: Sentence) -> bool:
    if frame.cue_index is None:
        return False
    cue = sentence.span.doc[frame.cue_index]
    return cue.lemma_.lower() in COMING_TO_LIGHT and any(
        c.dep_ == "nsubjpass" and c.lower_ == "it" for c in cue.children
    )


def sources_for(frame: Frame, sentence: Sentence, resolver: Resolver) -> tuple[ExtractedSource, ...]:
    """The attribution chain of a frame: outer source first, cited sources after it with parent=0."""
    outer = _outer_source(frame, sentence, resolver)
    out = [outer] if outer is not None else []
    pollster = _surveyed_by(frame.source, sentence, resolver) if outer is not None else None
    if pollster is not None:
        # "of 40 economists surveyed by Bloomberg, all but two predicted ...": the survey is the
        # pollster's report, the economists the ones it cites
        out = [pollster, replace(outer, role="cited", cue="surveyed", parent=0)]
    pair = resolver.pair_named(frame.source, sentence) if out and out[0].parent is None else None
    if pair is not None:  # "the two ministers acknowledged ...": each of the two named
        out = [replace(out[0], name=p.name, kind=p.kind, aliases=p.aliases) for p in pair] + out[1:]
    out += _co_speakers(frame, sentence, resolver, out)
    for cited in frame.cited:
        # "citing Reuters and AP" names two; "citing in-post and former officials" is one group the
        # parser may hang on a misread first noun, so every conjunct is tried
        group = coordinated_group(cited)
        for candidate in (cited,) if group else (cited, *cited.conjuncts):
            named = group or resolver.name_for(candidate, sentence)
            if named is None or any(s.name == named.name for s in out):
                continue
            out.append(
                ExtractedSource(
                    name=named.name,
                    kind=named.kind,
                    role="cited",
                    cue="citing",
                    parent=0 if outer is not None else None,
                    aliases=named.aliases,
                )
            )
    return tuple(out)


def _co_speakers(frame: Frame, sentence: Sentence, resolver: Resolver, out: list) -> list[ExtractedSource]:
    """ "Anna Berg and Tom Reyes said ...": each named speaker coordinated with the first says it
    too, with the same role; only names (a coordination of descriptions is one group)."""
    head = frame.source
    if head is not None and head.pos_ == "NOUN" and head.tag_ == "NNS":  # ("analysts A and B say")
        head = next((a for a in head.children if a.dep_ == "appos" and a.conjuncts), head)
    if not out or out[0].parent is not None or head is None or head.pos_ != "PROPN":
        return []
    found = []
    # "Anna Berg, Tom Reyes and Lisa Wong said": the parser hangs the list on an apposition
    listed = [a for a in head.children if a.dep_ == "appos" and a.ent_type_ == head.ent_type_ == "PERSON"]
    others = [*head.conjuncts, *(t for a in listed if a.conjuncts for t in (a, *a.conjuncts))]
    places: set[int] = (
        set()
    )  # ("The Prime Ministers of Jamaica and Trinidad and Tobago said": places joined on)
    for other in others:
        if other.i < head.i or other.pos_ != "PROPN":
            continue
        if head.ent_type_ not in {"GPE", "NORP", "ORG"} and (
            other.ent_type_ in {"GPE", "LOC"} or other.head.i in places
        ):
            places.add(other.i)
            continue
        named = resolver.name_for(other, sentence)
        if named is None or any(s.name == named.name for s in out + found):
            continue
        found.append(replace(out[0], name=named.name, kind=named.kind, aliases=named.aliases))
    return found


# Verbs by which a pollster or outlet asks a group: "economists surveyed by Bloomberg".
SURVEYING = frozenset({"survey", "poll", "interview", "question", "canvass", "consult"})


def _surveyed_by(head: Token | None, sentence: Sentence, resolver: Resolver) -> ExtractedSource | None:
    group = (group_quantified(head) or head) if head is not None else None
    for acl in (c for c in group.children if c.dep_ == "acl") if group is not None else ():
        if acl.lemma_.lower() not in SURVEYING:
            continue
        for agent in (c for c in acl.children if c.dep_ == "agent"):
            for who in (g for g in agent.children if g.dep_ == "pobj"):
                named = resolver.name_for(who, sentence)
                if named is not None and named.kind != "person":
                    return ExtractedSource(
                        name=named.name,
                        kind=named.kind,
                        role="reported",
                        cue="surveyed",
                        aliases=named.aliases,
                    )
    return None


def _speaker_of(sentence: Sentence, attributed: Sequence[AttributedClause], named, resolver) -> Entity | None:
    """The speaker of a quotation this sentence goes on with, named in an earlier sentence."""
    for a in attributed:
        if a.frame is not None and a.frame_sentence is not None and a.frame_sentence.index < sentence.index:
            sources = named.get(id(a.frame))
            return resolver.registry.lookup(sources[0].name) if sources else None
    return None


# What outlets publish: the documents by which the report may lean on a news organisation.
NEWS_PIECES = frozenset({"report", "article", "story", "investigation", "interview", "analysis"})


def _news(document: FoundReference, resolver: Resolver) -> bool:
    """Whether a document's publisher may be an outlet the report leans on."""
    if document.kind != "article" or document.publisher in {"", document.title}:
        return False
    known = resolver.registry.lookup(document.publisher)
    kind = known.kind if known is not None else kind_of_name(document.publisher)
    words = document.title.lower().split()
    if kind == "other" and looks_like_personal_name(document.publisher):
        return False
    return kind == "news_org" or (kind == "other" and bool(words) and words[-1] in NEWS_PIECES)


def resolve(sentences: Sequence[Sentence], attributed: Sequence[AttributedClause]) -> Resolved:
    resolver = Resolver()
    in_sentence: dict[int, list[AttributedClause]] = defaultdict(list)
    frames_at: dict[int, list[Frame]] = defaultdict(list)
    for a in attributed:
        in_sentence[a.clause.sentence.index].append(a)
        if a.frame is not None and a.frame_sentence is not None:
            frames_at[a.frame_sentence.index].append(a.frame)
    named: dict[int, tuple[ExtractedSource, ...]] = {}
    documents: list[FoundReference] = []
    for sentence in sentences:
        found = in_sentence[sentence.index]
        label = next((a.frame.source for a in found if a.frame is not None and a.frame.cue == ":"), None)
        resolver.observe(sentence, _speaker_of(sentence, found, named, resolver), label)
        for frame in frames_at[sentence.index]:
            if id(frame) not in named:
                named[id(frame)] = sources_for(frame, sentence, resolver)
        documents += find_references(sentence, resolver)
    sourced = [(a, named[id(a.frame)] if a.frame is not None else ()) for a in attributed]
    lead = lead_news_org(
        (s for _, sources in sourced for s in sources),
        # "according to the National Diet and Nutrition Survey": a named study is no outlet
        # (a study done by a council, a review by a person: whoever wrote them is no outlet)
        (d.publisher for d in documents if _news(d, resolver)),
    )
    # "emails show ..." in the headline, "emails obtained by the Echo" in the body: the same emails
    # ("the deputy noted in the charging documents" says what he wrote there, not that the
    # documents cited elsewhere are his: a document someone spoke in holds nothing for later)
    held_by = {
        d.title.split()[-1].lower(): d.publisher
        for d in documents
        if d.publisher and d.title and not d.cue.endswith((" in", " on"))
    }
    clauses = tuple(
        SourcedClause(
            clause=a.clause,
            frame=a.frame,
            sources=final_sources(sources, lead=lead, held_by=held_by, registry=resolver.registry),
        )
        for a, sources in sourced
    )
    return Resolved(
        clauses=clauses, documents=tuple(documents), resolver=resolver, lead=lead, held_by=held_by
    )
