"""Publishing needs the terms of service accepted; the agreement and its text are recorded."""

import pytest

from nbgallery.notebooks.models import Notebook, Stage, TermsAgreement
from nbgallery.notebooks.tests.upload_support import (
    notebook_bytes,
    publish,
    published,
    staged_uuid,
    upload_file,
)

pytestmark = pytest.mark.usefixtures("isolated_storage")

TERMS = "I promise this notebook holds no secrets."


def test_the_form_shows_the_terms_from_the_setting(alice_client, settings):
    settings.NBGALLERY_TERMS_OF_SERVICE = TERMS
    stage_uuid = staged_uuid(upload_file(alice_client, notebook_bytes()))

    page = alice_client.get(f"/upload/{stage_uuid}/")

    assert TERMS in page.text and 'name="agree"' in page.text


def test_without_the_agreement_nothing_is_published(alice_client):
    stage_uuid = staged_uuid(upload_file(alice_client, notebook_bytes()))

    response = publish(alice_client, stage_uuid, agree=None)

    assert response.status_code == 400
    assert "Please accept the terms of service to share a notebook." in response.text
    assert not Notebook.objects.exists() and Stage.objects.filter(uuid=stage_uuid).exists()


def test_the_agreement_is_recorded_with_the_terms_text(alice, alice_client, settings):
    settings.NBGALLERY_TERMS_OF_SERVICE = TERMS

    notebook = published(alice_client)

    agreement = TermsAgreement.objects.get()
    assert (agreement.user, agreement.notebook, agreement.terms) == (alice, notebook, TERMS)
