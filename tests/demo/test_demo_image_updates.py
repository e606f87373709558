"""Pictures an earlier ``load_demo`` (or an editor) stored under a demo title: an older demo
drawing gets the new one in place, without a duplicate; anything else is left alone. (Apart
from the module that loads the demo once, since these tests start from an empty database.)"""

import io

from django.core.files.images import ImageFile
from django.core.management import call_command

from wagtail.images.models import Image
from wagtail.models import Revision

import pytest

from demo import illustrations
from demo.context import DemoContext, _file_name
from tests.demo.test_demo_images import demo_titles, digest
from tests.factories.base import png_bytes


def stored(title: str, data: bytes, name: str | None = None) -> Image:
    """An image as an earlier ``load_demo`` (or an editor) stored it."""
    image = Image(
        title=title, file=ImageFile(io.BytesIO(data), name=name or f"{_file_name(title)}.png")
    )
    image.save()
    return image


@pytest.mark.django_db
def test_an_older_demo_drawing_is_replaced_in_place(homes, media):
    title = "Konferenz Zukunftsstadt 2019"
    old = stored(title, png_bytes(1440, 960))
    old.get_rendition("fill-100x100")
    old_file = old.file.name
    ctx = DemoContext(homes=homes)

    image = ctx.image(title, 215, motif="marketplace")

    assert image.pk == old.pk
    assert Image.objects.count() == 1
    assert image.file_hash == digest(illustrations.render("marketplace", 215))
    assert (image.width, image.height) == (1440, 960)
    assert not image.renditions.exists()
    assert not image.file.storage.exists(old_file)
    assert image.file.storage.exists(image.file.name)


@pytest.mark.django_db
def test_a_current_demo_drawing_is_left_as_it_is(homes, media):
    ctx = DemoContext(homes=homes)
    first = ctx.image("Starkregengefahrenkarte", 210, motif="heavy_rain")

    again = ctx.image("Starkregengefahrenkarte", 210, motif="heavy_rain")

    assert (again.pk, again.file.name) == (first.pk, first.file.name)
    assert Image.objects.count() == 1


@pytest.mark.django_db
def test_an_editors_image_under_a_demo_title_is_left_alone(homes, media):
    upload = stored("Klimaspaziergang", png_bytes(800, 600), name="foto-vom-rundgang.png")
    ctx = DemoContext(homes=homes)

    image = ctx.image("Klimaspaziergang", 95, motif="climate_walk")

    assert (image.pk, image.file.name) == (upload.pk, upload.file.name)
    assert image.file_hash != digest(illustrations.render("climate_walk", 95))


@pytest.mark.django_db
def test_load_demo_replaces_the_former_skylines_without_duplicates_and_then_changes_nothing(
    homes, media
):
    titles = demo_titles()
    old = {stored(title, png_bytes(1440, 960)).pk for title in titles}

    call_command("load_demo", verbosity=0)

    assert set(Image.objects.filter(title__in=titles).values_list("pk", flat=True)) == old
    assert Image.objects.filter(title__in=titles).count() == len(titles)
    hashes = set(Image.objects.filter(title__in=titles).values_list("file_hash", flat=True))
    assert len(hashes) == len(titles)
    assert digest(png_bytes(1440, 960)) not in hashes
    files = sorted(Image.objects.values_list("file", flat=True))
    revisions = Revision.objects.count()

    call_command("load_demo", verbosity=0)

    assert sorted(Image.objects.values_list("file", flat=True)) == files
    assert Revision.objects.count() == revisions
