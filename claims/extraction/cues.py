"""Cues of attribution in the dependency parse, used by `split` to hang a Frame on each clause.

A cue verb's subject (or passive agent) is the source and its clausal complement is the content;
"according to X" (according.py) hangs off the content verb; "X, citing Y, reported" adds Y as a nested source.
Names are turned into sources later, in `resolve`; running quotations are followed in `attribute`.
"""

from __future__ import annotations

from spacy.tokens import Token

from .entities import is_document
from .hearings import giving_evidence, heard_in_evidence
from .inferences import nobody_speaks
from .inverted import (
    before_a_colon,
    hosts_inverted_speaker,
    inverted_speaker,
    quotation_after,
    quotation_read_as_adverbial,
    quoted_before_the_tag,
    tag_after_a_quotation,
    unattached_headline_content,
    wrapped_in_quotes,
)
from .memo import per_token
from .partitives import past_a_part
from .persons import out_of_brackets, past_the_scene
from .relatives import (
    after_whose_clause,
    named_before_who,
    not_what_was_said,
    object_conjunct_before,
)
from .segment import doc_text, in_quotes
from .that_clauses import (
    opens_with_that,
    plain_that,
    that_clause_on_a_document,
    that_clause_on_the_listener,
    that_clause_read_as_object,
)
from .told import (
    CITING_VERBS,
    SUBJECT_DEPS,
    a_verdict,
    agent_of,
    announced_in_a_statement,
    announces,
    cites_a_source,
    clause_read_as_object,
    declares_an_act,
    document_after,
    expects_weather,
    expresses_nothing_said,
    phrase_before,
    quoted_as_saying,
    speaking_through,
    subject_of,
    turns_down_a_request,
    who_tells_whom,
)
from .types import Frame
from .views import ACCUSING_VERBS, VIEW_CUES, can_speak, merely_sorts, strikes
from .voice import is_passive
from .winnings import claims_a_prize
from .word_going_round import SPREADING, gives_a_reason, spread_by_word
from .written import told_in_writing

# Putting on record: "the authors declared no conflicts of interest".
DECLARING_CUES = frozenset({"declare", "disclose"})

# Verbs of holding a view or a forecast: attributed even when they take an object and no clause.
STANCE_CUES = frozenset("expect anticipate project forecast predict fear regard consider flag".split())
# Of those, verbs that hold a view only with what the thing is taken for ("regard it as a
# symbol", "consider the plan a mistake"); with a bare object they are weighing it.
JUDGING_CUES = frozenset({"regard", "consider"})

# Cue verbs (lemmas) and the role they give the source. A cue only attributes when it has content
# (a clause or a quote), except the CONTENTLESS ones below.
CUE_ROLES = {
    # plain speech: the source is stating the content
    **dict.fromkeys(
        "say add tell state explain note write comment remark recall describe announce confirm acknowledge "
        "reckon unveil highlight hail admit warn conclude testify agree respond reply continue stress "
        "emphasise emphasize predict estimate promise vow pledge declare told inform notify assure remind "
        "indicate signal post tweet call dub term brand label identify name welcome concede defend rule "
        "caution recommend propose advise urge apologise apologize reiterate point complain affirm reaffirm "
        "divulge "
        "mention underline underscore clarify express voice praise commend laud thank congratulate attribute "
        "calculate convey relay share lament proclaim tout question observe accept recount recollect "
        "reminisce quip joke muse retort exclaim boast brag elaborate opine classify categorize".split(),
        "said",
    ),
    # publication verbs: news organisations and documents "report", "reveal"
    **dict.fromkeys(
        "report reveal publish disclose find show document link uncover determine".split(), "reported"
    ),
    # contested assertions: the report keeps its distance
    **dict.fromkeys(
        "claim insist allege argue assert maintain suggest contend speculate hint imply believe think feel "
        "compare submit suspect".split(),
        "claimed",
    ),
    # stances and forecasts a body or group holds and puts on record: "the company expects sales to
    # fall", "the agency is projecting a deficit", "officials regard it as a symbol", "its auditors
    # flagged material uncertainty", "councillors fear a backlash"
    **dict.fromkeys(STANCE_CUES, "claimed"),
    # denials
    **dict.fromkeys("deny reject dismiss refute dispute rebut downplay rubbish".split(), "denied"),
    # accusations (often passive: "X was accused by Y of ...")
    **dict.fromkeys(ACCUSING_VERBS, "accused"),
}

# Cues that make a statement even without a clause: "X denied Y's claim", "X compared A to B", "X was accused
# by Y of Z"; stances taken in words: "X welcomed the decision" (the whole).
CONTENTLESS_CUES = frozenset(
    "deny reject dismiss refute dispute rebut accuse charge blame indict sue criticise criticize condemn "
    "compare allege claim insist confirm corroborate verify welcome concede defend slam rubbish "
    "express voice praise commend laud thank congratulate downplay attribute lament blast lambast".split()
)

# Verbs that characterise something when they take an object and a complement ("called the result an
# earthquake", "labelled the plan a tax"): the characterising is a statement even with no clause after it.
CHARACTERISING_CUES = frozenset(
    "call describe dub term brand label identify name tout classify categorize".split()
)

# Verbs by which a body puts a figure on record ("reported a 2.2% drop in sales", "reported net
# income of $40m"): with a number in the object the figure is the body's claim (see `announces`).
FIGURE_CUES = frozenset({"report"})
FIGURE_ENTS = frozenset({"MONEY", "PERCENT", "CARDINAL", "QUANTITY"})

# Verbs by which studies (or researchers, of a link) record a finding ("researchers found a link"):
EVIDENCE_CUES = frozenset({"show", "find", "link", "reveal", "suggest", "indicate", "identify"})
RESEARCHERS = {"researcher", "scientist", "author", "team"}  # ("the research team found a link")
FINDS = {"link", "connection", "association", "effect"}

# Nouns whose "that" clause is what someone alleges: "charges that he stole $2m", "allegations
# that the firm lied". The clause is the accusation's content, credited to the noun's phrase.
ACCUSING_NOUNS = "charge allegation accusation indictment complaint lawsuit suit petition".split()
CLAIMING_NOUNS = "claim suspicion assertion".split()
CLAIM_NOUNS = {**dict.fromkeys(ACCUSING_NOUNS, "accused"), **dict.fromkeys(CLAIMING_NOUNS, "claimed")}

REFUSING_VERBS = frozenset({"decline", "refuse"})

CONTENT_DEPS = frozenset({"ccomp", "parataxis"})  # dependency labels under a cue verb holding its content

NO_ONE = frozenset({"TIME", "CARDINAL"})  # entity types that never speak
# Tags of relative pronouns ("who", "which", "that") standing for the noun a clause describes.
RELATIVE_TAGS = frozenset({"WP", "WDT"})
CONCESSIONS = frozenset({"although", "though", "while", "whilst"})  # "said although ..., the backlog will"


def is_negated(token: Token) -> bool:
    """ "did not comment"; "neither admitted nor denied the claims" (both halves)."""
    if any(c.dep_ == "neg" or (c.dep_ == "preconj" and c.lower_ == "neither") for c in token.children):
        return True
    return token.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "nor" for c in token.head.children)


@per_token
def is_cue(token: Token) -> bool:
    """A verb that attributes: known cue lemma, used as a verb, and not negated ("did not comment");
    worked out once per token of a parse (the stages ask it of the same verbs many times)."""
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    lemma = token.lemma_.lower()
    speaks = (
        lemma in CUE_ROLES or tag_after_a_quotation(token) or spread_by_word(token) or gives_a_reason(token)
    )
    if not (speaks or lemma in HEARD_OR_QUOTED) or is_negated(token):
        return False  # (the cheap tests first: most verbs are no cue)
    if lemma in {"find", "indict", "convict"} and a_verdict(token):
        return False  # "a jury found him guilty", "a grand jury indicted ...": a verdict, an event
    if nobody_speaks(token):
        return False  # "police were called to a building"; "a divide suggests ...": nobody speaking
    return speaks or heard_in_evidence(token) or quoted_as_saying(token) is not None


HEARD_OR_QUOTED = frozenset({"hear", "tell", "quote", "cite"})  # "the court heard", "quoted as saying"


@per_token
def contents_of(cue: Token) -> list[Token]:
    """The clause heads a cue verb introduces (its ccomp; a quotation hanging as parataxis)."""
    if (saying := quoted_as_saying(cue)) is not None and (said := contents_of(saying)):
        return said  # "was quoted as saying that ..."
    found = [
        c for c in cue.children if c.dep_ == "ccomp" or (c.dep_ == "parataxis" and c.pos_ in {"VERB", "AUX"})
    ]  # (not a clause of time: "..., an official said, in a test days after the country tested ...")
    found = [c for c in found if not not_what_was_said(cue, c)]
    found += unattached_headline_content(cue) + that_clause_on_a_document(cue)
    found += that_clause_on_the_listener(cue) + clause_read_as_object(cue)
    # "reported on Monday, citing officials, that ..." / "had forecast, on average, that ...": the
    # aside made the parser read an adverbial or a second verb
    found += [c for c in cue.children if c.dep_ in {"advcl", "conj"} and c.i > cue.i and plain_that(c)]
    # "said although bookings softened, the backlog will lead to growth": a that-less content
    # opening with a concession, read as a clause on the saying
    if not found:
        found += [
            c
            for c in cue.children
            if c.dep_ == "advcl" and c.left_edge.i == cue.i + 1 and c.left_edge.lower_ in CONCESSIONS
        ]
    # '"... Performance, no!" said Guardiola': the quotation's last words read as a second subject
    found += [c for c in cue.children if c.dep_ in SUBJECT_DEPS and quoted_before_the_tag(cue, c)]
    found += [c for c in cue.children if quotation_read_as_adverbial(cue, c) or quotation_after(cue, c)]
    # ("China faces a dilemma: it can signal ...": a clause before a colon is not what follows says)
    found = [c for c in found if not hosts_inverted_speaker(cue, c) and not before_a_colon(cue, c)]
    found = [_past_the_listener(c) for c in found if not first_conjunct_read_as_content(cue, c)]
    return found or that_clause_read_as_object(cue)


def first_conjunct_read_as_content(cue: Token, clause: Token) -> bool:
    """ "Whitlow is unapologetic about the ban but concedes that ...": the parser made the first
    conjunct, with its subject, a clause under the subjectless speech verb that follows it; so too
    "Acme did not confirm it, however it said ...", a contrast before the speaker."""
    contrast = any(c.lower_ in {"however", "but", "yet"} and clause.i < c.i < cue.i for c in cue.children)
    if clause.dep_ != "ccomp" or clause.i > cue.i or not has_own_subject(clause):
        return False
    if contrast:  # ("Sales rose, however, the firm said": a tag with nothing after it is one)
        return any(not c.is_punct for c in cue.children if c.i > cue.i)
    return (
        subject_of(cue) is None
        and inverted_speaker(cue) is None
        and any(c.dep_ == "ccomp" and c.i > cue.i for c in cue.children)
    )


def has_own_subject(clause: Token) -> bool:
    return any(c.dep_ in SUBJECT_DEPS for c in clause.children)


def _past_the_listener(content: Token) -> Token:
    """ "told BBC Radio Leeds that the bridge would reopen": the one told, read as the content with
    the that-clause under it; the that-clause is what was told."""
    if subject_of(content) is not None or content.i > 0 and content.doc[content.i - 1].lower_ == "that":
        return content
    return next((c for c in content.children if c.dep_ in {"ccomp", "acl"} and opens_with_that(c)), content)


def speaker_of(cue: Token) -> Token | None:
    """The subject of a cue verb. When the parser gives it two, one inside the quotation it
    introduces ("'... a crisis that nobody foresaw,' said Allingham") is quoted, not speaking."""
    subjects = [c for c in cue.children if c.dep_ in SUBJECT_DEPS]
    if not subjects and (through := speaking_through(cue)) is not None:
        return speaker_of(through)
    if not subjects and (inverted := inverted_speaker(cue)) is not None:
        return inverted
    outside = [s for s in subjects if not in_quotes(doc_text(cue.doc), s.idx, s.idx + len(s))]
    # "a drought that its central bank says cut growth": the bank speaks, "that" is what it speaks of
    # "..., most of them from New Mexico, said Tom Williamson": the subject right after the verb
    after = [s for s in outside if s.left_edge.i == cue.i + 1 and s.pos_ == "PROPN"]
    if len(outside) > 1 and after:
        return after[0]
    named = [s for s in outside if s.tag_ not in RELATIVE_TAGS]
    # a clock time ("1.37pm: ..., Sky News reports"), a figure or an adjective never speaks
    named = [s for s in named if not (s.like_num or s.pos_ == "ADJ" or s.ent_type_ in NO_ONE)] or named
    if len(outside) > 1 and named:
        # "in-post and former US, European and Russian officials said": the parser splits one
        # group into two subjects; the one next to the verb heads it (see groups.py)
        first, second = named[0], named[1] if len(named) > 1 else None
        joined = second is not None and any(
            c.dep_ == "cc" and c.lower_ == "and" and c.i == first.right_edge.i for c in first.children
        )
        if joined and second.left_edge.i == first.right_edge.i + 1:
            return second
        # "Water utility, Metro Water said": a description, then the name the parser split off
        glossed = second is not None and first.pos_ == "NOUN" and second.pos_ == "PROPN"
        # ("The city's committee member for water Xanthea Limberg advised": a role run into the name)
        run_in = glossed and second.ent_type_ == "PERSON" and second.left_edge.i == first.right_edge.i + 1
        # ("Meeting Okonjo Friday, Lindqvist said": a participle's object read as a subject; Lindqvist speaks)
        nearest = (
            second is not None
            and second.right_edge.i == cue.i - 1
            and cue.doc[second.left_edge.i - 1].text == ","
        )
        return second if (glossed and (cue.doc[first.i + 1].text == "," or run_in)) or nearest else first
    return past_a_part(past_the_scene(out_of_brackets((outside or subjects or [None])[0])))


def frame_for_cue(cue: Token) -> Frame:
    """The attribution made by a cue verb: source (subject, or passive agent), role, nested citations."""
    lemma = cue.lemma_.lower()
    passive = is_passive(cue) and not heard_in_evidence(cue)
    source = (agent_of(cue) or told_in_writing(cue)) if passive else named_before_who(cue) or speaker_of(cue)
    source = giving_evidence(cue) or source
    head = cue
    while source is None and not passive and head.dep_ == "conj":
        # "The minister visited ... and said": the subject of the first verb speaks, unless the
        # parser took the new subject for a second object ("reported a drop, and data showed")
        head = head.head
        if after_whose_clause(head, cue):  # "residents who live there and said": whose is unsure
            break
        source = object_conjunct_before(head, cue) or subject_of(head)
    if source is None and not passive:
        first = next((c for c in cue.children if first_conjunct_read_as_content(cue, c)), None)
        source = subject_of(first) if first is not None else (document_after(cue) or phrase_before(cue))
        quoted = source is not None and in_quotes(doc_text(cue.doc), source.idx, source.idx + 1)
        source = None if quoted else source  # ('“What’s interesting ...,” said Dr Park is ...')
    if source is None and not passive and cue.i > 0:
        # "subject to approval by its shareholders and Agilent said ...": the name coordinated
        # right before the verb is its speaker, not the first clause's subject
        before = cue.doc[cue.i - 1]
        source = before if before.dep_ == "conj" and before.pos_ in {"PROPN", "NOUN"} else None
    named = source is not None and any(
        c.dep_ in {"compound", "flat"} and c.pos_ == "PROPN" for c in source.children
    )
    if source is not None and source.ent_type_ in {"DATE", "TIME"} and source.pos_ == "PROPN" and not named:
        # "told parliament earlier Thursday": a day is never a speaker ("Winter argued" is a surname the
        # report gives a person elsewhere, "attorney Brent Winter")
        person = any(t.text == source.text for e in source.doc.ents if e.label_ == "PERSON" for t in e)
        source = source if person else None
    if source is not None and cue.dep_ == "relcl" and source.tag_ in RELATIVE_TAGS:
        # "a statement by the spokesman, who said ...": the one who speaks is the noun described
        source = cue.head
    source, cited = who_tells_whom(cue, source, passive)
    for c in cue.children:
        # "X, citing several officials, reported": the officials are a second, inner source
        if c.dep_ in {"advcl", "prep", "xcomp"} and c.lemma_.lower() in CITING_VERBS:
            cited += cites_a_source(c)
    direct = False
    contents = contents_of(cue)
    if contents:
        first = min(t.idx for c in contents for t in c.subtree)
        last = max(t.idx + len(t.text) for c in contents for t in c.subtree)
        direct = in_quotes(doc_text(cue.doc), first, last) or wrapped_in_quotes(contents[0])
    return Frame(
        source=source,
        role="reported" if heard_in_evidence(cue) or lemma in SPREADING else CUE_ROLES.get(lemma, "said"),
        cue=cue.text,
        cited=tuple(cited),
        direct_quote=direct,
        cue_index=cue.i,
    )


def _accuses(cue: Token) -> bool:
    """ "charged him with fraud", "was charged by prosecutors": an accusation, not a price."""
    return any(
        c.dep_ in {"nsubjpass", "auxpass", "agent"} or (c.dep_ == "prep" and c.lower_ == "with")
        for c in cue.children
    )


def _a_thing_marks(cue: Token) -> bool:
    """ "his uniform, which identified him as a deputy": a thing that marks someone out says nothing."""
    if cue.lemma_ != "identify" or cue.dep_ != "relcl" or (subject := subject_of(cue)) is None:
        return False
    return subject.tag_ in RELATIVE_TAGS and cue.head.pos_ == "NOUN" and not can_speak(cue.head, cue)


def attributes_without_a_clause(cue: Token) -> bool:
    """A cue verb that makes an attributed statement even with no clause after it: a denial or
    accusation, a characterisation with its complement, a figure put on record."""
    lemma = cue.lemma_.lower()
    if lemma == "charge" and not _accuses(cue):
        return False  # "the zones charge older vans a daily fee": a price, not an accusation
    speaker = speaker_of(cue)
    if lemma in VIEW_CUES and not can_speak(speaker, cue) or strikes(cue, speaker):
        return False  # (not "casualties underscore the urgency", "The storm slammed the coast")
    if gives_a_reason(cue):
        return True
    if lemma in CONTENTLESS_CUES | VIEW_CUES or announced_in_a_statement(cue) or announces(cue):
        return not (turns_down_a_request(cue) or claims_a_prize(cue) or expresses_nothing_said(cue))
    if lemma in JUDGING_CUES:
        # "officials consider it a threat" holds a view; "workers considered the offer" weighed it
        return any(c.dep_ in {"xcomp", "oprd"} or (c.dep_, c.lower_) == ("prep", "as") for c in cue.children)
    if lemma in STANCE_CUES or lemma in DECLARING_CUES:
        return not (declares_an_act(cue) or expects_weather(cue)) and any(
            c.dep_ in {"dobj", "xcomp", "oprd", "acomp"} for c in cue.children
        )
    objects = [c for c in cue.children if c.dep_ == "dobj"]
    # "were identified by police as ...": passive, the one characterising is the agent (the
    # parser may hang the "as" on them)
    agent = agent_of(cue)
    marked = any(
        c.dep_ in {"oprd", "acomp", "attr"} or (c.dep_ == "prep" and c.lower_ == "as")
        for c in [*cue.children, *(agent.children if agent is not None else ())]
    )  # ("the outlook identified a heightened risk": no "as", a document's finding, below)
    # ("called the draft budget ‘smoke and mirrors’": the label in quotation marks, read as an apposition;
    # "described the income generated from it as ‘crucial’": the "as" hung on a clause on the object)
    marked = marked or any(
        (a.dep_ == "appos" and a.doc[a.left_edge.i - 1].is_quote)
        or (a.dep_ == "acl" and any((g.dep_, g.lower_) == ("prep", "as") for g in a.children))
        for o in objects
        for a in o.children
    )
    if lemma in CHARACTERISING_CUES and (objects or agent) and (marked or lemma not in EVIDENCE_CUES):
        return marked and not _a_thing_marks(cue) and not merely_sorts(cue)
    if lemma in EVIDENCE_CUES and objects and (subject := subject_of(cue)) is not None:
        return is_document(subject) or (subject.lemma_.lower() in RESEARCHERS and objects[0].lemma_ in FINDS)
    # ("reported selling 270,000 iPhones": the figure in what the body reports doing)
    doing = [x for x in cue.children if x.dep_ == "xcomp" and x.tag_ == "VBG"]
    objects = objects or [o for x in doing for o in x.children if o.dep_ == "dobj"]
    if lemma in FIGURE_CUES and objects:
        return any(t.ent_type_ in FIGURE_ENTS or t.like_num for t in objects[0].subtree)
    return False
