"""G10: signed-in readers only, well-formed reports only; a refusal records nothing."""

import pytest

from nbgallery.jupyter.models import Execution, ExecutionHistory
from nbgallery.jupyter.tests.execution_support import CELLS, FIRST, md5, report_lab
from nbgallery.jupyter.tests.jupyter_client import assert_json, post_form

GOOD = {"success": "true", "md5": md5(FIRST), "runtime": "73"}


def nothing_recorded() -> bool:
    return not ExecutionHistory.objects.exists() and not Execution.objects.exists()


def test_anonymous_reports_are_401(client, alice, publish):
    notebook = publish(alice, cells=CELLS, public=True)

    body = assert_json(report_lab(client, notebook.uuid, FIRST), 401)

    assert body == {"message": "You must be logged in to perform this action."}
    assert nothing_recorded()


def test_with_instrumentation_disabled_reports_are_403(alice, alice_client, publish, settings):
    settings.NBGALLERY_INSTRUMENTATION = False
    notebook = publish(alice, cells=CELLS)

    body = assert_json(report_lab(alice_client, notebook.uuid, FIRST), 403)

    assert body == {"message": "instrumentation disabled"}
    assert nothing_recorded()


def test_an_unknown_notebook_is_404(alice_client, db):
    response = report_lab(alice_client, "5f0c3a52-94d1-4c3e-9a8f-2b1d7e6c4a90", FIRST)

    assert assert_json(response, 404) == {"message": "not found"}
    assert nothing_recorded()


def test_a_notebook_the_user_may_not_read_is_404(alice, charlie_client, publish):
    notebook = publish(alice, cells=CELLS, public=False)

    response = report_lab(charlie_client, notebook.uuid, FIRST)

    assert assert_json(response, 404) == {"message": "not found"}
    assert nothing_recorded()


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"uuid": None}, "uuid"),
        ({"uuid": "1-sales-report"}, "uuid"),
        ({"md5": None}, "md5"),
        ({"md5": "d41d8cd98f00b204e9800998ecf8427"}, "md5"),
        ({"md5": "z" * 32}, "md5"),
        ({"runtime": None}, "runtime"),
        ({"runtime": ""}, "runtime"),
        ({"runtime": "-5"}, "runtime"),
        ({"runtime": "NaN"}, "runtime"),
        ({"runtime": "Infinity"}, "runtime"),
        ({"runtime": "1e999"}, "runtime"),
        ({"runtime": "seventy"}, "runtime"),
        ({"runtime": "1" * 40}, "runtime"),
    ],
)
def test_a_malformed_report_is_422_naming_the_field(alice, alice_client, publish, change, field):
    notebook = publish(alice, cells=CELLS)
    fields = {**GOOD, "uuid": str(notebook.uuid), **change}
    pairs = [(key, value) for key, value in fields.items() if value is not None]

    body = assert_json(post_form(alice_client, "/executions", pairs), 422)

    assert body["message"].startswith(field)
    assert nothing_recorded()


def test_get_is_405(alice_client):
    response = alice_client.get("/executions")

    assert response.status_code == 405 and response["Allow"] == "POST"
