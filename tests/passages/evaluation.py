"""The passage evaluation, shared by bench/bench_passages.py and the test that holds its targets.

The committed corpus (tests/passages/corpus/, annotated blind) is served from 127.0.0.1 and
captured with the archiver's own fetcher and text extraction, so every offset is into the text
a Snapshot would hold. Each gold passage is then located in that text.

A returned passage is right when it and the gold passage overlap by at least half of each: a
passage that holds the gold sentence and little else counts, a whole paragraph around it does not.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from sources.fetching import FetchPolicy, extract_text, fetch

CORPUS = Path(__file__).resolve().parent / "corpus"
MIN_OVERLAP = 0.5


@dataclass(frozen=True)
class Pair:
    id: str
    doc: str
    claim: str
    flag: str
    hard: tuple[str, ...]
    start: int  # the gold passage in the captured text
    end: int


@dataclass
class Figures:
    pairs: int = 0
    top1: int = 0
    top3: int = 0
    flagged: int = 0
    flagged_right: int = 0
    flags_expected: int = 0
    flags_found: int = 0
    by_flag: dict[str, list[int]] = field(default_factory=dict)  # flag → [raised, right]
    misses: list[str] = field(default_factory=list)

    recall1 = property(lambda self: self.top1 / self.pairs if self.pairs else 0.0)
    recall3 = property(lambda self: self.top3 / self.pairs if self.pairs else 0.0)
    flag_precision = property(lambda self: self.flagged_right / self.flagged if self.flagged else 1.0)
    flag_recall = property(
        lambda self: self.flags_found / self.flags_expected if self.flags_expected else 1.0
    )


def serve_corpus() -> ThreadingHTTPServer:
    docs = {f"/{p.name}": p for p in (CORPUS / "docs").iterdir()}

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            path = docs.get(self.path.split("?", 1)[0])
            body = path.read_bytes() if path else b"not here"
            kind = "text/plain" if path is None or path.suffix == ".txt" else "text/html"
            self.send_response(200 if path else 404)
            self.send_header("Content-Type", f"{kind}; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@contextmanager
def corpus_server() -> Iterator[str]:
    """The corpus on 127.0.0.1; yields its base URL."""
    server = serve_corpus()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()


def capture_texts(base_url: str) -> dict[str, str]:
    """Each document as the archiver reads it: safe fetch, then trafilatura (or the plain text)."""
    policy = FetchPolicy(allowed_hosts=frozenset({"127.0.0.1"}))
    texts = {}
    for path in sorted((CORPUS / "docs").iterdir()):
        result = fetch(f"{base_url}/{path.name}", policy)
        extracted = extract_text(
            result.decoded_body(), content_type=result.content_type, url=result.final_url
        )
        texts[path.name] = extracted.text
    return texts


def load_pairs(texts: dict[str, str]) -> list[Pair]:
    pairs = []
    for row in json.loads((CORPUS / "pairs.json").read_text(encoding="utf-8")):
        text = texts[row["doc"]]
        start = text.find(row["passage"])
        if start < 0:  # the extraction may collapse runs of spaces; find it the same way
            pattern = r"\s+".join(map(re.escape, row["passage"].split()))
            match = re.search(pattern, text)
            if match is None:
                raise LookupError(f"{row['id']}: the gold passage is not in the captured text")
            start, end = match.span()
        else:
            end = start + len(row["passage"])
        pairs.append(Pair(row["id"], row["doc"], row["claim"], row["flag"], tuple(row["hard"]), start, end))
    return pairs


def hits(start: int, end: int, pair: Pair) -> bool:
    overlap = min(end, pair.end) - max(start, pair.start)
    if overlap <= 0:
        return False
    return overlap >= MIN_OVERLAP * (pair.end - pair.start) and overlap >= MIN_OVERLAP * (end - start)


def score(pairs: list[Pair], results: dict[str, list]) -> Figures:
    """`results[pair.id]`: the ranked passages (with .start, .end and .flag), best first."""
    figures = Figures()
    for pair in pairs:
        found = results[pair.id]
        figures.pairs += 1
        right = [hits(f.start, f.end, pair) for f in found[:3]]
        figures.top1 += bool(right[:1] and right[0])
        figures.top3 += any(right)
        if not (right[:1] and right[0]):
            figures.misses.append(pair.id)
        if pair.flag != "none":
            figures.flags_expected += 1
            figures.flags_found += bool(found and right[0] and found[0].flag == pair.flag)
        if found and found[0].flag:
            figures.flagged += 1
            good = bool(right[0] and found[0].flag == pair.flag)
            figures.flagged_right += good
            tally = figures.by_flag.setdefault(found[0].flag, [0, 0])
            tally[0] += 1
            tally[1] += good
    return figures


def run(
    pairs: list[Pair], texts: dict[str, str], prepare: Callable, find: Callable
) -> tuple[dict[str, list], float, float]:
    """Rank every pair; returns (results, seconds preparing documents, seconds finding per claim)."""
    started = time.perf_counter()
    documents = {name: prepare(text) for name, text in texts.items()}
    prepared = time.perf_counter() - started
    started = time.perf_counter()
    results = {pair.id: find(documents[pair.doc], pair.claim) for pair in pairs}
    per_claim = (time.perf_counter() - started) / max(1, len(pairs))
    return results, prepared, per_claim
