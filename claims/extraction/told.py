"""Speakers named through someone else, and a speech tag the parser read as the root: the shapes of
attribution that `cues.frame_for_cue` and `cues.contents_of` meet beyond "X said that ...".

- "As per a CNN report, the chief said ...", "Officials quoted by the broadcaster RTV said ...",
  "Two reports citing unnamed engineers said ...": an outer source telling, the speaker nested;
- "In hindsight, he said, the decision to wait backfired": the phrase read as the tag's object is
  what was said.
"""

from __future__ import annotations

from spacy.tokens import Token

from .according import according_to
from .brackets import opening_of
from .entities import is_document
from .outlets_told import outlet_told
from .persons import PEOPLE_NOUNS, person_read_as_a_modifier
from .segment import doc_text, in_quotes
from .types import Frame
from .views import can_speak

# Verbs introducing a nested source inside an attribution: "X, citing officials, reported".
CITING_VERBS = frozenset({"cite", "quote"})
# What is cited that is no source: a reason ("recalled 32,000 cars, citing a fire risk").
CITED_REASONS = frozenset(
    "risk risks concern concerns reason reasons fear fears problem problems issue issues safety health "
    "cost costs difficulty difficulties pressure pressures need needs lack shortage weather delay delays "
    "uncertainty demand danger dangers threat threats security circumstances factors".split()
)


def cites_a_source(cue: Token) -> list[Token]:
    """The objects of "citing ..." that are sources, not reasons given."""
    found = [g for g in cue.children if g.dep_ in {"dobj", "pobj"}]
    return [g for g in found if not (g.pos_ == "NOUN" and g.lemma_.lower() in CITED_REASONS)]


SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})

# Verbs after which a speech verb goes on with the same speaker ("he went on to add that ...",
# "she continued to insist that ..."); not verbs of refusing or wanting ("declined to say").
GOING_ON_VERBS = frozenset({"go", "continue", "proceed", "use", "take", "rise", "stand", "return"})


# What is asked of someone who decides: turning it down ("rejected a request for a new trial",
# "dismissed the appeal", "denied bail") is a decision the report states, not a denial of a claim.
# What is declared as an act, not a statement: "declared a major disaster", "declared war".
DECLARED_ACTS = frozenset(
    "disaster emergency war bankruptcy independence holiday curfew lockdown ceasefire truce martial "
    "state victory winner dividend payout distribution result".split()
)


def takes_object(cue: Token, verbs: set[str], nouns: frozenset[str]) -> bool:
    """Whether `cue` is one of `verbs` with a direct object among `nouns` ("declared a disaster")."""
    return cue.lemma_.lower() in verbs and any(
        c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in cue.children
    )


def declares_an_act(cue: Token) -> bool:
    return takes_object(cue, {"declare"}, DECLARED_ACTS)


# What a place "can expect" from the weather ("London can expect highs of 17C"): no view held.
WEATHER = frozenset(
    "high low temperature rain snow shower wind gust sunshine frost storm sleet fog hail".split()
)


def expects_weather(cue: Token) -> bool:
    """ "London can expect highs of 17C": a place the weather comes to (forecasters expecting rain
    hold a forecast)."""
    place = subject_of(cue)
    at_a_place = place is not None and (place.ent_type_ in {"GPE", "LOC", "FAC"} or place.lemma_ in PLACES)
    return at_a_place and takes_object(cue, {"expect"}, WEATHER)


PLACES = frozenset("region area city county coast north south east west town village country".split())


REQUEST_NOUNS = frozenset(
    "request motion appeal application petition plea bail bid call offer proposal plan demand invitation "
    "deal ultimatum".split()
)
TURNING_DOWN = frozenset({"reject", "dismiss", "deny", "refuse"})
# Players a bowler or pitcher sends back ("dismissed the opening batsman for 12").
PLAYERS = frozenset("batsman batter bowler opener captain keeper pitcher hitter side team".split())


def turns_down_a_request(cue: Token) -> bool:
    """Also "dismissed Kohli", "dismissed the coach": sending a person away, no denial."""
    if cue.lemma_.lower() not in TURNING_DOWN:
        return False
    return any(
        c.dep_ in {"dobj", "nsubjpass"}
        and (c.lemma_.lower() in REQUEST_NOUNS | PLAYERS | PEOPLE_NOUNS or c.ent_type_ == "PERSON")
        for c in cue.children
    )


# Statements a body puts out: "announced the strike in a statement posted to Twitter" is the
# body's own word on it (a bare "announced six plants" is the report stating what was announced).
STATEMENT_NOUNS = frozenset("statement post tweet letter release video".split())


def announced_in_a_statement(cue: Token) -> bool:
    # the parser may hang "in a statement" on the thing announced
    holders = [cue, *(c for c in cue.children if c.dep_ == "dobj")]
    return cue.lemma_.lower() == "announce" and any(
        p.dep_ == "prep" and p.lower_ in {"in", "on"} and g.lemma_.lower() in STATEMENT_NOUNS
        for h in holders
        for p in h.children
        for g in p.children
    )


# What a body announces that is its word until done: a plan, a measure, a decision.
INTENTIONS = frozenset(
    "plan plans sanction measure rule policy recall ban cut deal agreement decision investigation inquiry "
    "strategy programme program proposal reform package budget review intention target commitment "
    "launch closure merger acquisition strike walkout lockout layoff redundancy boycott shutdown".split()
)


def announces(cue: Token) -> bool:
    """ "The Treasury announced new sanctions", "the mayor unveiled a plan": what is announced is the
    announcer's word until it is done ("announced six plants" tells what was announced)."""
    if cue.lemma_.lower() not in {"announce", "unveil", "reaffirm"}:
        return False
    objects = [c for c in cue.children if c.dep_ in {"dobj", "nsubjpass"}]
    # ("the deal, which was announced by the attorney general": the deal)
    objects += [cue.head for o in objects if o.tag_ in {"WDT", "WP"} and cue.dep_ == "relcl"]
    # ("a series of new sanctions": what the series is of)
    objects += [g for o in objects for p in o.children if p.lower_ == "of" for g in p.children]
    # ("announced record profits of $5 billion": results, the body's figures; "six plants" are things)
    money = any(t.ent_type_ in {"MONEY", "PERCENT"} for o in objects for t in o.subtree)
    return money or any(o.lemma_.lower() in INTENTIONS for o in objects)


# Verbs by which a speaker is reported through someone else's words: "was quoted as saying",
# "was cited as saying".
QUOTING_VERBS = frozenset({"quote", "cite"})


def speaking_through(cue: Token) -> Token | None:
    """The verb whose subject speaks for a subjectless speech verb: "he went on to add that ..."
    (the one who went on)."""
    head = cue.head
    # ("took to Twitter to say that ...": a purpose clause)
    purpose = cue.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children)
    if (cue.dep_ == "xcomp" or purpose) and head != cue and head.lemma_.lower() in GOING_ON_VERBS:
        return head
    return None


SAYING_VERBS = frozenset("say tell add state warn write claim insist".split())


def quoted_as_saying(verb: Token) -> Token | None:
    """ "The minister was quoted as saying that ...", "was cited by Tass as saying ...": the
    speech verb under the quoting one, whose content is what the quoted one said."""
    if verb.lemma_.lower() not in QUOTING_VERBS:
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
        for saying in prep.children:
            if saying.dep_ == "pcomp" and saying.lemma_.lower() in SAYING_VERBS:
                return saying
    # "Xinhua quoted Ashton saying ...": without "as"
    if any(c.dep_ == "dobj" for c in verb.children):
        for saying in (c for c in verb.children if c.dep_ in {"xcomp", "advcl"} and c.tag_ == "VBG"):
            if saying.lemma_.lower() in SAYING_VERBS:
                return saying
    return None


def subject_of(token: Token) -> Token | None:
    for c in token.children:
        if c.dep_ in SUBJECT_DEPS:
            return person_read_as_a_modifier(c) or c
    return None


# "said by telephone": the parser reads the means of speaking as the agent of a passive.
MEANS_OF_SPEAKING = frozenset(
    "telephone phone email e-mail text letter fax video videolink radio satellite".split()
)


def agent_of(token: Token) -> Token | None:
    for c in token.children:
        if c.dep_ == "agent":
            for g in c.children:
                # ("mentioned by name": the way of naming, not who named)
                if g.dep_ == "pobj" and g.lemma_.lower() not in MEANS_OF_SPEAKING and g.lower_ != "name":
                    return g
    return None


# Speech verbs that stand between commas inside what they report ("Later, he said, the plan failed").
TAG_CUES = frozenset({"say", "add", "tell", "note", "write"})


def clause_read_as_object(cue: Token) -> list[Token]:
    """ "In hindsight, he said, the decision to wait backfired": when the parser makes the speech
    tag between commas the root and the reported subject its object, that phrase is what was said."""
    doc = cue.doc
    if cue.lemma_.lower() not in TAG_CUES or cue.dep_ != "ROOT" or cue.i + 2 >= len(doc):
        return []
    speaker = subject_of(cue)
    if speaker is None or speaker.i > cue.i or doc[cue.i + 1].text != ",":
        return []
    if speaker.left_edge.i == cue.sent.start or doc[speaker.left_edge.i - 1].text != ",":
        return []
    return [
        c for c in cue.children if c.dep_ == "dobj" and c.left_edge.i == cue.i + 2 and c.right_edge.i > c.i
    ]


def who_tells_whom(cue: Token, source: Token | None, passive: bool) -> tuple[Token | None, list[Token]]:
    """The outer source and those it cites, when the speaker is named as told by someone else."""
    if quoted_as_saying(cue) is not None:
        # "was quoted by Tass as saying", "Tass quoted him as saying": Tass tells what they said
        quoted = next((c for c in cue.children if c.dep_ in {"nsubjpass", "dobj"}), None)
        if quoted is not None and quoted is not source:
            return (source, [quoted]) if source is not None else (quoted, [])
    if source is None or passive:
        return source, []
    outlet = according_to(cue)
    if outlet is not None:
        # "As per a CNN report, the chief said ...": the outlet tells what the chief said
        return outlet[1], [source]
    for acl in (c for c in source.children if c.dep_ == "acl" and c.lemma_.lower() in CITING_VERBS):
        if acl.tag_ == "VBN":
            # "Officials quoted by the state broadcaster said ...": the broadcaster tells it
            agent = agent_of(acl)
            if agent is not None:
                return _name_read_as_subject(cue, agent), [source]
        # "Two reports citing unnamed engineers said ...": the engineers, nested under the reports
        return source, [c for c in acl.children if c.dep_ == "dobj"]
    outlet = outlet_told(cue, source)
    return (outlet, [source]) if outlet is not None else (source, [])


def _name_read_as_subject(cue: Token, noun: Token) -> Token:
    """ "cited by the news agency ANA said": the name after the noun, which the parser took for a
    second subject of the speech verb, is the noun's name."""
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if after is not None and after.pos_ == "PROPN" and after.head.i == cue.i and after.dep_ in SUBJECT_DEPS:
        return after
    return noun


def that_read_as_object(clause: Token) -> bool:
    """ "in a statement that Ana had sought to shame them": "that" read as the relative verb's object
    while the verb has its own subject and complement, so it opens a that-clause after all."""
    that = clause.doc[clause.left_edge.i]
    if that.lower_ != "that" or that.head != clause or that.dep_ != "dobj":
        return False
    deps = {c.dep_ for c in clause.children if c != that}
    return bool(deps & {"nsubj", "nsubjpass"}) and bool(deps & {"xcomp", "ccomp", "dobj", "attr", "acomp"})


# Verbs of holding a forecast whose content may be an infinitive: "expects sales to fall".
FORECASTING_VERBS = frozenset({"expect", "forecast", "project", "predict"})


def expects_to_happen(cue: Token, content: Token) -> bool:
    """ "Analysts expect the bank to raise rates": the content is an infinitive ("the bank to raise
    rates"), which says nothing on its own; the whole expectation is the claim."""
    return cue.lemma_.lower() in FORECASTING_VERBS and any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in content.children
    )


def document_after(cue: Token) -> Token | None:
    """ "..., informs a press release issued by the ministry": a subjectless speech verb whose object
    standing after it is a document speaks through that document (wire copy translated word for word)."""
    if any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    return next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i and is_document(c)), None)


# Degrees and honours written after a name ("Ross Prentice, PhD, said").
CREDENTIALS = frozenset("PhD Ph.D MD DPhil MBA RN DDS JD Esq QC KC OBE MBE CBE FRS".split())


def phrase_before(cue: Token) -> Token | None:
    """The noun phrase right before a subjectless cue ("..., the prosecutor's office said"), which the
    parser sometimes hangs elsewhere; climbs out of appositions to the phrase head."""
    i, doc, start = cue.i - 1, cue.doc, cue.sent.start
    adverb = i >= start and doc[i].dep_ in {"advmod", "npadvmod"} and doc[i].is_title
    if adverb and (i == start or doc[i - 1].is_punct):
        return doc[i]  # ("Long said ...": a surname the tagger read as an adverb, right before the verb)
    while i >= start and (doc[i].is_punct or doc[i].dep_ in {"aux", "neg", "advmod"}):
        i = opening_of(doc, i, start) - 1
    if cue.tag_ == "VBG" and cue.dep_ == "advcl":  # ("Mr Liang used stronger words, stating that": Liang)
        return s if can_speak(s := subject_of(cue.head), cue.head) else None
    if i < start or doc[i].pos_ not in {"NOUN", "PROPN"} or in_quotes(doc_text(doc), doc[i].idx, 0):
        return None  # (never a phrase of the sentence before, nor the quotation's last words)
    token = doc[i]
    if token.dep_ == "appos" and token.text.rstrip(".") in CREDENTIALS:
        token = token.head  # "Ross Prentice, PhD, said": the one holding the degree
    if token.dep_ == "pobj" and any(t.text == "," for t in doc[i + 1 : cue.i]):
        return None  # "... spent in captivity, informs a press release": a place, not a speaker
    # "Steve Carrell, who starred in this year's comedy X, said": the one the who-clause describes
    for clause in (a for a in token.ancestors if a.dep_ == "relcl" and a.i < cue.i):
        if any(c.lower_ == "who" and c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children):
            return clause.head
    # "..., the museum's director, Claire Martin, told": the phrase is headed by "director";
    # "..., Amtrak, the national passenger carrier, said": by the name
    while token.dep_ in {"compound", "flat"} or (
        token.dep_ == "appos" and token.head.pos_ in {"NOUN", "PROPN"}
    ):
        if token.head.i >= token.i or in_quotes(doc_text(doc), token.head.idx, token.head.idx + 1):
            break  # (never climbs into the quotation: '"... scale its deployment," X, Y's partner, said')
        named = any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in token.children)
        speaks = token.head.ent_type_ in {"ORG", "PERSON", "NORP"}  # "near Grenoble, the office said"
        # ... and right before it ("to Bergen, Eurostar, the carrier, said": not Bergen)
        speaks = speaks and all(t.is_punct for t in doc[token.head.i + 1 : token.left_edge.i])
        if token.head.pos_ == "PROPN" and (token.pos_ == "PROPN" or named or not speaks):
            break  # "in Kelburn, the environment secretary, Hannah Wexley, said": not the place
        token = token.head
    # "“...,” Andrée-Lise Méthot, Cycle Capital’s managing partner, said": the parser hung the name
    # on the description; the name set before it with a comma is who speaks
    name = next((c for c in token.children if c.dep_ == "nmod" and c.pos_ == "PROPN" and c.i < token.i), None)
    return name if name is not None and doc[name.right_edge.i + 1].text == "," else token


# What a jury or a court finds someone.
VERDICTS = frozenset({"guilty", "liable", "innocent", "responsible"})


def a_verdict(cue: Token) -> bool:
    """ "A jury found him guilty of murder", "the jury cleared the firm of fraud but found that it
    had broken the law": a verdict is an event the report states; a jury speaks only in its verdict."""
    if any(t.lower_ in VERDICTS for c in cue.children for t in (c, *c.children)):
        return True
    subject = subject_of(cue) or (subject_of(cue.head) if cue.dep_ == "conj" else None)
    return subject is not None and subject.lemma_.lower() in {"jury", "juror"}


# What one expresses in words ("expressed concern over the cuts"), not milk or a parcel.
EXPRESSED = frozenset(
    "concern concerns discontent regret hope hopes support opposition doubt doubts confidence sympathy "
    "condolences frustration disappointment anger dismay surprise gratitude satisfaction interest "
    "reservations optimism fear fears solidarity displeasure outrage shock alarm appreciation thanks "
    "willingness readiness desire belief view opinion revulsion horror grief sorrow sadness objection "
    "objections dissent criticism scepticism skepticism disgust happiness pleasure delight joy pride goal "
    "wish wishes intention commitment dissatisfaction unhappiness eagerness excitement enthusiasm "
    "reluctance condemnation heartbreak anguish relief remorse".split()
)


def expresses_nothing_said(cue: Token) -> bool:
    """ "expressed milk": the verb "express" with no feeling or view as its object; "the results
    compare to revenue of $4bn": "compare" with nothing compared by anyone."""
    if cue.lemma_.lower() == "compare":
        return not any(c.dep_ in {"dobj", "nsubjpass", "agent"} for c in cue.children)
    if cue.lemma_.lower() == "concede":  # "Norm Green has conceded to the incumbent": the race, no words
        to = cue.i + 1 < len(cue.doc) and cue.doc[cue.i + 1].lower_ == "to"
        return to and not any(c.dep_ in {"dobj", "ccomp", "nsubjpass"} for c in cue.children)
    if cue.lemma_.lower() == "welcome":  # "Zuma will be welcomed by the president": a ceremony
        return any(c.dep_ == "nsubjpass" and c.ent_type_ == "PERSON" for c in cue.children)
    return cue.lemma_.lower() in {"express", "voice"} and not takes_object(
        cue, {"express", "voice"}, EXPRESSED
    )


# Verbs of asking for something in words with a that-clause: "officials are asking that anyone with
# symptoms go to hospital", "the union demanded that the plant stay open".
REQUESTING_VERBS = frozenset({"ask", "request", "demand", "insist", "urge", "recommend"})


def request_frame(pred: Token) -> Frame | None:
    """Whoever asks, demands or requests that something be done: the request is theirs, whole."""
    subj = subject_of(pred)
    if pred.lemma_.lower() not in REQUESTING_VERBS or subj is None:
        return None
    if subj.pos_ not in {"NOUN", "PROPN"} and subj.tag_ != "PRP":  # "she asked that ...": hers too
        return None
    that_clause = any(
        c.dep_ == "ccomp" and any(m.lower_ == "that" for m in c.children) for c in pred.children
    )
    # "Detectives ask that anyone with information contact ...": the parser may take "that" for the object
    misread = any(c.lower_ == "that" and c.i == pred.i + 1 and c.dep_ == "dobj" for c in pred.children)
    if not (that_clause or misread):
        return None
    return Frame(source=subj, role="said", cue=pred.text, cue_index=pred.i)
