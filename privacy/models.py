"""The privacy statement: who is responsible (editable), what the portal processes (written
from the code, ``privacy.processing``), the visitors' rights and how to exercise them."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from home.blocks import BaseStreamBlock
from home.models import BasePage

from . import processing

CONTACT_FEATURES = ["bold", "italic", "link"]


class PrivacyStatementPage(BasePage):
    """The Datenschutzerklärung. Its list of processing, the cookies and every retention
    period come from the portal's code and settings; editors write who is responsible and
    anything the code cannot know."""

    intro = RichTextField(_("introduction"), blank=True, features=CONTACT_FEATURES)
    controller = RichTextField(
        _("controller"),
        blank=True,
        features=CONTACT_FEATURES,
        help_text=_(
            "Who is responsible for the processing (Art. 4 (7) GDPR): name, address, contact."
        ),
    )
    data_protection_officer = RichTextField(
        _("data protection officer"),
        blank=True,
        features=CONTACT_FEATURES,
        help_text=_("How to reach the data protection officer."),
    )
    hosting = RichTextField(
        _("hosting"),
        blank=True,
        features=CONTACT_FEATURES,
        help_text=_("Who runs the servers on the controller's behalf (processors, Art. 28 GDPR)."),
    )
    supervisory_authority = RichTextField(
        _("supervisory authority"),
        blank=True,
        features=CONTACT_FEATURES,
        help_text=_("The data protection authority visitors may complain to (Art. 77 GDPR)."),
    )
    legal_basis_public_task = models.CharField(
        _("legal basis of the portal's public task"),
        max_length=255,
        default="Art. 6 Abs. 1 lit. e DSGVO in Verbindung mit § 3 BDSG",
        help_text=_("Named for the server log, the abuse protection and the editors' accounts."),
    )
    server_log_retention_days = models.PositiveSmallIntegerField(
        _("days the server log is kept"),
        default=7,
        help_text=_("The log system of the operators decides this, not the portal: ask them."),
    )
    body = StreamField(
        BaseStreamBlock(),
        verbose_name=_("further sections"),
        blank=True,
        help_text=_("Anything else to say, shown after the rights."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("controller"),
                FieldPanel("data_protection_officer"),
                FieldPanel("supervisory_authority"),
                FieldPanel("hosting"),
            ],
            heading=_("Who is responsible"),
        ),
        MultiFieldPanel(
            [
                HelpPanel(
                    content=_(
                        "The portal writes the list of what it processes, the cookies and the "
                        "retention periods itself, from its code and settings. Only what it "
                        "cannot know is asked here."
                    )
                ),
                FieldPanel("legal_basis_public_task"),
                FieldPanel("server_log_retention_days"),
            ],
            heading=_("Processing"),
        ),
        FieldPanel("body"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "privacy/privacy_statement_page.html"

    class Meta:
        verbose_name = _("privacy statement")
        verbose_name_plural = _("privacy statements")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["processing"] = processing.register(
            self.server_log_retention_days, self.legal_basis_public_task
        )
        context["cookies"] = processing.cookies()
        context["embed_hosts"] = processing.embed_hosts()
        context["retention"] = processing.days(settings.FORM_SUBMISSION_RETENTION_DAYS)
        return context
