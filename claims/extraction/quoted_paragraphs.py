"""A paragraph that is all quotation, naming no speaker, right after a paragraph that reports one
speaker's words: 'The governor said conditions were weaker. / “The tasks remain large.”' The
newspaper convention is that the quotation is the same speaker's, as it is after a paragraph that
closes with their quotation (`attribute` follows that case). Only done when:
- the paragraph opens with a quotation mark and ends with a closing one, and no clause in it has a
  speaker of its own;
- every statement of the previous paragraph's last sentence has one and the same named speaker,
  or that sentence says who gave out a statement ("Sir Ann Lee, the council leader, has released
  a statement." then the statement's paragraphs).
A chain of such paragraphs goes on with the same speaker; a paragraph the quotation runs on from
(no closing mark, the next paragraph opening with one) is all quotation too.

A paragraph that introduces the next one as someone's words, quotation marks or not (a block quotation),
credits that paragraph's clauses that have no speaker of their own (see `_introduction`):
- a speech tag and a colon: "Analyst Tom Forte said this morning:", "According to Forte:";
- a name (and who they are) and a colon: "Hao Hong, Bocom International chief strategist:";
- a page that lost its colon: "Stephen Glass is encouraged by his players arguing," over first-person words;
- "The statement read as follows.", "Egeland said the following:".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Token

from .colon_quotes import message_label, speaker_before_colon
from .continued_lines import lines_inside_quotations
from .crediting import clauses_by_sentence, credit, told_inside_a_quotation
from .cues import CUE_ROLES, frame_for_cue, is_cue, speaker_of, subject_of
from .entities import is_document
from .given_names import is_given_name
from .last_accounts import adjacent as next_to
from .last_accounts import closing_conjunct, last_account, named_last, nothing_said_after, spoke_to
from .publishers import publisher_of
from .segment import doc_text, in_quotes, paragraphs, span_text
from .types import AttributedClause, Frame, Sentence
from .views import can_speak

# Marks that close a quotation at the end of a paragraph.
CLOSING_QUOTES = ("”", '"', "’’", "''")


# What a speaker gives out before its words follow in paragraphs of quotation.
STATEMENT_NOUNS = frozenset("statement message tribute response".split())


def _statement_given(
    sentence: Sentence, nouns: frozenset[str] = STATEMENT_NOUNS
) -> tuple[Frame, Sentence] | None:
    """ "The club has released a statement.", "Ms Lee issued a short statement on Monday.": who
    gave out the statement whose words the next paragraphs quote."""
    root = sentence.span.root
    subject = subject_of(root)
    if subject is None or subject.lower_ in {"we", "i", "you", "it", "they"} or root.lemma_ in {"be", "have"}:
        return None
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in root.children):
        return None
    return Frame(source=subject, role="said", cue=root.text, direct_quote=True, cue_index=root.i), sentence


def _introduction(sentence: Sentence, adjacent: bool = True) -> tuple[Frame, Sentence] | None:
    """Whose words the paragraph after `sentence` (the last of its own paragraph) is, when it says
    (a statement given out only when nothing was cut out between: `adjacent`)."""
    text = span_text(sentence.span).rstrip()
    if text.endswith(","):
        return _lost_colon(sentence)
    if FOLLOWS.search(text) and (follows := _as_follows(sentence)) is not None:
        return follows
    if not text.endswith(":"):
        return None
    if (tagged := _colon_tag(sentence)) is not None or not adjacent:
        return tagged
    return _statement_given(sentence, GIVEN_OUT) or _given_from(sentence) or _from_label(sentence)


# Characters between a line and the paragraph it introduces: the line break and a blank line.
MAX_GAP = 4

# What a body gives out whose words a colon introduces: "The sheriff's office released the following
# statement:", "Here is the latest update from the emergency agency:".
GIVEN_OUT = STATEMENT_NOUNS | frozenset(
    "update communication notice announcement release bulletin advisory".split()
)


def gives_out_a_statement(sentence: Sentence) -> Token | None:
    """ "His family paid tribute to him today.": who gave out words that may follow, if anyone."""
    given = _statement_given(sentence)
    return given[0].source if given is not None else None


def introduces_a_statement(sentence: Sentence) -> bool:
    """ "The sheriff's office released the following statement:": a line that only says whose words
    follow (sift drops it; the words are the claims)."""
    if not span_text(sentence.span).rstrip().endswith(":"):
        return False
    given = _statement_given(sentence, GIVEN_OUT) or _given_from(sentence) or _from_label(sentence)
    return given is not None


def _given_from(sentence: Sentence) -> tuple[Frame, Sentence] | None:
    """ "Here is the latest update from the emergency agency:", "Below is the full statement from the
    club:": the statement's words follow, and they are the body's it comes from."""
    for noun in (t for t in sentence.span if t.lemma_.lower() in GIVEN_OUT and t.pos_ == "NOUN"):
        if noun.dep_ not in {"attr", "nsubj", "dobj"}:
            continue
        for source in (
            g for p in noun.children if p.lower_ == "from" for g in p.children if g.dep_ == "pobj"
        ):
            return Frame(
                source=source, role="said", cue=noun.text, direct_quote=True, cue_index=noun.i
            ), sentence
    return None


def _from_label(sentence: Sentence) -> tuple[Frame, Sentence] | None:
    """ "From the Ministry of Civil Defence:": a line naming where the words after it come from."""
    first = sentence.span[0]
    heard = [c for c in first.children if c.dep_ == "pobj"] if first.lower_ in {"from", "via"} else []
    if not heard or first.dep_ != "ROOT":
        return None
    return Frame(source=heard[0], role="said", cue=first.text, cue_index=first.i), sentence


def _lost_colon(sentence: Sentence) -> tuple[Frame, Sentence] | None:
    """A page that lost the colon: "Aberdeen boss Stephen Glass is encouraged by his players arguing,"."""
    root = sentence.span.root
    subject = subject_of(root)
    if subject is not None and subject.pos_ == "PROPN" and subject.ent_type_ == "PERSON":
        return Frame(source=subject, role="said", cue=":", direct_quote=True, cue_index=root.i), sentence
    return None


def _as_follows(sentence: Sentence) -> tuple[Frame, Sentence] | None:
    """ "The statement read as follows.", "Egeland said the following:": what follows is theirs (a
    statement whose maker it does not name is the last speaker's before it in the paragraph)."""
    root = sentence.span.root
    subject = subject_of(root)
    if subject is None:
        return None
    if is_document(subject) and publisher_of(subject) is None:
        subject = _last_speaker_before(sentence) or subject
    return Frame(source=subject, role="said", cue=root.text, direct_quote=True), sentence


def _bare_tag(sentence: Sentence) -> tuple[Frame, Sentence] | None:
    """ "Eric Vale, the parish clerk, said" alone on its line, its colon lost: a speech tag that ends
    the line with nothing said introduces the paragraph after it."""
    words = [t for t in sentence.span if not t.is_punct]
    root = sentence.span.root
    if not words or words[-1] != root or not any(c.dep_ == "nsubj" for c in root.children):
        return None
    return _colon_tag(sentence)


def _colon_tag(sentence: Sentence) -> tuple[Frame, Sentence] | None:
    """ "D.A. Davidson analyst Tom Forte said this morning:", "According to Forte:", "Hao Hong, Bocom
    International chief strategist:": a speech tag or a name with nothing said before the closing colon."""
    root = closing_conjunct(sentence.span.root)
    if root.lower_ == "according":
        heard = [g for to in root.children if to.lower_ == "to" for g in to.children if g.dep_ == "pobj"]
        if heard:
            return Frame(source=heard[0], role="said", cue="according to", cue_index=root.i), sentence
    # ("Fourteen bodies were found, Captain Ana Obi told AFP:": what was said before the tag, then more)
    elif is_cue(root) and CUE_ROLES.get(root.lemma_.lower()) == "said" and nothing_said_after(root):
        if speaker_of(root) is not None:
            return frame_for_cue(root), sentence
    elif (spoke := spoke_to(sentence)) is not None:
        return spoke
    elif (message := message_label(sentence.span)) is not None:  # (before a label: "... family of X:")
        return message, sentence
    elif (named := speaker_label(sentence)) is not None:
        return Frame(source=named, role="said", cue=":", direct_quote=True), sentence
    return None


def _colon_over_quotation(sentence: Sentence) -> tuple[Frame, Sentence] | None:
    """ "Prof. Ana Marsh reflected on the benefits of local food:" over a paragraph opened by a
    quotation mark: the quotation is the words of the subject before the colon, whatever its verb
    (as within one sentence, `colon_quotes`)."""
    span = sentence.span
    colon = span[-1] if span[-1].text == ":" else None
    frame = speaker_before_colon(span, colon) if colon is not None else None
    if frame is None or not can_speak(frame.source, span.doc[frame.cue_index]):
        return None  # ("Here are the results:")
    return frame, sentence


def _last_speaker_before(sentence: Sentence) -> Token | None:
    doc = sentence.span.doc
    cues = [t for t in doc[: sentence.span.start] if is_cue(t) and speaker_of(t) is not None]
    return speaker_of(cues[-1]) if cues else None


def speaker_label(sentence: Sentence) -> Token | None:
    """ "Hao Hong, Bocom International chief strategist:", "Goldman's Moe:": a person's name (and who
    they are) with no verb, closing its paragraph on a colon: the label of the words that follow."""
    span = sentence.span
    if not span_text(span).rstrip().endswith(":") or any(t.pos_ in {"VERB", "AUX"} for t in span):
        return None
    names = [
        t
        for t in span
        if t.ent_type_ == "PERSON" and t.pos_ == "PROPN" and t.dep_ not in {"compound", "flat"}
    ]
    # ("Goldman's Moe:": the name after a possessive, whatever the tagger made of it)
    names = names or [t for t in span[1:] if t.pos_ == "PROPN" and t.nbor(-1).tag_ == "POS"]
    root = span.root  # ("Ana Ruiz, chief strategist:", a name the tagger missed, with who they are)
    described = any(t.text == "," for t in span) and root.pos_ == "PROPN" and root.ent_type_ in {"", "PERSON"}
    names = names or ([root] if described else [])
    return names[0] if len(names) == 1 and len(span) <= LABEL_MAX_TOKENS else named_last(span, names)


# A speaker's label is short: a name and a few words of who they are.
LABEL_MAX_TOKENS = 14


# A sentence saying that what follows is someone's words.
FOLLOWS = re.compile(
    r"\b(read|reads|goes|went|said|says|stated|states)( as follows| the following)\W*$", re.I
)
FIRST_PERSON = frozenset({"i", "we", "my", "our", "us", "me"})


def first_person(paragraph: Sequence[Sentence]) -> bool:
    """Words someone speaks: in the first person, not opened by a quotation mark (that case is above)."""
    spoken = any(t.lower_ in FIRST_PERSON for s in paragraph for t in s.span)
    return spoken and not paragraph[0].opens_paragraph_with_quote


def _all_quotation(sentences: Sequence[Sentence]) -> bool:
    closes = span_text(sentences[-1].span).rstrip().endswith(CLOSING_QUOTES) or sentences[-1].ends_in_quote
    return sentences[0].opens_paragraph_with_quote and closes


def quoted_paragraphs_go_on(
    sentences: Sequence[Sentence], attributed: Sequence[AttributedClause]
) -> list[AttributedClause]:
    """The clauses with each speakerless all-quotation paragraph given the speaker reported just before."""
    out = list(attributed)
    by_sentence = clauses_by_sentence(out)
    # (a topic line between quotations, "On the performance…", leaves the speaker before it speaking;
    # lines inside a quotation opened lines before are one paragraph with the line that opened it)
    grouped = [p for p in _lines_joined(sentences) if not _topic_line(p)]
    for before, paragraph in zip(grouped, grouped[1:], strict=False):
        indices = [k for s in paragraph for k in by_sentence.get(s.index, [])]
        adjacent = next_to(before[-1], paragraph, MAX_GAP)
        introduced = _introduction(before[-1], adjacent) if indices else None
        if introduced is None and indices and _all_quotation(paragraph):
            introduced = _spoke_to_the_press(before[-1]) or _interview_with(before)
            if introduced is not None:
                credit(out, indices, *introduced)
                continue
        tag_alone = _bare_tag(before[0]) if len(before) == 1 else None  # ("Eric Vale, parish clerk, said")
        if introduced is None and indices and adjacent and paragraph[0].opens_paragraph_with_quote:
            introduced = _colon_over_quotation(before[-1]) or tag_alone
        announced = (
            span_text(before[-1].span).rstrip().endswith(":")
            or FOLLOWS.search(span_text(before[-1].span))
            or (paragraph[0].opens_paragraph_with_quote and tag_alone is not None)
        )
        if introduced is not None and (announced or first_person(paragraph)):
            credit(out, indices, *introduced)
            continue
        # (one told of inside the quotation, "with Cllr Tom Vale telling me he would ...", keeps theirs)
        inner = [k for k in indices if out[k].frame is not None and told_inside_a_quotation(out[k])]
        if (
            not indices
            or not _all_quotation(paragraph)
            or any(out[k].frame is not None for k in indices if k not in inner)
        ):
            continue
        speaker = last_account(before, [[out[k] for k in by_sentence.get(s.index, [])] for s in before])
        speaker = speaker or _statement_given(before[-1]) or _voiced(before[-1])
        speaker = speaker or _the_one_named(before[-1], paragraph)
        if speaker is None:
            continue
        frame, where = speaker
        credit(out, indices, frame, where, unattributed_only=bool(inner))
    return out


SINGULAR_FIRST = frozenset({"i", "me", "my", "i'm", "i’m"})
THIRD_PERSON = frozenset({"he", "him", "his", "she", "her"})


def _the_one_named(sentence: Sentence, paragraph: Sequence[Sentence]) -> tuple[Frame, Sentence] | None:
    """ "As a young man, Mr. Afeef was part of a team of entrepreneurs." then "“It took me 45 years
    to be where I am.”": a quotation in the first person, speaking of no "he" or "she", right after a
    sentence that names one person and no other, is that person's."""
    words = {t.lower_ for s in paragraph for t in s.span}
    if not words & SINGULAR_FIRST or words & THIRD_PERSON:
        return None
    named = {
        t.i: t
        for t in sentence.span
        if t.ent_type_ == "PERSON"
        and t.pos_ == "PROPN"
        and t.dep_ not in {"compound", "flat"}
        # ("in the Castlewellan and Downpatrick areas": names modifying a noun are places, not a speaker)
        and not any(m.dep_ in {"nmod", "compound", "amod"} for m in (t, *t.ancestors) if m.dep_ != "conj")
    }
    if len(named) != 1:
        return None
    person = next(iter(named.values()))
    if in_quotes(doc_text(sentence.span.doc), person.idx, person.idx + 1):
        return None  # (a name in someone's quoted words, "that came from Damien", is not who speaks next)
    # ("..., after the bleaching occurred.(Dr Tom Reece)": a photo's credit in brackets names no speaker)
    before = doc_text(sentence.span.doc)[sentence.span.start_char : person.idx]
    if before.rfind("(") > before.rfind(")"):
        return None
    return Frame(source=person, role="said", cue=":", direct_quote=True), sentence


def _lines_joined(sentences: Sequence[Sentence]) -> list[list[Sentence]]:
    """The paragraphs, each line inside a quotation opened lines before joined to the line that
    opened it, when the lines so joined are all quotation (else each stays a paragraph)."""
    inside, runs = lines_inside_quotations(sentences), []
    for p in paragraphs(sentences):
        if runs and p[0].index in inside:
            runs[-1].append(list(p))
        else:
            runs.append([list(p)])
    out: list[list[Sentence]] = []
    for run in runs:
        whole = [s for line in run for s in line]
        out += [whole] if _all_quotation(whole) else run
    return out


# Whom a speaker "spoke to" before their quotations: the press.
PRESS = frozenset("media medium press reporter journalist newsman".split())


def _spoke_to_the_press(sentence: Sentence) -> tuple[Frame, Sentence] | None:
    """ "Head Coach Ana Hale spoke to the media after the win." over paragraphs of quotations with no
    speaker of their own: hers."""
    root = sentence.span.root
    subject = subject_of(root)
    if root.lemma_ not in {"speak", "talk"} or subject is None or subject.ent_type_ != "PERSON":
        return None
    heard = [g for to in root.children if to.lower_ == "to" for g in to.children if g.dep_ == "pobj"]
    if not heard or heard[0].lemma_.lower() not in PRESS:
        return None
    return Frame(source=subject, role="said", cue=root.text, direct_quote=True, cue_index=root.i), sentence


# Verbs by which a person speaks up with no words given: "spoke on", "to express his concern".
VOICING = frozenset({"speak", "express", "voice", "reiterate", "remark"})


def _voiced(sentence: Sentence) -> tuple[Frame, Sentence] | None:
    """ "In brief remarks, Sir Ivo Lind spoke on the island's vulnerability." or "He used the occasion
    to express his concern." over a paragraph of quotation with no speaker: theirs."""
    root = sentence.span.root
    subject = subject_of(root)
    person = subject is not None and (subject.ent_type_ == "PERSON" or subject.lower_ in {"he", "she"})
    verbs = [root, *(c for c in root.children if c.dep_ in {"xcomp", "advcl"})]
    voiced = next((v for v in verbs if v.lemma_.lower() in VOICING), None)
    if not person or voiced is None:
        return None
    return Frame(
        source=subject, role="said", cue=voiced.text, direct_quote=True, cue_index=voiced.i
    ), sentence


def _topic_line(paragraph: Sequence[Sentence]) -> bool:
    """ "On the performance…": a line naming the topic of the quotation under it (or a rule of
    asterisks between two quotations)."""
    if len(paragraph) != 1:
        return False
    if not any(ch.isalnum() for ch in span_text(paragraph[0].span)):
        return True
    words = [t for t in paragraph[0].span if not t.is_punct]
    return 1 < len(words) <= 8 and words[0].text == "On" and not any(t.pos_ in {"VERB", "AUX"} for t in words)


# Headings over an interview's answers: "Interview with Ana Hale", "In conversation with Ana Hale".
INTERVIEW_NOUNS = frozenset({"interview", "conversation", "q&a"})


def _interview_with(paragraph: Sequence[Sentence]) -> tuple[Frame, Sentence] | None:
    """ "Interview with Ana Hale" heading quotations with no speaker of their own: hers."""
    heading = paragraph[0]
    words = [t for t in heading.span if not t.is_punct]
    if len(paragraph) != 1 or not heading.display or len(words) > 8:
        return None
    noun = next((t for t in words[:3] if t.lower_ in INTERVIEW_NOUNS), None)
    with_ = doc_text(heading.span.doc)[noun.idx :].split() if noun is not None else []
    if len(with_) < 3 or with_[1].lower() != "with":
        return None
    named = [t for t in words if t.i > noun.i + 1 and t.pos_ == "PROPN"]
    person = any(t.ent_type_ == "PERSON" for t in named) or (named and is_given_name(named[0].text))
    if not 2 <= len(named) <= 4 or not person or named[-1].i != words[-1].i:
        return None
    return Frame(source=named[-1], role="said", cue=noun.text, direct_quote=True), heading
