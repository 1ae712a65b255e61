"""With instrumentation on, every code cell Lab runs is reported, failures included.

Alice runs all cells of her downloaded notebook in Lab (a real Python kernel).
The instrumentation extension posts one ``POST /executions`` per executed code
cell: the md5 of the cell's source (UTF-8, so the non-ASCII cell matches
too), whether it succeeded and its runtime in whole milliseconds. The gallery
records one execution per non-empty code cell of the current version, the
``1 / 0`` cell as a failure, and the notebook then shows among her recently
executed ones (protocol G9, G10).
"""

from __future__ import annotations

import hashlib

import pytest

from nbgallery.jupyter.models import Execution, ExecutionHistory
from nbgallery.notebooks import services
from nbgallery.notebooks.tests.conftest import code_cell, markdown_cell

pytestmark = [pytest.mark.browser, pytest.mark.jupyter]

FILE = "Health check.ipynb"
OK_SOURCES = ["total = sum(range(10))\nprint(total)", "print('héllo ünïcode')"]
FAILING = "1 / 0"


def md5(source: str) -> str:
    return hashlib.md5(source.encode()).hexdigest()  # noqa: S324 (the protocol's cell key)


def test_lab_reports_each_cell_run_including_the_failing_one(lab, alice, publish):
    cells = [
        markdown_cell("# Health check"),
        code_cell(OK_SOURCES[0]),
        code_cell(""),  # empty: not a cell the gallery knows, so no execution row
        code_cell(OK_SOURCES[1]),
        code_cell(FAILING),  # last: Lab stops running at the first error
    ]
    notebook = publish(alice, title="Health check", cells=cells)
    lab.write_notebook(FILE, services.download_content(notebook, alice, lab.gallery))
    lab.open(alice)
    lab.open_notebook(FILE, wait_for_kernel=True)

    lab.command("notebook:run-all-cells")
    # One report per code cell Lab ran, the empty one included; waiting on the
    # answers rather than on the rows keeps this test's reads out of their writes.
    reports = lab.wait_until(
        lambda: len(runs := lab.watch.gallery_responses("/executions")) == 4 and runs,
        "Lab reported the four code cells it ran",
    )
    assert [report.status for report in reports] == [200] * 4

    executions = list(Execution.objects.filter(notebook=notebook))
    assert len(executions) == 3
    assert all(execution.user == alice for execution in executions)
    outcomes = {execution.code_cell.md5: execution.success for execution in executions}
    assert outcomes == {md5(OK_SOURCES[0]): True, md5(OK_SOURCES[1]): True, md5(FAILING): False}
    for execution in executions:
        assert execution.runtime_sent.isdigit(), "Lab reports whole milliseconds"
    history = ExecutionHistory.objects.get(user=alice, notebook=notebook)
    assert (history.known_cell, history.unknown_cell) == (3, 1)

    listed = lab.page.request.get(f"{lab.gallery}/notebooks/recently_executed")
    assert listed.ok
    assert str(notebook.uuid) in [entry["uuid"] for entry in listed.json()]
