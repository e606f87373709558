"""The peer exchange as a process, through the real site and admin: a city registers, a
moderator finds the new case, admits it with a note and introduces it to a suggested partner.

The tests run in file order and share one registration (a made-up contact address, so reruns on
the same database never clash); a step whose earlier step did not complete is skipped.
"""

import json
import time
import uuid

import pytest
from playwright.sync_api import expect

from .editor_admin import sign_in

# ENQUIRY_MIN_FILL_SECONDS of the server: forms sent faster are dropped as bots.
MIN_FILL_SECONDS = 3
STATE = {}


def _outbox_to(portal_server, address: str) -> list[str]:
    """Subjects of the e-mails the server's outbox holds for ``address``."""
    code = (
        "import json\n"
        "from enquiries.models import OutgoingEmail\n"
        f"emails = OutgoingEmail.objects.filter(recipient={json.dumps(address)})\n"
        "print(json.dumps(list(emails.values_list('subject', flat=True))))"
    )
    return json.loads(portal_server.manage("shell", "-c", code).strip().splitlines()[-1])


def test_a_city_registers_for_the_exchange(page, portal_server):
    email = f"freiburg-{uuid.uuid4().hex[:8]}@example.org"
    page.goto("/anmeldung-peer-to-peer/")
    loaded = time.monotonic()
    page.get_by_role("combobox", name="Kommune").select_option(label="Freiburg im Breisgau")
    page.get_by_role("textbox", name="Ansprechperson").fill("Frieda Freiburg")
    page.get_by_role("textbox", name="E-Mail-Adresse").fill(email)
    hazards = page.get_by_role("group", name="Klimagefahren, denen Ihre Kommune ausgesetzt ist")
    hazards.get_by_role("checkbox", name="Hitze").check()
    hazards.get_by_role("checkbox", name="Starkregen").check()
    page.get_by_role("textbox", name="Was Sie suchen").fill("Hitzeschutz für Schulen")
    page.get_by_role("checkbox", name="Nach der Aufnahme im Profil").check()
    page.get_by_role("checkbox", name="Ich bin einverstanden").check()
    remaining = MIN_FILL_SECONDS + 0.5 - (time.monotonic() - loaded)
    if remaining > 0:
        page.wait_for_timeout(remaining * 1000)
    with page.expect_response(lambda response: response.request.method == "POST"):
        page.get_by_role("button", name="Absenden").click()
    expect(page.get_by_role("status")).to_be_visible()
    STATE["email"] = email


def test_a_moderator_admits_the_new_case_with_a_note(page, portal_server):
    if "email" not in STATE:
        pytest.skip("the registration did not complete")
    sign_in(page, "moderator")
    page.goto("/admin/exchange/?status=new")
    page.get_by_role("link", name="Freiburg im Breisgau").first.click()
    expect(page.get_by_text(STATE["email"])).to_be_visible()
    status = page.get_by_role("region", name="Aufnehmen, ablehnen oder ruhend setzen")
    status.get_by_label("Neuer Status").select_option(label="Aufgenommen")
    status.get_by_label("Notiz").fill("Passt zum Hitzeschutz-Netzwerk.")
    status.get_by_role("button", name="Status speichern").click()
    expect(page.get_by_text("Freiburg im Breisgau ist jetzt „Aufgenommen“.")).to_be_visible()
    history = page.get_by_role("region", name="Verlauf")
    expect(history).to_contain_text("Passt zum Hitzeschutz-Netzwerk.")
    expect(history).to_contain_text("moderator")
    STATE["case_url"] = page.url
    assert any("Peer-to-Peer-Austausch" in s for s in _outbox_to(portal_server, STATE["email"]))


def test_the_moderator_introduces_it_to_a_suggested_partner(page, portal_server):
    if "case_url" not in STATE:
        pytest.skip("the admission did not complete")
    sign_in(page, "moderator")
    page.goto(STATE["case_url"])
    suggestions = page.get_by_role("region", name="Vorgeschlagene Partnerstädte")
    expect(suggestions).to_contain_text("Beide sind betroffen von: Hitze")
    first = suggestions.get_by_role("row").nth(1)
    partner = first.get_by_role("link").first.inner_text()
    first.get_by_role("button", name=f"Mit {partner} bekannt machen").click()
    expect(page.get_by_text(f"Freiburg im Breisgau und {partner} wurden")).to_be_visible()
    expect(page.get_by_role("region", name="Vermittlungen")).to_contain_text(partner)
    subjects = _outbox_to(portal_server, STATE["email"])
    assert any(partner in subject for subject in subjects)


def test_the_admitted_city_shows_on_its_profile_without_its_contact(page, portal_server):
    if "case_url" not in STATE:
        pytest.skip("the admission did not complete")
    page.goto("/kommunen/freiburg/")
    panel = page.get_by_role("region", name="Nimmt am Peer-to-Peer-Austausch teil")
    expect(panel).to_contain_text("Hitzeschutz für Schulen")
    expect(page.get_by_role("main")).not_to_contain_text("Frieda Freiburg")
    expect(page.get_by_role("main")).not_to_contain_text(STATE["email"])
    page.goto("/kommunen/")
    marked = "Freiburg im Breisgau; Nimmt am Peer-to-Peer-Austausch teil"
    expect(page.get_by_role("link", name=marked)).to_have_count(1)  # the ringed map point


def test_a_city_registers_in_english_and_is_answered_in_english(page, portal_server):
    email = f"ulm-{uuid.uuid4().hex[:8]}@example.org"
    page.goto("/en/peer-to-peer-registration/")
    loaded = time.monotonic()
    page.get_by_role("combobox", name="Municipality", exact=True).select_option(label="Ulm")
    page.get_by_role("textbox", name="Contact person").fill("Ulla Ulm")
    page.get_by_role("textbox", name="E-mail address").fill(email)
    hazards = page.get_by_role("group", name="Climate hazards your municipality faces")
    hazards.get_by_role("checkbox", name="Heat").check()
    page.get_by_role("checkbox", name="I agree").check()
    remaining = MIN_FILL_SECONDS + 0.5 - (time.monotonic() - loaded)
    if remaining > 0:
        page.wait_for_timeout(remaining * 1000)
    with page.expect_response(lambda response: response.request.method == "POST"):
        page.get_by_role("button", name="Send").click()
    expect(page.get_by_role("status")).to_be_visible()

    assert any(
        subject.startswith("Your message to") for subject in _outbox_to(portal_server, email)
    )
