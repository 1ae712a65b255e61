"""A notebook's title and description reach an RSS reader as text, never as markup:
they are HTML-escaped inside the XML, so even a reader that renders HTML shows them."""

from defusedxml import ElementTree as ET

from .listing_world import make_notebook

TITLE = "<script>alert(1)</script> & co"
DESCRIPTION = '<img src=x onerror="alert(2)"> <b>bold</b>'


def test_hostile_text_stays_text_in_the_feed(alice, client):
    make_notebook(alice, TITLE, public=True, description=DESCRIPTION, tags=["xss"])

    response = client.get("/tags/xss.rss")

    assert response.status_code == 200
    raw = response.content.decode()
    assert "<script" not in raw and "<img" not in raw and "<b>" not in raw
    (item,) = ET.fromstring(response.content).iter("item")
    # After the XML is read, what is left is escaped HTML: text to any HTML renderer.
    assert item.findtext("title") == "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"
    assert item.findtext("description") == (
        "&lt;img src=x onerror=&quot;alert(2)&quot;&gt; &lt;b&gt;bold&lt;/b&gt;"
    )


def test_a_hostile_group_name_is_escaped_in_the_feeds_title(alice, client):
    from .listing_world import make_group

    group = make_group(alice, name="<script>alert(3)</script>")

    response = client.get(f"/groups/{group.gid}.rss")

    assert response.status_code == 200
    assert "<script" not in response.content.decode()
    channel = ET.fromstring(response.content).find("channel")
    assert channel is not None
    assert "&lt;script&gt;" in channel.findtext("title", "")
