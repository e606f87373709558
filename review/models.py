"""What the link checks found: a broken link on a page (internal or external), and the last
answer of every external address checked."""

import hashlib

from django.db import models
from django.utils.translation import gettext_lazy as _


class LinkProblem(models.Model):
    """A link on a page that leads nowhere a visitor can go. Internal problems are found
    when their target changes (``review.internal_links``), external ones by ``check_links``;
    both are deleted once the link works again or the page no longer has it."""

    class Kind(models.TextChoices):
        INTERNAL = "internal", _("internal link")
        EXTERNAL = "external", _("external link")

    class Reason(models.TextChoices):
        UNPUBLISHED = "unpublished", _("target not published")
        PRIVATE = "private", _("target not public")
        DELETED = "deleted", _("target deleted")
        HTTP_ERROR = "http_error", _("error answer")
        UNREACHABLE = "unreachable", _("not reachable")

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="link_problems"
    )
    kind = models.CharField(max_length=10, choices=Kind.choices)
    reason = models.CharField(max_length=20, choices=Reason.choices)
    # Internal: the target page's id (no foreign key: a deleted target keeps its problem).
    target_page_id = models.IntegerField(null=True, blank=True)
    url = models.URLField(max_length=2000, blank=True)
    # The target's title when it was found, or the address.
    target = models.CharField(max_length=2000)
    status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    error = models.CharField(max_length=255, blank=True)
    checked_at = models.DateTimeField()

    # A finding about a page is no use of it ("Usage" in the admin).
    wagtail_reference_index_ignore = True

    class Meta:
        verbose_name = _("broken link")
        verbose_name_plural = _("broken links")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "target_page_id"],
                condition=models.Q(kind="internal"),
                name="review_one_problem_per_internal_target",
            ),
        ]

    def __str__(self):
        return self.describe()

    def describe(self) -> str:
        """The problem in the editor's words."""
        if self.kind == self.Kind.INTERNAL:
            return str(
                _("Link to “%(target)s”: %(reason)s")
                % {"target": self.target, "reason": self.get_reason_display()}
            )
        if self.status_code:
            return str(
                _("Link to %(url)s: answers %(status)s")
                % {"url": self.url, "status": self.status_code}
            )
        return str(
            _("Link to %(url)s: %(reason)s (%(error)s)")
            % {"url": self.url, "reason": self.get_reason_display(), "error": self.error}
        )


def url_key(url: str) -> str:
    """A fixed-length key for an address (URLs may be longer than an index allows)."""
    return hashlib.sha256(url.encode()).hexdigest()


class ExternalLinkCheck(models.Model):
    """The last answer of one external address, so a run skips what it checked recently."""

    key = models.CharField(max_length=64, unique=True)
    url = models.URLField(max_length=2000)
    status_code = models.PositiveSmallIntegerField(null=True, blank=True)
    error = models.CharField(max_length=255, blank=True)
    broken = models.BooleanField(default=False)
    checked_at = models.DateTimeField()

    class Meta:
        verbose_name = _("external link check")
        verbose_name_plural = _("external link checks")

    def __str__(self):
        return self.url
