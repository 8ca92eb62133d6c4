"""The desk's short "who said it" phrases: the same reading of nesting as the readers' sentences."""

from dataclasses import dataclass

from claims.who_said import short_phrases, tree


@dataclass(frozen=True)
class Src:
    name: str


@dataclass(frozen=True)
class Attr:
    id: int
    source: Src
    role: str
    parent_id: int | None = None


def test_one_source_reads_name_and_role():
    assert short_phrases([Attr(1, Src("Peskov"), "denied")]) == ["Peskov · denied"]


def test_nested_sources_read_as_citing():
    wsj = Attr(1, Src("WSJ"), "reported")
    officials = Attr(2, Src("officials"), "cited", parent_id=1)
    assert short_phrases([wsj, officials]) == ["WSJ citing officials"]


def test_all_quoted_reads_as_quoting():
    paper = Attr(1, Src("Daily Planet"), "reported")
    assert short_phrases([paper, Attr(2, Src("Jane Doe"), "quoted", 1)]) == ["Daily Planet quoting Jane Doe"]


def test_nested_denial_stands_on_its_own_with_who_reported_it():
    wsj = Attr(1, Src("WSJ"), "reported")
    kremlin = Attr(2, Src("Kremlin"), "denied", parent_id=1)
    assert short_phrases([wsj, kremlin]) == ["WSJ · reported", "Kremlin · denied, per WSJ"]


def test_child_without_its_parent_stands_alone():
    assert short_phrases([Attr(2, Src("officials"), "cited", parent_id=99)]) == ["officials · cited"]


def test_tree_keeps_reading_order_of_children():
    parent = Attr(1, Src("WSJ"), "reported")
    a, b = Attr(2, Src("A"), "denied", 1), Attr(3, Src("B"), "cited", 1)
    assert [c.source.name for c in tree([parent, a, b])[0].children] == ["A", "B"]
