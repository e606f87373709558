"""The open API gives each page type's structured fields and never answers 5xx."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.django_db


FIELDS = {
    "news.NewsPage": {"date": str, "teaser": str, "topics": list, "municipalities": list},
    "news.EventPage": {
        "start": str,
        "end": str,
        "event_type": dict,
        "city": str,
        "organiser": dict,
    },
    "projects.ProjectPage": {"scope": dict, "status": str, "start_date": str, "partners": list},
    "toolbox.ToolPage": {
        "tool_type": dict,
        "hazards": list,
        "process_phases": list,
        "effort": dict,
    },
}


@pytest.mark.parametrize(("page_type", "fields"), FIELDS.items())
def test_each_page_type_gives_its_structured_fields_in_the_pages_language(
    client, demo, page_type, fields
):
    data = client.get(
        "/api/v2/pages/", {"type": page_type, "fields": ",".join(fields), "locale": "en"}
    ).json()

    item = data["items"][0]
    for name, kind in fields.items():
        assert isinstance(item[name], kind), (name, item[name])
    terms = [term for name in fields for term in item[name] if isinstance(item[name], list)]
    assert all({"slug", "name"} <= set(term) for term in terms if isinstance(term, dict))


def test_terms_are_named_in_the_pages_language_and_images_carry_their_alt_text(client, demo):
    german, english = (
        client.get(
            "/api/v2/pages/",
            {"type": "toolbox.ToolPage", "fields": "hazards,image", "locale": code},
        ).json()["items"][0]
        for code in ("de", "en")
    )

    assert german["hazards"][0]["slug"] == english["hazards"][0]["slug"]
    assert german["hazards"][0]["name"] != english["hazards"][0]["name"]
    assert {"url", "width", "height", "alt"} <= set(english["image"])


@pytest.mark.parametrize(
    "url",
    [
        "/api/v2/pages/?offset=9223372036854775808",
        "/api/v2/images/?offset=9223372036854775808",
        "/api/v2/documents/?offset=9223372036854775808",
        "/api/v2/pages/?limit=-1",
        "/api/v2/pages/?search=a%00b",
        "/api/v2/pages/?locale=a%00b",
        "/api/v2/pages/find/?html_path=%00",
        "/api/v2/pages/find/?id=root",
        "/api/v2/pages/?ancestor_of=root",
        "/api/v2/pages/?search=stadt&search_operator=xor",
        "/api/v2/pages/?child_of=99999999999999999999",
        "/api/v2/pages/99999999999999999999/",
        "/api/v2/pages/?fields=nonsense",
        "/api/v2/pages/?type=auth.User",
        "/api/v2/pages/?order=password",
    ],
)
def test_bad_parameters_get_a_400_with_a_message(client, demo, url):
    response = client.get(url)

    assert response.status_code == 400, response.content
    assert response.json()["message"]


ENDPOINTS = st.sampled_from(
    ["/api/v2/pages/", "/api/v2/pages/find/", "/api/v2/images/", "/api/v2/documents/"]
)
NAMES = st.sampled_from(
    [
        "offset",
        "limit",
        "search",
        "search_operator",
        "locale",
        "type",
        "fields",
        "order",
        "child_of",
        "ancestor_of",
        "descendant_of",
        "translation_of",
        "html_path",
        "id",
        "slug",
        "title",
        "show_in_menus",
        "has_children",
        "tags",
    ]
) | st.text(max_size=10)
VALUES = st.one_of(
    st.text(max_size=30),
    st.integers().map(str),
    st.sampled_from(["*", "-", "_", "root", "true", "de", "en", "news.NewsPage", "title,-id"]),
)


@settings(
    max_examples=1500,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(endpoint=ENDPOINTS, params=st.dictionaries(NAMES, VALUES, max_size=4))
def test_no_generated_request_gets_a_5xx(client, demo, endpoint, params):
    response = client.get(endpoint, params)

    assert response.status_code < 500, (endpoint, params)
