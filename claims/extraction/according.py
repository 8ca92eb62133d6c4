"""Attribution by "according to X": on the clause it hangs from, or closing the sentence after a
comma, when it covers all of it wherever the parser hung it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Token

from .entities import is_document
from .memo import per_token
from .publishers import on_whose_site
from .segment import doc_text, in_quotes
from .types import Frame

# What a rule says, not anyone: "according to international law, all member states must ...",
# "interpreted according to their plain language", "going according to plan".
RULE_NOUNS = frozenset(
    "law rule regulation constitution statute tradition custom legend section clause act bylaw charter "
    "treaty provision language wording intent plan schedule".split()
)
# A measure something is ranked by, not anyone: "the biggest party according to voting intention".
MEASURE_NOUNS = frozenset("intention ranking rating size value weight volume turnover capacity".split())


def _our_own(obj: Token) -> bool:
    """ "according to our data", in someone's own words: the speaker's, no other source; "according
    to international law", a rule's terms, no one's account; "according to voting intention", a
    measure, no one's account either."""
    mine = any(c.dep_ == "poss" and c.lower_ in {"our", "my"} for c in obj.children)
    return mine or obj.lemma_.lower() in RULE_NOUNS | MEASURE_NOUNS or obj.ent_type_ == "LAW"


def heard_according_to(token: Token) -> bool:
    """Whether the token is the one something is "according to"."""
    link = token.head
    return token.dep_ == "pobj" and link.lower_ == "to" and link.head.lower_ == "according"


@per_token
def according_to(pred: Token) -> tuple[Token, Token] | None:
    """`("according", X)` when the clause says "..., according to X" (or "as per X", "per X", the
    same in other Englishes); the cue token comes first."""
    # "... under plans announced by the home secretary" (the parser may hang it on a noun before)
    nouns = [g for p in pred.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    near = [*pred.children, *(g for n in nouns for g in n.children)]
    for under in (c for c in near if c.lower_ == "under"):
        if (author := _plans_by(under)) is not None:
            return under, author
    # ("plans to increase its staff according to the report": on the verb the clause's verb governs)
    governed = [g for x in pred.children if x.dep_ == "xcomp" for g in x.children if g.lower_ == "according"]
    for c in [*pred.children, *governed]:
        if c.lower_ == "according" or (c.dep_ == "prep" and c.lemma_.lower() == "accord"):
            links = [to for to in c.children if to.lower_ == "to"]
        elif c.dep_ == "prep" and c.lower_ == "as":
            links = [per for per in c.children if per.lower_ == "per"]  # "as per the report"
        elif c.dep_ == "prep" and c.lower_ == "per" and c.i == pred.sent.start:
            links = [c]  # "Per the filing, ..." (not "$5 per share")
        else:
            continue
        for link in links:
            for obj in link.children:
                if obj.dep_ == "pobj" and not _our_own(obj):
                    return c, obj if is_document(obj) else _presented_by(obj) or obj
                if obj.dep_ == "pcomp" and obj.tag_ == "VBG":
                    # "according to charging documents": the parser read "charging" as a verb
                    noun = next((g for g in obj.children if g.dep_ == "dobj"), None)
                    if noun is not None and not _our_own(noun):  # (not "according to voting intention")
                        return c, noun
    return _in_an_update_from(pred) or _as_reported(pred) or _in_the_view_of(pred)


# Verbs by which someone puts figures out: "according to results presented in Chicago by Eisai's X".
PRESENTING = frozenset("present release compile publish issue produce prepare".split())
FIGURES = frozenset("result figure number finding estimate calculation count tally projection".split())


def _presented_by(obj: Token) -> Token | None:
    """ "according to results presented by Ana Obi", "figures released by the ONS": who put them out."""
    if obj.lemma_.lower() not in FIGURES:
        return None  # (not "according to a hostage released by the rebels": the hostage speaks)
    for acl in (c for c in obj.children if c.dep_ == "acl" and c.lemma_.lower() in PRESENTING):
        for by in (c for c in acl.children if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by"):
            who = next((g for g in by.children if g.dep_ == "pobj"), None)
            if who is None:
                continue
            # a person or a body, or a name the tagger gave no type (not a date: "published by Tuesday")
            if who.ent_type_ in {"PERSON", "ORG"} or who.pos_ == "PROPN" and not who.ent_type_:
                return who
    return None


# What a body puts out: "In an update from Elections Manitoba on Thursday, ..." is its account.
UPDATE_NOUNS = frozenset(
    "update statement release report bulletin post notice briefing announcement "
    "index data figure".split()  # ("In the latest Consumer Price Index from X")
)


def _in_an_update_from(pred: Token) -> tuple[Token, Token] | None:
    """ "(But) in an update from X, ...", "In a statement by X, ...", "In a post on X's website, ...",
    opening the sentence (after a dateline, "CLAY COUNTY —"): X's account."""
    # (the parser may hang it on a participle after it: "In a post on X posted late Wednesday, ...")
    near = [
        *pred.children,
        *(g for a in pred.children if a.dep_ == "advcl" and a.tag_ == "VBN" for g in a.children),
    ]
    for c in (c for c in near if c.dep_ == "prep" and c.lower_ == "in" and _opens(c)):
        for noun in (g for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in UPDATE_NOUNS):
            for p in (g for g in noun.children if g.dep_ == "prep" and g.lower_ in {"from", "by"}):
                author = next((g for g in p.children if g.dep_ == "pobj"), None)
                # (not "In figures from 2019": a year tells nothing)
                if author is not None and not (author.like_num or author.ent_type_ in {"DATE", "TIME"}):
                    return c, author
            if (owner := on_whose_site(noun)) is not None:
                return c, owner
    return None


# Nouns for what someone thinks: "in his view", "in the opinion of the council", "in Obi's words".
VIEW_NOUNS = frozenset("view opinion estimation words judgment judgement assessment".split())


def _in_the_view_of(pred: Token) -> tuple[Token, Token] | None:
    """ "The reason, in his opinion, is that ...", "In the view of the council, the bridge is unsafe":
    whose view the clause is (not "in my view", the speaker's own words; not "in view of the rain")."""
    for c in (c for c in pred.children if c.dep_ == "prep" and c.lower_ == "in"):
        for noun in (g for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() in VIEW_NOUNS):
            held = [g for g in noun.children if g.dep_ == "poss" and g.lower_ not in {"my", "our"}]
            if any(d.dep_ == "det" for d in noun.children):  # ("in the opinion of X", not "in view of X")
                held += [g for p in noun.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
            if held and not _our_own(noun):
                return c, held[0]
    return None


def according_phrase(cue: Token, pred: Token) -> Token:
    """The head of the words that say whose account the clause is, to leave out of it: the cue's own,
    or the participle the parser hung "In a post on X" on ("In a post on X posted late Wednesday")."""
    on_participle = cue.head != pred and cue.head.dep_ == "advcl" and cue.head.head == pred
    return cue.head if on_participle else cue


def _opens(prep: Token) -> bool:
    start = prep.sent.start
    if prep.i <= start + 1:
        return True
    before = prep.doc[start : prep.i]  # ("CLAY COUNTY — In a post on ...": a dateline first)
    return before[-1].text in {"—", "–", "-"} and all(t.pos_ == "PROPN" or t.is_punct for t in before)


# Verbs of an outlet or a speaker putting something out, in ", as Reuters reported".
AS_REPORTED = frozenset(
    "report note say write tell reveal disclose confirm add announce share explain state allege claim".split()
)


def _as_reported(pred: Token) -> tuple[Token, Token] | None:
    """ "That report had sent the stock higher, as Reuters notes" (or "as reported by Reuters"): a
    trailing as-clause whose own speech verb has nothing to say of its own names whose account the
    clause is."""
    # ("are expected to affect 36 million people, as noted by X": or on the verb the predicate governs)
    # (only on the sentence's own root: "The governor said the storms are expected to ..., as noted by
    # X" is the governor's statement)
    governed = (
        [g for x in pred.children if x.dep_ == "xcomp" for g in x.children] if pred.dep_ == "ROOT" else []
    )
    for c in [*pred.children, *governed]:
        # ", as Reuters notes" after the clause, or "As Reich wrote on his blog, ..." before it
        if c.dep_ != "advcl" or c.lemma_.lower() not in AS_REPORTED:
            continue
        if not any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children):
            continue
        if any(g.dep_ in {"ccomp", "dobj", "xcomp"} for g in c.children):
            continue  # "as the minister said he would": what was said is there, not this clause
        subject = next((g for g in c.children if g.dep_ == "nsubj" and g.pos_ in {"PROPN", "NOUN"}), None)
        # (", as reported by the Daily News": the agent of the passive)
        by = [g for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
        subject = subject or next((g for g in by if g.pos_ in {"PROPN", "NOUN"}), None)
        if subject is not None:
            return c, subject
    return None


# Plans and the verbs by which someone puts them out: "under plans unveiled by the mayor", "under
# proposals set to be announced by the minister" say whose plans they are.
PLAN_NOUNS = frozenset("plan proposal reform rule measure scheme package legislation bill".split())
PUTTING_OUT = frozenset("announce unveil outline propose publish table".split())


def _plans_by(prep: Token) -> Token | None:
    for noun in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in PLAN_NOUNS):
        for verb in noun.subtree:
            if verb.tag_ != "VBN" or verb.lemma_.lower() not in PUTTING_OUT:
                continue
            for agent in (c for c in verb.children if c.dep_ == "agent"):
                author = next((g for g in agent.children if g.dep_ == "pobj"), None)
                if author is not None:
                    return author
    return None


def according_frame(pred: Token) -> Frame | None:
    found = according_to(pred)
    if not found:
        return None
    cue, obj = found
    # ('According to the clerk, “These tallies are not final. Results are added ...”': a quotation
    # opened after it goes on in the next sentence in the same voice)
    text = doc_text(pred.doc)
    quoted = in_quotes(text, pred.idx, pred.idx + len(pred)) and not in_quotes(text, cue.idx, cue.idx + 1)
    return Frame(source=obj, role="reported", cue="according to", cue_index=pred.i, direct_quote=quoted)


def opens_the_conjunct(part: Token) -> bool:
    """ "The terms were not disclosed, but according to X, the deal is worth $60m": an "according to"
    set before a coordinated clause's verb opens that clause alone."""
    found = according_to(part) if part.dep_ == "conj" else None
    return found is not None and found[0].i < part.i and found[0].i > part.head.i


def trailing_according_frame(pred: Token) -> Frame | None:
    """ "The thefts came to light in 2023, when an audit found ..., according to court documents":
    an "according to" closing the sentence after a comma covers all of it, wherever the parser
    hung it."""
    sentence = pred.sent
    last = max((t.i for t in sentence if not t.is_punct), default=-1)
    for t in pred.subtree:
        if t.lower_ != "according" or t.i <= pred.i or t.i == 0 or pred.doc[t.i - 1].text != ",":
            continue
        found = according_to(t.head)
        if found and found[0].i == t.i and found[1].right_edge.i == last:
            return Frame(source=found[1], role="reported", cue="according to", cue_index=t.head.i)
    return None


def cites_in_quotes(pred: Token) -> bool:
    """ "As per the report, ..." said inside the quotation marks: the speaker citing, not the
    report speaking ("..., according to the county" outside them is whose the account is)."""
    found = according_to(pred)
    return found is not None and in_quotes(doc_text(pred.doc), found[0].idx, found[0].idx + 1)


def _relays(relayed: Frame | None, frame: Frame) -> bool:
    return (
        relayed is not None
        and relayed.source is not None
        and frame.source is not None
        and frame.source.i != relayed.source.i
    )


def whose_clause(
    pred: Token,
    frame: Frame | None,
    shared: Frame | None,
    *,
    via: str,
    nested: bool,
    view: Callable[[Token], Frame | None],
) -> Frame | None:
    """Whose a clause is: "according to X" on it or its coordination, the frame it was reached by,
    or the view it states. '"As per the preliminary report, one athlete tested positive," X told
    TOI': the speaker's own words cite the report; they are still the speaker's."""
    spoken = frame if via == "content" and frame is not None and cites_in_quotes(pred) else None
    relayed = according_frame(pred) or shared
    within = via == "content" or (via == "conj" and nested)  # inside what someone said
    if spoken is None and within and frame is not None and relayed is not None and relayed.source is not None:
        # "X told reporters that A, but will not target B, according to news agencies": the
        # agencies' account, citing X (as "the Journal, citing officials, reported"), for B too
        if _relays(relayed, frame):
            return replace(relayed, cited=(*relayed.cited, frame.source))
        if frame.cited and frame.source is not None and frame.source.i == relayed.source.i:
            return frame
    own = spoken or relayed or frame or (None if nested else view(pred))
    if own is None and via == "main":
        own = trailing_according_frame(pred)
    return own
