"""Term chooser benchmark: the edit form of a news page and the chooser's search with 11,000
municipalities (a real portal's number), timed with the Django test client.

A fresh SQLite file (or the empty database ``BENCH_DATABASE_URL`` names) is migrated and seeded
with the site, one news page and MUNICIPALITIES municipalities; then RUNS requests of each
kind are timed with ``time.perf_counter`` and the median and 95th percentile printed, with
the queries and the size of one response. Run with ``make bench-chooser``."""

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent
MUNICIPALITIES = int(os.environ.get("MUNICIPALITIES", "11000"))
RUNS = int(os.environ.get("RUNS", "30"))
QUERIES = ["gem", "gemeinde 07", "ulm", "00042", "x"]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def seed():
    from django.contrib.auth import get_user_model

    from home.site_setup import ensure_site_skeleton
    from news.models import NewsIndexPage, NewsPage
    from taxonomy.models import Municipality

    homes = ensure_site_skeleton()
    german = homes["de"].locale
    Municipality.objects.bulk_create(
        Municipality(
            name=f"Gemeinde {n:05d}",
            slug=f"gemeinde-{n:05d}",
            locale=german,
            size_class=Municipality.SizeClass.RURAL,
        )
        for n in range(MUNICIPALITIES)
    )
    ulm = Municipality.objects.create(name="Ulm", slug="ulm", locale=german, size_class="large")
    index = homes["de"].add_child(instance=NewsIndexPage(title="Aktuelles", slug="aktuelles"))
    page = index.add_child(
        instance=NewsPage(
            title="Hitzeschutz",
            slug="hitzeschutz",
            body=[("rich_text", "<p>Text.</p>")],
        )
    )
    page.municipalities.set([ulm])
    page.save_revision().publish()
    user = get_user_model().objects.create_superuser("bench", "bench@example.org", "-")
    return page, user


def timed(client, url: str, params: dict | None = None) -> tuple[float, int, int]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        started = time.perf_counter()
        response = client.get(url, params or {})
        elapsed = time.perf_counter() - started
    assert response.status_code == 200, response.status_code  # noqa: S101
    return elapsed, len(captured), len(response.content)


def report(name: str, samples: list[tuple[float, int, int]]) -> None:
    times = [s[0] * 1000 for s in samples]
    print(
        f"{name:<28} median {statistics.median(times):7.1f} ms   p95 {percentile(times, 0.95):7.1f} ms"
        f"   queries {max(s[1] for s in samples):3d}   bytes {max(s[2] for s in samples):,}"
    )


def main():
    with tempfile.TemporaryDirectory() as folder:
        os.environ.setdefault("DATABASE_URL", f"sqlite:///{folder}/chooser_bench.sqlite3")
        if os.environ.get("BENCH_DATABASE_URL"):
            os.environ["DATABASE_URL"] = os.environ["BENCH_DATABASE_URL"]
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
        sys.path.insert(0, str(BASE))
        import django

        django.setup()
        from django.core.management import call_command
        from django.test import Client
        from django.test.utils import setup_test_environment
        from django.urls import reverse

        setup_test_environment()
        call_command("migrate", verbosity=0)
        page, user = seed()
        client = Client()
        client.force_login(user)
        edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
        search = reverse("taxonomy_search_terms", args=["municipality"])
        timed(client, edit)  # warm-up: templates, caches
        timed(client, search, {"q": "ulm", "locale": "de"})
        print(f"{MUNICIPALITIES:,} municipalities, {RUNS} runs each ({connection_vendor()})")
        report("edit form of a news page", [timed(client, edit) for _ in range(RUNS)])
        samples = [
            timed(client, search, {"q": QUERIES[n % len(QUERIES)], "locale": "de"})
            for n in range(RUNS)
        ]
        report("chooser search", samples)


def connection_vendor() -> str:
    from django.db import connection

    return connection.vendor


if __name__ == "__main__":
    main()
