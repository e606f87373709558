"""`make bench-scale` (or `BENCH_SCALE=1 make bench`): does a page cost the same when the
portal has grown fiftyfold? The uncached news listing, the toolbox with two filters and the
search, measured as `make bench` measures them (gunicorn under the production settings with
Redis, wrk, the page cache off), at 2,000 pages (`bench.seed`) and at 100,000 pages with
11,000 municipalities (seeded here in bulk); one table with both p95 figures, their ratio and
the peak memory per worker.

The large data set is written straight into the tables, in batches through COPY: treebeard
paths computed directly, the specific tables copied from a demo page of each type, the
translations sharing their source's translation key, topics and the toolbox's facets drawn at
random, and the search documents (text, terms, vector) from a pool of analysed texts, so that
search finds what it would find in a portal of that size. Environment: BENCH_SCALE_PAGES
(default 100000), BENCH_SCALE_MUNICIPALITIES (default 11000), BENCH_SCALE_DATABASE (default
portal_bench_scale), BENCH_RESEED=1 to seed databases that already hold pages afresh.
"""

import datetime
import os
import subprocess
import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: bench/ is a package of the project
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import run  # noqa: E402

SCALE_PAGES = int(os.environ.get("BENCH_SCALE_PAGES", 100_000))
MUNICIPALITIES = int(os.environ.get("BENCH_SCALE_MUNICIPALITIES", 11_000))
SCALE_DATABASE = os.environ.get("BENCH_SCALE_DATABASE", "portal_bench_scale")
RESEED = os.environ.get("BENCH_RESEED", "") == "1"
# Per language: half the pages; of them, the share of each type (10,000 tools in all).
MIX = {"news": 0.5, "events": 0.24, "projects": 0.16, "tools": 0.10}
WITHIN = 1.5  # a page at 100,000 pages may take at most this much longer than at 2,000
MEMORY_LIMIT_MB = 200
MEASURED = ("news index", "toolbox, 2 filters", "search")
SMALL_DATABASE = f"{SCALE_DATABASE}_{run.PAGES}"


def use(database: str) -> None:
    """Point bench.run's helpers (environment, manage, shell) at ``database``."""
    run.DATABASE = database


def database_has_pages(database: str) -> int:
    found = subprocess.run(
        [
            "psql",
            "-h",
            "127.0.0.1",
            "-U",
            "postgres",
            "-tAc",
            "SELECT count(*) FROM wagtailcore_page",
            database,
        ],
        capture_output=True,
        text=True,
    )
    return int(found.stdout.strip() or 0) if found.returncode == 0 else 0


def prepare(database: str, pages: int, municipalities: int) -> None:
    """``database`` seeded with ``pages`` pages, unless it holds them already."""
    use(database)
    if RESEED or database_has_pages(database) < pages // 2:
        print(f"Seeding {pages:,} pages on {database} …", flush=True)
        for command in ("dropdb", "createdb"):
            extra = ["--if-exists"] if command == "dropdb" else []
            subprocess.run(
                [command, "-h", "127.0.0.1", "-U", "postgres", *extra, database], check=True
            )
        run.manage("migrate", "--no-input", "-v0")
        code = f"from bench.scale import seed_large; seed_large({pages}, {municipalities})"
        run.manage("shell", "-c", code)
    else:
        print(f"{database} is seeded already (BENCH_RESEED=1 to seed it afresh).", flush=True)
        run.manage("migrate", "--no-input", "-v0")


def measure(database: str) -> tuple[dict, float]:
    use(database)
    subprocess.run(["redis-cli", "-n", "7", "flushdb"], check=True, capture_output=True)
    targets = {name: url for name, url in run.urls().items() if name in MEASURED}
    return run.measure(targets, page_cache=False)


def main() -> None:
    run.manage("catalogue", "compile")
    run.manage("collectstatic", "--no-input", "-v0")
    # Both sizes seeded the same way (the same mix of types, the same texts), so that only
    # the size differs.
    prepare(SMALL_DATABASE, run.PAGES, 0)
    prepare(SCALE_DATABASE, SCALE_PAGES, MUNICIPALITIES)
    small, small_memory = measure(SMALL_DATABASE)
    large, large_memory = measure(SCALE_DATABASE)
    print(
        f"\nPage cache off, {run.SECONDS} s per URL, {run.UNCACHED_CONNECTIONS} connections: "
        f"p95 at {run.PAGES:,} and at {SCALE_PAGES:,} pages"
    )
    print(f"{'URL':24} {'p95 ms small':>13} {'p95 ms large':>13} {'ratio':>6}  {'errors':>6}")
    failed = []
    for name in MEASURED:
        before, after = small[name]["p95"] / 1000, large[name]["p95"] / 1000
        ratio = after / before if before else float("inf")
        errors = small[name]["errors"] + large[name]["errors"]
        verdict = "" if ratio <= WITHIN else f"  > {WITHIN}×"
        print(f"{name:24} {before:13.1f} {after:13.1f} {ratio:6.2f}  {errors:6}{verdict}")
        if verdict or errors:
            failed.append(name)
    print(f"{'peak memory per worker':24} {small_memory:11.0f} MB {large_memory:11.0f} MB")
    if large_memory > MEMORY_LIMIT_MB:
        failed.append("memory")
    if failed:
        sys.exit(f"not flat: {', '.join(failed)}")


# --- Seeding in bulk (runs inside `manage.py shell` on the large database) -----------------

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"  # treebeard's, four characters a step
STEP = 4
BATCH = 5_000
POOL = 200  # analysed texts per language that the generated pages share


def progress(message: str) -> None:
    print(message, flush=True)  # noqa: T201  (the benchmark's output)


def child_path(parent_path: str, number: int) -> str:
    """The treebeard path of the ``number``-th child (1-based) below ``parent_path``."""
    digits = ""
    while number:
        number, rest = divmod(number, len(ALPHABET))
        digits = ALPHABET[rest] + digits
    return parent_path + digits.rjust(STEP, "0")


def seed_large(pages: int, municipalities: int, demo: bool = True) -> None:
    import random

    from django.core.management import call_command
    from django.db import connection, transaction

    from wagtail.models import Locale

    from bench.seed import WORDS_DE, WORDS_EN, analyse
    from news.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage
    from projects.models import ProjectIndexPage, ProjectPage
    from search.documents import VECTORS_SQL
    from toolbox.models import ToolboxIndexPage, ToolPage

    if demo:
        progress("loading the demo content …")
        call_command("load_demo", verbosity=0)
    rng = random.Random(42)  # noqa: S311  (reproducible data, not security)
    german, english = Locale.objects.get(language_code="de"), Locale.objects.get(language_code="en")
    words = {german.pk: WORDS_DE, english.pk: WORDS_EN}
    pools = {
        locale.pk: text_pool(locale.language_code, words[locale.pk], rng)
        for locale in (german, english)
    }
    if municipalities:
        with transaction.atomic():
            seed_municipalities(municipalities, german, english, rng)
    kinds = [
        ("news", NewsIndexPage, NewsPage),
        ("events", EventIndexPage, EventPage),
        ("projects", ProjectIndexPage, ProjectPage),
        ("tools", ToolboxIndexPage, ToolPage),
    ]
    per_language = pages // 2
    counts = {kind: int(per_language * share) for kind, share in MIX.items()}
    counts["news"] += per_language - sum(counts.values())
    done = 0
    for kind, index_model, model in kinds:
        source_index = index_model.objects.get(locale=german)
        target_index = source_index.get_translation(english)
        with transaction.atomic():
            done = seed_pages(
                model, source_index, target_index, counts[kind], pools, rng, done, pages
            )
    progress("filling the search vectors …")
    with connection.cursor() as cursor:
        cursor.execute(f"{VECTORS_SQL} WHERE search_vector IS NULL")
    progress("analysing the tables …")
    analyse()
    from wagtail.models import Page

    progress(f"seeded: {Page.objects.count():,} pages")


def text_pool(language: str, words: list[str], rng) -> list[dict]:
    """Texts the generated pages share, each with its search terms worked out once."""
    from search import vocabulary
    from search.analysis import document_terms

    pool = []
    for _ in range(POOL):
        title = sentence(words, rng, 5)[:-1]
        teaser = sentence(words, rng)
        paragraphs = [sentence(words, rng, 40) for _ in range(4)]
        body = " ".join(paragraphs)
        terms = document_terms(title, teaser, body, "", language)
        vocabulary.add(language, terms)
        pool.append(
            {
                "title": title,
                "teaser": teaser,
                "paragraphs": paragraphs,
                "body": body,
                "rank_words": terms.rank_text(),
                "words": terms.match_text(),
            }
        )
    return pool


def sentence(words, rng, length=14):
    from bench.seed import sentence as seed_sentence

    return seed_sentence(words, rng, length)


def _columns(cursor, table: str, where: str, params) -> dict:
    cursor.execute(f"SELECT * FROM {table} WHERE {where}", params)  # noqa: S608  (our tables)
    row = cursor.fetchone()
    return {column.name: value for column, value in zip(cursor.description, row, strict=True)}


def _copy(cursor, table: str, rows: list[dict]) -> None:
    from psycopg.types.json import Jsonb

    if not rows:
        return
    columns = list(rows[0])
    quoted = ", ".join(f'"{column}"' for column in columns)
    with cursor.copy(f"COPY {table} ({quoted}) FROM STDIN") as copy:  # noqa: S608
        for row in rows:
            copy.write_row([Jsonb(v) if isinstance(v, (list, dict)) else v for v in row.values()])


def _reserve_ids(cursor, table: str, count: int) -> int:
    """The first of ``count`` fresh ids of ``table`` (its sequence moved past them)."""
    cursor.execute(f"SELECT pg_get_serial_sequence('{table}', 'id')")
    sequence = cursor.fetchone()[0]
    cursor.execute(f"SELECT COALESCE(MAX(id), 0) FROM {table}")  # noqa: S608
    first = cursor.fetchone()[0] + 1
    cursor.execute("SELECT setval(%s, %s)", [sequence, first + count])
    return first


def seed_municipalities(count: int, german, english, rng) -> None:
    import uuid

    from django.db import connection

    from taxonomy.models import Municipality

    states = [value for value, _label in Municipality.FederalState.choices]
    sizes = [value for value, _label in Municipality.SizeClass.choices]
    raw = connection.connection.cursor()
    first = _reserve_ids(raw, Municipality._meta.db_table, 2 * count)
    rows = []
    for number in range(count):
        key = uuid.UUID(int=rng.getrandbits(128))
        common = {
            "translation_key": key,
            "slug": f"gemeinde-{number}",
            "federal_state": rng.choice(states),
            "size_class": rng.choice(sizes),
            "population": rng.randint(200, 900_000),
            "latitude": round(rng.uniform(47.3, 55.0), 5),
            "longitude": round(rng.uniform(5.9, 15.0), 5),
            "url": "",
        }
        rows.append(
            {
                "id": first + 2 * number,
                "name": f"Gemeinde {number}",
                "description": "",
                "locale_id": german.pk,
                **common,
            }
        )
        rows.append(
            {
                "id": first + 2 * number + 1,
                "name": f"Municipality {number}",
                "description": "",
                "locale_id": english.pk,
                **common,
            }
        )
    _copy(raw, Municipality._meta.db_table, rows)
    progress(f"seeded {count:,} municipalities (and their translations)")


def _terms_by_field(model, locale_id: int) -> dict:
    """For each many-to-many relation to translatable terms: (through table, source column,
    target column, the term ids of ``locale_id``)."""
    relations = {}
    for field in model._meta.many_to_many:
        related = field.related_model
        if not hasattr(related, "locale_id"):
            continue
        ids = list(related.objects.filter(locale_id=locale_id).values_list("pk", flat=True))
        if ids:
            through = field.remote_field.through._meta
            source = through.get_field(field.m2m_field_name()).column
            target = through.get_field(field.m2m_reverse_field_name()).column
            relations[field.name] = (through.db_table, source, target, ids)
    return relations


def seed_pages(model, source_index, target_index, count, pools, rng, done, total) -> int:
    """``count`` live pages of ``model`` below ``source_index`` and as many translations below
    ``target_index``; returns how many pages are seeded now."""
    import uuid

    from django.contrib.contenttypes.models import ContentType
    from django.db import connection

    from search.models import SearchDocument

    raw = connection.connection.cursor()
    template = model.objects.child_of(source_index).live().first()
    page_table, specific_table = "wagtailcore_page", model._meta.db_table
    page_template = _columns(raw, page_table, "id = %s", [template.pk])
    specific_template = _columns(raw, specific_table, "page_ptr_id = %s", [template.pk])
    date_columns = [
        field.column
        for field in model._meta.concrete_fields
        if field.get_internal_type() in ("DateField", "DateTimeField")
        and field.column in specific_template
    ]
    choice_columns = {
        field.column: [value for value, _label in field.choices]
        for field in model._meta.concrete_fields
        if field.choices and field.column in specific_template and field.column != "page_ptr_id"
    }
    content_type = ContentType.objects.get_for_model(model).pk
    indexes = {source_index.locale_id: source_index, target_index.locale_id: target_index}
    terms = {locale: _terms_by_field(model, locale) for locale in indexes}
    foreign_terms = {
        field.column: list(
            field.related_model.objects.filter(locale_id=source_index.locale_id).values_list(
                "pk", flat=True
            )
        )
        for field in model._meta.concrete_fields
        if field.many_to_one
        and hasattr(field.related_model, "locale_id")
        and field.column in specific_template
    }
    first_id = _reserve_ids(raw, page_table, 2 * count)
    numchild = {locale: index.numchild for locale, index in indexes.items()}
    now = datetime.datetime.now(datetime.UTC)
    for start in range(0, count, BATCH):
        pages, specifics, links, documents = [], [], {}, []
        for number in range(start, min(count, start + BATCH)):
            key = uuid.UUID(int=rng.getrandbits(128))
            shift = datetime.timedelta(days=rng.randint(-1500, 400))
            choices = {column: rng.choice(values) for column, values in choice_columns.items()}
            foreign = {column: rng.choice(ids) for column, ids in foreign_terms.items() if ids}
            variant = rng.randrange(POOL)
            picked = {
                name: rng.sample(range(len(ids)), k=min(len(ids), rng.randint(1, 3)))
                for name, (_table, _s, _t, ids) in terms[source_index.locale_id].items()
            }
            for offset, (locale, index) in enumerate(indexes.items()):
                page_id = first_id + 2 * number + offset
                text = pools[locale][variant]
                title = f"{text['title']} {number}"
                slug = f"{model._meta.model_name}-{number}"
                position = numchild[locale] + number + 1
                pages.append(
                    {
                        **page_template,
                        "id": page_id,
                        "path": child_path(index.path, position),
                        "depth": index.depth + 1,
                        "numchild": 0,
                        "title": title,
                        "draft_title": title,
                        "slug": slug,
                        "url_path": f"{index.url_path}{slug}/",
                        "live": True,
                        "has_unpublished_changes": False,
                        "translation_key": key,
                        "locale_id": locale,
                        "live_revision_id": None,
                        "latest_revision_id": None,
                        "alias_of_id": None,
                        "first_published_at": now,
                        "last_published_at": now,
                        "latest_revision_created_at": None,
                    }
                )
                specific = {**specific_template, "page_ptr_id": page_id, "teaser": text["teaser"]}
                specific.update(choices)
                specific.update(foreign)
                for column in date_columns:
                    if specific[column] is not None:
                        specific[column] = specific[column] + shift
                if model._meta.model_name == "newspage":
                    specific["body"] = [
                        {
                            "type": "rich_text",
                            "value": "".join(f"<p>{p}</p>" for p in text["paragraphs"]),
                            "id": str(uuid.UUID(int=rng.getrandbits(128))),
                        }
                    ]
                specifics.append(specific)
                for name, (table, source, target, ids) in terms[locale].items():
                    chosen = [ids[i % len(ids)] for i in picked.get(name, [])]
                    links.setdefault((table, source, target), []).extend(
                        {source: page_id, target: term} for term in chosen
                    )
                date = specific.get("date") or specific.get("start_date") or specific.get("start")
                if isinstance(date, datetime.datetime):
                    date = date.date()
                documents.append(
                    {
                        "page_id": page_id,
                        "language": "de" if locale == source_index.locale_id else "en",
                        "translation_key": key,
                        "content_type_id": content_type,
                        "title": title,
                        "teaser": text["teaser"],
                        "body": text["body"],
                        "related": "",
                        "date": date
                        if model._meta.model_name in ("newspage", "eventpage")
                        else None,
                        "topics": "",
                        "rank_words": text["rank_words"],
                        "words": text["words"],
                    }
                )
        _copy(raw, page_table, pages)
        _copy(raw, specific_table, specifics)
        for (table, source, target), rows in links.items():
            _copy(raw, table, [{source: row[source], target: row[target]} for row in rows])
        _copy(raw, SearchDocument._meta.db_table, documents)
        done += len(pages)
        progress(f"seeded {done:,} / {total:,} pages …")
    for index in indexes.values():
        raw.execute(
            "UPDATE wagtailcore_page SET numchild = numchild + %s WHERE id = %s", [count, index.pk]
        )
    return done


if __name__ == "__main__":
    main()
