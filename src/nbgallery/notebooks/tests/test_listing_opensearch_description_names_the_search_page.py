"""``/opensearch`` lets a browser add the gallery as a search engine: it names this
host's search page with the query in ``q``, and every page links to it."""

from defusedxml import ElementTree as ET
from django.urls import NoReverseMatch, reverse

NS = "{http://a9.com/-/spec/opensearch/1.1/}"


def search_path() -> str:
    try:
        return reverse("search")
    except NoReverseMatch:  # the search page is being built alongside
        return "/search/"


def test_the_description_points_at_the_search_page_of_this_host(client):
    response = client.get("/opensearch")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/opensearchdescription+xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{NS}OpenSearchDescription"
    assert 0 < len(root.findtext(f"{NS}ShortName", "")) <= 16
    templates = {url.get("type"): url.get("template") for url in root.iter(f"{NS}Url")}
    assert templates["text/html"] == f"http://testserver{search_path()}?q={{searchTerms}}"
    assert templates["application/opensearchdescription+xml"] == "http://testserver/opensearch"


def test_pages_link_to_the_description(client, db):
    html = client.get("/").content.decode()

    assert '<link rel="search" type="application/opensearchdescription+xml"' in html
    assert 'href="/opensearch"' in html
