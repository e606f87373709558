"""Fixtures for content transfer: a small bilingual site and helpers to export and import."""

import io
import json

from django.core.management import call_command

import pytest

from taxonomy.models import Municipality, Topic
from tests.factories.base import ImageFactory, translate_page
from tests.factories.news import NewsIndexPageFactory, NewsPageFactory
from tests.factories.projects import ProjectIndexPageFactory, ProjectPageFactory, partner
from tests.factories.taxonomy import MunicipalityFactory, TopicFactory, translate
from transfer.exporter import snippet_models


@pytest.fixture
def site_content(homes):
    """Topics and a municipality in two languages, news and a project with a translation."""
    topic = TopicFactory(name="Klima", slug="klima")
    translate(topic, "en", name="Climate")
    ulm = MunicipalityFactory(name="Ulm", slug="ulm")
    image = ImageFactory(title="Marktplatz")
    news_index = NewsIndexPageFactory(parent=homes["de"])
    translate_page(news_index, "en", title="News", slug="news")
    article = NewsPageFactory(
        parent=news_index,
        title="Hitzeaktionsplan",
        topics=[topic],
        municipalities=[ulm],
        image=image,
        image_alt="Ein Platz",
    )
    translate_page(article, "en", title="Heat action plan")
    projects = ProjectIndexPageFactory(parent=homes["de"])
    ProjectPageFactory(parent=projects, title="Ulm4CleverCity", partners=[partner(ulm)])
    NewsPageFactory(parent=news_index, title="Entwurf", live=False)
    return {"topic": topic, "ulm": ulm, "image": image}


def flush_content():
    """Deletes every page below the root and every snippet (images stay)."""
    from wagtail.models import Page

    for page in Page.get_first_root_node().get_children():
        page.delete()
    for model in reversed(snippet_models()):
        model.objects.all().delete()


def export(tmp_path, name="content.json") -> tuple:
    target = tmp_path / name
    call_command("export_content", str(target), stderr=io.StringIO())
    return target, json.loads(target.read_text(encoding="utf-8"))


def run_import(path, *args):
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import_content", str(path), *args, stdout=out, stderr=err)
    except Exception as error:  # the command fails when items fail; tests read the output
        out.write(f"\nFAILED: {error}")
    return out.getvalue(), err.getvalue()


__all__ = ["Municipality", "Topic", "export", "flush_content", "run_import"]
