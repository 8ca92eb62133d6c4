"""Documents the report has named an author for, so that "the report said" later is theirs, and
the body or document that spoke last, so that a later "it said" is theirs.

"The National Audit Office published a report on Tuesday. The report said ..." : the second
sentence's "report" names no author, but the report has told us whose it is. The resolver notes
every document noun whose author it can name and reads a later definite mention of the same noun
("the report", "this study") as that author's, the most recent first.
"""

from __future__ import annotations

from spacy.tokens import Token

from .carve import speaks_as_body
from .cues import contents_of, has_own_subject, is_cue, speaker_of
from .entities import is_document, is_org_noun, looks_like_personal_name
from .given_names import is_given_name
from .groups import Named
from .persons import PEOPLE_NOUNS
from .publishers import DOCUMENT_KINDS, UNNAMED_DOCUMENT, document_phrase, publisher_of
from .segment import doc_text, in_quotes
from .types import Sentence

# How many sentences back a definite "the report" may point to the document named with its author.
DOCUMENT_WINDOW = 12
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# How many sentences back "it said" may point to the body or document that spoke.
RECENT_BODY = 3
# Verbs by which a body "it" speaks in words, not a fact that "suggests" or "shows".
SAYING = frozenset({"say", "add", "tell", "report", "announce", "state", "note", "explain", "confirm"})


class Documents:
    """Mixed into the Resolver, whose `name_for` names an author token."""

    authored: list[tuple[int, str, Named]]  # (sentence index, document lemma, author)
    body_speakers: list[tuple[int, Named, bool]]  # (sentence index, source, is a document)
    seen: dict[int, Sentence]  # every sentence observed so far, by index
    named_at: list  # (sentence index, token i, entity) of every name outside quotation marks
    speakers: list  # (sentence index, token i, entity) of every speaker

    def name_for(self, token: Token, sentence: Sentence) -> Named | None:  # pragma: no cover
        raise NotImplementedError

    def _note_survey(self, token: Token, sentence: Sentence) -> None:  # pragma: no cover
        raise NotImplementedError

    def _note_documents(self, sentence: Sentence) -> None:
        for t in sentence.span:
            if not is_document(t):
                continue
            self._note_survey(t, sentence)
            # ("X said in a statement signed by its chairman and chief executive": X's statement)
            author = _who_said_in_it(t) or publisher_of(t)
            named = (_jointly(author) or self.name_for(author, sentence)) if author is not None else None
            if named is not None:
                self.authored.append((sentence.index, t.lemma_.lower(), named))

    def _document_author(self, token: Token, sentence: Sentence) -> Named | None:
        """The author of a document noun: named beside it, or, for "the report", the author the
        report gave the last document of that kind."""
        its = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in {"its", "their"}), None)
        if its is not None:
            return self._possessing_body(its, sentence)
        his = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in {"his", "her"}), None)
        if his is not None:  # "According to his testimony as an expert, ...": the one testifying
            return self.name_for(his, sentence)
        author = publisher_of(token)  # ("in a statement from his lawyer which said": the lawyer's)
        author = author or (_who_said_in_it(token, named=False) if _which_says(token) else None)
        if author is not None:
            return _jointly(author) or self.name_for(author, sentence)
        if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in token.children):
            return None
        lemma = token.lemma_.lower()
        for idx, noted, named in reversed(self.authored):
            if noted == lemma and sentence.index - DOCUMENT_WINDOW <= idx < sentence.index:
                return named
        said = DOCUMENT_KINDS.get(lemma) in {"statement", "social"}
        # ("The AP is reporting that ... The story also said ...": the outlet that reported just before)
        found = self._speaker_just_before(sentence) if said or lemma in NEWS_PIECES else None
        # (an outlet, or a body's initials: "the AP")
        outlet = found is not None and (found.kind == "news_org" or found.name.isupper())
        return found if said or outlet else None

    def _speaker_just_before(self, sentence: Sentence) -> Named | None:
        """ "Taking to Facebook, she explains the dates will move. “...,” the statement reads.": a
        statement or post no one was named for is that of the one person or body who spoke in the
        sentence just before."""
        # (the last sentence that had a speaker, a quotation's second sentence between: "According
        # to the clerk's website, “... . ...” “...,” according to the statement.")
        # (not one told of inside the quotation the statement closes: '“... the player submitted a claim.
        # / “...,” the statement read.' is the club's that spoke before it opened)
        speakers = [(i, e) for i, k, e in self.speakers if not self._told_in_quotes(i, k)]
        spoke = [i for i, _ in speakers] + [i for i, _, doc in self.body_speakers if not doc]
        last = max((i for i in spoke if sentence.index - RECENT_BODY <= i < sentence.index), default=-1)
        found = {(e.current().name, e.current().kind): e.current() for i, e in speakers if i == last}
        found |= {(n.name, n.kind): n for i, n, document in self.body_speakers if i == last and not document}
        if len(found) != 1:
            return None
        e = next(iter(found.values()))
        return Named(e.name, e.kind, tuple(sorted(e.aliases)))

    def _told_in_quotes(self, index: int, k: int) -> bool:
        doc = self.seen[index].span.doc if index in self.seen else None
        return doc is not None and k < len(doc) and in_quotes(doc_text(doc), doc[k].idx, doc[k].idx + 1)

    def _possessing_body(self, pronoun: Token, sentence: Sentence) -> Named | None:
        """ "... helped the brewer Shepherd Neame to a good year, its latest annual results show": the
        body named last before "its" in the same sentence, outside quotation marks; with none, the body
        that spoke in the sentence before ("the agency added. According to its statement, ..."); else
        nobody."""
        before = sentence.span[: pronoun.i - sentence.span.start]
        body = next((t for t in reversed(before) if _a_body(t)), None)
        if body is not None:
            return self.name_for(body, sentence)
        # ("the company outlined its outlook": the body the clause has for its subject, described;
        # not "The regulator fined the developer, and its statement said ...": the statement speaks)
        verb = pronoun.head.head if pronoun.head.dep_ == "dobj" else None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
        if subject is not None and subject.pos_ == "NOUN" and is_org_noun(subject):
            if (named := self.name_for(subject, sentence)) is not None:
                return named
        # ("The agency added ... According to its statement, ...": the body that spoke just before;
        # "Kettle Foods cut 300 jobs. Its statement said ...": the body the sentence before is about)
        found = self._speaker_just_before(sentence)
        if found is None and (doing := _body_just_before(sentence)) is not None:
            found = self.name_for(doing, sentence)
        return found if found is not None and not _people(found) else None

    def _note_possible_body(self, sentence: Sentence, named: Named) -> None:
        """ "“...,” Phivolcs said. It also said ...": a one-word name the tagger took for a person's,
        and no given name, may be a body's (an agency's initials written as a word)."""
        one_word = len(named.name.split()) == 1 and named.name[:1].isupper()
        if named.kind == "person" and one_word and not is_given_name(named.name):
            self.body_speakers.append((sentence.index, named, False))

    def _body_that_spoke(self, sentence: Sentence, pronoun: Token) -> Named | None:
        """ "The club said ... It added that ...": the body that spoke last ("it" is never a group
        of people: "Afghan deportees told HRW ... it added" is HRW), unless an earlier clause of the
        same sentence has a body for its subject ("Acme did not confirm the figures, however it
        said ..." is Acme, whoever spoke before)."""
        singular = pronoun.lower_ == "it"
        # (not a body inside what "it" says: "Scotland ... could see power cuts, it added")
        said = {t.i for c in contents_of(pronoun.head) for t in c.subtree}
        own = next(
            (
                t
                for t in reversed(sentence.span[: pronoun.i - sentence.span.start])
                if _body_subject(t) and t.i not in said
            ),
            None,
        )
        if singular and own is None and pronoun.head.lemma_.lower() not in {"add", "continue"}:
            # ("Guam Power Authority is working to restore power, it said": a body the words before a
            # closing "it said" have for their subject is the "it"; a place, "Scotland", never is)
            bodies = (t for t in sentence.span if t.i in said and _body_subject(t) and t.ent_type_ == "ORG")
            own = next(bodies, None)
        if singular and own is not None:
            named = self.name_for(own, sentence)
            if named is not None:
                return named
        before = _body_just_before(sentence) if singular else None
        if before is not None and all(idx < sentence.index - 1 for idx, _, _ in self.body_speakers):
            # "Harlow has kept its call on the bank. It says ...": the body the sentence before is about
            named = self.name_for(before, sentence)
            if named is not None:
                return named
        for idx, named, document in reversed(self.body_speakers):
            if sentence.index - RECENT_BODY <= idx <= sentence.index:
                # "A study by Oxford researchers found ... It also found": the study's authors
                if document or not (singular and named.kind == "group"):
                    return named
        document = self._document_just_before(sentence) if singular else None
        if document is not None:
            return document
        saying = pronoun.head.lemma_.lower() in SAYING  # ("It suggests concerns ...": the vote, not a body)
        return self._only_company_lately(sentence, pronoun) if singular and saying else None

    def _document_just_before(self, sentence: Sentence) -> Named | None:
        """ "The study was published in the journal JAMA. It found that ...": the document the
        sentence just before is about, under its author where the report names one, else its own
        phrase ("study"); a report's "it" with no body speaking lately."""
        before = self.seen.get(sentence.index - 1)
        if before is None:
            return None
        same = before.span.doc is sentence.span.doc  # (or the last of the paragraph before)
        if same and any(not t.is_space for t in sentence.span.doc[before.span.end : sentence.span.start]):
            return None
        root = before.span.root
        subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if (
            subject is None
            or not is_document(subject)
            or in_quotes(doc_text(subject.doc), subject.idx, subject.idx + 1)
        ):
            return None
        author = self._document_author(subject, before)
        if author is not None:
            return author
        if DOCUMENT_KINDS.get(subject.lemma_.lower()) == "article":
            # (an unnamed study or report: the outlet the report leans on, else its own phrase, as for
            # "the study found", settled at the end)
            return Named(UNNAMED_DOCUMENT, "news_org", (document_phrase(subject),))
        return Named(document_phrase(subject), "other")

    def _only_company_lately(self, sentence: Sentence, pronoun: Token) -> Named | None:
        """ "RETAILER JD Sports Fashion has continued to defy ... It said like-for-like sales rose":
        with no body speaking lately, the one company the last few sentences name (before the
        "it": "It reported that ... and the hospital was on a generator" is never the hospital)."""
        found = {
            id(e.current()): e.current()
            for idx, at, e in self.named_at
            if sentence.index - RECENT_BODY <= idx <= sentence.index
            and (idx < sentence.index or at < pronoun.i)
            and _a_business(e.current())
        }
        if len(found) != 1:
            return None
        e = next(iter(found.values()))
        return Named(e.name, e.kind, tuple(sorted(e.aliases)))


def _a_business(e) -> bool:
    """A company, or a name of no known kind that is no person's ("JD Sports Fashion")."""
    return e.kind == "company" or (e.kind == "other" and not looks_like_personal_name(e.name))


def _a_body(t: Token) -> bool:
    """A body's name: tagged an organisation, or a name set after "company", "firm" ..."""
    if (
        t.dep_ == "compound"
        or t.pos_ not in {"PROPN", "NOUN"}
        or in_quotes(doc_text(t.doc), t.idx, t.idx + 1)
    ):
        return False
    before = t.doc[t.left_edge.i - 1] if t.left_edge.i > 0 else None
    return t.ent_type_ == "ORG" or (t.pos_ == "PROPN" and before is not None and is_org_noun(before))


# Acts done in a statement or a post one writes oneself: "The mayor responded in a statement which said".
ANSWERING = frozenset("respond reply react answer hit apologise apologize explain address write post".split())


def _who_said_in_it(document: Token, *, named: bool = True) -> Token | None:
    """ "Mack's president Stephen Roy said in a statement that ...": the statement is his, so a later
    "said the statement" is his too ("Garner decided to respond in a Facebook post which states": hers)."""
    verb = document.head.head if document.dep_ == "pobj" and document.head.lower_ == "in" else None
    while not named and verb is not None and verb.pos_ != "VERB" and verb.dep_ in {"pobj", "dobj", "prep"}:
        verb = verb.head  # ("respond to the article in a post which states": the post is the response)
    if verb is None or not (is_cue(verb) or verb.lemma_.lower() in ANSWERING):
        return None
    speaker = (speaker_of(verb) if is_cue(verb) else None) or (_active_subject(verb) if not named else None)
    # ("In a statement after the meeting he said ...": his, whoever "he" is)
    if speaker is not None and not named:  # (any speaker, for the words the document goes on to say)
        return speaker
    named = speaker is not None and (speaker.pos_ == "PROPN" or speaker.lower_ in {"he", "she"})
    return speaker if named else None


def _which_says(document: Token) -> bool:
    """ "in a statement which said ...": the document speaks in a clause of its own."""
    return any(c.dep_ == "relcl" and is_cue(c) for c in document.children)


def _active_subject(verb: Token) -> Token | None:
    """The subject of an active verb, or of the verb it completes ("decided to respond")."""
    while verb.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _people(named: Named) -> bool:
    """A person, or people named by what they are ("Critics", "Residents"): no "its" is theirs."""
    last = named.name.split()[-1].lower() if named.name else ""
    return named.kind == "person" or named.kind == "group" and last.removesuffix("s") in PEOPLE_NOUNS


def _body_just_before(sentence: Sentence) -> Token | None:
    """The named body that is the subject of the sentence just before, in the same paragraph, doing
    something."""
    span = sentence.span
    if span.start == 0:
        return None
    root = span.doc[span.start - 1].sent.root
    if root.lemma_ == "be":
        return None  # ("Harlow is a rival broker. It also said ...": who the body is, not what it did)
    return next((c for c in root.children if _body_subject(c)), None)


def _body_subject(t: Token) -> bool:
    """A named body, one of, that is the subject of a clause ("Western Digital did not ...")."""
    if t.dep_ not in {"nsubj", "nsubjpass"} or t.lemma_.lower() == "police":
        return False
    if t.tag_ not in {"NNP", "NN"} and not (t.tag_ == "NNPS" and t.ent_type_ == "ORG"):  # "Harbour Holdings"
        return False
    return speaks_as_body(t) and (t.pos_ == "PROPN" or t.ent_type_ == "ORG")


# A news outlet's pieces: "the story" after an outlet reported is that outlet's.
NEWS_PIECES = frozenset({"story", "report", "article"})


def _jointly(author: Token) -> Named | None:
    """ "The statement issued by DK, Jobbik, LMP and the Socialists": a document several bodies put
    out is theirs together, not the first named's."""
    last = max((c for c in author.conjuncts if c.i > author.i), key=lambda c: c.i, default=None)
    if last is None or author.pos_ != "PROPN":
        return None
    return Named(author.doc[author.left_edge.i : last.right_edge.i + 1].text, "other")


def speaks_here_or_next(verb: Token) -> bool:
    """ "It plans to sell bonds, and said that ...": a body's "it" speaks through its own verb or a
    speech verb coordinated with it that has no subject of its own."""
    shared = [c for c in verb.children if c.dep_ == "conj" and is_cue(c)]
    return is_cue(verb) or any(not has_own_subject(c) for c in shared)
