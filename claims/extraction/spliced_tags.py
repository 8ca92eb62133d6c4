"""A closing speech tag joined to the clause before it by a comma alone, which the parser coordinated
with that clause: "The firm had to cut output after the shutdown, chief executive Ana Ruiz told
reporters on Monday." The tag says no content of its own and ends the sentence, so the clause before
the comma is what was told. When the parser hung the name on the last noun of that clause as an
apposition ("... a shutdown at NRL, company chairman N M Borah told reporters"), the name is the
tag's subject."""

from __future__ import annotations

from spacy.tokens import Token

from .cues import is_cue
from .misparses import SPEECH_LEMMAS
from .views import can_speak

# What a closing tag may carry besides its subject: whom it was told, where and when.
TAG_PARTS = frozenset({"dobj", "dative", "prep", "npadvmod", "advmod", "punct"})
TOPICS = frozenset({"about", "of", "regarding", "concerning", "over"})


def _speaker(tag: Token) -> Token | None:
    doc = tag.doc
    subject = next((c for c in tag.children if c.dep_ == "nsubj"), None)
    if subject is None:
        before = doc[tag.i - 1]
        named = before.dep_ == "appos" and before.ent_type_ == "PERSON" and before.head.i < before.left_edge.i
        subject = before if named else None
    if subject is None or subject.i > tag.i or subject.right_edge.i != tag.i - 1 or subject.left_edge.i < 1:
        return None
    if doc[subject.left_edge.i - 1].text != "," or not can_speak(subject, tag):
        return None
    return subject


def closing_tag_after_a_comma(tag: Token) -> None:
    root = tag.head
    if tag.dep_ != "conj" or root.dep_ != "ROOT" or root.pos_ not in {"VERB", "AUX"} or root.i > tag.i:
        return
    if tag.lemma_.lower() not in SPEECH_LEMMAS or tag.tag_ not in {"VBD", "VBZ"}:
        return
    if is_cue(root):  # ("Police believe the fire was arson, X told reporters": the police's belief)
        return
    if not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in root.children):
        return
    # (not "The firm cut output and Ruiz told reporters", nor a tag with words of its own)
    if any(c.dep_ == "cc" for c in list(root.children) + list(tag.children) if c.i < tag.i):
        return
    after = [c for c in tag.children if c.i > tag.i]
    # (not a tag with a topic of its own, on the verb or run onto a day: "told reporters about the new
    # truck", "on Monday of a second blaze"; a place's own "of" is none: "on the sidelines of a conference")
    topic = any(
        t.dep_ == "prep" and t.lower_ in TOPICS and (t.head == tag or t.head.ent_type_ in {"DATE", "TIME"})
        for c in after
        for t in c.subtree
    )
    if topic or any(c.dep_ not in TAG_PARTS for c in after):
        return
    last = max(t.i for t in tag.subtree if not t.is_punct)
    if any(not t.is_punct for t in tag.doc[last + 1 : tag.sent.end]):
        return
    subject = _speaker(tag)
    if subject is None:
        return
    if subject.dep_ == "appos":
        subject.head, subject.dep_ = tag, "nsubj"
    tag.head, tag.dep_ = tag, "ROOT"
    root.head, root.dep_ = tag, "ccomp"
