"""The one "content changed" signal: a publish announces itself once, so its listeners (the
tags of what shows the page, the search index, the link check, the CDN purge) run once."""

from unittest import mock

from django.test import override_settings

import pytest

from core import signals
from tests.factories.home import StandardPageFactory


@pytest.fixture
def announced():
    heard = []

    def listen(sender, kind, instance, **kwargs):
        heard.append((kind, instance.pk))

    signals.content_changed.connect(listen, dispatch_uid="tests.announced")
    yield heard
    signals.content_changed.disconnect(dispatch_uid="tests.announced")


def test_publishing_a_live_page_announces_one_publish(homes, announced):
    page = StandardPageFactory(parent=homes["de"], title="Baumpflege")
    page.title = "Baumpflege im Sommer"
    revision = page.save_revision()
    announced.clear()
    revision.publish()
    assert announced == [(signals.PUBLISHED, page.pk)]


def test_a_first_publish_announces_one_publish(homes, announced):
    page = StandardPageFactory(parent=homes["de"], title="Entwurf", live=False)
    revision = page.save_revision()
    announced.clear()
    revision.publish()
    assert announced == [(signals.PUBLISHED, page.pk)]


def test_a_live_page_saved_by_code_is_announced_as_edited(homes, announced):
    page = StandardPageFactory(parent=homes["de"], title="Baumpflege")
    announced.clear()
    page.teaser = "Neu"
    page.save()
    assert announced == [(signals.EDITED, page.pk)]


FRONTEND_CACHE = {
    "proxy": {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": "http://127.0.0.1:9",
    }
}


@override_settings(WAGTAILFRONTENDCACHE=FRONTEND_CACHE)
def test_a_publish_purges_the_cdn_once_after_commit(homes, django_capture_on_commit_callbacks):
    page = StandardPageFactory(parent=homes["de"], title="Baumpflege")
    revision = page.save_revision()
    with (
        mock.patch("ops.cdn.purge_urls_from_cache") as purge,
        django_capture_on_commit_callbacks(execute=True),
    ):
        revision.publish()
    assert purge.call_count == 1
