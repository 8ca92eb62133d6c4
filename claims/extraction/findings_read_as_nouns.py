"""A verb of finding after a body's name, read as the last word of the name.

"Initial reports from the NTSB show that the bus was speeding", "..., newly released documents from the
National Transportation Safety Board show.": after "from"/"by" and a name the tagger may read "show"
as a noun closing the name ("the NTSB show"), so the documents would say nothing and "the National
Transportation Safety Board show" become a speaker's name. A bare "show"/"say"/"suggest" after a
plural noun's phrase (or "shows"/"says" after a singular one) that ends the sentence or opens a
that-clause is the verb of that noun.
"""

from __future__ import annotations

from spacy.tokens import Token

# The verbs of finding or saying the tagger reads as nouns after a name, and their lemmas.
FINDING_WORDS = {
    **dict.fromkeys(("show", "shows"), "show"),
    **dict.fromkeys(("say", "says"), "say"),
    **dict.fromkeys(("suggest", "suggests"), "suggest"),
    **dict.fromkeys(("indicate", "indicates"), "indicate"),
    **dict.fromkeys(("reveal", "reveals"), "reveal"),
    **dict.fromkeys(("find", "finds"), "find"),
}


def finding_read_as_a_noun(word: Token) -> None:
    doc = word.doc
    link = word.head
    if word.dep_ != "pobj" or link.lower_ not in {"from", "by", "of"} or link.dep_ != "prep" or word.i < 2:
        return
    holder = link.head
    singular = word.lower_.endswith("s")
    if holder.pos_ != "NOUN" or holder.tag_ != ("NN" if singular else "NNS") or holder.i > link.i:
        return
    name = doc[word.i - 1]
    if name.head != word or name.pos_ not in {"PROPN", "NOUN"} or name.tag_ == "NNS":
        return
    after = doc[word.i + 1] if word.i + 1 < word.sent.end else None
    ends = after is None or after.text in {".", "!", "?"}
    clause = after.head if after is not None and after.lower_ == "that" and after.dep_ == "mark" else None
    if clause is None and not (ends and holder.left_edge.i > 0 and doc[holder.left_edge.i - 1].text == ","):
        return
    if clause is not None and clause.head != holder:
        return
    _mend(word, link, holder, name, clause)


def _mend(word: Token, link: Token, holder: Token, name: Token, clause: Token | None) -> None:
    root = holder.sent.root
    for c in [c for c in word.children if c.i < name.i]:
        c.head = name
    name.head, name.dep_ = link, "pobj"
    word.pos_, word.lemma_ = "VERB", FINDING_WORDS[word.lower_]
    word.tag_ = "VBZ" if word.lower_.endswith("s") else "VBP"
    if clause is not None:  # "Reports from the NTSB show that ...": the reports' finding
        word.head, word.dep_ = (word, "ROOT") if holder == root else (holder.head, holder.dep_)
        clause.head, clause.dep_ = word, "ccomp"
    else:  # "..., documents from the NTSB show.": the sentence before the comma is the finding
        word.head, word.dep_ = word, "ROOT"
        root.head, root.dep_ = word, "ccomp"
    holder.head, holder.dep_ = word, "nsubj"
