"""The weekly digest: one e-mail per owner with something due, in the owner's admin language."""

import datetime

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from wagtail.users.models import UserProfile

import pytest

from enquiries.models import OutgoingEmail
from tests.factories.home import StandardPageFactory

pytestmark = pytest.mark.django_db


def old(page):
    type(page).objects.filter(pk=page.pk).update(last_reviewed=datetime.date(2020, 3, 1))


def test_each_owner_gets_their_pages_in_their_admin_language(
    homes, editor, moderator, django_capture_on_commit_callbacks
):
    for user, language in ((editor, "de"), (moderator, "en")):
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
    old(StandardPageFactory(parent=homes["de"], title="Hitze", owner=editor))
    old(StandardPageFactory(parent=homes["de"], title="Regen", owner=moderator))
    StandardPageFactory(
        parent=homes["de"], title="Frisch", owner=editor, last_reviewed=timezone.localdate()
    )

    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_review_digest")

    by_recipient = {message.to[0]: message for message in mail.outbox}
    assert set(by_recipient) == {editor.email, moderator.email}
    german, english = by_recipient[editor.email], by_recipient[moderator.email]
    assert "Hitze" in german.body and "Regen" not in german.body and "Frisch" not in german.body
    assert "Prüfung fällig" in german.body
    assert "Review due" in english.body and "Regen" in english.body
    assert "http://testserver/admin/pages/" in german.body
    assert OutgoingEmail.objects.count() == 2


def test_nothing_is_sent_when_nothing_is_due(homes, editor):
    StandardPageFactory(
        parent=homes["de"], title="Frisch", owner=editor, last_reviewed=timezone.localdate()
    )
    call_command("send_review_digest")
    assert mail.outbox == [] and not OutgoingEmail.objects.exists()
