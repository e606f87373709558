"""Form pages (general contact form, peer-to-peer registration) and their editor-built fields."""

from django import forms
from django.db import models, transaction
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import (
    AbstractFormField,
    EmailFormMixin,
    FormMixin,
)
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.handoffs import registration_received
from core.locales import live_localized_by_id
from home.experience import experience_pages
from home.models.base import BasePage
from taxonomy.models import Hazard, Municipality, Topic

from ..abuse import is_rate_limited, recipient_limited
from ..exports import EnquirySubmissionsListView
from ..forms import (
    CONSENT,
    EMAIL_MAX_LENGTH,
    MESSAGE_MAX_LENGTH,
    EnquiryAdminPageForm,
    EnquiryForm,
    EnquiryFormBuilder,
    PeerExchangeFormMixin,
)
from ..mail import queue_emails, send_after_commit

DEFAULT_CONSENT = _(
    "I agree that the portal team stores my details to answer my enquiry. I can withdraw my "
    "consent at any time."
)


class EnquiryFormField(TranslatableMixin, AbstractFormField):
    """An editor-built form field whose label, help text and choices are translated."""

    translatable_fields = [
        TranslatableField("label"),
        TranslatableField("help_text"),
        TranslatableField("choices"),
        TranslatableField("default_value"),
        # The stored key of the answers: identical in every language.
        SynchronizedField("clean_name"),
        SynchronizedField("field_type"),
        SynchronizedField("required"),
    ]

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        abstract = True


class FormField(EnquiryFormField):
    """A field of a general form page."""

    page = ParentalKey("enquiries.FormPage", related_name="form_fields", on_delete=models.CASCADE)

    class Meta(EnquiryFormField.Meta):
        verbose_name = _("form field")
        verbose_name_plural = _("form fields")


class PeerExchangeFormField(EnquiryFormField):
    """An extra field of the peer-to-peer registration, after its fixed fields."""

    page = ParentalKey(
        "enquiries.PeerExchangeFormPage", related_name="form_fields", on_delete=models.CASCADE
    )

    class Meta(EnquiryFormField.Meta):
        verbose_name = _("extra form field")
        verbose_name_plural = _("extra form fields")


class EnquiryPage(EmailFormMixin, FormMixin, BasePage):
    """A form page: stores each submission, then e-mails the submitter and the editors."""

    navigational = True

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Shown above the form."),
    )
    thank_you_text = RichTextField(
        _("confirmation text"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Shown after the form has been sent."),
    )
    consent_text = models.TextField(
        _("consent text"),
        max_length=500,
        blank=True,
        help_text=_("What the details are used for; a default text is used if empty."),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Linked next to the consent checkbox."),
    )

    base_form_class = EnquiryAdminPageForm
    form_builder = EnquiryFormBuilder
    submissions_list_view_class = EnquirySubmissionsListView
    landing_page_template = "enquiries/form_page_landing.html"
    preview_modes = FormMixin.preview_modes

    form_panels = [
        MultiFieldPanel(
            [FieldPanel("consent_text"), FieldPanel("privacy_page")], heading=_("Consent")
        ),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("to_address"), FieldPanel("from_address")]),
                FieldPanel("subject"),
            ],
            heading=_("Notification e-mail to the editors"),
        ),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]
    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        SynchronizedField("to_address"),
        SynchronizedField("from_address"),
        SynchronizedField("privacy_page"),
    ]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = []

    class Meta:
        abstract = True

    default_consent = DEFAULT_CONSENT

    @property
    def consent_label(self) -> str:
        return self.consent_text or str(self.default_consent)

    @cached_property
    def privacy_url(self) -> str:
        """The privacy page in the visitor's language (one query, however often asked)."""
        if self.privacy_page_id is None:
            return ""
        page = live_localized_by_id({self.privacy_page_id}).get(self.privacy_page_id)
        return (page.url or "") if page else ""

    def fixed_fields(self) -> dict:
        """Fields built in code, before the editor-built ones."""
        return {}

    def get_form_class(self):
        fixed = self.fixed_fields()
        built = EnquiryFormBuilder(self.get_form_fields()).formfields
        extra = {name: field for name, field in built.items() if name not in fixed}
        return type("EnquiryForm", (EnquiryForm,), {**fixed, **extra})

    def get_data_fields(self):
        fixed = [(name, field.label) for name, field in self.fixed_fields().items()]
        names = {name for name, _label in fixed}
        built = [
            (field.clean_name, field.label)
            for field in self.get_form_fields()
            if field.clean_name not in names
        ]
        return [
            ("submit_time", _("Submission date")),
            *fixed,
            *built,
            (CONSENT, _("Consent given")),
        ]

    def submitter_email(self, data: dict) -> str:
        if data.get("email"):
            return data["email"]
        for field in self.get_form_fields():
            if field.field_type == "email" and data.get(field.clean_name):
                return data[field.clean_name]
        return ""

    def process_form_submission(self, form):
        """Store the submission and its e-mails in one transaction; send only after commit,
        so a failing mail server can never lose a submission."""
        with transaction.atomic():
            submission = self.get_submission_class().objects.create(
                form_data=form.enquiry_data(), page=self
            )
            emails = queue_emails(self, form, submission)
            self.submission_stored(form, submission)
        send_after_commit(emails)
        return submission

    def submission_stored(self, form, submission) -> None:
        """Called in the submission's transaction: what else a stored submission starts."""

    def serve(self, request, *args, **kwargs):
        if request.method == "POST" and is_rate_limited(request):
            response = self._too_many(request)
        elif request.method == "POST":
            form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
            if not form.is_valid():
                # Errors first: a person who sends an incomplete form early must see what is
                # missing, never a confirmation for a registration that was dropped.
                response = self._form_response(request, form)
            elif form.is_bot:
                # Bots get the confirmation too, so they learn nothing; nothing is stored.
                response = self.render_landing_page(request)
            elif recipient_limited(self.submitter_email(form.cleaned_data)):
                response = self._too_many(request)
            else:
                response = self.render_landing_page(request, self.process_form_submission(form))
        else:
            response = self._form_response(request, self.get_form(page=self, user=request.user))
        # Personal data and a per-visitor token: never from a shared cache.
        add_never_cache_headers(response)
        return response

    def _too_many(self, request):
        return TemplateResponse(request, "429.html", self.get_context(request), status=429)

    def _form_response(self, request, form):
        context = self.get_context(request)
        context["form"] = form
        return TemplateResponse(request, self.get_template(request), context)


class FormPage(EnquiryPage):
    """A form whose fields editors build, e.g. the contact form."""

    template = "enquiries/form_page.html"
    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Form fields")),
        *EnquiryPage.form_panels,
    ]

    class Meta:
        verbose_name = _("form page")
        verbose_name_plural = _("form pages")


class PeerExchangeFormPage(EnquiryPage):
    """The registration of a municipality for the peer-to-peer exchange."""

    default_consent = _(
        "I agree that the portal team stores my details to run the peer-to-peer exchange and "
        "passes my name, role and e-mail address to the cities it puts us in touch with. I can "
        "withdraw my consent at any time."
    )

    template = "enquiries/form_page.html"
    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        InlinePanel(
            "form_fields",
            label=_("Extra form fields"),
            help_text=_(
                "Municipality, contact person, role, e-mail, hazards, topics, what the "
                "municipality seeks and offers, its experience and the consents are always asked."
            ),
        ),
        *EnquiryPage.form_panels,
    ]

    class Meta:
        verbose_name = _("peer-to-peer registration page")
        verbose_name_plural = _("peer-to-peer registration pages")

    def submission_stored(self, form, submission) -> None:
        # The peer exchange opens a case from it (``core.handoffs``).
        registration_received.send(
            sender=type(self), page=self, submission=submission, data=form.cleaned_data
        )

    def get_form_class(self):
        return type("PeerExchangeForm", (PeerExchangeFormMixin, super().get_form_class()), {})

    def fixed_fields(self) -> dict:
        def text(label, autocomplete, required=True):
            return forms.CharField(
                label=label,
                max_length=200,
                required=required,
                widget=forms.TextInput(attrs={"autocomplete": autocomplete}),
            )

        def long_text(label, help_text):
            return forms.CharField(
                label=label,
                required=False,
                max_length=MESSAGE_MAX_LENGTH,
                widget=forms.Textarea,
                help_text=help_text,
            )

        def terms(model, label):
            return forms.ModelMultipleChoiceField(
                label=label,
                queryset=model.objects.filter(locale_id=self.locale_id).order_by("name"),
                to_field_name="slug",
                required=False,
                widget=forms.CheckboxSelectMultiple,
            )

        return {
            "municipality": forms.ModelChoiceField(
                label=_("Municipality"),
                queryset=Municipality.objects.filter(locale_id=self.locale_id).order_by("name"),
                to_field_name="slug",
                required=False,
                empty_label=_("– not in the list –"),
                help_text=_("If your municipality is not in the list, enter it below."),
            ),
            "new_municipality": text(
                _("Municipality not in the list"), "organization", required=False
            ),
            "contact_person": text(_("Contact person"), "name"),
            "role": text(_("Role or department"), "organization-title", required=False),
            "email": forms.EmailField(
                label=_("E-mail address"),
                max_length=EMAIL_MAX_LENGTH,
                widget=forms.EmailInput(attrs={"autocomplete": "email"}),
            ),
            "hazards": terms(Hazard, _("Climate hazards your municipality faces")),
            "topics": terms(Topic, _("Topics of interest")),
            "seeks": long_text(
                _("What you are looking for"),
                _("What would you like to learn from other cities?"),
            ),
            "offers": long_text(
                _("What you can offer"),
                _("What could other cities learn from you?"),
            ),
            "experience": forms.ModelMultipleChoiceField(
                label=_("Tools and projects of this portal you have worked with"),
                queryset=experience_pages(self.locale_id),
                required=False,
                widget=forms.CheckboxSelectMultiple,
            ),
            "message": long_text(_("Message"), _("Anything else you would like to tell us?")),
            "show_on_profile": forms.BooleanField(
                label=_(
                    "Once we are admitted, show on our municipality's profile that we take part, "
                    "with what we look for and offer (optional)."
                ),
                required=False,
            ),
            "show_contact": forms.BooleanField(
                label=_("Also show the contact person's name and e-mail address there (optional)."),
                required=False,
            ),
        }
