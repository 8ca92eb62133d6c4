"""Repairs to a sentence's verb the parser misread (see `reattach`).

A description read as the root. "Open-source framework startup Serverless Stack announced Friday that
...": the parser may make the description before the name the root and the sentence a clause on it.

A second clause's subject run into the first clause's last noun phrase. "The survey revealed most
residents were against the plans and local campaigners claimed it had been rigged": the parser may
read "the plans and local campaigners" as one phrase and hang "claimed", with no subject, on
"revealed" as a second content, so that the survey would claim it. A speech verb so hung right after
a noun phrase that opens after "and" inside the first content has that phrase as its subject, and is
coordinated with the first verb.

A second speaker's words coordinated into the first speaker's. "Gordon said he wanted clarification
and Brooks insisted she had been kept from commenting": the parser may coordinate "insisted" with
"wanted", inside what Gordon said, so that Gordon would be saying Brooks insisted. A speech verb
with a named subject of its own and a content of its own, coordinated with the content of another
speech verb, is coordinated with that speech verb: the report tells both.
"""

from __future__ import annotations

from spacy.tokens import Token

from .believed_objects import subject_read_as_the_object
from .cues import CUE_ROLES, contents_of, is_cue
from .misparses import SPEECH_LEMMAS
from .name_words import TITLES, title_word
from .spliced_tags import closing_tag_after_a_comma

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# How many words the second clause's subject may have ("local campaigners", "opposition councillors").
PHRASE_WORDS = 4


def description_read_as_the_root(verb: Token) -> None:
    """ "Open-source framework startup Serverless Stack announced Friday that ...": the parser may
    make the description before the name the root (a noun, or a noun it took for a verb: "software
    startup") and the sentence a clause on it; the verb is the root, the description part of its subject."""
    root = verb.head
    if (
        root.dep_ != "ROOT"
        or root.i > verb.i
        or verb.pos_ not in {"VERB", "AUX"}
        or not _read_as_a_root(root)
    ):
        return
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if (
        subject is None
        or subject.left_edge.i != root.i + 1
        or (root.pos_ == "VERB" and subject.left_edge.pos_ == "DET")  # ("allowed the researchers to")
        or any(c.i > root.i for c in root.children if c != verb and c.dep_ != "punct")
    ):
        return
    for before in [c for c in root.children if c.i < root.i]:
        before.dep_ = "compound" if before.dep_ in {"nsubj", "dobj"} else before.dep_
    verb.head, verb.dep_ = verb, "ROOT"
    root.head, root.dep_ = subject, "compound"


# Verbs that take a clause with no "that" besides the speech verbs: "thinks the plan will fail".
THINKING = frozenset(
    "think believe know hope feel guess suppose expect wish fear doubt reckon suspect mean see".split()
)


def _read_as_a_root(root: Token) -> bool:
    """A noun at the root, or a word the tagger took for a verb with a bare noun as its subject and
    nothing a verb has ("software startup Kettle Labs announced"; not "officials said Kettle ...")."""
    if root.pos_ == "NOUN":
        return True
    lemma = root.lemma_.lower()
    if (
        root.pos_ != "VERB"
        or lemma in CUE_ROLES
        or lemma in THINKING
        or root.tag_ not in {"VBD", "VBP", "VBZ"}
    ):
        return False
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    return (
        len(subjects) == 1
        and subjects[0].tag_ in {"NN", "NNS"}
        and not any(c.dep_ in {"aux", "neg", "det"} for word in (root, *subjects) for c in word.children)
    )


def name_read_as_the_tags_compound(verb: Token) -> None:
    """'“... what Exxon is going to do for us” resident Darren Hale states.': the parser may hang the
    name on the speech verb as a compound and make a clause of the quotation its subject; the name
    right before the verb is who speaks, the quotation what they say."""
    if verb.lemma_.lower() not in CUE_ROLES or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return
    name = verb.doc[verb.i - 1] if verb.i > 0 else verb
    if name.dep_ != "compound" or name.head != verb or name.pos_ != "PROPN":
        return
    name.dep_ = "nsubj"
    for clause in (c for c in verb.children if c.dep_ == "csubj"):
        clause.dep_ = "ccomp"


def speaker_read_into_the_last_object(verb: Token) -> None:
    """Give a subjectless speech verb hung on the first verb the noun phrase before it (see above)."""
    name_read_as_the_tags_compound(verb.head)
    doc, main = verb.doc, verb.head
    if verb.dep_ != "ccomp" or verb.lemma_.lower() not in CUE_ROLES or main.i > verb.i:
        return
    if any(c.dep_ in SUBJECTS for c in verb.children) or not any(
        c.dep_ == "ccomp" and c.i < verb.i for c in main.children
    ):
        return
    k = verb.i - 1
    while k > verb.i - PHRASE_WORDS and doc[k].pos_ in {"NOUN", "PROPN", "ADJ"}:
        k -= 1
    conj, noun = doc[k], doc[verb.i - 1]
    if conj.lower_ != "and" or k == verb.i - 1 or doc[k - 1].pos_ not in {"NOUN", "PROPN"} or k - 1 <= main.i:
        return
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.tag_ not in {"NNS", "NNP", "NNPS"}:
        return
    _part(doc[k - 1], conj, noun, verb)


def _part(first: Token, conj: Token, noun: Token, verb: Token) -> None:
    """ "[the plans] and [local campaigners] claimed": the phrase before "and" keeps the place the
    parser gave the whole, the phrase after it becomes the subject of the speech verb."""
    doc, main = first.doc, verb.head
    top = noun
    while first.left_edge.i <= top.head.i < verb.i and top.head != top:
        top = top.head
    if top.i > conj.i:  # the whole was hung by its last word: the first phrase takes its place
        start = top.left_edge.i
        first.head, first.dep_ = top.head, top.dep_
        for t in doc[start : conj.i]:
            t.head = first if t.head.i > conj.i and t != first else t.head
    for t in doc[conj.i + 1 : noun.i]:
        if not conj.i < t.head.i <= noun.i:
            t.head, t.dep_ = noun, "compound"
    conj.head, conj.dep_ = main, "cc"
    noun.head, noun.dep_ = verb, "nsubj"
    verb.dep_ = "conj"


def speech_coordinated_into_the_content(content: Token) -> None:
    """Coordinate a second speaker's speech verb with the first speech verb (see above)."""
    cue = content.head
    if content.dep_ != "ccomp" or cue.lemma_.lower() not in CUE_ROLES or content.i < cue.i:
        return
    for conj in [c for c in content.children if c.dep_ == "conj" and c.lemma_.lower() in CUE_ROLES]:
        subject = next((c for c in conj.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ != "PROPN" or not any(c.dep_ == "ccomp" for c in conj.children):
            continue
        conj.head = cue
        for cc in [c for c in content.children if c.dep_ == "cc" and c.i < conj.i][-1:]:
            cc.head = cue


def relative_read_as_a_conjunct(conj: Token) -> None:
    """Hang a "some of which" clause read as a conjunct on the noun before its comma (see above)."""
    subject = next((c for c in conj.children if c.dep_ in SUBJECTS), None)
    if conj.dep_ != "conj" or subject is None or subject.left_edge.i < 2:
        return
    of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    which = of is not None and any(c.tag_ in {"WDT", "WP"} and c.dep_ == "pobj" for c in of.children)
    doc = conj.doc
    comma, noun = doc[subject.left_edge.i - 1], doc[subject.left_edge.i - 2]
    if which and comma.text == "," and noun.pos_ in {"NOUN", "PROPN"} and noun.i > conj.head.i:
        for cc in [c for c in conj.children if c.dep_ == "cc" and c.i < subject.i]:
            cc.head = conj.head
        conj.head, conj.dep_ = noun, "relcl"


def closing_tag_read_as_a_conjunct(tag: Token) -> None:
    """Make a closing speech tag coordinated with the root the root, over both clauses (see above)."""
    closing_tag_after_a_comma(tag)
    root = tag.head
    if tag.dep_ != "conj" or root.dep_ != "ROOT" or tag.lemma_.lower() not in CUE_ROLES:
        return
    if root.lemma_.lower() in CUE_ROLES or not any(c.dep_ in SUBJECTS for c in root.children):
        return
    subject = next((c for c in tag.children if c.dep_ in SUBJECTS and c.i < tag.i), None)
    content = next((c for c in tag.children if c.dep_ == "ccomp" and c.i < tag.i), None)
    if subject is None or content is None or subject.left_edge.i == 0 or content.i > subject.i:
        return
    doc = tag.doc
    after = [c for c in tag.children if c.i > tag.i]
    cc = [c for c in root.children if c.dep_ == "cc" and c.i < content.left_edge.i]
    if doc[subject.left_edge.i - 1].text != "," or any(not c.is_punct for c in after) or not cc:
        return
    tag.head, tag.dep_ = tag, "ROOT"
    root.head, root.dep_ = tag, "ccomp"
    content.head, content.dep_ = root, "conj"


DASHES = frozenset({"–", "—", "-", "--"})


def verb_after_a_dashed_aside(verb: Token) -> None:
    """ "Timehop – an app that archives your photos and posts – disclosed on Saturday that ...": the
    parser may make the name the root and hang the verb after the closing dash on it (or on the aside)
    as a participle, so that the aside's last noun would seem to speak; the verb is the root, the name
    its subject."""
    name = verb.head.head if verb.head.dep_ == "appos" else verb.head
    if verb.dep_ != "acl" or name.dep_ != "ROOT" or name.pos_ not in {"PROPN", "NOUN"} or verb.i < 2:
        return
    dash = verb.doc[verb.i - 1]
    # (so too a relative clause between commas: "The company, which is expected to cut jobs as it faces
    # losses, confirmed that ...", for a speech verb with what was said)
    marks = DASHES if dash.text in DASHES else {","} if is_cue(verb) and contents_of(verb) else set()
    opening = next((c for c in name.children if c.text in marks and c.i < dash.i), None)
    kinds = {"appos"} if dash.text in DASHES else {"relcl"}
    aside = opening is not None and any(c.dep_ in kinds and opening.i < c.i < dash.i for c in name.children)
    if dash.text not in marks or not aside or verb.tag_ not in {"VBD", "VBN"}:
        return
    if any(c.dep_ in {"nsubj", "nsubjpass", "auxpass"} for c in verb.children):
        return
    verb.head, verb.dep_ = verb, "ROOT"
    name.head, name.dep_ = verb, "nsubj"


def dashed_aside_read_as_the_content(content: Token) -> None:
    """ "Each of his five children — he has three daughters and twin sons — wrote letters": the parser
    may make the clause between dashes what the verb after them says, and hang the subject before the
    first dash on that clause; the clause is an aside, the phrase before it the verb's subject."""
    verb, doc = content.head, content.doc
    if content.dep_ != "ccomp" or content.i > verb.i or verb.i < 4 or doc[verb.i - 1].text not in DASHES:
        return
    if any(c.dep_ in {"nsubj", "nsubjpass", "csubj"} for c in verb.children):
        return
    opening = next((t for t in doc[content.left_edge.i : content.i] if t.text in DASHES), None)
    if opening is None or content.right_edge.i != verb.i - 2:
        return
    before = [c for c in content.children if c.i < opening.i]
    if (
        len(before) != 1
        or before[0].left_edge.i != content.left_edge.i
        or before[0].pos_ not in {"NOUN", "PROPN", "PRON"}
    ):
        return
    if not any(c.dep_ in {"nsubj", "nsubjpass"} and c.i > opening.i for c in content.children):
        return
    before[0].head, before[0].dep_ = verb, "nsubj"
    content.head, content.dep_ = before[0], "relcl"


def name_after_a_place_read_as_its_apposition(subject: Token) -> None:
    """ "Ames, Iowa-based Landus Cooperative said ...", "Greenville, SC -- 98 Ventures, a services
    company, announced ...": the parser may make the place opening the sentence the subject and the
    name after it (a "-based" name, or one after a dateline's dash) its apposition, so that the
    place would speak; the name is the subject, the place a modifier of it."""
    if subject.dep_ != "nsubj" or subject.pos_ != "PROPN" or subject.i != subject.sent.start:
        return
    doc = subject.doc
    for name in (c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"):
        based = any(c.dep_ == "amod" and c.lemma_.lower() == "base" for c in name.children)
        # ("Greenville, SC --": a dateline's dash after a place and its state, not a hyphen in
        # "brother-in-law")
        state = doc[subject.i + 2] if subject.i + 2 < len(doc) and doc[subject.i + 1].text == "," else None
        placed = subject.ent_type_ == "GPE" or (
            state is not None and (state.ent_type_ == "GPE" or state.is_upper)
        )
        dashed = placed and any(t.text in DASHES - {"-"} for t in doc[subject.i + 1 : name.i])
        if based or dashed:
            name.head, name.dep_ = subject.head, "nsubj"
            subject.head, subject.dep_ = name, "npadvmod"
            return


# Verbs a statement is printed with after the words it quotes: '“...,” read a statement from X'.
STATEMENT_TAGS = frozenset({"read", "begin", "continue", "conclude", "add", "say", "state"})
STATEMENT_NOUNS = frozenset("statement release message letter post email note notice announcement".split())


def statement_after_its_tag(verb: Token) -> None:
    """'“We would like to apologise,” read a statement from the fire company.', '“...,” began a
    statement from the club': a tag after a quotation, with the statement after its verb; the
    parser makes the statement the verb's object. The statement is the subject of a verb of saying."""
    subject_read_as_the_object(verb)
    doc = verb.doc
    if (
        verb.lemma_.lower() not in STATEMENT_TAGS
        or verb.i < 2
        or any(c.dep_ == "nsubj" for c in verb.children)
    ):
        return
    before = doc[verb.i - 1]
    if not (before.is_quote or (before.text == "," and doc[verb.i - 2].is_quote)):
        return  # (right after the quotation's closing mark)
    statement = next(
        (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in STATEMENT_NOUNS), None
    )
    if statement is None:
        return
    statement.dep_, verb.lemma_ = "nsubj", "say"
    if verb.dep_ == "conj" and verb.head.dep_ == "ROOT" and verb.head.i < verb.i:
        # ('“...”, read a statement': the comma outside the quotation, the parser coordinates the tag)
        root = verb.head
        verb.head, verb.dep_ = verb, "ROOT"
        root.head, root.dep_ = verb, "ccomp"
    for whose in [c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"from", "by", "of"}]:
        if whose.i == statement.right_edge.i + 1:
            whose.head = statement  # ("a statement from the club": whose statement)


def tag_inside_its_quotation(cue: Token) -> None:
    """'"The plan," Tom Hale said on Monday, "is dead."', '"After the war," she recounted, "he
    worked in Newark."': a speech tag set between two parts of one quotation, the first no sentence
    of its own. The parser hangs the tag on the quotation's verb as an aside, so the quotation would
    be nobody's; the quotation is what the tag's speaker said, its first part included."""
    content, doc = cue.head, cue.doc
    if cue.dep_ not in {"parataxis", "advcl"} or content.dep_ != "ROOT" or content.i < cue.i:
        return
    _tag_inside_a_clause(cue)
    if not is_cue(cue) or not any(c.dep_ == "nsubj" and c.i > cue.sent.start for c in cue.children):
        return
    close = next((k for k in range(cue.i - 1, cue.sent.start, -1) if doc[k].is_quote), None)
    reopen = next((k for k in range(cue.i + 1, content.i) if doc[k].is_quote), None)
    if close is None or reopen is None or doc[close - 1].text != "," or doc[reopen - 1].text != ",":
        return
    tag = {t.i for t in cue.subtree}
    if not doc[cue.sent.start].is_quote or any(k not in tag for k in range(close + 1, reopen - 1)):
        return
    if reopen - close > 14 or any(c.dep_ in {"ccomp", "dobj"} and c.i > cue.i for c in cue.children):
        return
    cue.head, cue.dep_ = cue, "ROOT"
    content.head, content.dep_ = cue, "ccomp"
    for part in [c for c in cue.children if c.i < close and not c.is_punct]:
        subject = any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in content.children)
        noun = part.pos_ in {"NOUN", "PROPN", "PRON"} and part.dep_ in {"ccomp", "dobj", "dep"}
        part.head = content  # ('"The budget," said Tom Hale, "is ...": the quotation's subject)
        if noun and not subject:
            part.dep_ = "nsubj"


# Verbs by which forecasters put a figure ahead of time: "below the 13 percent analysts had expected".
FORECASTING = frozenset({"expect", "forecast", "predict", "estimate", "project", "anticipate"})
UNITS = frozenset({"percent", "%", "million", "billion", "trillion", "point", "points", "cents", "pence"})


def figure_forecast_read_as_the_speaker(subject: Token) -> None:
    """ "Shares are down 20 percent, well below the 13 percent analysts had expected": the parser may
    read "the 13 percent analysts" as the subject of "expected" and the whole sentence before it as
    what they expected. The verb is a relative clause on the figure; the sentence stands alone."""
    cue, doc = subject.head, subject.doc
    if subject.dep_ != "nsubj" or cue.lemma_.lower() not in FORECASTING or cue.dep_ != "ROOT":
        return
    figure = next((c for c in subject.children if c.i < subject.i and c.lower_ in UNITS), None)
    content = next((c for c in cue.children if c.dep_ == "ccomp" and c.i < subject.left_edge.i), None)
    if figure is None or content is None or not any(c.like_num for c in figure.subtree):
        return
    before = doc[subject.left_edge.i - 1] if subject.left_edge.i > 0 else None
    content.head, content.dep_ = content, "ROOT"
    for c in [c for c in cue.children if c.i < subject.left_edge.i and c is not content]:
        c.head = content
    for c in [c for c in subject.children if c.i < figure.i]:
        c.head = figure  # ("the" and the number are the figure's)
    figure.head, figure.dep_ = (
        (before, "pobj") if before is not None and before.dep_ == "prep" else (content, "npadvmod")
    )
    cue.head, cue.dep_ = figure, "relcl"


def holder_read_as_the_bodys_object(subject: Token) -> None:
    """ "District Court for the NMI Chief Judge Ramona Manglona said ...": the parser may make the body
    the subject and the titled person after it the object of "for"; the person holding the title at
    the body speaks, and the body is a modifier of them."""
    cue = subject.head
    if subject.dep_ != "nsubj" or subject.pos_ != "PROPN" or subject.ent_type_ == "PERSON" or not is_cue(cue):
        return
    for prep in (c for c in subject.children if c.dep_ == "prep" and c.lower_ in {"for", "of", "at"}):
        for person in (g for g in prep.children if g.dep_ == "pobj" and g.ent_type_ == "PERSON"):
            if person.pos_ == "PROPN" and any(
                t.dep_ == "compound" and title_word(t) in TITLES for t in person.subtree if t.i < person.i
            ):
                person.head, person.dep_ = cue, "nsubj"
                subject.head, subject.dep_ = person, "nmod"
                return


def _tag_inside_a_clause(cue: Token) -> None:
    """ "The levy, says Marta Quill, is too small", "This system, says Ana Obi, an immunologist at the
    University of Kelso, helps ...": an inverted tag between a clause's subject and its verb, no
    quotation marks. The parser may take the subject for the tag's, or the name after the tag for the
    verb's second subject; the name speaks and the subject is the clause's."""
    content, doc = cue.head, cue.doc
    if cue.dep_ != "parataxis" or cue.lemma_ not in SPEECH_LEMMAS or cue.tag_ not in {"VBZ", "VBD"}:
        return
    if cue.i < 2 or doc[cue.i - 1].text != "," or doc[content.left_edge.i].is_quote:
        return
    before = [c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i]
    after = [c for c in cue.children if c.dep_ == "nsubj" and c.i > cue.i]
    name = next((c for c in content.children if c.dep_ == "nsubj" and cue.i < c.i < content.i), None)
    if not after and name is not None and name.left_edge.i == cue.i + 1 and name.pos_ == "PROPN":
        name.head = cue  # (the name after "says" read as the verb's second subject)
    elif before and after and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in content.children):
        before[0].head = content  # (the clause's subject read as the tag's)
