"""A request to a group's notebook is emailed to the group's owners and editors, not its members."""

from nbgallery.accounts import services as accounts
from nbgallery.changes.tests.conftest import propose_change


def test_group_owners_and_editors_hear_of_it(
    alice, bob, charlie, django_user_model, team, publish, committed, mailoutbox
):
    from conftest import make_user

    dora = make_user(django_user_model, "dora")
    erin = make_user(django_user_model, "erin")
    accounts.add_member(alice, team, "dora", "editor")
    accounts.add_member(alice, team, "erin", "member")
    notebook = publish(team, alice, title="Group report", public=True)

    with committed():
        propose_change(charlie, notebook)

    assert sorted(m.to[0] for m in mailoutbox) == sorted([alice.email, dora.email, charlie.email])
    assert erin.email not in [m.to[0] for m in mailoutbox] and bob.email not in mailoutbox
