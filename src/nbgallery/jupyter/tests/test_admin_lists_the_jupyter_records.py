"""Admins can look up environments, preferences and reported runs in the admin site."""

import pytest
from django.apps import apps

from nbgallery.jupyter.models import Environment, Preference
from nbgallery.jupyter.tests.execution_support import CELLS, FIRST, report_lab


@pytest.mark.parametrize("model", ["environment", "preference", "execution", "executionhistory"])
def test_each_list_and_record_page_opens(admin_client, alice, alice_client, publish, model):
    notebook = publish(alice, cells=CELLS)
    report_lab(alice_client, notebook.uuid, FIRST)
    Environment.objects.create(user=alice, name="JupyterLab", url="http://127.0.0.1:8899/")
    Preference.objects.create(user=alice, tab_size=4)

    listing = admin_client.get(f"/admin/jupyter/{model}/")
    record = apps.get_model("jupyter", model).objects.get()
    page = admin_client.get(f"/admin/jupyter/{model}/{record.pk}/change/")

    assert listing.status_code == 200
    assert "alice" in listing.text
    assert page.status_code == 200


def test_people_who_are_not_admins_are_sent_to_sign_in(alice_client):
    response = alice_client.get("/admin/jupyter/execution/")

    assert response.status_code == 302
