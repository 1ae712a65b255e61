"""Lab puts the gallery identity of a downloaded notebook into its Python kernel.

When the kernel of a notebook with ``metadata.gallery.uuid`` starts, the
inject-uuid extension sets ``NBGALLERY_UUID`` and ``NBGALLERY_GIT_COMMIT_ID`` in
it, from the metadata of our download: the notebook's UUID and the id of its
latest revision (protocol §6.2, plan scenario 9).
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from nbgallery.notebooks import services
from nbgallery.notebooks.tests.conftest import code_cell

pytestmark = [pytest.mark.browser, pytest.mark.jupyter]

FILE = "Provenance.ipynb"
SHOW = "import os\nprint(os.environ['NBGALLERY_UUID'], os.environ['NBGALLERY_GIT_COMMIT_ID'])"


def test_lab_tells_the_kernel_which_gallery_notebook_it_runs(lab, alice, publish):
    notebook = publish(alice, title="Provenance", cells=[code_cell(SHOW)])
    revision = notebook.revisions.first()
    lab.write_notebook(FILE, services.download_content(notebook, alice, lab.gallery))
    lab.open(alice)
    lab.open_notebook(FILE, wait_for_kernel=True)

    lab.command("notebook:run-all-cells")
    output = lab.page.locator(".jp-OutputArea-output").first
    expect(output).to_have_text(f"{notebook.uuid} {revision.commit_id}")
