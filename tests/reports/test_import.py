"""import_report: idempotent, one transaction, and each bad input refused in one line."""

import pytest
from django.core.management import CommandError, call_command

from reports.models import Report
from reports.services import ImportRefused, import_report

pytestmark = pytest.mark.django_db


def write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_import_stores_the_exact_text(tmp_path):
    text = "Headline here\n\nFirst paragraph, with “quotes” and a dash — here.\n"
    call_command("import_report", str(write(tmp_path, "r.txt", text.encode())), "--publisher", "Daily")
    report = Report.objects.get()
    assert report.body == text and report.publisher == "Daily" and report.title == "Headline here"
    assert report.extraction_state == Report.Extraction.PENDING


def test_second_import_of_the_same_text_is_a_no_op_that_says_so(tmp_path, capsys):
    path = write(tmp_path, "r.txt", b"Same text twice.\n")
    call_command("import_report", str(path))
    call_command("import_report", str(path))
    assert Report.objects.count() == 1
    assert "Already imported" in capsys.readouterr().out


def test_same_title_different_text_gets_its_own_slug():
    first = import_report(text="One body.", title="Same title").report
    second = import_report(text="Another body.", title="Same title").report
    assert first.slug != second.slug


@pytest.mark.parametrize(
    "name,data,reason",
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n ", "empty"),
        ("binary.bin", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("latin1.txt", "caf\xe9 au lait".encode("latin-1"), "UTF-8"),
    ],
)
def test_bad_input_is_refused_with_a_reason_and_nothing_written(tmp_path, name, data, reason):
    with pytest.raises(CommandError, match=reason):
        call_command("import_report", str(write(tmp_path, name, data)))
    assert Report.objects.count() == 0


def test_file_over_the_size_limit_is_refused(tmp_path, settings):
    settings.REPORT_MAX_BYTES = 100
    with pytest.raises(CommandError, match="limit"):
        call_command("import_report", str(write(tmp_path, "big.txt", b"word " * 50)))
    assert Report.objects.count() == 0


def test_missing_file_is_refused(tmp_path):
    with pytest.raises(CommandError, match="No such file"):
        call_command("import_report", str(tmp_path / "nope.txt"))


def test_bad_date_is_refused(tmp_path):
    with pytest.raises(CommandError, match="not a date"):
        call_command("import_report", str(write(tmp_path, "r.txt", b"Text.")), "--published", "yesterday")
    assert Report.objects.count() == 0


def test_html_import_keeps_the_article_text_only():
    paragraph = "The council approved the budget of 4.2 million pounds on Tuesday, officials said. " * 3
    html = f"""<!doctype html><html><head><title>Budget approved</title></head><body>
      <nav><a href="/">Home</a> <a href="/news">News</a></nav>
      <article><h1>Budget approved</h1><p>{paragraph}</p><p>{paragraph}</p></article>
      <footer>Copyright and cookie policy</footer></body></html>"""
    report = import_report(text=html).report
    assert "4.2 million pounds" in report.body
    assert "<p>" not in report.body and "cookie policy" not in report.body


def test_html_without_article_text_is_refused():
    with pytest.raises(ImportRefused):
        import_report(text="<html><body><script>var x = 1;</script></body></html>")
