from hypothesis import given
from hypothesis import strategies as st

from nbgallery.lib.search_query import MAX_TERMS, MAX_WORDS_PER_TERM, parse_query

tokens = st.sampled_from(['"', "-", "or", "AND", "title:", "created:>", "package:", "(", "*", ":"])


@given(st.lists(st.one_of(tokens, st.text(max_size=8)), max_size=30).map(" ".join))
def test_any_text_parses_into_bounded_words(text):
    query = parse_query(text)
    assert sum(len(clause) for clause in query.clauses) <= MAX_TERMS
    for clause in query.clauses:
        assert clause
        for term in clause:
            assert 0 < len(term.words) <= MAX_WORDS_PER_TERM
            assert all(word.isalnum() for word in term.words)
