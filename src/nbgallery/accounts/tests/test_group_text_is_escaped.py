from nbgallery.accounts import services

NAME = "<script>alert('name')</script>"
DESCRIPTION = "<img src=x onerror=alert(1)>\nsecond line"


def test_group_names_and_descriptions_are_shown_as_text(client, alice):
    group = services.create_group(alice, NAME, DESCRIPTION)

    page = client.get(group.get_absolute_url()).text
    listing = client.get("/groups/").text

    assert "<script>alert" not in page and "<script>alert" not in listing
    assert "<img src=x" not in page and "<img src=x" not in listing
    assert "&lt;script&gt;alert(&#x27;name&#x27;)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;<br>second line" in page
