"""The fast first-match search of snippets finds what the whole-word regex finds."""

from hypothesis import given, settings
from hypothesis import strategies as st

from nbgallery.search.snippets import distinct_words, excerpt, first_match, pattern_for

WORDS = ["data", "dat", "read_csv", "Ünïcode", "x"]
pieces = st.sampled_from([*WORDS, "DATA", "data_frame", "metadata", " ", "_", ".", "İ", "ß", "\n"])


@settings(max_examples=300, deadline=None)
@given(st.lists(pieces, max_size=30), st.lists(st.sampled_from(WORDS), min_size=1, max_size=3))
def test_the_same_match_as_a_regex_search(parts, words):
    text = "".join(parts)
    pattern = pattern_for(words)
    expected = pattern.search(text)
    found = first_match(text, pattern, distinct_words(words))
    assert (found and found.span()) == (expected and expected.span())


def test_a_word_inside_a_longer_word_is_not_a_match():
    snippet = str(excerpt(["metadata and datasets, then data."], ["data"]))
    assert snippet.count("<mark>") == 1
    assert "then <mark>data</mark>." in snippet
