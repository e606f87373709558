"""`make bench`: seed a bilingual data set on PostgreSQL, serve it with gunicorn under the
production settings with Redis, drive load with wrk on 127.0.0.1, and print the figures.

Figures: requests per second, p50/p95/p99 latency per URL and its ratio to a static file served
by the same server, SQL queries per page, peak memory per worker; once with the page cache on and
once with it off (the shared page parts, FRAGMENT_CACHE_SECONDS, stay cached); cold renders, one
visitor at a time with every cache emptied before each request (a new content generation and an
empty Redis, as after a change that shows everywhere); the share of cached pages still served
from the cache after one publish made from another process (``bench.invalidation``); and one
summary table of all of them. Environment: BENCH_PAGES (default 2000), BENCH_SECONDS per URL
(default 8), BENCH_CONNECTIONS (default 16) with the page cache on, BENCH_UNCACHED_CONNECTIONS
(default 2, one per core, so that the latency is the page's and not the queue's) with it off,
BENCH_COLD_ROUNDS (default 15), BENCH_DATABASE (default portal_bench), BENCH_INVALIDATION=0 to
leave out the invalidation crawl."""

import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

if __package__ in (None, ""):  # run as a script: bench/ is a package of the project
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import invalidation  # noqa: E402

BASE = Path(__file__).resolve().parent.parent
PAGES = int(os.environ.get("BENCH_PAGES", 2000))
SECONDS = int(os.environ.get("BENCH_SECONDS", 8))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", 16))
UNCACHED_CONNECTIONS = int(os.environ.get("BENCH_UNCACHED_CONNECTIONS", 2))
WARM_UP_SECONDS = 2
WARM_UP_ROUNDS = 10
COLD_ROUNDS = int(os.environ.get("BENCH_COLD_ROUNDS", 15))
INVALIDATION = os.environ.get("BENCH_INVALIDATION", "1") != "0"
REDIS_DB = 7
# As gunicorn.conf.py counts them; the warm-up reaches each of them.
WORKERS = int(os.environ.get("GUNICORN_WORKERS", (os.cpu_count() or 1) * 2 + 1))
DATABASE = os.environ.get("BENCH_DATABASE", "portal_bench")
PORT = 8123
HOST = f"http://127.0.0.1:{PORT}"


def environment(page_cache: bool) -> dict:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "benchmark-only-secret-key-not-for-production-0123456789abcdef",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{DATABASE}",
        "REDIS_URL": f"redis://127.0.0.1:6379/{REDIS_DB}",
        "HTTPS": "false",
        "LOG_LEVEL": "ERROR",
        "PAGE_CACHE_SECONDS": "600" if page_cache else "0",
        "STATIC_ROOT": str(STATIC_ROOT),
        "GUNICORN_BIND": f"127.0.0.1:{PORT}",
    }


STATIC_ROOT = Path(tempfile.mkdtemp(prefix="portal-bench-static-"))


def manage(*args, page_cache=True):
    subprocess.run(
        [sys.executable, "manage.py", *args], cwd=BASE, env=environment(page_cache), check=True
    )


def prepare_database():
    subprocess.run(
        ["dropdb", "-h", "127.0.0.1", "-U", "postgres", "--if-exists", DATABASE], check=True
    )
    subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", DATABASE], check=True)
    manage("migrate", "--no-input", "-v0")
    manage("catalogue", "compile")
    manage("collectstatic", "--no-input", "-v0")
    code = f"from bench.seed import seed; seed({PAGES})"
    manage("shell", "-c", code)
    empty_redis()


def shell_json(code: str, page_cache: bool = True):
    """What ``code``, run in ``manage.py shell`` against the benchmark's database, prints
    as JSON on its last line."""
    out = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=BASE,
        env=environment(page_cache),
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def urls() -> dict[str, str]:
    """The URLs to measure, found in the seeded data through Django."""
    code = (
        "import json; from wagtail.models import Page; from django.conf import settings;"
        "from django.contrib.staticfiles.storage import staticfiles_storage as s;"
        "news = Page.objects.live().filter(locale__language_code='de', url_path__startswith='/home/aktuelles/', depth=4).first();"
        "project = Page.objects.live().filter(locale__language_code='de', url_path__startswith='/home/projekte/', depth=4).first();"
        "print(json.dumps({'news': news.url, 'project': project.url, 'static': s.url('css/portal.css')}))"
    )
    found = shell_json(code)
    return {
        "static file (baseline)": found["static"],
        "home (de)": "/",
        "home (en)": "/en/",
        "news index": "/aktuelles/",
        "news page": found["news"],
        "toolbox, 2 filters": "/toolbox/?hazard=hitze&phase=planung",
        "project page": found["project"],
        "search": "/suche/?q=klima",
    }


def query_counts(targets: dict[str, str]) -> dict[str, int]:
    """SQL queries per page as the query budget counts them: the page itself not cached (a URL
    variant never asked for), what all pages share warm from an earlier request."""
    code = (
        "import json; from django.test import Client; from django.test.utils import CaptureQueriesContext;"
        "from django.db import connection;"
        f"targets = {json.dumps(targets)}; client = Client(HTTP_HOST='127.0.0.1'); result = {{}}\n"
        "for name, url in targets.items():\n"
        "    client.get(url)\n"
        "    cold = url + ('&' if '?' in url else '?') + 'sql-count=1'\n"
        "    with CaptureQueriesContext(connection) as queries: client.get(cold)\n"
        "    result[name] = len(queries)\n"
        "print(json.dumps(result))"
    )
    # Without the page cache: a URL with an unknown parameter is answered from the cached page.
    return shell_json(code, page_cache=False)


def start_server(page_cache: bool) -> subprocess.Popen:
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "-c",
            "gunicorn.conf.py",
            "--access-logfile",
            "/dev/null",
        ],
        cwd=BASE,
        env=environment(page_cache),
        start_new_session=True,
    )
    for _ in range(100):
        try:
            urllib.request.urlopen(f"{HOST}/healthz", timeout=1)  # noqa: S310
            return server
        except OSError:
            time.sleep(0.2)
    stop_server(server)
    raise RuntimeError("gunicorn did not start")


def worker_peak_memory_mb(server: subprocess.Popen) -> float:
    peaks = []
    for child in Path("/proc").glob("[0-9]*"):
        try:
            status = (child / "status").read_text()
        except OSError:
            continue
        if f"PPid:\t{server.pid}\n" in status:
            for line in status.splitlines():
                if line.startswith("VmHWM:"):
                    peaks.append(int(line.split()[1]) / 1024)
    return max(peaks) if peaks else 0.0


def stop_server(server: subprocess.Popen) -> None:
    os.killpg(server.pid, signal.SIGTERM)
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)


def wrk(url: str, connections: int, seconds: int) -> dict:
    out = subprocess.run(
        [
            "wrk",
            "-t2",
            f"-c{connections}",
            f"-d{seconds}s",
            "--timeout",
            "10s",
            "-s",
            str(BASE / "bench/percentiles.lua"),
            f"{HOST}{url}",
        ],
        check=True,
        capture_output=True,
        text=True,
        timeout=seconds + 60,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def load(url: str, connections: int) -> dict:
    # Warm up every worker (templates, connections, renditions, the shared parts in Redis)
    # with as many parallel connections as there are workers, until a round is steady: a
    # worker's first request on a large data set can outlast a round, and wrk leaves out
    # what it did not see finish (so a round that finished few requests is no proof).
    for _ in range(WARM_UP_ROUNDS):
        warm = wrk(url, max(connections, WORKERS), WARM_UP_SECONDS)
        if warm["requests"] >= 4 * WORKERS and warm["p99"] <= 3 * warm["p50"]:
            break
    return wrk(url, connections, SECONDS)


def measure(targets: dict[str, str], page_cache: bool) -> tuple[dict, float]:
    connections = CONNECTIONS if page_cache else UNCACHED_CONNECTIONS
    server = start_server(page_cache)
    try:
        results = {name: load(url, connections) for name, url in targets.items()}
        return results, worker_peak_memory_mb(server)
    finally:
        stop_server(server)


def empty_redis() -> None:
    subprocess.run(["redis-cli", "-n", str(REDIS_DB), "flushdb"], check=True, capture_output=True)


def empty_every_cache() -> None:
    """What a change that shows everywhere leaves: a new content generation, which every
    process's tables follow, and an empty Redis (pages, fragments, cards, the content state)."""
    subprocess.run(
        [
            "psql",
            "-h",
            "127.0.0.1",
            "-U",
            "postgres",
            "-qc",
            "UPDATE core_contentgeneration "
            "SET value = (random() * 1e15)::bigint, sequence = sequence + 1",
            DATABASE,
        ],
        check=True,
        capture_output=True,
    )
    empty_redis()


def fetch_ms(url: str) -> float:
    started = time.perf_counter()
    with urllib.request.urlopen(f"{HOST}{url}", timeout=30) as response:  # noqa: S310
        response.read()
    return (time.perf_counter() - started) * 1000


def measure_cold(targets: dict[str, str]) -> dict[str, float]:
    """Median milliseconds per URL, one request at a time, each after every cache was
    emptied; the workers have served each URL before (code, templates, connections)."""
    server = start_server(page_cache=True)
    try:
        for url in targets.values():
            wrk(url, WORKERS, 1)
        times = {name: [] for name in targets}
        for _ in range(COLD_ROUNDS):
            for name, url in targets.items():
                empty_every_cache()
                times[name].append(fetch_ms(url))
        return {name: statistics.median(values) for name, values in times.items()}
    finally:
        stop_server(server)


def print_summary(cached: dict, uncached: dict, cold: dict, memory: float, invalidated) -> None:
    static = {
        run: rows["static file (baseline)"]["rps"]
        for run, rows in (("on", cached), ("off", uncached))
    }
    print("\nSummary")
    print(
        f"{'URL':24} {'uncached req/s':>14} {'vs static':>9} {'cached req/s':>12} "
        f"{'vs static':>9} {'cold p50 ms':>11}"
    )
    for name in cached:
        if "static" in name:
            continue
        print(
            f"{name:24} {uncached[name]['rps']:14.0f} {uncached[name]['rps'] / static['off']:9.2f} "
            f"{cached[name]['rps']:12.0f} {cached[name]['rps'] / static['on']:9.2f} "
            f"{cold[name]:11.1f}"
        )
    print(
        f"static file: {static['off']:.0f} req/s uncached run, {static['on']:.0f} req/s cached run"
    )
    print(f"peak memory per worker: {memory:.0f} MB")
    if invalidated:
        for kind, row in invalidated.items():
            print(
                f"still hits after one publish ({kind}): {row['hits']} of {row['pages']} pages, "
                f"{row['ratio']:.3f}"
                + (
                    f"; new title on {row['showing_new']} pages, old on {len(row['stale'])}"
                    if row["showing_new"] is not None
                    else ""
                )
            )


def print_table(title: str, results: dict, queries: dict, memory: float) -> None:
    baseline = results["static file (baseline)"]["rps"]
    print(f"\n{title}  (peak memory per worker: {memory:.0f} MB)")
    print(
        f"{'URL':24} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'vs static':>9} {'SQL':>5} {'errors':>7}"
    )
    for name, row in results.items():
        print(
            f"{name:24} {row['rps']:8.0f} {row['p50'] / 1000:8.1f} {row['p95'] / 1000:8.1f} "
            f"{row['p99'] / 1000:8.1f} {row['rps'] / baseline:9.2f} {queries.get(name, 0):5} {row['errors']:7}"
        )


def main() -> None:
    if shutil.which("wrk") is None:
        sys.exit("wrk is needed: apt-get install wrk")
    print(f"Seeding about {PAGES} pages on PostgreSQL database {DATABASE} …")
    prepare_database()
    targets = urls()
    queries = query_counts({name: url for name, url in targets.items() if "static" not in name})
    cached, cached_memory = measure(targets, page_cache=True)
    uncached, uncached_memory = measure(targets, page_cache=False)
    cold = measure_cold({name: url for name, url in targets.items() if "static" not in name})
    print_table(
        f"Page cache on, {SECONDS} s per URL, {CONNECTIONS} connections",
        cached,
        queries,
        cached_memory,
    )
    print_table(
        f"Page cache off, {SECONDS} s per URL, {UNCACHED_CONNECTIONS} connections",
        uncached,
        queries,
        uncached_memory,
    )
    invalidated = None
    if INVALIDATION:
        invalidation.DATABASE = DATABASE
        invalidated = invalidation.measure()
    print_summary(cached, uncached, cold, max(cached_memory, uncached_memory), invalidated)
    shutil.rmtree(STATIC_ROOT, ignore_errors=True)


if __name__ == "__main__":
    main()
