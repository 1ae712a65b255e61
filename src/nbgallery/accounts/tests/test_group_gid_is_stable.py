import uuid

from nbgallery.accounts.models import Group


def test_a_group_keeps_its_gid_address_when_it_is_renamed(alice_client, group):
    address = f"/groups/{group.gid}/"
    assert group.get_absolute_url() == address

    response = alice_client.post(
        f"/groups/{group.gid}/edit/", {"name": "Renamed", "description": "", "url": ""}
    )

    assert response.status_code == 302
    assert response["Location"] == address
    assert Group.objects.get(pk=group.pk).gid == group.gid
    assert ">Renamed</h1>" in alice_client.get(address).text


def test_an_unknown_gid_is_a_404(client, db):
    assert client.get(f"/groups/{uuid.uuid4()}/").status_code == 404
