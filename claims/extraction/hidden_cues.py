"""Attributions the parser hides: a speech verb closing its sentence after a comma ("..., the
authors said") or hung inside a closing quotation, a view stated as "X's forecast is that ...",
and a speaker inside a relative clause ("a drought that the bank says cut growth")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .cues import (
    CITING_VERBS,
    CUE_ROLES,
    RELATIVE_TAGS,
    SUBJECT_DEPS,
    contents_of,
    is_cue,
    opens_with_that,
    speaker_of,
    subject_of,
)
from .estimates import estimate_frame
from .persons import PEOPLE_NOUNS
from .segment import doc_text, in_quotes
from .told import cites_a_source, request_frame
from .types import Frame
from .views import can_speak

# Speech verbs that may close a sentence after a comma ("..., the authors said"; "..., said Berg").
TRAILING_CUES = frozenset("say add write report tell note explain conclude rule find".split())

# Verbs of conceding or stressing that also stand between commas inside what they report ("Others,
# she acknowledged, are furious").
PARENTHETICAL_CUES = frozenset("acknowledge admit concede insist argue warn believe estimate".split())


def _adjacent_subject(cue: Token) -> Token | None:
    """The subject standing right next to the cue, before it ("the authors said") or after it
    ("said the authors"), with nothing but auxiliaries between."""
    doc = cue.doc
    for subj in (c for c in cue.children if c.dep_ in {"nsubj", "nsubjpass"}):
        if subj.i < cue.i and all(
            t.dep_ in {"aux", "neg", "advmod"} for t in doc[subj.right_edge.i + 1 : cue.i]
        ):
            return subj
        if subj.i > cue.i and subj.left_edge.i == cue.i + 1:
            return subj
    return None


def trailing_speech(cue: Token) -> tuple[Token, list[Token]] | None:
    """(speaker, content) when a speech verb closes its sentence after a comma and the parser found
    no clause for it to introduce: "The benefit held after the figures were adjusted, the authors
    said.", '“A dry summer flatters everyone,” said Hale' when the parser missed the quotation's verb.
    Everything before the comma is what was said."""
    if cue.lemma_.lower() not in TRAILING_CUES or contents_of(cue):
        return None
    speaker = _adjacent_subject(cue)
    if speaker is None:
        return None
    sentence = cue.sent
    phrase_start = min(speaker.left_edge.i, cue.i)
    phrase_end = max(speaker.right_edge.i, cue.i)
    if any(not t.is_punct for t in cue.doc[phrase_end + 1 : sentence.end]):
        return None
    if any(t.text == ":" for t in cue.doc[phrase_end + 1 : sentence.end]):
        return None  # ("After the hearing on Monday, the mayor said:": what follows is what was said)
    comma = phrase_start - 1
    if comma > sentence.start and cue.doc[comma].is_quote:
        comma -= 1  # '“A dry summer flatters everyone's numbers,” said Tamsin Hale'
    if comma <= sentence.start or cue.doc[comma].text != ",":
        return None
    content = [t for t in cue.doc[sentence.start : comma] if not t.is_space]
    return (speaker, content) if sum(not t.is_punct for t in content) >= 3 else None


def parenthetical_speech(pred: Token) -> Token | None:
    """ "The river reached 4.2 metres, the agency said, the highest since 1998", "Others, she acknowledged,
    are angry": a speech tag set off by commas in what it reports, hung on its verb. Returns the cue."""
    doc = pred.doc
    for cue in pred.children:  # ("will see more cases, a health official warned on Sunday, although")
        if cue.dep_ not in {"parataxis", "advcl", "ccomp"} or cue.i < pred.left_edge.i or not is_cue(cue):
            continue
        if cue.lemma_.lower() not in TRAILING_CUES | PARENTHETICAL_CUES or contents_of(cue):
            continue
        speaker = _adjacent_subject(cue)
        if speaker is None or in_quotes(doc_text(doc), cue.idx, cue.idx + len(cue)):
            continue
        start = min(speaker.left_edge.i, cue.i)
        when = [c.right_edge.i for c in cue.children if c.dep_ in {"prep", "npadvmod"} and c.i == cue.i + 1]
        # (a closing comma the parser hung on the speaker's apposition is not part of the tag)
        last = max(t.i for t in speaker.subtree if not t.is_punct)
        end = max([last, cue.i, *when])
        after = doc[end + 1] if end + 1 < len(doc) else None
        if start == 0 or doc[start - 1].text != "," or after is None or after.text not in {",", "–", "—"}:
            continue
        return cue
    return None


def citing_aside(token: Token) -> bool:
    """ "Reuters, citing three people familiar with the matter, reported ...", "reported on Monday,
    citing officials, that ...": a citing participle set off by commas right before the speech verb
    or its that-clause names a second source of the report; it is no statement of its own."""
    if token.tag_ != "VBG" or token.lemma_.lower() not in CITING_VERBS:
        return False
    after = _after_aside(token)
    return after is not None and (after.lower_ == "that" or is_cue(after))


def _after_aside(token: Token) -> Token | None:
    """The token after the comma closing a citing phrase set off by commas."""
    doc = token.doc
    objects = cited_by_aside(token)
    if not objects:
        return None
    # the object's phrase closes the aside (the parser may hang the speech verb on the participle)
    comma = max(o.right_edge.i for o in objects) + 1
    if token.i == 0 or doc[token.i - 1].text != "," or comma + 1 >= len(doc) or doc[comma].text != ",":
        return None
    return doc[comma + 1]


def cited_by_aside(token: Token) -> list[Token]:
    return cites_a_source(token)


def cited_in_asides(contents: list[Token]) -> tuple[Token, ...]:
    """The sources named in citing asides the parser hung on the content clause ("reported on
    Monday, citing officials, that ...")."""
    return tuple(t for c in contents for a in c.children if citing_aside(a) for t in cited_by_aside(a))


def trailing_citation(span: Span) -> Frame | None:
    """ "The minister offered to resign, Reuters, citing three sources, reported on Friday.": a
    sentence closing with speaker, citing aside and speech verb, which the parser cannot build;
    everything before the speaker's comma is what was reported."""
    doc = span.doc
    for citing in span:
        after = _after_aside(citing)
        if not citing_aside(citing) or after is None or not is_cue(after):
            continue
        if after.lemma_.lower() not in TRAILING_CUES or any(
            not t.is_punct and t not in after.subtree for t in doc[after.i + 1 : span.end]
        ):
            continue
        speaker = doc[citing.i - 2]
        start = speaker.i
        while start > span.start and doc[start - 1].pos_ in {"PROPN", "NOUN", "DET", "ADJ", "PART"}:
            start -= 1
        if speaker.pos_ not in {"PROPN", "NOUN"} or doc[start - 1].text != "," or start - span.start < 4:
            continue
        return Frame(
            source=speaker,
            role=CUE_ROLES.get(after.lemma_.lower(), "reported"),
            cue=after.text,
            cited=tuple(cited_by_aside(citing)),
            cue_index=after.i,
        )
    return None


# Auxiliaries of reported speech shifted back from the speaker's tense ("had", "would", "could").
BACKSHIFT_AUX = frozenset({"have", "will", "can", "may", "shall", "must"})


def backshifted_sequel(cue: Token, conj: Token, contents: list[Token]) -> bool:
    """ "said it had co-operated fully and had since introduced checks": a subjectless verb the
    parser coordinated with the speech verb, but whose own "had"/"would" takes the tense of what
    was said, not of the saying; it goes on with the content, sharing its subject."""
    if not contents or conj.i < max(c.right_edge.i for c in contents) or subject_of(conj) is not None:
        return False
    if cue.tag_ != "VBD" or any(c.dep_ in {"aux", "auxpass"} for c in cue.children) or is_cue(conj):
        return False
    return any(
        c.dep_ == "aux" and c.lemma_.lower() in BACKSHIFT_AUX and c.tag_ in {"VBD", "MD"}
        for c in conj.children
    )


# Verbs of characterising that wire copy sets in "in what X described as Y" after the news.
CHARACTERISING_ASIDES = frozenset({"describe", "call", "term", "dub", "label", "see", "hail"})


def characterised_in_what(pred: Token) -> list[tuple[Token, Frame, list[Token]]]:
    """ "Lestria released the engineers, in what diplomats described as the clearest sign yet of a
    deal": (the "in" phrase, the speaker's frame, the words of the characterisation)."""
    found = []
    for prep in (c for c in pred.children if c.dep_ == "prep" and c.lower_ == "in"):
        cue = next((g for g in prep.children if g.dep_ == "pcomp"), None)
        if cue is None or cue.lemma_.lower() not in CHARACTERISING_ASIDES:
            continue
        what = next((g for g in cue.children if g.dep_ in {"dobj", "nsubjpass"} and g.lower_ == "what"), None)
        speaker = next((g for g in cue.children if g.dep_ == "nsubj"), None)
        # "described as a turning point", "called a relief rally"
        complement = next(
            (g for g in cue.children if g.dep_ in {"oprd", "xcomp", "attr"} or g.lower_ == "as"), None
        )
        if what is None or speaker is None or complement is None:
            continue
        start = complement.i + 1 if complement.lower_ == "as" else complement.left_edge.i
        # to the sentence's end, wherever the parser hung the rest ("... sign yet that X is near")
        words = []
        for t in pred.doc[start : pred.sent.end]:
            if t.dep_ == "cc" and t.head == pred:
                break  # ", and the envoy flew home": the next clause of the sentence
            words.append(t)
        while words and words[-1].is_punct:
            words.pop()
        if not words:
            continue
        frame = Frame(source=speaker, role="said", cue=cue.text, cue_index=cue.i)
        found.append((prep, frame, words))
    return found


def closing_speech(root: Token, span: Span) -> Token | None:
    """ "“We will appeal,” the firm's lawyer, Ana Ruiz, wrote in a post.": a speech verb after the
    closing quotation mark, its speaker outside the quotation, which the parser hung on a verb
    inside the quoted words. Returns the cue; the quotation is what it introduces."""
    doc = root.doc
    last = max((t.i for t in span if not t.is_punct), default=-1)
    for cue in span:
        if cue.i <= root.i or not is_cue(cue) or in_quotes(doc_text(doc), cue.idx, cue.idx + len(cue)):
            continue
        speaker = speaker_of(cue)
        if speaker is None or in_quotes(doc_text(doc), speaker.idx, speaker.idx + len(speaker)):
            continue
        opening = min(speaker.left_edge.i, cue.i)
        if opening == 0 or not doc[opening - 1].is_quote or cue.right_edge.i < last:
            continue
        return cue
    return None


# Nouns for a view someone holds, stated as "X's forecast is that ...".
VIEW_NOUNS = frozenset(
    "forecast estimate view position assessment conclusion expectation prediction projection "
    "calculation".split()
)


# Adjectives of a stance someone holds ("scientists are concerned about ...", "the coach was
# unconvinced by ..."), and nouns of one they voice ("observers expressed concern at ..."): the
# stance is theirs to stand by, though no speech verb reports it.
STANCE_ADJECTIVES = frozenset(
    "concerned worried alarmed unconvinced sceptical skeptical doubtful confident optimistic "
    "pessimistic hopeful fearful wary".split()
)
STANCE_NOUNS = frozenset(
    "concern worry alarm doubt fear hope confidence optimism scepticism skepticism objection question "
    "complaint criticism opposition disappointment regret frustration anger dismay surprise support".split()
)
VOICING_VERBS = frozenset({"express", "voice", "raise"})


def stance_frame(pred: Token) -> Frame | None:
    """Whoever holds or voices the stance a predicate states, if they are named or described."""
    seemed_to = _seemed_to(pred)
    if seemed_to is not None:
        return Frame(source=seemed_to, role="claimed", cue=pred.text, cue_index=pred.i)
    subj = subject_of(pred)
    # ("she was fearful that ...": a person's pronoun holds a stance too; "it" and "I" don't)
    if subj is None or not (subj.pos_ in {"NOUN", "PROPN"} or subj.lower_ in {"he", "she", "they"}):
        return None
    word = next((c for c in pred.children if c.dep_ == "acomp"), None) if pred.lemma_ == "be" else pred
    if word is not None and word.lower_ in STANCE_ADJECTIVES:
        return Frame(source=subj, role="claimed", cue=word.text)
    if pred.lemma_ == "be" and _of_the_view(pred):
        return Frame(source=subj, role="claimed", cue=pred.text, cue_index=pred.i)  # "is of the opinion that"
    voiced = [c for c in pred.children if c.dep_ == "dobj" and c.lemma_.lower() in STANCE_NOUNS]
    # ("The delays have raised concerns among islanders": what causes a worry voices none)
    if voiced and pred.lemma_.lower() in VOICING_VERBS and can_speak(subj, pred):
        return Frame(source=subj, role="claimed", cue=pred.text, cue_index=pred.i)
    return None


def _of_the_view(pred: Token) -> bool:
    """ "Ana Ruiz is of the opinion that ...", "they are of the view that ...": a view held."""
    held = [g for c in pred.children if (c.dep_, c.lower_) == ("prep", "of") for g in c.children]
    return any(g.lemma_.lower() in {"opinion", "view", "belief"} and g.dep_ == "pobj" for g in held)


def _seemed_to(pred: Token) -> Token | None:
    """ "To some it seemed that ...", "to many investors it appeared that ...": whom it seemed to."""
    that_clause = any(c.dep_ == "ccomp" and opens_with_that(c) for c in pred.children)
    if pred.lemma_.lower() not in {"seem", "appear"} or not that_clause:
        return None
    to = [g for c in pred.children if (c.dep_, c.lower_) == ("prep", "to") for g in c.children]
    return next((g for g in to if g.dep_ == "pobj" and g.lower_ not in {"me", "us", "it", "them"}), None)


def view_frame(pred: Token) -> Frame | None:
    """ "Gridline's own central forecast is that half will never be built": the one whose view,
    forecast or estimate it is says what follows (a pronoun owner is left to the quotation's speaker);
    or whoever holds the stance the predicate states (see `stance_frame`)."""
    stance = stance_frame(pred) or request_frame(pred) or estimate_frame(pred)
    if stance is not None:
        return stance
    subj = subject_of(pred)
    if pred.lemma_ != "be" or subj is None or subj.lemma_.lower() not in VIEW_NOUNS:
        return None
    if not any(c.dep_ == "ccomp" and opens_with_that(c) for c in pred.children):
        return None
    owner = next((c for c in subj.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    if owner is None:
        return None
    return Frame(source=owner, role="claimed", cue=subj.text, cue_index=subj.i)


def said_of_antecedent(cue: Token) -> list[Token]:
    """ "a drought that its central bank says cut growth to 0.8%": a speech verb in a relative
    clause with a speaker of its own and the relative pronoun as a second subject; the verb after
    it says what the noun described did."""
    subjects = [c for c in cue.children if c.dep_ in SUBJECT_DEPS]
    if len(subjects) < 2 or not any(s.tag_ in RELATIVE_TAGS for s in subjects):
        return []
    return [c for c in cue.children if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}]


# Verbs of speaking up: used without a clause ("warned against firm conclusions", "urged calm",
# "apologised to passengers"), the act is still the speaker's statement.
SPEAKING_UP = frozenset(
    "warn urge caution insist recommend advise appeal plead apologise apologize mention stress emphasise "
    "emphasize highlight outline".split()
)

# Prepositions by which "call" asks for something in words: "called on the minister to resign",
# "called for an inquiry".
CALLING_PREPS = frozenset({"on", "for"})

# Verbs by which someone makes known an act of their own: "announced his resignation", "declared its
# bid" (with no possessive, "announced six plants" is the report saying what was announced).
MAKING_KNOWN = frozenset({"announce", "declare", "confirm"})


def _calls_on(cue: Token) -> bool:
    """ "called on the minister to come clean", "called for an inquiry" (not "called the police at
    9pm", "called on Friday")."""
    return not any(c.dep_ == "dobj" for c in cue.children) and any(
        c.dep_ == "prep"
        and c.lower_ in CALLING_PREPS
        and all(g.ent_type_ not in {"DATE", "TIME"} for g in c.children)
        for c in cue.children
    )


def _makes_own_act_known(cue: Token) -> bool:
    """ "announced his resignation": the object is the speaker's own act, owned by a pronoun."""
    return any(
        c.dep_ == "dobj" and any(g.dep_ == "poss" and g.pos_ == "PRON" for g in c.children)
        for c in cue.children
    )


def _described_as(cue: Token) -> bool:
    """ "He described the vote as credible": a view given of something, wherever the parser hung "as"."""
    for t in cue.subtree:
        if t.lower_ == "as" and t.i > cue.i:
            between = [a for a in t.ancestors if a.i != cue.i and cue in a.ancestors]
            if not any(a.pos_ in {"VERB", "AUX"} for a in between):
                return True
    return False


def speaks_in_words(cue: Token) -> bool:
    """A verb of speaking up with someone to speak (its subject, or the first verb's)."""
    lemma = cue.lemma_.lower()
    speaks = (
        lemma in SPEAKING_UP
        or (lemma == "call" and _calls_on(cue))
        or (lemma in MAKING_KNOWN and _makes_own_act_known(cue))
        or (lemma in CHARACTERISING_ASIDES and _described_as(cue))
    )
    return speaks and (speaker_of(cue) is not None or cue.dep_ == "conj")


def semicolon_sequel(cue: Token, conj: Token, said: list[Token]) -> bool:
    """ "Giuliani said six people lived there; three had been accounted for": reported speech goes
    on after a semicolon (see `reattach`, which hangs the clause after it on the speech verb), unless
    a new party is the clause's subject ("...; engineers disagreed")."""
    own = subject_of(conj)
    if not said or is_cue(conj) or own is None or not any(t.text == ";" for t in cue.doc[cue.i : conj.i]):
        return False
    return not _a_new_party(own)


def _a_new_party(subject: Token) -> bool:
    named = subject.pos_ == "PROPN" or subject.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}
    return named or (subject.tag_ == "NNS" and subject.lemma_.lower() in PEOPLE_NOUNS)


def new_party_after_semicolon(first: Token, then: Token) -> bool:
    """ "The mayor said the bridge was safe; engineers found cracks": a clause after a semicolon
    whose subject is a new party is not the speaker's, even coordinated with what they said."""
    own = subject_of(then)
    return own is not None and any(t.text == ";" for t in first.doc[first.i : then.i]) and _a_new_party(own)
