"""A searchable chooser for taxonomy terms that stays small with 11,000 municipalities.

A ``<select>`` whose HTML holds only the chosen terms; ``static_src/js/term_chooser.js``
turns it into a combobox that asks ``taxonomy.views.search_terms`` for the terms of the
edited object's language matching what the editor types (a few at a time). Forms of
translatable objects tell the widget their language (``taxonomy.forms``)."""

from django import forms
from django.db import models
from django.urls import reverse

from wagtail.admin.panels import FieldPanel

from core.locales import language_code_of


class TermChooser(forms.Select):
    """One term (a foreign key)."""

    template_name = "taxonomy/widgets/term_chooser.html"
    locale_id = None  # set by the form: the language searched

    class Media:
        js = ["js/term_chooser.js"]
        css = {"all": ["css/term_chooser.css"]}

    def optgroups(self, name, value, attrs=None):
        """Only the chosen terms become options (Django's would list every term)."""
        chosen = [v for v in value if v not in ("", None)]
        options = []
        if not self.allow_multiple_selected and not self.is_required:
            options.append(self.create_option(name, "", "---------", not chosen, 0))
        if chosen:
            field = self.choices.field
            for term in self.choices.queryset.filter(pk__in=chosen):
                label = field.label_from_instance(term)
                options.append(self.create_option(name, term.pk, label, True, len(options)))
        return [(None, options, 0)]

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        model = self.choices.queryset.model
        context["widget"].update(
            endpoint=reverse("taxonomy_search_terms", args=[model._meta.model_name]),
            language=language_code_of(self.locale_id) or "",
            multiple=self.allow_multiple_selected,
        )
        return context


class TermMultipleChooser(TermChooser, forms.SelectMultiple):
    """Several terms (a many-to-many relation)."""

    allow_multiple_selected = True


class TermPanel(FieldPanel):
    """A FieldPanel with the term chooser, single or multiple as the field is."""

    def on_model_bound(self):
        super().on_model_bound()
        field = self.model._meta.get_field(self.field_name)
        many = isinstance(field, models.ManyToManyField) or field.many_to_many
        self.widget = TermMultipleChooser if many else TermChooser


def term_panel(field_name: str, **kwargs) -> TermPanel:
    """The panel of a relation to taxonomy terms: a searchable chooser."""
    return TermPanel(field_name, **kwargs)
