"""Step 5, resolve: names and pronouns.

Keeps a registry of the people and bodies the report names, in the order met, so that a later
short form ("Okafor", "the Gazette") or pronoun ("She") is read as the full name met earlier,
and every mention of one source becomes one source across the report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Span, Token

from .attribute import in_quotes, is_cue, subject_of
from .types import Sentence

# Markers of a news organisation in a name: mastheads and wire services.
NEWS_ORG_MARKERS = re.compile(
    r"\b(journal|times|post|news|agency|reuters|associated press|afp|bbc|cnn|guardian|bloomberg|telegraph"
    r"|herald|tribune|gazette|daily|magazine|press|radio|television|tv|broadcasting|economist|politico"
    r"|axios|wire|chronicle|observer|independent|al jazeera|npr|nbc|abc|cbs|fox news|sky news|le monde"
    r"|spiegel|tass|interfax|xinhua|ria novosti|newsweek|atlantic|new yorker|insider|vox|echo|mirror"
    r"|courier|globe|inquirer|dispatch|examiner|sentinel|advertiser|bulletin|chronicle|gazette|express)\b",
    re.IGNORECASE,
)

# Markers of a government body: ministries, presidencies, courts, police, legislatures, and the
# seats of government reporters use for the government itself (Kremlin, White House, Downing Street).
GOVERNMENT_MARKERS = re.compile(
    r"\b(department|ministry|ministries|government|kremlin|white house|downing street|pentagon|elysee"
    r"|police|army|military|armed forces|parliament|congress|senate|court|prosecutors?|embassy|council"
    r"|cabinet|administration|authorities|fbi|cia|nsa|federal|state|presidency"
    r"|commission|committee|regulator|treasury|interior|defence|defense|office|bureau|inspectorate|watchdog)\b",
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
    r"|network|movement|organi[sz]ation|council|board|academy|museum|charity)\b",
    re.IGNORECASE,
)

# Nouns naming a document rather than someone who speaks; the publisher behind them is the source.
DOCUMENT_NOUNS = frozenset(
    "report article story investigation book memoir study survey analysis paper statement release "
    "filing indictment lawsuit complaint documents document memo letter post tweet interview "
    "poll review biography figure data datum record email file transcript minutes image footage video "
    "photo photograph recording".split()
)

# Words that turn a short organisation name into its full one ("Bloomberg" -> "Bloomberg News").
ORG_EXTENSIONS = re.compile(
    r"^(news|agency|group|inc|corp|ltd|plc|co|company|holdings|media|newspaper|times|post|journal)\.?$",
    re.IGNORECASE,
)

# Singular nouns naming an organisation rather than a person, so a name glossed with one is not a person.
ORG_NOUNS = frozenset(
    "company firm group union party ministry department agency organisation organization newspaper "
    "broadcaster channel bank fund office council court government team club university school "
    "hospital charity network website platform carmaker manufacturer maker retailer airline".split()
)

# Titles written before a name and not part of it.
TITLES = frozenset(
    "mr mrs ms miss dr prof professor sir dame lord lady senator sen rep representative congressman "
    "congresswoman president vice prime minister chancellor governor mayor judge justice general gen "
    "colonel col captain capt sergeant sgt officer detective inspector chief ambassador secretary "
    "king queen prince princess pope bishop archbishop rabbi imam father sheikh prosecutor attorney "
    "spokesman spokeswoman spokesperson commissioner chairman chairwoman deputy sheriff".split()
)

# Participles linking a document to the outlet that has it ("published in", "seen by", "obtained by").
PUBLISHING_PARTICIPLES = frozenset(
    {
        "publish",
        "see",
        "obtain",
        "release",
        "issue",
        "leak",
        "review",
        "print",
        "analyse",
        "analyze",
        "verify",
    }
)

# Prepositions linking a document to who issued it ("a report by", "a statement from", "an interview with").
PUBLISHER_PREPS = frozenset({"by", "from", "in", "of", "with"})

# Endings of compound nouns for organisations ("chipmaker", "steelmaker", "drugmaker").
ORG_NOUN_ENDINGS = ("maker", "company", "firm", "giant", "producer", "provider", "carrier", "group")

# Glosses too general to serve as another name for a person ("the journalist Ana Ruiz").
GENERIC_ROLE_NOUNS = frozenset("journalist man woman person reporter writer author user".split())

# Pronouns by grammatical gender; "they" is not resolved to a single person.
FEMININE = frozenset({"she", "her", "hers", "herself"})
MASCULINE = frozenset({"he", "him", "his", "himself"})
PERSONAL_PRONOUNS = FEMININE | MASCULINE

# Articles dropped from the front of a plural source's name ("the officials" -> "officials");
# quantifiers stay, they say how many ("two people familiar with the talks").
NAME_OPENERS = frozenset({"the", "a", "an"})

# NER labels that name someone or something that can be a source or be written out in a claim.
NAMED_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})

# Pronouns whose referent we write out in a claim's text: subjects, objects and possessives.
REWRITE_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "dobj", "dative"})
# Pronouns an organisation speaks of itself with in reported speech ("the union said it would").
ORG_PRONOUNS = frozenset({"it", "they"})
# Reflexives ("the mayor himself") stay as written.
REWRITABLE = frozenset({"he", "she", "him", "her", "his"})
# Quotation marks, dropped from a claim's text when they would be left unbalanced.
QUOTE_CHARS = '“”"«»'

# A pronoun is read as the latest person who was a subject this many sentences back at most;
# beyond that, as the most talked-about person so far, the headline's subject counting extra
# (a report's protagonist is usually the headline subject and is often "he"/"she" for long stretches).
RECENT_SENTENCES = 3
HEADLINE_SUBJECT_WEIGHT = 4


@lru_cache(maxsize=4096)
def _norm(name: str) -> str:
    name = name.replace("’", "'")
    name = re.sub(r"'s?$", "", name.strip())
    name = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
    return " ".join(name.split())


def kind_of_name(name: str, *, label: str = "", plural: bool = False) -> str:
    """Source kind from the name and its NER label."""
    if label == "PERSON":
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


@dataclass
class Entity:
    name: str
    kind: str
    aliases: set[str] = field(default_factory=set)
    mentions: int = 0
    gender: str | None = None


class Registry:
    """The named people and bodies of one report, looked up by full or short form."""

    def __init__(self):
        self.entities: list[Entity] = []

    def lookup(self, name: str) -> Entity | None:
        key = _norm(name).lower()
        if not key:
            return None
        words = key.split()
        best = None
        for e in self.entities:
            forms = [_norm(e.name).lower()] + [_norm(a).lower() for a in e.aliases]
            if key in forms:
                return e
            for form in forms:
                full = form.split()
                # a short form is the tail of the full name: "Okafor" for "Tom Okafor",
                # "Gazette" for "The Evening Gazette", "minister" for "the transport minister"
                tail = len(words) < len(full) and full[-len(words) :] == words
                # ... and the other way round, a full name met after its short form ("Costa", "Ana Costa")
                tail = tail or (
                    len(full) < len(words) and words[-len(full) :] == full and e.kind != "news_org"
                )
                # the same body with its kind spelled out: "Bloomberg" then "Bloomberg News"
                extended = (
                    len(full) < len(words)
                    and words[: len(full)] == full
                    and all(ORG_EXTENSIONS.search(w) for w in words[len(full) :])
                )
                if tail or extended:
                    best = e if best is None or e.mentions > best.mentions else best
        return best

    def add(self, name: str, kind: str) -> Entity:
        found = self.lookup(name)
        if found is not None:
            found.mentions += 1
            if _norm(name).lower() != _norm(found.name).lower():
                if len(name.split()) > len(found.name.split()) and not name.lower().startswith(
                    found.name.lower()
                ):
                    # a fuller form met later ("Costa" first, "Ana Costa" later) becomes the name
                    found.aliases.add(found.name)
                    found.name = _norm_display(name)
                else:
                    found.aliases.add(_norm_display(name))
            if found.kind in {"other", "company"} and kind == "person":
                found.kind = kind
            return found
        entity = Entity(name=_norm_display(name), kind=kind, mentions=1)
        self.entities.append(entity)
        return entity


def _norm_display(name: str) -> str:
    name = re.sub(r"[’']s$", "", name.strip())
    return " ".join(name.split())


def is_org_noun(token: Token) -> bool:
    """ "company", "chipmaker", "broadcaster": a noun naming an organisation, not a person."""
    lemma = token.lemma_.lower()
    return lemma in ORG_NOUNS or lemma.endswith(ORG_NOUN_ENDINGS)


def plural_head(token: Token) -> bool:
    return token.tag_ in {"NNS", "NNPS"}


def name_in_apposition(token: Token) -> Token | None:
    """The name a common noun is glossed with: "the ministry spokesperson, Ana Ruiz" -> Ruiz."""
    if token.pos_ == "PROPN":
        return None
    for c in token.children:
        if c.dep_ == "appos" and c.pos_ == "PROPN" and not any(g.dep_ == "det" for g in c.children):
            return c
    return None


def entity_of(token: Token):
    """The NER span containing `token`, found from its IOB tags (no scan over all the Doc's entities)."""
    if not token.ent_type_:
        return None
    doc = token.doc
    start = token.i
    while doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=token.ent_type_)


def entity_span_text(token: Token) -> tuple[str, str]:
    """(text, NER label) of the name containing `token`: the NER span or the compound chain of
    proper nouns, whichever is longer (the small model often tags only "Costa" of "Ana Costa")."""
    head = token
    while head.dep_ in {"compound", "flat"} and head.head.pos_ == "PROPN" and head.head.i > head.i:
        head = head.head
    chain = [
        c for c in head.children if c.dep_ in {"compound", "flat"} and c.i < head.i and c.pos_ == "PROPN"
    ]
    chain = sorted([t for c in chain for t in c.subtree if t.pos_ == "PROPN"] + [head], key=lambda t: t.i)
    label = ""
    ent = entity_of(token)
    if ent is not None and ent.label_ in NAMED_TYPES:
        label = ent.label_
        toks = [t for t in ent if t.tag_ != "POS"]
        if len(toks) >= len(chain):
            chain = toks
    # "Senator Mark Hale", "President Macron": the title is not part of the name
    # (but "General Motors" keeps its first word: only strip before a person's name)
    while chain[0].lower_.rstrip(".") in TITLES and (len(chain) >= 3 or label == "PERSON" and len(chain) > 1):
        chain = chain[1:]
    return "".join(t.text_with_ws for t in chain).strip(), label


def looks_like_personal_name(name: str) -> bool:
    """Two or three capitalised words and no organisation marker: "Marcus Oyelaran"."""
    words = name.split()
    return (
        2 <= len(words) <= 3
        and all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words)
        and kind_of_name(name) == "other"
        and not OTHER_ORG_MARKERS.search(name)
    )


class Resolver:
    """Walks the report's sentences in order, registering names and resolving pronouns."""

    def __init__(self):
        self.registry = Registry()
        self.pronouns: dict[tuple[int, int], Entity] = {}  # (sentence index, token i) -> entity
        self.subjects: list[tuple[int, int, Entity]] = []  # (sentence index, token i, entity)
        self.speakers: list[tuple[int, int, Entity]] = []  # the subjects that were subjects of cue verbs
        self.person_mentions: dict[int, int] = {}
        # bodies that spoke, for a later "it said": (sentence index, (name, kind, aliases))
        self.body_speakers: list[tuple[int, tuple[str, str, tuple[str, ...]]]] = []

    def remember_speaker(self, sentence: Sentence, named: tuple[str, str, tuple[str, ...]]):
        """Note a company, body or group that has just said something."""
        if named[1] != "person":
            self.body_speakers.append((sentence.index, named))

    # -- names --------------------------------------------------------------------------------------

    def observe(self, sentence: Sentence, carried: Entity | None = None):
        """Register the sentence's names, then resolve its personal pronouns."""
        for ent in sentence.span.ents:
            if ent.label_ not in {"PERSON", "ORG"}:
                continue
            text = "".join(t.text_with_ws for t in ent if t.tag_ != "POS").strip()
            if not text or not any(ch.isupper() for ch in text):
                continue
            self.registry.add(text, kind_of_name(text, label=ent.label_))
        # multi-word proper names the tagger missed or mislabelled ("Marcus Oyelaran" as NORP)
        for t in sentence.span:
            if t.pos_ == "PROPN" and t.dep_ not in {"compound", "flat"}:
                name, label = entity_span_text(t)
                if len(name.split()) >= 2 and label in {"", "PERSON", "ORG", "NORP"} and name[:1].isupper():
                    known = self.registry.lookup(name)
                    if known is None or len(known.name.split()) < len(name.split()):
                        self.registry.add(name, kind_of_name(name, label=label))
        # salience: every mention of a known person, NER-tagged or not ("Ruiz" swallowed by a DATE span)
        for t in sentence.span:
            if t.pos_ == "PROPN" and t.dep_ != "compound":
                name, _ = entity_span_text(t)
                e = self.registry.lookup(name)
                if e is not None and e.kind == "person":
                    bonus = HEADLINE_SUBJECT_WEIGHT if sentence.is_headline and t.dep_ == "nsubj" else 1
                    self.person_mentions[id(e)] = self.person_mentions.get(id(e), 0) + bonus
        # appositive names: "The ministry spokesperson, Ana Ruiz" and "Maria Alvarez, the
        # transport minister" give the person a second name, and tell us a person is meant
        for t in sentence.span:
            pair = None
            if t.dep_ == "appos" and t.pos_ == "PROPN" and t.head.pos_ == "NOUN":
                pair = (t, t.head)
            elif t.dep_ == "appos" and t.pos_ == "NOUN" and t.head.pos_ == "PROPN" and not is_org_noun(t):
                # a definite role: "the transport minister", "the EU's competition commissioner"
                if any((c.dep_ == "det" and c.lower_ == "the") or c.dep_ == "poss" for c in t.children):
                    pair = (t.head, t)
            if pair is not None:
                named, role_noun = pair
                name, label = entity_span_text(named)
                e = self.registry.lookup(name)
                if e is None and label in {"PERSON", "ORG", ""} and name[:1].isupper():
                    e = self.registry.add(name, kind_of_name(name, label=label))
                if e is not None and e.kind == "other" and role_noun.tag_ == "NN":
                    if not is_org_noun(role_noun) and role_noun.lemma_.lower() not in DOCUMENT_NOUNS:
                        e.kind = "person"
                if e is not None:
                    mods = [
                        x.text
                        for x in role_noun.children
                        if x.i < role_noun.i and x.dep_ in {"compound", "amod"}
                    ]
                    role = " ".join([*mods, role_noun.text])
                    if role.lower() not in GENERIC_ROLE_NOUNS:
                        e.aliases.add(role)
        self._resolve_pronouns(sentence, carried)

    def _entity_for(self, token: Token, sentence: Sentence) -> Entity | None:
        if token.lower_ in PERSONAL_PRONOUNS:
            return self.pronouns.get((sentence.index, token.i))
        if token.pos_ == "PROPN" or token.ent_type_ in NAMED_TYPES:
            name, _ = entity_span_text(token)
            return self.registry.lookup(name)
        named_appos = name_in_apposition(token)
        if named_appos is not None:
            return self._entity_for(named_appos, sentence)
        return None

    def _resolve_pronouns(self, sentence: Sentence, carried_speaker: Entity | None = None):
        doc_text = sentence.span.doc.text
        # first the subjects of cue verbs (so "She added: 'He ...'" knows who is speaking)
        order = sorted(sentence.span, key=lambda t: (0 if is_cue(t.head) and t.dep_ == "nsubj" else 1, t.i))
        speaker = carried_speaker
        for t in order:
            if t.lower_ in PERSONAL_PRONOUNS:
                quoted = in_quotes(doc_text, t.idx, t.idx + len(t))
                exclude = set()
                if quoted and speaker is not None:
                    exclude.add(id(speaker))
                if t.dep_ in {"dobj", "pobj", "dative"}:
                    own = subject_of(t.head)
                    if own is not None:
                        e = self._entity_for(own, sentence)
                        if e is not None:
                            exclude.add(id(e))
                found = self._pick(sentence, t, exclude)
                if found is not None:
                    self.pronouns[(sentence.index, t.i)] = found
                    gender = "f" if t.lower_ in FEMININE else "m"
                    found.gender = found.gender or gender
            if t.dep_ in {"nsubj", "nsubjpass"}:
                e = self._entity_for(t, sentence)
                if e is None and is_cue(t.head):
                    e = self._role_speaker(t)
                if e is not None and e.kind == "person":
                    self.subjects.append((sentence.index, t.i, e))
                    if is_cue(t.head):
                        self.speakers.append((sentence.index, t.i, e))
                    if is_cue(t.head) and speaker is None:
                        speaker = e
        self.subjects.sort(key=lambda s: (s[0], s[1]))
        self.speakers.sort(key=lambda s: (s[0], s[1]))

    def _role_speaker(self, token: Token) -> Entity | None:
        """An unnamed person who speaks ("the mayor said"), so a later "he said" can point back."""
        lemma = token.lemma_.lower()
        if token.pos_ != "NOUN" or token.tag_ != "NN" or is_org_noun(token) or lemma in DOCUMENT_NOUNS:
            return None
        toks = [t for t in token.subtree if t.i <= token.i or t.dep_ == "prep" or t.head.dep_ == "prep"]
        toks = [t for t in toks if not t.is_punct and t.dep_ not in {"relcl", "appos"}]
        name = " ".join(t.text for t in toks)
        if not name or kind_of_name(name) in {"news_org", "company"}:
            return None
        e = self.registry.lookup(name) or self.registry.add(name, "person")
        e.kind = "person"
        return e

    def _pick(self, sentence: Sentence, pronoun: Token, exclude: set[int]) -> Entity | None:
        gender = "f" if pronoun.lower_ in FEMININE else "m"

        def fits(e: Entity) -> bool:
            return e.kind == "person" and id(e) not in exclude and e.gender in {None, gender}

        # "she said": the one who spoke last is likelier than whoever was last talked about
        recent = self.subjects
        if pronoun.dep_ == "nsubj" and is_cue(pronoun.head):
            recent = [s for s in self.speakers if s[0] >= sentence.index - RECENT_SENTENCES] or self.subjects
        for idx, i, e in reversed(recent):
            if idx < sentence.index - RECENT_SENTENCES:
                break
            if idx == sentence.index and i >= pronoun.i:
                continue
            if fits(e):
                return e
        people = [e for e in self.registry.entities if fits(e)]
        if not people:
            return None
        return max(people, key=lambda e: self.person_mentions.get(id(e), 0))

    def pronoun(self, sentence: Sentence, token: Token) -> Entity | None:
        return self.pronouns.get((sentence.index, token.i))

    def name_for(self, token: Token, sentence: Sentence) -> tuple[str, str, tuple[str, ...]] | None:
        """(name, kind, aliases) for the head token of a source phrase; None when it names nothing."""
        if token.lower_ in PERSONAL_PRONOUNS:
            e = self.pronoun(sentence, token)
            return (e.name, e.kind, tuple(sorted(e.aliases))) if e else None
        if token.lower_ in ORG_PRONOUNS and token.dep_ == "nsubj" and is_cue(token.head):
            # "The club said ... It added that ...": the body that spoke last
            for idx, named in reversed(self.body_speakers):
                if idx >= sentence.index - RECENT_SENTENCES and idx <= sentence.index:
                    return named
            return None
        if token.lower_ in {"they", "it", "we", "i", "you"}:
            return None
        named_appos = name_in_apposition(token)
        if named_appos is not None:
            return self.name_for(named_appos, sentence)
        if token.lemma_.lower() in DOCUMENT_NOUNS:
            publisher = self.publisher_of(token)
            if publisher is None:
                return None
            return self.name_for(publisher, sentence)
        if token.pos_ == "PROPN" or token.ent_type_ in NAMED_TYPES:
            name, label = entity_span_text(token)
            e = self.registry.lookup(name)
            speaks = token.dep_ == "nsubj" and is_cue(token.head)
            if (
                e is not None
                and e.kind == "other"
                and speaks
                and label != "ORG"
                and looks_like_personal_name(e.name)
            ):
                e.kind = "person"  # a two-word name that says things, with no marker of a body
            if e is None:
                kind = kind_of_name(name, label=label)
                if not label:
                    # a capitalised word the tagger did not take for a name ("says Minister"):
                    # keep it out of the registry so it can still resolve to a fuller name later
                    return name, kind, ()
                e = self.registry.add(name, kind)
            return e.name, e.kind, tuple(sorted(e.aliases))
        # a common noun phrase: "several in-post and former US officials", "a spokesperson for X"
        toks = [
            t
            for t in token.subtree
            if (t.i == token.i or t.dep_ not in {"relcl", "appos"}) and not t.is_punct and t.i <= token.i + 8
        ]
        skip = set()
        for c in token.children:
            if c.dep_ in {"relcl", "appos", "acl"}:
                skip |= {t.i for t in c.subtree}
        toks = [t for t in toks if t.i not in skip]
        # the article goes from a group ("officials") but stays on a singular ("the union said")
        while toks and toks[0].lower_ in NAME_OPENERS and plural_head(token):
            toks.pop(0)
        name = "".join(
            t.text + (t.whitespace_ if n + 1 < len(toks) and toks[n + 1].i == t.i + 1 else " ")
            for n, t in enumerate(toks)
        ).strip()
        if not name:
            return None
        plural = plural_head(token)
        kind = kind_of_name(name, plural=plural)
        if kind == "other" and not plural and token.pos_ == "NOUN" and not is_org_noun(token):
            kind = "person"  # "a spokesperson for the ministry", "the journalist"
        return name, kind, ()

    @staticmethod
    def publisher_of(document: Token) -> Token | None:
        """The named body behind a document noun: "The Evening Gazette report", "a report by Reuters"."""
        for c in document.children:
            if c.dep_ in {"compound", "poss", "nmod"} and (c.pos_ == "PROPN" or c.ent_type_ in NAMED_TYPES):
                return c
            if c.dep_ == "poss" and (c.lower_ in PERSONAL_PRONOUNS or c.pos_ == "NOUN"):
                return c
        # "a study published in The Lancet", "figures seen by the Guardian", "emails obtained by Reuters"
        for c in document.children:
            if c.dep_ == "acl" and c.lemma_.lower() in PUBLISHING_PARTICIPLES:
                for p in c.children:
                    via = p if p.dep_ in {"prep", "agent"} else None
                    for g in via.children if via is not None else ():
                        if g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.ent_type_ in {"ORG", "PERSON"}):
                            return g
        for c in document.children:
            if c.dep_ != "prep" or c.lower_ not in PUBLISHER_PREPS:
                continue
            for g in c.children:
                if g.dep_ != "pobj":
                    continue
                # "a report by Reuters", "an interview with CNN", "a report in the Gazette"
                # (but "a report in the US" names a place, not a publisher)
                if c.lower_ == "in":
                    if g.ent_type_ == "ORG" or NEWS_ORG_MARKERS.search(entity_span_text(g)[0]):
                        return g
                elif g.ent_type_ in {"ORG", "PERSON"} or (g.pos_ == "PROPN" and c.lower_ != "of"):
                    return g
                # "a statement from the committee": whoever issues it, named or not
                if c.lower_ in {"by", "from"} and g.pos_ == "NOUN":
                    return g
        return None


def _join(tokens, render) -> str:
    out = []
    for n, t in enumerate(tokens):
        nxt = tokens[n + 1] if n + 1 < len(tokens) else None
        ws = t.whitespace_ if nxt is not None and nxt.i == t.i + 1 else " "
        out.append(render(t) + ws)
    return "".join(out).strip()


def claim_text(clause, resolver: Resolver, *, speaker: tuple[str, str] | None = None) -> tuple[str, bool]:
    """A short self-contained text for a clause, with pronouns and short names written out.

    `speaker` is (name, kind) of the clause's first source: in "the company said it would ..."
    the "it" is the company. Returns (text, vague): `vague` when the subject is a pronoun nobody
    could resolve ("it was true").
    """
    sentence = clause.sentence
    org_speaker = speaker is not None and speaker[0] and speaker[1] != "person"

    heads = {clause.head.i} | {t.i for t in clause.borrowed_subject if t.dep_ in {"nsubj", "nsubjpass"}}

    def rewritable(t: Token) -> bool:
        # only pronouns hanging off the clause's own predicate (or possessives of its arguments):
        # deeper ones ("if he wins") are ambiguous and are left as written
        if t.lower_ not in REWRITABLE or t.dep_ not in REWRITE_DEPS:
            return False
        if t.head.i in heads or t.i in heads:
            return True
        return t.dep_ == "poss" and t.head.head.i in heads

    subject_tokens = [t for t in clause.borrowed_subject + clause.tokens if t.dep_ in {"nsubj", "nsubjpass"}]
    subject_entity = None
    if subject_tokens:
        first = subject_tokens[0]
        subject_entity = resolver.pronoun(sentence, first) or resolver.registry.lookup(
            entity_span_text(first)[0]
        )

    def render(t: Token) -> str:
        if (
            org_speaker
            and clause.via == "content"
            and t.lower_ in ORG_PRONOUNS
            and t.dep_ in {"nsubj", "nsubjpass"}
            and t.head.i == clause.head.i
        ):
            return speaker[0]
        if rewritable(t):
            e = resolver.pronoun(sentence, t)
            # "Ruiz has sold his own shares": a possessive of the subject itself stays a pronoun
            if e is not None and t.dep_ == "poss" and e is subject_entity:
                return t.text
            if e is not None:
                return f"{e.name}’s" if t.dep_ == "poss" or t.lower_ == "his" else e.name
        return t.text

    body = _join(list(clause.tokens), render)
    vague = False
    subj = subject_of(clause.head)
    if subj is not None and subj.lower_ in {"it", "this", "that", "they", "them"} and subj in clause.tokens:
        vague = not (org_speaker and subj.lower_ in ORG_PRONOUNS)
    if clause.borrowed_subject:
        borrowed = list(clause.borrowed_subject)
        named = [t for t in borrowed if t.pos_ == "PROPN"]
        subject = _join(borrowed, render)
        if named and len(named) == len(borrowed):
            e = resolver.registry.lookup(subject)
            subject = e.name if e is not None and e.kind == "person" else subject
        body = f"{subject}{clause.link}{body}"
    if clause.extra:
        body = f"{body}, {_join(list(clause.extra), render)}"
    if sum(body.count(q) for q in QUOTE_CHARS) % 2:
        body = "".join(ch for ch in body if ch not in QUOTE_CHARS)
    body = body.strip(" ,;:" + QUOTE_CHARS)
    if body.endswith(".") and len(body) > 1 and not body[-2].isupper():
        body = body[:-1]  # "put it at £3.9m.": the tokenizer kept the full stop on the last word
    body = re.sub(r"\s+([,.;:])", r"\1", body)
    if body and body[0].islower() and not body.startswith(("iP", "e-")):
        body = body[0].upper() + body[1:]
    return body, vague
