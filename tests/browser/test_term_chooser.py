"""The term chooser in the real admin: an editor finds a municipality by typing part of its
name, picks it with the keyboard alone, saves, and the page holds it."""

import json
import re

from playwright.sync_api import expect

from .editor_admin import ADMIN, admin_message, sign_in

# A German demo article that does not name Ulm yet.
FIND_PAGE = """
import json
from news.models import NewsPage
page = NewsPage.objects.filter(locale__language_code="de").exclude(municipalities__slug="ulm")
print(json.dumps(page.order_by("pk").first().pk))
"""
HELD = """
import json
from news.models import NewsPage
draft = NewsPage.objects.get(pk={pk}).get_latest_revision().as_object()
print(json.dumps(sorted(m.slug for m in draft.municipalities.all())))
"""


def _shell(portal_server, code: str):
    return json.loads(portal_server.manage("shell", "-c", code).strip().splitlines()[-1])


def test_editor_picks_a_municipality_by_keyboard_and_it_is_stored(page, portal_server):
    pk = _shell(portal_server, FIND_PAGE)
    before = _shell(portal_server, HELD.format(pk=pk))
    sign_in(page, "admin")
    page.goto(f"{ADMIN}pages/{pk}/edit/")

    chooser = page.locator("#id_municipalities-search")
    expect(chooser).to_have_attribute("role", "combobox")
    # Named by the field's label, which now points at it.
    label_id = chooser.get_attribute("aria-labelledby")
    expect(page.locator(f"label#{label_id}")).to_have_attribute("for", "id_municipalities-search")
    chooser.focus()
    chooser.press_sequentially("Ul")
    listbox = page.locator("#id_municipalities-listbox")
    expect(listbox.get_by_role("option", name="Ulm", exact=True)).to_be_visible()
    chooser.press("ArrowDown")
    expect(chooser).to_have_attribute("aria-activedescendant", "id_municipalities-listbox-0")
    chooser.press("Enter")  # chooses, does not submit the form
    expect(listbox).to_be_hidden()
    # "Ulm entfernen" once the catalogue has it, "Remove Ulm" before.
    expect(page.get_by_role("button", name=re.compile(r"\bUlm\b"))).to_be_visible()

    page.get_by_role("button", name="Entwurf speichern").click()
    expect(admin_message(page)).to_contain_text("aktualisiert")

    assert _shell(portal_server, HELD.format(pk=pk)) == sorted([*before, "ulm"])
