import re


def test_anybody_sees_the_group_with_its_members_and_their_roles(client, group, alice):
    response = client.get(group.get_absolute_url())

    assert response.status_code == 200
    text = re.sub(r"\s+", " ", response.text)
    assert "<h1" in text and ">Analytics</h1>" in text
    assert "We count things." in text
    assert '<a href="/users/alice/">alice</a> <span class="badge' in text
    assert re.search(r'href="/users/alice/">alice</a>.*?<td>Alice Owner</td> <td>Owner</td>', text)
    assert re.search(r'href="/users/bob/">bob</a>.*?<td>Bob Member</td> <td>Member</td>', text)
    assert "Add member" not in text


def test_the_api_returns_a_group_with_its_members(charlie_client, group):
    response = charlie_client.get(f"/api/v1/groups/{group.gid}")

    assert response.status_code == 200
    body = response.json()
    assert body["my_role"] is None
    assert [(m["username"], m["role"]) for m in body["members"]] == [
        ("alice", "owner"),
        ("bob", "member"),
    ]
