"""A proposal identical to the current version is refused with a message, and nothing is kept."""

import pytest
from django.core.exceptions import ValidationError

from nbgallery.changes.models import ChangeRequest
from nbgallery.changes.tests.conftest import ipynb_file, propose_change
from nbgallery.notebooks.models import Stage
from nbgallery.notebooks.tests.conftest import DEFAULT_CELLS


def test_the_service_refuses_the_current_content(notebook, charlie):
    with pytest.raises(ValidationError, match="identical to the current version"):
        propose_change(charlie, notebook, cells=DEFAULT_CELLS)

    assert not ChangeRequest.objects.exists()


def test_the_web_form_says_so_with_a_400_and_keeps_no_upload(notebook, charlie_client):
    response = charlie_client.post(
        f"/notebooks/{notebook.uuid}/propose/",
        {"file": ipynb_file(DEFAULT_CELLS), "summary": "Nothing", "agree": "on"},
    )

    assert response.status_code == 400
    assert "identical to the current version" in response.text
    assert not ChangeRequest.objects.exists()
    assert not Stage.objects.exists()
