"""Repairs to the parse that the stages would otherwise read as a wrong speaker or a wrong subject, made
once on each parsed paragraph before segmenting.
"Neither Zelaya nor Roberto Micheletti, the military-backed leader who replaced him, had ...": the
parser hangs the apposition on the first of the coordinated names, so "the leader who replaced him"
would be Zelaya (and "Zelaya replaced Zelaya" a claim). An apposition set off by a comma right after
the last of coordinated names describes that last name.
"The mayor said the bridge was safe; engineers found cracks": the parser may make the clause before
the semicolon a complement of the verb after it, so the engineers would have "said" the mayor's
words. A subject's clause before a semicolon is a sentence of its own; the one after it is coordinated.

"The spokeswoman had earlier on Thursday played down ...": the parser may hang the subject on the
auxiliary; it is the verb's. "The 24-year-old testified that ...": the subject's words hung on the verb.
"..., a Bolton inquest heard": the tagger may read "heard" as a noun, with the inquest its modifier.
"It's a task that was made harder, concede scientists.": the closing tag may hang on a noun before it.
"She claimed the two men searched her, then threw her down": "threw" is the men's. "... since Monday,
Ryan Walsh, police spokesman said": the name is the spokesman's. "Sandy Levin, D-Royal Oak, who served
...": the "who" is Levin, not the place. "The agent played down talks of a move": a phrasal verb of
speech takes its one-word synonym's lemma."""

from __future__ import annotations

from spacy.tokens import Doc

from .believed_objects import subject_read_as_an_earlier_object
from .conjuncts import arguing_read_as_a_subject, conjunct_after_a_participles_content
from .deeds import deed_before_a_tag
from .entities import is_org_noun
from .findings_read_as_nouns import FINDING_WORDS, finding_read_as_a_noun
from .judged_claims import judgement_read_into_the_claim
from .misparses import (
    closing_tag_read_as_a_second_content,
    conjunct_of_the_content,
    content_read_as_an_object,
    mend_a_subject,
    role_read_as_a_second_subject,
    speaker_read_as_a_dependent,
    speech_hung_on_an_opening_participle,
    that_clause_read_as_relative,
)
from .misread_roles import name_after_coordinated_roles
from .opening_agents import subject_read_as_the_agents_apposition
from .persons import PERSON_NOUNS
from .predicates import going_on_to_say
from .roots import (
    closing_tag_read_as_a_conjunct,
    dashed_aside_read_as_the_content,
    description_read_as_the_root,
    figure_forecast_read_as_the_speaker,
    holder_read_as_the_bodys_object,
    name_after_a_place_read_as_its_apposition,
    relative_read_as_a_conjunct,
    speaker_read_into_the_last_object,
    speech_coordinated_into_the_content,
    statement_after_its_tag,
    verb_after_a_dashed_aside,
)
from .speech_participles import mend_an_aside
from .tag_openings import closing_tag_read_as_a_relative, speech_before_its_content_read_as_an_aside
from .views import can_speak

# Phrasal verbs of speech (verb, particle) and the one-word cue each stands for.
PHRASAL_CUES = {
    **{("play", "down"): "downplay", ("brush", "off"): "dismiss", ("brush", "aside"): "dismiss"},
    **{("shoot", "down"): "reject", ("hit", "back"): "respond", ("lash", "out"): "criticise"},
    ("speak", "out"): "say",
}


def reattach(doc: Doc) -> Doc:
    by_dep: dict[str, list] = {}
    for t in (tokens := list(doc)):  # one pass over the tokens; each repair reads only the labels it needs
        by_dep.setdefault(t.dep_, []).append(t)
    if any(t.text == ";" for t in by_dep.get("punct", ())):
        _semicolon_clauses(doc, by_dep.get("ccomp", []))
    _mend_subjects(doc, by_dep.get("nsubj", []) + by_dep.get("nsubjpass", []), by_dep.get("csubj", []))
    for verb in [t for t in tokens if t.pos_ == "NOUN" and t.lower_ in READ_AS_NOUNS]:
        _past_tense_read_as_a_noun(doc, verb)
    for word in [t for t in by_dep.get("nsubj", []) if t.lower_ in INSERTED_CUES and t.head.dep_ == "relcl"]:
        _inserted_cue_read_as_a_noun(doc, word)
    for obj in by_dep.get("dobj", []):
        _closing_tag_read_as_a_modifier(doc, obj)
        statement_after_its_tag(obj.head)
    for det in by_dep.get("det", []):
        _subject_read_as_the_verbs(doc, det)
    for conj in by_dep.get("conj", []):
        relative_read_as_a_conjunct(conj)
        closing_tag_read_as_a_conjunct(conj)
        conjunct_of_the_content(conj)
        conjunct_after_a_participles_content(conj)
        name_after_coordinated_roles(conj)
        subject_read_as_the_agents_apposition(conj)
    for subject in by_dep.get("nsubj", []):
        name_after_a_place_read_as_its_apposition(subject)
        mend_a_subject(subject)
        figure_forecast_read_as_the_speaker(subject) or holder_read_as_the_bodys_object(subject)
        _name_before_the_speakers_role(doc, subject) or role_read_as_a_second_subject(subject)
    for particle in by_dep.get("prt", []):
        if (lemma := PHRASAL_CUES.get((particle.head.lemma_.lower(), particle.lower_))) is not None:
            particle.head.lemma_ = lemma
    for appos in by_dep.get("appos", []):
        _apposition_after_coordinated_names(doc, appos)
    _clauses_on_nouns(doc, by_dep)
    return doc


def _clauses_on_nouns(doc: Doc, by_dep: dict[str, list]) -> None:
    for word in [t for t in by_dep.get("pobj", []) if t.lower_ in FINDING_WORDS]:
        finding_read_as_a_noun(word)
    for dependent in by_dep.get("aux", []) + by_dep.get("appos", []):
        speaker_read_as_a_dependent(dependent)
    for relcl in by_dep.get("relcl", []):
        _who_after_a_label(relcl)
        _who_after_the_nearest_name(doc, relcl)
        that_clause_read_as_relative(relcl) or closing_tag_read_as_a_relative(relcl)
        judgement_read_into_the_claim(relcl)
    for acl in by_dep.get("acl", []):
        judgement_read_into_the_claim(acl)
        speech_hung_on_an_opening_participle(acl)
        content_read_as_an_object(acl)
        verb_after_a_dashed_aside(acl)
    for aside in by_dep.get("parataxis", []):
        speech_before_its_content_read_as_an_aside(aside)
    for aside in by_dep.get("parataxis", []) + by_dep.get("advcl", []):
        mend_an_aside(aside)
    for ccomp in by_dep.get("ccomp", []):
        deed_before_a_tag(ccomp) or going_on_to_say(ccomp) or dashed_aside_read_as_the_content(ccomp)
        _participle_read_as_the_verb(ccomp) or closing_tag_read_as_a_second_content(ccomp)
        description_read_as_the_root(ccomp) or subject_read_as_an_earlier_object(ccomp)
        speaker_read_into_the_last_object(ccomp)
        speech_coordinated_into_the_content(ccomp)


def _hyphenated_prefix(doc: Doc, prefix) -> None:
    """ "co-captain Pietro Angeli said": the parser may make "co" and its hyphen subjects of their
    own; they are part of the subject after them."""
    if prefix.i + 2 >= len(doc) or prefix.whitespace_ or doc[prefix.i + 1].text != "-":
        return
    later = [c for c in prefix.head.children if c.dep_ == "nsubj" and c.i > prefix.i + 1]
    for t in (prefix, doc[prefix.i + 1]) if later else ():
        t.head, t.dep_ = later[0], "compound" if t is prefix else "punct"


def _mend_subjects(doc: Doc, subjects: list, clauses: list) -> None:
    """Each subject on its verb, not its auxiliary; a hyphenated prefix ("co-captain") inside it; an
    opening clause beside a noun subject no second subject ("Having reviewed the options CalMac said")."""
    for clause in (c for c in clauses if not arguing_read_as_a_subject(c)):
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.head.children):
            clause.dep_ = "advcl"
    for subject in subjects:
        if subject.dep_ == "nsubj":
            _hyphenated_prefix(doc, subject)
        if subject.head.dep_ in {"aux", "auxpass"}:
            subject.head = subject.head.head  # "The spokeswoman had earlier played down ...": the verb's


def _who_after_a_label(relcl) -> None:
    """ "Rep. Sandy Levin, D-Royal Oak, who served for 36 years": a "who" clause the parser hung on
    a label set beside a person's name (a party and a place, a hometown) is about the person."""
    label = relcl.head
    if label.dep_ != "appos" or label.ent_type_ == "PERSON" or label.pos_ != "PROPN":
        return
    if not any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ == "who" for c in relcl.children):
        return
    person = label.head
    if person.ent_type_ == "PERSON" and person.pos_ == "PROPN":
        relcl.head = person


def _who_after_the_nearest_name(doc: Doc, relcl) -> None:
    """ "his daughter Gianna, his nephew Brandon Williams who said ...": a "who" straight after a name
    (no comma between) is that person, not an earlier one in the list the parser hung it on."""
    who = doc[relcl.left_edge.i]
    if who.lower_ != "who" or who.dep_ != "nsubj" or who.i == 0:
        return
    name = doc[who.i - 1]
    while name.dep_ in {"compound", "flat"} and name.head.i > name.i:
        name = name.head
    if name.ent_type_ != "PERSON" or name.i == relcl.head.i or relcl.head.i > name.i:
        return
    if relcl.head.i in {a.i for a in name.ancestors}:
        relcl.head = name


def _apposition_after_coordinated_names(doc: Doc, appos) -> None:
    head = appos.head
    conjuncts = [c for c in head.children if c.dep_ == "conj" and c.i < appos.i]
    last = max(conjuncts, default=None, key=lambda c: c.i)
    if last is None:
        return
    between = doc[last.right_edge.i + 1 : appos.left_edge.i]
    if len(between) == 1 and between[0].text == ",":
        appos.head = last


# Past tenses of speech verbs never nouns (lemmas); present tenses read as verbs in a tag's place only.
NEVER_NOUNS = {"heard": "hear", "said": "say", "told": "tell", "read": "say"}  # (a release "read")
TAG_NOUNS = {
    **{"states": "state", "notes": "note", "reports": "report", "writes": "write", "adds": "add"},
    "projects": "project",  # ("Ana Obi will win the seat, the Courier projects")
}
READ_AS_NOUNS = NEVER_NOUNS.keys() | TAG_NOUNS.keys()


def _in_a_tags_place(doc: Doc, word) -> bool:
    """ ", WMC states, and ...": a name set off by a comma, then the word, then a comma or the end."""
    if word.lower_ not in TAG_NOUNS or word.i < 2 or doc[word.i - 1].pos_ != "PROPN":
        return False
    name_start = _tag_name_start(doc, word)
    after = doc[word.i + 1].text if word.i + 1 < len(doc) else "."
    return name_start > 0 and doc[name_start - 1].text == "," and after in {",", ".", "”", '"'}


def _tag_name_start(doc: Doc, word) -> int:
    """Where the name before a tag's verb starts, with its article ("the Daily Courier projects")."""
    start = doc[word.i - 1].left_edge.i
    return start - (start > 0 and doc[start - 1].lower_ == "the" and doc[start - 1].head == word)


def _past_tense_read_as_a_noun(doc: Doc, verb) -> None:
    """ "..., an inquest heard.": the verb is the sentence's last word after a comma; the parser
    may make it the root with the inquest its modifier, or a noun set beside the subject."""
    if verb.dep_ == "advcl" and _what_it_says(verb, verb.head):
        # ("The post read in its entirety, “Errors were found ...”": the quotation read as the root)
        root = verb.head
        verb.head, verb.dep_, root.head, root.dep_ = verb, "ROOT", verb, "ccomp"
    elif verb.dep_ != "ROOT":
        sentence = verb.sent
        ends = verb.i + 1 == sentence.end or doc[verb.i + 1].text in {".", "!", "?"}
        if verb.lower_ in TAG_NOUNS:
            ends = _in_a_tags_place(doc, verb)
        # (the name's own first word: the comma, or the object before it, may hang on the word)
        first = _tag_name_start(doc, verb) if verb.lower_ in TAG_NOUNS else verb.left_edge.i
        words = [c for c in verb.children if first <= c.i < verb.i]
        before = doc[first - 1] if first > sentence.start else None
        root = sentence.root
        if not (ends and words and before is not None and before.text == "," and root.i < before.i):
            return
        for c in [c for c in verb.children if c.i < first]:  # ("win Ohio, CNN projects": Ohio is won)
            c.head, c.dep_ = root, "dobj" if c.dep_ == "nmod" else c.dep_
        verb.head, verb.dep_, root.head, root.dep_ = verb, "ROOT", verb, "ccomp"
    elif verb.lower_ in TAG_NOUNS or not any(_what_it_says(verb, c) for c in verb.children):
        return
    verb.pos_, verb.tag_, verb.lemma_ = "VERB", "VBD", NEVER_NOUNS.get(verb.lower_) or TAG_NOUNS[verb.lower_]
    for c in [c for c in verb.children if c.dep_ == "advcl" and _what_it_says(verb, c)]:
        c.dep_ = "ccomp"


def _what_it_says(verb, clause) -> bool:
    """A clause under the word that is what it says: its ccomp, or (with a subject before the word)
    a quotation after it read as an adverbial ("The post read in its entirety, “Results were ...”")."""
    if clause.dep_ == "ccomp":
        return True
    after = clause.dep_ == "advcl" and clause.i > verb.i or clause == verb.head and clause.dep_ == "ROOT"
    quoted = after and clause.i > verb.i and any(t.is_quote for t in verb.doc[verb.i : clause.i])
    return quoted and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)


# Speech verbs put inside a relative clause: "a man who police allege had broken in".
INSERTED_CUES = {
    "allege": "allege",
    "say": "say",
    "claim": "claim",
    "believe": "believe",
    "suspect": "suspect",
}


def _inserted_cue_read_as_a_noun(doc: Doc, word) -> None:
    """ "a man who police allege had broken into a house": the parser may read "police allege" as a
    noun, the subject of the relative clause; the speech verb holds the clause, "who" its subject."""
    clause, relative = word.head, doc[word.left_edge.i - 1] if word.left_edge.i > 0 else None
    speakers = [c for c in word.children if c.dep_ == "compound"]
    if (
        relative is None
        or relative.tag_ not in {"WP", "WDT"}
        or relative.head != clause
        or len(speakers) != 1
    ):
        return
    word.head, word.dep_, word.pos_, word.tag_ = clause.head, "relcl", "VERB", "VBP"
    word.lemma_ = INSERTED_CUES[word.lower_]
    speakers[0].head, speakers[0].dep_ = word, "nsubj"
    clause.head, clause.dep_ = word, "ccomp"
    relative.dep_ = "nsubjpass" if any(c.dep_ == "auxpass" for c in clause.children) else "nsubj"


# Verbs that close a sentence as an inverted speech tag (", concede scientists.", ", say officials.").
CLOSING_TAGS = frozenset(
    "say concede admit add warn argue insist note explain acknowledge contend confirm report".split()
)  # (and "announce", "state" before a phrase with no commas: ", announced spokesperson Ana Obi.")


def _closing_tag_read_as_a_modifier(doc: Doc, obj) -> None:
    verb = obj.head
    sentence = verb.sent
    said = any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)  # ", warn engineers." as the root
    plain = verb.lemma_.lower() in {"announce", "state"} and "," not in (t.text for t in obj.subtree)
    inverted = (verb.lemma_.lower() in CLOSING_TAGS or plain) and verb.tag_ not in {"VBG", "VBN"}
    # (coordinated without "and" in the present: ", warn engineers." is no second thing the bridge does)
    # (", confirmed the officials.": in the past only with one who can speak after it)
    speaker = obj.lemma_.lower() in PERSON_NOUNS or obj.ent_type_ in {"PERSON", "ORG"}
    speaker = speaker or is_org_noun(obj) and verb.lemma_ in {"announce", "confirm", "state", "say", "report"}
    listed = verb.dep_ == "conj" and (verb.tag_ in {"VBP", "VB"} or (verb.tag_ == "VBD" and speaker))
    listed = listed and not any(c.dep_ == "cc" for c in verb.head.children)
    if not inverted or not (verb.dep_ in {"acl", "relcl", "advcl"} or said or listed):
        return
    if verb.i == sentence.start or doc[verb.i - 1].text != "," or obj.left_edge.i != verb.i + 1:
        return
    last = max(t.i for t in sentence if not t.is_punct)
    ends = max(t.i for t in verb.subtree if not t.is_punct)
    if ends != last or obj.pos_ not in {"NOUN", "PROPN"} or sentence.root.i > verb.i:
        return
    root = sentence.root
    if root.i != verb.i:
        verb.head, verb.dep_, root.head, root.dep_ = verb, "ROOT", verb, "ccomp"
    obj.dep_ = "nsubj"


def _subject_read_as_the_verbs(doc: Doc, det) -> None:
    """ "The 24-year-old testified that ...": the parser may hang the subject's words on the verb (its
    article too) and leave the verb with no subject; the word before the verb heads the subject."""
    verb = det.head
    if verb.pos_ != "VERB" or det.i > verb.i or verb.i == 0:
        return
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in verb.children):
        return
    word = doc[verb.i - 1]
    if word.head.i == verb.i and word.dep_ in {"amod", "compound", "npadvmod"}:
        word.dep_ = "nsubj"
        det.head = word


# A subject pronoun and the object pronoun that cannot be the same person in one clause.
SPEECH_LEMMAS = frozenset({"say", "add", "tell", "explain", "write", "state", "confirm", "note"})


def _name_before_the_speakers_role(doc: Doc, subject) -> None:
    """ "... since Monday, Ryan Walsh, police spokesman said": the parser may hang the name on the
    words before it (a conjunct of "Monday"); a person's name set off by a comma right before the
    bare role noun that says something is that speaker's name."""
    verb = subject.head
    if verb.lemma_.lower() not in SPEECH_LEMMAS or subject.i > verb.i or subject.tag_ != "NN":
        return
    if any(c.dep_ in {"det", "nummod", "poss"} for c in subject.children):
        return  # "Ryan Walsh, the spokesman, said" is parsed well; only the bare role is mended
    comma = subject.left_edge.i - 1
    name = doc[comma - 1] if comma > 0 else None
    if name is None or doc[comma].text != "," or name.pos_ != "PROPN":
        return
    # (not "on Pheasant Run Drive, police said": a place or a body is no one's name)
    placed = name.ent_type_ in {"ORG", "GPE", "LOC", "FAC"}
    given = not placed and any(c.dep_ == "compound" and c.tag_ == "NNP" and c.is_title for c in name.children)
    full = name.ent_type_ == "PERSON" or given
    # ("Addressing Cllr Ana Hale, one library user said": whom the speaker addressed is not them)
    if full and name.dep_ not in {"nsubj", "dobj", "compound"} and name.head.i < name.i:
        name.head, name.dep_ = subject, "appos"


def _semicolon_clauses(doc: Doc, complements: list) -> None:
    """A clause before a semicolon that the parser hung as the complement of the verb after it
    takes that verb's place (the root, or the content of "said"); the verb after it is coordinated."""
    verbs = sorted({c.head.i: c.head for c in complements if c.i < c.head.i}.values(), key=lambda t: t.i)
    while verbs:  # "A; B; C": the clause before each semicolon in turn
        verb = doc[verbs.pop().i]
        before = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
        for clause in before:
            has_subject = any(g.dep_ in {"nsubj", "nsubjpass"} for g in clause.children)
            if has_subject and any(t.text == ";" for t in doc[clause.right_edge.i + 1 : verb.i]):
                root = verb.dep_ == "ROOT"
                head, dep = (clause, "ROOT") if root else (verb.head, verb.dep_)
                verb.head, verb.dep_ = clause, "conj"
                clause.head, clause.dep_ = head, dep
                verbs.append(doc[clause.i])
                break


def _participle_read_as_the_verb(clause) -> None:
    """ "The Galaxy Fold, announced Wednesday in San Francisco, will sell for $1,980": the parser may
    read the participle set off by commas as the sentence's verb, with the noun its subject and the
    real predicate ("will sell", no subject of its own) as what was announced. The predicate is the
    root, the noun its subject, the participle a description of the noun."""
    verb = clause.head
    doc = clause.doc
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or verb.tag_ not in {"VBD", "VBN"} or clause.i < verb.i:
        return
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in clause.children):
        return
    opens_with_aux = clause.left_edge.dep_ == "aux" and clause.left_edge.tag_ == "MD"
    commas = doc[verb.i - 1].text == "," and doc[clause.left_edge.i - 1].text == ","
    # ("The situation described in the hearing was different ...": a thing, which says nothing)
    thing = subject.pos_ == "NOUN" and clause.lemma_ == "be" and not can_speak(subject, verb)
    thing = thing and verb.dep_ == "ROOT" and not any(c.dep_ == "dobj" for c in verb.children)
    if not (opens_with_aux and commas) and not thing:
        return
    clause.head, clause.dep_ = clause, "ROOT"
    verb.head, verb.dep_ = subject, "acl"
    subject.head = clause
    for after in [c for c in verb.children if c.i > clause.i]:
        after.head = clause  # (the closing stop is the sentence's)
