"""Stage 3, split: turn one parsed sentence into atomic clauses, each with the Frame (cue) that
attributes it in its own sentence; quotations running over sentences are followed in `attribute`.
A sentence that states several things becomes several clauses:
- coordinated predicates ("X is A and has B") split at `conj`, borrowing the first one's subject;
- a cue verb ("said") is not itself a claim: its content clause is, with the cue as frame;
- relative clauses ("Berg, who ran the bank ...") and checkable appositions on a subject ("Ruiz,
  the country's longest-serving mayor, ...") become claims about the name they describe.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from .according import according_frame, opens_the_conjunct, trailing_according_frame, whose_clause
from .alongside import (
    after_the_aside,
    against_expectations,
    framed_before_the_quote,
    named_as_another_says,
    said_alongside,
    speaks_alongside,
    speaks_in_contrast,
    told_with_clause,
)
from .carve import (
    CONSEQUENCE_PARTICIPLES,
    agentless_passive,
    belongs_to_speaker,
    carve_outs,
    continues_content,
    judges_truth,
    object_read_as_subject,
    raised_subject,
    sequel_link,
    speaks_as_body,
    split_predicates,
    subject_for_conjunct,
)
from .claim_nouns import alleged_frame
from .colon_quotes import colon_quotation, credit_colon_quotation, quoted_after_colon
from .commitments import commits_in_words
from .cues import CUE_ROLES, attributes_without_a_clause, contents_of, frame_for_cue, is_cue, subject_of
from .descriptions import DescriptionsMixin, speaker_says, speech_in_relatives, stances_on_what_precedes
from .entities import ORG_PRONOUNS
from .estimates import estimate_frame
from .hidden_cues import (
    backshifted_sequel,
    characterised_in_what,
    cited_in_asides,
    closing_speech,
    new_party_after_semicolon,
    parenthetical_speech,
    semicolon_sequel,
    speaks_in_words,
    trailing_citation,
    trailing_speech,
    view_frame,
)
from .nested import speaker_within, tag_inside
from .participle_speakers import participle_act, participle_speaker
from .participles import inside_what_was_said, participles, past_of, speaking_subject
from .phrases import (
    close_gaps,
    descriptions,
    has_subject,
    noun_phrase,
    object_antecedent,
    phrase_head,
    subject_phrase,
    subtree,
    trim,
)
from .predicates import speech_predicate
from .relatives import a_clause_of_time
from .segment import doc_text, in_quotes
from .sequels import repeats_the_content_verb
from .silence import no_comment
from .speech_tags import introducing_tag
from .tense import after_an_inserted_tag, present_sequel
from .told import expects_to_happen
from .types import Clause, Frame, Sentence
from .voice import is_passive

# Subject pronouns too vague to stand alone as the subject of a reported clause ("said it was true").
VAGUE_SUBJECTS = frozenset({"it", "this", "that", "these", "those", "they"})
# What goes on in the speaker's voice after a speech verb's content ("and that ...", sequels).
SEQUELS = (continues_content, backshifted_sequel, present_sequel, semicolon_sequel)
SEQUELS += (repeats_the_content_verb, after_an_inserted_tag)


class _Splitter(DescriptionsMixin):
    def __init__(self, sentence: Sentence):
        self.sentence = sentence
        self.clauses: list[Clause] = []
        self.described: set[int] = set()
        self.antecedents: dict[int, tuple[Token, ...]] = {}  # vague pronouns read as an earlier phrase
        self.colon_quote: tuple[Frame, int] | None = None  # 'X put it bluntly: “...”': frame, where it opens

    def _emit(self, clause: Clause):
        key = (clause.head.i, tuple(t.i for t in clause.tokens))
        if clause.tokens and not any((c.head.i, tuple(t.i for t in c.tokens)) == key for c in self.clauses):
            found = tuple((t, self.antecedents[t.i]) for t in clause.tokens if t.i in self.antecedents)
            self.clauses.append(replace(clause, antecedents=found) if found else clause)

    def visit(self, pred: Token, *, frame: Frame | None, borrowed: tuple, via: str, nested: bool):
        parts = split_predicates(pred)
        if via == "content" and no_comment([pred]):
            # "said he will not comment, but that if he had spoken to X it would have been wise": one
            parts = [p for p in parts if p.dep_ != "conj"]
        subj = subject_of(pred)
        own_subject = tuple(subject_phrase(subj)) if subj is not None else ()
        skip, late = {p.i for p in parts}, []

        if (not nested or speaks_in_contrast(pred)) and is_cue(pred):
            self._cue(pred, skip, frame=frame, borrowed=borrowed, via=via)
        else:
            # "A were killed and B are missing, according to X" covers the whole coordination
            # (not "A was not disclosed, but according to X, B ...": that "according to" opens B alone)
            shared = [pred, *(p for p in parts if not opens_the_conjunct(p))]
            shared = next((f for f in map(according_frame, shared) if f is not None), None)
            shared = shared or (trailing_according_frame(pred) if via == "main" else None)
            aside = parenthetical_speech(pred) if frame is None and not nested else None
            if aside is not None:
                shared = shared or frame_for_cue(aside)  # ("X rose 4%, the agency said, the most since 2019")
                skip.add(aside.i)
                parts, late = after_the_aside(parts, aside, shared)
            frame = speaker_within(pred, frame) if nested and via == "content" else frame
            own_frame = whose_clause(pred, frame, shared, via=via, nested=nested, view=view_frame)
            quoted = quoted_after_colon(pred, self.colon_quote) if own_frame is None else []
            asides = characterised_in_what(pred) if not nested else []
            skip |= {q.i for q in quoted} | {t.i for prep, _, words in asides for t in (prep, *words)}
            for _, said, words in asides:  # ", in what analysts called a turning point"
                self._emit(
                    Clause(sentence=self.sentence, head=words[0], tokens=tuple(words), frame=said, via="cue")
                )
            self._clause(pred, skip, frame=own_frame, borrowed=borrowed, via=via, nested=nested)
            for q in quoted:
                self.visit(q, frame=self.colon_quote[0], borrowed=(), via="content", nested=True)
            # what "according to" relays of a speaker's words goes on as theirs, relayed
            relayed = own_frame is not None and frame is not None and frame.source in own_frame.cited
            frame = own_frame if relayed else (shared or frame)
        self._visit_parts(pred, parts, frame=frame, via=via, nested=nested, subject=own_subject or borrowed)
        self._visit_parts(pred, late, frame=None, via=via, nested=nested, subject=())

    def _visit_parts(self, pred: Token, parts, *, frame: Frame | None, via: str, nested: bool, subject):
        """The predicates coordinated with `pred` (or hung on it), each with the frame it goes with."""
        said = contents_of(pred) if not nested and is_cue(pred) else []
        for p in parts:
            if any(f(pred, p, said) for f in SEQUELS):
                sequel = () if has_subject(p) else tuple(subject_phrase(subject_of(said[0])))
                self.visit(p, frame=frame_for_cue(pred), borrowed=sequel, via="content", nested=True)
                continue
            if via == "content" and frame is not None and belongs_to_speaker(pred, p):
                # "said the dam had not been inspected and blamed the government": "blamed" is the
                # speaker's second act, hung by the parser on the reported clause
                self._speaker_act(p, frame)
                continue
            read_as_object = object_read_as_subject(pred, p)
            if read_as_object is not None:
                # "figures show only 84% of patients ..., were seen": the object is the subject
                # ("urged talks as the town entered a third week": a name in a phrase was told of)
                said_to = is_cue(pred) and not nested and read_as_object.dep_ == "dobj"
                cue = frame_for_cue(pred) if said_to else frame
                its_subject = tuple(noun_phrase(read_as_object))
                self.visit(p, frame=cue, borrowed=its_subject, via="content", nested=True)
                continue
            if nested and named_as_another_says(p):  # "..., as Falcon has said he would do": Falcon's
                self.visit(p, frame=None, borrowed=(), via="conj", nested=False)
                continue
            takes = subject_for_conjunct(pred, p, subject)
            theirs = not (new_party_after_semicolon(pred, p) or framed_before_the_quote(pred, p))
            mine = frame if via != "content" or theirs else None
            # ("said files were altered after the Ledger reported that": its report; not "after he warned")
            own = a_clause_of_time(p) and CUE_ROLES.get(p.lemma_.lower()) == "reported" and has_subject(p)
            own = own and is_cue(p) and bool(contents_of(p)) and subject_of(p).pos_ != "PRON"
            self.visit(p, frame=mine, borrowed=takes, via="conj", nested=nested and not own)

    def _cue(self, pred: Token, skip: set[int], *, frame: Frame | None, borrowed: tuple, via: str) -> None:
        """A cue verb: its content clauses are the claims, with the cue as their frame."""
        contents = contents_of(pred)
        cue_frame = frame_for_cue(pred)
        if cited := cited_in_asides(contents):
            cue_frame = replace(cue_frame, cited=cue_frame.cited + cited)
        if (tag := tag_inside(pred, contents)) is not None:  # '"...," he added, Times Live reported'
            contents = [c for c in contents if c is not tag]
            cue_frame = replace(cue_frame, cited=(*cue_frame.cited, subject_of(tag)))
        if contents:
            for c in contents:
                self._reported(pred, c, cue_frame, skip, borrowed)
            # descriptions of the source ("said Berg, who was ...") are the report's own voice
            self._carve_descriptions(pred, skip | {c.i for c in contents}, frame=None)
            # "Vantrix said it would appeal, calling the decision flawed"
            self._participle_clauses(pred, participles(pred), frame=cue_frame, borrowed=borrowed)
            for t in said_alongside(pred, skip):  # "..., officials said, with some regions saying ..."
                self._cue(t, set(), frame=None, borrowed=(), via="main")
        elif (trailing := trailing_speech(pred)) is not None:
            self._trailing(pred, *trailing)
        elif attributes_without_a_clause(pred) and not agentless_passive(pred):
            # "..., according to X" names who says so, whatever the verb
            self._clause(pred, skip, frame=according_frame(pred) or cue_frame, borrowed=borrowed, via="cue")
        else:
            # "Firms have announced 800MW, according to X": an ordinary clause, whose "according to" says
            own = according_frame(pred) or (trailing_according_frame(pred) if via == "main" else None)
            if own is None and frame is None and (speaks_in_words(pred) or commits_in_words(pred)):
                # "... but warned against drawing firm conclusions": a speech act is its speaker's
                own = cue_frame
            acted = own is not None and own is cue_frame  # (beside the act, the report tells what goes on)
            own = own or (estimate_frame(pred) if frame is None else None)  # "reiterated a rating"
            self._clause(
                pred, skip, frame=own or frame, borrowed=borrowed, via=via, beside=(frame,) if acted else ()
            )

    def _trailing(self, cue: Token, speaker: Token, content: list[Token]) -> None:
        """ "The benefit held after the data were adjusted, the authors said": what precedes, one clause."""
        quoted = bool(content) and content[0].is_quote
        frame = replace(frame_for_cue(cue), source=speaker, direct_quote=quoted)
        tokens = trim(content, content=True)
        head = phrase_head(tokens)
        if head is not None:
            self._emit(
                Clause(sentence=self.sentence, head=head, tokens=tuple(tokens), frame=frame, via="content")
            )

    def _reported(self, cue: Token, content: Token, frame: Frame, skip: set[int], borrowed: tuple) -> None:
        """One content clause of a cue (a vague subject keeps the cue's clause: "Berg said it was true")."""
        if self._says_something(cue, content, frame):
            self.visit(
                content, frame=frame, borrowed=raised_subject(cue, content), via="content", nested=True
            )
        elif cue.tag_ == "VBG" and not has_subject(cue):  # ("have been expecting": no participle)
            self._participle_clauses(cue.head, [cue], frame=frame, borrowed=borrowed, content=False)
        else:
            self._clause(cue, skip, frame=frame, borrowed=borrowed, via="cue")

    def _says_something(self, cue: Token, content: Token, frame: Frame) -> bool:
        """Whether a content clause stands on its own (a vague subject read as what was denied before)."""
        if expects_to_happen(cue, content):
            return False  # "expects sales to fall": the expectation is the claim
        subj = subject_of(content)
        if subj is None or subj.lower_ not in VAGUE_SUBJECTS:
            return True
        body = speaks_as_body(frame.source)
        found = object_antecedent(cue, subj)
        if found is not None:
            # "The regulator fined the bank, saying it had misled customers": the bank, or itself?
            # Keep the report's word; but "it was false" is said of a claim, never of oneself.
            ambiguous = body and subj.lower_ in ORG_PRONOUNS and not judges_truth(content)
            self.antecedents[subj.i] = () if ambiguous else tuple(noun_phrase(found))
            if not ambiguous:
                return True
        elif subj.lower_ == "it" and body:
            return True  # "the FA confirmed it had received a complaint": "it" is the FA
        return len(list(content.subtree)) > 5

    def _clause(self, pred, skip, *, frame, borrowed, via, nested=False, beside=()):
        out = carve_outs(pred, skip, frame=frame, via=via)
        relcls, apps = descriptions(subtree(pred, set(out.skip)))
        gaps = stances_on_what_precedes(subtree(pred, set(out.skip)))
        # "..., a figure the council disputed": the noun summing up the clause goes with the stance
        gapped = {g.head.i if g.head.dep_ in {"npadvmod", "appos"} else g.i for g in gaps}
        said_within = [r for r in speech_in_relatives(subtree(pred, set(out.skip))) if r.i != pred.i]
        gapped |= {r.i for r in said_within}
        tokens = subtree(pred, set(out.skip) | {r.i for r in relcls} | {a.i for a in apps} | gapped)
        # commas and conjunctions left hanging before a carved-out conjunct
        tokens = trim(close_gaps(tokens), content=via == "content")
        if via == "content" and tokens and tokens[0].lower_ == "that" and tokens[0].dep_ == "nsubj":
            # a "that" read as the subject beside the real one; "I think that is wrong" keeps it
            if sum(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in pred.children) > 1:
                tokens = tokens[1:]
        if via == "content":
            # "... but that if he had spoken": a second "that" only repeats the reporting
            tokens = [
                t for t in tokens if not (t.dep_ == "mark" and t.lower_ == "that" and t.head.dep_ == "conj")
            ]
        link = sequel_link(pred)
        if link is not None:
            tokens = [t for t in tokens if t.i > link.i]  # "a week after" only links it to the first
        if via == "content":
            # "said later that 300 trucks were waiting": what comes before "that" is the saying's
            mark = next((c for c in pred.children if c.dep_ == "mark" and c.lower_ == "that"), None)
            if mark is not None:
                tokens = [t for t in tokens if t.i > mark.i]
        clause = Clause(sentence=self.sentence, head=pred, tokens=tuple(tokens), frame=frame, via=via)
        self._emit(replace(clause, borrowed_subject=tuple(borrowed), link=" "))
        self._participle_clauses(pred, out.participles, frame=frame, borrowed=borrowed)
        self._consequence_clauses(pred, out.consequences, frame=frame, borrowed=borrowed, nested=nested)
        for t in [*out.side, *said_within]:
            if t in said_within and frame is not None:  # ("..., in which she said ...": hers alone)
                self._cue(t, set(), frame=None, borrowed=(), via="conj")
                continue
            # "warned residents to stay indoors as the storm hit": the storm is not what was said
            told = bool(beside) and t.dep_ == "advcl" and has_subject(t) and (not is_cue(t) or is_passive(t))
            self.visit(t, frame=beside[0] if told else frame, borrowed=(), via="conj", nested=nested)
        for t in out.told_with:
            self._told_with(pred, t, frame=frame, borrowed=borrowed)
        for t in out.alleged:
            self.visit(t, frame=alleged_frame(t, pred, frame), borrowed=(), via="content", nested=True)
        # who someone is ("Berg, who ran the bank") is background; what is said of a thing stays theirs
        for g in gaps:
            self._stance_on_antecedent(g)
        theirs = [r for r in relcls if speaker_says(r, frame, via)]
        self._descriptions_to_clauses([r for r in relcls if r not in theirs], apps, frame=None)
        self._descriptions_to_clauses(theirs, [], frame=frame)

    def _told_with(self, pred: Token, t: Token, *, frame: Frame | None, borrowed: tuple) -> None:
        if speaks_alongside(t) and contents_of(t):  # "..., with analysts warning that the outlook was weak"
            return self._cue(t, set(), frame=None, borrowed=(), via="main")
        # ("with the bank reporting a loss": the bank's; "..., beating forecasts": the report's comparison)
        frame = frame_for_cue(t) if speaks_alongside(t) else None if against_expectations(t) else frame
        self._emit(told_with_clause(self.sentence, pred, t, frame=frame, borrowed=borrowed))

    def _participle_clauses(self, pred, participles, *, frame, borrowed, content: bool = True):
        """ "..., saying that they do not reflect reality", "..., calling the decision flawed": the one
        saying is a reported clause's speaker, else the clause's own subject (not a clause)."""
        for p in participles:
            who = participle_speaker(frame, pred)
            who = who or speaking_subject(pred, p)
            if p.i < pred.i and (subj := subject_of(pred)) is not None and p.i < subj.i:
                who = subj  # "Calling it grave, officials ..., according to X": the officials
            elif inside_what_was_said(pred, p, frame) and (subj := subject_of(pred)) is not None:
                who = subj  # 'said "an article ran in the magazine accusing our client"': the article
            if who is None and borrowed:
                who = phrase_head(borrowed)
            act = participle_act(p, who, frame)
            contents = contents_of(p) if content else []
            if act is not None and contents:
                # "adding that the team would win": what was added is the claim, theirs
                for c in contents:
                    self._reported(p, c, act, set(), borrowed)
                continue
            rest = tuple(trim([t for t in subtree(p, set()) if t.i != p.i]))
            self._emit(
                Clause(
                    sentence=self.sentence,
                    head=p,
                    tokens=rest,
                    borrowed_subject=tuple(subject_phrase(who)) if who is not None else tuple(borrowed),
                    link=f" {past_of(p.lemma_.lower())} ",
                    frame=act,
                    via="cue",
                )
            )

    def _consequence_clauses(self, pred, consequences, *, frame, borrowed, nested):
        for p in consequences:
            said = [c for c in p.children if c.dep_ == "ccomp"]
            if not CONSEQUENCE_PARTICIPLES[p.lemma_.lower()]:
                # "meaning at least 28 MPs would need to rebel": the clause says it all
                for c in said:
                    self.visit(c, frame=frame, borrowed=(), via="conj", nested=True)
                continue
            subj = subject_of(pred)
            self._emit(
                Clause(
                    sentence=self.sentence,
                    head=p,
                    tokens=tuple(trim([t for t in subtree(p, set()) if t.i != p.i])),
                    borrowed_subject=tuple(subject_phrase(subj)) if subj is not None else tuple(borrowed),
                    link=f" {CONSEQUENCE_PARTICIPLES[p.lemma_.lower()]} ",
                    frame=frame,
                    via="conj",
                )
            )


def split_atomic(sentence: Sentence) -> tuple[Clause, ...]:
    """The atomic clauses of a sentence, in the order met. A sentence whose main verb lies inside
    quotation marks is someone's words: a speech verb in it ("he told many people that ...") is
    part of what is quoted, not an attribution by the report."""
    root = speech_predicate(sentence.span.root)
    quoted = in_quotes(doc_text(root.doc), root.idx, root.idx + len(root.text))
    splitter = _Splitter(sentence)
    # "“...,” the firm's lawyer wrote in a post": the speech verb the parser hung inside the quote
    # ('A spokesperson tells GossipCop.com, "..."': the one opening it; 'The forces, he said, “...”')
    tags = (closing_speech(root, sentence.span), introducing_tag(root), parenthetical_speech(root))
    cue = next((t for t in tags if t is not None), None) if quoted else None
    frame = replace(frame_for_cue(cue), direct_quote=True) if cue is not None else None
    if not quoted:
        # "X resigned, Reuters, citing three sources, reported": all before the speaker is theirs
        frame = trailing_citation(sentence.span)
    splitter.colon_quote = colon_quotation(sentence.span) if frame is None else None
    splitter.visit(root, frame=frame, borrowed=(), via="main" if frame is None else "content", nested=quoted)
    clauses = credit_colon_quotation(splitter.clauses, splitter.colon_quote)
    return tuple(sorted(clauses, key=lambda c: c.start))


def split_report(sentences: Sequence[Sentence]) -> tuple[tuple[Clause, ...], ...]:
    """The clauses of every sentence, one tuple per sentence."""
    return tuple(split_atomic(s) for s in sentences)
