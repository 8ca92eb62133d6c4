"""The resolver: registers the names met in order; reads "she", "his" as the person meant."""

from __future__ import annotations

from spacy.tokens import Token

from .according import heard_according_to
from .colon_quotes import opens_quotation_at
from .companies import Companies
from .cues import is_cue, subject_of
from .described import RECENT_SENTENCES, Described
from .documents import Documents, speaks_here_or_next
from .entities import (
    FEMININE,
    NAMED_TYPES,
    ORG_PRONOUNS,
    PERSONAL_PRONOUNS,
    TITLES,
    entity_span_text,
    holder_at_the_end,
    is_document,
    kind_of_name,
    looks_like_personal_name,
    name_in_apposition,
    past_a_country,
    past_a_lede_word,
    past_the_possessor,
)
from .epithets import Epithets
from .given_names import only_a_role
from .glosses import Glosses
from .groups import Named, common_noun_source
from .nesting import told_inside_another
from .pairs import Pairs
from .persons import (
    appositive_pair,
    honorific_gender,
    inside_described_speech,
    may_be_person,
    others_in_its_clause,
    owned_by_described_subject,
    owns_a_personal_pronoun,
    reflexive_subject,
    speaks_in_participle,
    titled,
)
from .registry import Entity, Registry
from .rivals import Rivals, quotes_speak_of
from .segment import doc_text, in_quotes, opens_with_quote, span_text
from .surveys import Surveys, a_bare_figure
from .titles import storm_name, title_before
from .types import Sentence

# Beyond RECENT_SENTENCES (see `described`), a pronoun is read as the most talked-about person so far,
# the headline's subject counting extra (a protagonist).
HEADLINE_SUBJECT_WEIGHT = 4

# Pronouns that never name one source: "they" may be anyone, "we"/"I"/"you" are inside quotations.
UNRESOLVED_PRONOUNS = frozenset("they it we i you this that these those them their its our us my me".split())

# Determiners by which a subject is no one person ("Each candidate had been told ...").
QUANTIFIERS = frozenset({"each", "every", "any", "no"})


class Resolver(Rivals, Surveys, Documents, Companies, Described, Epithets, Glosses, Pairs):
    """Walks the report's sentences in order, registering names and resolving pronouns."""

    def __init__(self):
        self.registry = Registry()
        self.pronouns: dict[tuple[int, int], Entity] = {}  # (sentence index, token i) -> entity
        self.subjects: list[tuple[int, int, Entity]] = []  # (sentence index, token i, entity)
        self.named_subjects, self.timed_subjects = set[tuple[int, int]](), set[tuple[int, int]]()  # by a
        # name; of a clause of time ("before X"); a sentence's own unresolved "he"/"she" (index, feminine)
        self.unknown_subjects: set[tuple[int, bool]] = set()
        self.nested = set[tuple[int, int]]()  # speakers told of in what another said ("X said Y announced")
        self.speakers: list[tuple[int, int, Entity]] = []  # the subjects that were subjects of cue verbs
        self.person_mentions: dict[int, int] = {}
        self.named_at: list[tuple[int, int, Entity]] = []  # every name outside quotation marks, where
        self.body_speakers: list[tuple[int, Named, bool]] = []  # for a later "it said" (True: a document)
        self.first_seen: dict[int, tuple[int, int]] = {}  # a pronoun does not point forward to a name
        self.named_outside, self.quoted_at = set[int](), []  # names outside; (sentence, entity) inside
        self.descriptions: list[tuple[int, int, Entity]] = []  # persons met as "the governor", not subjects
        self.unnamed_speakers: list[tuple[int, int]] = []  # persons who spoke under a description
        self.topics: list[tuple[int, Entity]] = []  # persons a sentence opens with
        self.authored: list[tuple[int, str, Named]] = []  # (sentence index, document lemma, author)
        self.seen: dict[int, Sentence] = {}  # the sentences observed, by index

    def remember_speaker(self, sentence: Sentence, named: Named, head: Token, document: bool = False) -> None:
        """Note who has just said something: a body or a document, for "it said"; a person, "she said"."""
        if document or named.kind != "person":
            self.body_speakers.append((sentence.index, named, document))
            if not document:
                self._maybe_unnamed(sentence, named, head)  # "Kudlow told ...": maybe a person
            return
        self._note_possible_body(sentence, named)
        e = self.registry.lookup(named.name)
        if e is None:  # "Another man who spoke said ...": a person described, never named
            self.unnamed_speakers.append((sentence.index, head.i))
        elif not any(idx == sentence.index and x is e for idx, _, x in self.speakers):
            self.speakers.append((sentence.index, head.i, e))
            self.speakers.sort(key=lambda s: (s[0], s[1]))

    def observe(self, sentence: Sentence, carried: Entity | None = None, label: Token | None = None) -> None:
        """Register the sentence's names, then resolve its pronouns (`carried`: who speaks the quotation
        it goes on with; `label`: a transcript turn's, "PRIME MINISTER: He did the right thing")."""
        self.seen[sentence.index] = sentence
        self._register_names(sentence)
        self.turn = self._entity_for(label, sentence) if label is not None else None
        self._count_mentions(sentence)
        for pair in filter(None, map(appositive_pair, sentence.span)):
            self._gloss(*pair)
        self._note_descriptions(sentence)
        self._resolve_pronouns(sentence, carried)
        if carried is not None and carried.kind == "person":  # (a quotation going on: they still speak)
            self.speakers.append((sentence.index, sentence.span.start, carried))
        self._note_documents(sentence)
        self._note_topic(sentence)

    def _register_names(self, sentence: Sentence) -> None:
        for ent in sentence.span.ents:
            if ent.label_ not in {"PERSON", "ORG"}:
                continue
            toks = past_a_lede_word(past_a_country(past_the_possessor(list(ent), ent[-1])))
            cut = holder_at_the_end(toks)  # ("Mayor of Greater Manchester Andy Burnham": two names)
            for part, label in (
                [(toks[:cut], ent.label_), (toks[cut:], "PERSON")] if cut else [(toks, ent.label_)]
            ):
                text = "".join(t.text_with_ws for t in part).strip()
                if text and any(ch.isupper() for ch in text):
                    self.registry.add(text, kind_of_name(text, label=label, plural=part[-1].tag_ == "NNPS"))
        # multi-word proper names the tagger missed or mislabelled ("Marcus Oyelaran" as NORP)
        for t in sentence.span:
            if t.pos_ != "PROPN" or t.dep_ in {"compound", "flat"}:
                continue
            name, label = entity_span_text(t)
            # ("New Yorkers": people, not a name; "Conservative MP": a role, no one's name)
            named = name[:1].isupper() and t.tag_ != "NNPS" and not only_a_role(name)
            if len(name.split()) >= 2 and label in {"", "PERSON", "ORG", "NORP"} and named:
                known = self.registry.lookup(name)
                if known is None or len(known.name.split()) < len(name.split()):
                    self.registry.add(name, kind_of_name(name, label=label))
            elif named and not label and owns_a_personal_pronoun(t) and self.registry.lookup(name) is None:
                self.registry.add(name, "person")  # ("Tinashe has pulled the rest of her tour")

    def _count_mentions(self, sentence: Sentence) -> None:
        """Salience: every mention of a known person, tagged or not; the headline's subject counts extra."""
        for t in sentence.span:
            if t.pos_ == "PROPN" and t.dep_ != "compound":
                e = self.registry.lookup(entity_span_text(t)[0])
                if e is not None:
                    self.first_seen.setdefault(id(e), (sentence.index, t.i))
                    quoted = in_quotes(doc_text(t.doc), t.idx, t.idx + len(t))
                    self.named_outside |= set() if quoted else {id(e)}
                    self.quoted_at += [(sentence.index, e)] if quoted else []
                    self.named_at += [] if quoted else [(sentence.index, t.i, e)]
                    # "Miss Clewer": the title says, whatever a pronoun was earlier guessed to mean
                    e.gender = honorific_gender(t) or e.gender
                    e.kind = "person" if e.kind == "other" and titled(t) else e.kind  # "Bishop O'Donoghue"
                    e.kind, e.gender = ("other", "n") if storm_name(t) else (e.kind, e.gender)  # no "he"
                    self.registry.add_title(e, None if sentence.display else title_before(t))
                if e is not None and e.kind == "person":
                    bonus = HEADLINE_SUBJECT_WEIGHT if sentence.is_headline and t.dep_ == "nsubj" else 1
                    self.person_mentions[id(e)] = self.person_mentions.get(id(e), 0) + bonus

    def _entity_for(self, token: Token, sentence: Sentence) -> Entity | None:
        if token.lower_ in PERSONAL_PRONOUNS:
            return self.pronouns.get((sentence.index, token.i))
        if token.lower_ in TITLES and name_in_apposition(token) is not None:
            return self._entity_for(name_in_apposition(token), sentence)  # "The Premier, Joanne Mikulic,"
        if token.pos_ == "PROPN" or token.ent_type_ in NAMED_TYPES:
            name, _ = entity_span_text(token)
            return self.registry.lookup(name)
        if token.text[:1].isupper() and token.pos_ == "NOUN":  # "Barnes, also 22, fired": tagged a noun
            e = self.registry.lookup(token.text, unique=True)
            if e is not None and e.kind == "person" and e.name != token.text:
                return e
        named_appos = name_in_apposition(token)
        if named_appos is not None:
            return self._entity_for(named_appos, sentence)
        return None

    def _resolve_pronouns(self, sentence: Sentence, carried_speaker: Entity | None = None) -> None:
        # first cue verbs' subjects, and named subjects ("She added: 'He ...'"; "Mr Paul ..., he said")
        first = {t.i for t in sentence.span if t.dep_ == "nsubj" and (is_cue(t.head) or t.pos_ == "PROPN")}
        order = sorted(sentence.span, key=lambda t: (0 if t.i in first else 1, t.i))
        speaker = carried_speaker
        for t in order:
            if t.lower_ in PERSONAL_PRONOUNS:
                self._resolve_pronoun(sentence, t, speaker)
            self._by_nationality(sentence, t)  # ("..., added the Norwegian")
            # who a quotation talks about is not who the story follows ('“He did it,” Hale said. He ...')
            text = doc_text(sentence.span.doc)
            quoted = t.lower_ in PERSONAL_PRONOUNS and in_quotes(text, t.idx, t.idx + len(t))
            if (t.dep_ in {"nsubj", "nsubjpass"} or speaks_in_participle(t)) and not quoted:
                e = self._note_subject(sentence, t)
                if e is not None and is_cue(t.head) and speaker is None:
                    speaker = e
        self.subjects.sort(key=lambda s: (s[0], s[1]))
        self.speakers.sort(key=lambda s: (s[0], s[1]))

    def _resolve_pronoun(self, sentence: Sentence, t: Token, speaker: Entity | None) -> None:
        exclude = self._not_the_speaker(sentence, t, speaker)
        for x in others_in_its_clause(t):  # "The judge sentenced him", "He thanked Bio": neither is the other
            exclude |= {id(e)} if (e := self._entity_for(x, sentence)) is not None else set()
        if owned_by_described_subject(t) or inside_described_speech(t):
            return
        subj = reflexive_subject(t)
        if subj is not None:
            # "the conductor was familiarizing himself": its own clause's subject or nobody
            found = next((x for idx, i, x in self.subjects if (idx, i) == (sentence.index, subj.i)), None)
        else:
            # (a rival beside the speaker leaves the report's word, not the next guess's name)
            rivalled = self._in_rivalled_speech(sentence, t)
            found = self._own_speaker(sentence, t, exclude) or (
                None if rivalled else self._pick(sentence, t, exclude)
            )
        if found is None:
            return self._note_unknown(sentence, t)
        self.pronouns[(sentence.index, t.i)] = found
        found.guessed = found.guessed or found.gender is None
        found.gender = found.gender or ("f" if t.lower_ in FEMININE else "m")

    def _own_speaker(self, sentence: Sentence, pronoun: Token, exclude: set[int]) -> Entity | None:
        """ "Ana Ruiz said she had asked the firm to stop" ("said though she"): the named speaker."""
        owned = pronoun.dep_ == "poss" and pronoun.head.dep_ in {"nsubj", "nsubjpass"}  # "says his office is"
        clause = pronoun.head.head if owned else pronoun.head
        clause = clause.head if clause.dep_ == "advcl" and clause.head.dep_ == "ccomp" else clause
        if pronoun.dep_ not in {"nsubj", "nsubjpass", "poss"} or clause.dep_ not in {"ccomp", "advcl"}:
            return None
        cue = clause.head
        subj = subject_of(cue) if is_cue(cue) else None
        relative = subj is not None and subj.lower_ == "who" and cue.dep_ == "relcl"  # "X, who said his"
        subj = cue.head if relative else subj
        text = doc_text(sentence.span.doc)
        if subj is None or subj.pos_ != "PROPN" or in_quotes(text, subj.idx, subj.idx + 1):
            return None
        e = self._entity_for(subj, sentence)
        gender = "f" if pronoun.lower_ in FEMININE else "m"
        if e is None or id(e) in exclude or e.kind not in {"person", "other"}:
            return None
        if not relative and self._rival(sentence, subj, e):
            return None
        if e.gender not in {None, gender}:
            return None
        e.kind = "person"
        self._note_named(sentence, subj, e)
        self.speakers.append((sentence.index, subj.i, e))
        return e

    def _note_subject(self, sentence: Sentence, t: Token) -> Entity | None:
        """A subject (or speaker, or who a relative "who" stands for): what a later pronoun points to."""
        if any(c.dep_ == "conj" or c.lower_ in QUANTIFIERS for c in t.children):
            return None  # "The judge and lawyers removed their wigs. He ...", "Each candidate": no one alone
        if t.head.dep_ == "relcl" and t.lower_ not in {"who", "which", "that"}:
            return None  # ("the seat where Farage is running", "Czerny, who Pope Francis named": no topic)
        e = self._entity_for(t.head.head if t.lower_ == "who" and t.head.dep_ == "relcl" else t, sentence)
        if e is None and is_cue(t.head):
            e = self._role_speaker(t)
        if e is None and not in_quotes(doc_text(t.doc), t.idx, t.idx + 1):  # (no one described in quotes)
            e = self._aged(sentence, t) or self._epithet(sentence, t) or self._description(t)
        if e is None or not may_be_person(e):
            return None
        self._note_named(sentence, t, e)
        # ('“What is happening?” Timberlake asked': one who asks aloud speaks; "with X calling it Y" too)
        asked = t.head.lemma_.lower() == "ask" and opens_with_quote(span_text(sentence.span))
        asked = asked or speaks_in_participle(t)
        if is_cue(t.head) or asked:
            self.speakers.append((sentence.index, t.i, e))
            self.nested |= {(sentence.index, t.i)} if told_inside_another(t.head) else set()
        return e

    def _recent(self, mentions, sentence: Sentence, pronoun: Token, fits, *, window: int):
        """The latest fitting entity of `mentions` at most `window` sentences back, and where; in an earlier
        sentence, a main clause's before a clause of time's ("X asked before Y showed him ... he said": X)."""
        found = None
        for idx, i, e in reversed(mentions):
            if idx < sentence.index - window or (found is not None and idx < found[1][0]):
                break
            if (idx, i) < (sentence.index, pronoun.i) and fits(e.current()):
                if found is None:
                    found = (e.current(), (idx, i))
                if (idx, i) not in self.timed_subjects or idx == sentence.index:
                    return e.current(), (idx, i)
        if found is not None:
            return found
        return None, (sentence.index - RECENT_SENTENCES, 0)

    def _candidate(self, sentence: Sentence, pronoun: Token, fits, *, speaks: bool, gender: str):
        """(entity, where met) a pronoun most likely points back to, before any rival is weighed."""
        found = self._binder(sentence, pronoun, fits)
        if found is not None:
            return found, (sentence.index, pronoun.i)
        # (a tag closing a quotation of several sentences: who spoke right before the quotation opened)
        opened = 1 + self.quotation_opened(sentence) if speaks else 1
        # ("X told the outlet that the pilot announced ... He added": the one who told, not the one told of)
        outer = [s for s in self.speakers if s[:2] not in self.nested]
        order = [(outer, opened)] if speaks else []
        if speaks and quotes_speak_of(pronoun, gender):
            # '"He had a tear to it," he said': not its speaker; someone who spoke lately may be
            return self._recent(self.speakers, sentence, pronoun, fits, window=RECENT_SENTENCES)
        # (and the subject of the sentence before the quotation opened: 'Maloney is keeping his
        # fingers crossed. / "At the time it felt like my goal. Fingers crossed," he said.')
        order += [(self.subjects, opened)] + ([(self.speakers, RECENT_SENTENCES)] if speaks else [])
        # (a speech tag's "he" a few sentences after the last speaker, with no one else a subject since: them)
        longer = [(self.speakers, 2 * RECENT_SENTENCES)] if speaks else []
        for mentions, window in [*order, (self.subjects, RECENT_SENTENCES), *longer]:
            found, since = self._recent(mentions, sentence, pronoun, fits, window=window)
            if found is not None:
                return found, since
        return self._most_talked_about(sentence, pronoun, fits), since

    def quotation_opened(self, sentence: Sentence) -> int:
        """How many sentences back, in its paragraph, the quotation a sentence opens inside began."""
        k = sentence.index
        while (
            self.seen[k].opens_in_quote
            and k - 1 in self.seen
            and self.seen[k - 1].span.doc is sentence.span.doc
        ):
            k -= 1
        return sentence.index - k

    def _pick(self, sentence: Sentence, pronoun: Token, exclude: set[int]) -> Entity | None:
        gender = "f" if pronoun.lower_ in FEMININE else "m"

        def fits(e: Entity) -> bool:
            return may_be_person(e) and id(e) not in exclude and e.gender in {None, gender}

        verb = pronoun.head
        speaks = pronoun.dep_ == "nsubj" and (is_cue(verb) or opens_quotation_at(sentence, verb))
        speaks = speaks or heard_according_to(pronoun)  # "According to him, ...": who spoke lately
        if speaks and not in_quotes(doc_text(pronoun.doc), pronoun.idx, pronoun.idx + 1):
            # '"... we scored with Arnold," he said': whom a quotation names is not the tag's "he"
            exclude = exclude | self.quoted_names(sentence)
        found, since = self._candidate(sentence, pronoun, fits, speaks=speaks, gender=gender)
        # this or the last sentence's subject first; an older one gives way to a person met since,
        # and a speech tag's "he" to someone who spoke under a description since
        centred = since[0] >= sentence.index - 1
        if (
            found is None
            or (not centred and self._another_in_between(found, since, (sentence.index, pronoun.i), gender))
            or self._doubted(sentence, pronoun, (found, since), fits, speaks)
        ):
            return self._when_unsure(sentence, pronoun, exclude, gender, found) if speaks else None
        found.kind = "person"  # "she" points back to a person, whatever the tagger took the name for
        return found

    def pronoun(self, sentence: Sentence, token: Token) -> Entity | None:
        e = self.pronouns.get((sentence.index, token.i))  # (not a guessed "he" a later "she" overruled)
        sex = ("f" if token.lower_ in FEMININE else "m") if token.lower_ in PERSONAL_PRONOUNS else None
        e = e.current() if e is not None else None
        return None if e is None or sex and e.guessed and e.gender not in {None, sex} else e

    def name_for(self, token: Token, sentence: Sentence) -> Named | None:
        """(name, kind, aliases) for the head token of a source phrase; None when it names nothing."""
        if (counted := self._counted(token, sentence)) is not None or a_bare_figure(token):
            return counted
        if token.lower_ in PERSONAL_PRONOUNS or (sentence.index, token.i) in self.pronouns:
            e = self.pronoun(sentence, token)
            return Named(e.name, e.kind, tuple(sorted(e.aliases))) if e else None
        if token.lower_ in ORG_PRONOUNS and token.dep_ == "nsubj" and speaks_here_or_next(token.head):
            return self._body_that_spoke(sentence, token)
        if token.lower_ in UNRESOLVED_PRONOUNS:
            return None
        named_appos = name_in_apposition(token)
        if named_appos is not None:
            return self.name_for(named_appos, sentence)
        if is_document(token):
            return self._document_author(token, sentence)
        if token.pos_ == "PROPN" or token.ent_type_ in NAMED_TYPES:
            return self._proper_name(token)
        return self._company_described(token, sentence) or common_noun_source(token)

    def _proper_name(self, token: Token) -> Named:
        name, label = entity_span_text(token)
        e = self.registry.lookup(name)
        if e is not None and self.registry.lookup(name, unique=True) is None:
            # "Hale said" when the report has named Tom Hale and Sam Hale: keep the report's word
            return Named(name, e.kind)
        speaks = token.dep_ == "nsubj" and is_cue(token.head) or heard_according_to(token)
        if (
            e is not None
            and e.kind == "other"
            and speaks
            and label != "ORG"
            and looks_like_personal_name(e.name)
        ):
            e.kind = "person"  # a two-word name that says things, with no marker of a body
        if e is None:
            kind = kind_of_name(name, label=label)
            if not label:
                # a capitalised word the tagger did not take for a name ("says Minister"):
                # keep it out of the registry so it can still resolve to a fuller name later
                return Named(name, kind)
            e = self.registry.add(name, kind)
        return Named(e.name, e.kind, tuple(sorted(e.aliases)))
