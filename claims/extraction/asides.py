"""A naming participle set off by dashes that the parser read as the sentence's verb.

"Employees at the automaker's Detroit-area plant — dubbed Factory Zero — will be hit the hardest":
the parser may make "dubbed" the sentence's verb, with the employees its subject and the rest of
the sentence what was "dubbed", so that a naming verb (a cue) would make the employees speakers of
the report's own sentence. A participle of naming right after a dash, whose clause closes with a
second dash before the real verb, describes the noun before it; the verb after it is the sentence's.
"""

from __future__ import annotations

from spacy.tokens import Token

DASHES = frozenset({"-", "–", "—"})
NAMING = frozenset("dub call name nickname label term know brand".split())
SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def naming_aside_read_as_the_verb(subject: Token) -> None:
    """Give `subject` the verb after a dashed naming aside the parser made its verb (see above)."""
    aside, doc = subject.head, subject.doc
    if subject.dep_ != "nsubj" or aside.tag_ != "VBN" or aside.lemma_.lower() not in NAMING:
        return
    if subject.i > aside.i or aside.i < 2 or doc[aside.i - 1].text not in DASHES:
        return
    closing = next((t for t in doc[aside.i + 1 : aside.sent.end] if t.text in DASHES), None)
    if closing is None:
        return
    verb = next((c for c in aside.children if c.dep_ in {"ccomp", "conj"} and c.i > closing.i), None)
    if verb is None or verb.pos_ not in {"VERB", "AUX"} or any(c.dep_ in SUBJECTS for c in verb.children):
        return
    for moved in [c for c in aside.children if c.i > closing.i and c != verb]:
        moved.head = verb
    verb.head, verb.dep_ = (verb, "ROOT") if aside.dep_ == "ROOT" else (aside.head, aside.dep_)
    subject.head = verb
    subject.dep_ = "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "nsubj"
    aside.head, aside.dep_ = doc[aside.i - 2], "acl"
