"""The search behind the term chooser (``taxonomy.widgets``): a few terms of one language
whose name contains what the editor typed, those starting with it first."""

from django.db.models import Case, IntegerField, Q, Value, When
from django.http import Http404, HttpResponseBadRequest, JsonResponse
from django.utils.translation import gettext as _

from core.locales import locale_for

from .localize import is_term_model

LIMIT = 20
MAX_QUERY = 100  # characters; longer queries are cut, not refused


def _term_model(model_name: str):
    from django.apps import apps

    try:
        model = apps.get_model("taxonomy", model_name)
    except LookupError:
        model = None
    if model is None or not is_term_model(model):
        raise Http404(_("No such kind of term."))
    return model


def search_terms(request, model_name: str):
    model = _term_model(model_name)
    locale = locale_for(request.GET.get("locale"))
    if locale is None:
        return HttpResponseBadRequest(_("Unknown language."))
    query = request.GET.get("q", "").strip()[:MAX_QUERY]
    if not query:
        return JsonResponse({"results": []})
    matches = Q(name__icontains=query)
    if hasattr(model, "abbreviation"):
        matches |= Q(abbreviation__icontains=query)
    terms = (
        model.objects.filter(matches, locale=locale)
        .annotate(
            starts=Case(
                When(name__istartswith=query, then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            )
        )
        .order_by("starts", "name", "pk")[:LIMIT]
    )
    return JsonResponse({"results": [{"id": term.pk, "label": str(term)} for term in terms]})
