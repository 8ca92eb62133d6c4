"""Repairs made on each subject (see `misparses.mend_a_subject`) for a verb the parser gave it wrongly.

- a name closing a phrase of roles (`role_names`), a naming aside between dashes (`asides`);
- a speech verb after "seem to" or "appear to": "Most economists seem to think that more rate rises
  are coming", "The minister appeared to suggest that taxes would rise". The parser makes "seem" the
  verb and the speech verb a clause under it, so that no one would be saying anything; the speech
  verb is the clause's verb, "seem to" only hedging it, and the subject its speaker.
"""

from __future__ import annotations

from spacy.tokens import Token

from .asides import naming_aside_read_as_the_verb
from .cues import CUE_ROLES
from .role_names import name_closing_a_role_phrase

SEEMING = frozenset({"seem", "appear"})


def mend_the_subjects_verb(subject: Token) -> None:
    name_closing_a_role_phrase(subject)
    naming_aside_read_as_the_verb(subject)
    speech_after_seeming(subject)


def speech_after_seeming(subject: Token) -> None:
    """Make the speech verb after "seem to" the verb of `subject` (see above)."""
    seem = subject.head
    if subject.dep_ != "nsubj" or seem.lemma_.lower() not in SEEMING or subject.i > seem.i:
        return
    cue = next((c for c in seem.children if c.dep_ == "xcomp" and c.lemma_.lower() in CUE_ROLES), None)
    if cue is None or not any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children):
        return
    for moved in [c for c in seem.children if c != cue]:
        moved.head = cue
    cue.head, cue.dep_ = (cue, "ROOT") if seem.dep_ == "ROOT" else (seem.head, seem.dep_)
    seem.head, seem.dep_ = cue, "aux"
