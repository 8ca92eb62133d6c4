"""A speech tag the parser hung on the clause after it as an aside: "The chairperson, who made the
announcement, said, the 12 disqualified failed to ...", "Still, she concluded, “It is ...”", "When his
turn came, he said, “You've got to ...”" (what comes before the tag is the narration's); and a closing
tag hung on the name before it as a relative clause ("... is Salih Khater, a British citizen, a security
source told Reuters on Wednesday.")."""

from __future__ import annotations

from spacy.tokens import Token

from .cues import CUE_ROLES
from .misparses import SPEECH_LEMMAS, speech_after_an_act_read_as_its_head


def _of_time(clause: Token) -> bool:  # ("When his turn came", not "If the deal fails", "By 2030")
    return clause.dep_ == "advcl" and any(
        c.dep_ == "advmod"
        and c.lower_ in {"when", "once"}
        or c.dep_ == "mark"
        and c.lower_ in {"after", "before", "once", "while", "when"}
        for c in clause.children
    )


def speech_before_its_content_read_as_an_aside(cue: Token) -> None:
    """ "The chairperson, Ana Osu, who made the announcement in Tamale said, the 12 disqualified
    failed to ...": the parser may hang a speech verb with its own subject, then a comma, as an aside
    on the clause after it; that clause is what was said."""
    content, doc = cue.head, cue.doc
    speech_after_an_act_read_as_its_head(cue)
    if cue.dep_ != "parataxis" or cue.lemma_ not in SPEECH_LEMMAS or content.i < cue.i:
        return
    if content.dep_ != "ROOT" or cue.i + 1 >= len(doc) or doc[cue.i + 1].text != ",":
        return
    opening = [c for c in content.children if c.i < cue.i]  # ("Still, she concluded, “It is ...")
    # (a time clause or a phrase before a tag whose quotation opens after it is the narration's: "When
    # his turn came, he said, “You've got to ...”")
    quoted_after = cue.i + 2 < len(doc) and doc[cue.i + 2].is_quote and not doc[cue.i - 1].is_quote
    allowed = {"advmod", "cc", "punct"}
    if not any(c.dep_ == "nsubj" for c in cue.children) or any(
        c.dep_ not in allowed and not (quoted_after and _of_time(c)) for c in opening
    ):
        return
    cue.head, cue.dep_ = cue, "ROOT"
    content.head, content.dep_ = cue, "ccomp"
    for c in opening:
        c.head = cue


RELATIVE_WORDS = frozenset({"who", "whom", "whose", "which", "that", "where", "when"})


def closing_tag_read_as_a_relative(tag: Token) -> None:
    content_read_into_the_relative(tag)
    if tag.dep_ != "relcl" or tag.lemma_.lower() not in SPEECH_LEMMAS or tag.i < tag.head.i:
        return
    doc = tag.doc
    subject = next((c for c in tag.children if c.dep_ == "nsubj" and c.i < tag.i), None)
    if subject is None or any(
        t.lower_ in RELATIVE_WORDS or t.tag_ == "PRP" and t.i != subject.i for t in subject.subtree
    ):
        return
    start = subject.left_edge.i
    root = tag.head
    while root.head.i != root.i:
        root = root.head
    if start < 1 or doc[start - 1].text != "," or root.i > start or root.pos_ not in {"VERB", "AUX"}:
        return
    # (the tag says no content of its own and ends the sentence: "told Reuters on Wednesday.")
    if any(c.dep_ in {"ccomp", "xcomp"} for c in tag.children):
        return
    end = tag.right_edge.i + 1
    if end < len(doc) and not (
        doc[end].is_punct and doc[end].head.i == root.i and doc[end].text in {".", "!"}
    ):
        return
    tag.head, tag.dep_ = tag, "ROOT"
    root.head, root.dep_ = tag, "ccomp"


# Verbs that tell someone something: "told reporters ... that", "assured investors ... that".
ADDRESSING = frozenset("tell inform assure remind warn promise".split())
# Verbs that take a that-clause of their own in a relative clause ("officials who believed that ...").
THINKING = frozenset("know think believe hope fear feel learn hear ensure show find expect".split())
# Verbs of voicing that take what was voiced as a clause ("fans who chanted that he should go").
VOICING = frozenset("chant shout sing yell scream cry demand complain".split())


def content_read_into_the_relative(relcl: Token) -> None:
    """ "He told celebrity media who caught up with him in Santa Monica that he was fine": the parser
    may hang the that-clause on the relative clause describing whom one told; it is what was told."""
    noun = relcl.head
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in ADDRESSING or relcl.i < noun.i:
        return
    # (not "told residents who claimed that the water was unsafe": the relative clause's own words)
    if relcl.lemma_.lower() in SPEECH_LEMMAS | THINKING | CUE_ROLES.keys() or relcl.lemma_.lower() in VOICING:
        return
    if (
        any(c.dep_ == "ccomp" for c in verb.children)
        or len([c for c in relcl.children if c.dep_ == "ccomp"]) > 1
    ):
        return
    for c in [c for c in relcl.children if c.dep_ == "ccomp" and c.i > relcl.i]:
        if any(m.dep_ == "mark" and m.lower_ == "that" and m.i == c.left_edge.i for m in c.children):
            c.head = verb
