"""Counters of the rate limits (``ops.rate_limit``)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class RateCounter(models.Model):
    """How often one key (a hashed client address, say) was counted in one time window."""

    key = models.CharField(_("key"), max_length=100)
    window_start = models.PositiveBigIntegerField(_("window start (Unix time)"))
    count = models.PositiveIntegerField(_("count"), default=0)

    class Meta:
        verbose_name = _("rate counter")
        verbose_name_plural = _("rate counters")
        constraints = [
            models.UniqueConstraint(fields=["key", "window_start"], name="ops_rate_counter_unique")
        ]

    def __str__(self):
        return f"{self.key} @ {self.window_start}: {self.count}"
