"""The web upload: step 1 takes a file, step 2 the details, and the notebook is published."""

import re

import pytest
from django.urls import reverse

from nbgallery.notebooks import services
from nbgallery.notebooks.models import Notebook, Revision, Stage
from nbgallery.notebooks.tests.upload_support import (
    code,
    markdown,
    notebook_bytes,
    publish,
    staged_uuid,
    upload_file,
)

pytestmark = pytest.mark.usefixtures("isolated_storage")

CONTENT = notebook_bytes(
    markdown("# Sales\n\nMonthly sales figures for every region, with a chart."),
    code("import pandas as pd\nsales = pd.read_csv('sales.csv')"),
    code("   "),
    code("sales.plot()"),
)


def test_the_upload_page_has_a_file_input_for_notebooks(alice_client):
    response = alice_client.get(reverse("upload"))

    assert response.status_code == 200
    assert 'type="file"' in response.text and 'name="file"' in response.text
    assert 'accept=".ipynb"' in response.text
    assert 'enctype="multipart/form-data"' in response.text


def test_anonymous_visitors_are_sent_to_sign_in(client):
    response = client.get(reverse("upload"))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_a_file_is_staged_and_the_details_form_is_prefilled(alice, alice_client):
    response = upload_file(alice_client, CONTENT, name="monthly_sales_report.ipynb")

    stage = Stage.objects.get(uuid=staged_uuid(response))
    assert response["Location"] == reverse("upload_finish", args=[stage.uuid])
    assert (stage.user, stage.notebook) == (alice, None)
    assert stage.filename == "monthly_sales_report.ipynb"
    page = alice_client.get(response["Location"])
    assert page.status_code == 200
    assert 'value="monthly sales report"' in page.text
    assert "Sales Monthly sales figures for every region, with a chart." in page.text
    assert re.search(r'<input[^>]*value="private"[^>]*checked', page.text)
    assert re.search(r'<option value="user" selected>Me \(alice\)</option>', page.text)


def test_publishing_makes_the_notebook_with_the_staging_id_and_goes_to_its_page(
    alice, alice_client
):
    stage_uuid = staged_uuid(upload_file(alice_client, CONTENT))

    response = publish(
        alice_client, stage_uuid, title="  Sales   analysis ", tags="Sales, q1 reports"
    )

    notebook = Notebook.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("notebook_detail", args=[notebook.uuid])
    assert notebook.uuid == stage_uuid and notebook.commit_id == str(stage_uuid)
    assert notebook.title == "Sales analysis"
    assert notebook.description == "Monthly sales, by region."
    assert (notebook.owner_user, notebook.creator, notebook.updater) == (alice, alice, alice)
    assert not notebook.public
    assert (notebook.lang, notebook.lang_version) == ("python", "3.11.2")
    assert sorted(notebook.tags.values_list("name", flat=True)) == ["q1", "reports", "sales"]
    assert not Stage.objects.exists()
    revision = notebook.revisions.get()
    assert revision.revtype == Revision.CREATE and revision.user == alice
    assert list(revision.code_cells.values_list("cell_index", flat=True)) == [1, 3]
    assert services.read_content(notebook.content_sha256)["cells"][1]["source"].startswith("import")


def test_the_success_message_names_the_notebook(alice_client):
    stage_uuid = staged_uuid(upload_file(alice_client, CONTENT))

    response = publish(alice_client, stage_uuid, title="Sales analysis")

    shown = [str(message) for message in response.wsgi_request._messages]
    assert shown == ["Your notebook Sales analysis is published."]


def test_a_bad_title_is_shown_on_its_field(alice_client):
    stage_uuid = staged_uuid(upload_file(alice_client, CONTENT))

    response = publish(alice_client, stage_uuid, title="Sales: 2024/Q1")

    assert response.status_code == 400
    assert "A title may not contain : /" in response.text
    assert 'id="id_title_errors"' in response.text
    assert Stage.objects.filter(uuid=stage_uuid).exists() and not Notebook.objects.exists()
