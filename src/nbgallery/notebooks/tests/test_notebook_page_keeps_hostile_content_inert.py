"""A notebook full of script-injection tricks renders without a single live script.

The browser test tests/browser/test_hostile_notebook_is_inert.py proves it in
Chromium; this one reads the HTML the server sends, on every database.
"""

from __future__ import annotations

from html.parser import HTMLParser

from django.urls import reverse

from nbgallery.notebooks.tests.conftest import hostile_cells

URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "xlink:href", "srcdoc", "poster"}
NEVER_IN_CONTENT = {"script", "iframe", "object", "embed", "base", "meta", "form", "style", "svg"}


class Elements(HTMLParser):
    """Every start tag with its attributes, and which ones sit inside the notebook."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str], bool]] = []
        self.content_depth = 0
        self.stack: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = {name: value or "" for name, value in attrs}
        inside = self.content_depth > 0
        self.tags.append((tag, attributes, inside))
        if "notebook-content" in attributes.get("class", "").split():
            self.content_depth = 1
        elif inside and tag not in ("img", "br", "hr", "input", "meta", "link", "source", "wbr"):
            self.content_depth += 1

    def handle_endtag(self, tag):
        if self.content_depth > 0:
            self.content_depth -= 1


def inert_problems(html: str) -> list[str]:
    parser = Elements()
    parser.feed(html)
    problems = []
    for tag, attributes, inside in parser.tags:
        if tag == "script" and not attributes.get("src", "").startswith("/static/"):
            problems.append(f"inline or foreign script {attributes}")
        for name, value in attributes.items():
            if name.startswith("on"):
                problems.append(f"<{tag} {name}=...>")
            squeezed = "".join(value.split()).lower()
            if name in URL_ATTRIBUTES and squeezed.startswith(("javascript:", "vbscript:")):
                problems.append(f"<{tag} {name}={value!r}>")
            if name in URL_ATTRIBUTES and squeezed.startswith("data:text/html"):
                problems.append(f"<{tag} {name}={value[:40]!r}>")
        if inside and tag in NEVER_IN_CONTENT:
            problems.append(f"<{tag}> inside the notebook")
    return problems


def test_a_trusted_hostile_notebook_and_its_details_render_inert(publish, alice, client):
    notebook = publish(
        alice,
        title="Pwn <img src=x onerror=alert(1)>",
        description="<script>alert('desc')</script> <a href='javascript:alert(1)'>x</a>",
        cells=hostile_cells(),
        trusted=True,
    )
    assert notebook.trusted

    for url in (
        notebook.get_absolute_url(),
        notebook.revisions.first().get_absolute_url(),
        reverse("revision_list", args=[notebook.uuid]),
    ):
        html = client.get(url).content.decode()
        assert inert_problems(html) == [], url

    html = client.get(notebook.get_absolute_url()).content.decode()
    assert "hover-me" in html and "click-me-html" in html  # the outputs are shown, defused
    assert "Pwn &lt;img src=x onerror=alert(1)&gt;" in html


def test_the_checker_would_notice_a_live_script():
    assert inert_problems('<div class="notebook-content"><script>x()</script></div>')
    assert inert_problems('<a href=" JavaScript:x()">a</a>')
    assert inert_problems('<img src="x" onerror="x()">')
    assert not inert_problems(
        '<script src="/static/bootstrap/js/bootstrap.bundle.min.js"></script>'
    )
