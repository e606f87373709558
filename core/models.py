"""The shared state every process reads: the content generation, the change sequence and the
tags each change touched (``core.generation``, ``core.dependencies``)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ContentGeneration(models.Model):
    """A token replaced with every change that could show anywhere, and the sequence counted
    up with every change (see ``core.generation`` and ``core.dependencies``)."""

    value = models.BigIntegerField(_("value"), default=1)
    sequence = models.BigIntegerField(_("change sequence"), default=0)

    class Meta:
        verbose_name = _("content generation")
        verbose_name_plural = _("content generations")

    def __str__(self):
        return str(self.value)


class ContentTag(models.Model):
    """What a change touched (a page, a listing, search) and the sequence it changed at."""

    tag = models.CharField(_("tag"), max_length=200, primary_key=True)
    sequence = models.BigIntegerField(_("change sequence"), db_index=True)
    changed_at = models.DateTimeField(_("changed at"))

    class Meta:
        verbose_name = _("content tag")
        verbose_name_plural = _("content tags")

    def __str__(self):
        return self.tag
