"""A report's speech told in a time clause: "The rebels said they had hit a ship, a day after the
U.S. command said the group had fired two missiles." The parser may read "a day after" as a
measure with a preposition that has no object, and the speech after it as more of what the rebels
said; it is a clause of time, the command's own statement."""

from __future__ import annotations

from spacy.tokens import Token

from .cues import CUE_ROLES

# Words by which a measure of time opens a clause ("a day after", "hours before", "weeks since").
TIME_LINKS = frozenset({"after", "before", "since", "until"})


def time_clause_read_as_the_content(speaker_verb: Token) -> None:
    """A speech verb read as the content of `speaker_verb`, whose measure of time ("a day") holds a
    preposition ("after") with no object, or with the new speaker as its object ("a day after the
    U.S. Central Command (CENTCOM) said"): that preposition opens the clause, which is one of time."""
    where_clause_read_as_a_tags_content(speaker_verb)
    later = speaker_verb.head
    if speaker_verb.dep_ == "ccomp" and later.dep_ == "ROOT" and later.i > speaker_verb.i:
        # ("The rebels said they had hit a ship, a day after X said ...": the parser may make the
        # second speech the root, the first its content)
        if _opens_a_time_clause(later, speaker_verb):
            speaker_verb.head, speaker_verb.dep_ = speaker_verb, "ROOT"
            later.head = speaker_verb
            for c in [c for c in later.children if c.i < speaker_verb.left_edge.i or c.dep_ == "punct"]:
                c.head = speaker_verb
            return
    for verb in [c for c in speaker_verb.children if c.dep_ == "ccomp" and c.i > speaker_verb.i]:
        _opens_a_time_clause(verb, speaker_verb)


def _opens_a_time_clause(verb: Token, speaker_verb: Token) -> bool:
    """Make `verb` a clause of time when a measure before it holds "after" and no object but its
    speaker; whether it did."""
    if verb.lemma_.lower() not in CUE_ROLES:
        return False
    measure = next((c for c in verb.children if c.dep_ == "npadvmod" and speaker_verb.i < c.i < verb.i), None)
    link = next((c for c in measure.children if c.dep_ == "prep"), None) if measure is not None else None
    if link is None or link.lower_ not in TIME_LINKS:
        return False
    objects = [c for c in link.children if c.dep_ == "pobj"]
    if any(c.dep_ != "pobj" for c in link.children) or len(objects) > 1:
        return False
    if objects and any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return False
    for subject in objects:  # ("after the U.S. Central Command (CENTCOM) said": who speaks)
        subject.head, subject.dep_ = verb, "nsubj"
    link.head, link.dep_ = verb, "mark"
    verb.dep_ = "advcl"
    return True


def where_clause_read_as_a_tags_content(tag: Token) -> None:
    """ "The shortfall is worst in physics, the agency found, where one in five posts is vacant": a
    "where" clause after a tag set off by commas says more of the clause before the tag, not what the
    tag's speaker found."""
    if tag.dep_ != "parataxis" or tag.lemma_.lower() not in CUE_ROLES or tag.head.i > tag.i:
        return
    for clause in [c for c in tag.children if c.dep_ == "ccomp" and c.i > tag.i]:
        opening = clause.left_edge
        if (
            opening.lower_ in {"where", "when"}
            and opening.dep_ == "advmod"
            and tag.doc[opening.i - 1].text == ","
        ):
            clause.head, clause.dep_ = tag.head, "advcl"


def adverb_read_into_the_subject(subject: Token) -> None:
    """ "Earlier the Ukrainian military had said ...": an adverb opening the sentence is the verb's,
    not part of the name of the one who spoke."""
    phrase_read_as_a_first_subject(subject)
    for adverb in [
        c for c in subject.children if c.dep_ == "advmod" and c.tag_ in {"RB", "RBR"} and c.i == 0
    ]:
        adverb.head = subject.head


def phrase_read_as_a_first_subject(subject: Token) -> None:
    """ "Outside court on Monday, members of the league sang songs, telling me ...": a phrase of place
    opening the sentence, read as a first subject beside the real one after the comma, is no subject."""
    verb, doc = subject.head, subject.doc
    later = [c for c in verb.children if c.dep_ == "nsubj" and c.i > subject.i]
    if subject.dep_ != "nsubj" or not later or subject.left_edge.i != verb.sent.start:
        return
    if subject.pos_ != "NOUN" or any(c.dep_ in {"det", "poss", "nummod"} for c in subject.children):
        return  # (a bare noun, "Outside court": not "The minister, the mayor said")
    between = doc[subject.right_edge.i + 1 : later[0].left_edge.i]
    if not between or between[-1].text != "," or any(t.head != verb and t.head.head != verb for t in between):
        return
    subject.dep_ = "npadvmod"
