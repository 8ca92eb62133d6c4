"""Sentences that go on with a speaker's account in the report's voice, without a speech verb:
"Leaks would pose multiple risks, experts say. Sources could be endangered, and methods could be
compromised." The second sentence weighs what might happen, as the experts did; the report does not
speculate on its own account.

Carrying an account over is only safe when nothing else could be speaking, so it is done only:
- inside the same paragraph, right after a sentence whose statements all have one speaker (no
  quotation: quotations are followed by `attribute`);
- when the sentence has no attribution of its own, no quotation mark, and no named subject (a
  new named actor is the report telling what happened);
- when it opens by adding to what was just told ("In addition, ...", "Moreover, ..."), or when
  every statement in it is hedged with a modal of possibility ("could", "might", "may"):
  a plain fact ("The plant closed in 2019") stays the report's; or, after a study's finding, tells
  further findings in the passive with no agent ("a stronger link was found") or as "the results"
  (these may go on into the next paragraph).
A chain of such sentences goes on with the same speaker.

Words quoted inside the report's own sentence right after a speaker's quotation ('the firm will be
able to "double what we make"') are that speaker's.

After a dash, a hedged clause goes on with the statement before it: "Two reports said the data
may be weaker - the vaccine might be only 26 per cent effective" (the parser often makes the
clause after the dash the root, and the speech verb a clause under it).

An enumeration goes on with whoever announced it: "He said there are two reasons for the vote.
The first is that ... The other reason was that ..." (paragraphs may fall between them).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Token

from .befell import befell_the_told
from .crediting import DESCRIPTIONS, clauses_by_sentence, credit, told_inside_a_quotation
from .segment import OPEN_QUOTES, TOGGLE_QUOTES, doc_text, in_quotes, span_text
from .types import AttributedClause, Frame, Sentence
from .views import can_speak

# Modals that weigh what might happen: the speaker's assessment going on, not a reported fact.
POSSIBILITY_MODALS = frozenset({"could", "might", "may"})
# ... and what is still to come, when no one who could act or speak is its subject ("Decisions on
# layoffs will be made in the next two weeks", "The balance will come through layoffs"; not "The
# government will publish its budget next week", a new actor's plan the report tells).
FUTURE_MODALS = frozenset({"will", "would"})

# Words by which a sentence takes up one item of a counted list ("the first", "the other reason").
ENUMERATING = frozenset("first second third other another last final".split())
# How many sentences back the announced list ("two reasons") may stand.
ENUMERATION_REACH = 4


def _statements(clauses: Sequence[AttributedClause]) -> list[AttributedClause]:
    return [a for a in clauses if a.clause.via not in DESCRIPTIONS]


def one_speaker(clauses: Sequence[AttributedClause]) -> tuple[Frame, Sentence] | None:
    """The single frame every statement of a sentence has, if it is no quotation."""
    statements = _statements(clauses)
    frames = {id(a.frame) for a in statements}
    first = statements[0] if statements else None
    if first is None or first.frame is None or len(frames) != 1 or first.frame.direct_quote:
        return None
    if told_inside_a_quotation(first):
        return None  # (one who spoke inside another's quotation does not go on speaking after it)
    return first.frame, first.frame_sentence


def _hedged(a: AttributedClause) -> bool:
    head = a.clause.head
    modals = {c.lower_ for c in head.children if c.dep_ == "aux"}
    if modals & POSSIBILITY_MODALS:
        return True
    subject = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if not modals & FUTURE_MODALS or subject is None or subject.pos_ not in {"NOUN", "PROPN"}:
        return False
    if any(c.dep_ == "agent" for c in head.children):
        return False  # ("The building will be sold by the city": its actor named)
    return subject.dep_ == "nsubjpass" or not can_speak(subject, head)


def _goes_on(
    sentence: Sentence,
    clauses: Sequence[AttributedClause],
    found: bool = False,
    counted: bool = False,
    after: tuple[Sentence, Frame] | None = None,
) -> bool:
    """Whether the sentence goes on with the account before it: hedged, or, after a study's
    finding (`found`), telling more findings, or after a statistics office's figure (`counted`),
    telling more figures."""
    statements = _statements(clauses)
    if not statements or sentence.is_headline or any(a.frame is not None for a in clauses):
        return False
    if after is not None and befell_the_told(statements, *after):
        return True  # ("Police say the man has been charged. He was charged with “...”")
    if any(ch in span_text(sentence.span) for ch in OPEN_QUOTES + TOGGLE_QUOTES):
        return False
    named_subject = any(t.dep_ in {"nsubj", "nsubjpass"} and t.pos_ == "PROPN" for t in sentence.span)
    if named_subject:
        return False
    if counted and all(_a_figure(a) for a in statements):
        return True  # (the caller has checked it measures the same thing)
    return _adds_to_it(sentence) or all(_hedged(a) or (found and _a_finding(a)) for a in statements)


# A statistics office's release: the figures told after the one credited to it are its figures too
# ("The trade deficit widened to $42.6 billion, according to the Census Bureau. The goods deficit
# increased $6.3 billion ..."), sentence after sentence, while each tells a figure.
STATISTICS = re.compile(r"\b(census|statistic\w*|eurostat|economic analysis)\b", re.IGNORECASE)
FIGURE_TYPES = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})


def _counted(speaker: tuple[Frame, Sentence] | None) -> bool:
    """An office's name (not "Jane Ray, a professor of statistics"): the source and the words before it."""
    source = speaker[0].source if speaker is not None else None
    if source is None or source.ent_type_ == "PERSON":
        return False
    name = [t for t in source.subtree if t.i <= source.i or t.dep_ == "prep" and t.lower_ == "of"]
    name += (
        list(source.head.subtree) if source.dep_ == "appos" else []
    )  # ("... by the Bureau of Labor Statistics (BLS)")
    name += [g for t in name if t.dep_ == "prep" for g in t.subtree]
    return bool(STATISTICS.search(" ".join(t.text for t in sorted(set(name), key=lambda t: t.i))))


def _a_figure(a: AttributedClause) -> bool:
    return any(t.ent_type_ in FIGURE_TYPES for t in a.clause.tokens)


def _topic(sentence: Sentence) -> set[str]:
    """What a sentence of figures is about: the stems of its subjects' nouns and of its main verb."""
    words = [sentence.span.root] + [
        t
        for s in sentence.span
        if s.dep_ in {"nsubj", "nsubjpass"}
        for t in s.subtree
        if t.pos_ in {"NOUN", "PROPN"} and "poss" not in {t.dep_, t.head.dep_}  # (not "the county's")
    ]
    return {t.lemma_.lower()[:5] for t in words if t.ent_type_ not in FIGURE_TYPES}


def same_measure(sentence: Sentence, chain: Sequence[Sentence], office: Sentence) -> bool:
    """A figure about what the office's figure, or those told since, measured ("The trade deficit
    widened ..., the Census Bureau said. The goods deficit increased ..."), not "Stocks fell 1.2%"."""
    subjects = [t for t in sentence.span if t.dep_ in {"nsubj", "nsubjpass"} and t.head == sentence.span.root]
    # ("That figure rises to ...", "The rise reflected ...": the figure just told, taken up again)
    if any(
        s.lemma_.lower() in CHANGES or s.lower_ in BACK or any(d.lower_ in BACK for d in s.children)
        for s in subjects
    ):
        return True
    stems = {t.lemma_.lower()[:5] for s in subjects for t in s.subtree if t.pos_ in {"NOUN", "PROPN"}}
    told = {t.lemma_.lower()[:5] for b in chain for t in b.span if t.pos_ in {"NOUN", "PROPN", "VERB"}}
    return bool(stems & (told | _topic(office)))


CHANGES = frozenset("rise fall increase decrease drop gain decline jump expansion contraction growth".split())
BACK = frozenset({"this", "that", "these", "those"})


# Words opening a sentence that adds to what was just told: "Officials say there will be no access
# after 8 p.m. In addition, curfews begin at 8 p.m." The officials' account goes on; so does one
# that breaks down what was just counted ("The state reported 120 new cases. Of those, 30 were ...").
ADDING = (
    ("in", "addition"),
    ("additionally",),
    ("furthermore",),
    ("moreover",),
    *((p, w) for p in ("of", "among") for w in ("those", "these", "them")),
)
# Subjects by which a sentence tells of people's own doings, not what was said ("He joined the bank").
PERSONAL_SUBJECTS = frozenset({"he", "she", "they", "i", "we"})


# Roles of an account another paragraph may add to: words stated, not a denial or an accusation.
STATING = frozenset({"said", "quoted", "reported"})


def _alone(sentences: Sequence[Sentence], prev: Sentence, by_sentence, result) -> bool:
    """Whether the last account's speaker is the only one credited in its paragraph."""
    frames = [
        result[k].frame
        for s in sentences
        if s.block_index == prev.block_index
        for k in by_sentence.get(s.index, [])
        if result[k].frame is not None
    ]
    return len({(f.source.text if f.source is not None else None) for f in frames}) == 1


def _adds_to_it(sentence: Sentence) -> bool:
    words = [t.lower_ for t in sentence.span[:4] if not t.is_punct]
    words = words[1:] if words[:1] == ["and"] else words  # ("And in addition, ...")
    words = [] if words[:3] == ["in", "addition", "to"] else words  # (not "In addition to the fine, ...")
    personal = any(t.lower_ in PERSONAL_SUBJECTS and t.dep_ == "nsubj" for t in sentence.span)
    return not personal and any(tuple(words[: len(a)]) == a for a in ADDING)


# A study's further findings, told without naming it again: in the passive with no agent ("A
# strong link was found between ...", "This was not observed in ...") or as its results ("The
# results were consistent across ages"). They go on with whoever found the last thing.
FINDING_PASSIVES = frozenset("find observe associate link see detect identify tie correlate".split())
FINDING_CUES = frozenset(
    "find finds found show shows showed shown suggest suggests suggested conclude concludes concluded "
    "discover discovers discovered reveal reveals revealed indicate indicates indicated observed".split()
)
FINDING_NOUNS = frozenset({"result", "finding"})


def _a_finding(a: AttributedClause) -> bool:
    head = a.clause.head
    if head.lemma_ in FINDING_PASSIVES and head.tag_ == "VBN":
        deps = {c.dep_ for c in head.children}
        return "auxpass" in deps and "agent" not in deps
    return any(
        c.dep_ == "nsubj" and c.lemma_.lower() in FINDING_NOUNS and any(d.lower_ == "the" for d in c.children)
        for c in head.children
    )


def _found(speaker: tuple[Frame, Sentence] | None) -> bool:
    return speaker is not None and speaker[0].cue.lower() in FINDING_CUES


def _item_of_a_list(sentence: Sentence) -> Token | None:
    """ "The first is that ...", "The other reason was that ...": the subject taking up an item."""
    root = sentence.span.root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if root.lemma_ != "be" or subj is None or not any(c.dep_ == "ccomp" for c in root.children):
        return None
    words = {subj.lower_} | {c.lower_ for c in subj.children if c.dep_ == "amod"}
    return subj if words & ENUMERATING else None


def _announces_the_list(sentence: Sentence, item: Token) -> bool:
    """The sentence counts what the item is one of: "two reasons" (for "the other reason")."""
    return any(
        any(c.dep_ == "nummod" for c in t.children) and (item.pos_ != "NOUN" or t.lemma_ == item.lemma_)
        for t in sentence.span
        if t.pos_ == "NOUN"
    )


def _enumerated(sentences, k: int, by_sentence, result) -> tuple[Frame, Sentence] | None:
    """The speaker who announced the list the k-th sentence takes an item of."""
    item = _item_of_a_list(sentences[k])
    if item is None:
        return None
    for prev in reversed(sentences[max(0, k - ENUMERATION_REACH) : k]):
        speaker = one_speaker([result[j] for j in by_sentence.get(prev.index, [])])
        # the list announced, or an earlier item of it already credited ("The first is ...")
        if speaker is not None and (_announces_the_list(prev, item) or _item_of_a_list(prev) is not None):
            return speaker
    return None


DASHES = frozenset({"-", "–", "—", "--"})


def _after_a_dash(clauses: Sequence[AttributedClause]) -> tuple[Frame, Sentence] | None:
    """The frame of a speech verb the parser hung under a hedged root that follows a dash."""
    for a in clauses:
        root = a.clause.head
        if a.frame is not None or root.dep_ != "ROOT" or not _hedged(a):
            continue
        for c in (c for c in root.children if c.dep_ == "ccomp" and c.i < root.i):
            dash = any(t.text in DASHES for t in root.doc[c.i : a.clause.tokens[0].i])
            said = [b for b in clauses if b.frame is not None and b.frame.cue_index == c.i]
            if dash and said and not said[0].frame.direct_quote:
                return said[0].frame, said[0].frame_sentence
    return None


def carry_on(sentences: Sequence[Sentence], out: list[AttributedClause]) -> list[AttributedClause]:
    """`out` with the clauses of sentences that go on with the last speaker's account credited."""
    by_sentence = clauses_by_sentence(out)
    result = list(out)
    for n, sentence in enumerate(sentences):
        here = by_sentence.get(sentence.index, [])
        dashed = _after_a_dash([result[k] for k in here])
        for k in here if dashed is not None else []:
            if result[k].frame is None and result[k].clause.head.dep_ == "ROOT":
                result[k] = AttributedClause(
                    clause=result[k].clause, frame=dashed[0], frame_sentence=dashed[1]
                )
        if n == 0 or any(result[k].frame is not None for k in here):
            continue
        prev = sentences[n - 1]
        speaker = one_speaker([result[k] for k in by_sentence.get(prev.index, [])])
        # a study's findings may go on into the next paragraph; other accounts stay in theirs
        # (figures told after a statistics office's, or after what a study or an agency found)
        told = [s for s in sentences if speaker is not None and speaker[1].index < s.index < sentence.index]
        counted = (_counted(speaker) or _found(speaker)) and same_measure(sentence, told, speaker[1])
        found = (_found(speaker) or counted) and prev.block_index + 1 >= sentence.block_index
        # ("... the vice-chairman said." / "Moreover, there is ...": a paragraph adding to the last account,
        # the only one in its paragraph; not to a denial or an accusation)
        adds = _adds_to_it(sentence) and prev.block_index + 1 == sentence.block_index
        stating = speaker is not None and speaker[0].role in STATING
        adds = adds and stating and _alone(sentences, prev, by_sentence, result)
        if speaker is None or (prev.block_index != sentence.block_index and not (found or adds)):
            speaker = None
        elif not _goes_on(sentence, [result[k] for k in here], found, counted, (prev, speaker[0])):
            speaker = None
        speaker = speaker or _enumerated(sentences, n, by_sentence, result)
        if speaker is None:
            before = [result[k] for k in by_sentence.get(prev.index, [])]
            _quoted_words_go_on(prev, sentence, before, result, here)
            continue
        frame, where = speaker
        credit(result, here, frame, where, unattributed_only=False)
    return result


def _quoted_words_go_on(prev: Sentence, sentence: Sentence, before, result, here: list[int]) -> None:
    """'"Devices are where experiences come together," he said. With Nokia, the firm will be able
    to "bring the core capability we have."': words quoted in the report's sentence right after a
    speaker's quotation, with no speaker of their own, are that speaker's."""
    if prev.block_index != sentence.block_index:
        return
    quoted = [a for a in before if a.frame is not None and a.frame.direct_quote]
    quoted = [a for a in quoted if a.frame.source is not None and not told_inside_a_quotation(a)]
    if not quoted:
        return
    text = doc_text(sentence.span.doc)
    for k in here:
        if any(in_quotes(text, t.idx, t.idx + len(t)) for t in result[k].clause.tokens if not t.is_punct):
            credit(result, [k], quoted[-1].frame, quoted[-1].frame_sentence)
