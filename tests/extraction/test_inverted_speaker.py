"""A speaker named after the speech verb that closes a quotation ('"...," said Ana Ruiz of the group
Fair Rent') when the parser hung the name on a verb it read in the speaker's description.
Sentences written for the test."""

from claims.extraction.cues import contents_of, speaker_of
from claims.extraction.inverted import inverted_speaker

from .conftest import parsed_by_hand

# '"We will appeal," said Ana Ruiz of the group Fair Rent.' with "Rent" read as a verb under "said"
# and the speaker as its subject, "said" left without one
MISREAD = (
    '"/PUNCT/punct/6 We/PRON/nsubj/3 will/AUX/aux/3 appeal/VERB/ccomp/6 ,/PUNCT/punct/6 '
    '"/PUNCT/punct/6 said/VERB/ROOT/6 Ana/PROPN/compound/8 Ruiz/PROPN/nsubj/13 of/ADP/prep/8 '
    "the/DET/det/11 group/NOUN/pobj/9 Fair/PROPN/compound/13 Rent/VERB/ccomp/6 ./PUNCT/punct/6"
)


def test_speaker_hung_on_a_later_verb_is_the_speaker():
    doc = parsed_by_hand(MISREAD)
    assert speaker_of(doc[6]).text == "Ruiz"


def test_verb_in_the_speakers_description_is_not_what_was_said():
    doc = parsed_by_hand(MISREAD)
    assert [c.text for c in contents_of(doc[6])] == ["appeal"]


def test_no_inverted_speaker_without_a_closing_quotation_mark():
    rows = MISREAD.replace('"/PUNCT/punct/6 said', "then/ADV/advmod/6 said")
    assert inverted_speaker(parsed_by_hand(rows)[6]) is None
