"""The G7 diff HTML is inserted unsanitised by the clients: notebook text must stay text."""

from nbgallery.lib.source_diff import diff_texts

PAYLOAD = "<script>alert(\"x\")</script> & <img src=x onerror='y'>"


def test_markup_in_either_text_is_escaped_everywhere():
    result = diff_texts(f"same\n{PAYLOAD}", f"same\n{PAYLOAD}!\n</ul></div>")

    everything = "\n".join([result["inline"], *result["split"]])
    assert "<script" not in everything and "<img" not in everything
    assert everything.count("</ul>") == 3
    escaped = (
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; "
        "&lt;img src=x onerror=&#x27;y&#x27;&gt;"
    )
    assert escaped in result["split"][0]
