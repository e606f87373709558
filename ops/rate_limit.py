"""Rate limits counted in the database, so every worker and every app server counts together.

A counter per key and fixed time window, incremented with one atomic ``UPDATE``: correct under
concurrent posts and in every configuration, with or without Redis. (django-ratelimit, the
library for this, counts in the cache and refuses both the database cache the production
settings use without Redis and the local-memory cache of ``make run``: their increments are
not atomic or not shared.) Keys are hashed, so the table holds no addresses in clear text;
counters of past windows are deleted as new ones start.
"""

import hashlib
import time

from django.db import IntegrityError, transaction
from django.db.models import F

from .models import RateCounter


def count(scope: str, value: str, window: int) -> int:
    """Count one more event for ``value`` (a client address, a recipient) in ``scope``; the
    number of events in the current window of ``window`` seconds, this one included."""
    key = f"{scope}:" + hashlib.sha256(value.encode()).hexdigest()[:64]
    start = int(time.time()) // window * window
    counters = RateCounter.objects.filter(key=key, window_start=start)
    if not counters.update(count=F("count") + 1):
        try:
            with transaction.atomic():
                RateCounter.objects.create(key=key, window_start=start, count=1)
            RateCounter.objects.filter(key=key, window_start__lt=start).delete()
            return 1
        except IntegrityError:  # another worker started the window first
            counters.update(count=F("count") + 1)
    return counters.values_list("count", flat=True).first() or 1
