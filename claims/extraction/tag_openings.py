"""A speech tag the parser hung on the clause after it as an aside: "The chairperson, who made the
announcement, said, the 12 disqualified failed to ...", "Still, she concluded, “It is ...”", "When his
turn came, he said, “You've got to ...”" (what comes before the tag is the narration's)."""

from __future__ import annotations

from spacy.tokens import Token

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
