"""The proposed content is kept as long as its request, even when a stage of it expires."""

from datetime import timedelta

from django.utils import timezone

from nbgallery.changes.tests.conftest import PROPOSED_CELLS
from nbgallery.notebooks import blobs, services
from nbgallery.notebooks.models import Stage
from nbgallery.notebooks.tests.conftest import notebook_bytes


def test_cleaning_up_an_old_stage_of_the_same_content_keeps_the_blob(notebook, proposal, charlie):
    # charlie staged the very same notebook again and never used it.
    services.stage_upload(charlie, notebook_bytes(PROPOSED_CELLS), target=notebook)
    Stage.objects.update(created_at=timezone.now() - timedelta(days=2))

    assert services.cleanup_stages() == 1

    assert blobs.read_blob(proposal.content_sha256)
