"""A speaker named after the speech verb that closes a quotation ('"...," said Ana Ruiz of the group
Fair Rent') when the parser hung the name on a verb it read in the speaker's description.
Sentences written for the test."""

import spacy
from spacy.tokens import Doc

from claims.extraction.cues import contents_of, speaker_of
from claims.extraction.inverted import inverted_speaker


def _parsed(rows: str) -> Doc:
    cells = [r.split("/") for r in rows.split()]
    return Doc(
        spacy.blank("en").vocab,
        words=[c[0] for c in cells],
        pos=[c[1] for c in cells],
        deps=[c[2] for c in cells],
        heads=[int(c[3]) for c in cells],
    )


# '"We will appeal," said Ana Ruiz of the group Fair Rent.' with "Rent" read as a verb under "said"
# and the speaker as its subject, "said" left without one
MISREAD = (
    '"/PUNCT/punct/6 We/PRON/nsubj/3 will/AUX/aux/3 appeal/VERB/ccomp/6 ,/PUNCT/punct/6 '
    '"/PUNCT/punct/6 said/VERB/ROOT/6 Ana/PROPN/compound/8 Ruiz/PROPN/nsubj/13 of/ADP/prep/8 '
    "the/DET/det/11 group/NOUN/pobj/9 Fair/PROPN/compound/13 Rent/VERB/ccomp/6 ./PUNCT/punct/6"
)


def test_speaker_hung_on_a_later_verb_is_the_speaker():
    doc = _parsed(MISREAD)
    assert speaker_of(doc[6]).text == "Ruiz"


def test_verb_in_the_speakers_description_is_not_what_was_said():
    doc = _parsed(MISREAD)
    assert [c.text for c in contents_of(doc[6])] == ["appeal"]


def test_no_inverted_speaker_without_a_closing_quotation_mark():
    rows = MISREAD.replace('"/PUNCT/punct/6 said', "then/ADV/advmod/6 said")
    assert inverted_speaker(_parsed(rows)[6]) is None
