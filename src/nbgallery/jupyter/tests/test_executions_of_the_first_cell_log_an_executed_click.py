"""G10: a successful run of the first code cell logs "executed notebook",
tracked by the host of the Jupyter server that reported it."""

from nbgallery.jupyter.tests.execution_support import CELLS, FIRST, SECOND, report_lab
from nbgallery.usage.models import Click


def test_a_successful_first_cell_logs_the_click_with_the_origin_host(alice, alice_client, publish):
    notebook = publish(alice, cells=CELLS)

    report_lab(alice_client, notebook.uuid, FIRST, success="true")

    click = Click.objects.exclude(action__in=[Click.CREATED, Click.AGREED_TO_TERMS]).get()
    assert (click.user, click.notebook, click.action) == (alice, notebook, Click.EXECUTED)
    assert click.tracking == "127.0.0.1:8899"


def test_a_failed_first_cell_or_a_later_cell_logs_nothing(alice, alice_client, publish):
    notebook = publish(alice, cells=CELLS)

    report_lab(alice_client, notebook.uuid, FIRST, success="false")
    report_lab(alice_client, notebook.uuid, SECOND, success="true")
    report_lab(alice_client, notebook.uuid, "print('unknown')", success="true")

    assert not Click.objects.filter(action=Click.EXECUTED).exists()
