"""Error messages that name the field and say what to do ("Fill in “Name”."), in place of
Django's generic "This field is required.": a visitor who reads only the error summary, or
hears one message from a screen reader, knows which field needs what."""

import datetime

from django import forms
from django.utils.formats import get_format
from django.utils.translation import gettext as _


def explain_errors(field: forms.Field) -> None:
    """Give ``field`` messages that name its label (call with the visitor's language active)."""
    values = {"label": str(field.label or "")}
    messages = {"required": _required(field.widget)}
    if _invalid(field):
        messages["invalid"] = _invalid(field)
    if isinstance(field, forms.ChoiceField | forms.ModelChoiceField):
        messages["invalid_choice"] = messages["invalid_list"] = _(
            "Choose one of the options offered for “%(label)s”."
        )
    if isinstance(field, forms.CharField):
        messages["null_characters_not_allowed"] = _(
            "“%(label)s” holds a character that cannot be stored; please remove it."
        )
    messages = {code: Filled(message % values) for code, message in messages.items()}
    if isinstance(field, forms.CharField) and field.max_length:
        # Always filled by the validator with its figures, so the label's own "%" are doubled.
        messages["max_length"] = _(
            "“%(label)s” can be at most %%(limit_value)d characters long; it has %%(show_value)d."
        ) % {"label": values["label"].replace("%", "%%")}
    field.error_messages = {**field.error_messages, **messages}


class Filled(str):
    """A message already filled in: Django fills some messages with its own values (``%``),
    some not, and a label may hold a "%", so filling this one again leaves it as it is."""

    def __mod__(self, values):
        return str(self)


def _required(widget: forms.Widget) -> str:
    if isinstance(widget, forms.CheckboxSelectMultiple | forms.SelectMultiple):
        return _("Choose at least one option for “%(label)s”.")
    if isinstance(widget, forms.RadioSelect | forms.Select):
        return _("Choose an option for “%(label)s”.")
    if isinstance(widget, forms.CheckboxInput):
        return _("Tick “%(label)s” to go on.")
    return _("Fill in “%(label)s”.")


def _invalid(field: forms.Field) -> str:
    if isinstance(field, forms.EmailField):
        return _("Enter “%(label)s” in the form name@example.org.")
    if isinstance(field, forms.URLField):
        return _("Enter “%(label)s” as a web address such as https://example.org.")
    if isinstance(field, forms.DateField | forms.DateTimeField):
        example = datetime.date(2026, 12, 31).strftime(get_format("DATE_INPUT_FORMATS")[0])
        return _("Enter “%(label)s” as a date, for example %(example)s.").replace(
            "%(example)s", example
        )
    if isinstance(field, forms.IntegerField | forms.DecimalField | forms.FloatField):
        return _("Enter “%(label)s” as a number, for example 12.")
    return ""
