"""At 10,000 claims, the queue's search and every sort read an index: EXPLAIN shows no sequential
scan of the claims table (PostgreSQL; the plans are what the database would run, on fresh statistics).
"""

import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims.filters import filter_claims
from claims.selectors import claims_for_lists
from claims.selectors.queue import RANKED_AMONG
from core.pagination import CappedPaginator
from tests.archive import COMMON_WORD, MIDDLE_WORD, RARE_WORD, build_archive

pytestmark = [pytest.mark.postgres]

PAGE = 25
SORTS = ["-checkworthiness", "checkworthiness", "created", "-created", "updated", "-updated", "reading"]


@pytest.fixture(scope="module")
def archive(django_db_setup, django_db_blocker, postgres_required):
    with django_db_blocker.unblock():
        built = build_archive(reports=200, per_report=50, tag="plans")
        yield built
        with connection.cursor() as cursor:
            cursor.execute("TRUNCATE claims_claim, sources_source, reports_report CASCADE")


def plan_of(queryset) -> str:
    return queryset.explain()


def page_queries(params: dict) -> list[str]:
    """The SQL the queue runs for one page: its capped count and its rows."""
    with CaptureQueriesContext(connection) as captured:
        page = CappedPaginator(filter_claims(params, base=claims_for_lists()), PAGE).get_page(1)
        list(page.object_list)
    return [q["sql"] for q in captured.captured_queries]


def assert_no_seq_scan_on_claims(sql: str) -> str:
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN {sql}")
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "Seq Scan on claims_claim" not in plan, plan
    return plan


@pytest.mark.django_db
def test_the_archive_has_ten_thousand_claims(archive):
    assert archive.claims == 10_000


@pytest.mark.django_db
@pytest.mark.parametrize("sort", SORTS)
def test_each_queue_sort_reads_its_index(archive, sort):
    for sql in page_queries({"sort": sort}):
        assert_no_seq_scan_on_claims(sql)


@pytest.mark.django_db
@pytest.mark.parametrize("words", [RARE_WORD, MIDDLE_WORD, COMMON_WORD, "viad", f"{MIDDLE_WORD} nurses"])
def test_search_reads_the_gin_index(archive, words):
    for sort in ("rank", "-checkworthiness"):
        plans = [assert_no_seq_scan_on_claims(sql) for sql in page_queries({"q": words, "sort": sort})]
        assert any("claim" in plan for plan in plans)


def _nodes(plan: dict):
    yield plan
    for child in plan.get("Plans", []):
        yield from _nodes(child)


@pytest.mark.django_db
def test_a_ranked_search_of_a_common_word_scores_only_the_newest_candidates(archive):
    """"said" is in one claim in eight (1,250 here): the ranking sort is fed the newest RANKED_AMONG
    of them, which the text index found, not every match."""
    found = filter_claims({"q": COMMON_WORD}, base=claims_for_lists()).order_by().count()
    assert found > RANKED_AMONG
    rows = page_queries({"q": COMMON_WORD, "sort": "rank"})[-1]
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (ANALYZE, FORMAT JSON) {rows}")
        raw = cursor.fetchone()[0]
    nodes = list(_nodes((json.loads(raw) if isinstance(raw, str) else raw)[0]["Plan"]))
    ranking = [n for n in nodes if n["Node Type"] == "Sort" and "ts_rank" in " ".join(n["Sort Key"])]
    assert ranking and all(n["Plans"][0]["Actual Rows"] <= RANKED_AMONG for n in ranking), ranking
    assert any("claims_claim_search_gin" in n.get("Index Name", "") for n in nodes)


@pytest.mark.django_db
def test_search_finds_words_by_their_prefix(archive):
    found = filter_claims({"q": "hosp"}, base=claims_for_lists())
    assert found.exists()
    assert all(MIDDLE_WORD in claim.text for claim in found[:50])


@pytest.mark.django_db
def test_the_queue_counts_no_further_than_its_cap(archive):
    paginator = CappedPaginator(filter_claims({}, base=claims_for_lists()), PAGE)
    assert paginator.capped and paginator.count_label == "1,000+"
    page = paginator.get_page(200)  # past the cap, pages still read on
    assert page.number == 200 and page.has_next() and len(page.object_list) == PAGE


@pytest.mark.django_db
def test_a_misspelt_name_finds_the_claims_with_the_name_as_written(archive):
    found = filter_claims({"q": "Harrowgaet viaduct"}, base=claims_for_lists())
    assert found.exists()
    assert all("Harrowgate viaduct" in claim.text for claim in found[:50])
    assert not filter_claims({"q": "zzqxw"}, base=claims_for_lists()).exists()


@pytest.mark.django_db
def test_a_misspelt_search_reads_the_trigram_index(archive):
    for sql in page_queries({"q": "Harrowgaet"}):
        assert_no_seq_scan_on_claims(sql)
