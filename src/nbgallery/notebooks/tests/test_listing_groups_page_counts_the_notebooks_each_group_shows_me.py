"""The groups page shows, per group, how many of its notebooks the viewer may read."""

import re

from .listing_world import make_group, make_notebook, page_text


def notebook_count(html: str, group_name: str) -> str:
    table = html.split("<tbody>", 1)[1]  # "All groups", not the "My groups" list above it
    row = re.search(rf">{group_name}</a>.*?</tr>", table, re.S)
    assert row, html
    cells = re.findall(r'<td class="text-end">(\d+)</td>', row.group(0))
    return cells[-1]  # members, then notebooks


def test_members_count_the_groups_private_notebooks_and_outsiders_do_not(
    alice, bob, bob_client, charlie_client, client
):
    group = make_group(alice, bob, name="Team")
    make_group(alice, name="Empty")
    make_notebook(group, "Team public", public=True, creator=alice)
    make_notebook(group, "Team private", creator=alice)
    make_notebook(alice, "Not the group's", public=True)

    header = '<th scope="col" class="text-end">Notebooks</th>'
    assert header in page_text(client.get("/groups/"))
    assert notebook_count(page_text(bob_client.get("/groups/")), "Team") == "2"
    assert notebook_count(page_text(charlie_client.get("/groups/")), "Team") == "1"
    assert notebook_count(page_text(client.get("/groups/")), "Team") == "1"
    assert notebook_count(page_text(client.get("/groups/")), "Empty") == "0"
