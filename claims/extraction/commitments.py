"""Commitments made in words: "The commissioner vowed to overhaul the force", "The firm pledged to
repay every customer". With no clause after it, the verb still tells what its subject undertook
to do, which the report knows only from them: the statement is the speaker's, as a warning or an
appeal is (see `hidden_cues.speaks_in_words`). Only with a verb to do ("pledged $5m" is an act
the report tells) and a subject to make the commitment.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import speaker_of

# Verbs of undertaking in words to do something.
COMMITTING = frozenset({"vow", "pledge", "promise"})


def commits_in_words(cue: Token) -> bool:
    """A verb of undertaking with a verb to do ("vowed to overhaul") or a quoted object, and someone
    undertaking it."""
    # "have denied wrongdoing and vowed to fight the charges": a coordinated verb's subject is its head's
    who = speaker_of(cue) or (speaker_of(cue.head) if cue.dep_ == "conj" else None)
    if cue.lemma_.lower() not in COMMITTING or who is None:
        return False
    if any(c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"} for c in cue.children):
        return True
    # 'promised "even better video experiences"': what was promised, in the speaker's own words
    return any(c.dep_ == "dobj" and any(t.is_quote for t in c.subtree) for c in cue.children)
