"""Every way a report comes in goes through core.validation: a person's bad metadata is refused
with the field's name; what a page says about itself is cut to fit or dropped."""

import pytest
from django.core.management import CommandError, call_command

from core.errors import Refused
from reports.models import Report
from reports.services import import_report

pytestmark = pytest.mark.django_db

PARAGRAPH = "The council approved the budget of 4.2 million pounds on Tuesday, officials said. " * 3


def page(*, site_name: str = "The Test Times", url: str = "https://example.org/budget", date="2024-05-01"):
    return f"""<!doctype html><html><head><title>Budget approved</title>
      <meta property="og:site_name" content="{site_name}">
      <meta property="og:url" content="{url}">
      <meta property="article:published_time" content="{date}">
      </head><body><article><h1>Budget approved</h1><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></article>
      </body></html>"""


@pytest.fixture
def text_file(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("Minister resigns\n\nThe minister resigned on Monday.\n")
    return str(path)


@pytest.mark.parametrize("url", ["javascript:alert(document.cookie)", "not a url", "ftp://example.org/x"])
def test_import_report_refuses_a_url_that_is_not_a_web_address(text_file, url):
    with pytest.raises(CommandError, match=r"^Refused .*Url: .* is not a web address") as refusal:
        call_command("import_report", text_file, "--url", url)
    assert "\n" not in str(refusal.value)
    assert Report.objects.count() == 0


def test_import_report_command_exits_non_zero_with_one_line(text_file, capsys):
    from django.core.management import execute_from_command_line

    with pytest.raises(SystemExit) as stopped:
        execute_from_command_line(["manage.py", "import_report", text_file, "--url", "javascript:alert(1)"])
    assert stopped.value.code != 0
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "not a web address" in err


def test_import_report_refuses_a_publisher_longer_than_its_column(text_file):
    with pytest.raises(CommandError, match="Publisher is 201 characters; at most 200 fit"):
        call_command("import_report", text_file, "--publisher", "P" * 201)
    assert Report.objects.count() == 0


def test_import_report_refuses_a_nul_in_an_option(text_file):
    with pytest.raises(CommandError, match="Byline contains a NUL"):
        call_command("import_report", text_file, "--byline", "Jane\x00Doe")


def test_control_characters_are_stripped_from_metadata(text_file):
    call_command("import_report", text_file, "--title", "Minister\x1b[31m resigns\x07")
    assert Report.objects.get().title == "Minister [31m resigns"


@pytest.mark.parametrize("published", ["2024-02-30", "yesterday", "0001-01-01", "9999-12-31"])
def test_import_report_refuses_an_impossible_date(text_file, published):
    with pytest.raises(CommandError, match="Published on"):
        call_command("import_report", text_file, "--published", published)
    assert Report.objects.count() == 0


def test_a_bad_date_is_refused_on_a_re_import_too(text_file):
    call_command("import_report", text_file)
    with pytest.raises(CommandError, match="not a date"):
        call_command("import_report", text_file, "--published", "2024-13-01")
    with pytest.raises(CommandError, match="not a web address"):
        call_command("import_report", text_file, "--url", "javascript:alert(1)")
    assert Report.objects.count() == 1


def test_og_site_name_longer_than_the_column_is_cut_to_fit():
    report = import_report(text=page(site_name="S" * 5000)).report
    assert len(report.publisher) == 200 and report.publisher.endswith("…")


def test_a_javascript_url_in_page_metadata_is_dropped():
    report = import_report(text=page(url="javascript:alert(1)")).report
    assert report.url == ""


def test_the_service_names_the_field_it_refuses():
    with pytest.raises(Refused) as refusal:
        import_report(text="Some text.", url="javascript:alert(1)")
    assert refusal.value.field == "url"
