"""``nbgallery jobs run NAME`` runs a declared job now; running it again changes nothing."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from nbgallery.usage.models import Click, NotebookSummary, record_click


def run(*args):
    out = StringIO()
    call_command("jobs", *args, "--no-progress", stdout=out, stderr=StringIO())
    return out.getvalue()


def test_run_computes_and_reports_its_duration(publish, alice, bob):
    report = publish(alice)
    record_click(bob, report, Click.VIEWED)

    output = run("run", "notebook_summaries")
    first = list(NotebookSummary.objects.values())
    run("run", "notebook_summaries")

    assert "notebook_summaries finished in" in output
    assert NotebookSummary.objects.get(notebook=report).views == 1
    assert list(NotebookSummary.objects.values()) == first


def test_an_unknown_job_is_a_clear_error(db):
    with pytest.raises(CommandError, match="no job named 'nightly_everything'"):
        run("run", "nightly_everything")


def test_list_shows_each_job_and_its_schedule(db):
    out = StringIO()
    call_command("jobs", "list", stdout=out)

    lines = out.getvalue().splitlines()
    assert any(line.startswith("notebook_summaries") and "hourly" in line for line in lines)
    assert any(line.startswith("notebook_dailies") and "nightly" in line for line in lines)
