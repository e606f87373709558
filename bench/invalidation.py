"""`make bench-invalidation`: how much of the page cache survives one publish.

Against the benchmark's database (seeded by `make bench`, BENCH_DATABASE, default
portal_bench) under the production settings with Redis: every live page is requested twice
(the second must be a hit), then one news article is published twice, once with a body edit
and once with a new title, each time from a separate ``manage.py`` process as an editor's
publish would come, and every page is requested again. Prints the share of pages still served
from the cache after each publish and checks that every page that showed the old title shows
the new one."""

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent
DATABASE = os.environ.get("BENCH_DATABASE", "portal_bench")
STATIC_ROOT = tempfile.mkdtemp(prefix="portal-bench-static-")

CRAWL = """
import json, sys
from django.test import Client
from wagtail.models import Page
client = Client(HTTP_HOST="127.0.0.1")
urls = [p.url for p in Page.objects.live().filter(depth__gt=1).order_by("path") if p.url]
needle = sys.argv[-1] if len(sys.argv) > 1 else ""
result = {"urls": len(urls), "hits": 0, "showing": []}
for url in urls:
    response = client.get(url)
    if response.get("X-Page-Cache") == "hit":
        result["hits"] += 1
    if needle and needle in response.content.decode():
        result["showing"].append(url)
print(json.dumps(result))
"""

PUBLISH = """
import json
from news.models import NewsPage
page = NewsPage.objects.live().filter(locale__language_code="de").order_by("-date")[5]
kind = "{kind}"
old_title = page.title
if kind == "body":
    page.body = [{{"type": "rich_text", "value": "<p>Überarbeiteter Absatz.</p>"}}]
else:
    page.title = "Neu betitelte Meldung zur Hitzevorsorge"
page.save_revision().publish()
print(json.dumps({{"old": old_title, "new": page.title}}))
"""


def environment() -> dict:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "benchmark-only-secret-key-not-for-production-0123456789abcdef",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{DATABASE}",
        "REDIS_URL": "redis://127.0.0.1:6379/9",
        "HTTPS": "false",
        "LOG_LEVEL": "ERROR",
        "PAGE_CACHE_SECONDS": "600",
        "STATIC_ROOT": STATIC_ROOT,
    }


def shell(code: str, *args: str) -> dict:
    out = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code, *args],
        cwd=BASE,
        env=environment(),
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def crawl(needle: str = "") -> dict:
    code = CRAWL.replace('sys.argv[-1] if len(sys.argv) > 1 else ""', json.dumps(needle))
    return shell(code)


def measure() -> dict[str, dict]:
    """Per kind of publish: pages crawled, hits after it, their ratio, pages showing the new
    title and pages still showing the old one."""
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--no-input", "-v0"],
        cwd=BASE,
        env=environment(),
        check=True,
    )
    subprocess.run(["redis-cli", "-n", "9", "flushdb"], check=True, capture_output=True)
    results = {}
    for kind in ("body", "title"):
        crawl()
        warm = crawl()
        started = time.monotonic()
        change = shell(PUBLISH.format(kind=kind))
        after = crawl(change["new"] if kind == "title" else "")
        results[kind] = {
            "pages": warm["urls"],
            "hits": after["hits"],
            "ratio": after["hits"] / warm["urls"] if warm["urls"] else 0.0,
            "showing_new": len(after["showing"]) if kind == "title" else None,
            "stale": crawl(f">{change['old']}<")["showing"] if kind == "title" else [],
            "seconds": time.monotonic() - started,
        }
    return results


def main() -> None:
    results = measure()
    print(f"{'publish':12} {'pages':>6} {'still hits':>10} {'ratio':>6} {'shown new':>10} {'s':>5}")
    for kind, row in results.items():
        shown = "-" if row["showing_new"] is None else str(row["showing_new"])
        print(
            f"{kind:12} {row['pages']:6} {row['hits']:10} {row['ratio']:6.3f} {shown:>10} "
            f"{row['seconds']:5.0f}"
        )
    stale = results["title"]["stale"]
    print(f"  pages still showing the old title: {len(stale)} {stale[:3]}")


if __name__ == "__main__":
    main()
