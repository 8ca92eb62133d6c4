"""`manage.py import_reports`: a batch of files imported and extracted on several processes, with a
progress bar on stderr, one line on stdout, and refused files named without stopping the rest."""

import io
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from claims.models import Claim
from reports.models import Report
from tests.conftest import REPORT_TEXT

pytestmark = pytest.mark.django_db(transaction=True)

SECOND = (
    "Council to close three libraries, leader says\n\n"
    "The council leader, Ada Morrow, said on Tuesday that three libraries would close in April.\n\n"
    "“We have no money left for them,” she said.\n"
)


def run(*args) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("import_reports", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_a_directory_is_imported_and_extracted_on_two_processes(tmp_path: Path):
    (tmp_path / "one.txt").write_text(REPORT_TEXT)
    (tmp_path / "nested").mkdir()
    (tmp_path / "nested" / "two.html").write_text(f"<html><body><article>{SECOND}</article></body></html>")
    (tmp_path / "notes.md").write_text("not a report")
    out, err = run(str(tmp_path), "--processes", "2", "--batch", "1")
    assert Report.objects.count() == 2
    assert set(Report.objects.values_list("extraction_state", flat=True)) == {Report.Extraction.DONE}
    claims = Claim.objects.count()
    assert claims > 0
    assert out.strip().startswith("Imported 2 reports (0 refused); extracted 2")
    assert f"({claims:,} new claims)" in out and "on 2 processes" in out
    assert "Importing" in err and "Extracting claims" in err  # the bars


def test_a_second_run_imports_and_extracts_nothing_again(tmp_path: Path):
    (tmp_path / "one.txt").write_text(REPORT_TEXT)
    run(str(tmp_path), "--processes", "1")
    before = Claim.objects.count()
    out, _ = run(str(tmp_path), "--processes", "1")
    assert "extracted 0 (0 new claims)" in out
    assert Claim.objects.count() == before


def test_refused_files_are_named_and_the_rest_still_imported(tmp_path: Path):
    (tmp_path / "good.txt").write_text(REPORT_TEXT)
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\x00binary\x00")
    with pytest.raises(CommandError, match="1 of 2 files refused"):
        run(str(tmp_path), "--no-extract")
    assert Report.objects.count() == 1


def test_nothing_to_import_is_one_line_and_exit_1(tmp_path: Path):
    with pytest.raises(CommandError, match="No .txt or .html files"):
        run(str(tmp_path))
