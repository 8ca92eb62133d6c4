"""Entity typing: what kind of source a name is (person, news organisation, government body,
company, group), and the name a token belongs to in the parse.

Kinds are read from the words of the name itself (markers below) and the NER label; nothing here
knows any particular name.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .given_names import is_given_name
from .memo import per_token
from .name_words import (
    HEAD_ROLES,
    ORG_NOUNS,
    PARTY_WORDS,
    PLACE_WORDS,
    ROLE_WORDS,
    TITLE_MODIFIERS,
    TITLES,
    cut_after_of,
    identified_as,
    names_a_body,
    names_a_place_or_office,
    person_after_a_place,
    title_word,
)

# Markers of a news organisation: mastheads, wire services, news agencies (not the Environment Agency).
NEWS_ORG_MARKERS = re.compile(
    r"\b(journal|times|post|news|news agency|press agency|reuters|associated press|afp|bbc|cnn|guardian"
    r"|bloomberg|telegraph|herald|tribune|gazette|daily|magazine|radio|anadolu|kyodo|yonhap|ansa|efe|dpa|bernama"
    r"|irna|pti|ani|kuna|sputnik|tasnim"
    # "press" names an outlet, but a press secretary, office or conference is no outlet
    r"|press(?!\s+(?:secretar\w*|officers?|office|spokes\w*|aides?|team|conferences?|releases?|briefings?))|television|tv|broadcasting|economist|politico"
    r"|axios|wire|chronicle|observer|independent|al jazeera|npr|nbc|abc|cbs|fox news|sky news|le monde"
    r"|spiegel|tass|interfax|xinhua|ria novosti|newsweek|atlantic|new yorker|insider|vox|echo|mirror"
    r"|courier|globe|inquirer|dispatch|examiner|sentinel|advertiser|bulletin|chronicle|gazette|express|ledger)\b",
    re.IGNORECASE,
)

# Markers of a government body: ministries, presidencies, courts, police, legislatures, and the
# seats of government reporters use for the government itself (Kremlin, White House, Downing Street).
GOVERNMENT_MARKERS = re.compile(
    r"\b(department|ministry|ministries|government|kremlin|white house|downing street|pentagon|elysee"
    r"|police|army|military|armed forces|parliament|congress|senate|court|prosecutors?|embassy|council"
    r"|cabinet|administration|authorities|fbi|cia|nsa|federal|state|presidency"
    r"|commission|committee|authority|agency|regulator|treasury|interior|defence|defense|office|bureau|inspectorate|watchdog)\b",
    re.IGNORECASE,
)

# Markers of a company.
COMPANY_MARKERS = re.compile(
    r"\b(inc|corp|corporation|ltd|llc|plc|gmbh|company|firm|group|bank|airlines?|motors|technologies"
    r"|holdings|industries|partners|capital|labs|systems|carmaker|manufacturer|maker|retailer|airline"
    r"|insurer|lender|operator|developer|supplier|chain|brand|conglomerate)\b\.?",
    re.IGNORECASE,
)

# Markers of other organisations (not news, government or companies): they are never a person.
OTHER_ORG_MARKERS = re.compile(
    r"\b(association|federation|union|league|club|society|foundation|institute|institution|trust|fund"
    r"|party|university|college|school|hospital|church|centre|center|campaign|coalition|alliance"
    r"|network|movement|organi[sz]ation|council|board|academy|museum|charity|synod|diocese|archdiocese|parish"
    r"|mosque|temple|synagogue|cathedral|vatican"
    r"|united|rovers|wanderers|athletic|albion|hotspur|f\.?c|a\.?f\.?c)\b",  # (and a football club's)
    re.IGNORECASE,
)

# Nouns naming a document rather than someone who speaks; the publisher behind them is the source.
DOCUMENT_NOUNS = frozenset(
    "report article story investigation book memoir study survey analysis paper statement release "
    "filing indictment lawsuit complaint documents document memo letter post tweet interview "
    "poll review biography figure data datum statistic statistics record email file transcript minutes image "
    "footage video photo photograph recording ruling judgment judgement verdict order guidance guidelines "
    "audit inspection inquiry probe assessment evaluation autopsy research finding outlook projection "
    "advisory bulletin testimony information".split()
)
SPOKEN_ONLY = frozenset({"result", "response", "reply", "note", "notice", "message"})

# Words that turn a short organisation name into its full one ("Bloomberg" -> "Bloomberg News").
ORG_EXTENSIONS = re.compile(
    r"^(news|agency|group|inc|corp|ltd|plc|co|company|holdings|media|newspaper|times|post|journal)\.?$",
    re.IGNORECASE,
)

# Endings of compound nouns for organisations ("chipmaker", "steelmaker", "drugmaker").
ORG_NOUN_ENDINGS = ("maker", "company", "firm", "giant", "producer", "provider", "carrier", "group")

# Glosses too general to serve as another name for a person ("the journalist Ana Ruiz").
GENERIC_ROLE_NOUNS = frozenset("journalist man woman person reporter writer author user".split())

# Pronouns by grammatical gender; "they" is not resolved to a single person.
FEMININE, MASCULINE = frozenset({"she", "her", "hers", "herself"}), frozenset({"he", "him", "his", "himself"})
PERSONAL_PRONOUNS = FEMININE | MASCULINE
# Pronouns an organisation speaks of itself with in reported speech ("the union said it would").
ORG_PRONOUNS = frozenset({"it", "they"})
# Articles dropped from a plural source's name ("the officials" -> "officials"); quantifiers stay.
NAME_OPENERS = frozenset({"the", "a", "an"})

# NER labels that name someone or something that can be a source or be written out in a claim.
NAMED_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})

# The last word of a street's name: an address, never a person ("Lane", "Hill", "Park" are surnames too).
STREET_WORDS = frozenset("way road street avenue drive crescent terrace boulevard mews".split())


def kind_of_name(name: str, *, label: str = "", plural: bool = False) -> str:
    """Source kind from the name and its NER label."""
    words = name.split()
    if len(words) >= 2 and words[-1].lower() in STREET_WORDS:
        return "other"
    # ("Police Chief Medaria Arradondo": a title, then a name of two words, is a person, whatever body
    # the words before the title name)
    titled = len(words) >= 4 and words[-3].lower().rstrip(".") in TITLES and words[-1][:1].isupper()
    # (a title inside a place's or a body's name: "Royal Prince Alfred Hospital"; not "Ellen Church")
    inner_title = titled or any(w.lower().strip(".,") in TITLES for w in words[:-1])
    place = inner_title and names_a_place_or_office(words)
    if (label == "PERSON" or titled and words[-2][:1].isupper()) and not place:
        return "person"
    if NEWS_ORG_MARKERS.search(name):
        return "news_org"
    if GOVERNMENT_MARKERS.search(name) or label == "GPE":
        return "government"
    if COMPANY_MARKERS.search(name):
        return "company"
    if plural:
        return "group"
    return "other"


def is_document(token: Token) -> bool:
    """A noun naming a document ("the report"), unless a "who" clause shows it names people."""
    if (lemma := token.lemma_.lower()) in SPOKEN_ONLY:  # "its results", "Cole's response", "a note ... reads"
        said = lemma != "result" and token.dep_ == "nsubj" and token.head.lemma_ in {"say", "state", "read"}
        return said or any(c.dep_ == "poss" for c in token.children)  # (and "the response says")
    if token.lemma_.lower() not in DOCUMENT_NOUNS or names_a_body(token):
        return False
    return not any(
        c.dep_ == "relcl" and any(g.lower_ == "who" and g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)
        for c in token.children
    )


def is_org_noun(token: Token) -> bool:
    """ "company", "chipmaker", "broadcaster": a noun naming an organisation, not a person."""
    lemma = token.lemma_.lower()
    return lemma in ORG_NOUNS or lemma.endswith(ORG_NOUN_ENDINGS)


def plural_head(token: Token) -> bool:
    return token.tag_ in {"NNS", "NNPS"}


# Nouns for a person's job, whose name may hang on the body they work for.
PERSON_ROLES = frozenset(
    "analyst economist strategist spokesman spokeswoman spokesperson official researcher".split()
)
# How a court report names counsel by their part: "Emily Clewer, prosecuting, said".
COURT_ROLES = frozenset({"prosecuting", "defending", "mitigating", "representing"})


def _after_comma(name: Token) -> bool:
    return name.left_edge.i > 0 and name.doc[name.left_edge.i - 1].text == ","


def _person_glossing(token: Token) -> Token | None:
    """ "The Vice-Chairman of the committee, Kwabena Abankwa-Yeboah, told" (or ", Chief Ana Obi"): a name."""
    kids = [c for c in token.children if c.dep_ in {"appos", "conj"} and _after_comma(c)]
    kids = [c for c in kids if c.pos_ == "PROPN" and c.lower_ not in TITLE_OR_ROLE]  # (", MINISTER": none)
    solo = not any(g.dep_ == "cc" for g in token.children)  # ("Hale, Dr Ross and Obi said": three people)
    person = token.pos_ == "PROPN" and token.ent_type_ == "PERSON"  # (not "Ana Obi, Deputy Leader of X")
    named = [c for c in kids if solo and c.doc[c.left_edge.i].lower_ in TITLE_OR_ROLE and not person]
    named += [c for c in kids if c.dep_ == "appos" and c.ent_type_ == "PERSON" != token.ent_type_]
    return named[0] if named else None


def name_in_apposition(token: Token) -> Token | None:
    """The name a common noun (or a capitalised title, "The Premier") is glossed with: "the ministry
    spokesperson, Ana Ruiz" -> Ruiz."""
    named = _person_glossing(token)
    if named is not None or (token.pos_ == "PROPN" and token.lower_ not in TITLE_OR_ROLE):
        return named  # ("Director and producer, Ana Ruiz": a role capitalised to open the sentence is one)
    if token.lower_ in COURT_ROLES:
        # "Emily Clewer prosecuting said": the parser made the role the head of the name
        # ("Claire Pickthall, defending, said": the name hung on the role as a bare dependant)
        names = [c for c in token.lefts if c.dep_ in {"compound", "dep", "appos"} and c.pos_ == "PROPN"]
        return names[-1] if names else None
    for c in token.children:
        # (not "(CEO)" in brackets, nor past a "who", nor after a semicolon: "in other cities; Springfield")
        bracketed = c.left_edge.i > 0 and token.doc[c.left_edge.i - 1].text in {"(", ";"}
        bracketed = bracketed or any(r.dep_ == "relcl" and r.i < c.i for r in token.children)
        # ("Officials in Seminole County, Ga. confirm": the state of the place before the comma)
        state = c.ent_type_ in {"GPE", "LOC"} and _after_comma(c) and c.left_edge.i > 1
        bracketed = bracketed or (state and token.doc[c.left_edge.i - 2].ent_type_ in {"GPE", "LOC", "FAC"})
        if (
            c.dep_ == "appos"
            and c.pos_ == "PROPN"
            and not bracketed
            and not any(g.dep_ == "det" for g in c.children)
        ):
            return person_after_a_place(token, c) or c
        # "an analyst at Fujitomi Securities, Toshitaka Tazawa, said": the name hung on the firm
        for g in (g for g in c.children if c.dep_ == "prep" and g.dep_ == "pobj"):
            named = [a for a in g.children if a.dep_ == "appos" and a.ent_type_ == "PERSON"]
            if named and token.lemma_.lower() in PERSON_ROLES:
                return named[0]
        # ("The candidate of the Peoples Party, Atiku Abubakar, said": the name read as a second object)
        second = [g for g in c.children if c.dep_ == "prep" and g.dep_ == "pobj" and g.ent_type_ == "PERSON"]
        if len(second) == 1 and _after_comma(second[0]) and not is_document(token):
            return second[0]
        if (as_named := identified_as(c)) is not None:
            return as_named  # "a woman identified as X", "a man named Michael Egan", "a woman named X"
    # ("Director and producer, Dianna Nixon, said": the name hung on the last of the roles)
    joined = [a for x in token.conjuncts for a in x.children if a.dep_ == "appos" and a.ent_type_ == "PERSON"]
    return joined[0] if len(joined) == 1 and token.dep_ == "nsubj" else _run_into_the_name(token)


def _run_into_the_name(token: Token) -> Token | None:
    """The name closing a role's phrase right before the speech verb ("leader of the council Heather
    Smith announced"), after the body or place the role is of; not a name after "of", "for" or a
    noun for a person ("a lawyer for Tom Hale said", "the sister of victim Ana Ruiz said")."""
    if token.lemma_.lower() not in HEAD_ROLES or token.dep_ not in {"nsubj", "nsubjpass"} or token.head.i < 1:
        return None
    last = token.doc[token.head.i - 1]  # (in the role's phrase, or read as a second subject)
    inside = last.i == token.right_edge.i or (last.dep_ == token.dep_ and last.head.i == token.head.i)
    # ("Mayor of Greater Manchester Andy Burnham": the tagger ran the place into the name)
    given = token.doc[last.i - 1].pos_ == "PROPN" and is_given_name(token.doc[last.i - 1].text)
    if last.pos_ != "PROPN" or not (last.ent_type_ == "PERSON" or given) or not inside or last.i <= token.i:
        return None
    start = last.i if last.ent_type_ == "PERSON" else last.i - 1
    while (
        start - 1 > token.i
        and token.doc[start - 1].ent_type_ == "PERSON"
        and token.doc[start - 1].pos_ == "PROPN"
    ):
        start -= 1
    before = token.doc[start - 1]  # the body or place the role is of
    body = before.ent_type_ in {"GPE", "ORG", "LOC", "NORP", "FAC"} or is_org_noun(before)
    return last if before.i > token.i and body else None


def holder_at_the_end(toks: list[Token]) -> int | None:
    """Where the holder's name starts in a body's name the tagger ran it into, after a role "of" the
    body ("Mayor of Greater Manchester Andy Burnham", "Director of the ... Department of
    Transportation Adam Fischer") or a title ("Kent County Commissioners Ana Obi"): a given name and
    a surname closing the span."""
    if len(toks) < 4 or not all(t.pos_ == "PROPN" and t.is_title for t in toks[-2:]):
        return None
    if not is_given_name(toks[-2].text) or is_given_name(toks[-3].text) or toks[-3].pos_ != "PROPN":
        return None
    before = [t for t in toks[0].doc[max(0, toks[0].i - 2) : toks[0].i] if t.lower_ != "the"]
    of_a_role = len(before) >= 2 and before[-1].lower_ == "of" and before[-2].lower_ in HOLDER_ROLES
    return len(toks) - 2 if of_a_role or title_word(toks[-3]) in TITLE_OR_ROLE else None


def past_a_lede_word(chain: list[Token]) -> list[Token]:
    """ "RETAILER JD Sports Fashion has ...": a lede's first word in capitals is no part of the name;
    nor is a party written like a title before a given name ("Tory Dean Russell")."""
    lede = len(chain) > 1 and chain[0].i == 0 and chain[0].is_upper and chain[0].lower_ in ORG_NOUNS | TITLES
    if lede and not all(t.is_upper for t in chain):  # ("PRIME MINISTER:" is a label in capitals, all of it)
        return chain[1:]
    party = len(chain) > 2 and chain[0].lower_ in PARTY_WORDS and is_given_name(chain[1].text)
    if party or len(chain) > 1 and chain[0].lower_ in {"both", "neither", "either"}:
        return chain[1:]  # ("Both de Jong and Abbott's organizers say": a coordination's first word)
    return chain


def past_a_country(chain: list[Token]) -> list[Token]:
    """ "Ambassador to the U.S. Sergey Kislyak": the tagger ran the country into the name after it."""
    given = next((k for k in range(1, len(chain) - 1) if _name_after_an_abbreviation(chain, k)), None)
    return chain[given:] if given is not None else chain


def _name_after_an_abbreviation(chain: list[Token], k: int) -> bool:
    return (
        chain[k - 1].text.endswith(".") and chain[k - 1].text[:1].isupper() and is_given_name(chain[k].text)
    )


def entity_of(token: Token):
    """The NER span containing `token`, found from its IOB tags (no scan over all the Doc's entities)."""
    if not token.ent_type_:
        return None
    doc, start, end = token.doc, token.i, token.i + 1
    while start > 0 and (doc[start].ent_iob_ == "I" or cut_after_of(doc, start)):
        start -= 1
    while end < len(doc) and (doc[end].ent_iob_ == "I" or cut_after_of(doc, end)):
        end += 1
    return Span(doc, start, end, label=token.ent_type_)


WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
TITLE_OR_ROLE = TITLES | ROLE_WORDS
HOLDER_ROLES = TITLE_OR_ROLE | HEAD_ROLES  # ("Mayor of Greater Manchester Andy Burnham")


def _proper(t: Token) -> bool:
    """A proper noun, or a word in capitals the tagger took for a common noun ("CMA CGM")."""
    capitals = t.is_alpha and t.is_upper and len(t.text) >= 2 and t.dep_ == "compound"
    return t.pos_ == "PROPN" or capitals and t.pos_ == "NOUN" and t.lower_ not in TITLE_OR_ROLE


@per_token
def entity_span_text(token: Token) -> tuple[str, str]:
    """(text, NER label) of the name containing `token`: the NER span or the compound chain of
    proper nouns, whichever is longer (the small model often tags only "Costa" of "Ana Costa")."""
    head = token
    while head.dep_ in {"compound", "flat"} and head.head.pos_ == "PROPN" and head.head.i > head.i:
        head = head.head
    chain = [c for c in head.children if c.dep_ in {"compound", "flat"} and c.i < head.i and _proper(c)]
    chain = sorted([t for c in chain for t in c.subtree if _proper(t)] + [head], key=lambda t: t.i)
    # "Thomson Reuters I/B/E/S": proper nouns hung on the last one as modifiers, with slashes between
    mods = [t.left_edge.i for t in head.children if t.dep_ == "nmod" and t.pos_ == "PROPN" and t.i < head.i]
    run = head.doc[min(mods + [chain[0].i]) : head.i + 1]
    if mods and all(t.pos_ == "PROPN" or t.text in {"/", "&", "-"} for t in run):
        chain = list(run)
    label = ""
    ent = entity_of(token)
    if ent is not None and ent.label_ in NAMED_TYPES:
        label = ent.label_
        toks = past_the_possessor(list(ent), token)
        # "in Leicester, Downing Street has said": one span the tagger ran over a comma
        first = max((t.i for t in toks if t.text == "," and t.i < token.i), default=-1)
        last = min((t.i for t in toks if t.text == "," and t.i > token.i), default=len(token.doc))
        toks = [t for t in toks if first < t.i < last]
        if (cut := holder_at_the_end(toks)) is not None:
            # "Director of the Greensboro Department of Transportation Adam Fischer": two names
            toks, label = (toks[cut:], "PERSON") if token in toks[cut:] else (toks[:cut], label)
            chain = toks
        # "NATO Secretary General Mark Rutte": a full name the tagger found is the name, not the
        # titles compounded in front of it
        if len(toks) >= len(chain) or (label == "PERSON" and len(toks) >= 2 and token in toks):
            chain = toks
    chain = past_a_country(chain)
    while len(chain) > 1 and not any(ch.isalnum() for ch in chain[0].text):
        chain = chain[1:]  # "• Scott Cain": a list's bullet is not part of the name
    while len(chain) > 1 and chain[0].lower_ in WEEKDAYS:
        chain = chain[1:]  # "On Monday Lilly announced": the day is not part of the name
    chain = _past_an_inner_title(chain)
    chain = past_a_lede_word(chain)
    # "Senator Mark Hale": the title is not part of the name ("General Motors" keeps its first word)
    while title_word(chain[0]) in TITLES and (len(chain) >= 3 or label == "PERSON" and len(chain) > 1):
        chain = chain[1:]
    rest = " ".join(t.text for t in chain[1:])
    if (
        len(chain) >= 3
        and chain[0].lower_ in ROLE_WORDS
        and (label == "PERSON" or looks_like_personal_name(rest))
    ):
        chain = chain[1:]  # "Trainer Adam Trinder", "Coach Dana Moss": a role written as a title
    # a dropped possessive ("Supporters’ Trust") leaves a gap that still separates two words
    text = "".join(
        t.text + (t.whitespace_ if n + 1 < len(chain) and chain[n + 1].i == t.i + 1 else " ")
        for n, t in enumerate(chain)
    )
    return text.strip(), label


def _past_an_inner_title(chain: list[Token]) -> list[Token]:
    """ "Ward II Councilman Sterling Wilder": what comes before a title inside the run, before a
    given name and a surname, is no part of the name (the ward, the district); the title stays, as
    at the front ("Associate Professor Ana Ruiz" keeps its words)."""
    for k in range(len(chain) - 3, 0, -1):
        role = title_word(chain[k])
        if (role in TITLES or role in ROLE_WORDS) and is_given_name(chain[k + 1].text):
            before = {t.lower_.rstrip(".") for t in chain[:k]}
            return chain if before <= TITLES | ROLE_WORDS | TITLE_MODIFIERS else chain[k:]
    return chain


def past_the_possessor(toks: list[Token], token: Token) -> list[Token]:
    """ "ING's Ogonek", "United's Marcus Rashford": an organisation's possessive and the person
    after it are two names; "the Children's Hospital", "St John's Wood" stay whole."""
    whole = [t for t in toks if t.tag_ != "POS"]
    cut = next((t.i for t in toks if t.lower_ in {"'s", "’s"}), None)  # (of whatever tag: "Ned’s Ilse")
    if cut is None:
        return whole
    tail = [t for t in toks if t.i > cut]
    text = " ".join(t.text for t in tail)
    markers = (COMPANY_MARKERS, GOVERNMENT_MARKERS, NEWS_ORG_MARKERS)
    plain = bool(tail) and all(t.pos_ == "PROPN" and not is_org_noun(t) for t in tail)
    if not plain or tail[-1].lower_ in PLACE_WORDS or any(m.search(text) for m in markers):
        return whole
    return tail if token.i > cut else [t for t in toks if t.i < cut]


def looks_like_personal_name(name: str) -> bool:
    """Two or three capitalised words and no organisation marker: "Marcus Oyelaran"."""
    words = name.split()
    return (
        2 <= len(words) <= 3
        and all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words)
        and kind_of_name(name) == "other"
        and not OTHER_ORG_MARKERS.search(name)
        and words[-1].lower() not in STREET_WORDS
    )
