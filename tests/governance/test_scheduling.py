"""Scheduled publishing and expiry happen when ``publish_scheduled`` runs (cron, every minute)."""

import datetime

from django.core.management import call_command
from django.utils import timezone

import pytest

from home.models import Footer
from tests.factories.base import locale
from tests.factories.home import StandardPageFactory

pytestmark = pytest.mark.django_db


def minutes(n: int) -> datetime.datetime:
    return timezone.now() + datetime.timedelta(minutes=n)


def test_a_page_scheduled_in_the_past_goes_live_when_the_command_runs(client, site):
    page = StandardPageFactory(parent=site["de"], title="Geplant", slug="geplant", live=False)
    page.go_live_at = minutes(-1)
    page.save_revision(approved_go_live_at=page.go_live_at)
    assert client.get("/geplant/").status_code == 404

    call_command("publish_scheduled")

    page.refresh_from_db()
    assert page.live
    assert client.get("/geplant/").status_code == 200


def test_a_page_scheduled_in_the_future_stays_a_draft(site):
    page = StandardPageFactory(parent=site["de"], slug="spaeter", live=False)
    page.go_live_at = minutes(60)
    page.save_revision(approved_go_live_at=page.go_live_at)

    call_command("publish_scheduled")

    page.refresh_from_db()
    assert not page.live


def test_an_expired_page_is_unpublished_when_the_command_runs(client, site):
    page = StandardPageFactory(parent=site["de"], title="Abgelaufen", slug="abgelaufen")
    page.expire_at = minutes(-1)
    page.save()

    call_command("publish_scheduled")

    page.refresh_from_db()
    assert not page.live
    assert page.expired
    assert client.get("/abgelaufen/").status_code == 404


def test_a_page_expiring_later_stays_live(site):
    page = StandardPageFactory(parent=site["de"], slug="bleibt")
    page.expire_at = minutes(60)
    page.save()

    call_command("publish_scheduled")

    page.refresh_from_db()
    assert page.live


def test_a_scheduled_footer_change_is_published_by_the_command(site):
    footer = Footer.objects.create(locale=locale("de"), about="<p>Alt</p>")
    footer.about = "<p>Neu</p>"
    footer.go_live_at = minutes(-1)
    footer.save_revision(approved_go_live_at=footer.go_live_at)

    call_command("publish_scheduled")

    footer.refresh_from_db()
    assert footer.about == "<p>Neu</p>"
