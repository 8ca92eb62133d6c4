"""Claims judged true or false by name: "A spokesperson called a US claim that Iran had attacked the ship
“baseless”". The parser may read the judgement into the claim's that-clause (`judgement_read_into_the_claim`,
a repair made before segmenting); what the claim says is then the caller's to answer for, denied when the
judgement rejects it (`judged_by_its_caller`). The words of truth are shared with `carve` and `sift`."""

from __future__ import annotations

from spacy.tokens import Token

from .cues import CLAIM_NOUNS, subject_of
from .types import Frame

# Predicates that judge a statement ("it was false"): their "it" is a claim, not a speaker.
TRUTH_WORDS = frozenset(
    "true false untrue wrong inaccurate accurate correct incorrect baseless unfounded misleading "
    "fabricated fake nonsense lie lies".split()
)


# Verbs by which one judges a claim named as their object: "called the claim that ... baseless".
JUDGING_VERBS = frozenset({"call", "label", "brand", "term", "deem", "declare", "pronounce"})


def judgement_read_into_the_claim(acl: Token) -> None:
    """ "A spokesperson called a US claim that Iran had attacked the ship “baseless.”": the parser may
    hang the judgement on the that-clause of the claim noun, so that the ship was attacked baseless and
    nobody judged anything; a word of truth closing the clause is the judging verb's complement."""
    noun = acl.head
    verb = noun.head
    if (
        acl.dep_ not in {"acl", "relcl"}
        or noun.dep_ not in {"dobj", "oprd"}
        or verb.lemma_.lower() not in JUDGING_VERBS
    ):
        return
    if noun.lemma_.lower() not in CLAIM_NOUNS:
        return  # ("called reports that the bridge would close false": a document, read as it stands)
    if not any(m.dep_ == "mark" and m.lower_ == "that" for m in acl.children):
        return
    last = [t for t in acl.subtree if not t.is_punct][-1]
    if (
        last.lower_ in TRUTH_WORDS
        and last.head == acl
        and last.dep_ in {"oprd", "advmod", "acomp", "attr", "advcl"}
    ):
        last.head, last.dep_ = verb, "oprd"
        noun.dep_ = "dobj"


# Truth words by which one rejects a claim ("called the claim baseless"); the others confirm it.
REJECTING = frozenset(
    "false untrue wrong inaccurate incorrect baseless unfounded misleading fabricated fake nonsense".split()
)


def judged_by_its_caller(noun: Token) -> Frame | None:
    """ "A spokesperson called a US claim that Iran had attacked the ship “baseless”": what the claim
    says is the caller's to answer for, denied (or, "called the report accurate", said)."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in JUDGING_VERBS:
        return None
    verdict = next((c for c in verb.children if c.dep_ == "oprd" and c.lower_ in TRUTH_WORDS), None)
    caller = subject_of(verb)
    if verdict is None or caller is None:
        return None
    role = "denied" if verdict.lower_ in REJECTING else "said"
    return Frame(source=caller, role=role, cue=verb.text, cue_index=verb.i)
