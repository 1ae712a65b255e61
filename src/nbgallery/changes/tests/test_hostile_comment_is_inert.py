"""Comments and summaries with script or HTML render inert, on the page and in the emails."""

from nbgallery.changes import services
from nbgallery.changes.tests.conftest import propose_change

SCRIPT = "<script>alert('x')</script>"
IMG = '<img src=x onerror="alert(1)">'
LINK = "[click](javascript:alert(1))"


def test_hostile_text_is_escaped_or_sanitized(
    notebook, alice, alice_client, charlie, committed, mailoutbox
):
    with committed():
        change_request = propose_change(
            charlie, notebook, summary=SCRIPT, comment=f"{SCRIPT}\n\n{IMG}\n\n{LINK}"
        )
    services.decline_change_request(alice, change_request, comment=IMG)

    page = alice_client.get(change_request.get_absolute_url()).text
    listing = alice_client.get("/change_requests/").text

    for html in (page, listing):
        assert SCRIPT not in html
        assert "onerror" not in html
        assert 'href="javascript' not in html.replace("'", '"')
    assert "&lt;script&gt;" in page
    html_mail = mailoutbox[0].alternatives[0][0]
    assert SCRIPT not in html_mail and "<img" not in html_mail
    assert "&lt;script&gt;" in html_mail and "&lt;img" in html_mail
