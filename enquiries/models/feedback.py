"""A visitor's answer to "Was this page useful?": anonymous by design."""

from django.db import models
from django.utils.translation import gettext_lazy as _

MAX_COMMENT_LENGTH = 1000


class PageFeedback(models.Model):
    """One answer for one page: useful or not, and an optional comment. Nothing about the
    visitor is stored (no address, no session, no time finer than the day); answers are
    deleted with the form submissions after the retention period."""

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("page")
    )
    useful = models.BooleanField(_("useful"))
    comment = models.TextField(_("comment"), max_length=MAX_COMMENT_LENGTH, blank=True)
    day = models.DateField(_("day"), auto_now_add=True)

    class Meta:
        verbose_name = _("page feedback")
        verbose_name_plural = _("page feedback")
        indexes = [models.Index(fields=["page", "day"])]

    def __str__(self):
        return f"{self.page_id}: {'+' if self.useful else '-'}"
