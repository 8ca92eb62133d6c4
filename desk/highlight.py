"""Split a report's body into segments at every claim boundary, for highlighting in place.

Claims' passages may overlap or nest. Cutting the text at every start and end gives segments
that each lie wholly inside or outside every claim; each segment knows the claims covering it,
and the innermost (shortest, then earliest) is the one its link opens. Speakers' names (the
sources the claims are attributed to, by name or alias) are cut out the same way, to be marked.
"""

import re
from dataclasses import dataclass, field


@dataclass
class Segment:
    text: str
    start: int
    end: int
    claims: list = field(default_factory=list)  # covering claims, innermost first
    furniture: bool = False
    opens: list = field(default_factory=list)  # claims whose passage starts here
    speaker: object = None  # the source whose name this segment is

    @property
    def claim(self):
        return self.claims[0] if self.claims else None

    @property
    def depth(self) -> int:
        return len(self.claims)


def speaker_spans(body: str, sources) -> list[tuple[int, int, object]]:
    """Where the report names its speakers: each source's name and aliases, as whole words, longest
    first so "Dmitry Peskov" is one mark, not "Peskov" inside it. Spans never overlap."""
    names = sorted(
        {
            (name, source)
            for source in sources
            for name in [source.name, *(source.aliases or [])]
            if len(name) > 2
        },
        key=lambda pair: -len(pair[0]),
    )
    taken: list[tuple[int, int, object]] = []
    for name, source in names:
        for found in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", body):
            s, e = found.span()
            if not any(s < te and e > ts for ts, te, _ in taken):
                taken.append((s, e, source))
    return sorted(taken, key=lambda span: span[0])


def segments(body: str, claims, furniture: list[tuple[int, int]] | None = None, speakers=()) -> list[Segment]:
    size = len(body)
    spans = [(c, max(0, min(c.start, size)), max(0, min(c.end, size))) for c in claims]
    spans = [(c, s, e) for c, s, e in spans if e > s]
    furniture = [(max(0, s), min(size, e)) for s, e in (furniture or []) if e > s]
    cuts = {0, size}
    for _, s, e in spans:
        cuts.update((s, e))
    for s, e in furniture:
        cuts.update((s, e))
    for s, e, _ in speakers:
        cuts.update((s, e))
    bounds = sorted(cuts)
    result = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        if a == b:
            continue
        covering = sorted(
            (c for c, s, e in spans if s <= a and e >= b),
            key=lambda c: (min(c.end, size) - max(c.start, 0), c.start, c.pk),
        )
        opens = [c for c, s, _ in spans if s == a]
        result.append(
            Segment(
                text=body[a:b],
                start=a,
                end=b,
                claims=covering,
                opens=opens,
                furniture=any(s <= a and e >= b for s, e in furniture),
                speaker=next((src for s, e, src in speakers if s <= a and e >= b), None),
            )
        )
    return result


_SENTENCE_START = re.compile(r"(?:\n\s*|[.!?…][\"”’)\]]?\s+)(?=[\"“‘(\[]?[A-Z0-9])")
_SENTENCE_END = re.compile(r"[.!?…][\"”’)\]]?(?=\s|$)")


def excerpt(body: str, start: int, end: int, furniture=(), chars: int = 240) -> dict:
    """The claim's passage with the report's words around it, for "In the report": the words before
    begin at a sentence start and those after stop at a sentence end, neither reaching into page
    furniture (a photo credit, a caption), so the excerpt never opens mid-word."""
    size = len(body)
    start, end = max(0, min(start, size)), max(0, min(end, size))
    lo = max(0, start - chars)
    spans = [(max(0, s), min(size, e)) for s, e in furniture or () if e > s]
    lo = max([lo, *(e for s, e in spans if s < start and e > lo and e <= start)])
    if lo == 0 or body[lo - 1] == "\n":
        first = lo
    else:
        found = _SENTENCE_START.search(body, lo, start)
        first = found.end() if found else start
    hi = min(size, end + chars, *(s for s, _ in spans if s >= end))
    stop = hi
    if stop < size and body[stop] != "\n":  # cut short: end on the last full sentence or paragraph
        ends = [m.end() for m in _SENTENCE_END.finditer(body, end, stop)]
        ends.append(body.rfind("\n", end, stop))
        stop = max(max(ends), end)
    return {"before": body[first:start], "passage": body[start:end], "after": body[end:stop]}
