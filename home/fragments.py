"""Parts of a page that cost more than the rest of it, rendered once and kept until content
next changes (the page cache's generation), per page and language.

They stay cached when whole pages cannot be (another query string, the page cache off, a CDN
in front). Previews always render afresh: a draft may differ from the live page.
"""

from django.template.loader import render_to_string
from django.utils.translation import get_language

from core.caching import cached_per_generation

from .page_queries import prefetch_renditions


def page_fragment(name: str, page, request, template: str, build_context, own_images=()) -> str:
    """``template`` rendered with ``build_context(own_images)`` (called only when the fragment
    is built: it may load the page's own images' renditions with its cards'), the page and
    the request. The own images' renditions are loaded in any case."""

    def render() -> str:
        context = {**build_context(own_images), "page": page, "request": request}
        return render_to_string(template, context)

    if getattr(request, "is_preview", False):
        html = render()
    else:
        html = cached_per_generation(f"{name}:{page.pk}:{get_language()}", render)
    prefetch_renditions(own_images)  # no query when they came with the fragment's cards
    return html
