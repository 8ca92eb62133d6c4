"""Stage 6b, sift: drop what reads as a clause but asserts nothing a fact-checker could check.

- questions ("Why is this so hard?", "Is that enough?"): a question asserts nothing;
- commands ("Start with the numbers", "Please don't go"): an imperative asserts nothing;
- empty equations ("A 41-year-old woman is a 41-year-old woman"): a description read back as the
  name it describes, when the parse hangs the name inside its own apposition;
- a line that is no sentence with no verb and no figure ("The Morning Herald"): a name or a label;
- a speech act with nothing said ("the mayor asked", after a quoted question): who spoke is not a claim;
- the page pointing its reader on ("the earlier story is below", "can be reached at 800-845-8450");
- a date alone, cut from a dateline ("July 16, 2016");
- an interview's courtesies ("Thank you for having me", "Good to be with you");
- a bare pronoun with a short predicate and nothing specific ("It was not enough", "That ends
  today"): with no name, number or date and nobody to read the pronoun as, there is nothing to check;
  "that is not true" judges a claim and stays (a denial);
- an auxiliary standing for a verb phrase said before it ("but no one could"): nothing of its own;
- notes on how the report was sourced ("spoke on condition of anonymity", "asked not to be named"):
  they say why a source is unnamed, not what happened; so does a spokesperson's job ("X is a
  spokesman for Y", from "said X, a spokesman for Y"): it says whose words follow.

Each test looks at the parse and the sentence's punctuation only, never at a report's words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Token

from .according_back import ACCORDING_BACK
from .attributed_ahead import ATTRIBUTE_TO
from .cues import is_cue, subject_of
from .judged_claims import TRUTH_WORDS
from .participles import SPEECH_SETTINGS
from .quoted_paragraphs import FOLLOWS, introduces_a_statement, speaker_label
from .segment import doc_text, in_quotes, span_text
from .speech_tags import QUOTED_AS_SAYING
from .told import MEANS_OF_SPEAKING
from .types import RenderedClause
from .wire_credits import outlet_credits

# Punctuation that ends a sentence; the first one after a clause says whether it was asked or told.
SENTENCE_ENDS = frozenset({".", "!", "?"})
# Auxiliaries an imperative may take ("Don't go", "Do look").
IMPERATIVE_AUX = frozenset({"do", "don't", "don’t", "dont", "n't", "n’t", "not", "never"})
# "Let's start with ...", "Let us be clear": a proposal to the reader, whatever the parse makes of it
LET_US = frozenset({"'s", "’s", "us"})
# Words that open a command before its verb.
COMMAND_OPENERS = frozenset({"please", "just", "now", "so", "and", "but", "then", "first", "do"})
# Verbs of asking: with nothing asked, only who spoke is left.
ASKING = frozenset({"ask", "wonder", "inquire", "enquire", "press", "question"})
# The site talking to its readers inside a paragraph: "you can send us your photos", "We apologise
# for the error".
TO_THE_READER = re.compile(
    r"\b(send us (your|any)|share your (photos|videos|pictures|stories)|(we|i) apologi[sz]e for)\b"
    # the page saying what follows: "Following is a summary of ...", "Following are excerpts"
    r"|^(the )?following (is|are) (an? )?(edited )?(summary|excerpts?|transcript|highlights|text)\b",
    re.IGNORECASE,
)
# The page pointing its reader somewhere or telling how to reach someone: "AP's earlier story is
# below", "The text of her speech is below", "Live updates under the cut:", "Reuters update on the
# damage here.", "Anyone with information is asked to call ...", "news producers can be reached at
# 800-845-8450", "Contact Newshub with your tips".
POINTERS = re.compile(
    r"\bcheck back (soon|later)\b|\b(earlier|previous|original) story is below\b|\bbreaking news update\b"
    r"|\bunder the cut\b|\bwith your (story )?tips\b|\bcan be obtained from\b|\b(click|read more) here\b"
    r"|\b(update|video|watch|episode|coverage|footage)\b.{0,80}\b(here|below)\W*$"
    r"|\b(text|transcript|speech|statement|letter)\b.{0,60}\b(is|are|follows|can be \w+) (here|below)\W*$"
    r"|^anyone with (any |additional |further )?information\b.{0,200}\b(asked|urged|encouraged|requested)\b"
    r"|\b(call|calling|contact|ring|reached)\b.{0,80}"
    r"(\(\d{3}\) ?\d{3}-\d{3,4}|\b\d{3}-\d{3}-\d{4}\b|\b0800 ?\d{3} ?\d{3,4}\b|\S+@\S+\.[a-z]{2,4}\b)",
    re.IGNORECASE,
)
# The writer in their own voice, and what they do to make a report.
WRITER_PRONOUNS = frozenset({"i", "we"})
REPORTING_ACTS = frozenset("speak talk meet interview ask contact reach email call visit".split())
# "on condition of anonymity", "asked not to be named", "declined to be identified"
ANONYMITY = re.compile(
    r"\b(on condition of anonymity|on condition that (?:they|he|she|it) not be (?:named|identified)"
    r"|(?:asked|declined|refused) (?:not )?to be (?:named|identified)"
    r"|(?:did not|didn't|didn’t|does not|doesn't|doesn’t) want(?:ed)? to be (?:named|identified)"
    r"|(?:were|was|are|is) not authori[sz]ed to (?:speak|comment))\b",
    re.IGNORECASE,
)


def asks(r: RenderedClause) -> bool:
    """The clause stands in a question: the first sentence-ending mark after its last word is "?"."""
    sentence = r.clause.sentence.span
    last = max(t.i for t in r.clause.tokens)
    for t in sentence.doc[last + 1 : sentence.end]:
        if t.text in SENTENCE_ENDS or t.text.endswith("?"):
            return t.text.endswith("?")
    return span_text(r.clause.sentence.span).rstrip(" ”\"'’").endswith("?")


def commands(r: RenderedClause) -> bool:
    """A main clause in the bare form of its verb, with no subject of its own or borrowed, and
    nothing before the verb but "please", "do"/"don't" and the like."""
    clause = r.clause
    words = [t for t in clause.tokens if not t.is_punct]
    if len(words) > 1 and words[0].lower_ == "let" and words[1].lower_ in LET_US:
        return True
    head = clause.head
    if clause.via not in {"main", "conj"} or clause.borrowed_subject or subject_of(head) is not None:
        return False
    if head.tag_ != "VB" or head.dep_ not in {"ROOT", "conj"}:
        return False
    if head.dep_ == "conj" and not commands_root(head):
        return False
    before = [t for t in clause.tokens if t.i < head.i and not t.is_punct]
    return all(_opens_command(t) for t in before)


def commands_root(conj: Token) -> bool:
    """ "Please don't go out, and look at the waves": a conjunct is a command when its first verb is."""
    first = conj
    while first.dep_ == "conj":
        first = first.head
    if subject_of(first) is not None or first.tag_ != "VB":
        return False
    return all(_opens_command(t) for t in first.lefts if not t.is_punct)


def _opens_command(t: Token) -> bool:
    return t.lower_ in COMMAND_OPENERS or (t.dep_ in {"aux", "neg"} and t.lower_ in IMPERATIVE_AUX)


def _words(tokens: Sequence[Token]) -> set[str]:
    return {t.lower_ for t in tokens if (t.is_alpha and not t.is_stop) or t.like_num}


def equates_with_itself(r: RenderedClause) -> bool:
    """ "Audenhaus is the German carmaker Audenhaus": a description whose every word of the name it
    is said of is already in it (or the other way round) says nothing about it."""
    clause = r.clause
    if clause.via != "appos" or not clause.borrowed_subject:
        return False
    subject, said = _words(clause.borrowed_subject), _words(clause.tokens)
    return bool(subject) and bool(said) and (subject <= said or said <= subject)


def says_nothing(r: RenderedClause) -> bool:
    """ "“Who pays for this?” the mayor asked": a speech verb left with its speaker alone."""
    head = r.clause.head
    introduces = span_text(r.clause.sentence.span).rstrip().endswith(":")
    if introduces and head.lower_ == "according":
        return True  # "According to Forte:", then his words
    if r.clause.via == "content" or not (is_cue(head) or head.lemma_.lower() in ASKING):
        return False
    # who spoke, and on being asked what ("Asked whether the plant would close, Obi said: “No.”")
    around = [subject_of(head)] + [c for c in head.children if c.dep_ == "advcl" and c.lemma_ in ASKING]
    # and when or how ("said on Sunday", "said by telephone", "said in a statement")
    if head.lemma_.lower() in PLAIN_SAYING:
        # (before a colon, whatever says where: "On CNBC, analyst Tom Forte said this morning:")
        around += [
            c for c in head.children if _when_or_how(c) or (introduces and c.dep_ in {"prep", "npadvmod"})
        ]
    spoken = {t.i for c in around if c is not None for t in c.subtree}
    rest = [t for t in r.clause.tokens if t.i not in spoken and t.i != head.i]
    return all(t.is_punct or t.dep_ in {"advmod", "aux", "neg", "intj"} for t in rest)


# Verbs that say only that something was said ("conceded on Sunday", "would respond within weeks" say more).
PLAIN_SAYING = frozenset("say tell add state write explain note comment".split())
# How a statement was made: "said by telephone", "said in a statement", "told reporters at a briefing".
MEANS_OF_SAYING = MEANS_OF_SPEAKING | frozenset(
    "statement interview briefing conference call tweet post".split()
)


def _when_or_how(c: Token) -> bool:
    if c.dep_ == "npadvmod" or c.ent_type_ in {"DATE", "TIME"}:
        return c.ent_type_ in {"DATE", "TIME"}
    objects = [g for g in c.children if g.dep_ == "pobj"] if c.dep_ in {"prep", "agent"} else []
    return bool(objects) and all(
        o.ent_type_ in {"DATE", "TIME"} or o.lemma_.lower() in MEANS_OF_SAYING for o in objects
    )


# Days named only from where the speaker stands: "That ends today" dates nothing.
DEICTIC = frozenset({"today", "tonight", "now", "yesterday", "tomorrow"})
# A vague claim this short (in words) says nothing checkable without its context.
VAGUE_MAX_WORDS = 4


def empty_talk(r: RenderedClause) -> bool:
    """ "It was not enough", "They did nothing": an unresolved pronoun, a few words, nothing specific;
    "I like that", "We picked them": a speaker's few words about themselves, the same."""
    subject = subject_of(r.clause.head)
    talking = subject is not None and subject.lower_ in {"i", "we"} and subject in r.clause.tokens
    # (about nothing named: "We pay people" says what they do; "I'm not going anywhere" denies something)
    named = any(t.pos_ in {"NOUN", "PROPN", "NUM"} or t.dep_ == "neg" for t in r.clause.tokens)
    talking = talking and not named
    if not (r.vague or talking) or len(r.text.split()) > VAGUE_MAX_WORDS:
        return False
    tokens = r.clause.tokens
    specific = any(
        (t.like_num or t.ent_type_ or t.pos_ == "PROPN") and t.lower_ not in DEICTIC for t in tokens
    )
    return not specific and not any(t.lower_ in TRUTH_WORDS for t in tokens)


def quoted_small_talk(r: RenderedClause) -> bool:
    """'"That's what we do," Noah said': a few quoted words with a bare pronoun for subject, kept
    whole with their tag, name nothing to check ('"It was true," Hill said' judges a claim; stays)."""
    if r.frame is None or not r.frame.direct_quote or r.clause.via != "cue":
        return False
    contents = [c for c in r.clause.head.children if c.dep_ in {"ccomp", "parataxis"}]
    subj = subject_of(contents[0]) if len(contents) == 1 else None
    if subj is None or subj.lower_ not in {"it", "this", "that", "they"}:
        return False
    tokens = list(contents[0].subtree)
    # ('"This was not sloppy paperwork," she told the jury' denies a reading of something named before)
    specific = any(
        t.like_num or t.ent_type_ or t.pos_ == "PROPN" or t.lower_ in TRUTH_WORDS or t.dep_ == "neg"
        for t in tokens
    )
    return len(tokens) <= VAGUE_MAX_WORDS + 1 and not specific


def notes_sourcing(r: RenderedClause) -> bool:
    """ "A senior official spoke on condition of anonymity to discuss the talks"; "We spoke at the
    agency's headquarters", "I asked the ministry for comment": the writer telling how the report
    was made, in their own voice; "you can send us your photos", "We apologise for the error": the
    site talking to its readers."""
    if ANONYMITY.search(r.text) is not None or ACCORDING_BACK.match(r.text) or ATTRIBUTE_TO.match(r.text):
        return True
    if QUOTED_AS_SAYING.search(r.text) and r.text.rstrip(".").endswith("as saying"):
        return True  # ('“...” The Courier quoted an official as saying.': the tag, not a claim)
    sentence = r.clause.sentence.span
    if not r.sources and TO_THE_READER.search(sentence.text) and not r.clause.sentence.opens_in_quote:
        return True
    head = r.clause.head
    subject = subject_of(head)
    return (
        not r.sources
        and subject is not None
        and subject.lower_ in WRITER_PRONOUNS
        and head.lemma_.lower() in REPORTING_ACTS
        and not in_quotes(doc_text(head.doc), head.idx, head.idx + len(head))
    )


def verbless(r: RenderedClause) -> bool:
    """ "The Morning Herald", "Transfer deadline day": words with no verb assert nothing (a line
    with a figure, "Revenue: $1.1bn vs. $1.2bn expected", keeps what it states)."""
    tokens = r.clause.tokens + r.clause.borrowed_subject
    sentence = r.clause.sentence
    if (
        speaker_label(sentence) is not None
        or FOLLOWS.search(span_text(sentence.span))
        or introduces_a_statement(sentence)
    ):
        return True  # "Hao Hong, chief strategist:", "The statement read as follows.": what follows is said
    # "Celtic XI: Hart, Ralston, Carter-Vickers, ...": a line-up names, it does not state
    named = _a_list_of_names(tokens)
    if not r.clause.sentence.display and not named:
        return False  # "Wayline disputes both points." is a sentence, however the parser read it
    counted = any(t.like_num for t in tokens) and not named
    return not any(t.pos_ in {"VERB", "AUX"} for t in tokens) and not counted and r.clause.link.strip() == ""


# The courtesies of an interview ("Thank you for having me", "Good to be with you"): nothing said.
PLEASANTRY = re.compile(
    r"^(thank you|thanks|good to (be with|see|have) you|good (morning|afternoon|evening)|welcome( back)?"
    r"|(it'?s |it is )?(nice|great|good|a pleasure) to (be|have|talk|speak)|my pleasure)\b",
    re.IGNORECASE,
)
PLEASANTRY_MAX_WORDS = 12


def pleasantry(r: RenderedClause) -> bool:
    return len(r.text.split()) <= PLEASANTRY_MAX_WORDS and bool(PLEASANTRY.match(r.text.replace("’", "'")))


# Jobs that say only that someone speaks for a body: how the report names its source, nothing to check.
SPEAKING_JOBS = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokespersons"})


def names_a_spokesperson(r: RenderedClause) -> bool:
    """ "Denzel McCampbell is a spokesman for Tlaib" (from "..., said Denzel McCampbell, a spokesman
    for Tlaib"): the description that tells whose words follow."""
    return r.clause.via == "appos" and r.clause.head.lower_ in SPEAKING_JOBS


# A claim of fewer words than this, where a page saved short stops mid-sentence, is a stump.
STUMP_WORDS = 4


def cut_short(r: RenderedClause) -> bool:
    """ "The recognized government", "The arrival make": the few words a page saved short ends on,
    after a full sentence of its paragraph (so not a headline), are no statement."""
    tokens = sorted(r.clause.tokens, key=lambda t: t.i)
    doc = r.clause.head.doc
    if not tokens or any(not t.is_space for t in doc[tokens[-1].i + 1 :]):
        return False
    if not any(t.text in SENTENCE_ENDS for t in doc[: r.clause.sentence.span.start]):
        return False
    return tokens[-1].text not in SENTENCE_ENDS and len(r.text.split()) < STUMP_WORDS


# A list of names after a label: this many names separated by commas at least.
LIST_OF_NAMES = 5


def _a_list_of_names(tokens: tuple) -> bool:
    commas = sum(t.text == "," for t in tokens)
    return commas >= LIST_OF_NAMES - 1 and all(t.is_punct or t.pos_ == "PROPN" or t.is_title for t in tokens)


# What an auxiliary left standing alone may have beside it: "but no one could", "and he did".
ELLIPSIS_COMPANY = frozenset(
    {"nsubj", "nsubjpass", "expl", "neg", "advmod", "punct", "cc", "mark", "intj", "det"}
)


def elided(r: RenderedClause) -> bool:
    """ "They could hear people calling, but no one could, because ...": an auxiliary standing for
    a verb phrase said before it repeats nothing checkable of its own; so does "The news comes"
    left when what it comes with ("as a report showed that ...") is a claim of its own."""
    head = r.clause.head
    bare = [t for t in r.clause.tokens if t.i > head.i and not t.is_punct]
    cut = any(t.i > head.i and not t.is_punct for t in r.clause.sentence.span) and not bare
    if head.lemma_.lower() in {"come", "follow"} and cut and r.clause.via == "main":
        return True
    after = [t for t in r.clause.tokens if t.i > head.i and not t.is_punct]
    # ("... but his family does": "do" standing for the verb phrase, whatever the tagger calls it)
    standing_in = head.pos_ == "AUX" or head.lemma_.lower() == "do"
    return standing_in and not after and all(c.dep_ in ELLIPSIS_COMPANY for c in head.children)


# Generic persons: "you can ...", "one can ..." in a speaker's words say what anyone could do, and
# "you must ...", "you should ..." what anyone ought to do: an appeal, not a finding.
GENERIC_PERSONS = frozenset({"you", "one"})
GENERIC_MODALS = frozenset({"can", "could", "must", "should"})


def speaks_generically(r: RenderedClause) -> bool:
    """ "“You can lock him up and make him disappear”", "“You must keep it safe”": rhetoric in
    someone's words about what anybody could or ought to do."""
    head = r.clause.head
    subject = subject_of(head)
    if subject is None and r.clause.borrowed_subject:
        subject = r.clause.borrowed_subject[0]
    if subject is None or subject.lower_ not in GENERIC_PERSONS or subject.pos_ != "PRON":
        return False
    if not any(c.dep_ == "aux" and c.lower_ in GENERIC_MODALS for c in head.children):
        return False
    if any(c.dep_ == "neg" for c in head.children):
        return False  # "you can't separate one from the other" is a finding put plainly
    return in_quotes(doc_text(head.doc), head.idx, head.idx + len(head)) or r.clause.sentence.opens_in_quote


def points_the_reader(r: RenderedClause) -> bool:
    return POINTERS.search(span_text(r.clause.sentence.span)) is not None


def sets_the_scene(r: RenderedClause) -> bool:
    """ "Commenting after the debate, Ms Berg said:" with her words in the next paragraph: the
    occasion of speaking, left alone when the speech verb has nothing after it."""
    head = r.clause.head
    setting = head.tag_ == "VBG" and head.lemma_.lower() in SPEECH_SETTINGS and head.dep_ == "advcl"
    return setting and is_cue(head.head) and subject_of(head) is None


def only_a_date(r: RenderedClause) -> bool:
    """ "July 16, 2016" cut from a dateline by its colon, "(Reuters, March 2)": nothing happened."""
    words = [t for t in r.clause.tokens if not t.is_punct]
    return bool(words) and (
        bool(outlet_credits(r.clause.sentence))
        or all(t.ent_type_ in {"DATE", "TIME"} and t.pos_ not in {"VERB", "AUX"} for t in words)
    )


def asserts_nothing(r: RenderedClause) -> bool:
    tests = (
        asks,
        commands,
        equates_with_itself,
        says_nothing,
        empty_talk,
        quoted_small_talk,
        notes_sourcing,
        verbless,
        speaks_generically,
        elided,
        cut_short,
        names_a_spokesperson,
        pleasantry,
        only_a_date,
        points_the_reader,
        sets_the_scene,
    )
    return any(test(r) for test in tests)


def sift(rendered: Sequence[RenderedClause]) -> tuple[RenderedClause, ...]:
    """The rendered clauses that assert something."""
    return tuple(r for r in rendered if not asserts_nothing(r))
