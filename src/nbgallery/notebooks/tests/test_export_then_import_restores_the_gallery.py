"""`nbgallery export` then `nbgallery import` of that folder restores notebooks faithfully."""

import io

from django.core.management import call_command

from nbgallery.notebooks import services
from nbgallery.notebooks.models import Notebook, Revision
from nbgallery.notebooks.tests.conftest import code_cell


def snapshot():
    """What must survive the round trip, notebook by notebook."""
    return {
        str(nb.uuid): {
            "title": nb.title,
            "public": nb.public,
            "owner": nb.owner_user.username if nb.owner_user else str(nb.owner_group.gid),
            "tags": sorted(nb.tags.values_list("name", flat=True)),
            "content": services.read_content(nb.content_sha256),
            "commit_id": nb.commit_id,
            "revisions": [
                (
                    r.revtype,
                    r.commit_id,
                    r.label,
                    r.summary,
                    r.user.username,
                    services.read_content(r.content_sha256),
                )
                for r in nb.revisions.order_by("created_at", "pk")
            ],  # fmt: skip
        }
        for nb in Notebook.objects.all()
    }


def test_owners_tags_revisions_and_content_survive_export_and_import(
    tmp_path, publish, new_version, alice, team
):
    mine = publish(alice, title="Mine", public=False)
    services.set_tags(alice, mine, ["sales", "monthly"])
    new_version(mine, alice, cells=[code_cell("x = 2")], label="1.1", summary="Faster")
    publish(team, alice, title="Team notebook")
    before = snapshot()

    call_command("export", str(tmp_path / "export"), stdout=io.StringIO())
    Revision.objects.all().delete()
    Notebook.objects.all().delete()
    output = io.StringIO()
    call_command("import", str(tmp_path / "export"), stdout=output)

    assert "Imported 2 notebook(s); rejected 0." in output.getvalue()
    assert snapshot() == before


def test_importing_an_export_twice_refuses_the_notebooks_already_there(tmp_path, publish, alice):
    publish(alice, title="Once")
    call_command("export", str(tmp_path / "export"), stdout=io.StringIO())

    output = io.StringIO()
    call_command("import", str(tmp_path / "export"), stdout=output)

    assert "Imported 0 notebook(s); rejected 1." in output.getvalue()
    assert "already in the gallery" in output.getvalue()
    assert Notebook.objects.count() == 1
