"""The browser reaches the portal and the home page speaks German."""

from playwright.sync_api import expect


def test_german_home_page_opens_in_chromium(page):
    page.goto("/")
    expect(page.locator("html")).to_have_attribute("lang", "de")
