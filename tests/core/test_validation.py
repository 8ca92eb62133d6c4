"""core.validation: a person's input is refused naming its field; third-party metadata is cut or dropped."""

from datetime import date

import pytest

from core.errors import Refused
from core.validation import clean_date, clean_text, clean_url, is_web_url


def test_text_over_its_column_is_refused_with_the_fields_name():
    with pytest.raises(Refused) as refusal:
        clean_text("x" * 11, field="publisher", max_length=10)
    assert refusal.value.field == "publisher"
    assert str(refusal.value) == "Publisher is 11 characters; at most 10 fit."


def test_third_party_text_is_cut_to_its_column():
    assert clean_text("word " * 10, field="publisher", max_length=10, third_party=True) == "word word…"


def test_a_nul_is_refused_from_a_person_and_stripped_from_metadata():
    with pytest.raises(Refused, match="NUL"):
        clean_text("a\x00b", field="title", max_length=50)
    assert clean_text("a\x00b", field="title", max_length=50, third_party=True) == "a b"


def test_control_characters_go_and_lines_stay_where_the_field_has_lines():
    assert clean_text("a\x1b\x7f\x85b\tc", field="title", max_length=None) == "a b c"
    assert clean_text("one\n\x07two", field="text", max_length=None, multiline=True) == "one\ntwo"


def test_a_number_is_not_text():
    with pytest.raises(Refused, match="must be text"):
        clean_text(42, field="title", max_length=10)


@pytest.mark.parametrize(
    "url",
    ["javascript:alert(1)", "not a url", "ftp://example.org/", "http://", "data:text/html,<b>x</b>",
     "https://exa mple.org/", "http://example.org/a\x00b", " javascript:alert(1)"],
)  # fmt: skip
def test_only_well_formed_web_addresses_pass(url):
    assert not is_web_url(url)
    with pytest.raises(Refused, match="is not a web address"):
        clean_url(url, field="url", max_length=2000)
    assert clean_url(url, field="url", max_length=2000, third_party=True) == ""


def test_a_web_address_over_its_column_is_refused():
    with pytest.raises(Refused, match="at most 30"):
        clean_url("https://example.org/" + "a" * 20, field="url", max_length=30)


def test_web_addresses_pass_unchanged():
    assert clean_url(" https://example.org/a?b=c ", field="url", max_length=2000) == "https://example.org/a?b=c"


@pytest.mark.parametrize("value", ["2024-02-30", "yesterday", "1799-12-31", "2999-01-01", "2024-01-01\x00"])
def test_impossible_dates_are_refused_from_a_person_and_dropped_from_metadata(value):
    with pytest.raises(Refused) as refusal:
        clean_date(value, field="published_on")
    assert refusal.value.field == "published_on"
    assert clean_date(value, field="published_on", third_party=True) is None


def test_dates_pass_as_dates():
    assert clean_date("2024-02-29", field="published_on") == date(2024, 2, 29)
    assert clean_date(date(2020, 1, 1), field="published_on") == date(2020, 1, 1)
    assert clean_date("2024-05-01T10:00:00+02:00", field="published_on", third_party=True) == date(2024, 5, 1)
