"""Step 8, references: the documents a report rests on ("a report in the Gazette", "her new book",
"tweeted", "accused by the justice department"), as records linked to the claims built on them.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from .attribute import according_to, is_cue
from .resolve import DOCUMENT_NOUNS, Resolver, kind_of_name
from .types import Sentence

# Reference kind by the noun naming the document.
DOCUMENT_KINDS = {
    **dict.fromkeys(
        "report article story investigation study survey analysis paper poll review".split(), "article"
    ),
    **dict.fromkeys("book memoir biography".split(), "book"),
    **dict.fromkeys("tweet post".split(), "social"),
    **dict.fromkeys("statement release interview letter memo".split(), "statement"),
    **dict.fromkeys("filing indictment lawsuit complaint documents document".split(), "filing"),
}

# Verbs that publish on social media: the act itself is the document.
SOCIAL_VERBS = frozenset({"tweet", "post", "retweet", "livestream"})

# Verbs by which a news organisation puts a story on record.
PUBLISHING_VERBS = frozenset({"report", "reveal", "publish", "break", "disclose"})

# Source kinds whose accusations are legal filings (indictments, charges) rather than statements.
FILING_SOURCE_KINDS = frozenset({"government"})


@dataclass(frozen=True)
class FoundReference:
    title: str
    kind: str
    publisher: str
    cue: str
    start: int
    end: int
    anchor: int  # token index of the cue in its Doc: claims built on this token's clause link to it


def _np_text(token: Token, resolver: Resolver, sentence: Sentence) -> str:
    # hyphens and slashes belong to words ("Franco-German"); quotes and commas do not
    toks = [
        t for t in token.subtree if t.dep_ not in {"relcl", "acl"} and (not t.is_punct or t.text in "-–/")
    ]
    skip = {t.i for c in token.children if c.dep_ in {"relcl", "acl", "appos"} for t in c.subtree}
    toks = [t for t in toks if t.i not in skip]
    words = []
    for n, t in enumerate(toks):
        e = resolver.pronoun(sentence, t) if t.dep_ == "poss" else None
        nxt = toks[n + 1] if n + 1 < len(toks) else None
        ws = t.whitespace_ if nxt is not None and nxt.i == t.i + 1 else " "
        words.append((f"{e.name}’s" if e is not None else t.text) + ws)
    return "".join(words).strip()


def find_references(sentence: Sentence, resolver: Resolver, source_name) -> list[FoundReference]:
    """References cued in one sentence. `source_name(token)` names the speaker behind a cue token."""
    found = []
    off = sentence.offset

    def add(doc_token: Token, kind: str, publisher: str, cue: str, anchor: Token, title: str = ""):
        title = title or _np_text(doc_token, resolver, sentence)
        toks = list(doc_token.subtree)
        found.append(
            FoundReference(
                title=title,
                kind=kind,
                publisher=publisher,
                cue=cue,
                start=off + toks[0].idx,
                end=off + toks[-1].idx + len(toks[-1].text),
                anchor=anchor.i,
            )
        )

    for t in sentence.span:
        lemma = t.lemma_.lower()
        # "the Gazette report said", "a report in the UK says"
        if lemma in DOCUMENT_NOUNS and t.dep_ in {"nsubj", "nsubjpass"} and is_cue(t.head):
            pub = resolver.publisher_of(t)
            name = source_name(pub) if pub is not None else ""
            add(t, DOCUMENT_KINDS.get(lemma, "other"), name, t.head.text, t.head)
        # "reported in his new book", "said in a statement"
        if is_cue(t):
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ in {"in", "on"}:
                    for g in c.children:
                        if g.dep_ == "pobj" and g.lemma_.lower() in DOCUMENT_NOUNS:
                            pub = Resolver.publisher_of(g)
                            name = source_name(pub) if pub is not None else ""
                            subj = next((s for s in t.children if s.dep_ in {"nsubj"}), None)
                            name = name or (source_name(subj) if subj is not None else "")
                            add(
                                g,
                                DOCUMENT_KINDS.get(g.lemma_.lower(), "other"),
                                name,
                                f"{t.text} {c.lower_}",
                                t,
                            )
        # "according to a report in the US"
        acc = according_to(t) if t.pos_ in {"VERB", "AUX"} else None
        if acc and acc[1].lemma_.lower() in DOCUMENT_NOUNS:
            doc_token = acc[1]
            pub = resolver.publisher_of(doc_token)
            name = source_name(pub) if pub is not None else ""
            add(doc_token, DOCUMENT_KINDS.get(doc_token.lemma_.lower(), "other"), name, "according to", t)
        # "The Associated Press first reported the inquiry": the outlet's story is on record
        if lemma in PUBLISHING_VERBS and t.pos_ == "VERB":
            subj = next((s for s in t.children if s.dep_ == "nsubj"), None)
            name = source_name(subj) if subj is not None else ""
            if name and resolver_kind(resolver, name) == "news_org":
                obj = next((s for s in t.children if s.dep_ == "dobj"), None)
                if obj is not None:
                    add(obj, "article", name, t.text, t)
                else:  # "The Gazette reported that ...": the story is known by its outlet only
                    add(subj, "article", name, t.text, t, title=f"{name} report")
        # "the senator tweeted a photo": the post is the document
        if lemma in SOCIAL_VERBS and t.pos_ == "VERB":
            subj = next((s for s in t.children if s.dep_ == "nsubj"), None)
            obj = next((s for s in t.children if s.dep_ in {"dobj"}), None)
            name = source_name(subj) if subj is not None else ""
            if obj is not None:
                add(obj, "social", name, t.text, t)
            else:  # "posted on social media that ...": the post has no title of its own
                add(
                    subj if subj is not None else t,
                    "social",
                    name,
                    t.text,
                    t,
                    title=f"post by {name}".strip(),
                )
        # "X was accused by the justice department of ...": the accusation is on record
        if lemma in {"accuse", "charge", "indict", "sue"} and t.pos_ == "VERB":
            for c in t.children:
                if c.dep_ == "agent":
                    for g in c.children:
                        if g.dep_ == "pobj":
                            name = source_name(g)
                            kind = (
                                "filing"
                                if resolver_kind(resolver, name) in FILING_SOURCE_KINDS
                                else "statement"
                            )
                            title = f"accusation by {name}" if name else "accusation"
                            toks = list(g.subtree)
                            found.append(
                                FoundReference(
                                    title=title,
                                    kind=kind,
                                    publisher=name,
                                    cue=f"{t.text} by",
                                    start=off + toks[0].idx,
                                    end=off + toks[-1].idx + len(toks[-1].text),
                                    anchor=t.i,
                                )
                            )
    return found


def resolver_kind(resolver: Resolver, name: str) -> str:
    e = resolver.registry.lookup(name) if name else None
    return e.kind if e is not None else kind_of_name(name)
