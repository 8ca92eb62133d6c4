"""More repairs to the parse (see `reattach`), made on each parsed paragraph. A speaker's description
and name read as two subjects of one verb: "Qatari political analyst Dr. Abdullah Al-Shammari believes
that ...": the parser may make the role noun ("analyst") one subject of "believes" and the name another;
the first would then be the speaker and the name lost. A bare role noun (no article, no possessor)
right before a person's name that is a subject of the same verb is a title on that name; "Labour
councillor for Riverside West, Aoife Brennan said ..." (the role with a phrase of its own and a comma
before the name) describes the name.

"Mayor Ana Stoltz told The Herald after the meeting that the council applied ...": the parser may hang
the that-clause on the noun before it as a relative clause; a clause opened by "that" as a mark, with
a subject of its own, on the object of a phrase of a verb of speech, is what was said.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from .appositions import subject_read_as_the_sources_apposition
from .cues import CUE_ROLES
from .datelines import date_closes_a_dateline
from .misread_roles import possessive_read_as_a_quotation_mark
from .opening_agents import subject_read_as_the_agents_apposition
from .quantities import MONTHS
from .role_names import name_closing_a_role_phrase
from .subject_repairs import mend_the_subjects_verb
from .time_clauses import adverb_read_into_the_subject, time_clause_read_as_the_content


def role_read_as_a_second_subject(subject: Token) -> None:
    if subject.dep_ != "nsubj" or subject.pos_ != "NOUN" or subject.tag_ != "NN":
        return
    description_read_as_a_second_subject(subject)
    if any(c.dep_ in {"det", "poss", "nummod"} for c in subject.children):
        return
    doc = subject.doc
    name = next(
        (c for c in subject.head.children if c.dep_ == "nsubj" and c.i > subject.i and c.pos_ == "PROPN"),
        None,
    )
    if name is None or name.ent_type_ != "PERSON":
        return
    end = subject.right_edge.i
    if name.left_edge.i == subject.i + 1 and end == subject.i:
        subject.head, subject.dep_ = name, "compound"  # "political analyst Dr. Abdullah Al-Shammari"
    elif name.left_edge.i == end + 2 and doc[end + 1].text == "," and name.i < subject.head.i:
        subject.head, subject.dep_ = name, "appos"  # "councillor for Riverside West, Aoife Brennan said"


SPEECH_LEMMAS = frozenset(
    "say tell add explain state note write announce confirm insist warn conclude".split()
)


# Verbs by which one makes or gives what one says ("the speech he gave", "a letter she wrote them").
MAKING_WORDS = frozenset(
    "give write send deliver make publish post record hold tweet grant do sign issue read".split()
)


def that_clause_read_as_relative(relcl: Token) -> None:
    # ("announced at the start of the year that X would build": "that" read as a relative "when")
    opening = [c for c in relcl.children if c.dep_ == "advmod" and c.i == relcl.left_edge.i]
    marks = [c for c in relcl.children if c.dep_ == "mark" or c in opening if c.lower_ == "that"]
    noun, subjects = relcl.head, [c for c in relcl.children if c.dep_ in {"nsubj", "nsubjpass"}]
    # (no "that", but no gap either: "said in a televised speech the group had targeted the ship"
    # has its object; "in a speech he gave to parliament" is the speech's relative clause)
    gapless = any(c.dep_ == "dobj" for c in relcl.children) and relcl.lemma_.lower() not in MAKING_WORDS
    gapless = gapless and not any(t.tag_ in {"WDT", "WP", "WP$"} for t in relcl.subtree) and relcl.i > noun.i
    marks = marks or ([noun] if gapless and noun.dep_ == "pobj" else [])
    if not marks or noun.dep_ not in {"pobj", "appos"} or not subjects:
        return
    verb = noun.head  # (up through places and appositions: "told the court in Oslo, a city in X that")
    while verb.dep_ in {"prep", "pobj", "appos"} and verb.head != verb:
        verb = verb.head
    said = verb.lemma_.lower() in SPEECH_LEMMAS | {"report"} and all(c.dep_ != "ccomp" for c in verb.children)
    if verb.pos_ == "VERB" and said and marks[0].i >= noun.i:
        relcl.head, relcl.dep_ = verb, "ccomp"


def speech_hung_on_an_opening_participle(verb: Token) -> None:
    """ "Leading the charge, Leader of the Opposition R Ashoka alleged that ...": the parser may make
    the opening participle the root, the speaker an apposition to its object and the speech verb a
    clause on that object; the speech verb is the root, the apposition its subject."""
    root = verb.sent.root
    participle_hung_on_an_object(verb)
    if verb.tag_ not in {"VBD", "VBN"} or root.tag_ != "VBG" or root.i != verb.sent.start:
        return
    if verb.head.head != root:
        return
    if verb.lemma_.lower() not in CUE_ROLES or not any(c.dep_ == "ccomp" for c in verb.children):
        return
    speaker = next((c for c in verb.head.children if c.dep_ == "appos" and c.i < verb.i), None)
    if speaker is None or verb.doc[speaker.left_edge.i - 1].text != ",":
        return
    verb.head, verb.dep_, root.head, root.dep_ = verb, "ROOT", verb, "advcl"
    speaker.head, speaker.dep_ = verb, "nsubj"


# "O’Hanlon", "D’Arcy", "N’Diaye": a surname with an apostrophe after its first letter.
APOSTROPHE_SURNAME = re.compile(r"^[A-Z][’'][A-Z][a-z]+$")


def surname_read_as_a_noun(token: Token) -> None:
    """ "Kieran O’Hanlon said": the tagger may read a surname with a curly apostrophe as a common noun
    (and its given name as a firm's), so the speaker's name was never found; it is a proper noun."""
    if token.pos_ == "NOUN" and APOSTROPHE_SURNAME.match(token.text):
        token.pos_, token.tag_ = "PROPN", "NNP"


def content_read_as_an_object(acl: Token) -> None:
    """ "Kerr said police inquiries extended beyond the man": the parser may make the subject of
    what was said the object of "said" and its verb a participle on it; "say" takes no such object,
    so a past verb right after a bare noun object of "said" heads the clause said, the noun its
    subject."""
    noun, cue = acl.head, acl.head.head
    if acl.dep_ != "acl" or acl.tag_ not in {"VBN", "VBD"} or noun.dep_ != "dobj" or cue.lemma_ != "say":
        return
    if noun.left_edge.i != cue.i + 1 or acl.i != noun.i + 1:
        return
    if any(c.dep_ == "det" for c in noun.children):
        return  # ("said the prayers offered by ...": an object of its own)
    acl.head, acl.dep_ = cue, "ccomp"
    noun.head, noun.dep_ = acl, "nsubj"


# Verbs an outlet or a body reports another's words with, closing the sentence.
REPORTING = frozenset({"report", "say", "write", "state"})


def first_content_read_as_the_second_speakers(content: Token) -> None:
    """ "Though the county said this week he drove a car, Chief Ana Obi said he drove a van": the
    parser may hang the first speaker's clause on the second speech verb as what it says, with the
    first speech verb a clause of time on it; that clause is what the first speaker said."""
    cue = content.head
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if content.dep_ != "ccomp" or cue.dep_ != "ROOT" or subject is None or not content.i < subject.i < cue.i:
        return
    first = next((c for c in content.children if c.dep_ == "advcl" and c.i < content.i), None)
    if first is None or first.lemma_ not in SPEECH_LEMMAS or any(c.dep_ == "ccomp" for c in first.children):
        return
    if any(c.dep_ == "nsubj" for c in first.children) and any(c.dep_ == "mark" for c in first.children):
        first.head, content.head = cue, first


def closing_tag_read_as_a_second_content(tag: Token) -> None:
    """ "The mayor said the bridge would close, Reuters reported on Monday": with a phrase after the
    closing tag, the parser may hang the tag on the first speaker's verb as a second clause said; it
    is the outer report, and the first speaker's sentence is what it reports."""
    first_content_read_as_the_second_speakers(tag)
    cue, doc = tag.head, tag.doc
    if tag.dep_ != "ccomp" or cue.dep_ != "ROOT" or tag.i < cue.i or tag.lemma_ not in REPORTING:
        return
    if inverted_speaker_read_as_the_reports_subject(tag, cue):
        return
    if cue.lemma_ not in CUE_ROLES or not any(c.dep_ == "ccomp" and c.i < tag.i for c in cue.rights):
        return
    subject = next((c for c in tag.children if c.dep_ == "nsubj" and c.i < tag.i), None)
    if subject is None or doc[subject.left_edge.i - 1].text != ",":
        return
    if any(c.dep_ not in {"nsubj", "aux", "prep", "npadvmod", "advmod", "punct"} for c in tag.children):
        return  # (the clause says something of its own)
    tag.head, tag.dep_ = tag, "ROOT"
    for after in [c for c in cue.children if c.i > tag.i]:
        after.head = tag
    cue.head, cue.dep_ = tag, "ccomp"


def inverted_speaker_read_as_the_reports_subject(tag: Token, cue: Token) -> bool:
    """ "“...,” said study author Ana Obi, a bee ecologist, reported the Associated Press": the parser
    may make the speaker after an inverted tag the subject of the outlet's "reported", and the outlet
    its object; the speaker is the subject of "said", the outlet reports, and what was said is the
    report's content."""
    doc = tag.doc
    speaker = next((c for c in tag.children if c.dep_ == "nsubj" and cue.i < c.i < tag.i), None)
    outlet = next((c for c in tag.children if c.dep_ == "dobj" and c.i > tag.i and c.pos_ == "PROPN"), None)
    if speaker is None or outlet is None or doc[tag.i - 1].text != "," or speaker.left_edge.i != cue.i + 1:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in cue.children) or cue.lemma_ not in CUE_ROLES:
        return False
    speaker.head, outlet.dep_ = cue, "nsubj"
    tag.head, tag.dep_ = tag, "ROOT"
    for moved in [c for c in cue.children if c.i > tag.i or (c.dep_ == "ccomp" and c.i < cue.i)]:
        moved.head = tag  # (the quotation is what the outlet reports; "said Ana Obi" its own tag)
    cue.head, cue.dep_ = tag, "parataxis"
    return True


def description_read_as_a_second_subject(subject: Token) -> None:
    """ "A tweet posted by WaterNSW, the region's water supplier, warned: ...": the parser may make the
    description set off by commas after a name a second subject of the verb; it describes the name."""
    doc, verb = subject.doc, subject.head
    first = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < subject.i), None)
    if first is None or subject.left_edge.lower_ != "the" or subject.i > verb.i or subject.left_edge.i < 2:
        return
    comma, name = doc[subject.left_edge.i - 1], doc[subject.left_edge.i - 2]
    if comma.text != "," or name.pos_ != "PROPN" or name.i > first.right_edge.i or name.i < first.i:
        return
    after = doc[subject.right_edge.i + 1].text if subject.right_edge.i + 1 < len(doc) else ""
    if "," in {subject.right_edge.text, after}:
        subject.head, subject.dep_ = name, "appos"


SAME_PERSON = {"she": "her", "he": "him", "they": "them", "we": "us", "i": "me"}


def conjunct_of_the_content(conj: Token) -> None:
    """ "She claimed the two men searched her, then threw her down": the parser may coordinate the
    last verb with "claimed", so that she threw herself down; a verb whose object is the pronoun of
    the subject it would borrow ("she ... threw her") goes on from the clause said instead. So does
    one whose auxiliary carries on the clause said ("said it was “not considering a ban” but was
    monitoring the situation"), where the speaker's own act would have no such auxiliary."""
    verb = conj.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or any(c.dep_ in {"nsubj", "nsubjpass"} for c in conj.children):
        return
    said = [c for c in verb.children if c.dep_ == "ccomp" and subject.i < c.i < conj.i]
    if not said or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in said[-1].children):
        return
    obj = next((c for c in conj.children if c.dep_ == "dobj"), None)
    herself = obj is not None and SAME_PERSON.get(subject.lower_) == obj.lower_
    aux = next((c.lower_ for c in conj.children if c.dep_ in {"aux", "auxpass"} and c.i < conj.i), None)
    carried = verb.lemma_ in SPEECH_LEMMAS and aux in {"was", "were", "had", "would", "could"}
    carried = carried and any(c.lower_ == aux for c in said[-1].children if c.dep_ in {"aux", "auxpass"})
    if herself or carried:
        conj.head = said[-1]


def speech_after_an_act_read_as_its_head(act: Token) -> None:
    """ "Ana Obi concedes, says “...”": the parser may hang the first verb on the speech verb after
    it as an aside, leaving the speech verb no subject; the two are coordinated, the speech verb
    sharing the first one's subject."""
    cue, doc = act.head, act.doc
    if act.dep_ != "parataxis" or cue.dep_ != "ROOT" or act.i > cue.i or cue.lemma_ not in SPEECH_LEMMAS:
        return
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in cue.children) or doc[cue.i - 1].text != ",":
        return
    if any(c.dep_ == "nsubj" for c in act.children) and act.right_edge.i >= cue.i - 2:
        act.head, act.dep_ = act, "ROOT"
        cue.head, cue.dep_ = act, "conj"


def dateline_read_as_a_subject(subject: Token) -> None:
    """ "Washington: 11.25 AM: Ana Obi concedes, says ...": a place, or a word stamped with a time,
    opening the line before a colon is a dateline, never who speaks, whatever the parser hangs it on."""
    doc = subject.doc
    if subject.dep_ != "nsubj" or subject.head.i < subject.i + 3:
        return
    # ("New Delhi, Oct 12 (IANS) Minister Ana Obi has said": a place and a date, then the speaker)
    # (a month and a day, no comma after: not "Calloway, 54, said", "Germany, last month, said", "Russia,
    # March 3, said")
    month = doc[subject.i + 2].text.rstrip(".").lower() in MONTHS and doc[subject.i + 3].like_num
    month = month and date_closes_a_dateline(doc, subject.i + 4)
    dated = doc[subject.i + 1].text == "," and month and subject.ent_type_ in {"GPE", "LOC"}
    opens = subject.left_edge.i == subject.sent.start and (doc[subject.i + 1].text == ":" or dated)
    stamped = doc[subject.i + 2].like_num or any(t.text == ":" for t in doc[subject.i + 2 : subject.head.i])
    # ("Lagos: The exchange said": one word the tagger took for no place, the verb's own subject after it)
    placed = subject.ent_type_ in {"GPE", "LOC"} or (
        subject.left_edge == subject
        and subject.is_title
        and subject.ent_type_ != "PERSON"
        and any(c.dep_ == "nsubj" and c.i > subject.i + 1 for c in subject.head.children)
    )
    if opens and (stamped or placed):
        subject.dep_ = "dep"
        for t in subject.subtree:  # (nor is the time stamped beside it: "11.25 AM")
            t.dep_ = "dep" if t.dep_ == "appos" else t.dep_


def participle_hung_on_an_object(saying: Token) -> None:
    """ "Ana Obi commented on the win saying, “We worked hard”": the parser may hang the participle
    of speech on the object before it, as if the win said it; with a quotation or a clause of its
    own after it, it is the speaker's, a clause on the verb."""
    noun = saying.head
    if saying.dep_ != "acl" or saying.tag_ != "VBG" or saying.lemma_ not in SPEECH_LEMMAS:
        return
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.head.lower_ == "of" and verb.lower_ in PARTS and verb.dep_ == "pobj":
        verb = verb.head.head  # ("drew attention to some of our strengths, stating that ...")
    if noun.pos_ != "NOUN" or verb.pos_ != "VERB" or noun.dep_ not in {"pobj", "dobj"}:
        return
    if noun.lemma_ in NOT_BY_ITSELF:
        return
    if noun.head.lower_ in {"with", "without"}:
        return  # ("with some towns saying ...": the towns say it)
    said = next((c for c in saying.children if c.dep_ == "ccomp" and c.i > saying.i), None)
    if said is not None and any(c.dep_ == "nsubj" for c in said.children):
        saying.head, saying.dep_ = verb, "advcl"


PARTS = frozenset("some many one all each most several part none few any both".split())
# Nouns a participle of speech may well hang on: documents and people ("a report saying", "a fan saying").
NOT_BY_ITSELF = frozenset(
    "report statement letter post tweet message note release document study survey poll memo email "
    "person man woman fan resident official spokesman spokeswoman spokesperson source".split()
)


def name_after_according_to_read_as_the_subject(subject: Token) -> None:
    """ "According to the lead author, Ana Obi, five days of lost sleep aggravated pain": the parser may
    make the name set off by commas after "according to X" the subject of the verb and the real
    subject an apposition on it; the name describes X, and the apposition is the subject."""
    doc, verb = subject.doc, subject.head
    if subject.dep_ != "nsubj" or subject.pos_ != "PROPN" or subject.left_edge.i < 4:
        return
    comma = doc[subject.left_edge.i - 1]
    according = next((t for t in doc[subject.sent.start : comma.i] if t.lower_ == "according"), None)
    to = next((c for c in according.children if c.lower_ == "to"), None) if according is not None else None
    described = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if comma.text != "," or described is None or described.right_edge.i != comma.i - 1:
        return
    real = next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i), None)
    if real is None or doc[real.left_edge.i - 1].text != "," or real.right_edge.i >= verb.i:
        return
    subject.head, subject.dep_ = described, "appos"
    real.head, real.dep_ = verb, "nsubj"


def mend_a_subject(subject: Token) -> None:
    """The repairs made on each subject (the names, a dateline, a name after "according to")."""
    surname_read_as_a_noun(subject)
    mend_the_subjects_verb(subject)
    speaker_before_a_dashed_aside(subject)
    dateline_read_as_a_subject(subject) or name_after_according_to_read_as_the_subject(subject)
    time_clause_read_as_the_content(subject.head)
    adverb_read_into_the_subject(subject)


def modal_read_for_a_name(modal: Token) -> None:
    """ "“...,” May said.": a name that is also a modal ("May", "Will") standing after a closing
    quotation mark before a speech verb with no subject is the speaker, not an auxiliary."""
    verb, doc = modal.head, modal.doc
    if modal.tag_ != "MD" or not modal.text[:1].isupper() or modal.i == 0 or verb.i != modal.i + 1:
        return
    if verb.lemma_ not in SPEECH_LEMMAS or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return
    if doc[modal.i - 1].is_quote or doc[modal.i - 1].text == ",":
        modal.dep_, modal.pos_, modal.tag_ = "nsubj", "PROPN", "NNP"


def speaker_read_as_a_dependent(token: Token) -> None:
    """A speaker the parser hung on another word: as an auxiliary ("May said") or an apposition."""
    if token.dep_ == "aux":
        modal_read_for_a_name(token)
    else:
        speaker_read_as_an_apposition(token)
        possessive_read_as_a_quotation_mark(token)
        name_closing_a_role_phrase(token)
        speaker_before_a_dashed_aside(token)
        subject_read_as_the_sources_apposition(token)
        subject_read_as_the_agents_apposition(token)


def speaker_read_as_an_apposition(appos: Token) -> None:
    """ "Though the county said he drove a car, Police Chief Tim Jones said Brown drove a van": the
    parser may hang the second speaker's name on the first clause's object as an apposition, leaving
    the speech verb right after it no subject; the name is that verb's subject."""
    doc = appos.doc
    after = appos.right_edge.i + 1
    if appos.pos_ != "PROPN" or after >= len(doc) or appos.left_edge.i < 1:
        return
    # ('“...,” HIBP, which was founded by Troy Hunt, said': a name right after the closing mark)
    quoted = doc[appos.i - 1].text in {"”", '"', "’"} and doc[appos.i - 1].dep_ == "punct"
    if appos.ent_type_ != "PERSON" and not quoted:
        return
    verb = doc[after]
    if (
        verb.lemma_ not in SPEECH_LEMMAS
        or verb.dep_ != "ROOT"
        or doc[appos.left_edge.i - 1].text != ","
        and not quoted
    ):
        return
    if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        appos.head, appos.dep_ = verb, "nsubj"


DASHES = frozenset({"-", "–", "—"})


def speaker_before_a_dashed_aside(aside: Token) -> None:
    """ "MRSG - a coalition of groups across the Murray Valley - says ...": the parser may hang the name
    before an aside set off by dashes on the speech verb, or on the aside made the verb's subject, as a
    modifier; the name is the verb's subject (not the last name inside the aside, nor the aside)."""
    doc, sent = aside.doc, aside.sent
    first = next((t.i for t in sent if t.text in DASHES), None)
    if first is None or first < sent.start + 1 or aside.i < first or aside.right_edge.i + 2 >= sent.end:
        return
    name, verb = doc[first - 1], doc[aside.right_edge.i + 2]
    if doc[verb.i - 1].text not in DASHES or name.dep_ not in {"npadvmod", "dep", "nmod", "compound"}:
        return
    if verb.lemma_ not in SPEECH_LEMMAS or name.left_edge.i != sent.start:
        return
    if aside.dep_ == "appos" and aside.head == name and name.head == verb:
        if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            name.dep_ = "nsubj"
    elif aside.dep_ == "nsubj" and aside.head == verb and name.head == aside:
        name.head, name.dep_ = verb, "nsubj"
        aside.head, aside.dep_ = name, "appos"
