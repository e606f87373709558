"""Liveness (/healthz) and readiness (/readyz) checks for load balancers and orchestrators."""

import logging
import time

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

from wagtail.search.backends import get_search_backend

logger = logging.getLogger(__name__)


@never_cache
def healthz(request):
    """The process is alive and answers; checks nothing else."""
    return JsonResponse({"status": "ok"})


def _check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")


def _check_cache():
    key = "readyz:probe"
    cache.set(key, "1", 10)
    if cache.get(key) != "1":
        raise RuntimeError("cache did not return what was stored")


def _check_search():
    backend = get_search_backend()
    ping = getattr(getattr(backend, "es", None), "ping", None)
    if ping is not None and not ping():
        raise RuntimeError("search cluster did not answer")


CHECKS = {"database": _check_database, "cache": _check_cache, "search": _check_search}


@never_cache
def readyz(request):
    """Every backing service answers; 503 with per-dependency status when one does not."""
    results, ready = {}, True
    for name, check in CHECKS.items():
        started = time.perf_counter()
        try:
            check()
            results[name] = {"status": "ok"}
        except Exception as error:
            logger.warning("Readiness check %s failed: %s", name, error)
            results[name] = {"status": "error", "error": type(error).__name__}
            ready = False
        results[name]["ms"] = round((time.perf_counter() - started) * 1000, 1)
    return JsonResponse(
        {"status": "ok" if ready else "error", "checks": results}, status=200 if ready else 503
    )
