#!/usr/bin/env python3
"""Validate /work/blind/passages/pairs.json against the documents in docs/.

Checks, for every pair:
  * schema: required keys, allowed values, relation consistent with flag, unique ids;
  * the passage occurs exactly in the document's visible text:
      - .txt: substring of the file, on a single line (no line break inside);
      - .html: parsed with html.parser (entities decoded), the passage must lie
        inside ONE text node (so no markup inside it), outside script/style/head,
        and outside boilerplate (nav, aside, footer, site header, cookie banner,
        related links, comments...);
  * the passage occurs exactly once in the visible text (unambiguous span);
  * the claim is not itself a verbatim substring of the document;
  * "long-distance" tag agrees with the passage position: tagged if and only if
    the passage starts at or after 60% of the document's main text (warning).
Prints per-document word counts (main text), counts by flag / relation / hard
tag, and any misses. Exit status 1 if there is any miss.

Usage: python3 validate.py [--positions]
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
PAIRS = os.path.join(HERE, "pairs.json")

FLAGS = {"none": "supports", "differs": "contradicts", "contradicts": "contradicts"}
HARD = {"paraphrase", "numbers-in-words", "split-quote", "decoy", "date",
        "negation", "long-distance", "pronoun"}
KEYS = {"id", "doc", "claim", "passage", "relation", "flag", "hard", "note"}

SKIP_TAGS = {"script", "style", "head", "title", "noscript", "template"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
        "meta", "source", "track", "wbr"}
BOILER_TAGS = {"nav", "aside", "footer", "form", "button"}
BOILER_CLASS = re.compile(
    r"cookie|consent|gdpr|related|more-stories|newsletter|share|comment|sidebar|"
    r"side-col|side-box|ad-slot|ad-unit|promo|breadcrumb|topics|tags|"
    r"navigation|widget|top-bar|story-footer|article-footer|entry-footer|"
    r"byline|meta|dateline|skip-link|most-read|utility|kicker|art-section|"
    r"news-category|news-date|corrections|weather|search", re.I)


class TextNodes(HTMLParser):
    """Collects visible text nodes with their ancestor chain."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []   # list of (tag, class+id string)
        self.nodes = []   # list of (text, boilerplate: bool, ancestors)

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        a = dict(attrs)
        self.stack.append((tag, " ".join(filter(None, [a.get("class"), a.get("id")]))))

    def handle_startendtag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        if any(t == tag for t, _ in self.stack):
            while self.stack:
                t, _ = self.stack.pop()
                if t == tag:
                    break

    def handle_data(self, data):
        tags = [t for t, _ in self.stack]
        if any(t in SKIP_TAGS for t in tags):
            return
        if not data.strip():
            return
        boiler = False
        for i, (t, cls) in enumerate(self.stack):
            if t in BOILER_TAGS:
                boiler = True
            elif t == "header" and not any(x in ("article", "main") for x in tags[:i]):
                boiler = True
            elif cls and BOILER_CLASS.search(cls):
                boiler = True
        self.nodes.append((data, boiler, list(self.stack)))


def load_doc(name):
    path = os.path.join(DOCS, name)
    raw = open(path, encoding="utf-8").read()
    if name.endswith(".txt"):
        return {"kind": "txt", "full": raw, "main": raw, "nodes": None}
    p = TextNodes()
    p.feed(raw)
    p.close()
    full = "\n".join(n[0] for n in p.nodes)
    main = "\n".join(n[0] for n in p.nodes if not n[1])
    return {"kind": "html", "full": full, "main": main, "nodes": p.nodes}


def words(text):
    return len(re.findall(r"\w[\w'’.,£€%-]*", text))


def main():
    show_pos = "--positions" in sys.argv
    pairs = json.load(open(PAIRS, encoding="utf-8"))
    misses, warnings = [], []
    docs = {}
    for name in sorted(os.listdir(DOCS)):
        if name.endswith((".html", ".txt")):
            docs[name] = load_doc(name)

    seen = set()
    by_doc = defaultdict(list)
    flags, rels, hard = Counter(), Counter(), Counter()
    hard_by_flag = defaultdict(Counter)
    for i, p in enumerate(pairs):
        pid = p.get("id", f"#{i}")
        if set(p) != KEYS:
            misses.append(f"{pid}: keys {sorted(set(p) ^ KEYS)} missing/extra")
            continue
        if pid in seen:
            misses.append(f"{pid}: duplicate id")
        seen.add(pid)
        if p["flag"] not in FLAGS:
            misses.append(f"{pid}: bad flag {p['flag']!r}")
        elif FLAGS[p["flag"]] != p["relation"]:
            misses.append(f"{pid}: relation {p['relation']!r} inconsistent with flag {p['flag']!r}")
        bad = set(p["hard"]) - HARD
        if bad:
            misses.append(f"{pid}: unknown hard tags {sorted(bad)}")
        if len(set(p["hard"])) != len(p["hard"]):
            misses.append(f"{pid}: repeated hard tag")
        d = docs.get(p["doc"])
        if d is None:
            misses.append(f"{pid}: no such document {p['doc']!r}")
            continue
        flags[p["flag"]] += 1
        rels[p["relation"]] += 1
        for h in p["hard"]:
            hard[h] += 1
            hard_by_flag[h][p["flag"]] += 1
        by_doc[p["doc"]].append(pid)

        psg = p["passage"]
        if psg != psg.strip() or not psg:
            misses.append(f"{pid}: passage empty or has leading/trailing whitespace")
        n_full = d["full"].count(psg)
        if d["kind"] == "txt":
            if "\n" in psg:
                misses.append(f"{pid}: passage spans a line break")
            if n_full == 0:
                misses.append(f"{pid}: passage NOT FOUND in {p['doc']}")
        else:
            hosts = [n for n in d["nodes"] if psg in n[0]]
            if not hosts:
                misses.append(f"{pid}: passage NOT FOUND in a single text node of {p['doc']}"
                              + (" (found across nodes)" if psg in d["full"] else ""))
            elif all(n[1] for n in hosts):
                misses.append(f"{pid}: passage only found in boilerplate "
                              f"({'/'.join(t for t, _ in hosts[0][2])})")
        if n_full > 1:
            misses.append(f"{pid}: passage occurs {n_full} times in {p['doc']} (ambiguous)")
        if p["claim"] in d["full"]:
            warnings.append(f"{pid}: claim is a verbatim substring of the document")
        pos = d["main"].find(psg)
        if pos >= 0:
            frac = pos / max(1, len(d["main"]))
            ld = "long-distance" in p["hard"]
            if ld and frac < 0.6:
                warnings.append(f"{pid}: tagged long-distance but starts at {frac:.0%} of main text")
            if not ld and frac >= 0.6:
                warnings.append(f"{pid}: starts at {frac:.0%} of main text but not tagged long-distance")
            if show_pos:
                print(f"  {pid:12s} {frac:5.0%}  {p['flag']}")

    print("Documents (main-text words / all visible words):")
    for name, d in docs.items():
        fl = Counter(p["flag"] for p in pairs if p.get("doc") == name)
        print(f"  {name:45s} {words(d['main']):5d} / {words(d['full']):5d}   pairs: {len(by_doc[name])} "
              f"(none {fl['none']}, differs {fl['differs']}, contradicts {fl['contradicts']})")
        if not 800 <= words(d["main"]) <= 2500:
            misses.append(f"{name}: main text has {words(d['main'])} words (want 800-2500)")
        if not 5 <= len(by_doc[name]) <= 9:
            warnings.append(f"{name}: {len(by_doc[name])} pairs (want 5-9)")
    unused = [n for n in docs if not by_doc[n]]
    print(f"\nPairs: {len(pairs)}")
    print("By flag:    ", dict(flags))
    print("By relation:", dict(rels))
    print("By hard tag:")
    for h in sorted(HARD):
        print(f"  {h:17s} {hard[h]:3d}   {dict(hard_by_flag[h])}")
    print("Pairs with no hard tag:", sum(1 for p in pairs if not p.get("hard")))
    if flags["none"] < 45 or flags["differs"] < 10 or flags["contradicts"] < 10 or len(pairs) < 70:
        misses.append("distribution below minimum (70 pairs; 45 none, 10 differs, 10 contradicts)")
    if unused:
        misses.append(f"documents without pairs: {unused}")
    for w in warnings:
        print("WARNING:", w)
    for m in misses:
        print("MISS:", m)
    print(f"\n{len(misses)} miss(es), {len(warnings)} warning(s)")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
