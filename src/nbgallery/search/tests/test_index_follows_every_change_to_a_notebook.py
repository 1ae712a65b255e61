import pytest

from nbgallery.notebooks import services
from nbgallery.search.models import SearchDocument
from nbgallery.search.tests.conftest import markdown_cell, titles

pytestmark = pytest.mark.django_db


def test_publish_indexes_the_notebook(alice, charlie, publish, search):
    publish(alice, title="Glacier melt")
    assert titles(search(charlie, "glacier")) == ["Glacier melt"]


def test_a_new_version_replaces_the_cell_text(alice, charlie, publish, new_version, search):
    notebook = publish(alice, title="Report", cells=[markdown_cell("first draft about moths")])
    new_version(notebook, alice, cells=[markdown_cell("final text about butterflies")])
    assert titles(search(charlie, "moths")) == []
    assert titles(search(charlie, "butterflies")) == ["Report"]


def test_changed_details_and_tags_are_found(alice, charlie, publish, committed, search):
    notebook = publish(alice, title="Before", description="old words", tags="stale")
    with committed():
        services.change_details(
            alice, notebook, title="After", description="new words", tags="fresh", public=True
        )
    assert titles(search(charlie, "title:before")) == []
    assert titles(search(charlie, "tag:stale")) == []
    assert titles(search(charlie, "tag:fresh description:new title:after")) == ["After"]


def test_a_new_owner_is_found(alice, bob, charlie, team, publish, committed, search):
    notebook = publish(alice, title="Handed over")
    with committed():
        services.change_owner(alice, notebook, team)
    assert titles(search(charlie, "owner:alice")) == []
    assert titles(search(charlie, "owner:Analytics")) == ["Handed over"]


def test_a_deleted_notebook_leaves_the_index(alice, charlie, publish, committed, search):
    notebook = publish(alice, title="Short lived")
    notebook_id = notebook.pk
    with committed():
        services.delete_notebook(alice, notebook)
    assert not SearchDocument.objects.filter(notebook_id=notebook_id).exists()
    assert search(charlie, "short").total == 0


def test_renamed_people_and_groups_are_found(alice, charlie, team, publish, committed, search):
    publish(alice, title="Mine")
    publish(team, alice, title="Ours")
    with committed():
        alice.last_name = "Zuckerman"
        alice.save()
        team.name = "Counting Club"
        team.save(update_fields=["name"])
    assert titles(search(charlie, "owner:zuckerman")) == ["Mine"]
    assert titles(search(charlie, 'owner:"counting club"')) == ["Ours"]


def test_an_uncommitted_change_is_not_indexed(alice, charlie, publish, search):
    from nbgallery.notebooks.tests.conftest import publish_notebook

    publish_notebook(alice, title="Never committed")  # the test transaction never commits
    assert titles(search(charlie, "committed")) == []
