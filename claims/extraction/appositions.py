"""A sentence's subject the parser hung, as an apposition, on the name in the phrase opening it.

"According to a report from the Tarrow Police Department, 47-year-old Ivo Kastel, a deputy with the
sheriff's office, was arrested early Monday": the parser may make "Ivo Kastel" an apposition of
"Department", leaving "was arrested" no subject; the engine would then take the arrested man for
the report's author. A person's name set off by commas after the opening "According to ..." phrase,
right before the sentence's verb (and its auxiliaries), which has no subject, is that verb's subject.
"""

from __future__ import annotations

from spacy.tokens import Token

SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def subject_read_as_the_sources_apposition(appos: Token) -> None:
    """Make `appos` the subject of the sentence's verb when it is such a name (see above)."""
    doc, sent = appos.doc, appos.sent
    if appos.dep_ != "appos" or appos.pos_ != "PROPN" or doc[sent.start].lower_ != "according":
        return
    start, comma = appos.left_edge.i, appos.right_edge.i
    comma += doc[comma].text != ","  # (the closing comma may hang on the name)
    if start < 1 or doc[start - 1].text != "," or comma >= sent.end or doc[comma].text != ",":
        return
    verb = sent.root
    between = doc[comma + 1 : verb.i]
    if verb.i <= comma or any(t.dep_ not in {"aux", "auxpass", "neg", "advmod"} for t in between):
        return
    if appos.ent_type_ != "PERSON" or any(c.dep_ in SUBJECTS for c in verb.children):
        return
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    appos.head, appos.dep_ = verb, "nsubjpass" if passive else "nsubj"
