"""Candidates a pronoun could point back to besides the one found: when another person could be
meant, the resolver keeps the report's own word rather than write in a name that may be wrong."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from .cues import contents_of, is_cue
from .entities import FEMININE, MASCULINE, PERSONAL_PRONOUNS, STREET_WORDS, TITLES
from .given_names import sex_of_word
from .persons import PERSON_NOUNS, description_phrase, gender_of_role, is_person_description, may_be_person
from .registry import Entity, Registry
from .segment import doc_text, in_quotes
from .told import subject_of
from .types import Sentence

# How many sentences back a name met only inside quotation marks keeps a speech tag's "he" from it.
RECENT_QUOTES = 3


class Rivals:
    """Mixed into the Resolver: `_entity_for` and `descriptions` are the resolver's."""

    descriptions: list[tuple[int, int, Entity]]
    named_at: list[tuple[int, int, Entity]]
    unnamed_speakers: list[tuple[int, int]]
    quotation_opened: Callable[[Sentence], int]
    topics: list[tuple[int, Entity]]
    registry: Registry
    first_seen: dict[int, tuple[int, int]]
    person_mentions: dict[int, int]
    subjects: list[tuple[int, int, Entity]]
    named_outside: set[int]
    unknown_subjects: set[tuple[int, bool]]
    turn: Entity | None = None  # the speaker whose labelled turn the sentence is
    quoted_at: list[tuple[int, Entity]]

    def _entity_for(self, token: Token, sentence: Sentence) -> Entity | None:  # pragma: no cover
        raise NotImplementedError

    def quoted_names(self, sentence: Sentence) -> set[int]:
        """Who a speech tag's "he" (in `sentence`) is not: one named only inside quotation marks; one
        named inside them lately and not outside ('"... when Acme came knocking ..." / "...," he
        said'); a subject of the quotation the tag closes ('"The president has said ...," he said').
        A speaker does not speak of themselves by name."""
        here, text, doc = sentence.index, doc_text(sentence.span.doc), sentence.span.doc
        lately = range(here - RECENT_QUOTES, here + 1)
        outside = {id(e) for at, _, e in self.named_at if at in lately}
        found = {id(e) for _, e in self.quoted_at} - self.named_outside
        found |= {id(e) for at, e in self.quoted_at if at in lately} - outside
        opened = here - self.quotation_opened(sentence)  # (the quotation may have opened sentences back)
        found |= {id(e) for at, e in self.quoted_at if opened <= at <= here}  # (named in the one it closes)
        return found | {
            id(e) for at, i, e in self.subjects if opened <= at <= here and in_quotes(text, doc[i].idx, 0)
        }

    def _rival(self, sentence: Sentence, subj: Token, e: Entity) -> bool:
        """ "Trump said, a day after Conway acknowledged that he ...": another person subject in the
        sentence may be the one meant, so the speaker is not written in (keep the report's words)."""
        others = [self._entity_for(t, sentence) for t in sentence.span if t.dep_ == "nsubj" and t.i != subj.i]
        return any(o is not None and o is not e and may_be_person(o) for o in others)

    def _in_rivalled_speech(self, sentence: Sentence, pronoun: Token) -> bool:
        """ "Cook took over after Jobs said he could no longer meet his duties": a pronoun in what a
        named person said, with another person subject in the sentence, may mean either; no name is
        written in for it (not the next guess's)."""
        if pronoun.dep_ not in {"nsubj", "nsubjpass", "poss"}:
            return False  # ("X said Y had told him": the one told is another matter)
        content = next((a for a in pronoun.ancestors if a.dep_ == "ccomp" and is_cue(a.head)), None)
        subj = subject_of(content.head) if content is not None else None
        if subj is None or subj.pos_ != "PROPN":
            return False
        e = self._entity_for(subj, sentence)
        gender = "f" if pronoun.lower_ in FEMININE else "m"
        if e is None or e.kind not in {"person", "other"} or e.gender not in {None, gender}:
            return False
        # (another person subject before the pronoun: "Cook took over ... after Jobs said he")
        before = [t for t in sentence.span if t.dep_ == "nsubj" and t.i < pronoun.i and t.i != subj.i]
        others = [self._entity_for(t, sentence) for t in before if t.lower_ not in PERSONAL_PRONOUNS]
        return any(o is not None and o is not e and may_be_person(o) for o in others)

    def _binder(self, sentence: Sentence, pronoun: Token, fits) -> Entity | None:
        """ "Fidan gave an interview in which he said ...": that clause's person subject, if only one."""
        found = {
            id(e.current()): e.current()
            for t in sentence.span[: pronoun.i - sentence.span.start]
            if t.dep_ in {"nsubj", "nsubjpass"}
            and t.head in pronoun.ancestors
            and t.head != pronoun.head
            and t.lower_ not in PERSONAL_PRONOUNS
            and (e := self._entity_for(t, sentence)) is not None
            and fits(e.current())
        }
        if not found and (owner := _owner_of_the_subject(pronoun) or _named_in_a_fronted_clause(pronoun)):
            e = self._entity_for(owner, sentence)
            return e.current() if e is not None and fits(e.current()) else None
        return next(iter(found.values())) if len(found) == 1 else None

    def _someone_else_since(self, found: Entity, since: tuple[int, int], until: tuple[int, int]) -> bool:
        """ "Another man who spoke said he was 13 when X lured him. '...,' he said": the last to
        speak was a person the report never names; "Kudlow told reporters .... Mr Xi, in his
        remarks, called for .... He also said ...": a later sentence opened with another person. In
        both the tag's "he" is not the name found before them (keep the report's word)."""
        # (one who spoke since: not before the one found in its sentence)
        if any(since < spoke < until for spoke in self.unnamed_speakers):
            return True
        return any(since[0] < idx < until[0] and e.current() is not found for idx, e in self.topics)

    def _maybe_unnamed(self, sentence: Sentence, named, head: Token) -> None:
        """A name of no known kind that spoke may be a person's ("Kudlow told ..."); a street's, a
        market's ("Wall Street said"), never is."""
        words = named.name.lower().split()
        street = bool(words) and words[-1] in STREET_WORDS
        if named.kind == "other" and head.pos_ == "PROPN" and head.ent_type_ in {"", "PERSON"} and not street:
            self.unnamed_speakers.append((sentence.index, head.i))

    def _note_topic(self, sentence: Sentence) -> None:
        """The person a sentence opens with, outside quotation marks ("Mr Xi, in his remarks, ...")."""
        words = [t for t in sentence.span if not t.is_punct]
        first = next((t for t in words if t.lower_.rstrip(".") not in TITLES), None)
        text = doc_text(sentence.span.doc)
        if first is None or first.pos_ != "PROPN" or in_quotes(text, first.idx, first.idx + 1):
            return  # ('“Raymond played a leading role ...,” he said': who the quotation is about)
        e = self._entity_for(first, sentence)
        if e is not None and may_be_person(e.current()):
            self.topics.append((sentence.index, e.current()))

    def _another_in_between(
        self, found: Entity, since: tuple[int, int], until: tuple[int, int], gender
    ) -> bool:
        """ "Ana Lopez met the governor. He said ...": a person described but not named between the
        candidate and the pronoun may be the one meant, so a name is not written in (keep the
        report's words when unsure)."""
        for idx, i, e in self.descriptions:
            e = e.current()
            if since < (idx, i) < until and e is not found and e.gender in {None, gender}:
                return True
        # ("Judge Ruiz asked for him ... Police identified Jefferies. Officers visited his mother and he
        # later ...": a person named in a sentence since, as a subject or not, may be the one meant)
        return any(
            since[0] < idx and (idx, i) < until and e.current() is not found and _may_be(e.current(), gender)
            for idx, i, e in self.named_at
        )

    def _rival_before(self, sentence: Sentence, pronoun: Token, found: Entity, fits) -> bool:
        """Another person of the pronoun's gender named earlier in its sentence: as a subject, or
        by name anywhere when the one found is not named in the sentence at all ("When it was put
        to Ana Ruiz that ..., she said": Ruiz, not whoever spoke before)."""
        before = sentence.span[: pronoun.i - sentence.span.start]
        entities = [(t, self._entity_for(t, sentence)) for t in before if t.lower_ not in PERSONAL_PRONOUNS]
        text = doc_text(sentence.span.doc)
        named_here = any(e is not None and e.current() is found for _, e in entities)
        if _bound_away(pronoun, before, [t for t, e in entities if e is not None and e.current() is found]):
            return True  # "Judge Ruiz asked for him to be brought back but he refused": "him" is not Ruiz
        told = _told_by(pronoun)
        gender = "f" if pronoun.lower_ in FEMININE else "m"
        for t in before:
            # "The court heard how the boy's bowel was torn and how he was bruised": the boy, maybe
            if is_person_description(t) and gender_of_role(t) in {None, gender} and t.i not in told:
                if description_phrase(t).lower() != found.current().name.lower():
                    return True
        for t, e in entities:
            if t.i in told:
                continue  # "Instead, Serverless Stack connects to the cloud, he added": what he says
            subject = t.dep_ in {"nsubj", "nsubjpass"}
            if not subject and (named_here or t.pos_ != "PROPN" or t.dep_ in {"compound", "flat"}):
                continue
            if not subject and t.ent_type_ not in {"PERSON", ""}:
                continue  # "filed in the Supreme Court of the State of New York": no one
            if not subject and in_quotes(text, t.idx, t.idx + len(t)):
                continue  # '"We asked Gove to change his mind," he said': whom the speaker talks of
            if not subject and _asked_about(t):
                continue  # "Asked about actors Sam Reyes and David Cole, he said": whom he was asked about
            if e is not None and e.current() is not found and fits(e.current()):
                return True
        return False

    def _not_the_speaker(self, sentence: Sentence, pronoun: Token, speaker: Entity | None) -> set[int]:
        """Who a pronoun cannot be: inside a quotation "he" is not the one speaking, nor in a
        transcript's turn the one whose turn it is (they say "I")."""
        quoted = speaker is not None and in_quotes(doc_text(sentence.span.doc), pronoun.idx, pronoun.idx + 1)
        return {id(e) for e in (speaker if quoted else None, self.turn) if e is not None}

    def _doubted(self, sentence: Sentence, pronoun: Token, candidate, fits, speaks: bool) -> bool:
        """Whether another person may be meant than the one found (met at `since`)."""
        found, since = candidate
        if speaks and self._someone_else_since(found, since, (sentence.index, pronoun.i)):
            return True
        # "Trump said, a day after Conway acknowledged that he ...": either one
        return self._rival_before(sentence, pronoun, found, fits) or self._unknown_before(
            sentence, pronoun, since
        )

    def _note_unknown(self, sentence: Sentence, pronoun: Token) -> None:
        """A main clause's "he" or "she" left unresolved: the one the next sentence goes on about."""
        if pronoun.dep_ in {"nsubj", "nsubjpass"} and pronoun.head.dep_ == "ROOT":
            text = doc_text(pronoun.doc)
            if not in_quotes(text, pronoun.idx, pronoun.idx + 1):
                self.unknown_subjects.add((sentence.index, pronoun.lower_ in FEMININE))

    def _unknown_before(self, sentence: Sentence, pronoun: Token, since: tuple[int, int]) -> bool:
        """ "He also had injuries where Joyce had held his mouth shut. He needed an operation": the last
        sentence went on about someone its "he" left unknown; this "he" is that one, not Joyce."""
        feminine = pronoun.lower_ in FEMININE
        return since[0] < sentence.index and (sentence.index - 1, feminine) in self.unknown_subjects

    def _most_talked_about(self, sentence: Sentence, pronoun: Token, fits) -> Entity | None:
        """The person the report has mentioned most so far; of equals, the one met last."""
        here = (sentence.index, pronoun.i)
        people = [
            e
            for e in self.registry.entities
            if fits(e) and e.kind == "person" and self.first_seen.get(id(e), here) < here
        ]
        key = lambda e: (self.person_mentions.get(id(e), 0), self.first_seen.get(id(e), here))  # noqa: E731
        return max(people, key=key) if people else None


def _told_by(pronoun: Token) -> set[int]:
    """The tokens of what a speech tag's pronoun says before it ("X will stay, he said": X's clause)."""
    tag = pronoun.head
    if pronoun.dep_ != "nsubj" or tag.i < pronoun.i or not is_cue(tag):
        return set()
    told = [
        c
        for c in contents_of(tag)
        if c.i < pronoun.i
        and c.right_edge.i >= pronoun.i - 3
        and not any(m.dep_ == "mark" for m in c.children)
    ]
    return {t.i for c in told for t in c.subtree}


def quotes_speak_of(pronoun: Token, gender: str) -> bool:
    """Whether the quotation a speech tag's pronoun closes speaks of someone by the same pronoun."""
    text = doc_text(pronoun.doc)
    same = FEMININE if gender == "f" else MASCULINE
    before = pronoun.doc[: pronoun.i]
    # (not after a name the quotation gives: '“Raymond played a leading role. He combined well,” he said')
    named = min((t.i for t in before if t.pos_ == "PROPN" and in_quotes(text, t.idx, 0)), default=pronoun.i)
    return any(t.lower_ in same and in_quotes(text, t.idx, 0) and t.i < named for t in before)


def _asked_about(t: Token) -> bool:
    """A name that is what a question was about ("Asked about X and Y, ...")."""
    while t.dep_ in {"conj", "compound", "flat", "appos"} and t.head.i != t.i:
        t = t.head
    prep = t.head
    return (
        t.dep_ == "pobj"
        and prep.lower_ in {"about", "on", "over", "regarding"}
        and prep.head.lemma_.lower() in {"ask", "question", "press", "quiz"}
    )


# A pronoun's object form, by its subject form.
OBJECT_FORMS = {"he": "him", "she": "her"}


def _bound_away(pronoun: Token, before, found_as: list[Token]) -> bool:
    """Whether a same-gender object pronoun earlier in the sentence sits in a clause whose subject
    is the one found: that object is someone else, who may be the one the pronoun means."""
    form = OBJECT_FORMS.get(pronoun.lower_)
    subjects = [t for t in found_as if t.dep_ in {"nsubj", "nsubjpass"}]
    return any(
        t.lower_ == form and t.dep_ != "poss" and any(t in s.head.subtree for s in subjects) for t in before
    )


def _may_be(e: Entity, gender: str) -> bool:
    """A person named in full who may be the one a pronoun of `gender` means ("Beverley" is no "he";
    a one-word name may be a place the tagger took for a person's)."""
    if e.kind != "person" or e.gender not in {None, gender} or len(e.name.split()) < 2:
        return False
    return e.gender == gender or sex_of_word(e.name.split()[0]) in {None, gender}


def _owner_of_the_subject(pronoun: Token) -> Token | None:
    """ "Trump's comments belie his response": the name owning a subject that is no person is whom the
    "his" of its object means ("Smith's lawyer defended his client" is the lawyer's, so not that)."""
    obj = pronoun.head
    if pronoun.dep_ != "poss" or obj.dep_ != "dobj":
        return None
    subject = next((c for c in obj.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() in PERSON_NOUNS:
        return None
    owners = [c for c in subject.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
    return owners[0] if len(owners) == 1 else None


# What is one's own in a clause of time before one speaks: "When Ana Obi's turn came, she said".
OWN_TURNS = frozenset("turn speech remarks testimony address interview chance opportunity time".split())


def _named_in_a_fronted_clause(pronoun: Token) -> Token | None:
    """ "When Rick Lanier's turn came, he said ...", "After Ana Obi was sworn in, she said ...": the one
    name a clause of time before a speaker's pronoun is about (its subject, or the owner of a subject
    that is no person) is whom the pronoun means."""
    if pronoun.dep_ != "nsubj" or pronoun.lower_ not in {"he", "she"}:
        return None
    names = []
    for clause in (c for c in pronoun.head.children if c.dep_ == "advcl" and c.i < pronoun.i):
        for subject in (c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}):
            owners = [c for c in subject.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
            person_noun = subject.pos_ == "NOUN" and subject.lemma_.lower() in PERSON_NOUNS
            own = (
                subject.lemma_.lower() in OWN_TURNS
            )  # ("When Lee's turn came", not "When Lee's sentence was read")
            names += [subject] if subject.pos_ == "PROPN" else owners if own and not person_noun else []
    return names[0] if len(names) == 1 else None
