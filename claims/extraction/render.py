"""Stage 6, render: a short self-contained text for each clause, with pronouns and short names
written out as the full name the report gives them.

Every name written in place of the report's words is recorded (`written_out`), so the claim can be
checked against its passage: a person may be named in a claim only if the passage names them or
has a pronoun or description the resolver read as them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from spacy.tokens import Token

from .carve import judges_truth
from .cues import subject_of
from .entities import ORG_PRONOUNS, entity_span_text
from .persons import PERSON_NOUNS, is_person_description
from .registry import Registry
from .resolver import Resolver
from .segment import doc_text, in_quotes, span_text
from .surveys import is_a_share
from .types import Clause, RenderedClause, SourcedClause

# Pronouns whose referent we write out in a claim's text: subjects, objects and possessives.
REWRITE_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "dobj", "dative"})
# Reflexives ("the mayor himself") stay as written.
REWRITABLE = frozenset({"he", "she", "him", "her", "his"})
# Subject pronouns that leave a claim without a checkable subject when nobody resolves them.
VAGUE_SUBJECTS = frozenset({"it", "this", "that", "they", "them"})
# Quotation marks, dropped from a claim's text when they would be left unbalanced.
QUOTE_CHARS = '“”"«»'
# Claims shorter than this many words say too little to check.
MIN_WORDS = 3


# A verb's clitic after a pronoun, written in full after a name ("he'd" -> "O'Hare would").
CLITICS = {"'ll": "will", "'re": "are", "'ve": "have"}


def _clitic(t: Token) -> str | None:
    form = t.text.replace("’", "'").lower()
    if form == "'d":
        return "had" if t.tag_ == "VBD" else "would"
    if form == "'s" and t.tag_ == "VBZ":
        after = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
        return "has" if after is not None and after.tag_ == "VBN" else "is"
    return CLITICS.get(form)


def _join(tokens: Sequence[Token], render: Callable[[Token], str]) -> str:
    out = []
    for n, t in enumerate(tokens):
        nxt = tokens[n + 1] if n + 1 < len(tokens) else None
        ws = t.whitespace_ if nxt is not None and nxt.i == t.i + 1 else " "
        out.append(render(t) + ws)
    return "".join(out).strip()


def _tidy(body: str) -> str:
    if sum(body.count(q) for q in QUOTE_CHARS) % 2:
        body = "".join(ch for ch in body if ch not in QUOTE_CHARS)
    body = body.strip(" ,;:" + QUOTE_CHARS)
    if body.endswith(".") and len(body) > 1 and not body[-2].isupper():
        body = body[:-1]  # "put it at £3.9m.": the tokenizer kept the full stop on the last word
    body = re.sub(r"\s+([,.;:])", r"\1", body)
    body = re.sub(r"(?<=\S)\s{2,}(?=\S)", " ", body)  # a blanked mark or link: "hostages  has"
    body = re.sub(r"\s*[(\[]\s*[)\]]", "", body)  # brackets whose words were carved out: "220 km ( )"
    body = re.sub(r"^[A-Z]{2,}(?: [A-Z]{2,}){0,2}:\s+", "", body)  # a transcript's "CA: " label left on
    # a borrowed subject that lost its closing bracket: "patients with PTSD (PTSD increased ..."
    body = re.sub(r"\(([\w.-]+)(?=\s)(?![^()]*\))", r"(\1)", body)
    if body and body[0].islower() and not body.startswith(("iP", "e-")):
        body = body[0].upper() + body[1:]
    return body


def _described(subject: Token) -> bool:
    """A person described, not named: "the governor", "The country's first ... prime minister"."""
    if is_person_description(subject):
        return True
    described = any(c.dep_ in {"det", "poss"} for c in subject.children) and subject.ent_type_ != "PERSON"
    return described and subject.lemma_.lower() in PERSON_NOUNS


def _own_object(t: Token, name: str) -> bool:
    """ "The judge sentenced him": an object pronoun is never its own verb's subject."""
    own = subject_of(t.head) if t.dep_ in {"dobj", "dative"} else None
    return own is not None and name.lower() in " ".join(x.text for x in own.subtree).lower()


class _Writer:
    """Writes one clause, reading pronouns as the resolver did."""

    def __init__(self, clause: Clause, resolver: Resolver, speaker: tuple[str, str] | None):
        self.clause = clause
        self.resolver = resolver
        self.speaker = speaker
        self.org_speaker = bool(speaker is not None and speaker[0] and speaker[1] != "person")
        self.heads = {clause.head.i} | {
            t.i for t in clause.borrowed_subject if t.dep_ in {"nsubj", "nsubjpass"}
        }
        self.written_out: list[tuple[str, str]] = []
        self.named_at: set[int] = set()  # pronouns written out as a name
        # "with 95% saying they had felt anxious": "they" are the 95%, not the survey that counted them
        source = clause.frame.source if clause.frame is not None else None
        self.share = source if source is not None and is_a_share(source) else None
        self.antecedents = {t.i: phrase for t, phrase in clause.antecedents}
        subjects = [t for t in clause.borrowed_subject + clause.tokens if t.dep_ in {"nsubj", "nsubjpass"}]
        self.subject_entity = None
        # a person described, not named, is who "his" in their own clause most likely means
        # ... and so is a person named as the subject ("Ryan Petty lost his daughter": not another's)
        named = [t for t in [*subjects[:1], *clause.borrowed_subject] if t.ent_type_ == "PERSON"]
        # ("The Russian FM for his part, expressed his happiness": a subject read as a title too)
        first = subjects[0] if subjects else None
        titled = first is not None and first.pos_ == "PROPN" and first.is_upper and first.ent_type_ != "ORG"
        if first is not None and (_described(first) or titled):
            self.person_subject = subjects[0]
        else:
            self.person_subject = named[-1] if named else None
        if subjects:
            self.subject_entity = resolver.pronoun(clause.sentence, subjects[0]) or resolver.registry.lookup(
                entity_span_text(subjects[0])[0]
            )

    def rewritable(self, t: Token) -> bool:
        # only pronouns hanging off the clause's own predicate (or possessives of its arguments):
        # deeper ones ("if he wins") are ambiguous and are left as written
        if t.lower_ not in REWRITABLE or t.dep_ not in REWRITE_DEPS:
            return False
        if t.head.i in self.heads or t.i in self.heads:
            return True
        return t.dep_ == "poss" and t.head.head.i in self.heads

    def speaks_of_itself(self, t: Token) -> bool:
        """ "the company said it would ...": the "it" is the company."""
        return (
            self.org_speaker
            and self.share is None
            and self.clause.via == "content"
            and t.lower_ in ORG_PRONOUNS
            and t.dep_ in {"nsubj", "nsubjpass"}
            and t.head.i == self.clause.head.i
            # in quoted words, or words the body passes on from someone it quotes, "they" and
            # "it" are others
            and not (self.clause.frame.direct_quote or self.clause.frame.cited)
            # ("I think it makes sense": a speaker saying "I" is not the "it")
            and not (self.clause.frame.source is not None and self.clause.frame.source.lower_ in {"i", "we"})
            # "X said it was true": what is true or false is a claim, never the speaker; nor is the "it"
            # of "it was too late to ...", "it is up to parents"
            and not judges_truth(t.head)
            and not impersonal(t.head)
            # ("his colleagues believe ... that it will not have an effect": "it" is never a plural)
            and not (
                t.lower_ == "it"
                and self.clause.frame.source is not None
                and self.clause.frame.source.tag_ in {"NNS", "NNPS"}
            )
            # "It took six years to build the bridge, WMC states": no one, how long something took
            and not (t.head.lemma_ == "take" and any(c.dep_ == "xcomp" for c in t.head.children))
            and not self._thing_before_the_cue(t)
        )

    def _the_quoted_speaker(self, t: Token, name: str) -> bool:
        """A pronoun in the speaker's own quoted words is never the speaker ("I" would be)."""
        quoted = t.lower_ in {"he", "she", "him", "her"} and in_quotes(doc_text(t.doc), t.idx, t.idx + 1)
        return quoted and self.speaker is not None and self.speaker[0] == name

    def _thing_before_the_cue(self, t: Token) -> bool:
        """ "The action has been condemned by the DfE, who say it will disrupt lives": a thing the
        sentence is about before the speech verb may be the "it"; the report's word stays."""
        frame = self.clause.frame
        if frame.cue_index is None:
            return False
        source = frame.source.i if frame.source is not None else -1
        return any(
            x.dep_ in {"nsubj", "nsubjpass"} and x.tag_ == "NN" and x.i != source and x.i < frame.cue_index
            for x in t.sent
        )

    def token(self, t: Token) -> str:
        if t.i - 1 in self.named_at and (full := _clitic(t)) is not None:
            return " " + full  # "he'd go back" written "O'Hare would go back", not "O'Hare'd"
        if t.i in self.antecedents:
            phrase = self.antecedents[t.i]
            if not phrase:
                return t.text  # ambiguous: the report's own word
            text = _join(phrase, lambda x: x.text)
            self.written_out.append((t.text, text))
            self.named_at.add(t.i)  # ("they've discovered" written "Scientists have discovered")
            return text
        if (
            self.share is not None
            and self.clause.via == "content"
            and t.lower_ == "they"
            and t.dep_ == "nsubj"
        ):
            text = _join([x for x in self.share.subtree if x.text not in {"(", ")"}], lambda x: x.text)
            self.written_out.append((t.text, text))
            return text
        if self.speaks_of_itself(t):
            self.written_out.append((t.text, self.speaker[0]))
            self.named_at.add(t.i)  # ("they've discovered" written "Scientists have discovered")
            return self.speaker[0]
        if not self.rewritable(t):
            return t.text
        e = self.resolver.pronoun(self.clause.sentence, t)
        # "Ruiz has sold his own shares": a possessive of the subject itself stays a pronoun
        if e is None or (t.dep_ == "poss" and e is self.subject_entity) or _own_object(t, e.name):
            return t.text
        if self._the_quoted_speaker(t, e.name):
            return t.text  # ('"He's giving toffee out there," blasted Keane': "he" is never Keane)
        subject = self.person_subject
        if (
            t.dep_ == "poss"
            and subject is not None
            and t.head.i != subject.i
            and e is not self.subject_entity
        ):
            return t.text  # "The country's first British Indian-origin prime minister secured his seat": his
        self.written_out.append((t.text, e.name))
        self.named_at.add(t.i)
        return f"{e.name}’s" if t.dep_ == "poss" or t.lower_ == "his" else e.name

    def subject(self) -> str:
        borrowed = list(self.clause.borrowed_subject)
        subject = _join(borrowed, self.token)
        named = [t for t in borrowed if t.pos_ == "PROPN"]
        if named and len(named) == len(borrowed):
            e = self.resolver.registry.lookup(subject, unique=True)
            if e is not None and e.kind == "person" and e.name != subject:
                self.written_out.append((subject, e.name))
                subject = e.name
        return subject

    def vague(self) -> bool:
        subj = subject_of(self.clause.head)
        if subj is None or subj.lower_ not in VAGUE_SUBJECTS or subj not in self.clause.tokens:
            return False
        if self.antecedents.get(subj.i):
            return False
        return not (self.org_speaker and subj.lower_ in ORG_PRONOUNS)

    def text(self) -> str:
        clause = self.clause
        body = _join(clause.tokens, self.token)
        if clause.borrowed_subject:
            body = f"{self.subject()}{clause.link}{body}"
        if clause.extra:
            body = f"{body}, {_join(clause.extra, self.token)}"
        return _tidy(body)


# ---- the safeguard: a claim names only people its passage names or points to -----------------------


def people_of(registry: Registry) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(name, forms) of every person the report names: the full name, other proper names for
    them, and the surname alone ("Musk" for "Elon Musk")."""
    people = []
    for e in registry.entities:
        if e.kind != "person" or not _is_name(e.name):
            continue
        forms = {e.name} | {a for a in e.aliases if _is_name(a)}
        forms |= {f.split()[-1] for f in list(forms) if len(f.split()) > 1}
        people.append((e.name, tuple(sorted(forms, key=len, reverse=True))))
    return tuple(people)


def _is_name(text: str) -> bool:
    return bool(text) and all(w[:1].isupper() for w in text.split())


def _mentions(text: str, form: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text) is not None


def names_not_in_passage(
    text: str,
    passage: str,
    written_out: Sequence[tuple[str, str]],
    people: Sequence[tuple[str, Sequence[str]]],
) -> list[str]:
    """The people a claim text names who are neither named in its passage nor the resolved
    antecedent of a pronoun or description there (`written_out`). It should always be empty."""
    written = [name for _, name in written_out]
    found = []
    for name, forms in people:
        if not any(_mentions(text, f) for f in forms):
            continue
        if any(_mentions(passage, f) for f in forms) or any(_mentions(w, f) for w in written for f in forms):
            continue
        found.append(name)
    return found


def claim_text(
    clause: Clause, resolver: Resolver, *, speaker: tuple[str, str] | None = None
) -> tuple[str, bool, tuple[tuple[str, str], ...]]:
    """(text, vague, written_out) for a clause. `speaker` is (name, kind) of its first source;
    `vague` when the subject is a pronoun nobody could resolve ("it was true")."""
    writer = _Writer(clause, resolver, speaker)
    text = writer.text()
    return text, writer.vague(), tuple(writer.written_out)


def _report_words(clause: Clause) -> str:
    """The clause as the report wrote it, nothing written out."""
    body = _join(clause.tokens, lambda t: t.text)
    if clause.borrowed_subject:
        body = f"{_join(clause.borrowed_subject, lambda t: t.text)}{clause.link}{body}"
    return _tidy(body)


def render(clauses: Sequence[SourcedClause], resolver: Resolver) -> tuple[RenderedClause, ...]:
    """Each clause as a claim text; clauses that come out too short to check are dropped. A text
    naming someone its passage does not name or point to falls back to the report's words."""
    people = people_of(resolver.registry)
    out = []
    for c in clauses:
        # ("Ana Obi and Tom Reid, who said they were fighting": "they" are both, never the first)
        together = len(c.sources) > 1 and c.sources[0].role == c.sources[1].role
        speaker = (c.sources[0].name, c.sources[0].kind) if c.sources and not together else None
        text, vague, written_out = claim_text(c.clause, resolver, speaker=speaker)
        fell_back = bool(names_not_in_passage(text, span_text(c.clause.sentence.span), written_out, people))
        if fell_back:
            text, written_out = _report_words(c.clause), ()
        if len(text.split()) < MIN_WORDS:
            continue
        out.append(
            RenderedClause(
                clause=c.clause,
                frame=c.frame,
                sources=c.sources,
                text=text,
                vague=vague,
                written_out=written_out,
                kept_report_words=fell_back,
            )
        )
    return tuple(out)


# Words after "it is" whose "it" stands for a clause after them, never anyone: "it was too late to".
IMPERSONAL_WORDS = frozenset(
    "late early important necessary possible impossible clear unclear vital essential crucial premature time "
    "worth unfair fair".split()
)
# ... and words that may be said of the speaker too ("the club said it was safe"), impersonal before a clause.
IMPERSONAL_BEFORE_A_CLAUSE = frozenset("difficult hard easy normal unusual rare safe unsafe".split())
CLAUSES = frozenset({"xcomp", "ccomp", "csubj", "advcl"})


def impersonal(content: Token) -> bool:
    """ "it was too late to change the plan", "it's up to the parents to": the "it" of a clause to come
    (not "it was up 5 percent", "it was safe in the league": the speaker's)."""
    if content.lemma_ != "be":
        return False
    for c in content.children:
        if c.dep_ == "prep" and c.lower_ == "up" and any(g.lower_ == "to" for g in c.children):
            return True
        after = [g for g in (*c.children, *content.children) if g.dep_ in CLAUSES]
        word = c.dep_ in {"acomp", "attr"} and c.lower_
        if word in IMPERSONAL_WORDS or word in IMPERSONAL_BEFORE_A_CLAUSE and after:
            return True
    return False
