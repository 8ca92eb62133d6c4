"""An account announced by its topic, with nothing said in the sentence itself: "Ana Obi, the
treasurer, gave a report on the year's finances. Very few problems came up, and every member was
paid on time." "In his address, Dunbar talked about changes that will mean farmers need a
prescription." A meeting's write-up tells each speaker's report this way.

What the speaker spoke of (the clauses inside the topic) is theirs; so are the sentences after it
in the same paragraph, up to the first that has a speaker of its own, a quotation, a new actor for
its subject, named or not ("The council voted", "Two residents walked out": the report telling what
happened) or "he"/"she" (someone's doings). "Spoke on" announces no topic ("spoke on the phone", "on
condition of anonymity"); "reported on" and "a report on" do. The announcing clause itself ("Obi
gave a report", "Hale and Obi talked about bullying and how to deal with it") stays the report's,
unless what it was on says something ("talked about changes that will mean farmers need ...") or is
figures reported on ("reported on revenues of over $30 million").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from .crediting import clauses_by_sentence, credit
from .cues import FIGURE_ENTS
from .entities import entity_span_text, is_org_noun, looks_like_personal_name
from .persons import PEOPLE_NOUNS, PERSON_NOUNS
from .segment import OPEN_QUOTES, TOGGLE_QUOTES, span_text
from .types import AttributedClause, Frame, Sentence

# Verbs of speaking on a topic, with the preposition that takes it ("spoke of", "talked about").
TOPIC_VERBS = frozenset({"speak", "talk", "report"})
# ("spoke on the phone", "spoke on condition of anonymity", "spoke on the final day": not a topic;
# "reported on", "a report on" are)
TOPIC_PREPS = {"speak": frozenset({"of", "about"}), "talk": frozenset({"of", "about"})}
REPORT_PREPS = frozenset({"of", "about", "on"})
# "gave a report on", "delivered an update on", "presented an overview of".
GIVING_VERBS = frozenset({"give", "deliver", "present", "provide"})
ACCOUNT_NOUNS = frozenset(
    "report update address speech talk overview presentation briefing account summary rundown".split()
)
# Entity labels of a preposition's object that is a when, not a topic ("spoke on Tuesday").
WHEN = frozenset({"DATE", "TIME"})
DAY_WORDS = frozenset({"today", "yesterday", "tomorrow", "tonight"})
SOMEONE_DOING = frozenset({"he", "she"})
PEOPLE = PERSON_NOUNS | PEOPLE_NOUNS


def _topics(root: Token) -> list[Token]:
    topical = TOPIC_PREPS.get(root.lemma_, REPORT_PREPS)
    preps = [c for c in root.children if c.dep_ == "prep" and c.lower_ in topical]
    if root.lemma_ in GIVING_VERBS:
        given = [c for c in root.children if c.dep_ == "dobj" and c.lemma_.lower() in ACCOUNT_NOUNS]
        if not given:
            return []
        preps += [p for n in given for p in n.children if p.dep_ == "prep" and p.lower_ in REPORT_PREPS]
    elif root.lemma_ not in TOPIC_VERBS:
        return []
    objects = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    return [o for o in objects if not _a_when(o)]


def _a_when(pobj: Token) -> bool:
    """ "spoke on Tuesday", "reported on March 3", "talked about today": a day, not a topic."""
    return pobj.ent_type_ in WHEN and (pobj.pos_ in {"PROPN", "NUM"} or pobj.lower_ in DAY_WORDS)


def announced_account(sentence: Sentence) -> tuple[Frame, list[Token]] | None:
    """(the speaker's frame, the topics' heads) when the sentence only says someone spoke on a topic."""
    root = sentence.span.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or sentence.display or any(c.dep_ == "ccomp" for c in root.children):
        return None
    if not (subject.pos_ == "PROPN" and _a_person(subject) or subject.lower_ in SOMEONE_DOING):
        return None
    if _quoted(sentence):
        return None
    topics = _topics(root)
    if not topics:
        return None
    return Frame(source=subject, role="said", cue=root.text, cue_index=root.i), topics


def _a_person(name: Token) -> bool:
    """A name that may be a person's (the tagger takes many for a body's: "Nadia Okafor" as ORG)."""
    return name.ent_type_ != "ORG" or looks_like_personal_name(entity_span_text(name)[0])


def _says_something(topic: Token) -> bool:
    """The topic holds a statement of its own ("new rules that will mean farmers need a vet"; not
    a question it took up, "how news media affects the police")."""
    return any(_a_statement(t) for t in topic.subtree)


def _figures_reported(root: Token, topics: list[Token]) -> bool:
    """ "reported on total revenues of over $30 million": the figures reported on are the speaker's."""
    after = [t for t in root.subtree if t.i > min(o.i for o in topics)]
    return root.lemma_ == "report" and any(t.ent_type_ in FIGURE_ENTS for t in after)


# Words by which a clause is a question taken up, not a statement ("how to deal with bullies").
ASKING = frozenset("how why whether what when where if".split())


def _a_statement(verb: Token) -> bool:
    children = list(verb.children)
    return (
        verb.pos_ in {"VERB", "AUX"}
        and any(c.dep_ == "nsubj" for c in children)
        and not any(c.lower_ in ASKING for c in children)
    )


def _quoted(sentence: Sentence) -> bool:
    return any(ch in span_text(sentence.span) for ch in OPEN_QUOTES + TOGGLE_QUOTES)


def _goes_on(sentence: Sentence, clauses: Sequence[AttributedClause]) -> bool:
    if not clauses or sentence.display or _quoted(sentence) or any(a.frame is not None for a in clauses):
        return False
    subjects = [t for t in sentence.span if t.dep_ in {"nsubj", "nsubjpass"}]
    # (a new actor, named or not: "The council voted 5-2", "Two residents walked out")
    actors = [
        t for t in subjects if t.dep_ == "nsubj" and (t.lemma_.lower() in PERSON_NOUNS or is_org_noun(t))
    ]
    return not actors and not any(t.pos_ == "PROPN" or t.lower_ in SOMEONE_DOING for t in subjects)


def accounts_go_on(
    sentences: Sequence[Sentence], attributed: Sequence[AttributedClause]
) -> list[AttributedClause]:
    """The clauses with each account announced by its topic credited to its speaker."""
    out = list(attributed)
    by_sentence = clauses_by_sentence(out)
    for n, sentence in enumerate(sentences):
        here = by_sentence.get(sentence.index, [])
        announced = announced_account(sentence) if here else None
        if announced is None or any(out[k].frame is not None for k in here):
            continue
        frame, topics = announced
        inside = {t.i for o in topics for t in o.subtree}
        # (the announcing clause too, when what it spoke of says something: "talked about new rules
        # that will mean ..."; "talked about bullying and how to deal with it" is the report's)
        if any(map(_says_something, topics)) or _figures_reported(sentence.span.root, topics):
            inside.add(sentence.span.root.i)
        credit(out, [k for k in here if out[k].clause.head.i in inside], frame, sentence)
        for after in sentences[n + 1 :]:
            following = by_sentence.get(after.index, [])
            if after.block_index != sentence.block_index or not _goes_on(after, [out[k] for k in following]):
                break
            credit(out, following, frame, sentence)
    return out
