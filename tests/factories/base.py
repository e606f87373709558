"""Building blocks for factories: images, documents and Wagtail pages placed in the tree."""

import io

from django.core.files.images import ImageFile
from django.utils.text import slugify

from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Locale

import factory
from PIL import Image as PILImage

from core.stream_data import with_stream_ids


def png_bytes(width: int = 640, height: int = 427, colour=(0, 74, 110)) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), colour).save(buffer, format="PNG")
    return buffer.getvalue()


class ImageFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Image {n}")
    file = factory.LazyFunction(lambda: ImageFile(io.BytesIO(png_bytes()), name="image.png"))

    class Meta:
        model = Image


class DocumentFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Document {n}")
    file = factory.django.FileField(filename="document.pdf", data=b"%PDF-1.4\n%test\n")

    class Meta:
        model = Document


def locale(code: str = "de") -> Locale:
    return Locale.objects.get_or_create(language_code=code)[0]


class PageFactory(factory.django.DjangoModelFactory):
    """Creates a page below ``parent`` (required) and publishes it unless ``live=False``."""

    title = factory.Sequence(lambda n: f"Page {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.title))

    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class, *args, parent=None, **kwargs):
        if parent is None:
            raise ValueError(f"{cls.__name__} needs parent=<page>")
        many_to_many = {
            name: kwargs.pop(name)
            for name in list(kwargs)
            if name in {f.name for f in model_class._meta.many_to_many}
        }
        live = kwargs.pop("live", True)
        page = model_class(*args, **with_stream_ids(model_class, kwargs), live=live)
        for name, values in many_to_many.items():
            getattr(page, name).set(values)
        parent.add_child(instance=page)
        revision = page.save_revision()
        if live:
            revision.publish()
            page.refresh_from_db()
        return page


def translate_page(page, language_code: str = "en", publish: bool = True, **changes):
    """A translation of ``page`` (whose parent must already be translated) with the given
    field changes, published unless told otherwise."""
    translation = page.copy_for_translation(locale(language_code)).specific
    for name, value in changes.items():
        setattr(translation, name, value)
    revision = translation.save_revision()
    if publish:
        revision.publish()
    return type(translation).objects.get(pk=translation.pk)
