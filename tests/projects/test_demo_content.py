import datetime

from django.test import override_settings

from wagtail.models import Revision

import pytest

from demo.content import projects as demo_projects
from demo.content import taxonomy as demo_taxonomy
from demo.context import DemoContext
from projects.models import ProjectIndexPage, ProjectPage, ProjectPartner, ProjectStatus

pytestmark = pytest.mark.django_db


@pytest.fixture
def ctx(homes, tmp_path):
    with override_settings(MEDIA_ROOT=tmp_path):
        context = DemoContext(homes=homes)
        demo_taxonomy.load(context)
        demo_projects.load(context)
        yield context


def test_demo_projects_exist_in_both_languages(ctx):
    german = ProjectIndexPage.objects.get(slug="projekte", locale=ctx.locales["de"])
    english = german.get_translation(ctx.locales["en"])

    assert english.slug == "projects"
    assert german.specific.projects().count() == english.specific.projects().count() >= 3


def test_demo_projects_cover_every_status(ctx):
    # A fixed day, so the test does not age with the demo's dates.
    day = datetime.date(2026, 11, 1)
    pages = ProjectPage.objects.filter(locale=ctx.locales["de"])

    statuses = {page.get_status(today=day) for page in pages}

    assert statuses == set(ProjectStatus)


def test_demo_dialogue_platform_has_the_facts_of_the_seed(ctx):
    page = ProjectPage.objects.get(slug="nationale-dialogplattform-smart-cities")

    assert page.scope == "nationwide"
    assert page.get_status() == ProjectStatus.FINISHED
    assert {o.slug for o in page.commissioned_by.all()} == {"bmwsb", "bbsr"}
    assert [(p.organisation.slug, p.role) for p in page.partners.all()] == [
        ("city-and-bits", "partner")
    ]
    assert {link.value["kind"] for link in page.links} == {"homepage", "publication", "podcast"}


def test_loading_the_demo_again_changes_nothing(ctx):
    before = (Revision.objects.count(), list(ProjectPartner.objects.values_list("pk", flat=True)))

    demo_projects.load(ctx)

    after = (Revision.objects.count(), list(ProjectPartner.objects.values_list("pk", flat=True)))
    assert after == before
