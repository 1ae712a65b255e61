from nbgallery.accounts import services


def test_anonymous_visitors_page_through_all_groups_with_member_counts(client, alice, bob):
    for number in range(30):
        group = services.create_group(alice, f"Group {number:02}")
        if number == 0:
            services.add_member(alice, group, "bob")

    first = client.get("/groups/")
    second = client.get("/groups/?page=2")

    assert first.status_code == second.status_code == 200
    assert "Group 00" in first.text and "Group 24" in first.text
    assert "Group 25" not in first.text
    assert "Page 1 of 2" in first.text
    assert "Group 25" in second.text and "Group 29" in second.text
    assert "Group 00" not in second.text
    assert '<td class="text-end">2</td>' in first.text
    assert "My groups" not in first.text


def test_the_api_lists_groups_a_page_at_a_time(bob_client, alice, bob):
    for number in range(3):
        services.create_group(alice, f"Group {number}")

    response = bob_client.get("/api/v1/groups?limit=2&offset=2")

    assert response.status_code == 200
    assert response.json()["count"] == 3
    assert [g["name"] for g in response.json()["items"]] == ["Group 2"]
