"""Repairs made on each subject (see `misparses.mend_a_subject`) for a verb the parser gave it wrongly.

- a name closing a phrase of roles (`role_names`), a naming aside between dashes (`asides`);
- the holder's name after a role of a body: "Former Deputy General Secretary of the National Democratic
  Congress (NDC), Koku Anyidoho, has commended ...": the parser may make the body the subject and the
  name its apposition, so that the party would speak; a name set off by commas right before the verb,
  after a title "of" the body, is the subject, and a person whatever the tagger typed it;
- a participle after a person read as the noun they modify: "said a senior police officer camping at
  the site": the parser may make "camping" the subject, "officer" a modifier on it, and the speaker
  would be "camping at the site"; the person is the subject, the participle a clause on them;
- one of a group named in apposition: "One of the fishermen Rais Mat Dali, 49, said ...": the parser
  makes "One" the subject and the name an apposition of the group, so that the speaker would be "One
  of the fishermen Rais Mat Dali, 49" and a later "he" no one; the name is the subject;
- the object of an opening gerund read as the subject: "After defeating Germany, Sweden skip, Sebastian
  Kraupp, said:": the parser makes "Germany" the subject and the speaker a conjunct of it, so that the
  country would speak; a subject right after a gerund with no object of its own is that object, and
  the name in apposition after the conjunct is the subject;
- a court's role after a name read as a second subject: "Laurie Scott, prosecuting said: ..." (the
  comma after the role lost): the parser makes "prosecuting" a subject beside the name, and it would
  speak; a participle right before the verb, after a name set off by a comma, is a clause on the name;
- an occupation opening a sentence, run with a person's name into one body: "Beekeeper Ivica Fajdetic
  of Rijeka said ...": the tagger may take it all for an organisation, so that a later "he" would
  find no person; a word of one's trade (not a given name) at the start of the sentence, then a given
  name and a surname, is a person named under their trade, from a place;
- a speech verb after "seem to" or "appear to": "Most economists seem to think that more rate rises
  are coming", "The minister appeared to suggest that taxes would rise". The parser makes "seem" the
  verb and the speech verb a clause under it, so that no one would be saying anything; the speech
  verb is the clause's verb, "seem to" only hedging it, and the subject its speaker;
- a list closing an opening clause read as the subject: "As the world battles droughts, wildfires and
  floods, a report from scientists says ...": the parser may make the last items the subject and the
  speaker their apposition; a subject that cannot speak, with an apposition that can set off by a
  comma right before the verb, gives the verb that apposition, and goes back to the list before it;
- a clause read into a speaker's coordinated subject: "Tickets for the tour sold out Tuesday, and
  promoter Live Nation said ..." (see `clause_read_into_a_coordinated_subject`);
- two people, each under a role, read as two subjects: "product lead Jo Kranz and vice president Amar
  Suri wrote": with a role before the second name the parser may make both names subjects of the verb
  (the "and" left on the first), so that only the one next to the verb would speak; a person's name
  right after the first name's "and" is its conjunct, and both speak;
- a list of places read as a second subject: "A survey by Calvex of adults in the U.S., the U.K., Germany
  and Japan found": the parser may end the subject at the first place and make the rest a subject of
  their own, so that the countries would find; a place after a comma, right after a place inside the
  first subject, continues that list;
- a statement made "clear" or "known": "The minister made it clear that taxes will rise", "Abbott has made
  it known that he will sign it": the parser hangs the that-clause on "clear", so that nobody says it;
  the clause is what the subject of "make" states;
- a bracketed aside read as a subject: "Onex Corp's (ONEX.TO) WestJet Group said": the parser may make
  the ticker in brackets a subject beside the name, and the first of them would speak; a subject in
  brackets beside another subject of its verb is an aside, on the subject after it;
- a role word read as a verb ("Product lead Sara Quint said", see `misread_roles`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .asides import naming_aside_read_as_the_verb
from .cues import CUE_ROLES
from .entities import HOLDER_ROLES, is_document, is_org_noun, looks_like_personal_name
from .given_names import NAME_PREFIXES, is_given_name
from .misread_roles import role_word_read_as_a_verb
from .partitives import statement_reads
from .persons import PEOPLE_NOUNS, PERSON_NOUNS
from .role_names import name_closing_a_role_phrase
from .views import can_speak

SEEMING = frozenset({"seem", "appear"})


# Letters a person's name may carry after it: degrees, honours, ranks at the bar.
CREDENTIALS = frozenset(
    "phd ph.d. ph.d m.d. dphil d.phil msc mba obe mbe cbe kbe dbe frs jr jr. sr. esq esq.".split()
)  # (not "MD", "BA", "SC", "KC", "RN", "MA": firms, courts, parties and states go by them too)


def credential_read_as_the_subject(subject: Token) -> None:
    """ "Acme chief executive Ana Ruiz, Ph.D. said": the letters after a name, set off by a comma, read
    as the verb's subject; the name before them speaks."""
    doc, verb = subject.doc, subject.head
    if subject.dep_ != "nsubj" or subject.lower_ not in CREDENTIALS or subject.i < 2:
        return
    name = doc[subject.i - 2]
    if doc[subject.i - 1].text != "," or name.pos_ != "PROPN" or name.ent_type_ not in {"", "PERSON"}:
        return
    if name.dep_ == "pobj" or subject.ent_type_ in {"GPE", "NORP"}:
        return  # ("After talks with Boeing, ..." : a name in an opening phrase)
    name.head, name.dep_ = verb, "nsubj"
    subject.head, subject.dep_ = name, "dep"  # (no apposition, which would name the speaker)


def mend_the_subjects_verb(subject: Token) -> None:
    """Each repair above, on one subject (each leaves a subject it does not fit as it was)."""
    clause_read_into_a_coordinated_subject(subject)
    clause_read_as_a_second_subject(subject)
    list_read_as_the_subject(subject)
    name_closing_a_role_phrase(subject)
    naming_aside_read_as_the_verb(subject)
    speech_after_seeming(subject)
    holder_read_as_the_bodys_apposition(subject)
    participle_read_as_the_person(subject)
    one_of_a_group_named(subject)
    object_of_an_opening_gerund(subject)
    role_participle_read_as_a_subject(subject)
    statement_reads(subject)
    credential_read_as_the_subject(subject)
    trade_run_into_a_name(subject)
    second_person_read_as_a_second_subject(subject)
    places_read_as_a_second_subject(subject)
    made_clear(subject)
    bracketed_aside_read_as_a_subject(subject)
    role_word_read_as_a_verb(subject)


def second_person_read_as_a_second_subject(subject: Token) -> None:
    """Make the second of two people under roles the first's conjunct (see above)."""
    verb, first = subject.head, _subject_before(subject)
    if subject.dep_ != "nsubj" or first is None or {first.ent_type_, subject.ent_type_} != {"PERSON"}:
        return
    joined = [c for c in first.children if c.dep_ == "cc" and c.lower_ == "and" and c.i == first.i + 1]
    if joined and subject.left_edge.i == first.i + 2 and subject.right_edge.i < verb.i:
        subject.head, subject.dep_ = first, "conj"


def speech_after_seeming(subject: Token) -> None:
    """Make the speech verb after "seem to" the verb of `subject` (see above)."""
    seem = subject.head
    if subject.dep_ != "nsubj" or seem.lemma_.lower() not in SEEMING or subject.i > seem.i:
        return
    cue = next((c for c in seem.children if c.dep_ == "xcomp" and c.lemma_.lower() in CUE_ROLES), None)
    if cue is None or not any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children):
        return
    for moved in [c for c in seem.children if c != cue]:
        moved.head = cue
    cue.head, cue.dep_ = (cue, "ROOT") if seem.dep_ == "ROOT" else (seem.head, seem.dep_)
    seem.head, seem.dep_ = cue, "aux"


def holder_read_as_the_bodys_apposition(subject: Token) -> None:
    """Make the holder's name after a role of a body the verb's subject (see above)."""
    verb, doc = subject.head, subject.doc
    if subject.dep_ != "nsubj" or subject.pos_ != "PROPN" or subject.i > verb.i:
        return
    names = [c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > subject.i]
    name = names[-1] if names else None
    if name is None or doc[name.left_edge.i - 1].text != "," or doc[name.i + 1].text != ",":
        return
    if any(t.dep_ not in {"aux", "auxpass", "neg", "advmod", "punct"} for t in doc[name.i + 1 : verb.i]):
        return
    text = doc[name.left_edge.i : name.i + 1].text
    role = doc[subject.left_edge.i : subject.i]
    titled = any(t.lower_ in HOLDER_ROLES and t.nbor().lower_ == "of" for t in role)
    if not titled or not (name.ent_type_ == "PERSON" or looks_like_personal_name(text)):
        return
    if name.ent_type_ != "PERSON":
        person = Span(doc, name.left_edge.i, name.i + 1, label="PERSON")
        doc.ents = [e for e in doc.ents if e.end <= person.start or e.start >= person.end] + [person]
    name.head, name.dep_ = verb, "nsubj"
    subject.head, subject.dep_ = name, "appos"
    doc[name.i + 1].head = verb  # (the comma closing the name's phrase)


def participle_read_as_the_person(subject: Token) -> None:
    """Make the person before a participle read as a noun the subject (see above)."""
    doc = subject.doc
    if (
        subject.dep_ != "nsubj"
        or subject.pos_ != "NOUN"
        or not subject.lower_.endswith("ing")
        or subject.i < 1
    ):
        return
    person = doc[subject.i - 1]
    if person.head != subject or person.dep_ != "compound" or person.lemma_.lower() not in PEOPLE_NOUNS:
        return
    if not any(c.dep_ == "prep" and c.i > subject.i for c in subject.children):
        return
    for t in [c for c in subject.children if c.i < person.i]:
        t.head = person
    person.head, person.dep_ = subject.head, subject.dep_
    subject.head, subject.dep_, subject.pos_, subject.tag_ = person, "acl", "VERB", "VBG"


def one_of_a_group_named(subject: Token) -> None:
    """Make the person named as one of a group the subject (see above)."""
    if subject.dep_ != "nsubj" or subject.lower_ != "one" or subject.i > subject.head.i:
        return
    group = [g for p in subject.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
    names = [a for g in group for a in g.children if a.dep_ == "appos" and a.ent_type_ == "PERSON"]
    if len(names) != 1 or names[0].pos_ != "PROPN":
        return
    name, verb = names[0], subject.head
    name.head, name.dep_ = verb, "nsubj"
    subject.head, subject.dep_ = name, "appos"


def object_of_an_opening_gerund(subject: Token) -> None:
    verb, doc = subject.head, subject.doc
    gerund = doc[subject.i - 1] if subject.i > 0 else None
    if subject.dep_ != "nsubj" or gerund is None or gerund.tag_ != "VBG" or gerund.i > verb.i:
        return
    if gerund.dep_ not in {"pcomp", "advcl"} or any(c.dep_ == "dobj" for c in gerund.children):
        return
    conj = [c for c in subject.children if c.dep_ == "conj" and c.i < verb.i]
    # (the name in apposition to the role after the comma, or hung on the object itself)
    names = [a for x in [subject, *conj] for a in x.children if a.dep_ == "appos" and a.ent_type_ == "PERSON"]
    if len(conj) != 1 or len(names) != 1 or names[0].i < conj[0].i:
        return
    subject.head, subject.dep_ = gerund, "dobj"
    names[0].head, names[0].dep_ = verb, "nsubj"


def role_participle_read_as_a_subject(subject: Token) -> None:
    verb, doc = subject.head, subject.doc
    gerund = subject.tag_ == "VBG" or (subject.pos_ == "NOUN" and subject.lower_.endswith("ing"))
    if subject.dep_ != "nsubj" or not gerund or subject.i + 1 != verb.i or subject.i < 2:
        return
    name = doc[subject.i - 2]
    if doc[subject.i - 1].text == "," and name.dep_ == "nsubj" and name.head == verb and name.pos_ == "PROPN":
        subject.head, subject.dep_ = name, "acl"


# Endings of a word for one's trade ("beekeeper", "farmer", "florist", "technician", "fisherman").
TRADE_ENDINGS = ("er", "or", "ist", "ian", "man", "woman")


def trade_run_into_a_name(subject: Token) -> None:
    doc = subject.doc
    ent = next((e for e in doc.ents if e.start <= subject.i < e.end), None)
    if subject.dep_ != "nsubj" or subject.pos_ != "PROPN" or ent is None or ent.label_ == "PERSON":
        return
    trade, given = ent[0], doc[ent.start + 1] if ent.start + 1 < len(doc) else None
    if given is None or not trade.is_sent_start or not trade.is_title or is_given_name(trade.text):
        return
    if trade.lower_ in NAME_PREFIXES:  # ("Trainer Ada Kwan": a title the report calls them by)
        return
    if not trade.lower_.endswith(TRADE_ENDINGS) or not is_given_name(given.text) or subject.i != given.i + 1:
        return
    doc.ents = [e for e in doc.ents if e != ent] + [Span(doc, given.i, subject.i + 1, label="PERSON")]


def clause_read_into_a_coordinated_subject(subject: Token) -> None:
    """ "Tickets for the tour sold out Tuesday, and promoter Live Nation said a show was added": the
    parser may read the first clause's verb as a participle on its last noun and coordinate its
    subject with the speaker of the clause after ", and"; the first clause is a sentence of its own,
    and only the name after ", and" speaks."""
    verb, doc = subject.head, subject.doc
    if subject.dep_ != "nsubj" or verb.dep_ != "ROOT" or verb.lemma_.lower() not in CUE_ROLES:
        return
    # (the parser may hang the ", and" and the name on the subject or on the last noun before it)
    cc = next((t for t in subject.subtree if t.dep_ == "cc" and t.lower_ == "and" and t.i > subject.i), None)
    conj = next((c for c in cc.head.children if c.dep_ == "conj"), None) if cc is not None else None
    if conj is None or doc[cc.i - 1].text != "," or conj.left_edge.i != cc.i + 1:
        return
    # ("..., and ticket agency Nordbillett said": the role after "and" read as the conjunct, the name
    # after it as a second subject)
    name = next(
        (
            c
            for c in verb.children
            if c.dep_ == "nsubj" and c.pos_ == "PROPN" and c.left_edge.i == conj.right_edge.i + 1
        ),
        None,
    )
    if name is not None and name.right_edge.i == verb.i - 1 and conj.pos_ == "NOUN":
        conj.head, conj.dep_ = name, "compound"
        conj = name
    if conj.right_edge.i != verb.i - 1 or not (conj.pos_ == "PROPN" or conj.ent_type_ in {"PERSON", "ORG"}):
        return
    acl = next(
        (
            t
            for t in doc[subject.i + 1 : cc.i - 1]
            if t.dep_ == "acl"
            and t.tag_ in {"VBD", "VBN"}
            and t.right_edge.i == cc.i - 2
            and not any(c.dep_ == "agent" for c in t.children)  # ("the plan drawn up by the council")
        ),
        None,
    )
    if acl is None:
        return
    acl.head, acl.dep_ = acl, "ROOT"
    subject.head, subject.dep_ = acl, "nsubj"
    verb.head, verb.dep_ = acl, "conj"
    cc.head = doc[cc.i - 1].head = acl
    conj.head, conj.dep_ = verb, "nsubj"


def list_read_as_the_subject(subject: Token) -> None:
    """See the module's notes: the apposition right before the verb speaks, the list goes back."""
    verb, doc = subject.head, subject.doc
    if subject.dep_ != "nsubj" or verb.lemma_.lower() not in CUE_ROLES or _speaks_itself(subject):
        return
    appos = next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i), None)
    if appos is None or appos.right_edge.i != verb.i - 1 or doc[appos.left_edge.i - 1].text != ",":
        return
    before = doc[subject.left_edge.i - 2] if subject.left_edge.i > 1 else None
    if before is None or doc[subject.left_edge.i - 1].text != "," or before.pos_ not in {"NOUN", "PROPN"}:
        return
    if not _speaks_itself(appos) or before.head.i == verb.i:
        return
    appos.head, appos.dep_ = verb, "nsubj"
    subject.head, subject.dep_ = before, "conj"


def _speaks_itself(noun: Token) -> bool:
    """A name, a person, a body or a document, by the word itself (not by what stands beside it)."""
    named = noun.pos_ == "PROPN" or noun.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}
    people = noun.lemma_.lower() in PERSON_NOUNS | PEOPLE_NOUNS
    return named or people or is_document(noun) or is_org_noun(noun)


def clause_read_as_a_second_subject(subject: Token) -> None:
    """ "The last agreement ended in June, but the union said it had been negotiating since October":
    the parser may read the first clause's verb as a participle on its subject and give the speech
    verb two subjects; the first clause is a sentence of its own, and only the one after "but" speaks."""
    verb, doc = subject.head, subject.doc
    if subject.dep_ != "nsubj" or verb.lemma_.lower() not in CUE_ROLES:
        return
    second = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > subject.i), None)
    acl = next((c for c in subject.children if c.dep_ == "acl" and c.tag_ in {"VBD", "VBN"}), None)
    if second is None or acl is None or acl.i < subject.i:
        return
    if not (_speaks_itself(second) or second.is_upper and len(second.text) > 1):  # ("MUA said")
        return
    cc = doc[second.left_edge.i - 1]
    if cc.dep_ != "cc" or cc.lower_ not in {"but", "and", "while"} or doc[cc.i - 1].text != ",":
        return
    if acl.right_edge.i != cc.i - 2 or any(c.dep_ == "agent" for c in acl.children):
        return
    if doc[acl.left_edge.i - 1].text == ",":
        return  # ("Harwick Foods, founded in 1952, and the union said ...": an aside, two speakers)
    acl.head, acl.dep_ = acl, "ROOT"
    subject.head = acl
    verb.head, verb.dep_ = acl, "conj"
    cc.head = doc[cc.i - 1].head = acl


def _subject_before(subject: Token) -> Token | None:
    """Another subject of the same verb, before this one (the parser gave the verb two)."""
    return next((c for c in subject.head.children if c.dep_ == "nsubj" and c.i < subject.i), None)


PLACES = frozenset({"GPE", "LOC"})


def places_read_as_a_second_subject(subject: Token) -> None:
    """Make a place continuing a list inside the first subject that list's conjunct (see above)."""
    doc, start, first = subject.doc, subject.left_edge.i, _subject_before(subject)
    if subject.dep_ != "nsubj" or subject.ent_type_ not in PLACES or first is None or start < 2:
        return
    before = doc[start - 2]
    inside = first.left_edge.i <= before.i <= first.right_edge.i
    if doc[start - 1].text == "," and before.ent_type_ in PLACES and before.dep_ == "pobj" and inside:
        subject.head, subject.dep_ = before, "conj"


# Words by which one "makes" a statement "clear", "known", "plain".
MADE_PLAIN = frozenset({"clear", "known", "plain"})


def made_clear(subject: Token) -> None:
    """Make the that-clause of "made (it) clear that" the content of "make", a verb of stating (see above)."""
    make = subject.head
    speaks = can_speak(subject, make) or subject.tag_ == "WP"  # (not "The storm made it clear that ...")
    if make.lemma_.lower() != "make" or subject.dep_ != "nsubj" or not speaks:
        return
    words = (c for c in make.children if c.dep_ in {"ccomp", "acomp", "oprd"} and c.lower_ in MADE_PLAIN)
    word = next(words, None)
    that = (c for c in (word.children if word is not None else ()) if c.dep_ in {"advcl", "ccomp", "csubj"})
    clause = next((c for c in that if any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)
    if clause is None:
        return
    clause.head, clause.dep_, word.dep_, make.lemma_ = make, "ccomp", "oprd", "state"
    for it in [c for c in word.children if c.dep_ == "nsubj"]:
        it.head, it.dep_ = make, "dobj"


def bracketed_aside_read_as_a_subject(subject: Token) -> None:
    """Hang a subject in brackets on the other subject of its verb, after it (see above)."""
    doc, at = subject.doc, subject.i
    if subject.dep_ != "nsubj" or at == 0 or at + 1 >= len(doc):
        return
    if doc[at - 1].text != "(" or doc[at + 1].text != ")":
        return
    other = next((c for c in subject.head.children if c.dep_ == "nsubj" and c.i > at), None)
    if other is not None:
        subject.head, subject.dep_ = other, "appos"
