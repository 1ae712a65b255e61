def test_anybody_sees_the_bookmarks_stored_in_the_plugins_table(example_plugin, client, alice):
    from nbgallery_example.models import Bookmark

    Bookmark.objects.create(owner=alice, title="Pandas docs", url="https://pandas.pydata.org/")

    response = client.get("/example/bookmarks/")

    assert response.status_code == 200
    assert b'<a href="https://pandas.pydata.org/" rel="nofollow noopener">Pandas docs</a>' in (
        response.content
    )
    assert b"added by alice" in response.content
    assert b"Sign in</a> to add a bookmark" in response.content


def test_an_empty_table_says_so(example_plugin, client, db):
    response = client.get("/example/bookmarks/")

    assert b"No bookmarks yet." in response.content
