"""G7: the clients insert the diff HTML as it is, so no notebook text may become markup."""

from nbgallery.jupyter.tests.jupyter_client import assert_json, post_text
from nbgallery.notebooks.tests.conftest import code_cell, markdown_cell, notebook_bytes

HOSTILE = [
    "<script>alert('diff')</script>",
    '<img src=x onerror="alert(1)">',
    "</li></ul></div><div onmouseover=alert(2)>",
]


def test_hostile_sources_arrive_as_text(alice, alice_client, publish):
    notebook = publish(alice, cells=[markdown_cell("# Safe")])
    posted = notebook_bytes([markdown_cell(HOSTILE[0]), code_cell("\n".join(HOSTILE[1:]))])

    body = assert_json(post_text(alice_client, f"/notebooks/{notebook.uuid}/diff", posted), 200)

    html = "\n".join([body["inline"], *body["split"]])
    for payload in HOSTILE:
        assert payload not in html
    for markup in ("<script", "<img", "<div onmouseover", "</div><div"):
        assert markup not in html
    assert "&lt;script&gt;alert(&#x27;diff&#x27;)&lt;/script&gt;" in body["inline"]
    assert html.count("<ul>") == html.count("</ul>") == 3  # our lists only


def test_the_gallerys_own_hostile_text_is_escaped_too(alice, alice_client, publish):
    notebook = publish(alice, cells=[code_cell(HOSTILE[1])])

    body = assert_json(
        post_text(alice_client, f"/notebooks/{notebook.uuid}/diff", notebook_bytes([])), 200
    )

    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in body["split"][0]
    assert "<img" not in body["inline"]
