"""Search checks who may read a notebook in the index itself (access.py), so
the index must follow every change of that: shares, visibility, owner, group
membership. The page of results is loaded through readable_by as well, so
totals are what can go stale; these tests check the totals."""

import pytest

from nbgallery.accounts import services as accounts
from nbgallery.notebooks import services

pytestmark = pytest.mark.django_db


def total(search, viewer, text="walrus"):
    return search(viewer, text).total


def test_a_sharee_finds_a_private_notebook_until_it_is_unshared(
    alice, charlie, publish, committed, search
):
    notebook = publish(alice, title="Walrus census", public=False)
    assert total(search, charlie) == 0

    with committed():
        services.share_notebook(alice, notebook, ["charlie"])
    assert total(search, charlie) == 1

    with committed():
        services.unshare_notebook(alice, notebook, "charlie")
    assert total(search, charlie) == 0


def test_making_a_notebook_private_hides_it_from_outsiders(
    alice, charlie, publish, committed, search
):
    notebook = publish(alice, title="Walrus census", public=True)
    assert total(search, charlie) == 1

    with committed():
        services.change_details(
            alice, notebook, title=notebook.title, description="", tags=[], public=False
        )
    assert total(search, charlie) == 0
    assert total(search, alice) == 1


def test_group_members_find_the_groups_private_notebooks_as_they_join_and_leave(
    alice, charlie, team, publish, committed, search
):
    publish(team, alice, title="Walrus census", public=False)
    assert total(search, charlie) == 0

    accounts.add_member(alice, team, "charlie", "member")
    assert total(search, charlie) == 1  # membership is read at search time

    accounts.remove_member(alice, team, "charlie")
    assert total(search, charlie) == 0


def test_an_admin_finds_every_notebook(alice, admin_user, publish, search):
    publish(alice, title="Walrus census", public=False)
    assert total(search, admin_user) == 1


def test_package_filters_follow_a_new_version(alice, charlie, publish, new_version, search):
    from nbgallery.notebooks.tests.conftest import code_cell

    notebook = publish(alice, title="Walrus census", cells=[code_cell("import numpy")])
    assert total(search, charlie, "package:numpy") == 1

    new_version(notebook, alice, cells=[code_cell("import pandas")])
    assert total(search, charlie, "package:numpy") == 0
    assert total(search, charlie, "package:pandas") == 1
