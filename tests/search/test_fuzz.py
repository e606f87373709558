"""Property-based: no query string and no parameter value makes the search page fail."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

SYNTAX = st.sampled_from(
    ['"', "\\", "*", "~", ":", "(", ")", " AND ", " OR ", " NOT ", "-", "\x00"]
)
QUERIES = st.one_of(st.text(max_size=300), st.lists(SYNTAX | st.text(max_size=5)).map("".join))


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=QUERIES, page=st.text(max_size=8), sort=st.text(max_size=8))
def test_any_input_gets_a_200(client, homes, query, page, sort):
    for url in ("/suche/", "/en/search/autocomplete/"):
        response = client.get(url, {"q": query, "page": page, "sort": sort, "type": sort})
        assert response.status_code == 200
