"""The one row of shared state every process reads: the content generation."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ContentGeneration(models.Model):
    """A token replaced with every change visitors could see (see ``core.generation``)."""

    value = models.BigIntegerField(_("value"), default=1)

    class Meta:
        verbose_name = _("content generation")
        verbose_name_plural = _("content generations")

    def __str__(self):
        return str(self.value)
