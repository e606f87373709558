"""Admin forms that offer editors only the terms of the language they are editing."""

from django import forms

from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm
from wagtail.models import TranslatableMixin

from .localize import localize_terms


def _limit_choices_to_locale(form, locale_id: int | None) -> None:
    """Restrict every chooser of a translatable model to one language. A value already held
    in another language stays valid, so the form opens and saves; saving puts the term in
    the form's language (``taxonomy.localize``)."""
    if locale_id is None:
        return
    for name, field in form.fields.items():
        queryset = getattr(field, "queryset", None)
        if queryset is None or not issubclass(queryset.model, TranslatableMixin):
            continue
        initial = form.initial.get(name)
        multiple = isinstance(field, forms.ModelMultipleChoiceField)
        held = (
            [_pk(v) for v in (initial or [])] if multiple else ([_pk(initial)] if initial else [])
        )
        field.queryset = queryset.filter(locale_id=locale_id) | queryset.filter(pk__in=held)
        if hasattr(field.widget, "locale_id"):
            field.widget.locale_id = locale_id  # the term chooser searches this language


def _pk(value):
    return getattr(value, "pk", value)


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

    def save(self, commit=True):
        # Wagtail saves pages with commit=False and writes the revision itself, without
        # cleaning the page again: the terms are put in the page's language here.
        instance = super().save(commit=False)
        localize_terms(instance)
        if commit:
            instance.save()
            self._save_m2m()
        return instance


class LocalizedChoicesPageForm(LocalizedChoicesMixin, WagtailAdminPageForm):
    """Page form offering only terms in the page's language."""


class LocalizedChoicesModelForm(LocalizedChoicesMixin, WagtailAdminModelForm):
    """Snippet form offering only terms in the snippet's language."""
