"""People described rather than named ("the governor", "the Tesla tycoon", "the ministry's
spokeswoman"): whether a noun phrase describes one person, how to write the description, and the
sex a role noun gives away. Used by the resolver so a pronoun after a description points back to
it, and a name is never written where the report described someone else.
"""

from __future__ import annotations

from spacy.tokens import Token

from .entities import DOCUMENT_NOUNS, ROLE_WORDS, TITLES, is_org_noun, looks_like_personal_name
from .given_names import is_given_name
from .name_words import ROLE_ABBREVIATIONS
from .registry import Entity
from .segment import doc_text, in_quotes

# Nouns for one person by what they do or are, beyond the titles written before names. A definite
# description headed by one of these ("the coach", "the Tesla tycoon") stands for one person.
PERSON_NOUNS = (
    TITLES
    | frozenset(
        "director manager coach founder owner lawyer doctor nurse teacher researcher scientist economist "
        "analyst player striker tycoon billionaire millionaire businessman businesswoman entrepreneur "
        "executive boss leader head official candidate lawmaker legislator councillor councilor activist "
        "campaigner author banker investor trader defendant plaintiff witness victim suspect chief "
        "businessperson chair incumbent challenger rival predecessor successor premier pilot driver "
        "master resident neighbour neighbor tenant student parent patient client worker employee member "
        "voter fan supporter farmer passenger expert engineer consultant adviser advisor aide barrister "
        "solicitor auditor accountant investigator constable paramedic firefighter surgeon physician "
        "midwife lecturer historian priest vicar founder landlord referee midfielder defender goalkeeper "
        "athlete cyclist motorist pedestrian survivor claimant applicant mp diplomat protester organiser "
        "organizer volunteer meteorologist forecaster epidemiologist academic economist researcher "
        "spokesperson boy girl child youngster toddler baby teenager teen man woman son daughter mother "
        "husband wife brother sister superintendent principal headteacher treasurer".split()
    )
    | ROLE_ABBREVIATIONS
)

# Role nouns that give away the holder's sex, as the pronouns "she" and "he" do.
FEMININE_ROLES = frozenset(
    "spokeswoman chairwoman businesswoman congresswoman actress queen princess duchess countess "
    "mother daughter wife sister widow grandmother mrs ms miss dame lady girl woman schoolgirl".split()
)
MASCULINE_ROLES = frozenset(
    "spokesman chairman businessman congressman actor king prince duke count father son husband "
    "brother widower grandfather mr sir lord boy man schoolboy".split()
)


def gender_of_role(token: Token) -> str | None:
    word = token.lower_.rstrip(".")
    if word in FEMININE_ROLES:
        return "f"
    if word in MASCULINE_ROLES:
        return "m"
    return None


# Last words of a sports club's name ("Manchester United", "Bristol Rovers", "Hartwell FC").
CLUB_WORDS = frozenset("united rovers wanderers athletic albion hotspur fc afc city".split())


def may_be_person(e: Entity) -> bool:
    """A person, or a name the tagger took for something else that looks like a person's
    ("Ana Costa" tagged as an organisation): a "she" or "he" may point back to it."""
    acronym = " " not in e.name and e.name.isupper() and len(e.name) <= 5
    if acronym and e.name.lower() not in ROLE_ABBREVIATIONS:
        return False  # "GTA", "NHS": an acronym names a body, whatever a pronoun was guessed to mean
    if e.name.split()[-1].lower() in CLUB_WORDS:
        return False  # "Manchester United": a club, whatever the tagger took it for
    # ("Game Warden Scott Thiede": a title the tagger ran into the name, a given name and a surname last)
    tail = " ".join(e.name.split()[-2:])
    titled = looks_like_personal_name(tail) and is_given_name(tail.split()[0])
    return e.kind == "person" or (e.kind == "other" and (looks_like_personal_name(e.name) or titled))


def is_person_description(token: Token) -> bool:
    """ "the governor", "The Tesla tycoon", "the ministry's spokeswoman": a definite singular noun
    phrase headed by a noun for a person, with no name given beside it."""
    if an_age(token):
        return True  # "The 24-year-old testified ..."
    # ("the Conservative MP": a role the tagger read as a name is still a role)
    role = token.pos_ == "NOUN" and token.tag_ == "NN" or token.tag_ == "NNP" and token.lower_ in ROLE_WORDS
    role = role or abbreviated_role(token)
    if not role or token.lemma_.lower() not in PERSON_NOUNS:
        return False
    if is_org_noun(token) or token.lemma_.lower() in DOCUMENT_NOUNS:
        return False
    if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in token.children):
        return False  # "the spokesperson, Ana Ruiz": named
    if token.dep_ in {"compound", "appos", "attr"}:
        # "Governor Hale", "Ruiz, the governor", "who was the senior director": part of a name, or
        # said of someone already there
        return False
    return any((c.dep_ == "det" and c.lower_ == "the") or c.dep_ == "poss" for c in token.children)


def role_phrase(noun: Token) -> str:
    """A role noun with its modifiers and possessor: "ministry's spokeswoman", "transport minister"."""
    words = []
    for x in noun.children:
        if x.i >= noun.i:
            continue
        if x.dep_ in {"compound", "amod"}:
            words.append(x.text)
        elif x.dep_ == "poss" and x.pos_ in {"NOUN", "PROPN"}:
            words.append("".join(t.text_with_ws for t in x.subtree if t.dep_ != "det").strip())
    return " ".join([*words, noun.text])


def an_age(token: Token) -> bool:
    """ "the 24-year-old" heading a subject: a person described by their age; so is "the 21-year-old
    forward", an age on a noun for a person (not "the 100-year-old bridge")."""
    if token.dep_ not in {"nsubj", "nsubjpass"} or not any(
        c.dep_ == "det" and c.lower_ == "the" for c in token.children
    ):
        return False
    age = token if token.lower_ == "old" else None
    if age is None and token.lemma_.lower() in PEOPLE_NOUNS | AGED_ONLY:
        age = next((c for c in token.children if c.dep_ == "amod" and c.lower_ == "old"), None)
    return age is not None and any(
        c.lemma_.lower() in {"year", "month"} and c.dep_ == "npadvmod" for c in age.children
    )


def description_phrase(noun: Token) -> str:
    """How the report describes the person, as a name: "the Tesla tycoon", "the governor"."""
    if an_age(noun):
        return noun.doc[noun.left_edge.i : noun.i + 1].text  # as written: "The 24-year-old"
    owned = any(  # (a name that owns it, with no article of its own: "Smith's", not "the League's")
        c.dep_ == "poss" and c.pos_ == "PROPN" and all(t.dep_ != "det" for t in c.subtree)
        for c in noun.children
    )
    return role_phrase(noun) if owned else f"the {role_phrase(noun)}"  # ("Smith's lawyer", not "the ...")


def glosses_a_name(token: Token) -> bool:
    """A description set in apposition to a proper name, either way round ("Ana Ruiz, an
    epidemiologist and the study's lead author"; "the environment secretary, Hannah Wexley")."""
    # a description coordinated inside the apposition, wherever the parser hung the conjunct
    # ("an epidemiologist at the university and the study's lead author")
    heads = [token, *token.ancestors] if token.dep_ == "conj" else [token]
    if any(h.dep_ == "appos" and h.head.pos_ == "PROPN" for h in heads):
        return True
    return any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in token.children)


# Reflexives point back to their own clause's subject ("he familiarized himself"), never further.
REFLEXIVES = frozenset({"himself", "herself"})
# Participles by which one speaks beside an act ("..., with Mr Hale calling the milestone amazing").
SPEAKING_PARTICIPLES = frozenset("call describe say tell insist add warn claim".split())


def speaks_in_participle(t: Token) -> bool:
    """ "with Mr Hale calling the milestone amazing", "Hale saying ...": one who speaks, so a later
    "He said" may point back to them."""
    doc = t.doc
    after = doc[t.i + 1] if t.i + 1 < len(doc) else t
    absolute = t.dep_ == "pobj" and t.head.lower_ == "with" and after.tag_ == "VBG"
    verb = after if absolute else t.head
    subject = absolute or t.dep_ == "nsubj"
    return subject and verb.tag_ == "VBG" and verb.lemma_.lower() in SPEAKING_PARTICIPLES


def reflexive_subject(pronoun: Token) -> Token | None:
    """The subject of the clause a reflexive pronoun sits in, through coordinated and infinitive
    verbs ("was not assigned to the trip and was familiarizing himself"); None if the parse has none
    or the pronoun is emphatic ("the minister himself")."""
    if pronoun.lower_ not in REFLEXIVES:
        return None
    verb = pronoun.head
    while verb.pos_ in {"VERB", "AUX"}:
        subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is not None or verb.dep_ not in {"conj", "xcomp"}:
            return subj
        verb = verb.head
    return None


def appositive_pair(t: Token) -> tuple[Token, Token] | None:
    """(name, role noun) when `t` joins a name to a role: "The ministry spokesperson, Ana Ruiz",
    "Maria Alvarez, the transport minister", "the EU's competition commissioner"."""
    if t.dep_ != "appos":
        return None
    # ("Police: Trooper in Fatal Crash Was Speeding": a label and what it says, no gloss)
    if any(x.text == ":" for x in t.doc[min(t.i, t.head.i) : max(t.i, t.head.i)]):
        return None
    # ("Malone who is handing over to Governor Sir Julius Tan said": a name past a clause on the noun)
    if any(r.dep_ == "relcl" and t.head.i < r.i < t.i for r in t.head.children):
        return None
    # ("Governor of Badakhshan, Shah Waliullah": a role written with a capital, read as a name)
    capital_role = t.head.pos_ == "PROPN" and t.head.lower_ in PERSON_NOUNS and t.head.ent_type_ != "PERSON"
    if t.pos_ == "PROPN" and (t.head.pos_ == "NOUN" or capital_role):
        return t, _holder_of(t.head)
    if t.pos_ == "NOUN" and t.head.pos_ == "PROPN" and not is_org_noun(t):
        # only a definite role names one person
        if any((c.dep_ == "det" and c.lower_ == "the") or c.dep_ == "poss" for c in t.children):
            return t.head, t
    return None


def _holder_of(role: Token) -> Token:
    """ "Spokesman to the Takhar governor, Sanullah Timori": the name hangs on the nearer noun, but
    names the person whose role it is of or to ("spokesman", not "governor")."""
    prep = role.head if role.dep_ == "pobj" else None
    holder = prep.head if prep is not None and prep.dep_ == "prep" else None
    if holder is not None and holder.lower_ in PERSON_NOUNS | TITLES and prep.lower_ in {"to", "for", "of"}:
        return holder
    return role


# Honorifics that say a person's gender.
HONORIFICS = {
    **dict.fromkeys(["mrs", "ms", "miss", "dame", "lady", "madam"], "f"),
    **dict.fromkeys(["mr", "sir", "lord"], "m"),
}


def honorific_gender(name: Token) -> str | None:
    """ "Miss Clewer", "Mr Tom Hale": the gender the honorific in front of a name gives."""
    for t in name.doc[name.left_edge.i : name.i]:
        gender = HONORIFICS.get(t.lower_.rstrip("."))
        if gender is not None:
            return gender
    return None


def titled(name: Token) -> bool:
    """ "Bishop O'Donoghue", "Mr Hale", "President Ruto": a title in front says a person is named."""
    return any(
        t.lower_.rstrip(".") in TITLES or t.lower_.rstrip(".") in HONORIFICS
        for t in name.doc[name.left_edge.i : name.i]
    )


# Nouns for a person by age or sex, besides roles: "the girl", "a woman".
KIN_AND_AGE = frozenset("girl boy woman man child teenager baby toddler pupil".split())
# Nouns for people of any kind: roles, age and sex, and those a story asks for their views.
PEOPLE_NOUNS = (
    PERSON_NOUNS
    | KIN_AND_AGE
    | frozenset(
        "strategist critic observer insider participant respondent delegate pollster commentator "
        "forward midfielder defender goalkeeper winger".split()
    )
)


# Nouns for a person only beside an age ("the 19-year-old Ontario native", "the 20-year-old sophomore").
AGED_ONLY = frozenset("native freshman sophomore junior senior graduate veteran retiree rookie local".split())


def owned_by_described_subject(pronoun: Token) -> bool:
    """ "The girl had told her mother": a possessive whose own clause has a person described, not
    named, as its subject most likely means that person, so no name is written in for it."""
    if pronoun.dep_ != "poss":
        return False
    verb = pronoun.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or (
        subject.lower_ not in HE_OR_SHE_THINGS and (subject.pos_, subject.tag_) != ("NOUN", "NN")
    ):
        return False  # ("filly" is tagged an adverb)
    if subject.left_edge.i <= pronoun.i <= subject.right_edge.i:
        return False  # "her client denied": the pronoun is the subject's owner, not owned by it
    word = subject.lemma_.lower()
    return word in PEOPLE_NOUNS or subject.lower_ in HE_OR_SHE_THINGS or gender_of_role(subject) is not None


# Animals and vessels a report calls "he" or "she": "the filly deserved her win".
HE_OR_SHE_THINGS = frozenset("filly mare colt stallion gelding horse dog cat ship vessel boat yacht".split())


def inside_described_speech(pronoun: Token) -> bool:
    """ "Another man who spoke said he was 13 when X lured him into a sauna": a pronoun in what a
    person described, not named, says most likely means that person, so no name is written in for
    it (the name the report gave last is someone else's)."""
    for verb in pronoun.ancestors:
        if verb.pos_ not in {"VERB", "AUX"} or not any(
            c.dep_ in {"ccomp", "parataxis"} for c in verb.children
        ):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ in {"NUM", "PRON"}:
            # "One, a retired nurse, said her rent ...": the one counted, described beside it
            subject = next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "NOUN"), subject)
        if subject is None or subject.i > pronoun.i or subject.pos_ != "NOUN" or subject.tag_ != "NN":
            continue
        if any(c.dep_ in {"appos", "compound"} and c.pos_ == "PROPN" for c in subject.children):
            continue  # "A lawyer for one of the men, Sophie Blanc, said her client ...": named
        if subject.lemma_.lower() in PEOPLE_NOUNS or gender_of_role(subject) is not None:
            return True
    return False


def person_read_as_a_modifier(subject: Token) -> Token | None:
    """ "Professor Ana Sani of Universiti Utara Malaysia is ...": a long name made the parser hang
    the person under the place as its modifier; the person is the subject."""
    if subject.pos_ != "PROPN" or subject.ent_type_ not in {"GPE", "LOC", "ORG", "FAC"}:
        return None
    return next(
        (
            g
            for g in subject.children
            if g.dep_ == "nmod"
            and g.pos_ == "PROPN"
            and g.i < subject.i
            and any(x.ent_type_ == "PERSON" for x in g.subtree)
        ),
        None,
    )


def out_of_brackets(subject: Token | None) -> Token | None:
    """ "Cllr Steve Osborne (Con, Long Buckby) said": a subject in brackets right after a name is the
    name's party or ward; the name speaks."""
    if subject is None:
        return None
    doc = subject.doc
    start = min([subject.i] + [c.left_edge.i for c in subject.children if c.dep_ in {"compound", "flat"}])
    opened = next((i for i in range(start - 1, max(-1, start - 6), -1) if doc[i].text in {"(", ")"}), None)
    end = subject.right_edge.i + (doc[subject.right_edge.i].text != ")")
    if opened is None or opened == 0 or doc[opened].text != "(" or end >= len(doc) or doc[end].text != ")":
        return subject
    before = doc[opened - 1]
    return before if before.pos_ == "PROPN" and before.ent_type_ == "PERSON" else subject


# Participles that set the scene of a statement ("Speaking in Oslo, the minister ...").
SCENE_PARTICIPLES = frozenset("speak talk address write testify appear answer respond reply brief".split())


def past_the_scene(subject: Token | None) -> Token | None:
    """ "Speaking in Oslo, Norway's energy minister, Ola Berg, dismissed ...": when the parser makes
    the scene-setting participle the subject, the speaker is the person set in apposition in it."""
    if subject is None or subject.tag_ != "VBG":
        return subject
    # "European leaders gathering at a summit in Tirana have said": the participle describes the
    # speakers the parser hung under it as its subject
    own = next((c for c in subject.children if c.dep_ in {"nsubj", "compound"} and c.i < subject.i), None)
    if own is not None and own.pos_ in {"NOUN", "PROPN"}:
        return own
    # "Winding up the debate on X, Minister Ana Ruiz said": any scene-setting participle
    named = next((t for t in subject.subtree if t.dep_ == "appos" and t.pos_ in {"NOUN", "PROPN"}), None)
    # "Opening the trial, prosecuting barrister David Parvin said": the name read as an object
    comma = next((t.i for t in subject.subtree if t.text == ","), None)
    people = [t for t in subject.subtree if comma is not None and t.i > comma and t.ent_type_ == "PERSON"]
    people = [t for t in people if t.pos_ == "PROPN" and t.dep_ not in {"compound", "flat"}]
    last = subject.right_edge  # "Talking about the game Man City coach said": no comma, the speaker ends it
    if not people and subject.lemma_.lower() in SCENE_PARTICIPLES and last.i == subject.head.i - 1:
        people = [last] if last.pos_ in {"NOUN", "PROPN"} and last.dep_ == "pobj" and named is None else []
    return named if named is not None else (people[-1] if people else subject)


def others_in_its_clause(pronoun: Token) -> list[Token]:
    """Whom a pronoun cannot be: its verb's subject, for an object ("The judge sentenced him"); its
    verb's objects, for a subject ("He expressed gratitude to President Bio")."""
    verb = pronoun.head
    if pronoun.dep_ in {"dobj", "pobj", "dative"}:
        return [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}][:1]
    if pronoun.dep_ != "nsubj":
        return []
    return [o for o in verb.subtree if o.dep_ in {"dobj", "dative", "pobj"} and verb in (o.head, o.head.head)]


def owns_a_personal_pronoun(subject: Token) -> bool:
    """ "Tinashe has pulled the rest of her tour": a one-word name, the subject of its clause, that a
    "his" or "her" later in the clause points back to, with no other name or person between, is a
    person's (the tagger knew no such name)."""
    if subject.dep_ != "nsubj" or subject.pos_ != "PROPN":
        return False
    if in_quotes(doc_text(subject.doc), subject.idx, subject.idx + 1):
        return False
    owned = next((t for t in subject.head.subtree if t.lower_ in {"his", "her"} and t.dep_ == "poss"), None)
    if owned is None or owned.i < subject.i:
        return False
    for t in subject.doc[subject.i + 1 : owned.i]:
        if t.pos_ == "PROPN" or t.lower_ in PERSON_NOUNS or t.dep_ in {"nsubj", "ccomp", "relcl"}:
            return False
        of_it = owned.head.head.lower_ == "of" and owned.head.head.head == t  # ("the rest of her tour")
        if t.pos_ == "NOUN" and not of_it:
            return False  # ("Zuleika hired the singer for her voice": hers may be the singer's)
    return True


def abbreviated_role(token: Token) -> bool:
    """ "The DG noted", "NAFDAC's CEO said": a role in capitals with "the" or a possessor before it."""
    if not (token.text.isupper() and token.lower_ in ROLE_ABBREVIATIONS):
        return False
    return any((c.dep_ == "det" and c.lower_ == "the") or c.dep_ == "poss" for c in token.children)
