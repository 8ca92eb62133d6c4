import json
import subprocess
import sys
from pathlib import Path

from claims.extraction import extract, extract_many, load_nlp, to_json

from .conftest import REPORTS, claim_with

ROOT = Path(__file__).resolve().parents[2]


def test_load_nlp_is_cached_per_process():
    assert load_nlp() is load_nlp()


def test_extract_many_gives_the_same_as_extract(nlp):
    texts = [(REPORTS / name).read_text(encoding="utf-8") for name in ("port-strike.txt", "museum-theft.txt")]
    assert extract_many(texts, nlp=nlp, batch_size=2) == [extract(t, nlp=nlp) for t in texts]


def test_extract_many_on_two_processes_gives_the_same(nlp):
    texts = [(REPORTS / name).read_text(encoding="utf-8") for name in ("port-strike.txt", "museum-theft.txt")]
    assert extract_many(texts, nlp=nlp, n_process=2, batch_size=1) == extract_many(texts, nlp=nlp)


def test_claim_offsets_point_into_the_original_text(report):
    text, e = report("port-strike")
    for claim in e.claims:
        passage = text[claim.start : claim.end]
        assert passage.strip() == passage and len(passage) > 10


def test_no_claim_is_taken_from_furniture(report):
    text, e = report("port-strike")
    for start, end in e.furniture:
        assert not any(c.start < end and start < c.end for c in e.claims)


def test_to_json_has_the_shape_the_scorer_reads(report):
    _, e = report("museum-theft")
    data = json.loads(json.dumps(to_json(e)))
    claim = data["claims"][1]
    assert set(claim) >= {"text", "start", "end", "kind", "checkworthiness", "duplicate_of", "sources"}
    assert set(claim["sources"][0]) == {"name", "role", "parent"}


def test_engine_imports_without_django():
    code = "import sys, claims.extraction; sys.exit('django' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT).returncode == 0


def test_command_line_prints_json(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text("The council cut 300 jobs in 2024, the union said.", encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "claims.extraction", str(path)], cwd=ROOT, capture_output=True, check=True
    )
    data = json.loads(out.stdout)
    assert data["claims"][0]["sources"][0]["name"] == "the union"


def test_quotation_running_on_into_the_next_paragraph_keeps_its_speaker(run):
    e = run(
        "Council approves budget\n\n"
        "The mayor, Ines Duarte, said: “We have listened to residents. The library stays open.\n\n"
        "“The pool will reopen in June.”\n\n"
        "The vote was 7-2."
    )
    assert [s.name for s in claim_with(e, "pool will reopen").sources] == ["Ines Duarte"]
    assert claim_with(e, "vote was 7-2").sources == ()
