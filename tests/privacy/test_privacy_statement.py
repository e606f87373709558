"""The privacy statement says what the code does: its periods are the settings the deleting
code uses, its forms are the live form pages with the fields they store, its cookies are
the ones responses set, and every model that keeps data is accounted for."""

import re
from pathlib import Path

from django.apps import apps

import gunicorn.config
import pytest

from privacy import processing
from tests.factories.base import translate_page
from tests.factories.enquiries import FormPageFactory, PeerExchangeFormPageFactory
from tests.factories.privacy import PrivacyStatementPageFactory

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


def text_of(response) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", response.content.decode()).split())


@pytest.fixture
def statement(homes):
    return PrivacyStatementPageFactory(parent=homes["de"])


def test_changing_the_form_retention_setting_changes_the_statement(
    client, settings, homes, statement
):
    FormPageFactory(parent=homes["de"])
    settings.FORM_SUBMISSION_RETENTION_DAYS = 30
    assert "Automatisch gelöscht 30 Tage nach dem Absenden" in text_of(client.get(statement.url))

    settings.FORM_SUBMISSION_RETENTION_DAYS = 730
    text = text_of(client.get(statement.url))

    assert "Automatisch gelöscht 730 Tage nach dem Absenden" in text  # the contact form
    assert "Wird 730 Tage lang aufbewahrt, dann gelöscht." in text  # page feedback, purged alike
    assert "werden 730 Tage nach dem Absenden automatisch gelöscht" in text  # your rights
    assert not re.search(r"\b30 Tage", text)


def test_changing_the_search_statistics_retention_changes_the_statement(
    client, settings, statement
):
    settings.SEARCH_STATISTICS_RETENTION_DAYS = 14

    text = text_of(client.get(statement.url))

    assert "Suchstatistik" in text
    assert "Wird 14 Tage lang aufbewahrt, dann gelöscht." in text


def test_the_peer_exchange_cases_are_kept_as_long_as_the_setting_says(client, settings, statement):
    settings.EXCHANGE_CASE_RETENTION_DAYS = 60

    assert "60 Tage nach der letzten Änderung" in text_of(client.get(statement.url))


def test_every_live_form_page_is_listed_with_the_fields_it_stores_and_its_purpose(
    client, settings, homes, statement
):
    settings.FORM_SUBMISSION_RETENTION_DAYS = 90
    contact = FormPageFactory(parent=homes["de"], consent_text="Damit wir antworten können.")
    PeerExchangeFormPageFactory(parent=homes["de"])
    FormPageFactory(parent=homes["de"], title="Entwurf", slug="entwurf", live=False)

    text = text_of(client.get(statement.url))

    assert "Formular „Kontakt“" in text
    assert "Daten Name, E-Mail, Nachricht, Einwilligung erteilt" in text
    assert "Zweck Damit wir antworten können." in text
    assert "Formular „Anmeldung zum Peer-to-Peer-Austausch“" in text
    assert "Kommune, Ansprechperson" in text
    assert "Automatisch gelöscht 90 Tage nach dem Absenden" in text
    assert "Entwurf" not in text
    assert f'href="{contact.url}"' in client.get(statement.url).content.decode()


def test_the_english_statement_lists_the_english_forms_in_english(client, homes, statement):
    contact = FormPageFactory(parent=homes["de"])
    translate_page(contact, title="Contact", slug="contact")
    english = translate_page(statement, title="Privacy policy", slug="privacy")

    text = text_of(client.get(english.url))

    assert "Form “Contact”" in text
    assert "Kontakt" not in text
    assert "Deleted automatically 365 days after sending" in text


def test_the_server_log_retention_is_the_operators_and_an_editable_field(client, homes):
    page = PrivacyStatementPageFactory(parent=homes["de"], server_log_retention_days=14)

    text = text_of(client.get(page.url))

    assert "Serverprotokoll" in text
    assert "die IP-Adresse Ihres Geräts" in text
    assert "Wird 14 Tage lang aufbewahrt, dann gelöscht." in text


def test_the_server_log_fields_named_are_those_of_gunicorns_log_line():
    config = (ROOT / "gunicorn.conf.py").read_text()
    default_format = gunicorn.config.AccessLogFormat.default
    atoms = set(re.findall(r"%\((\w)\)s", default_format)) - {"l", "u"}  # always "-" here

    assert 'accesslog = "-"' in config
    assert "access_log_format" not in config  # the default line, described in processing
    assert atoms == set(processing.ACCESS_LOG_ATOMS)


def test_the_statement_names_the_embed_providers_from_the_settings(client, settings, statement):
    settings.EMBED_HOSTS = ["https://player.vimeo.com"]

    text = text_of(client.get(statement.url))

    assert "(player.vimeo.com)" in text
    assert "youtube" not in text


def test_the_controller_and_the_data_protection_officer_are_the_editors_text(client, homes):
    page = PrivacyStatementPageFactory(
        parent=homes["de"],
        controller="<p>Stadt Musterhausen</p>",
        data_protection_officer="<p>datenschutz@musterhausen.example</p>",
    )

    text = text_of(client.get(page.url))

    assert "Verantwortliche Stelle Stadt Musterhausen" in text
    assert "datenschutz@musterhausen.example" in text


# Where each model that keeps data is described (a ``processing`` key), or why it needs no
# description: a new model fails here until the statement says what it holds.
DESCRIBED = {
    "wagtailforms.FormSubmission": "form",
    "enquiries.OutgoingEmail": "email",
    "enquiries.PageFeedback": "page_feedback",
    "search.QueryStat": "search_statistics",
    "ops.RateCounter": "rate_limit",
    "exchange.Participant": "exchange",
    "exchange.StatusChange": "exchange",
    "exchange.Introduction": "exchange",
    "taxonomy.Person": "contacts",
    "auth.User": "editor_accounts",
    "wagtailusers.UserProfile": "editor_accounts",
    "sessions.Session": "editor_accounts",
    "axes.AccessAttempt": "editor_accounts",
    "axes.AccessAttemptExpiration": "editor_accounts",
    "axes.AccessLog": "editor_accounts",
    "axes.AccessFailureLog": "editor_accounts",
    "otp_totp.TOTPDevice": "editor_accounts",
    "wagtailcore.Revision": "editor_accounts",
    "wagtailcore.PageLogEntry": "editor_accounts",
    "wagtailcore.ModelLogEntry": "editor_accounts",
    "wagtailcore.Comment": "editor_accounts",
    "wagtailcore.CommentReply": "editor_accounts",
    "wagtailcore.PageSubscription": "editor_accounts",
    "wagtailcore.WorkflowState": "editor_accounts",
    "wagtailcore.TaskState": "editor_accounts",
    "wagtailcore.UploadedFile": "editor_accounts",
    "wagtailadmin.EditingSession": "editor_accounts",
    "wagtail_localize.TranslationLog": "editor_accounts",
}
# Content, configuration and indexes: nothing about a visitor or an editor beyond the
# ``uploaded_by``/``owner`` links counted under the editors' accounts.
NO_PERSONAL_DATA_APPS = {
    "core",
    "home",
    "taxonomy",
    "news",
    "projects",
    "toolbox",
    "places",
    "accessibility",
    "privacy",
    "wagtail_localize",
    "wagtailredirects",
    "wagtailsearchpromotions",
    "wagtailembeds",
    "wagtaildocs",
    "wagtailimages",
    "wagtailsearch",
    "wagtailadmin",
    "wagtailcore",
    "taggit",
    "contenttypes",
    "enquiries",
    "search",
    "review",  # link checks: pages and addresses, never a visitor
    "django_tasks_database",  # task arguments are ids (an outbox e-mail's), never addresses
}
NO_PERSONAL_DATA_MODELS = {"auth.Permission", "auth.Group"}


def test_every_model_that_keeps_data_is_described_in_the_statement():
    described_keys = {item.key for item in processing.register(7, "Art. 6")}
    described_keys.add("form")  # one entry per live form page

    undescribed = [
        model._meta.label
        for model in apps.get_models()
        if model._meta.label not in DESCRIBED
        and model._meta.label not in NO_PERSONAL_DATA_MODELS
        and model._meta.app_label not in NO_PERSONAL_DATA_APPS
    ]

    assert not undescribed, f"say in privacy.processing what these keep: {undescribed}"
    assert set(DESCRIBED.values()) <= described_keys


def test_an_editor_edits_the_privacy_statement_and_is_told_what_the_portal_writes(
    login, editor, site
):
    page = PrivacyStatementPageFactory(parent=site["de"])

    response = login(editor).get(f"/admin/pages/{page.pk}/edit/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "schreibt das Portal selbst" in html
    assert 'name="server_log_retention_days"' in html
