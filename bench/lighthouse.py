"""`make bench-lighthouse`: Lighthouse's four scores (performance, accessibility, best
practices, SEO) for every page type in both languages, on a phone (375 px, Lighthouse's mobile
throttling), against the demo content served as in production (gunicorn, production settings,
PostgreSQL, Redis), and the audits that cost points where a score is below 95.

Lighthouse comes from the npm registry (``bench/lighthouse/package.json``) and drives
Debian's Chromium; every request goes to 127.0.0.1. Environment: BENCH_DATABASE (set by the
Makefile to portal_lighthouse), CHROME_PATH (default /usr/bin/chromium)."""

import json
import os
import subprocess
import tempfile
import urllib.request
from pathlib import Path

from bench.run import BASE, HOST, manage, shell_json, start_server, stop_server

LIGHTHOUSE = BASE / "bench" / "lighthouse" / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
TARGET = 95
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-background-networking "
    "--disable-component-update --disable-sync --no-first-run"
)

# One live page per page type and language, and the views outside the page tree.
FIND_URLS = """
import json
from wagtail.models import Page
from taxonomy.models import Municipality, Topic
from home.topic_pages import topic_index_url, topic_url
urls = {}
for page in Page.objects.live().filter(depth__gte=2).specific().order_by("path"):
    urls.setdefault(f"{type(page).__name__} ({page.locale.language_code})", page.url)
for language, search in (("de", "/suche/?q=Hitze"), ("en", "/en/search/?q=heat")):
    topic = Topic.objects.filter(locale__language_code=language).order_by("slug").first()
    place = Municipality.objects.filter(locale__language_code="de").order_by("slug").first()
    urls[f"topic overview ({language})"] = topic_index_url(language)
    urls[f"topic page ({language})"] = topic_url(topic.slug, language)
    prefix = "/kommunen/" if language == "de" else "/en/municipalities/"
    urls[f"municipality profile ({language})"] = f"{prefix}{place.slug}/"
    urls[f"search results ({language})"] = search
print(json.dumps(urls))
"""


def prepare_database(name: str) -> None:
    subprocess.run(["dropdb", "-h", "127.0.0.1", "-U", "postgres", "--if-exists", name], check=True)
    subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", name], check=True)
    manage("migrate", "--no-input", "-v0")
    manage("catalogue", "compile")
    manage("collectstatic", "--no-input", "-v0")
    manage("load_demo", "-v0")


def page_urls() -> dict[str, str]:
    return dict(sorted(shell_json(FIND_URLS).items()))


def lighthouse(url: str, report: Path) -> dict:
    """The category scores (0–100) and the titles of the audits that lost points."""
    subprocess.run(
        [
            str(LIGHTHOUSE),
            url,
            "--quiet",
            "--output=json",
            f"--output-path={report}",
            f"--chrome-flags={CHROME_FLAGS}",
            "--form-factor=mobile",
            "--screenEmulation.mobile=true",
            "--screenEmulation.width=375",
            "--screenEmulation.height=812",
            "--screenEmulation.deviceScaleFactor=2",
            f"--only-categories={','.join(CATEGORIES)}",
        ],
        env={**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium")},
        check=True,
        capture_output=True,
        timeout=180,
    )
    result = json.loads(report.read_text())
    scores = {key: round(result["categories"][key]["score"] * 100) for key in CATEGORIES}
    lost = [
        f"{key}: {result['audits'][ref['id']]['title']}"
        for key in CATEGORIES
        if scores[key] < TARGET
        for ref in result["categories"][key]["auditRefs"]
        if ref["weight"] and (result["audits"][ref["id"]].get("score") or 0) < 1
    ]
    return {"scores": scores, "lost": lost}


def main() -> None:
    # The demo's pictures are part of what a visitor loads; gunicorn serves them, as `make
    # serve` does, where production has object storage or the proxy.
    os.environ["SERVE_MEDIA"] = "true"
    prepare_database(os.environ["BENCH_DATABASE"])
    targets = page_urls()
    server = start_server(page_cache=True)
    results = {}
    try:
        with tempfile.TemporaryDirectory() as folder:
            for name, path in targets.items():
                # A visitor after the first meets the page with its picture sizes made.
                urllib.request.urlopen(f"{HOST}{path}", timeout=60).read()  # noqa: S310
                results[name] = lighthouse(f"{HOST}{path}", Path(folder) / "report.json")
    finally:
        stop_server(server)
    width = max(len(name) for name in results)
    print(f"\n{'page (language)':{width}}  perf  a11y  best   seo")
    for name, result in results.items():
        s = result["scores"]
        print(
            f"{name:{width}}  {s['performance']:4}  {s['accessibility']:4}  "
            f"{s['best-practices']:4}  {s['seo']:4}"
        )
    for name, result in results.items():
        for audit in result["lost"]:
            print(f"  below {TARGET}: {name}: {audit}")


if __name__ == "__main__":
    main()
