"""Transcripts that label their speakers by name in ordinary capitals ("Gov. Gina Raimondo: My job
is ...", "Raimondo: How do you know?", "Ana Ruiz, NY1: ..."), found only where the labels are
surely turns (see `titled_labels`); split from `transcripts`."""

from __future__ import annotations

import re

from spacy.tokens import Token

from .entities import TITLES
from .initials import bracketed_label, titled_initials
from .interviewees import INTERVIEW
from .persons import PERSON_NOUNS
from .segment import doc_text
from .speaker_labels import NOT_SPEAKERS
from .types import Sentence

# A line without a closing stop this short is a subhead; a longer one, a paragraph cut off.
SUBHEAD_WORDS = 12

# "Gov. Gina Raimondo: My job is ..." / "Raimondo: How do you know?": names in ordinary capitals.
# (an outlet interviewing may label its questions in capitals: "SPIEGEL: ..." / "Schäuble: ...")
# ("Iranian media: ..." / "Minister Shanmugam: ...": a body asking, named by a word in lower case)
TITLED_LABEL = re.compile(
    r"^(?P<before>(?:[A-Z][\w.’'-]*\s+){0,3}?)(?P<name>[A-Z]{1,3}[a-z][\w’'-]*|[A-Z]{4,}|[A-Z]{2,3}(?=:)"
    r"|(?<=[A-Za-z] )(?:media|reporter|reporters|journalist|journalists|host|anchor|interviewer))"
    # ("Ana Ruiz, NY1:", "Rizwan, Player of the Match:": whom they are with, or what they are)
    r"(?P<with>,\s*[A-Z][\w&.’'-]*(?:\s+(?:of|the|[A-Z][\w&.’'-]*)){0,4})?:\s"
)
# Any other short label opening a paragraph ("Editor's note, June 5:", "Background, briefly:"): no speaker.
OTHER_LABEL = re.compile(r"^[A-Z][^:.!?\n“”\"]{0,40}:\s")
# Such labels are taken for speakers only where each of at least two people speaks at least twice
# ("Update:" or a headline's "Biden: ..." once is no transcript).
MIN_TURNS = 2


def titled_labels(grouped: list[list[Sentence]]) -> list:
    """Each paragraph's label in ordinary capitals (see TITLED_LABEL), None for one without; all None
    unless at least two speakers take at least two turns each and every label is someone's turn."""
    found, stops = _found_labels(grouped)
    found = titled_initials(grouped, found)
    turns: dict[str, int] = {}
    # the tagger reads a name as a name in at least one of its labels, or where the report names them
    # outside a label ("Interior Minister Wolfgang Schäuble"); an outlet labels its questions in capitals
    written = {
        t.text: (t, s)
        for p in grouped
        for s in p
        for t in s.span
        if t.pos_ == "PROPN" and (t.i + 1 == len(t.doc) or t.doc[t.i + 1].text != ":")
    }
    proper = set(written)
    for f in (f for f in found if f is not None):
        turns[f[0].text] = turns.get(f[0].text, 0) + 1
        proper |= {f[0].text} if f[0].pos_ == "PROPN" or f[0].is_upper else set()
    # (once each will do where the page says it prints an interview or a transcript)
    first = next((k for k, f in enumerate(found) if f is not None), 0)
    said_so = any(INTERVIEW.search(doc_text(p[0].span.doc)) for p in grouped[:first])
    # ... or where the first to speak asks a question the other answers
    said_so = said_so or (first < len(grouped) and "?" in doc_text(grouped[first][0].span.doc))
    # ... or one answers each question put before their label ("What are your plans?" / "Carlos: ...")
    answers = len(turns) == 1 and all(k and _asks(grouped[k - 1], f[0]) for k, f in enumerate(found) if f)
    enough = (len(turns) >= 2 or answers) and min(turns.values()) >= (1 if said_so or answers else MIN_TURNS)
    # (three people or more once each, none a place: "Rizwan, Player of the Match:" / "Shanaka:" / "Babar:")
    places = {t.text for t in _placed(grouped)}
    speak = all(in_first_or_second_person(p) for p, f in zip(grouped, found, strict=True) if f)
    several = len(turns) >= 3 and not set(turns) & places and speak
    enough = enough or several
    if not enough or not (said_so or answers or several or set(turns) <= proper):
        return [None] * len(grouped)
    # each speaker by the label the tagger read as a name, where one was ("Schäuble" may be an adjective),
    # else by the name where the report writes it outside a label ("Ines Calloway")
    best = {f[0].text: f for f in found if f is not None and f[0].pos_ == "PROPN"}
    out = [(best.get(f[0].text) or written.get(f[0].text, f), False) if f else None for f in found]
    # (a magazine's initials asking, "AD:", name no one: no one's words, and not the last speaker's)
    out = [
        UNKNOWN_LABEL if f and f[0].is_upper and len(f[0]) <= 3 else o
        for f, o in zip(found, out, strict=True)
    ]
    out = [UNKNOWN_LABEL if k in stops and found[k] is None else o for k, o in enumerate(out)]
    return out if any(o and o[0] is not None for o in out) else [None] * len(grouped)


def _found_labels(grouped: list[list[Sentence]]) -> tuple[list, set[int]]:
    """Each paragraph's label (its name's token and sentence) or None, and the paragraphs opened by a
    label that is nobody's ("Nairobi, Kenya: ...", "Editor's note, June 5: ...")."""
    found: list = []
    stops: set[int] = set()  # ("Nairobi, Kenya: ..." inside a transcript: nobody's turn, the last one over)
    for paragraph in grouped:
        labelled = may_be_labelled(paragraph) and not paragraph[0].is_headline  # ("Press Release: ...")
        text = doc_text(paragraph[0].span.doc)
        m = TITLED_LABEL.match(text) if labelled else None
        rejected = m is not None and not _with_someone(m)
        stop = rejected or m is None and OTHER_LABEL.match(text) is not None
        stops |= {len(found)} if labelled and stop else set()
        m = None if rejected else m
        label = [t for t in paragraph[0].span if m is not None and t.idx < m.end("name")]
        label = label or (bracketed_label(paragraph[0]) if labelled else [])  # ("Minister (Mr. Wang Yi):")
        named = bool(label) and all(
            t.text[:1].isupper() or t.lower_.rstrip(".") in TITLES or t.text == "-" or t.i == label[-1].i > 0
            for t in label
        )
        found.append((label[-1], paragraph[0]) if named and label[-1].lower_ not in NOT_SPEAKERS else None)
    return found, stops


def _with_someone(m: re.Match) -> bool:
    """A label with whom or what the speaker is after a comma names a person in full ("Ana Ruiz, NY1:",
    "Sen. Warren, D-Mass.:") or a role ("Rizwan, Player of the Match:"); not "Nairobi, Kenya:",
    "Kenya, Reuters:", "Source, OECD:" or "Statement, Governor's Office:"."""
    if not m.group("with"):
        return True
    role = any(w.lower().strip(".,") in PERSON_NOUNS for w in m.group("with").split())
    return bool(m.group("before").split()) or role


# Words by which a labelled turn speaks as a speaker does.
SPEAKING = frozenset("i i'm me my we we're us our you your".split())


def in_first_or_second_person(paragraph: list[Sentence]) -> bool:
    """A turn in the first or second person ("I think ...", "we finished well"), not a note ("Jones: The
    health secretary quit ...", "Gold: Sifan Hassan won ...")."""
    return any(t.lower_.replace("’", "'") in SPEAKING for s in paragraph for t in s.span)


def _placed(grouped: list[list[Sentence]]) -> list[Token]:
    """Labels the tagger reads as places ("Kenya:"), and names the report writes as where things are."""
    words = [t for p in grouped for s in p for t in s.span if t.ent_type_ in {"GPE", "LOC", "FAC"}]
    where = {"in", "at", "from", "across", "near", "to"}
    label = [t for t in words if t.doc[t.i + 1 :][:1].text == ":"]
    return label + [t for t in words if t.head.lower_ in where and t.dep_ == "pobj"]


def _asks(paragraph: list[Sentence], answering: Token) -> bool:  # ("Carlos:", not "Leeds:", after a "?")
    person = answering.ent_type_ == "PERSON"  # (not "May:", "Chelsea:", "Austin:": names of other things too)
    return person and doc_text(paragraph[-1].span.doc).rstrip().endswith("?")


def may_be_labelled(paragraph: list[Sentence]) -> bool:
    """A paragraph, not a subhead (one cut off at the page's end is still a paragraph)."""
    return not paragraph[0].display or sum(len(s.span) for s in paragraph) >= SUBHEAD_WORDS


# A label whose speaker is not known: no one's words, not the last speaker's.
UNKNOWN_LABEL = (None, True)
