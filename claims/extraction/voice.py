"""Voice: whether a verb is passive, so that its subject is what is spoken of, not who speaks."""

from __future__ import annotations

from spacy.tokens import Token

from .told import agent_of, subject_of
from .views import can_speak


def is_passive(verb: Token) -> bool:
    """A passive verb, or a participle sharing a passive's auxiliary ("were arrested and accused
    by prosecutors of ..."; "was tested and found to have contained ...", where the tagger may take
    the participle for a past tense: an active "find" takes no bare "to" clause)."""
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children) or agent_of(verb) is not None:
        return True
    reduced = verb.dep_ == "acl" or verb.i > 0 and verb.doc[verb.i - 1].text == ","
    if _raised(verb) and reduced and verb.lemma_.lower() in {"say", "report", "believe", "think", "know"}:
        return True  # ("The army, said to number 5,000, attacked": a reduced passive; not ", vowed to")
    if _raised(verb) and verb.dep_ != "conj" and (subject := subject_of(verb)) is not None:
        # "The plan - said to cost $5m - was approved": a thing "said to" do something is spoken of
        # ("Kale, who claimed to be its leader": the one the "who" is, who can speak)
        subject = verb.head if verb.dep_ == "relcl" and subject.tag_ in {"WP", "WDT"} else subject
        return not can_speak(subject, verb) and subject.lower_ not in {"it", "they"}
    # (not "..., and Brentford have now revealed he ...": a verb with a subject of its own shares nothing)
    shares = verb.dep_ == "conj" and (verb.tag_ == "VBN" or _raised(verb)) and subject_of(verb) is None
    # ("Flooding was ongoing or expected to begin": a participle sharing the copula of a state)
    copula = verb.head.lemma_ == "be" and not any(c.dep_ == "aux" for c in verb.children)
    return shares and (is_passive(verb.head) or (copula and verb.tag_ == "VBN"))


def _raised(verb: Token) -> bool:
    """ "found to have contained": a "to" clause and no object, as only the passive takes."""
    deps = {c.dep_ for c in verb.children}
    infinitive = any(
        c.dep_ == "xcomp" and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)
        for c in verb.children
    )
    return infinitive and "dobj" not in deps and verb.tag_ == "VBD"
