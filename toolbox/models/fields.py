"""A model field for several choices in one column, portable across SQLite and PostgreSQL."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import capfirst

from wagtail.admin.compare import ChoiceFieldComparison, register_comparison_class


class MultipleChoiceField(models.CharField):
    """Several choices stored as one comma-separated string ("large,small").

    Portable (SQLite and PostgreSQL alike); ``home.listing.MultipleChoiceFacet`` splits it to
    filter and count.
    The choices are kept off Django's ``choices`` attribute on purpose: Django and Wagtail
    treat a field with ``choices`` as holding a single value.
    """

    separator = ","

    def __init__(self, *args, value_choices=(), **kwargs):
        self.value_choices = list(value_choices)
        kwargs.setdefault("max_length", 200)
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["value_choices"] = self.value_choices
        if kwargs.get("default") is list:
            del kwargs["default"]
        return name, path, args, kwargs

    def _split(self, value: str) -> list[str]:
        return [part for part in value.split(self.separator) if part]

    def from_db_value(self, value, expression, connection):
        return self._split(value) if value else []

    def to_python(self, value):
        if value is None:
            return []
        if isinstance(value, str):
            return self._split(value)
        return list(value)

    def get_prep_value(self, value):
        if value is None:
            return ""
        if isinstance(value, list | tuple):
            return self.separator.join(value)
        # Lookups (e.g. ``contains``) pass plain strings through unchanged.
        return str(value)

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def validate(self, value, model_instance):
        if not value and not self.blank:
            raise ValidationError(self.error_messages["blank"], code="blank")
        allowed = {key for key, _label in self.value_choices}
        for item in value or []:
            if item not in allowed:
                raise ValidationError(
                    self.error_messages["invalid_choice"],
                    code="invalid_choice",
                    params={"value": item},
                )

    def formfield(self, **kwargs):
        defaults = {
            "choices": self.value_choices,
            "required": not self.blank,
            "label": capfirst(self.verbose_name),
            "help_text": self.help_text,
            "widget": forms.CheckboxSelectMultiple,
        }
        defaults.update(
            {key: value for key, value in kwargs.items() if key in {"widget", "label", "help_text"}}
        )
        return forms.MultipleChoiceField(**defaults)

    def labels(self, values) -> list[str]:
        """The display labels of ``values``, in the order of the choices."""
        chosen = set(values or [])
        return [str(label) for key, label in self.value_choices if key in chosen]


class MultipleChoiceComparison(ChoiceFieldComparison):
    """Revision comparison for ``MultipleChoiceField``: compares the joined labels."""

    def __init__(self, field, obj_a, obj_b):
        super().__init__(field, obj_a, obj_b)
        self.val_a = ", ".join(field.labels(self.val_a))
        self.val_b = ", ".join(field.labels(self.val_b))


register_comparison_class(MultipleChoiceField, comparison_class=MultipleChoiceComparison)
