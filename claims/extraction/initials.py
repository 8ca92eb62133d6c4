"""A transcript that labels its speakers by initials only ("SB: Do the emails ...?" / "JH: No, they
have no effect ..."), having named them in its introduction ("Sharon Begley talked to Hansen"). Each
label is read as the person named in the report whose initials it is: given name and surname
("SB": Sharon Begley), or, for one named by surname alone, the surname's initial as the label's last
letter when that person is the only one it could be ("JH": Hansen). A label that matches nobody, or
more than one person, is left unread.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .entities import TITLES, entity_span_text
from .segment import doc_text
from .types import Sentence

INITIALS_LABEL = re.compile(r"^(?P<initials>[A-Z]{2,3}):\s")
# After a name in full, its initials may be one letter or hyphenated ("Hale:" then "H:",
# "Okonjo-Vela:" then "O-V:").
SHORT_LABEL = re.compile(r"^(?P<initials>[A-Z](?:-?[A-Z]){0,2}):\s")
# "Sunil Kumar (SK): ...", "The Tufts Daily (TD): ...": a label that declares its initials.
DECLARED_LABEL = re.compile(r"^(?P<name>(?:[A-Z][\w.’'&-]*\s+){1,5})\((?P<initials>[A-Z]{2,4})\):\s")


def _people(sentences: Sequence[Sentence]) -> tuple[dict[str, tuple], dict[str, list]]:
    """Persons the report names: by their full initials, and (named by surname alone) by surname's."""
    full: dict[str, tuple] = {}
    surnames: dict[str, list] = {}
    for s in sentences:
        for t in s.span:
            if t.ent_type_ != "PERSON" or t.pos_ != "PROPN" or t.dep_ in {"compound", "flat"}:
                continue
            words = [w for w in entity_span_text(t)[0].split() if w[:1].isupper()]
            if len(words) >= 2:
                full.setdefault(words[0][0] + words[-1][0], (t, s))
            elif words:
                found = surnames.setdefault(words[0][0], [])
                if all(u.text != t.text for u, _ in found):
                    found.append((t, s))
    return full, surnames


def initials_labels(sentences: Sequence[Sentence], grouped: list[list[Sentence]], turns: int) -> list:
    """Each paragraph's initials label read as a named person ((token, sentence), False), or None;
    none at all ([]) unless two people at least take `turns` turns each (a transcript)."""
    full, surnames = _people(sentences)
    out: list = []
    for paragraph in grouped:
        m = INITIALS_LABEL.match(doc_text(paragraph[0].span.doc))
        initials = m.group("initials") if m else ""
        who = full.get(initials[0] + initials[-1]) if initials else None
        alone = surnames.get(initials[-1], []) if initials else []
        if who is None and len(alone) == 1:
            who = alone[0]
        out.append((who, False) if who is not None else None)
    counted = Counter(label[0][0].text for label in out if label is not None)
    return out if len(counted) >= 2 and min(counted.values()) >= turns else []


def declared_labels(grouped: list[list[Sentence]]) -> list:
    """Each paragraph's label where the page declares labels with their initials ("Sunil Kumar (SK):",
    later "SK:"): ((token, sentence), host), the host being a label naming no person (the outlet
    asking, "The Tufts Daily (TD):"); [] when the page declares none."""
    declared: dict[str, tuple] = {}
    out: list = []
    for paragraph in grouped:
        first = paragraph[0]
        text = doc_text(first.span.doc)
        m = DECLARED_LABEL.match(text)
        if m is not None and _initials_of(m.group("name"), m.group("initials")):
            name = [t for t in first.span if t.idx < m.end("name") and not t.is_space]
            host = not any(t.ent_type_ == "PERSON" for t in name)
            declared[m.group("initials")] = ((name[-1], first), host) if name else None
            out.append(declared[m.group("initials")])
            continue
        short = INITIALS_LABEL.match(text)
        out.append(declared.get(short.group("initials")) if short else None)
    return out if any(label is not None and not label[1] for label in out) else []


def _initials_of(name: str, initials: str) -> bool:
    """Whether the letters declared are the name's initials, in order ("Sunil Kumar (SK)", "The
    Tufts Daily (TD)"); "STEVE INSKEEP (HOST):" or "CHRIS INGLIS (NSA):" give a role or a body."""
    firsts = iter(w[0].lower() for w in re.split(r"[\s-]+", name) if w[:1].isalpha())
    return all(letter in firsts for letter in initials.replace("-", "").replace(".", "").lower())


def titled_initials(grouped: list[list[Sentence]], found: list) -> list:
    """ "Dr. Rita Cheng:" once, "RC:" (or "R-C:") after: each initials label is the turn of that name."""
    initials = {}
    for f in found:
        if f is not None:
            name = [
                t for t in f[1].span[: f[0].i - f[1].span.start + 1] if t.lower_.rstrip(".") not in TITLES
            ]
            initials.setdefault("".join(t.text[0] for t in name if t.is_title), f)
    out = list(found)
    for k, paragraph in enumerate(grouped):
        bare = out[k] is None or (out[k][0].is_upper and len(out[k][0]) <= 3)  # ("MQ:" read as a label)
        m = SHORT_LABEL.match(doc_text(paragraph[0].span.doc)) if bare else None
        if m is not None and m.group("initials").replace("-", "") in initials:
            out[k] = (initials[m.group("initials").replace("-", "")][0], paragraph[0])
    return out


# "Chinese Foreign Minister (Mr. Wang Yi): We had ...": a transcript's label giving the speaker's role,
# then their name in brackets.
BRACKETED_LABEL = re.compile(
    r"^(?:(?:[A-Z][\w.’'-]*|of|the|for|and)\s+){1,7}\((?P<inner>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]+)\):\s"
)


# Words of a label before its colon ("External Affairs Minister of India (Shri Salman Khurshid):").
LABEL_WORDS = TITLES | {"of", "the", "for", "and", "(", ")"}


def bracketed_label(sentence: Sentence) -> list:
    """The tokens of the name in such a label, [] when the paragraph opens with none."""
    m = BRACKETED_LABEL.match(doc_text(sentence.span.doc))
    inner = [t for t in sentence.span if m.start("inner") <= t.idx < m.end("inner")] if m else []
    # ("Correction (Updated):", "Background (Reuters):": no person named in the brackets)
    titled = bool(inner) and inner[0].lower_.rstrip(".") in TITLES and len(inner) >= 2
    return inner if titled or (len(inner) >= 2 and inner[-1].ent_type_ == "PERSON") else []
