"""The demo's pictures: a generated motif per item that fits its text, distinct on every
listing, described by its alternative text, and put in place of an older drawing without
duplicating it."""

import hashlib
import io
import itertools
import re

from wagtail.images.models import Image
from wagtail.models import Page

import pytest
from PIL import Image as PILImage
from PIL import ImageChops

from demo import illustrations
from demo.content import news, projects, toolbox
from home.models import HomePage

SPECS = {
    "news": news.NEWS,
    "events": news.EVENTS,
    "projects": projects.PROJECTS,
    "toolbox": toolbox.TOOLS,
}
LISTINGS = [
    "/aktuelles/",
    "/en/news/",
    "/veranstaltungen/",
    "/veranstaltungen/archive/",
    "/en/events/archive/",
    "/projekte/",
    "/en/projects/",
    "/toolbox/",
    "/en/toolbox/",
]
CARD_IMAGE = re.compile(r'class="card__image">.*?<img[^>]*\ssrc="([^"]+)"', re.DOTALL)


def digest(data: bytes) -> str:
    return hashlib.sha1(data).hexdigest()  # noqa: S324 - Wagtail's file_hash is SHA-1


def image_title(spec: dict) -> str:
    return spec["de"].get("image_title", spec["de"]["title"])


# The drawings ---------------------------------------------------------------------------


@pytest.mark.parametrize("listing", SPECS)
def test_every_item_of_a_listing_names_its_own_motif(listing):
    motifs = [spec["motif"] for spec in SPECS[listing]]

    assert set(motifs) <= set(illustrations.MOTIFS)
    assert len(set(motifs)) == len(motifs), motifs


def test_no_two_demo_items_share_a_motif():
    motifs = [spec["motif"] for specs in SPECS.values() for spec in specs]

    assert len(set(motifs)) == len(motifs)
    assert "resilient_city" not in motifs  # the home page's own picture


def test_the_motifs_are_different_drawings_not_one_drawing_recoloured():
    """Drawn in the same hue, any two motifs differ in a good share of their pixels: a single
    picture in different colours would be identical here."""
    thumbs = {
        name: PILImage.open(io.BytesIO(illustrations.render(name, 200)))
        .convert("L")
        .resize((144, 96))
        for name in illustrations.MOTIFS
    }
    for (a, image_a), (b, image_b) in itertools.combinations(thumbs.items(), 2):
        difference = ImageChops.difference(image_a, image_b).point(lambda v: 255 if v > 24 else 0)
        share = difference.histogram()[255] / (144 * 96)
        assert share > 0.15, (a, b, share)


def test_a_motif_is_drawn_the_same_every_time_and_coloured_by_its_hue():
    assert illustrations.render("flood", 200) == illustrations.render("flood", 200)
    assert illustrations.render("flood", 200) != illustrations.render("flood", 20)


@pytest.mark.parametrize("motif", list(illustrations.MOTIFS))
def test_every_motif_is_a_small_png_of_the_former_size(motif):
    data = illustrations.render(motif, 120)
    picture = PILImage.open(io.BytesIO(data))

    assert picture.format == "PNG"
    assert picture.size == (1440, 960)
    assert len(data) < 40_000


def test_every_motif_is_described_in_german_and_english():
    assert set(illustrations.DESCRIPTIONS) == set(illustrations.MOTIFS)
    for motif in illustrations.MOTIFS:
        german, english = (illustrations.describe(motif, code) for code in ("de", "en"))
        assert german != english
        for text in (german, english):
            assert text.startswith("Illustration: ")
            assert len(text.split()) >= 8, text  # a description, not a name


# The pictures in the loaded demo -----------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("path", LISTINGS)
def test_every_card_on_a_listing_shows_a_picture_of_its_own(client, demo, path):
    response = client.get(path)
    html = response.content.decode()
    cards = html.count('<article class="card">')
    pictures = CARD_IMAGE.findall(html)

    assert response.status_code == 200
    assert cards >= 3
    assert len(pictures) == cards
    assert len(set(pictures)) == cards


@pytest.mark.django_db
@pytest.mark.parametrize("listing", SPECS)
def test_each_page_shows_the_drawing_of_its_motif_and_describes_it(demo, listing):
    for spec in SPECS[listing]:
        image = Image.objects.get(title=image_title(spec))
        pages = [page.specific for page in Page.objects.filter(title__in=_titles(spec))]

        assert image.file_hash == digest(illustrations.render(spec["motif"], spec["hue"]))
        assert {page.locale.language_code for page in pages} == {"de", "en"}
        for page in pages:
            assert page.image_id == image.pk
            assert page.image_alt == illustrations.describe(
                spec["motif"], page.locale.language_code
            )
            assert page.image_alt not in {image.title, image.file.name}


@pytest.mark.django_db
def test_the_home_pages_show_a_described_picture_of_a_resilient_city(demo):
    homes = HomePage.objects.all()

    assert {home.image.file_hash for home in homes} == {
        digest(illustrations.render("resilient_city", 190))
    }
    assert {home.image_alt for home in homes} == {
        illustrations.describe("resilient_city", "de"),
        illustrations.describe("resilient_city", "en"),
    }


@pytest.mark.django_db
def test_no_two_demo_pages_share_a_drawing(demo):
    hashes = list(Image.objects.filter(title__in=demo_titles()).values_list("file_hash", flat=True))

    assert len(hashes) == len(set(hashes)) == len(demo_titles())


def demo_titles() -> list[str]:
    """The titles of the demo's pictures: one per item, and the home pages' one."""
    titles = [image_title(spec) for specs in SPECS.values() for spec in specs]
    return [*titles, "Skyline einer klimaresilienten Stadt"]


def _titles(spec: dict) -> set[str]:
    return {spec["de"]["title"], spec["en"]["title"]}
