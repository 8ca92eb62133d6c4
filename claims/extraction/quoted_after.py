"""A quotation standing alone right after a sentence about a person: "On the same subject, Chou
also hinted at changes inside the company. “We are driving changes inside the company.”" No tag
names the speaker, but the report sets the words right after telling of that person speaking:
they are that person's, not the report's own. Only done when:
- the quotation is a whole sentence (or runs on over several) with no speaker of its own, and
  nothing later in the paragraph claims it (that is `attribute`'s pending quotation);
- the sentence before it, in the same paragraph and outside quotation marks, tells of the person
  speaking (its main verb a verb of saying with nothing said after it, "hinted at changes",
  "spoke at the launch"), with the person as its subject: a name the tagger takes for a person, a
  description of one ("the CEO") or "he"/"she" (read later as whom it points back to). After a
  sentence of the report's own ("Judge Mills sat in Leeds on Monday.") a quotation stays nobody's.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from .crediting import clauses_by_sentence, credit
from .cues import is_cue
from .participles import SPEECH_SETTINGS
from .persons import is_person_description
from .segment import opens_with_quote, paragraphs, span_text
from .told import subject_of
from .types import AttributedClause, Frame, Sentence

# Pronouns standing for one person, which the resolver reads later.
PERSON_PRONOUNS = frozenset({"he", "she"})


def _person_subject(sentence: Sentence) -> Token | None:
    if opens_with_quote(span_text(sentence.span)) or sentence.opens_in_quote or sentence.ends_in_quote:
        return None
    root = sentence.span.root
    subject = subject_of(root)
    # (a sentence of the report's own, "Judge Mills sat in Leeds on Monday.", lends no one its words)
    if subject is None or not (is_cue(root) or root.lemma_.lower() in SPEECH_SETTINGS):
        return None
    named = subject.pos_ == "PROPN" and subject.ent_type_ == "PERSON"
    described = is_person_description(subject) or subject.lower_ in PERSON_PRONOUNS
    return subject if named or described else None


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
        running = False
        for sentence in paragraph:
            indices = by_sentence.get(sentence.index, [])
            if found is not None and _quotation_only(sentence, running):
                running = sentence.ends_in_quote
                if indices and all(out[k].frame is None for k in indices):
                    credit(out, indices, *found)
                continue
            subject = _person_subject(sentence)
            running = False
            found = (
                (Frame(source=subject, role="said", cue="quoted", direct_quote=True), sentence)
                if subject
                else None
            )
    return out
