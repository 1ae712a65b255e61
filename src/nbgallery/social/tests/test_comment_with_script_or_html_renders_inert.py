"""Comments are markdown through the sanitizer: script, handlers and javascript: links go."""

from __future__ import annotations

import re

from django.urls import reverse

from nbgallery.social.models import Comment

HOSTILE = (
    "<script>alert('script')</script>\n\n"
    "<img src=x onerror=\"alert('img')\">\n\n"
    "[click-me](javascript:alert('link'))\n\n"
    "<a href=\" JaVaScRiPt:alert('case')\">click-case</a>\n\n"
    '<iframe src="https://example.org"></iframe>\n\n'
    "**still bold**"
)


def test_hostile_comment_is_shown_inert(publish, alice, bob_client, client):
    notebook = publish(alice, public=True)
    bob_client.post(reverse("comment_add", args=[notebook.uuid]), {"body": HOSTILE})
    assert Comment.objects.get().body == HOSTILE.strip()  # stored as written

    page = client.get(notebook.get_absolute_url()).content.decode()
    body = page.split('<div class="comment-body">', 1)[1].split("</div>", 1)[0]

    assert "<strong>still bold</strong>" in body
    for forbidden in ("<script", "onerror", "<iframe"):
        assert forbidden not in body
    # The links stay as text, or lose their address: nothing to click that runs script.
    assert not re.search(r"href=\S*\s*javascript", body, re.IGNORECASE)


def test_an_edit_form_keeps_the_text_escaped(publish, alice, bob, bob_client):
    notebook = publish(alice, public=True)
    comment = Comment.objects.create(
        notebook=notebook, user=bob, body="</textarea><script>x</script>"
    )

    page = bob_client.get(reverse("comment_edit", args=[comment.pk])).content.decode()

    assert "<script>x</script>" not in page
    assert "&lt;/textarea&gt;&lt;script&gt;x&lt;/script&gt;" in page
