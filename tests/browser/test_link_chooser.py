"""The rich-text link chooser on an English page starts among the English pages, as the page
chooser fields do, although the editor's admin speaks German."""

import json

from playwright.sync_api import expect

from .editor_admin import ADMIN, sign_in

# A page written in the language itself (translations are edited in wagtail-localize's
# editor, where no link chooser opens), and the two home pages' titles.
FIND = """
import json
from home.models import HomePage, StandardPage
homes = {h.locale.language_code: h for h in HomePage.objects.select_related("locale")}
home = homes["LANG"]
page = StandardPage.objects.child_of(home).filter(slug="link-chooser").first()
if page is None:
    page = StandardPage(title="Link chooser", slug="link-chooser", locale=home.locale)
    page.body = [{"type": "rich_text", "value": "<p>A paragraph to link from.</p>"}]
    home.add_child(instance=page)
titles = {code: h.title for code, h in homes.items()}
print(json.dumps({"pk": page.pk, "homes": titles}))
"""


def _shell(portal_server, code: str):
    return json.loads(portal_server.manage("shell", "-c", code).strip().splitlines()[-1])


def test_the_link_chooser_of_an_english_page_lists_the_english_pages(page, portal_server):
    found = _shell(portal_server, FIND.replace("LANG", "en"))
    sign_in(page, "admin")
    page.goto(f"{ADMIN}pages/{found['pk']}/edit/")

    text = page.locator(".Draftail-Editor [contenteditable=true]").first
    text.click()
    page.keyboard.press("ControlOrMeta+a")
    page.keyboard.press("ControlOrMeta+k")  # Draftail's shortcut for a link

    chooser = page.get_by_role("dialog")
    rows = chooser.locator("table")
    expect(rows.get_by_text(found["homes"]["en"], exact=True)).to_be_visible()
    expect(rows.get_by_text(found["homes"]["de"], exact=True)).to_have_count(0)


def test_the_link_chooser_of_a_german_page_lists_the_german_pages(page, portal_server):
    found = _shell(portal_server, FIND.replace("LANG", "de"))
    sign_in(page, "admin")
    page.goto(f"{ADMIN}pages/{found['pk']}/edit/")

    page.locator(".Draftail-Editor [contenteditable=true]").first.click()
    page.keyboard.press("ControlOrMeta+a")
    page.keyboard.press("ControlOrMeta+k")

    rows = page.get_by_role("dialog").locator("table")
    expect(rows.get_by_text(found["homes"]["de"], exact=True)).to_be_visible()
    expect(rows.get_by_text(found["homes"]["en"], exact=True)).to_have_count(0)
