"""A quotation standing alone right after a sentence about a person: "On the same subject, Chou
also hinted at changes inside the company. “We are driving changes inside the company.”" No tag
names the speaker, but the report sets the words right after telling of that person speaking:
they are that person's, not the report's own. Only done when:
- the quotation is a whole sentence (or runs on over several) with no speaker of its own, and
  nothing later in the paragraph claims it (that is `attribute`'s pending quotation);
- the sentence before it, in the same paragraph and outside quotation marks, tells of the person
  speaking (its main verb a verb of saying with nothing said after it, "hinted at changes",
  "spoke at the launch"), with the person as its subject: a name the tagger takes for a person, a
  description of one ("the CEO") or "he"/"she" (read later as whom it points back to);
- or the sentence before it is the report's own about that person alone ("He is the city's
  longest-serving chief.": nobody else named, no one else's message, nobody dying) and the quotation
  speaks in the first person, of no "he", "she" or kin, with no person named after it in the
  paragraph. Otherwise ("Judge Mills sat in Leeds on Monday. “The sentence is too light.”") a
  quotation after a sentence of the report's own stays nobody's.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from .crediting import clauses_by_sentence, credit
from .cues import is_cue
from .given_names import is_given_name
from .interviews import FIRST_PERSON
from .participles import SPEECH_SETTINGS
from .persons import PERSON_NOUNS, is_person_description
from .segment import opens_with_quote, paragraphs, span_text
from .told import subject_of
from .types import AttributedClause, Frame, Sentence

# Pronouns standing for one person, which the resolver reads later.
PERSON_PRONOUNS = frozenset({"he", "she"})


def _person_subject(sentence: Sentence) -> tuple[Token, bool] | None:
    """The person the sentence is about, and whether it tells of them speaking."""
    if opens_with_quote(span_text(sentence.span)) or sentence.opens_in_quote or sentence.ends_in_quote:
        return None
    root = sentence.span.root
    subject = subject_of(root)
    if subject is None:
        return None
    given = any(t.dep_ == "compound" and is_given_name(t.text) for t in subject.children)
    named = subject.pos_ == "PROPN" and (subject.ent_type_ == "PERSON" or given and not subject.ent_type_)
    described = is_person_description(subject) or subject.lower_ in PERSON_PRONOUNS
    spoke = is_cue(root) or root.lemma_.lower() in SPEECH_SETTINGS
    if not (named or described) or not (spoke or _only_them(sentence, root, subject)):
        return None
    return subject, spoke


# Names that are no one: places and dates.
NO_ONE = frozenset({"GPE", "LOC", "DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY"})
# Verbs of dying: "Tom Reed died on Tuesday. “I have lost my best friend.”" is someone else's grief.
DYING = frozenset("die drown perish succumb".split())
# Nouns for what someone else wrote or sent ("received a text message from his landlord").
SENT_WORDS = frozenset("message text email letter note post tweet statement call".split())


def _only_them(sentence: Sentence, root: Token, subject: Token) -> bool:
    """A sentence of the report's own that is about its subject alone: one person, active, alive, with
    nobody else (no name, no person, no message) in it ("Judge Holt jailed Reed", "Peter Hall and his
    wife", "Her husband still works there", "read out a listener's email" are not)."""
    if (
        subject.dep_ != "nsubj"
        or root.lemma_.lower() in DYING
        or any(c.dep_ in {"conj", "poss"} for c in subject.children)
    ):
        return False
    # (what the subject is, "He is the city's longest-serving chief", names nobody else)
    described = [c for c in root.children if c.dep_ in {"attr", "acomp", "oprd"}]
    inside = {t.i for x in (subject, *described) for t in x.subtree}
    for t in sentence.span:
        if t.i in inside:
            continue
        someone = t.pos_ == "PROPN" and t.ent_type_ not in NO_ONE or t.lower_ in {"him", "her", "them"}
        if someone or t.pos_ == "NOUN" and t.lemma_.lower() in PERSON_NOUNS | SENT_WORDS:
            return False
    return True


def _in_the_first_person(sentence: Sentence) -> bool:
    """ "He is the city's longest-serving chief. “I'm over six years, headed toward seven.”": after a
    sentence of the report's own about one person, only a quotation in the first person is theirs
    ("Judge Mills sat in Leeds on Monday. “The sentence is too light.”" stays nobody's)."""
    words = {t.lower_ for t in sentence.span}
    # ("Ana Ruiz has coached for ten years. “She is the best coach I had.”": someone speaking of her;
    # "Emily Carr won gold. “I am so proud of my daughter.”": her parent)
    return bool(words & FIRST_PERSON) and not words & (THIRD_PERSON | KIN)


THIRD_PERSON = frozenset("he him his she her hers".split())
KIN = frozenset(
    "son sons daughter daughters child children wife husband mother father mum mom dad brother sister "
    "friend grandson granddaughter boy girl baby family".split()
)


def _named_after(paragraph: Sequence[Sentence], sentence: Sentence) -> bool:
    """ "Verstappen won. “I have never seen driving like it.” Hamilton was full of praise.": a person
    named after the quotation, in the same paragraph, may be the one speaking."""
    later = [s for s in paragraph if s.index > sentence.index]
    return any(t.pos_ == "PROPN" and t.ent_type_ == "PERSON" for s in later for t in s.span)


def _quotation_only(sentence: Sentence, running: bool) -> bool:
    opened = opens_with_quote(span_text(sentence.span)) and (sentence.all_quoted or sentence.ends_in_quote)
    return opened or (running and sentence.opens_in_quote)


def quotes_after_their_subject(
    sentences: Sequence[Sentence], attributed: Sequence[AttributedClause]
) -> list[AttributedClause]:
    """The clauses of each speakerless quotation credited to the person the sentence before it is about."""
    out = list(attributed)
    by_sentence = clauses_by_sentence(out)
    for paragraph in paragraphs(sentences):
        found: tuple[Frame, Sentence] | None = None
        running = spoke = False
        for sentence in paragraph:
            indices = by_sentence.get(sentence.index, [])
            if found is not None and _quotation_only(sentence, running):
                alone = _in_the_first_person(sentence) and not _named_after(paragraph, sentence)
                if not (spoke or running or alone):
                    found = None
                    continue
                running = sentence.ends_in_quote
                if indices and all(out[k].frame is None for k in indices):
                    credit(out, indices, *found)
                continue
            about = _person_subject(sentence)
            running, spoke = False, bool(about and about[1])
            found = (
                (Frame(source=about[0], role="said", cue="quoted", direct_quote=True), sentence)
                if about
                else None
            )
    return out
