"""Notebooks that `nbgallery import` restores from an export are found by search at once."""

import io

from django.core.management import call_command

from nbgallery.notebooks.models import Notebook
from nbgallery.search.tests.conftest import titles


def test_a_restored_notebook_is_found_by_its_title(tmp_path, publish, alice, committed, search):
    publish(alice, title="Quarterly churn model", public=True)
    call_command("export", str(tmp_path / "export"), stdout=io.StringIO())
    with committed():
        Notebook.objects.all().delete()
    assert titles(search(alice, "churn")) == []

    with committed():
        call_command("import", str(tmp_path / "export"), stdout=io.StringIO())

    assert titles(search(alice, "churn")) == ["Quarterly churn model"]
