"""The visitor-facing forms: editor-built fields plus consent, honeypot and fill-time token,
every field with a maximum length; and the admin form of the form pages."""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.forms.forms import BaseForm, FormBuilder, WagtailAdminFormPageForm
from wagtail.contrib.forms.utils import get_field_clean_name

from taxonomy.forms import LocalizedChoicesMixin

from .abuse import fill_token, filled_too_fast
from .field_errors import explain_errors

CONSENT = "consent"
HONEYPOT = "website"
STARTED = "started"
# Fields that protect the form but are not part of the enquiry.
PROTECTION_FIELDS = {HONEYPOT, STARTED}

TEXT_MAX_LENGTH = 255
MESSAGE_MAX_LENGTH = 5000
EMAIL_MAX_LENGTH = 254
URL_MAX_LENGTH = 2000
# Autocomplete tokens for editor-built text fields, by their (German or English) clean name.
AUTOCOMPLETE = {
    "name": "name",
    "organisation": "organization",
    "organization": "organization",
    "kommune": "organization",
    "telefon": "tel",
    "phone": "tel",
}


class EnquiryFormBuilder(FormBuilder):
    """Wagtail's form builder with a maximum length on every free-text field."""

    def create_singleline_field(self, field, options):
        formfield = super().create_singleline_field(field, options)
        token = AUTOCOMPLETE.get(field.clean_name or field.get_field_clean_name())
        if token:
            formfield.widget.attrs["autocomplete"] = token
        return formfield

    def create_multiline_field(self, field, options):
        options["max_length"] = MESSAGE_MAX_LENGTH
        return super().create_multiline_field(field, options)

    def create_email_field(self, field, options):
        options["max_length"] = EMAIL_MAX_LENGTH
        formfield = super().create_email_field(field, options)
        formfield.widget.attrs["autocomplete"] = "email"
        return formfield

    def create_url_field(self, field, options):
        options["max_length"] = URL_MAX_LENGTH
        return super().create_url_field(field, options)

    def create_hidden_field(self, field, options):
        options["max_length"] = TEXT_MAX_LENGTH
        return super().create_hidden_field(field, options)


class EnquiryForm(BaseForm):
    """Adds the consent checkbox, the honeypot and the fill-time token to any enquiry form."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            explain_errors(field)
        self.fields[CONSENT] = forms.BooleanField(
            label=self.page.consent_label if self.page else "",
            required=True,
            error_messages={
                "required": _(
                    "Please agree to the processing of your details so we can answer you."
                )
            },
        )
        self.fields[HONEYPOT] = forms.CharField(
            label=_("Leave this field empty"),
            required=False,
            max_length=TEXT_MAX_LENGTH,
            widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
        )
        self.fields[STARTED] = forms.CharField(
            required=False, max_length=TEXT_MAX_LENGTH, widget=forms.HiddenInput
        )
        if not self.is_bound:
            self.initial[STARTED] = fill_token()

    @property
    def privacy_url(self) -> str:
        return self.page.privacy_url if self.page else ""

    @property
    def is_bot(self) -> bool:
        """A filled honeypot or a form sent faster than a person could: drop silently."""
        data = self.data
        return bool(data.get(HONEYPOT)) or filled_too_fast(data.get(STARTED, ""))

    def visible_enquiry_fields(self):
        return [field for field in self if field.name not in PROTECTION_FIELDS]

    def enquiry_data(self) -> dict:
        """The cleaned data worth storing: JSON-safe, without the protection fields."""
        data = {}
        for name, value in self.cleaned_data.items():
            if name in PROTECTION_FIELDS:
                continue
            if hasattr(value, "model"):  # a queryset of terms: store their names
                value = [str(item) for item in value]
            elif hasattr(value, "_meta"):  # one chosen term: its name
                value = str(value)
            data[name] = value
        return data


class PeerExchangeFormMixin:
    """The registration names its municipality: chosen from the list or entered as new."""

    def clean(self):
        cleaned_data = super().clean()
        if (
            not cleaned_data.get("municipality")
            and not cleaned_data.get("new_municipality")
            and "municipality" not in self.errors
            and "new_municipality" not in self.errors
        ):
            self.add_error(
                "municipality",
                _("Choose your municipality from the list, or enter it under “%(label)s”.")
                % {"label": self.fields["new_municipality"].label},
            )
        return cleaned_data


class EnquiryAdminPageForm(LocalizedChoicesMixin, WagtailAdminFormPageForm):
    """Admin form of the form pages: unique field names that do not clash with the fields
    built in code, choosers limited to the language."""

    def clean(self):
        cleaned_data = super().clean()
        formset = self.formsets.get("form_fields")
        if formset is None:
            return cleaned_data
        reserved = {CONSENT, *PROTECTION_FIELDS, *self.instance.fixed_fields()}
        for form in formset.forms:
            label = getattr(form, "cleaned_data", {}).get("label")
            if not label or form.cleaned_data.get("DELETE"):
                continue
            if get_field_clean_name(label) in reserved:
                form.add_error(
                    "label", _("This form already asks for this; please choose another label.")
                )
        return cleaned_data
