"""G10: a report names its cell by the MD5 of its source; a known cell gets an execution row."""

import pytest
from django.utils import timezone

from nbgallery.jupyter.models import Execution, ExecutionHistory
from nbgallery.jupyter.tests.execution_support import (
    CELLS,
    FIRST,
    NON_ASCII,
    SECOND,
    report_classic,
    report_lab,
)
from nbgallery.jupyter.tests.jupyter_client import assert_json
from nbgallery.notebooks.tests.conftest import code_cell

ACCEPTED = {"message": "execution log accepted"}


def test_a_lab_report_records_the_cell_with_its_runtime_in_milliseconds(
    alice, alice_client, publish
):
    notebook = publish(alice, cells=CELLS)

    response = report_lab(alice_client, notebook.uuid, SECOND, runtime="73")

    assert assert_json(response, 200) == ACCEPTED
    execution = Execution.objects.get()
    assert (execution.user, execution.notebook, execution.success) == (alice, notebook, True)
    assert execution.code_cell.cell_index == 3
    assert execution.code_cell.revision.notebook == notebook
    assert (execution.runtime_sent, execution.runtime_seconds) == ("73", pytest.approx(0.073))


def test_a_classic_report_records_its_runtime_in_seconds(alice, alice_client, publish):
    notebook = publish(alice, cells=CELLS)

    response = report_classic(alice_client, notebook.uuid, FIRST, runtime="0.716")

    assert assert_json(response, 200) == ACCEPTED
    execution = Execution.objects.get()
    assert execution.success is False
    assert (execution.runtime_sent, execution.runtime_seconds) == ("0.716", pytest.approx(0.716))
    assert execution.code_cell.cell_index == 1


def test_an_exponent_is_classic_seconds_too(alice, alice_client, publish):
    notebook = publish(alice, cells=CELLS)

    report_classic(alice_client, notebook.uuid, FIRST, runtime="5e-05")

    assert Execution.objects.get().runtime_seconds == pytest.approx(0.00005)


def test_a_non_ascii_cell_is_matched_by_the_md5_of_its_utf8(alice, alice_client, publish):
    notebook = publish(alice, cells=CELLS)

    report_lab(alice_client, notebook.uuid, NON_ASCII)

    assert Execution.objects.get().code_cell.cell_index == 4


def test_an_unknown_md5_counts_in_the_history_only(alice, alice_client, publish):
    notebook = publish(alice, cells=CELLS)

    response = report_lab(alice_client, notebook.uuid, "print('typed in Jupyter')")

    assert assert_json(response, 200) == ACCEPTED
    assert not Execution.objects.exists()
    history = ExecutionHistory.objects.get()
    assert (history.user, history.notebook, history.day) == (alice, notebook, timezone.localdate())
    assert (history.known_cell, history.unknown_cell) == (0, 1)


def test_a_cell_of_an_older_version_is_unknown(alice, alice_client, publish, new_version):
    notebook = publish(alice, cells=CELLS)
    new_version(notebook, alice, cells=[code_cell("print('rewritten')")])

    report_lab(alice_client, notebook.uuid, FIRST)
    report_lab(alice_client, notebook.uuid, "print('rewritten')")

    execution = Execution.objects.get()
    assert execution.code_cell.revision == notebook.revisions.first()
    assert ExecutionHistory.objects.get().unknown_cell == 1


def test_a_details_change_does_not_lose_the_current_cells(alice, alice_client, publish):
    from nbgallery.notebooks import services

    notebook = publish(alice, cells=CELLS)
    services.change_details(
        alice, notebook, title="Renamed", description="New words.", tags=[], public=True
    )

    report_lab(alice_client, notebook.uuid, SECOND)

    assert Execution.objects.get().code_cell.cell_index == 3


def test_a_reader_who_cannot_edit_may_report_runs(alice, charlie, charlie_client, publish):
    notebook = publish(alice, cells=CELLS, public=True)

    response = report_lab(charlie_client, notebook.uuid, SECOND)

    assert response.status_code == 200
    assert Execution.objects.get().user == charlie
