"""Admin forms that offer editors only the terms of the language they are editing."""

from django import forms

from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm
from wagtail.models import TranslatableMixin


def _limit_choices_to_locale(form, locale_id: int | None) -> None:
    """Restrict every chooser of a translatable model to one language. Values that point at
    the other language (wagtail-localize copies relations unchanged) are shown as their
    translation, or kept as they are where none exists, so saving loses nothing."""
    if locale_id is None:
        return
    for name, field in form.fields.items():
        queryset = getattr(field, "queryset", None)
        if queryset is None or not issubclass(queryset.model, TranslatableMixin):
            continue
        initial = form.initial.get(name)
        multiple = isinstance(field, forms.ModelMultipleChoiceField)
        selected = (
            [_pk(v) for v in (initial or [])] if multiple else ([_pk(initial)] if initial else [])
        )
        localized = _localized_pks(queryset.model, selected, locale_id)
        field.queryset = queryset.filter(locale_id=locale_id) | queryset.filter(pk__in=localized)
        if selected:
            form.initial[name] = localized if multiple else localized[0]


def _pk(value):
    return getattr(value, "pk", value)


def _localized_pks(model, pks: list, locale_id: int) -> list:
    """``pks`` with each replaced by its translation in ``locale_id`` where one exists."""
    if not pks:
        return []
    keys = dict(model.objects.filter(pk__in=pks).values_list("pk", "translation_key"))
    translated = dict(
        model.objects.filter(translation_key__in=keys.values(), locale_id=locale_id).values_list(
            "translation_key", "pk"
        )
    )
    return [translated.get(keys.get(pk), pk) for pk in pks]


def _localized_row_form(form_class, locale_id: int):
    """The form class of an inline row (InlinePanel) with the same restriction."""

    class LocalizedRowForm(form_class):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            _limit_choices_to_locale(self, locale_id)

    LocalizedRowForm.__name__ = form_class.__name__
    return LocalizedRowForm


class LocalizedChoicesMixin:
    """Choosers and checkboxes for translatable models, in the form and in its inline rows,
    offer only the language of the edited object."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = getattr(self.instance, "locale_id", None)
        _limit_choices_to_locale(self, locale_id)
        if locale_id is not None:
            for formset in self.formsets.values():
                # Replaced before the formset builds its forms, so new (empty) rows get it too.
                formset.form = _localized_row_form(formset.form, locale_id)


class LocalizedChoicesPageForm(LocalizedChoicesMixin, WagtailAdminPageForm):
    """Page form offering only terms in the page's language."""


class LocalizedChoicesModelForm(LocalizedChoicesMixin, WagtailAdminModelForm):
    """Snippet form offering only terms in the snippet's language."""
