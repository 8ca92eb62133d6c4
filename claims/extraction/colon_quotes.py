"""A quotation opened straight after a colon: the words of whoever the words before the colon
name ("Lindqvist put it bluntly: “A truck is a truck.”"; "Detective Constable Ana Hale: “We want
to hear from anyone who saw it.”")."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from .cues import RELATIVE_TAGS, is_cue, speaker_of
from .given_names import is_given_name
from .persons import PERSON_NOUNS
from .segment import doc_text, in_quotes
from .types import Clause, Frame, Sentence
from .views import can_speak

NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON"})
# Verbs before a dash whose quotation is another's words, not the subject's.
NOT_ONES_OWN_WORDS = frozenset(
    "read recite receive get obtain quote cite hear see find show display publish print".split()
)


# Those who read out others' words: "The family's lawyer read a statement – “...”" is the family's.
STANDING_IN = frozenset(
    "lawyer attorney solicitor barrister counsel spokesman spokeswoman spokesperson agent".split()
)


def _for_another(verb: Token) -> bool:
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and any(t.lemma_.lower() in STANDING_IN for t in subject.subtree)


def words_owner(verb: Token) -> Token | None:
    """Whose words a verb of reading or receiving passes on: the possessor of its object ("the jury's
    verdict"), who they came from ("a letter from the council", "read from the defendant's diary"), or
    the one quoted ("quoted Lincoln")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None and verb.lemma_.lower() in {"quote", "cite"} and obj.pos_ == "PROPN":
        return obj
    owner = (
        next((c for c in obj.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
        if obj is not None
        else None
    )
    for prep in [
        c for h in (verb, obj) if h is not None for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
    ]:
        source = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if source is not None:
            owner = (
                owner
                or next((c for c in source.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
                or source
            )
    return owner


# Verbs before a dash that only introduce the quotation after it ("Ana Hale reflects on the result –");
# any other ("scored twice in the final –") states a fact of its own, which stays a claim.
INTRODUCING = frozenset(
    "say tell add explain reflect react respond comment speak sum put insist admit continue "
    "describe recall look".split()
)
# What sets a quotation after its speaker's label: a colon, or a dash on a quote sheet.
LABEL_MARKS = frozenset({":", "–", "—", "-"})


def colon_quotation(span: Span) -> tuple[Frame, int] | None:
    """ "Lindqvist put it bluntly: “A truck is a truck.”", "The minister was unrepentant: “We will
    not apologise.”": a quotation opened straight after a colon is the words of the subject of the
    clause before the colon, whatever its verb. Returns the frame and the opening mark's index."""
    doc = span.doc
    for colon in span:
        if colon.text == ":" and (message := _message_from(span, colon)) is not None:
            return message
        if colon.i + 1 >= span.end or not doc[colon.i + 1].is_quote:
            continue
        if colon.text not in LABEL_MARKS and not _comma_as_colon(colon):
            continue
        dash = colon.text in LABEL_MARKS - {":"}
        quoted = in_quotes(doc_text(doc), colon.idx, colon.idx + 1)
        if colon.i == span.start or quoted or doc[span.start].is_quote:
            return None
        if dash and not _subjects_before(span, colon):
            # "Coach Ana Hale, Western Kentucky – “...”": a dash opens a quotation after a label
            return _labelled(doc[span.start : colon.i], colon)
        if dash:
            # ("Ana Hale reflects on the result – “...”" as a colon does, when the quotation ends the line
            # with no tag of its own and a person before the dash)
            closing = next((t.i for t in span if t.i > colon.i + 1 and t.is_quote), span.end)
            ends = closing < span.end and all(t.is_punct for t in doc[closing : span.end])
            # (a sentence of words, after an active clause: not "was jailed – “a cruel fraud.”")
            ends = ends and any(t.dep_ in {"nsubj", "nsubjpass", "expl"} for t in doc[colon.i + 1 : closing])
            ends = ends and not any(t.dep_ == "nsubjpass" for t in doc[span.start : colon.i])
            frame = speaker_before_colon(span, colon) if ends else None
            # (what one reads out, receives or quotes may be someone else's words: "The judge read the
            # jury's verdict aloud – “...”" is the jury's, "received a letter from the council – “...”"
            # the council's, "quoted Lincoln – “...”" Lincoln's; one's own statement read out stays one's own)
            verb = doc[frame.cue_index] if frame is not None else None
            if verb is not None and verb.lemma_.lower() in NOT_ONES_OWN_WORDS:
                owner = words_owner(verb)
                own = verb.lemma_.lower() in {"read", "recite"} and owner is None and not _for_another(verb)
                frame = None if not own and owner is None else frame if own else replace(frame, source=owner)
            who = frame.source if frame is not None else None
            person = who is not None and (who.ent_type_ == "PERSON" or who.lower_ in PERSON_NOUNS)
            return (frame, colon.i + 1) if person else None
        if _tagged_after(span, colon):  # ('...: “...” resident Tom Reyes states.': the tag names the speaker)
            return None
        if (on_topic := _on_a_topic(span, colon)) is not None:
            return on_topic
        if not _subjects_before(span, colon):
            return _labelled(doc[span.start : colon.i], colon)
        frame = speaker_before_colon(span, colon)
        return None if frame is None else (frame, colon.i + 1)
    return _bare_label(span)


# A statement announced before a comma opens a quotation as a colon would: "reacted with the
# following statement, “...”" (other modules keep their own, wider lists of statement nouns).
ANNOUNCED_NOUNS = frozenset("statement message note post words".split())


def _comma_as_colon(comma: Token) -> bool:
    if comma.text != "," or comma.i == 0:
        return False
    doc, before = comma.doc, comma.doc[comma.i - 1]
    following = any(
        t.lower_ == "following" and t.head.i == before.i for t in doc[max(0, before.i - 3) : before.i]
    )
    return before.pos_ == "NOUN" and before.lemma_.lower() in ANNOUNCED_NOUNS and following


# Words for what one says, opening a sentence as its label: "A reminder from the President on Sunday: ...".
# Nouns for the people close to someone, who speak together for them ("a statement from the family").
KIN_GROUPS = frozenset({"family", "relative", "friend", "loved"})
MESSAGES = frozenset(
    "reminder warning message statement word update announcement reaction response verdict".split()
)


def message_label(span: Span) -> Frame | None:
    """ "Update on the attack from Assistant Commissioner Ana Obi:" alone on its line: whose words
    the paragraphs under it are."""
    colon = span[-1] if span[-1].text == ":" else None
    found = _message_from(span, colon) if colon is not None else None
    return found[0] if found is not None else None


def _message_from(span: Span, colon: Token) -> tuple[Frame, int] | None:
    """ "A reminder from President Donald Trump on Sunday: no exemptions will be granted": what
    follows the colon is the words of the one the message is from."""
    doc = span.doc
    first = doc[span.start]
    head = doc[span.start + 1] if first.lower_ in {"a", "an", "the"} and span.start + 1 < colon.i else first
    if head.lemma_.lower() not in MESSAGES or head.i + 2 >= colon.i:
        return None
    # ("Update on the attack from Assistant Commissioner Ana Obi:": what it is on, then whom from)
    after = doc[head.i + 1]
    frm = after if after.lower_ == "from" else None
    if after.lower_ in {"on", "about", "regarding"}:
        frm = next((t for t in doc[after.i + 1 : colon.i] if t.lower_ == "from"), None)
    if frm is None:
        return None
    who = next((c for c in frm.children if c.dep_ == "pobj"), None)
    # ("Update on flights from Heathrow:", "Update on the war from Ukraine:": a place, no speaker)
    given = who is not None and any(c.dep_ == "compound" and is_given_name(c.text) for c in who.children)
    if (
        who is not None
        and frm is not after
        and not (who.ent_type_ == "PERSON" or given or who.lemma_.lower() in PERSON_NOUNS)
    ):
        return None
    if (
        who is None
        or who.i > colon.i
        # (the tagger may read a bare "Update" opening the line as a verb)
        or any(t.is_quote or t.pos_ in {"VERB", "AUX"} and t != head for t in doc[span.start : colon.i])
        # (not "A warning from the past:", "A reminder from history:"; "A statement from the family of ...:")
        or not (can_speak(who, head) or who.lemma_.lower() in KIN_GROUPS)
        or who.ent_type_ in {"DATE", "TIME"}
    ):
        return None
    return Frame(source=who, role="said", cue=":", direct_quote=False, cue_index=colon.i), colon.i


def _tagged_after(span: Span, colon: Token) -> bool:
    """A quotation after a colon closed by a speech tag of its own: a name, then a speech verb."""
    doc = span.doc
    closing = next((t.i for t in span if t.i > colon.i + 1 and t.is_quote), None)
    after = [t for t in doc[closing + 1 : span.end] if not t.is_punct] if closing is not None else []
    verbs = [t for t in after if t.lemma_.lower() in {"say", "state", "add", "tell", "explain", "insist"}]
    names = [t for t in after if t.pos_ == "PROPN"]
    return bool(verbs) and bool(names) and len(after) <= 6 and names[0].i < verbs[-1].i


def _bare_label(span: Span) -> tuple[Frame, int] | None:
    """ "Cr Ana Hale “It is not a final decision.”": a title and a name opening the paragraph, then a
    quotation with no colon or dash between (a page of councillors' remarks)."""
    doc = span.doc
    quote = next((t for t in span[: LABEL_MAX_WORDS + 1] if t.is_quote), None)
    if span.start != 0 or quote is None or quote.i < 2 or in_quotes(doc_text(doc), quote.idx, quote.idx + 1):
        return None
    if doc[quote.i - 1].pos_ != "PROPN" or doc[quote.i - 1].whitespace_ == "":
        return None
    # (a headline's quoted words with the report's after them, 'Ana Hale “sorry” for delays', are no label)
    closing = next((t.i for t in span if t.i > quote.i and t.is_quote), span.end)
    if any(not t.is_punct for t in doc[closing : span.end]):
        return None
    return _labelled(doc[: quote.i], doc[quote.i - 1], opening=quote.i)


def _subjects_before(span: Span, colon: Token) -> list[Token]:
    return [
        t
        for t in span.doc[span.start : colon.i]
        if t.dep_ in {"nsubj", "nsubjpass"} and t.head.i < colon.i and t.tag_ not in RELATIVE_TAGS
    ]


def speaker_before_colon(span: Span, colon: Token) -> Frame | None:
    """Whose words a colon in `span` opens: the subject of the clause before it, whatever its verb."""
    subjects = _subjects_before(span, colon)
    if not subjects:
        return None
    # ("Walters does not believe the cuts will stand up, describing them as unkind: “...”": the
    # last verb whose subject can speak, not the cuts)
    speaking = [t for t in subjects if can_speak(t, t.head)] or subjects
    verb = max(speaking, key=lambda t: t.head.i).head
    # ("X presented reasons why officers were against it and said: “...”": the speech verb the colon
    # hangs on, sharing the subject of the verb it is coordinated with, not the last subject before it)
    shared = colon.head
    while is_cue(colon.head) and shared.dep_ == "conj" and speaker_of(shared) is None:
        shared = shared.head
    if shared is not colon.head and shared.i < verb.i and speaker_of(shared) is not None:
        verb = shared
    speaker = speaker_of(verb)
    if speaker is not None and speaker.dep_ == "nsubjpass":
        speaker = _agent_of_a_passive(verb, speaker)
    if speaker is None or speaker.pos_ not in NOMINAL_POS or speaker.lower_ in ("it", "this"):
        return None
    return Frame(source=speaker, role="said", cue=verb.text, direct_quote=True, cue_index=verb.i)


# Verbs whose passive subject is the one spoken to: "Staff were told: “...”", "were greeted by ...:".
ADDRESSED = frozenset("tell greet warn inform advise instruct remind welcome meet order urge".split())


def _agent_of_a_passive(verb: Token, subject: Token) -> Token | None:
    """ "Callers were greeted by a recorded message: “...”", "Staff were told: “...”": after a verb of
    addressing someone the words after the colon are the agent's when it can speak ("were told by the
    mayor:"), nobody's named otherwise; after any other passive the subject still speaks ("was quoted
    as saying:", "was asked by reporters ...:", "was interviewed by police:"), unless a thing that
    cannot speak did it ("The tweet is blocked by a banner that reads: ...": the banner's words)."""
    agents = [g for a in verb.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    if verb.lemma_.lower() not in ADDRESSED:
        return None if agents and agents[0].lemma_.lower() in CARRYING_WORDS else subject
    return agents[0] if agents and can_speak(agents[0], verb) else None


# Things that carry words of their own: "blocked by a banner that reads: ...".
CARRYING_WORDS = frozenset("banner sign message notice note recording poster placard label screen".split())


def credit_colon_quotation(clauses: list[Clause], colon_quote: tuple[Frame, int] | None) -> list[Clause]:
    """The quoted clauses after the colon are its speaker's words, wherever the parser hung them;
    the clause before the colon ("X put it bluntly:") only introduces them and is no claim."""
    if colon_quote is None:
        return clauses
    frame, opening = colon_quote
    doc = clauses[0].head.doc if clauses else None
    # (a clause after the quotation closes, "said Ana Obi, who lives nearby", is no part of it)
    closing = next((t.i for t in doc[opening + 1 :] if t.is_quote), len(doc)) if doc is not None else 0
    out = []
    for c in clauses:
        if c.frame is None and c.head.i > closing:
            out.append(c)
            continue
        # the clause before the colon, or a speaker's label, only introduces the words (one that
        # says something of its own, "does not believe the cuts will stand", stays)
        # ("answered with the following statement, “...”": however the parser hung the quotation)
        follows = any(t.lower_ == "following" and t.head.lemma_.lower() in ANNOUNCED_NOUNS for t in c.tokens)
        introduces = c.head.i == frame.cue_index and (
            follows or not any(t.dep_ == "ccomp" for t in c.head.children)
        )
        dashed = c.head.doc[opening - 1].text in LABEL_MARKS - {":"} and frame.cue != ":"
        introduces = introduces and (not dashed or c.head.lemma_.lower() in INTRODUCING)
        if introduces or (frame.cue == ":" and c.tokens[-1].i < frame.cue_index):
            continue
        if c.frame is None and c.head.i > opening:
            # a label's words ("Coach Ana Hale, Western Kentucky –") are no part of the quotation
            kept = c.tokens if frame.cue != ":" else tuple(t for t in c.tokens if t.i > opening)
            c = replace(c, frame=frame, tokens=kept)
        elif c.frame is None and frame.cue == ":" and c.tokens[-1].i > opening:
            # "Said Hawks coach Ana Hale: “...”": the parser made the label the head; the words are
            # the quotation's
            c = replace(c, frame=frame, tokens=tuple(t for t in c.tokens if t.i > opening))
        out.append(c)
    return out


def _on_a_topic(span: Span, colon: Token) -> tuple[Frame, int] | None:
    """ "Ana Rook on speculation that Ted Vale will be appointed coach: “...”": a person's name
    opening the sentence, "on" and what they were asked about, then the quotation: the name speaks
    (not whoever the topic names)."""
    doc, name = span.doc, span.doc[span.start]
    while name.i + 1 < colon.i and doc[name.i + 1].pos_ == "PROPN":
        name = doc[name.i + 1]
    on = doc[name.i + 1] if name.i + 1 < colon.i else None
    person = name.ent_type_ == "PERSON" or (name.i > span.start and is_given_name(doc[span.start].text))
    if on is None or on.lower_ != "on" or name.pos_ != "PROPN" or not person:
        return None
    return Frame(source=name, role="said", cue=":", direct_quote=True, cue_index=colon.i), colon.i + 1


# A speaker's label is short: a title and a name ("Detective Constable Victoria Hazlewood:").
LABEL_MAX_WORDS = 6
# Words heading a speaker's label: "Reaction from BBC Sport's Ana Hale:".
LABEL_HEADS = frozenset({"reaction", "comment", "response", "verdict"})
# What may follow a label's name after a comma: the speaker's side or post ("Western Kentucky", "the coach").
SIDE_POS = frozenset({"PROPN", "NOUN", "DET", "ADP", "ADJ"})
# A description after the comma may be longer: "a 19-year-old sophomore from Las Vegas".
DESCRIBED_MAX_WORDS = 10


def _labelled(label: Span, colon: Token, opening: int | None = None) -> tuple[Frame, int] | None:
    """ "Detective Constable Ana Hale: “...”": a name alone before the colon labels the speaker
    ("Coach Ana Hale, Western Kentucky:": the name before a comma, the side after it)."""
    comma = next((t for t in label if t.text == ","), None)
    if comma is not None:
        side = [t for t in label.doc[comma.i + 1 : label.end] if not t.is_punct]
        # ("Ana Hale, a 19-year-old sophomore from Las Vegas:": a description of the one named)
        described = bool(side) and side[0].lower_ in {"a", "an", "the"}
        most, kinds = (DESCRIBED_MAX_WORDS, SIDE_POS | {"NUM"}) if described else (LABEL_MAX_WORDS, SIDE_POS)
        if not 0 < len(side) <= most or any(t.pos_ not in kinds for t in side):
            return None
        label = label.doc[label.start : comma.i]
    words = [t for t in label if not t.is_punct and t.tag_ != "POS"]
    if words and words[0].lower_ in {"said", "says"}:
        words = words[1:]  # "Said Hawks coach Ana Hale:"
    if len(words) > 2 and words[0].lower_ in LABEL_HEADS and words[1].lower_ == "from":
        words = words[2:]
    if not 0 < len(words) <= LABEL_MAX_WORDS or words[-1].pos_ != "PROPN":
        return None
    if not all(t.pos_ == "PROPN" or (t.pos_ == "NOUN" and t.lemma_.lower() in PERSON_NOUNS) for t in words):
        return None
    name = words[-1]
    if name.ent_type_ not in {"PERSON", "ORG"} and len(words) < 2:
        return None
    frame = Frame(source=name, role="said", cue=":", direct_quote=True, cue_index=colon.i)
    return frame, colon.i + 1 if opening is None else opening


def opens_quotation_at(sentence: Sentence, verb: Token) -> bool:
    """ "He continued: “...”": a verb whose colon opens a quotation speaks, whatever the verb."""
    found = colon_quotation(sentence.span)
    return found is not None and found[0].cue_index == verb.i


def quoted_after_colon(pred: Token, colon_quote: tuple[Frame, int] | None) -> list[Token]:
    """ "The minister was unrepentant: “We will not apologise.”": the quotation hung on the verb
    (`colon_quote` is the frame and where the quotation opens)."""
    if colon_quote is None or pred.i > colon_quote[1]:
        return []
    opening = colon_quote[1]
    # the top of the quoted words, wherever the parser hung it ("put it bluntly: “A is B”")
    return [t for t in pred.subtree if t.i > opening and t.head.i < opening and t.pos_ in {"VERB", "AUX"}]
