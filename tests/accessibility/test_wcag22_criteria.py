"""WCAG 2.2's new criteria that a machine can check outside the browser, on the demo as
`load_demo` leaves it: consistent help (3.2.6), redundant entry (3.3.7) and accessible
authentication (3.3.8). Target size and focus not obscured run in the browser tests."""

import re

from wagtail.models import Page

import pytest

from enquiries.models import EnquiryPage
from governance.two_factor import TokenForm

from .test_demo_pages import one_page_per_type

pytestmark = pytest.mark.django_db

# The ways to get help that every page offers, by language.
HELP = {
    "de": ["/kontakt/", "/barrierefreiheit/", "/barriere-melden/"],
    "en": ["/en/contact/", "/en/accessibility/", "/en/report-a-barrier/"],
}


def help_links_in_order(html: str, language: str) -> list[str]:
    """The help links of the page's chrome (header and footer), in document order."""
    chrome = re.sub(r"<main\b.*</main>", "", html, flags=re.DOTALL)
    hrefs = re.findall(r'href="([^"]+)"', chrome)
    return [href for href in hrefs if href in HELP[language]]


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_page_offers_the_same_help_in_the_same_order(client, demo, language):
    orders = {}
    for page in one_page_per_type(language):
        html = client.get(page.url).content.decode()
        orders[page.url] = list(dict.fromkeys(help_links_in_order(html, language)))

    assert set(map(tuple, orders.values())) == {tuple(HELP[language])}, orders


def test_no_form_asks_for_the_same_information_twice(client, demo):
    forms = [page for page in Page.objects.live().specific() if isinstance(page, EnquiryPage)]
    assert forms
    for page in forms:
        html = client.get(page.url).content.decode()
        form = html.split('class="enquiry-form"', 1)[1].split("</form>", 1)[0]
        tokens = re.findall(r'autocomplete="([a-z-]+)"', form)
        personal = [token for token in tokens if token not in {"off", "organization"}]
        labels = re.findall(r"<label[^>]*>([^<]+)", form)

        assert len(personal) == len(set(personal)), (page.url, tokens)
        assert len(labels) == len(set(labels)), (page.url, labels)


def test_the_admin_sign_in_lets_browsers_and_password_managers_fill_it(client):
    html = client.get("/admin/login/").content.decode()

    assert re.search(r'<input[^>]*name="username"[^>]*autocomplete="username"', html)
    assert re.search(r'<input[^>]*name="password"[^>]*autocomplete="current-password"', html)
    assert "onpaste" not in html and "captcha" not in html.lower()


def test_the_second_factor_is_a_code_the_browser_may_fill_not_a_puzzle():
    widget = TokenForm().fields["token"].widget

    assert widget.attrs["autocomplete"] == "one-time-code"
    assert widget.attrs["inputmode"] == "numeric"
