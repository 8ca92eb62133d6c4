"""Words that stand around names: titles and roles written before a person's name, nouns for an
organisation. Shared by `entities` (which reads names off the parse) and the modules it serves."""

# Singular nouns naming an organisation rather than a person, so a name glossed with one is not a person.
ORG_NOUNS = frozenset(
    "company firm group union party ministry department agency organisation organization newspaper "
    "broadcaster channel bank fund office council court government team club university school "
    "hospital charity network website platform carmaker manufacturer maker retailer airline supplier "
    "operator lender insurer developer chain brand startup start-up utility regulator watchdog authority "
    "commission committee administration service federation association league board institute foundation "
    "corporation bureau coalition alliance".split()
)

# Titles written before a name and not part of it.
TITLES = frozenset(
    "mr mrs ms miss dr prof professor sir dame lord lady senator sen rep representative congressman "
    "congresswoman president vice prime minister chancellor governor mayor judge justice general gen "
    "colonel col captain capt sergeant sgt officer detective inspector chief ambassador secretary "
    "king queen prince princess pope bishop archbishop rabbi imam father sheikh prosecutor attorney "
    "spokesman spokeswoman spokesperson commissioner chairman chairwoman deputy sheriff premier "
    "shri smt".split()
)


# Roles a report writes before a name like a title ("Trainer Adam Trinder", "Coach Dana Moss").
ROLE_WORDS = frozenset(
    "coach trainer jockey manager economist analyst director lawyer teacher doctor nurse pastor "
    "reverend councillor councilman councilwoman alderman trustee supervisor commander mp mep msp mla mpp pm "
    "assemblyman assemblywoman lawmaker legislator cllr undersecretary under-secretary".split()
)

# Roles written as capitals ("the DG", "the company's CEO", "the DA"): one person each, not a body.
ROLE_ABBREVIATIONS = frozenset("ceo cfo coo cto dg da pm cm md vc dgp igp dsp acp dcp ssp".split())


# Parties a report writes before a member's name like a title ("Tory Dean Russell", "Democrat Ana Ruiz").
PARTY_WORDS = frozenset("tory labour democrat republican conservative liberal".split())


# Roles a report runs straight into the holder's name, with no comma: "leader of the council Heather
# Smith announced ...", "leader of the Lib Dems in Northamptonshire Chris Stanbra says ...".
HEAD_ROLES = frozenset(
    "leader chairman chairwoman chair head director chief president secretary spokesman spokeswoman "
    "spokesperson minister mayor commissioner councillor manager boss".split()
)


# Words that go with a title ("Associate Professor", "Deputy Mayor") and stay in the name with it.
TITLE_MODIFIERS = frozenset(
    "associate assistant deputy vice senior acting interim former lead principal executive".split()
)


def title_word(token) -> str:
    """A word's form to look up among the titles: "Sen." as "sen", and a plural title before several
    names ("County Commissioners Ana Obi and Tom Reid") as the singular."""
    word = token.lower_.rstrip(".")
    return word[:-1] if token.tag_ == "NNPS" and word[:-1] in TITLES | ROLE_WORDS else word


# Words for a person glossed with a name ("one of the residents, a woman named Catherine").
PEOPLE_WORDS = frozenset("woman man person boy girl lady teenager resident mother father worker".split())


def identified_as(clause):
    """ "a pirate who identified himself as Muse Abdi", "a woman identified as Ana Obi", "a man named
    Michael Egan", "a company called Vantrix", "one of the residents, a woman named Catherine": the name."""
    if clause.dep_ == "appos" and clause.lemma_.lower() in PEOPLE_WORDS:  # (not "a charity called X")
        return next((n for a in clause.children if (n := identified_as(a)) is not None), None)
    if clause.dep_ == "acl" and clause.tag_ == "VBN" and clause.lemma_.lower() in {"name", "call"}:
        names = (g for g in clause.children if g.dep_ in {"oprd", "dobj", "attr"} and g.pos_ == "PROPN")
        return next(names, None)
    if clause.dep_ not in {"relcl", "acl"} or clause.lemma_.lower() != "identify":
        return None
    if clause.dep_ == "relcl" and not any(
        c.dep_ == "dobj" and c.lower_.endswith("self") for c in clause.children
    ):
        return None  # ("a pirate who identified the ship as ..." names the ship)
    prep = next((c for c in clause.children if c.dep_ == "prep" and c.lower_ == "as"), None)
    named = [g for g in prep.children if g.dep_ == "pobj"] if prep is not None else []
    return named[0] if named and named[0].ent_type_ == "PERSON" else None


def person_after_a_place(role, appos):
    """ "Keith's attorney, Kanawha County public defender Matthew Brummond, wrote": the parser hung
    the place on the role as its apposition and the name apart; the name is who the role is."""
    if appos.ent_type_ not in {"GPE", "LOC"}:
        return None
    after = (c for c in role.children if c.i > appos.i and c.pos_ == "PROPN" and c.ent_type_ == "PERSON")
    return next(after, None)


# Survey bodies that map a country, not surveys ("the U.S. Geological Survey").
MAPPING = frozenset({"geological", "ordnance", "hydrographic", "geodetic"})
# Document nouns that end a newspaper's or a site's name: "The Washington Post", "The Bergen Record".
TITLE_NOUNS = frozenset("post record review bulletin report".split())


def names_a_body(token) -> bool:
    """A document noun that is the last word of a body's name, not a document: "the U.S. Geological
    Survey", "The Denver Post reports" (the tagger's organisation, not "a Facebook Post")."""
    if token.text == "Survey" and any(c.lower_ in MAPPING for c in token.children):
        return True
    titled = token.pos_ == "PROPN" and token.ent_type_ == "ORG" and token.lemma_.lower() in TITLE_NOUNS
    return titled and not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in token.children)


# Last words of names that hold a possessive but name a body or a place ("St John's Wood").
PLACE_WORDS = frozenset(
    "institute trust hospital college school society association foundation centre center museum "
    "league cup club church cathedral day park square street road bridge island bay wood hall".split()
)

# Nouns for a body that may be named "of" a title-holder ("the Office of the Chief Medical Examiner").
BODY_OF_WORDS = frozenset(
    "office department ministry bureau agency division directorate secretariat cabinet council court "
    "commission committee service staff".split()
)

# Ship prefixes: "HMS King George V" is a vessel, not a king.
SHIP_PREFIXES = frozenset({"hms", "hmas", "hmcs", "hmnzs", "uss", "rms", "ins", "mv", "ss"})


def names_a_place_or_office(words: list[str]) -> bool:
    """A title inside a body's or a place's name: "Office of Governor Kathy Hochul", "Department of the
    Chief Fire Officer" (a body's noun and "of" before the title), "Royal Prince Alfred Hospital" (a
    place's last word), "HMS King George V" (a ship)."""
    lowered = [w.lower().strip(".,") for w in words]
    if lowered[0] in SHIP_PREFIXES or lowered[-1] in PLACE_WORDS:
        return True
    if "of" not in lowered[1:-1]:
        return False
    return any(w.rstrip("s") in BODY_OF_WORDS for w in lowered[: lowered.index("of", 1)])


def cut_after_of(doc, k: int) -> bool:
    """ "the Turkish Directorate General of" + "Migration Management": one name cut after "of"."""
    b, of = doc[k], doc[k - 1]
    return b.ent_iob_ == "B" and of.lower_ == "of" and of.ent_type_ == b.ent_type_
