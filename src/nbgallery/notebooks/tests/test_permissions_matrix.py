"""Who may do what with a notebook (reference §6.3): every persona, public and
private, owned by a user and by a group, every page, and the querysets.

The expected answers are not written out case by case: they follow from
RULES (what each relation to a notebook allows) and RELATIONS (how each
persona relates to a notebook owned by alice or by alice's group).

The pages answer (see notebooks/views/notebook.py): 200 when allowed; 404
when the person cannot read the notebook, so private notebooks do not leak;
403 when they can read it but not do this; a sign-in redirect for anonymous
visitors asking to change anything.
"""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import Client
from django.urls import reverse

from nbgallery.accounts import services as accounts
from nbgallery.notebooks import services
from nbgallery.notebooks.models import Notebook
from nbgallery.notebooks.tests.conftest import publish_notebook

# relation to the notebook: (may read it while private, may edit it, may own it)
RULES = {
    "anonymous": (False, False, False),
    "stranger": (False, False, False),
    "group member": (True, False, False),
    "group editor": (True, True, False),
    "group owner": (True, True, True),
    "sharee": (True, True, False),
    "owning user": (True, True, True),
    "admin": (True, True, True),
}

# persona: (relation to alice's own notebook, relation to her group's notebook)
RELATIONS = {
    "alice": ("owning user", "group owner"),  # she created the group, so owns it
    "erin": ("stranger", "group owner"),
    "dave": ("stranger", "group editor"),
    "bob": ("stranger", "group member"),
    "frank": ("sharee", "sharee"),  # both notebooks are shared with him
    "charlie": ("stranger", "stranger"),
    "anonymous": ("anonymous", "anonymous"),
    "admin": ("admin", "admin"),
}

# page (URL name): the permission it needs, and whether it changes things on POST
PAGES = {
    "notebook_detail": "read",
    "notebook_download": "read",
    "revision_list": "read",
    "revision_detail": "read",
    "revision_download": "read",
    "notebook_edit": "edit",
    "revision_edit": "edit",
    "notebook_new_version": "edit",
    "notebook_shares": "edit",
    "notebook_owner": "own",
    "notebook_delete": "own",
}


def allowed(persona: str, owner_kind: str, public: bool) -> dict[str, bool]:
    relation = RELATIONS[persona][0 if owner_kind == "user" else 1]
    read_private, edit, own = RULES[relation]
    return {"read": public or read_private, "edit": edit, "own": own}


def expected_status(persona: str, permission: str, may: dict[str, bool]) -> int:
    if permission != "read" and persona == "anonymous":
        return 302
    if not may["read"]:
        return 404
    return 200 if may[permission] else 403


@pytest.fixture
def world(django_user_model, alice, bob, charlie, admin_user, isolated_storage):
    """The personas, alice's group with its roles, and a way to make the notebook."""
    people = {"alice": alice, "bob": bob, "charlie": charlie, "admin": admin_user}
    for name in ("dave", "erin", "frank"):
        people[name] = django_user_model.objects.create_user(name, f"{name}@example.org", "pw")
    group = accounts.create_group(alice, "Analytics")
    accounts.add_member(alice, group, "bob", "member")
    accounts.add_member(alice, group, "dave", "editor")
    accounts.add_member(alice, group, "erin", "owner")

    def notebook(owner_kind: str, public: bool) -> Notebook:
        owner = alice if owner_kind == "user" else group
        made = publish_notebook(owner, alice, public=public, title="Matrix")
        services.share_notebook(alice, made, ["frank"])
        return made

    return people, notebook


def client_for(people: dict, persona: str) -> Client:
    client = Client()
    if persona != "anonymous":
        client.force_login(people[persona])
    return client


def url(name: str, notebook: Notebook) -> str:
    if name.startswith("revision_") and name != "revision_list":
        return reverse(name, args=[notebook.uuid, notebook.revisions.get().commit_id])
    return reverse(name, args=[notebook.uuid])


@pytest.mark.parametrize("public", [True, False], ids=["public", "private"])
@pytest.mark.parametrize("owner_kind", ["user", "group"])
@pytest.mark.parametrize("persona", list(RELATIONS))
def test_each_persona_gets_exactly_what_the_rules_allow(world, persona, owner_kind, public):
    people, make_notebook = world
    notebook = make_notebook(owner_kind, public)
    may = allowed(persona, owner_kind, public)
    client = client_for(people, persona)

    answers = {name: client.get(url(name, notebook)).status_code for name in PAGES}

    expected = {name: expected_status(persona, need, may) for name, need in PAGES.items()}
    assert answers == expected
    if answers["notebook_edit"] == 302:
        assert client.get(url("notebook_edit", notebook))["Location"].startswith("/accounts/login/")

    user = people.get(persona, AnonymousUser())
    assert Notebook.objects.readable_by(user).filter(pk=notebook.pk).exists() == may["read"]
    assert Notebook.objects.editable_by(user).filter(pk=notebook.pk).exists() == may["edit"]
    assert Notebook.objects.ownable_by(user).filter(pk=notebook.pk).exists() == may["own"]
    assert (notebook.can_read(user), notebook.can_edit(user), notebook.can_own(user)) == (
        may["read"],
        may["edit"],
        may["own"],
    )


REFUSED_CHANGES = {
    "notebook_edit": {"title": "Taken over", "description": "", "tags": "", "public": "on"},
    "notebook_shares": {"usernames": "charlie"},
    "notebook_owner": {"username": "charlie"},
    "notebook_delete": {},
}


@pytest.mark.parametrize("public", [True, False], ids=["public", "private"])
@pytest.mark.parametrize("owner_kind", ["user", "group"])
@pytest.mark.parametrize("persona", list(RELATIONS))
def test_a_refused_change_changes_nothing(world, persona, owner_kind, public):
    people, make_notebook = world
    notebook = make_notebook(owner_kind, public)
    may = allowed(persona, owner_kind, public)
    client = client_for(people, persona)

    for name, data in REFUSED_CHANGES.items():
        need = PAGES[name]
        if may[need]:
            continue
        answer = client.post(url(name, notebook), data)
        assert answer.status_code == expected_status(persona, need, may), name

    after = Notebook.objects.get(pk=notebook.pk)
    assert (after.title, after.public, after.owner_user_id, after.owner_group_id) == (
        notebook.title,
        notebook.public,
        notebook.owner_user_id,
        notebook.owner_group_id,
    )
    assert list(after.shares.values_list("username", flat=True)) == ["frank"]
