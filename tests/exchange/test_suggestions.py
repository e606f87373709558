"""Suggested partners: ranked by shared hazards and topics, size and state, and what one city
has worked with on the other's hazards; a moderator introduces two cities with one action."""

from django.core import mail
from django.urls import reverse

import pytest

from exchange import cases
from exchange.models import Introduction, Status
from exchange.suggestions import suggestions_for
from tests.factories.taxonomy import TopicFactory
from tests.factories.toolbox import ToolboxIndexPageFactory, ToolPageFactory

from .conftest import make_case

ADMITTED = Status.ADMITTED


@pytest.fixture
def water(db):
    return TopicFactory(name="Wasser", slug="wasser")


@pytest.fixture
def cities(towns, hazards, water):
    """Halle faces heat and heavy rain and works on water; Mannheim the same (its right
    partner); Ulm only heat; Wiesenbach only drought; a declined Jena-like case the same as
    Halle."""
    heat, rain, drought = hazards["hitze"], hazards["starkregen"], hazards["trockenheit"]
    return {
        "halle": make_case(
            towns["halle-saale"], status=ADMITTED, hazards=[heat, rain], subjects=[water]
        ),
        "mannheim": make_case(
            towns["mannheim"],
            status=ADMITTED,
            hazards=[heat, rain],
            subjects=[water],
            language="en",
            email="contact@mannheim.example",
        ),
        "ulm": make_case(towns["ulm"], status=ADMITTED, hazards=[heat]),
        "wiesenbach": make_case(towns["wiesenbach"], status=ADMITTED, hazards=[drought]),
        "declined": make_case(
            towns["ulm"], status=Status.DECLINED, hazards=[heat, rain], email="x@example.org"
        ),
    }


def partners(case) -> list[str]:
    return [suggestion.partner.municipality_name for suggestion in suggestions_for(case)]


def test_the_city_sharing_most_hazards_and_topics_comes_first(cities):
    assert partners(cities["halle"]) == ["Mannheim", "Ulm"]


def test_a_city_sharing_nothing_is_not_suggested(cities):
    assert "Wiesenbach" not in partners(cities["halle"])


def test_declined_and_new_cases_are_never_suggested_and_get_no_suggestions(cities, towns):
    new = make_case(towns["mannheim"], hazards=cities["halle"].hazards.all(), email="n@x.org")
    assert new.pk not in [s.partner.pk for s in suggestions_for(cities["halle"])]
    assert suggestions_for(new) == []
    assert suggestions_for(cities["declined"]) == []


def test_the_reasons_name_the_shared_ground_and_add_up_to_the_score(cities):
    best = suggestions_for(cities["halle"])[0]
    texts = [reason.text("de") for reason in best.reasons]
    assert texts[0] == "Beide sind betroffen von: Hitze, Starkregen"
    assert texts[1] == "Beide arbeiten an: Wasser"
    # 2 hazards × 3 + 1 topic × 2 + the same size class (both large cities).
    assert best.score == 9
    assert [reason.text("en") for reason in best.reasons][0] == "Both face: Heat, Heavy rain"


def test_the_same_federal_state_counts_only_on_top_of_shared_ground(cities, towns):
    # Mannheim and Ulm are both in Baden-Württemberg and share heat.
    kinds = [reason.kind for reason in suggestions_for(cities["ulm"])[0].reasons]
    assert "state" in kinds


def test_a_city_that_used_a_tool_on_a_hazard_another_faces_is_suggested_for_it(
    cities, towns, hazards, homes
):
    toolbox = ToolboxIndexPageFactory(parent=homes["de"])
    ToolPageFactory(
        parent=toolbox,
        title="Dürre-Check",
        hazards=[hazards["trockenheit"]],
        practice_examples=[towns["halle-saale"]],
    )
    # Wiesenbach faces drought; Halle used a tool on it.
    [suggestion] = suggestions_for(cities["wiesenbach"])
    assert suggestion.partner == cities["halle"]
    [reason] = [reason for reason in suggestion.reasons if reason.kind == "experience"]
    assert (
        reason.text("de") == "Halle (Saale) bringt passende Erfahrung mit: Werkzeug „Dürre-Check“"
    )


def test_pairs_already_introduced_are_no_longer_suggested(cities):
    cases.introduce(cities["halle"], cities["mannheim"])
    assert partners(cities["halle"]) == ["Ulm"]


def test_introducing_two_cities_mails_both_in_their_language_and_records_it_on_both(
    login, moderator, cities, django_capture_on_commit_callbacks
):
    halle, mannheim = cities["halle"], cities["mannheim"]
    with django_capture_on_commit_callbacks(execute=True):
        response = login(moderator).post(
            reverse("exchange_participants:edit", args=[halle.pk]),
            {"action": "introduce", "partner": mannheim.pk, "note": "Beide planen Hitzeschutz."},
        )
    assert response.status_code == 302
    introduction = Introduction.objects.get()
    assert introduction.user == moderator
    assert list(halle.introductions()) == list(mannheim.introductions()) == [introduction]
    to_halle = next(m for m in mail.outbox if m.to == [halle.email])
    to_mannheim = next(m for m in mail.outbox if m.to == ["contact@mannheim.example"])
    assert "Beide sind betroffen von: Hitze, Starkregen" in to_halle.body
    assert "contact@mannheim.example" in to_halle.body
    assert "Both face: Heat, Heavy rain" in to_mannheim.body
    assert halle.email in to_mannheim.body
    assert len(mail.outbox) == 2


def test_the_case_page_shows_the_suggestions_with_their_reasons(login, moderator, cities):
    content = (
        login(moderator)
        .get(reverse("exchange_participants:edit", args=[cities["halle"].pk]))
        .content.decode()
    )
    assert "Mannheim" in content
    assert "Hitze, Starkregen" in content or "Heat, Heavy rain" in content


def test_a_case_that_is_not_admitted_cannot_be_introduced(cities):
    with pytest.raises(ValueError):
        cases.introduce(cities["halle"], cities["declined"])
