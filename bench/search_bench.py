"""Search benchmark: relevance on the demo content (SQLite and PostgreSQL), latency on PostgreSQL
with 10,000 German and English pages and 20 queries per language.

Relevance: the judged query set (``bench/relevance.toml``) runs against the demo content as
``load_demo`` leaves it, in a fresh SQLite file and a fresh PostgreSQL database; MRR and nDCG@3
are printed per backend and language. Latency: its own database, median and 95th percentile of
the search query and of the full search page. Every database it creates is dropped. Run with
``make bench-search`` (PAGES=… to change the page count, BENCH_DATABASE_URL=postgres://… for
another server)."""

import json
import os
import random
import statistics
import subprocess  # noqa: S404 - createdb/dropdb with fixed arguments
import sys
import tempfile
import time
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent
SERVER = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432")
DATABASE = f"portal_search_bench_{os.getpid()}"
PAGES = int(os.environ.get("PAGES", "10000"))
REPEATS = 3

QUERIES = {
    "de": [
        "Klimaanpassung",
        "Städte",
        "Hitze",
        "Starkregen",
        "Kommunen",
        "Bürgerbeteiligung",
        "Digitalisierung",
        "Klima",
        "Stadtentwicklung",
        "Förderung",
        "Wasser",
        "Hitzeschutz Stadt",
        "Grünflächen",
        "Strasse",
        "Resilienz",
        "Veranstaltung Workshop",
        "Daten",
        "Energie",
        "Mobilität",
        "Trockenheit Bäume",
    ],
    "en": [
        "climate adaptation",
        "cities",
        "heat",
        "heavy rain",
        "municipalities",
        "participation",
        "digitalisation",
        "climate",
        "urban development",
        "funding",
        "water",
        "heat protection",
        "green spaces",
        "street trees",
        "resilience",
        "workshop",
        "data",
        "energy",
        "mobility",
        "drought",
    ],
}
WORDS = {
    "de": [
        "Stadt",
        "Städte",
        "Kommune",
        "Kommunen",
        "Klimaanpassung",
        "Klimaschutz",
        "Hitze",
        "Hitzeschutz",
        "Starkregen",
        "Hochwasser",
        "Trockenheit",
        "Bürgerbeteiligung",
        "Digitalisierung",
        "Stadtentwicklung",
        "Förderung",
        "Wasser",
        "Grünflächen",
        "Straßenbäume",
        "Resilienz",
        "Daten",
        "Energie",
        "Mobilität",
        "Quartier",
        "Verwaltung",
        "Planung",
        "Umsetzung",
        "Werkzeug",
        "Projekt",
        "Netzwerk",
        "Austausch",
        "Workshop",
        "Konferenz",
        "Strategie",
    ],
    "en": [
        "city",
        "cities",
        "municipality",
        "municipalities",
        "climate",
        "adaptation",
        "mitigation",
        "heat",
        "heavy",
        "rain",
        "flooding",
        "drought",
        "participation",
        "digitalisation",
        "urban",
        "development",
        "funding",
        "water",
        "green",
        "spaces",
        "street",
        "trees",
        "resilience",
        "data",
        "energy",
        "mobility",
        "neighbourhood",
        "administration",
        "planning",
        "implementation",
        "tool",
        "project",
        "network",
        "exchange",
        "workshop",
        "conference",
        "strategy",
    ],
}


def seed_sentences():
    """Sentences from the seed texts, sorted by language."""
    sentences = {"de": [], "en": []}
    for path in sorted(Path("/work/shared/seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        language = "en" if text.count(" the ") > text.count(" der ") else "de"
        sentences[language] += [s.strip() for s in text.replace("\n", " ").split(". ") if s.strip()]
    return sentences


def page_text(rng, language, sentences):
    """A title and teaser about a few topic words, a body of seed sentences plus two own ones."""
    words = WORDS[language]
    title = " ".join(rng.sample(words, 3)).capitalize()
    teaser = " ".join(rng.sample(words, 4)).capitalize() + "."
    own = [" ".join(rng.sample(words, 5)).capitalize() + "." for _ in range(2)]
    paragraphs = rng.sample(sentences[language], min(6, len(sentences[language]))) + own
    rng.shuffle(paragraphs)
    return title, teaser, "".join(f"<p>{p}.</p>" for p in paragraphs)


def generate(count):
    from django.db import transaction
    from django.db.models.signals import post_save
    from django.utils import timezone

    from wagtail.signal_handlers import update_reference_index_on_save

    from modelsearch.signal_handlers import post_save_signal_handler

    from core.stream_data import with_stream_ids
    from home.models import StandardPage
    from home.site_setup import ensure_site_skeleton

    # Wagtail's admin index and reference index are not measured; skip them to generate faster.
    post_save.disconnect(post_save_signal_handler, sender=StandardPage)
    post_save.disconnect(update_reference_index_on_save, sender=StandardPage)
    homes = ensure_site_skeleton(hostname="testserver")
    rng = random.Random(42)  # noqa: S311 - reproducible test data, not cryptography
    sentences = seed_sentences()
    now = timezone.now()
    for number in range(count):
        language = "de" if number % 2 == 0 else "en"
        title, teaser, html = page_text(rng, language, sentences)
        values = with_stream_ids(StandardPage, {"body": [{"type": "rich_text", "value": html}]})
        page = StandardPage(
            title=title,
            slug=f"seite-{number}",
            teaser=teaser,
            live=True,
            first_published_at=now,
            last_published_at=now,
            **values,
        )
        with transaction.atomic():
            homes[language].add_child(instance=page)
        if number % 1000 == 999:
            print(f"  generated {number + 1} pages", file=sys.stderr)


def percentile(samples, fraction):
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def measure():
    from django.test import Client
    from django.utils import translation

    from search.engine import engine
    from search.results import Criteria

    client = Client()
    query_times, page_times = [], []
    for language, queries in QUERIES.items():
        prefix = "/suche/" if language == "de" else "/en/search/"
        for _repeat in range(REPEATS):
            for query in queries:
                with translation.override(language):
                    started = time.perf_counter()
                    engine().search(Criteria(query=query, language=language))
                    query_times.append((time.perf_counter() - started) * 1000)
                started = time.perf_counter()
                response = client.get(prefix, {"q": query})
                page_times.append((time.perf_counter() - started) * 1000)
                assert response.status_code == 200, response.status_code  # noqa: S101
    return query_times, page_times


def relevance_here():
    """In a child process with DATABASE_URL set: migrate, load the demo, print the figures."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    sys.path.insert(0, str(BASE))
    import django

    django.setup()
    from django.core.management import call_command
    from django.test.utils import setup_test_environment

    from bench.relevance import MRR_TARGET, NDCG_TARGET, evaluate

    setup_test_environment()
    call_command("migrate", verbosity=0)
    call_command("load_demo", verbosity=0)
    report = evaluate()
    for figures in report.values():
        figures["misses"] = [
            {"q": miss.query.q, "kind": miss.query.kind, "found": miss.found[:3]}
            for miss in figures["misses"]
        ]
        figures["met"] = figures["mrr"] >= MRR_TARGET and figures["ndcg"] >= NDCG_TARGET
    print(json.dumps(report))


def relevance(database_url: str) -> dict:
    child = subprocess.run(
        [sys.executable, __file__, "--relevance"],
        env={**os.environ, "DATABASE_URL": database_url},
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(child.stdout.strip().splitlines()[-1])


def print_relevance():
    reports = {}
    with tempfile.TemporaryDirectory() as directory:
        reports["SQLite"] = relevance(f"sqlite:///{directory}/relevance.sqlite3")
    database = f"portal_relevance_bench_{os.getpid()}"
    subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", database], check=True)
    try:
        reports["PostgreSQL"] = relevance(f"{SERVER}/{database}")
    finally:
        subprocess.run(
            ["dropdb", "-h", "127.0.0.1", "-U", "postgres", "--if-exists", database], check=False
        )
    print("\nSearch relevance: judged query set on the demo content (bench/relevance.toml)\n")
    print(f"{'backend':<12}{'language':<10}{'queries':>8}{'MRR':>8}{'nDCG@3':>8}  target")
    for backend, report in reports.items():
        for language, figures in report.items():
            print(
                f"{backend:<12}{language:<10}{figures['queries']:>8}{figures['mrr']:>8.3f}"
                f"{figures['ndcg']:>8.3f}  MRR >= 0.9, nDCG@3 >= 0.85: "
                f"{'ok' if figures['met'] else 'MISSED'}"
            )
            for miss in figures["misses"]:
                print(f"{'':<12}  below first: {miss['q']!r} ({miss['kind']}) -> {miss['found']}")


def main():
    print_relevance()
    subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", DATABASE], check=True)  # noqa: S603, S607
    try:
        os.environ["DATABASE_URL"] = f"{SERVER}/{DATABASE}"
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
        sys.path.insert(0, str(BASE))
        import django

        django.setup()
        from django.core.management import call_command
        from django.test.utils import override_settings, setup_test_environment

        setup_test_environment()
        call_command("migrate", verbosity=0)
        started = time.perf_counter()
        generate(PAGES)
        generated = time.perf_counter() - started
        started = time.perf_counter()
        call_command("update_index", "--portal-only", verbosity=0)
        indexed = time.perf_counter() - started
        from django.db import connection

        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")  # as autovacuum keeps a live database
        static = {
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
        }
        with override_settings(STORAGES={**django.conf.settings.STORAGES, **static}):
            measure()  # warm-up: caches, connections, templates
            query_times, page_times = measure()
        connection.close()
        rows = [("search query", query_times), ("search page", page_times)]
        print(f"\nSearch benchmark: {PAGES} pages (de+en), 20 queries per language x {REPEATS}")
        print(f"generated in {generated:.0f} s, indexed in {indexed:.0f} s\n")
        print(f"{'measure':<14}{'samples':>9}{'p50 ms':>10}{'p95 ms':>10}{'target p95':>12}")
        for (name, samples), target in zip(rows, (50, 150), strict=True):
            p50, p95 = statistics.median(samples), percentile(samples, 0.95)
            verdict = "ok" if p95 < target else "MISSED"
            print(
                f"{name:<14}{len(samples):>9}{p50:>10.1f}{p95:>10.1f}{f'< {target} {verdict}':>12}"
            )
    finally:
        subprocess.run(
            ["dropdb", "-h", "127.0.0.1", "-U", "postgres", "--if-exists", DATABASE], check=False
        )  # noqa: S603, S607


if __name__ == "__main__":
    if "--relevance" in sys.argv:
        relevance_here()
    else:
        main()
