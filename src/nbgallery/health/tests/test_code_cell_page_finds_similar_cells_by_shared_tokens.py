"""Similar cells: the fingerprint job, then token Jaccard over MinHash candidates."""

from nbgallery.health.fingerprints import update_fingerprints
from nbgallery.health.models import CellFingerprint

from .conftest import code_cell

BASE = "import pandas as pd\nframe = pd.read_csv(path)\nframe.groupby('region').sum()\n"
NEAR = "import pandas as pd\nframe = pd.read_csv(path)\nframe.groupby('country').sum()\n"
FAR = "for x in range(10):\n    print(x ** 2)\n"


def test_a_near_copy_is_similar_and_an_unrelated_cell_is_not(publish, alice, bob_client):
    mine = publish(alice, title="Regions", cells=[code_cell(BASE)])
    publish(alice, title="Countries", cells=[code_cell(NEAR)])
    publish(alice, title="Squares", cells=[code_cell(FAR)])
    publish(alice, title="Hidden countries", cells=[code_cell(NEAR)], public=False)

    update_fingerprints()
    update_fingerprints()  # nothing changed: nothing redone

    assert CellFingerprint.objects.count() == 4
    page = bob_client.get(f"/notebooks/{mine.uuid}/cells/0/").content.decode()
    assert "Countries, cell 0" in page
    assert "Squares" not in page
    assert "Hidden countries" not in page


def test_a_new_version_refreshes_the_fingerprints(publish, new_version, alice):
    notebook = publish(alice, title="Regions", cells=[code_cell(BASE)])
    update_fingerprints()

    new_version(notebook, alice, cells=[code_cell(FAR)])
    update_fingerprints()

    assert list(CellFingerprint.objects.values_list("tokens", flat=True)) == [
        "10 2 for in print range x"
    ]
