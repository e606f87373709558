"""Internal links are judged when their target changes (the "content changed" signal)."""

from wagtail.models import PageViewRestriction

import pytest

from review.models import LinkProblem
from tests.factories.home import StandardPageFactory

from .conftest import text_linking

pytestmark = pytest.mark.django_db


def problems_of(page):
    return list(
        LinkProblem.objects.filter(page=page).values_list("kind", "target_page_id", "reason")
    )


def test_a_link_to_a_live_public_page_is_no_problem(referrer, target):
    assert problems_of(referrer) == []


def test_unpublishing_the_target_makes_the_link_a_problem_and_republishing_clears_it(
    referrer, target
):
    target.unpublish()
    assert problems_of(referrer) == [("internal", target.pk, "unpublished")]
    assert LinkProblem.objects.get(page=referrer).target == "Hitzeschutz"

    target.refresh_from_db()
    target.save_revision().publish()
    assert problems_of(referrer) == []


def test_restricting_the_target_or_an_ancestor_makes_the_link_a_problem(homes, referrer, target):
    child = StandardPageFactory(parent=target, title="Unterseite")
    other = StandardPageFactory(parent=homes["de"], body=text_linking(page_id=child.pk))

    restriction = PageViewRestriction.objects.create(
        page=target, restriction_type=PageViewRestriction.LOGIN
    )
    assert problems_of(referrer) == [("internal", target.pk, "private")]
    assert problems_of(other) == [("internal", child.pk, "private")]

    restriction.delete()
    assert problems_of(referrer) == problems_of(other) == []


def test_deleting_the_target_keeps_the_problem_until_the_link_is_taken_out(referrer, target):
    target_id = target.pk
    target.delete()
    problem = LinkProblem.objects.get(page=referrer)
    assert (problem.reason, problem.target_page_id, problem.target) == (
        "deleted",
        target_id,
        "Hitzeschutz",
    )

    referrer.refresh_from_db()
    referrer.body = [("rich_text", "<p>Ohne Link.</p>")]
    referrer.save_revision().publish()
    assert problems_of(referrer) == []


def test_publishing_a_page_with_a_link_to_an_unpublished_page_records_it(homes):
    draft = StandardPageFactory(parent=homes["de"], title="Entwurf", live=False)
    page = StandardPageFactory(parent=homes["de"], body=text_linking(page_id=draft.pk))
    assert problems_of(page) == [("internal", draft.pk, "unpublished")]


def test_moving_the_target_below_a_restricted_page_makes_the_link_a_problem(
    homes, referrer, target
):
    section = StandardPageFactory(parent=homes["de"], title="Intern")
    PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.LOGIN)
    target.move(section, pos="last-child")
    assert problems_of(referrer) == [("internal", target.pk, "private")]
